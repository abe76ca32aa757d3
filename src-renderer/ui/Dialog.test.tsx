// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import '../store/test-api'
import { Dialog, DialogActions, useCloseDialog } from './Dialog'

afterEach(cleanup)

function Inner() {
  const close = useCloseDialog()
  return (
    <button type="button" onClick={close}>
      Done inside
    </button>
  )
}

it('opens modal, is named by its heading, closes from within, and gives focus back', async () => {
  const opener = document.createElement('button')
  document.body.append(opener)
  opener.focus()
  const onClose = vi.fn()
  const { unmount } = render(
    <Dialog title="A title" titleId="t" onClose={onClose}>
      <Inner />
      <DialogActions closeLabel="Finish">
        <button type="button">Other</button>
      </DialogActions>
    </Dialog>,
  )
  const dialog = screen.getByRole('dialog', { name: 'A title' })
  expect(dialog.hasAttribute('open')).toBe(true)
  // The closing button comes last, after the dialog's own.
  const buttons = [...dialog.querySelectorAll('.dialog-actions button')].map((b) => b.textContent)
  expect(buttons).toEqual(['Other', 'Finish'])
  await userEvent.click(screen.getByRole('button', { name: 'Done inside' }))
  expect(onClose).toHaveBeenCalledTimes(1)
  unmount()
  expect(document.activeElement).toBe(opener)
  opener.remove()
})
