// Remembers the main window's size, position, maximised and full-screen state across restarts
// (window-state.json in the data folder), and restores it only onto displays that still exist.
import { join } from 'node:path'
import { screen, type BrowserWindow } from 'electron'
import { z } from 'zod'
import { fitBoundsToDisplays, type Rect, type WindowState } from '../desktop/window-bounds'
import { openJsonStore, type JsonStore } from '../storage/json-store'

const rect = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
const schema = z.object({
  bounds: rect.optional(),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
})
type Stored = z.infer<typeof schema>

export async function openWindowState(dataDir: string): Promise<JsonStore<Stored>> {
  return openJsonStore({
    file: join(dataDir, 'window-state.json'),
    label: 'window state',
    schema,
    defaults: () => ({ maximized: false, fullScreen: false }),
    version: 1,
  })
}

export function initialBounds(store: JsonStore<Stored>): Rect | null {
  const areas = screen.getAllDisplays().map((d) => d.workArea)
  return fitBoundsToDisplays(store.data.bounds, areas)
}

/** Saves the window's state when it stops moving or resizing, and when it closes. */
export function trackWindowState(win: BrowserWindow, store: JsonStore<Stored>): void {
  let timer: NodeJS.Timeout | undefined
  const save = () => {
    clearTimeout(timer)
    if (win.isDestroyed()) return
    const state: WindowState = {
      bounds: win.getNormalBounds(),
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen(),
    }
    store
      .update((draft) => Object.assign(draft, state))
      .catch((error: unknown) => {
        console.error(`[scholion] window state not saved: ${(error as Error).message}`)
      })
  }
  const later = () => {
    clearTimeout(timer)
    timer = setTimeout(save, 500)
  }
  for (const event of [
    'resize',
    'move',
    'maximize',
    'unmaximize',
    'enter-full-screen',
    'leave-full-screen',
  ] as const) {
    win.on(event as 'resize', later)
  }
  win.on('close', save)
}
