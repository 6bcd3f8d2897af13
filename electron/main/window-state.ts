import type { Rectangle } from 'electron'
import { MIN_WINDOW_SIZE } from './security/window-options'

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const

/** Less of the window than this on a screen counts as lost: a sliver cannot be dragged back. */
const MIN_VISIBLE_AREA = 100 * 100

/**
 * The bounds to open the window with: the saved ones if they still fall on a connected display
 * (a laptop unplugged from its projector must not open off-screen), else a centred default.
 * Sizes are kept between the window's minimum and the work area of the display it is mostly on.
 */
export function restoreBounds(
  saved: Rectangle | undefined,
  workAreas: readonly Rectangle[],
): Rectangle {
  const home = saved && mostOverlapped(saved, workAreas)
  if (saved && home) {
    return {
      x: saved.x,
      y: saved.y,
      width: fitSize(saved.width, MIN_WINDOW_SIZE.width, home.width),
      height: fitSize(saved.height, MIN_WINDOW_SIZE.height, home.height),
    }
  }
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, primary.width)
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, primary.height)
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  }
}

/** The work area showing most of `bounds`, if any shows enough of it to be reachable. */
function mostOverlapped(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined
  let bestArea = MIN_VISIBLE_AREA - 1
  for (const area of workAreas) {
    const visible = visibleArea(bounds, area)
    if (visible > bestArea) {
      best = area
      bestArea = visible
    }
  }
  return best
}

/** The minimum wins over the screen: Electron enforces `minWidth` anyway, so say so here too. */
function fitSize(saved: number, minimum: number, available: number): number {
  return Math.max(minimum, Math.min(saved, available))
}

function visibleArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}
