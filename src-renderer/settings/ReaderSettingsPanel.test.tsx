// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import { DEFAULT_READER } from '../../src-shared/api'
import { ReaderSettingsPanel } from './ReaderSettingsPanel'

afterEach(cleanup)

it('changes the theme, the font and the text size, each at once', async () => {
  const onChange = vi.fn()
  render(
    <ReaderSettingsPanel
      settings={DEFAULT_READER}
      onChange={onChange}
      onLanguage={() => undefined}
      onClose={() => undefined}
    />,
  )
  const panel = screen.getByRole('dialog', { name: 'Reading settings' })
  await userEvent.click(within(panel).getByLabelText('Dark'))
  expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' })
  await userEvent.click(within(panel).getByLabelText('Sans'))
  expect(onChange).toHaveBeenLastCalledWith({ font: 'sans' })
  await userEvent.click(within(panel).getByRole('button', { name: 'Increase text size' }))
  expect(onChange.mock.calls.at(-1)![0]).toEqual({ fontSize: expect.any(Number) })
  expect(onChange.mock.calls.at(-1)![0].fontSize).toBeGreaterThan(DEFAULT_READER.fontSize)
  // Escape closes it.
  const onClose = vi.fn()
  cleanup()
  render(
    <ReaderSettingsPanel
      settings={DEFAULT_READER}
      onChange={onChange}
      onLanguage={() => undefined}
      onClose={onClose}
    />,
  )
  await userEvent.keyboard('{Escape}')
  expect(onClose).toHaveBeenCalled()
})
