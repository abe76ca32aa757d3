// The crawl's journal: one JSON line per article saved (or given up on), appended as it happens,
// in the source folder the crawl writes (`.crawl-journal.jsonl`; archive:build skips dotfiles).
// A crawl run again reads it and goes on where the last one stopped: saved addresses are not
// fetched again. A line cut short by a crash is ignored, and so is anything that is not a line
// the crawl wrote.
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

export const JOURNAL_FILE = '.crawl-journal.jsonl'

const lineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('saved'),
    url: z.string().max(4000),
    file: z.string().max(1000),
    date: z.string().max(40).nullable(),
  }),
  z.object({ kind: z.literal('failed'), url: z.string().max(4000), reason: z.string().max(2000) }),
])
export type JournalLine = z.infer<typeof lineSchema>

export interface Journal {
  saved: Map<string, string>
  failed: Map<string, string>
  record(line: JournalLine): Promise<void>
}

export async function openJournal(dir: string): Promise<Journal> {
  const file = join(dir, JOURNAL_FILE)
  const saved = new Map<string, string>()
  const failed = new Map<string, string>()
  const text = await readFile(file, 'utf8').catch(() => '')
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      continue
    }
    const line = lineSchema.safeParse(parsed)
    if (!line.success) continue
    if (line.data.kind === 'saved') {
      saved.set(line.data.url, line.data.file)
      failed.delete(line.data.url)
    } else failed.set(line.data.url, line.data.reason)
  }
  // A line cut short by a crash is closed first, so the next line is whole.
  if (text && !text.endsWith('\n')) await appendFile(file, '\n')
  return {
    saved,
    failed,
    async record(line) {
      // One write per line, appended: a crash leaves at worst the last line cut short.
      await appendFile(file, `${JSON.stringify(line)}\n`)
      if (line.kind === 'saved') saved.set(line.url, line.file)
      else failed.set(line.url, line.reason)
    },
  }
}
