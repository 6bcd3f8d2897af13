import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_SIZE, restoreBounds } from '../../../electron/main/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const projector = { x: 1440, y: 0, width: 1920, height: 1080 }

describe('restoring the window', () => {
  it('reopens where it was when that place is still on a screen', () => {
    const saved = { x: 1500, y: 40, width: 1200, height: 800 }
    expect(restoreBounds(saved, [laptop, projector])).toEqual(saved)
  })

  it('comes back centred on the laptop when the projector it was on is gone', () => {
    const saved = { x: 1500, y: 40, width: 1200, height: 800 }
    expect(restoreBounds(saved, [laptop])).toEqual({ x: 80, y: 50, ...DEFAULT_WINDOW_SIZE })
  })

  it('ignores a sliver left on screen and grows a tiny window to the minimum', () => {
    expect(restoreBounds({ x: 1430, y: 0, width: 800, height: 600 }, [laptop]).x).toBe(80)
    expect(restoreBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 960,
      height: 640,
    })
  })

  it('fits a small screen and survives having no display information', () => {
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 768 }])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 768,
    })
    expect(restoreBounds(undefined, [])).toEqual({ x: 0, y: 0, ...DEFAULT_WINDOW_SIZE })
  })
})
