import { describe, expect, it } from 'vitest'
import { MIN_WINDOW_SIZE } from '../../../electron/main/security/window-options'
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
      ...MIN_WINDOW_SIZE,
    })
  })

  it('counts 100 × 100 pixels on screen as reachable, one pixel less as lost', () => {
    expect(restoreBounds({ x: 1340, y: 800, width: 1000, height: 700 }, [laptop]).x).toBe(1340)
    expect(restoreBounds({ x: 1341, y: 800, width: 1000, height: 700 }, [laptop]).x).toBe(80)
  })

  it('shrinks a window saved on a big screen to fit the smaller screen it now opens on', () => {
    const saved = { x: 0, y: 0, width: 2500, height: 1400 }
    expect(restoreBounds(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900 })
  })

  it('fits a window straddling two screens to the one showing most of it', () => {
    const saved = { x: 1000, y: 0, width: 2200, height: 1000 }
    expect(restoreBounds(saved, [laptop, projector])).toEqual({
      x: 1000,
      y: 0,
      width: 1920,
      height: 1000,
    })
  })

  it('keeps the minimum size even on a screen smaller than it', () => {
    const netbook = { x: 0, y: 0, width: 800, height: 600 }
    expect(restoreBounds({ x: 0, y: 0, width: 1000, height: 700 }, [netbook])).toEqual({
      x: 0,
      y: 0,
      ...MIN_WINDOW_SIZE,
    })
  })

  it('finds screens at negative coordinates, left of or above the primary one', () => {
    const leftScreen = { x: -1920, y: -200, width: 1920, height: 1080 }
    const saved = { x: -1800, y: -100, width: 1200, height: 800 }
    expect(restoreBounds(saved, [laptop, leftScreen])).toEqual(saved)
  })

  it('fits a small screen and survives having no display information', () => {
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 768 }])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 768,
    })
    expect(restoreBounds(undefined, [])).toEqual({ x: 0, y: 0, ...DEFAULT_WINDOW_SIZE })
    expect(restoreBounds({ x: 10, y: 10, width: 1200, height: 800 }, [])).toEqual({
      x: 0,
      y: 0,
      ...DEFAULT_WINDOW_SIZE,
    })
  })

  it('centres the default on the primary screen even when that screen is not at the origin', () => {
    const primary = { x: 1920, y: 0, width: 2560, height: 1400 }
    expect(restoreBounds(undefined, [primary])).toEqual({
      x: 1920 + 640,
      y: 300,
      ...DEFAULT_WINDOW_SIZE,
    })
  })
})
