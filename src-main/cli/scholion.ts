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
import { progressBar } from './progress'
import { serve } from './serve'

const USAGE = `Usage: scholion <command> [options]

Commands:
  serve           Serve the app and its API on 127.0.0.1
                    --port N        port (default: a free one)
                    --data-dir DIR  user data folder (default: SCHOLION_DATA_DIR or the OS data folder)
                    --archive DIR   archive folder (default: the bundled archive)
                    --no-auto-sync  do not sync on start and on the sources' schedules
  archive:build   Build an archive folder from saved articles
                    --from DIR      a source folder (repeatable; default: archive-src)
                    --out DIR       output folder (default: resources/archive)
                    --report FILE   also write the import report (every article) as JSON
  export          Export annotations
                    --format md|csv|jsonld (default md)
                    --out DIR       folder to write into (files are updated in place)
                    --tag T         only annotations with this tag
                    --article ID    only this article's annotations
                    --template FILE a Mustache template for Markdown
                    --combined      Markdown: one file for all articles
                    --flavour markdown|obsidian|logseq (default markdown)
                    --colours none|mark|property  highlights as ==text== or a color:: property
                    --data-dir DIR, --archive DIR  as for serve
  import FILE     Import W3C Web Annotations (JSON-LD) or a Hypothesis export
                    --dry-run       only say what would change
                    --data-dir DIR, --archive DIR  as for serve
  sync            Look for new articles in the enabled sources and add them to your library
                    --source ID     only this source (repeatable)
                    --list          list the sources and whether each is on
                    --full          ask for everything again, not conditionally
                    --data-dir DIR, --archive DIR  as for serve
  help            Show this text
`

async function main(argv: string[]): Promise<number> {
  const appRoot = appRootFrom(import.meta.url)
  const [command, ...rest] = argv
  if (command === 'serve') {
    const { values } = parseArgs({
      args: rest,
      options: {
        port: { type: 'string', default: '0' },
        'data-dir': { type: 'string' },
        archive: { type: 'string' },
        'no-auto-sync': { type: 'boolean', default: false },
      },
    })
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port must be 0–65535, not ${values.port}`)
    await serve({
      appRoot,
      port,
      dataDir: values['data-dir'],
      archive: values.archive,
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
      },
    })
    const from = values.from ?? [join(appRoot, 'archive-src')]
    const out = values.out ?? join(appRoot, 'resources', 'archive')
    const report = await buildArchive({
      from,
      out,
      onProgress: progressBar('Importing'),
      onIndexProgress: progressBar('Indexing'),
      workers: availableParallelism(),
    })
    for (const line of buildReportLines(report, out)) console.log(line)
    if (values.report) {
      await writeFile(values.report, JSON.stringify(report, null, 2) + '\n')
      console.log(`The full report is in ${values.report}.`)
    }
    return 0
  }
  if (command === 'export') return exportCommand(appRoot, rest)
  if (command === 'import') return importCommand(appRoot, rest)
  if (command === 'sync') return syncCommand(appRoot, rest)
  if (command === '--version' || command === 'version') {
    console.log(appVersion(appRoot))
    return 0
  }
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE)
    return command === undefined ? 1 : 0
  }
  console.error(`Unknown command "${command}".\n\n${USAGE}`)
  return 2
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code
  },
  (error: unknown) => {
    console.error(`scholion: ${(error as Error).message}`)
    process.exitCode = 1
  },
)
