import { describe, expect, it } from 'vitest'
import { renderNote } from './markdown'

describe('renderNote', () => {
  it('renders Markdown', () => {
    expect(renderNote('**bold** and *em*\n- one')).toContain('<strong>bold</strong>')
    expect(renderNote('[site](https://kke.gr)')).toContain('<a href="https://kke.gr">site</a>')
  })

  it('never lets HTML or script links through', () => {
    const html = renderNote('<img src=x onerror=alert(1)> [x](javascript:alert(1))')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
    expect(html).not.toContain('href="javascript')
  })
})
