// Which block is at the top of the reading area, and scrolling a block there. Blocks are the
// article's textblocks in document order (the same indexes as canonicalText's blocks).

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

/** Scrolls `container` so that `block` starts just below its top edge (minus `offset` px). */
export function scrollBlockToTop(
  container: HTMLElement,
  block: HTMLElement,
  offset = 16,
  smooth = false,
): void {
  const delta = block.getBoundingClientRect().top - container.getBoundingClientRect().top - offset
  container.scrollTo({ top: container.scrollTop + delta, behavior: smooth ? 'smooth' : 'instant' })
}

/** Share of the article scrolled past, 0–1. */
export function scrollProgress(container: HTMLElement): number {
  const max = container.scrollHeight - container.clientHeight
  return max <= 0 ? 1 : Math.min(1, Math.max(0, container.scrollTop / max))
}
