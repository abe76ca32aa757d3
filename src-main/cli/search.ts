// `scholion search QUERY`: the app's search from a terminal, on the user's data folder and the
// archive in use, with the same query language (docs/search.md): the articles found, each with
// its snippet (matches marked in bold on a terminal, between ** otherwise), and with --notes the
// user's annotations that match. --json prints the contract's answer for scripts.
import { parseArgs } from 'node:util'
import type { SearchResults } from '../../src-shared/search'
import { messageOf } from '../../src-shared/result'
import type { Translate } from '../../src-shared/i18n/translate'
import { formatDate } from '../../src-shared/lang'
import { MessageError } from '../core/error-reason'
import { cliCore } from './dirs'
import { progressBar } from './progress'

/** `text` with the ranges `marks` emphasised: bold on a terminal, **…** in a pipe. */
export function marked(text: string, marks: readonly [number, number][], tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['**', '**']
  let out = ''
  let at = 0
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    out += text.slice(at, start) + open + text.slice(start, end) + close
    at = end
  }
  return out + text.slice(at)
}

/** The lines a terminal shows for `results`. */
export function resultLines(results: SearchResults, t: Translate, tty: boolean): string[] {
  const lines: string[] = [t('cli.searchFound', { total: results.articles.total })]
  for (const c of results.corrected)
    lines.push(t('cli.searchCorrected', { word: c.word, similar: c.similar.join(', ') }))
  for (const p of results.problems) lines.push(`! ${p}`)
  for (const hit of results.articles.hits) {
    const facts = [hit.id, hit.lang, formatDate(hit.date, t.lang)].filter(Boolean).join(' · ')
    lines.push('', `${marked(hit.title, hit.titleMarks, tty)}  (${facts})`)
    if (hit.snippet) lines.push(`  ${marked(hit.snippet.text, hit.snippet.marks, tty)}`)
  }
  if (results.notes.hits.length) {
    lines.push('', t('cli.searchNotes', { total: results.notes.total }))
    for (const n of results.notes.hits) {
      lines.push(
        `  “${marked(n.annotation.quote.exact, n.quoteMarks, tty)}” — ${n.annotation.articleTitle}`,
      )
      if (n.annotation.note) lines.push(`    ${marked(n.annotation.note, n.noteMarks, tty)}`)
    }
  }
  return lines
}

export async function searchCommand(
  appRoot: string,
  args: string[],
  t: Translate,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '10' },
      notes: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      archive: { type: 'string' },
    },
  })
  const query = positionals.join(' ').trim()
  if (!query) throw new MessageError({ key: 'cli.searchWhat' })
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw new MessageError({
      key: 'cli.badCount',
      values: { option: '--limit', value: values.limit },
    })
  const core = await cliCore(appRoot, { dataDir: values['data-dir'], archive: values.archive }, t)
  try {
    const index = core.search.index
    if (index) {
      // An index being built (the first search on this data folder, or after a damaged one) is
      // waited for, with a bar.
      await index.opened
      const bar = progressBar(t('cli.indexing'))
      const timer = setInterval(() => {
        const s = index.status()
        if (s.state === 'building' && s.total) bar(s.done, s.total)
      }, 250)
      await index.idle().finally(() => clearInterval(timer))
    }
    const r = await core.handlers['search.query']({
      query,
      offset: 0,
      limit,
      snippets: Math.min(limit, 50),
      notesLimit: values.notes ? limit : 0,
    })
    if (!r.ok) {
      console.error(`scholion: ${t.message(messageOf(r.error))}`)
      return 1
    }
    if (values.json) console.log(JSON.stringify(r.value, null, 2))
    else
      for (const line of resultLines(r.value, t, Boolean(process.stdout.isTTY))) console.log(line)
    return r.value.articles.total + r.value.notes.total > 0 ? 0 : 1
  } finally {
    await core.flush()
    core.search.close()
  }
}
