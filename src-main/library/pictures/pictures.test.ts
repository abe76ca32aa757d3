import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  avifHeader,
  gifHeader,
  jpegHeader,
  png,
  pngClaiming,
  webpHeader,
} from '../../../test-support/pictures'
import { english } from '../../../test-support/english'
import { sha256 } from '../../archive/archive-format'
import { checkPicture } from './check-picture'
import { keepPictures, type PictureBytes } from './keep-pictures'
import { readPicture, storePicture } from './media-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-pictures-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const reasonOf = (bytes: Uint8Array) => {
  const checked = checkPicture(bytes)
  return checked.ok ? null : english(checked.reason)
}

describe('checkPicture', () => {
  it('takes the five kept types by their bytes, with their sizes', () => {
    expect(checkPicture(png(30, 20))).toEqual({ ok: true, ext: 'png', width: 30, height: 20 })
    expect(checkPicture(jpegHeader(640, 480))).toMatchObject({ ext: 'jpg', width: 640 })
    expect(checkPicture(gifHeader(10, 11))).toMatchObject({ ext: 'gif', height: 11 })
    expect(checkPicture(webpHeader(300, 200))).toMatchObject({ ext: 'webp', width: 300 })
    expect(checkPicture(avifHeader(1200, 800))).toMatchObject({ ext: 'avif', height: 800 })
  })

  it('refuses SVG, pages posing as pictures, other files and damaged ones, saying why', () => {
    const svg = Buffer.from(
      '\uFEFF  <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    )
    expect(reasonOf(svg)).toMatch(/SVG pictures are not kept/)
    expect(reasonOf(Buffer.from('<!DOCTYPE html><html><body>Not found</body></html>'))).toBe(
      'it is a web page, not a picture',
    )
    expect(reasonOf(Buffer.from('%PDF-1.4'))).toMatch(/not a JPEG, PNG, WebP, GIF or AVIF/)
    expect(reasonOf(new Uint8Array())).toMatch(/not a JPEG/)
    // A PNG signature over nothing, and a PNG cut before its size.
    expect(reasonOf(png(4, 4).subarray(0, 8))).toBe('the picture is damaged')
    expect(reasonOf(png(4, 4).subarray(0, 14))).toBe('the picture is damaged')
  })

  it('refuses pictures over the limits: bytes, sides and pixels (a decompression bomb)', () => {
    expect(reasonOf(pngClaiming(100_000, 100_000))).toBe(
      'the picture is too large (100,000 × 100,000 pixels)',
    )
    expect(reasonOf(pngClaiming(10_000, 9_000))).toMatch(/too large/)
    const big = Buffer.concat([png(2, 2), Buffer.alloc(9 * 1024 * 1024)])
    expect(reasonOf(big)).toBe('the picture is larger than 8,192 KB')
    expect(checkPicture(png(2, 2), { maxBytes: 10, maxSide: 10, maxPixels: 10 }).ok).toBe(false)
  })
})

describe('the media store', () => {
  it('stores a picture once, named by its hash, and reads it back only while it is intact', async () => {
    const bytes = png(8, 8)
    const name = await storePicture(dir, bytes, 'png')
    expect(name).toBe(`${sha256(bytes)}.png`)
    expect(await storePicture(dir, bytes, 'png')).toBe(name)
    expect(await readdir(join(dir, 'media'))).toEqual([name])
    expect(Buffer.from((await readPicture([dir], name))!)).toEqual(bytes)
    // Altered on disk: never served.
    await writeFile(join(dir, 'media', name), png(9, 9))
    expect(await readPicture([dir], name)).toBeNull()
    // Stored again, the damaged file is replaced.
    await storePicture(dir, bytes, 'png')
    expect(await readPicture([dir], name)).not.toBeNull()
  })

  it('reads from the first folder that holds it, and nothing that is not a media name or a file', async () => {
    const other = await mkdtemp(join(tmpdir(), 'scholion-pictures-other-'))
    try {
      const name = await storePicture(other, png(3, 3), 'png')
      expect(await readPicture([dir, other], name)).not.toBeNull()
      for (const bad of ['../x.png', `${name}/..`, 'a.png', `${name.slice(0, 64)}.svg`, ''])
        expect(await readPicture([dir, other], bad)).toBeNull()
      // A link in the media folder, to the right bytes: not followed.
      const linked = await storePicture(dir, png(5, 5), 'png')
      await rm(join(dir, 'media', linked))
      await writeFile(join(other, 'media', linked), png(5, 5))
      await symlink(join(other, 'media', linked), join(dir, 'media', linked))
      expect(await readPicture([dir], linked)).toBeNull()
      // A FIFO under a media name: not opened.
      const fifo = `${'f'.repeat(64)}.png`
      execFileSync('mkfifo', [join(dir, 'media', fifo)])
      expect(await readPicture([dir], fifo)).toBeNull()
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })
})

const figure = (source: string, alt = '') => ({
  type: 'figure',
  attrs: { alt, source, image: '', width: 0, height: 0 },
  content: [{ type: 'text', text: 'A caption' }],
})
const docOf = (...figures: object[]) => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'T' }] },
    ...figures,
  ],
})

