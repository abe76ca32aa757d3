// Which block is at the top of the reading area, and scrolling a block there. Blocks are the
// article's textblocks in document order (the same indexes as canonicalText's blocks).

/** Corrections stop once the target held still this many frames, or after MAX_SETTLE_FRAMES. */
const STABLE_FRAMES = 3
const MAX_SETTLE_FRAMES = 40

/** Runs `step` now and on following frames until it reports the position held still. */
function settle(step: () => boolean): void {
  let stable = step() ? 1 : 0
  let frames = 0
  const next = () => {
    stable = step() ? stable + 1 : 0
    if (stable < STABLE_FRAMES && ++frames < MAX_SETTLE_FRAMES) requestAnimationFrame(next)
  }
  requestAnimationFrame(next)
}

/** Index of the first block whose bottom is below the container's top edge (binary search). */
export function topBlockIndex(container: HTMLElement, blocks: readonly HTMLElement[]): number {
  const top = container.getBoundingClientRect().top + 8
  let lo = 0
  let hi = blocks.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1
    else hi = mid
  }
  return Math.max(0, lo)
}

/**
 * Scrolls `container` so that `block` starts just below its top edge (`offset` px). Blocks far
 * from view are laid out with estimated heights (content-visibility), so once the blocks around
 * the target get their real size the target can move; the scroll is corrected over the next
 * few frames until it stays put.
 */
export function scrollBlockToTop(container: HTMLElement, block: HTMLElement, offset = 16): void {
  const align = (): number => {
    const delta = block.getBoundingClientRect().top - container.getBoundingClientRect().top - offset
    if (Math.abs(delta) > 1)
      container.scrollTo({ top: container.scrollTop + delta, behavior: 'instant' })
    return delta
  }
  settle(() => Math.abs(align()) <= 1)
}

/** Scrolls to the very top or bottom, following the bottom as estimated blocks take their size. */
export function scrollToEdge(container: HTMLElement, edge: 'top' | 'bottom'): void {
  const target = () => (edge === 'top' ? 0 : container.scrollHeight - container.clientHeight)
  settle(() => {
    if (Math.abs(container.scrollTop - target()) <= 1) return true
    container.scrollTo({ top: target(), behavior: 'instant' })
    return false
  })
}

/** Share of the article scrolled past, 0–1. */
export function scrollProgress(container: HTMLElement): number {
  const max = container.scrollHeight - container.clientHeight
  return max <= 0 ? 1 : Math.min(1, Math.max(0, container.scrollTop / max))
}

/** Moves the reading view: by paragraph (the block at the top, or the next), by page, or to an
 * end. A paragraph back goes to the top block's start when it is cut off at the top. */
export function moveIn(
  el: HTMLElement,
  blocks: readonly HTMLElement[],
  command: 'next-paragraph' | 'previous-paragraph' | 'page-down' | 'page-up' | 'top' | 'bottom',
): void {
  const top = topBlockIndex(el, blocks)
  const jump = (index: number) => {
    const block = blocks[Math.max(0, Math.min(index, blocks.length - 1))]
    if (block) scrollBlockToTop(el, block)
  }
  switch (command) {
    case 'next-paragraph':
      return jump(top + 1)
    case 'previous-paragraph': {
      const topEl = blocks[top]
      const alignedTop =
        topEl && topEl.getBoundingClientRect().top >= el.getBoundingClientRect().top + 8
      return jump(alignedTop ? top - 1 : top)
    }
    case 'page-down':
      return el.scrollBy({ top: el.clientHeight * 0.9 })
    case 'page-up':
      return el.scrollBy({ top: -el.clientHeight * 0.9 })
    case 'top':
      return scrollToEdge(el, 'top')
    case 'bottom':
      return scrollToEdge(el, 'bottom')
  }
}
