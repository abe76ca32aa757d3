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

/** One store per data folder, shared by every window the app opens (one writer per file). */
const opened = new Map<string, Promise<JsonStore<Stored>>>()

export function openWindowState(dataDir: string): Promise<JsonStore<Stored>> {
  const known = opened.get(dataDir)
  if (known) return known
  const store = openStore(dataDir)
  opened.set(dataDir, store)
  // A failed opening is tried again by the next window.
  store.catch(() => opened.delete(dataDir))
  return store
}

function openStore(dataDir: string): Promise<JsonStore<Stored>> {
  return openJsonStore({
    file: join(dataDir, 'window-state.json'),
    label: 'store.windowState',
    schema,
    defaults: () => ({ maximized: false, fullScreen: false }),
    version: 1,
  })
}

export function initialBounds(store: JsonStore<Stored>): Rect | null {
  const areas = screen.getAllDisplays().map((d) => d.workArea)
  return fitBoundsToDisplays(store.data.bounds, areas)
}

/** The windows whose state is tracked, with how to save it now and the store it goes to. */
const tracked = new Set<{ save: () => void; store: JsonStore<Stored> }>()

/**
 * Saves every tracked window's state now and waits until it is on disk: quitting calls this,
 * since the save a window makes as it closes comes after quitting has waited for the rest.
 */
export async function saveWindowStates(): Promise<void> {
  for (const t of tracked) t.save()
  await Promise.all([...tracked].map((t) => t.store.idle()))
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
  const entry = { save, store }
  tracked.add(entry)
  win.on('closed', () => tracked.delete(entry))
}