describe('keepPictures', () => {
  it('stores pictures written into the page and clears their data from the document', async () => {
    const bytes = png(12, 6)
    const doc = docOf(figure(`data:image/png;base64,${bytes.toString('base64')}`, 'A gradient'))
    const kept = await keepPictures(doc, { dir })
    expect(kept).toMatchObject({ kept: 1, warnings: [] })
    const attrs = (doc.content[1] as ReturnType<typeof figure>).attrs
    expect(attrs).toEqual({
      alt: 'A gradient',
      source: '',
      image: `${sha256(bytes)}.png`,
      width: 12,
      height: 6,
    })
    expect(await readFile(join(dir, 'media', attrs.image))).toEqual(bytes)
  })

  it('fetches each address once, keeps what is a picture and says why the rest is not', async () => {
    const asked: string[] = []
    const served: Record<string, Uint8Array> = {
      'https://site.test/a.png': png(4, 4),
      'https://site.test/svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'https://site.test/page.jpg': Buffer.from('<html><body>Moved</body></html>'),
    }
    const fetch: PictureBytes = async (url) => {
      asked.push(url)
      const bytes = served[url]
      return bytes
        ? { ok: true, bytes }
        : { ok: false, reason: { key: 'sync.answered', values: { status: '404' } } }
    }
    const doc = docOf(
      figure('https://site.test/a.png'),
      figure('https://site.test/a.png'),
      figure('https://site.test/svg'),
      figure('https://site.test/page.jpg'),
      figure('https://site.test/gone.png'),
    )
    const kept = await keepPictures(doc, { dir, fetch })
    expect(kept.kept).toBe(2)
    expect(asked.sort()).toEqual([
      'https://site.test/a.png',
      'https://site.test/gone.png',
      'https://site.test/page.jpg',
      'https://site.test/svg',
    ])
    expect(kept.warnings.map((w) => english(w)).sort()).toEqual([
      'A picture was not kept (https://site.test/gone.png): the site answered 404',
      'A picture was not kept (https://site.test/page.jpg): it is a web page, not a picture',
      'A picture was not kept (https://site.test/svg): SVG pictures are not kept (they can carry scripts)',
    ])
    // What was not kept keeps its address (where it came from), and shows no picture.
    const figures = doc.content.slice(1) as ReturnType<typeof figure>[]
    expect(figures.map((f) => Boolean(f.attrs.image))).toEqual([true, true, false, false, false])
    expect(figures[4]!.attrs.source).toBe('https://site.test/gone.png')
  })

  it('fetches nothing without a fetcher (files a reader adds) and reads local paths only when asked', async () => {
    const doc = docOf(figure('https://site.test/a.png'), figure('local:page_files/b.png'))
    expect(await keepPictures(doc, { dir })).toMatchObject({ kept: 0, warnings: [] })
    const read: string[] = []
    const kept = await keepPictures(doc, {
      dir,
      readLocal: async (path) => (read.push(path), { ok: true, bytes: png(2, 3) }),
    })
    expect(read).toEqual(['page_files/b.png'])
    expect(kept.kept).toBe(1)
  })

  it('keeps at most the limit of pictures, and says how many there were', async () => {
    const figures = Array.from({ length: 5 }, (_, i) =>
      figure(`data:image/png;base64,${png(2, 2 + i).toString('base64')}`),
    )
    const doc = docOf(...figures)
    const kept = await keepPictures(doc, { dir, maxPictures: 3 })
    expect(kept.kept).toBe(3)
    expect(kept.warnings.map((w) => english(w))).toEqual([
      'Pictures in the page: 5. Only the first 3 are kept.',
    ])
    // No picture's data stays in the document, kept or not.
    expect(JSON.stringify(doc)).not.toContain('base64')
  })

  it('refuses a data: picture too large to be one before decoding it', async () => {
    const doc = docOf(figure(`data:image/png;base64,${'A'.repeat(12 * 1024 * 1024)}`))
    const kept = await keepPictures(doc, { dir })
    expect(kept.kept).toBe(0)
    expect(english(kept.warnings[0]!)).toBe(
      'A picture was not kept (data:image/png): the picture is larger than 8,192 KB',
    )
  })
})
