// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import type { AnchoredAnnotation } from '../../src-shared/annotation'
import { useGroupView } from '../groups'
import { report, useApi } from '../store/app-state'
import { fakeApi, renderWithApi } from '../store/test-api'
import { AnnotationsPanel } from './AnnotationsPanel'

afterEach(cleanup)

const annotation = (
  id: string,
  exact: string,
  note: string,
  start: number,
): AnchoredAnnotation => ({
  id,
  articleId: 'en-a',
  contentHash: 'h',
  quote: { exact, prefix: '', suffix: '' },
  position: { start, end: start + exact.length },
  color: 'yellow',
  note,
  tags: ['study'],
  creator: { id: 'me', name: 'Ana' },
  created: '2026-12-01T10:00:00Z',
  modified: '2026-12-01T10:00:00Z',
  anchor: start < 0 ? null : { start, end: start + exact.length, confidence: 1 },
})

function Panel(props: { onSelect: (id: string) => void; onDelete: (id: string) => void }) {
  const api = useApi()
  const group = useGroupView(api, 'en-a', { version: 0, list: null }, report)
  return (
    <AnnotationsPanel
      annotations={[
        annotation('a1', 'the first passage', 'A note on it', 10),
        annotation('a2', 'a passage gone from the text', '', -1),
      ]}
      group={group}
      paragraphOf={(offset) => (offset < 0 ? null : 3)}
      active={null}
      focusNote={false}
      knownTags={[{ tag: 'study', count: 2 }]}
      status={{ kind: 'idle' }}
      onSelect={props.onSelect}
      onChange={async () => true}
      onDelete={props.onDelete}
      onCloseEditor={() => undefined}
      onClose={() => undefined}
      onCopyMarkdown={() => undefined}
      onExport={() => undefined}
      attaching={null}
      onAttach={() => undefined}
      article={null}
      onReanchor={() => undefined}
    />
  )
}

it('lists the article’s highlights with their notes and ¶, orphans apart, and selects one', async () => {
  const { api } = fakeApi({})
  const onSelect = vi.fn()
  renderWithApi(<Panel onSelect={onSelect} onDelete={() => undefined} />, api)
  expect(screen.getByText(/the first passage/)).toBeTruthy()
  expect(screen.getByText('A note on it')).toBeTruthy()
  // One that cannot be placed in this version is shown as such.
  expect(screen.getByText(/Not found in this version/)).toBeTruthy()
  await userEvent.click(screen.getByText(/the first passage/))
  expect(onSelect).toHaveBeenCalledWith('a1')
})
