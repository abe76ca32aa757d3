// `scholion sync`: looks for new articles in the enabled sources (or the ones named), from a
// terminal, with a progress bar, on the user's data folder; prints what each source brought.
import { parseArgs } from 'node:util'
import type { SyncReport } from '../../src-shared/api'
import { cliCore } from './dirs'
import { progressBar } from './progress'
import type { Translate } from '../../src-shared/i18n/translate'

/** The report as lines for a terminal. */
export function describeSync(report: SyncReport, t: Translate): string[] {
  if (report.sources.length === 0) return [t('cli.noSourceOn', { option: '--source' })]
  return report.sources.flatMap((s) => {
    if (s.error) return [t('cli.sourceUnread', { name: s.name, reason: s.error })]
    const head = t('cli.sourceResult', {
      name: s.name,
      added: s.added.length,
      updated: s.updated.length,
      known: s.known,
      failed: s.failed.length,
      unchanged: s.unchanged ? 'yes' : 'no',
    })
    return [
      head,
      ...s.added.map((a) => `  + ${a.title} (${a.id})`),
      ...s.updated.map((a) => `  ~ ${t('cli.newVersion', { title: a.title, id: a.id })}`),
      ...s.failed.map((f) => {
        const also = f.alsoIn?.length
          ? ` ${t('cli.alsoNamedBy', { names: f.alsoIn.join(', ') })}`
          : ''
        return `  ! ${f.url}: ${t.message(f.reason)}${also}`
      }),
    ]
  })
}

export async function syncCommand(appRoot: string, args: string[], t: Translate): Promise<number> {
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
  const core = await cliCore(appRoot, { dataDir: values['data-dir'], archive: values.archive }, t)
  try {
    if (!core.sync) return 1
    if (values.list) {
      for (const s of core.sync.sources())
        console.log(`${s.enabled ? '[on] ' : '[off]'} ${s.id}  ${s.name}  ${s.url}`)
      return 0
    }
    const known = new Set(core.sync.sources().map((s) => s.id))
    const unknown = (values.source ?? []).filter((id) => !known.has(id))
    if (unknown.length) {
      console.error(
        t('cli.unknownSource', { ids: unknown.join(', '), command: 'scholion sync --list' }),
      )
      return 2
    }
    const report = await core.sync.run(values.source, progressBar(t('cli.syncing')), values.full)
    for (const line of describeSync(report, t)) console.log(line)
    return report.sources.some((s) => s.error) ? 1 : 0
  } finally {
    await core.flush()
    await core.search.index?.idle()
    core.search.close()
  }
}
