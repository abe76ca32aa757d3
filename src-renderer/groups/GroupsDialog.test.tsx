// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import type { GroupInfo } from '../../src-shared/group'
import { appState } from '../store/app-state'
import { fakeApi, renderWithApi } from '../store/test-api'
import { GroupsDialog } from './GroupsDialog'

afterEach(cleanup)

it('creates a group in a folder, says so, and tells the app the groups changed', async () => {
  const groups: GroupInfo[] = []
  const me = { id: 'me', name: 'Ana', colour: '#b3261e' }
  const { api, calls } = fakeApi({
    'groups.list': () => ({ groups, me }),
    'groups.create': ({ folder, name }) => {
      const group: GroupInfo = {
        id: 'g1',
        name: name ?? 'Group',
        folder,
        status: 'connected',
        joined: '2026-12-06T10:00:00Z',
        left: null,
        members: [{ ...me, annotations: 0, me: true }],
        pending: 0,
        warnings: [],
      }
      groups.push(group)
      return group
    },
  })
  renderWithApi(<GroupsDialog onClose={() => undefined} />, api)
  const dialog = screen.getByRole('dialog', { name: 'Study groups' })
  await userEvent.type(await within(dialog).findByLabelText(/^Shared folder/), '/shared/reading')
  await userEvent.type(within(dialog).getByLabelText('New group name'), 'Tuesday group')
  const before = appState.get().groupsVersion
  await userEvent.click(within(dialog).getByRole('button', { name: 'Create group here' }))
  expect(await within(dialog).findByText(/Created “Tuesday group”/)).toBeTruthy()
  expect(calls.find((c) => c.method === 'groups.create')?.input).toMatchObject({
    folder: '/shared/reading',
    name: 'Tuesday group',
  })
  expect(appState.get().groupsVersion).toBe(before + 1)
  expect(await within(dialog).findByRole('list', { name: 'Your groups' })).toBeTruthy()
})
