// Restoring a window where the user left it, but never off-screen: saved bounds are used only
// if enough of the window lands on a display that exists now (a monitor may have gone).

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
  fullScreen: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 860 }
const MIN_VISIBLE = 100

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

/**
 * Bounds to open the window with: the saved ones if at least 100×100 px of the window (and its
 * top edge, where the title bar is) is on some display's work area, shrunk to fit that display;
 * otherwise null, meaning "use the default size, centred".
 */
export function fitBoundsToDisplays(saved: Rect | undefined, workAreas: Rect[]): Rect | null {
  if (!saved || saved.width <= 0 || saved.height <= 0) return null
  for (const area of workAreas) {
    const seen = overlap(saved, area)
    const titleBarVisible = saved.y >= area.y && saved.y < area.y + area.height
    if (seen.width >= MIN_VISIBLE && seen.height >= MIN_VISIBLE && titleBarVisible) {
      const width = Math.min(saved.width, area.width)
      const height = Math.min(saved.height, area.height)
      return {
        width,
        height,
        x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
        y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
      }
    }
  }
  return null
}
