#!/usr/bin/env node
// The `scholion` command: runs the HTTP host, builds archives, exports and imports annotations,
// on plain Node (no Electron).
import { writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { join } from 'node:path'
import { appRootFrom, appVersion } from '../core/app-paths'
import { buildArchive } from '../archive/archive-build'
import { buildReportLines } from './build-report'
import { exportCommand, importCommand } from './exchange'
import { syncCommand } from './sync'
import { searchCommand } from './search'
import { progressBar } from './progress'
import { serve } from './serve'
import { archiveCommand } from './archive-commands'
import { ARCHIVE_NAME } from '../archive/archive-format'
import { terminalTranslator } from './terminal-language'
import { MessageError, reasonOf } from '../core/error-reason'
import type { Translate } from '../../src-shared/i18n/translate'

async function main(argv: string[], t: Translate): Promise<number> {
  const appRoot = appRootFrom(import.meta.url)
  const [command, ...rest] = argv
  if (command === 'serve') {
    const { values } = parseArgs({
      args: rest,
      options: {
        port: { type: 'string', default: '0' },
        'data-dir': { type: 'string' },
        archive: { type: 'string' },
        'release-keys': { type: 'string' },
        'no-auto-sync': { type: 'boolean', default: false },
      },
    })
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new MessageError({ key: 'cli.badPort', values: { port: String(values.port) } })
    await serve({
      t,
      appRoot,
      port,
      dataDir: values['data-dir'],
      archive: values.archive,
      releaseKeys: values['release-keys'],
      autoSync: !values['no-auto-sync'],
    })
    return -1
  }
  if (command === 'archive:build') {
    const { values } = parseArgs({
      args: rest,
      options: {
        from: { type: 'string', multiple: true },
        out: { type: 'string' },
        report: { type: 'string' },
        name: { type: 'string', default: 'kke-inter' },
        release: { type: 'string' },
      },
    })
    if (!ARCHIVE_NAME.test(values.name))
      throw new MessageError({
        key: 'cli.badName',
        values: { option: '--name', value: values.name },
      })
    if (values.release !== undefined && Number.isNaN(Date.parse(values.release)))
      throw new MessageError({
        key: 'cli.badDate',
        values: { option: '--release', value: values.release },
      })
    const from = values.from ?? [join(appRoot, 'archive-src')]
    const out = values.out ?? join(appRoot, 'resources', 'archive')
    const report = await buildArchive({
      from,
      out,
      onProgress: progressBar(t('cli.importing')),
      onIndexProgress: progressBar(t('cli.indexing')),
      workers: availableParallelism(),
      name: values.name,
      release: values.release && new Date(values.release).toISOString(),
    })
    for (const line of buildReportLines(report, out, t)) console.log(line)
    if (values.report) {
      await writeFile(values.report, JSON.stringify(report, null, 2) + '\n')
      console.log(t('cli.fullReport', { file: values.report }))
    }
    return 0
  }
  if (command?.startsWith('archive:')) {
    const code = await archiveCommand(command, appRoot, rest, t)
    if (code !== -2) return code
  }
  if (command === 'export') return exportCommand(appRoot, rest, t)
  if (command === 'import') return importCommand(appRoot, rest, t)
  if (command === 'sync') return syncCommand(appRoot, rest, t)
  if (command === 'search') return searchCommand(appRoot, rest, t)
  if (command === '--version' || command === 'version') {
    console.log(appVersion(appRoot))
    return 0
  }
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(t('cli.usage'))
    return command === undefined ? 1 : 0
  }
  console.error(`${t('cli.unknownCommand', { command })}\n\n${t('cli.usage')}`)
  return 2
}

void terminalTranslator().then((t) =>
  main(process.argv.slice(2), t).then(
    (code) => {
      if (code >= 0) process.exitCode = code
    },
    (error: unknown) => {
      // Node's own words for a wrong option are kept, inside a sentence of ours.
      const wrongOption = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
      const message = wrongOption
        ? t('cli.badArguments', { detail: (error as Error).message })
        : t.message(reasonOf(error))
      console.error(`scholion: ${message}`)
      process.exitCode = 1
    },
  ),
)
