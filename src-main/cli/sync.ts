// `scholion sync`: looks for new articles in the enabled sources (or the ones named), from a
// terminal, with a progress bar, on the user's data folder; prints what each source brought.
import { parseArgs } from 'node:util'
import type { SyncReport } from '../../src-shared/api'
import { appVersion } from '../core/app-paths'
import { createCore } from '../core/create-core'
import { cliDirs } from './dirs'
import { progressBar } from './progress'

/** The report as lines for a terminal. */
export function describeSync(report: SyncReport): string[] {
  if (report.sources.length === 0)
    return ['No source is on: turn one on in the app, or name one with --source.']
  return report.sources.flatMap((s) => {
    if (s.error) return [`${s.name}: could not be read (${s.error})`]
    const updated = s.updated.length ? `${s.updated.length} updated, ` : ''
    const head = `${s.name}: ${s.added.length} new, ${updated}${s.known} already here, ${s.failed.length} failed${s.unchanged ? ' (not changed since the last sync)' : ''}`
    return [
      head,
      ...s.added.map((a) => `  + ${a.title} (${a.id})`),
      ...s.updated.map((a) => `  ~ ${a.title} (${a.id}): a new version; the earlier one is kept`),
      ...s.failed.map(
        (f) =>
          `  ! ${f.url}: ${f.reason}${f.alsoIn?.length ? ` (also named by ${f.alsoIn.join(', ')})` : ''}`,
      ),
    ]
  })
}

export async function syncCommand(appRoot: string, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      source: { type: 'string', multiple: true },
      list: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      archive: { type: 'string' },
    },
  })
  const { dataDir, archiveDir } = cliDirs(appRoot, {
    dataDir: values['data-dir'],
    archive: values.archive,
  })
  const core = await createCore({
    dataDir,
    archiveDir,
    host: 'http',
    version: appVersion(appRoot),
    verifyArchive: false,
  })
  try {
    for (const n of core.notices) console.error(`[${n.level}] ${n.message}`)
    if (!core.sync) return 1
    if (values.list) {
      for (const s of core.sync.sources())
        console.log(`${s.enabled ? '[on] ' : '[off]'} ${s.id}  ${s.name}  ${s.url}`)
      return 0
    }
    const known = new Set(core.sync.sources().map((s) => s.id))
    const unknown = (values.source ?? []).filter((id) => !known.has(id))
    if (unknown.length) {
      console.error(`No source has the id ${unknown.join(', ')}; see scholion sync --list.`)
      return 2
    }
    const report = await core.sync.run(values.source, progressBar('Syncing sources'), values.full)
    for (const line of describeSync(report)) console.log(line)
    return report.sources.some((s) => s.error) ? 1 : 0
  } finally {
    await core.flush()
    await core.search.index?.idle()
    core.search.close()
  }
}
