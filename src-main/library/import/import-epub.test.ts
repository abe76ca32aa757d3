import { zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { articleSchema } from '../../../src-shared/schema'
import { canonicalText } from '../../../src-shared/text'
import { importFile } from './import-file'

const CONTAINER = `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`

const OPF = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1</dc:identifier>
    <dc:title>The State &amp; Revolution</dc:title>
    <dc:creator id="a">V. I. Lenin</dc:creator>
    <dc:language>en</dc:language>
    <dc:date>1918-05-01</dc:date>
    <dc:publisher>Progress</dc:publisher>
  </metadata>
  <manifest>
    <item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
    <item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
  </manifest>
  <spine><itemref idref="c1"/><itemref idref="c2"/></spine>
</package>`

const chapter = (title: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title><script>alert(1)</script></head><body><h1>${title}</h1>${body}</body></html>`

function book(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
}

const GOOD = {
  mimetype: 'application/epub+zip',
  'META-INF/container.xml': CONTAINER,
  'OEBPS/content.opf': OPF,
  'OEBPS/text/ch1.xhtml': chapter(
    'Class society and the state',
    '<p>The state is a product of the "irreconcilability" of class antagonisms.</p><p onclick="x()"><a href="javascript:alert(2)">A link</a> and <em>emphasis</em>.</p>',
  ),
  'OEBPS/text/ch2.xhtml': chapter(
    'The experience of 1848',
    '<p>Second chapter text.</p><iframe src="https://evil.example/">x</iframe>',
  ),
}

describe('importing an EPUB book', () => {
  it('reads metadata and the chapters in spine order, held to the same rules as pages', () => {
    const r = importFile({ name: 'state-and-revolution.epub', bytes: book(GOOD) })
    expect(r.id).toBe('en-state-and-revolution')
    expect(r.entry).toMatchObject({
      title: 'The State & Revolution',
      author: 'V. I. Lenin',
      date: '1918-05-01',
      publication: 'Progress',
      lang: 'en',
    })
    const doc = r.entry.doc as { content: { type: string; attrs?: { level: number } }[] }
    expect(doc.content[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } })
    const json = JSON.stringify(doc)
    for (const bad of ['alert', 'javascript', 'evil.example', 'onclick'])
      expect(json).not.toContain(bad)
    const { text } = canonicalText(articleSchema.nodeFromJSON(r.entry.doc))
    expect(text.indexOf('Class society and the state')).toBeLessThan(
      text.indexOf('The experience of 1848'),
    )
    expect(text).toContain('the “irreconcilability” of class antagonisms')
  })

  it('says why a book cannot be read', () => {
    expect(() => importFile({ name: 'a.epub', bytes: strToU8('not a zip at all') })).toThrow(
      /not a readable EPUB/,
    )
    const noContainer: Record<string, string> = { ...GOOD }
    delete noContainer['META-INF/container.xml']
    expect(() => importFile({ name: 'a.epub', bytes: book(noContainer) })).toThrow(
      /missing META-INF\/container.xml/,
    )
    const noLang = {
      ...GOOD,
      'OEBPS/content.opf': OPF.replace('<dc:language>en</dc:language>', ''),
    }
    expect(() => importFile({ name: 'a.epub', bytes: book(noLang) })).toThrow(/language/)
    expect(importFile({ name: 'a.de.epub', bytes: book(noLang) }).entry.lang).toBe('de')
    const empty = {
      ...GOOD,
      'OEBPS/text/ch1.xhtml': chapter('', ''),
      'OEBPS/text/ch2.xhtml': chapter('', ''),
    }
    expect(() => importFile({ name: 'a.epub', bytes: book(empty) })).toThrow(/holds no text/)
  })
})

describe('EPUB zips that lie', () => {
  /** Sets every size a zip states for its entries (local headers and central directory). */
  function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
    const out = zip.slice()
    const view = new DataView(out.buffer)
    for (let i = 0; i + 4 <= out.length; i++) {
      const sig = view.getUint32(i, true)
      if (sig === 0x04034b50) view.setUint32(i + 22, size, true)
      if (sig === 0x02014b50) view.setUint32(i + 24, size, true)
    }
    return out
  }

  it('stops inflating at the limit whatever the headers declare (a 2 KB entry that is 210 MB)', () => {
    const bomb = zipSync(
      {
        ...Object.fromEntries(Object.entries(GOOD).map(([k, v]) => [k, strToU8(v)])),
        'OEBPS/text/padding.xhtml': new Uint8Array(210 * 1024 * 1024),
      },
      { level: 1 },
    )
    const lying = lieAboutSizes(bomb, 2048)
    expect(() => importFile({ name: 'bomb.epub', bytes: lying })).toThrow(
      'The book unpacks to more than 200 MB.',
    )
  })

  it('reads a book whose file names include __proto__ without touching any prototype', () => {
    // fflate cannot write the name itself; a name of the same length is put in its place.
    const files = { ...GOOD, XXproto__: 'x', 'OEBPS/constructor': 'y' }
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
    const bytes = strToU8(
      Buffer.from(zip).toString('latin1').replaceAll('XXproto__', '__proto__'),
      true,
    )
    const imported = importFile({ name: 'book.epub', bytes })
    expect(imported.entry.title).toBe('The State & Revolution')
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('OEBPS/text/ch1.xhtml')
  })
})

describe('importEpub: pictures', () => {
  it('takes a chapter’s pictures from the book as data: pictures, and nothing from elsewhere', async () => {
    const { png } = await import('../../../test-support/pictures')
    const picture = png(6, 4)
    const files = {
      ...GOOD,
      'OEBPS/text/ch1.xhtml': chapter(
        'Class society and the state',
        '<p>The state is a product of the irreconcilability of class antagonisms.</p>' +
          '<figure><img src="../images/engels.png" alt="Engels"/><figcaption>Friedrich Engels</figcaption></figure>' +
          '<p><img src="../images/missing.png" alt="Missing"/></p>' +
          '<figure><img src="https://tracker.example/p.png" alt="Remote"/></figure>',
      ),
    }
    const zip = zipSync({
      ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])),
      'OEBPS/images/engels.png': picture,
    })
    const r = importFile({ name: 'lenin.epub', bytes: zip })
    const figures = (
      r.entry.doc as { content: { type: string; attrs: { alt: string; source: string } }[] }
    ).content.filter((b) => b.type === 'figure')
    expect(figures.map((f) => [f.attrs.alt, f.attrs.source.slice(0, 22)])).toEqual([
      ['Engels', 'data:image/*;base64,iV'],
      ['Missing', ''],
      ['Remote', ''],
    ])
    expect(figures[0]!.attrs.source).toBe(`data:image/*;base64,${picture.toString('base64')}`)
  })
})
