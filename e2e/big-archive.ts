// A 50,000-article archive for library scale tests: synthetic multilingual titles and dates
// (the synth's writer), each with a one-paragraph document, written with the real writer.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeArchive, type ArchiveEntry } from '../src-main/archive/archive-write'
import { Writer } from '../test-support/synth/synth'

export async function buildBigArchive(count: number, seed = 11): Promise<string> {
  const w = new Writer(seed)
  const start = Date.UTC(2000, 0, 1)
  const span = Date.UTC(2026, 10, 1) - start
  const entries: ArchiveEntry[] = []
  for (let i = 0; i < count; i++) {
    const lang = w.weightedLang()
    const title = w.sentence(lang, 4, 12)
    const date = new Date(start + Math.floor((w.between(0, 100_000) / 100_000) * span))
      .toISOString()
      .slice(0, 10)
    entries.push({
      id: `${lang}-big-${i}`,
      title,
      lang,
      date,
      author: null,
      publication: null,
      section: null,
      sourceUrl: null,
      wordCount: 12,
      doc: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
          { type: 'paragraph', content: [{ type: 'text', text: w.sentence(lang, 10, 14) }] },
        ],
      },
    })
  }
  const out = join(await mkdtemp(join(tmpdir(), 'scholion-big-')), 'archive')
  await writeArchive(out, entries)
  return out
}
