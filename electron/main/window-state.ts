import type { Rectangle } from 'electron'
import { MIN_WINDOW_SIZE } from './security/window-options'

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const

/**
 * The bounds to open the window with: the saved ones if they still fall on a connected display
 * (a laptop unplugged from its projector must not open off-screen), else a centred default.
 */
export function restoreBounds(
  saved: Rectangle | undefined,
  workAreas: readonly Rectangle[],
): Rectangle {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }
  if (saved && workAreas.some((area) => visibleArea(saved, area) >= 100 * 100)) {
    return {
      ...saved,
      width: Math.max(saved.width, MIN_WINDOW_SIZE.width),
      height: Math.max(saved.height, MIN_WINDOW_SIZE.height),
    }
  }
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, primary.width)
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, primary.height)
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  }
}

function visibleArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}
