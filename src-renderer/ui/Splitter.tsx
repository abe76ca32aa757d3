// A handle between a side panel and the text that resizes the panel: dragged with the mouse or
// moved with the arrow keys (Home and End for the smallest and largest), as a separator that
// assistive technology reads with its value. The arrows move the handle the way they point, in a
// left-to-right or a mirrored right-to-left layout alike.
import { useRef } from 'react'

interface Props {
  label: string
  /** The panel's width in pixels. */
  value: number
  min: number
  max: number
  /** Where the panel is: before the handle in the reading direction, or after it. */
  panel: 'start' | 'end'
  onChange: (width: number) => void
  className?: string
}

const STEP = 16

export function Splitter({ label, value, min, max, panel, onChange, className }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null)
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)))
  /** The panel's width after the handle moved `dx` pixels to the right. */
  const widthAfter = (el: Element, from: number, dx: number) => {
    const rtl = getComputedStyle(el).direction === 'rtl'
    const grows = (panel === 'start') !== rtl ? 1 : -1
    return clamp(from + grows * dx)
  }
  return (
    <div
      className={className ? `splitter ${className}` : 'splitter'}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        e.preventDefault()
        e.currentTarget.setPointerCapture(e.pointerId)
        drag.current = { x: e.clientX, width: value }
      }}
      onPointerMove={(e) => {
        const start = drag.current
        if (start) onChange(widthAfter(e.currentTarget, start.width, e.clientX - start.x))
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={(e) => {
        const dx = e.key === 'ArrowRight' ? STEP : e.key === 'ArrowLeft' ? -STEP : 0
        if (dx) onChange(widthAfter(e.currentTarget, value, dx))
        else if (e.key === 'Home') onChange(min)
        else if (e.key === 'End') onChange(max)
        else return
        e.preventDefault()
      }}
    />
  )
}
