// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { articleSchema as s } from '../../src-shared/schema'

/** Watched pictures; unobserving anything but an element throws, as Chromium's does. */
const watched = new Set<Element>()
class FakeIntersectionObserver {
  constructor(
    private readonly onChange: (entries: { isIntersecting: boolean; target: Element }[]) => void,
  ) {}
  observe(el: Element) {
    watched.add(el)
    // Near the view at once.
    this.onChange([{ isIntersecting: true, target: el }])
  }
  unobserve(el: unknown) {
    if (!(el instanceof Element)) throw new TypeError("parameter 1 is not of type 'Element'")
    watched.delete(el)
  }
}
vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
const { figureView } = await import('./figure-view')

const NAME = `${'a'.repeat(64)}.png`
const frame = () => new Promise((r) => setTimeout(r, 50))

function mount(onOpen = vi.fn()) {
  const doc = s.node('doc', null, [
    s.node('heading', { level: 1 }, [s.text('Title')]),
    s.node('figure', { alt: 'The harbour', image: NAME, width: 960, height: 540 }, [
      s.text('Piraeus'),
    ]),
    s.node('figure', { alt: 'Not kept', source: 'https://site.test/x.jpg' }, [s.text('Gone')]),
    s.node('figure', { image: 'javascript:alert(1)' }),
  ])
  const place = document.createElement('div')
  document.body.append(place)
  const view = new EditorView(place, {
    state: EditorState.create({ doc }),
    editable: () => false,
    nodeViews: { figure: figureView(onOpen) },
  })
  return { view, place, onOpen }
}

afterEach(() => {
  document.body.innerHTML = ''
  watched.clear()
})

describe('the reader’s figures', () => {
  it('shows a stored picture from /media/ after the first frame, at its size, and opens it', async () => {
    const { view, place, onOpen } = mount()
    const img = place.querySelector<HTMLImageElement>('img.figure-picture')!
    // Not asked for in the frame that paints the text.
    expect(img.getAttribute('src')).toBeNull()
    expect(img).toMatchObject({ alt: 'The harbour', width: 960, height: 540 })
    await frame()
    expect(img.getAttribute('src')).toBe(`/media/${NAME}`)
    place.querySelector<HTMLButtonElement>('button.figure-open')!.click()
    expect(onOpen).toHaveBeenCalledWith({
      src: `/media/${NAME}`,
      alt: 'The harbour',
      caption: 'Piraeus',
      width: 960,
      height: 540,
    })
    expect(place.querySelector('button.figure-open')!.getAttribute('aria-label')).toBe(
      'Show larger: The harbour',
    )
    view.destroy()
  })

  it('shows the description where no picture was kept, and never an address a page gave', () => {
    const { view, place } = mount()
    const stands = [...place.querySelectorAll('.figure-image')]
    expect(stands.map((el) => el.textContent)).toEqual(['Not kept', 'Picture not kept'])
    expect(place.innerHTML).not.toContain('site.test')
    expect(place.innerHTML).not.toContain('javascript')
    expect(place.querySelectorAll('img')).toHaveLength(1)
    view.destroy()
  })

  it('is taken down cleanly, pictures or not (nothing left watched)', async () => {
    const { view } = mount()
    await frame()
    expect(() => view.destroy()).not.toThrow()
    expect(watched.size).toBe(0)
  })
})
