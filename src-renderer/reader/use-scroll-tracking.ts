// Follows the reader's scrolling: the block at the top and the share read, once per frame, and
// the reading position saved through the API when scrolling settles (and at once when the
// article closes or the page is left), so it is restored next time.
import { useEffect, useState, type RefObject } from 'react'
import type { ApiClient } from '../../src-shared/api'
import { registerFlush } from '../api/pending-saves'
import { scrollProgress, topBlockIndex } from './block-geometry'
import type { MountedArticle } from './use-reading-view'

const SAVE_DELAY_MS = 400

export function useScrollTracking(
  api: ApiClient,
  id: string,
  scroller: RefObject<HTMLDivElement | null>,
  mounted: MountedArticle | null,
  report: (message: string) => void,
): { topBlock: number; progress: number } {
  const [topBlock, setTopBlock] = useState(0)
  const [progress, setProgress] = useState(0)

  useEffect(() => {
    const el = scroller.current
    if (!el || !mounted) return
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let pending: { block: number; progress: number } | null = null
    const save = () => {
      if (!pending) return
      const position = pending
      pending = null
      void api['reading.save']({ id, ...position }).then((r) => {
        if (!r.ok) report(r.error.message)
      })
    }
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const block = topBlockIndex(el, mounted.blocks)
        const p = scrollProgress(el)
        setTopBlock(block)
        setProgress(p)
        pending = { block, progress: p }
        clearTimeout(timer)
        timer = setTimeout(save, SAVE_DELAY_MS)
      })
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    const unregister = registerFlush(save)
    // The first measurement waits until the text has painted: it is not needed for that frame.
    const first = setTimeout(onScroll, 32)
    return () => {
      unregister()
      clearTimeout(first)
      el.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      save()
    }
  }, [api, id, mounted, report, scroller])

  return { topBlock, progress }
}
