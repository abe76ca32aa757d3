// `scholion export` and `scholion import`: the same exports and imports as the app, from a
// terminal, on the user's data folder and archive, with a progress bar for large jobs.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, type ExportFormat } from '../../src-shared/api'
import { messageOf } from '../../src-shared/result'
import type { Translate } from '../../src-shared/i18n/translate'
import {
  EXPORT_COLOURS,
  EXPORT_FLAVOURS,
  type ExportColours,
  type ExportFlavour,
} from '../../src-shared/export-template'
import { openAnnotationStore } from '../annotations/annotation-store'
import { createExportService } from '../export/export-service'
import { openLibrary } from '../library/open-library'
import { archiveInUse } from '../archive/archive-in-use'
import { cliDirs } from './dirs'
import { progressBar } from './progress'
import { MessageError } from '../core/error-reason'

const common = {
  'data-dir': { type: 'string' },
  archive: { type: 'string' },
} as const

async function openExporter(
  appRoot: string,
  values: { 'data-dir'?: string; archive?: string },
  t: Translate,
) {
  const { dataDir, archiveDir } = cliDirs(appRoot, {
    dataDir: values['data-dir'],
    archive: values.archive,
  })
  // The archive the app reads: the bundled one, or a newer one applied from an update pack.
  const inUse = await archiveInUse(archiveDir, dataDir)
  const [{ library, notices }, store] = await Promise.all([
    openLibrary(inUse.dir),
    openAnnotationStore(dataDir),
  ])
  for (const n of [...notices, ...store.notices])
    console.error(`[${n.level}] ${t.message(n.message)}`)
  return createExportService(store, library)
}

/** An option that must be one of `allowed`. */
function oneOf(option: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value))
    throw new MessageError({
      key: 'cli.notOneOf',
      values: { option, allowed: allowed.join(', '), value },
    })
}

export async function exportCommand(
  appRoot: string,
  args: string[],
  t: Translate,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...common,
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      tag: { type: 'string' },
      article: { type: 'string' },
      template: { type: 'string' },
      combined: { type: 'boolean', default: false },
      flavour: { type: 'string', default: 'markdown' },
      colours: { type: 'string' },
    },
  })
  oneOf('--format', values.format, EXPORT_FORMATS)
  oneOf('--flavour', values.flavour, EXPORT_FLAVOURS)
  if (values.colours) oneOf('--colours', values.colours, EXPORT_COLOURS)
  if (!values.out) throw new MessageError({ key: 'cli.outRequired', values: { option: '--out' } })
  const template = values.template ? await readFile(values.template, 'utf8') : undefined
  const exporter = await openExporter(appRoot, values, t)
  const result = await exporter.write(
    {
      format: values.format as ExportFormat,
      scope: { tag: values.tag, articleId: values.article },
      combined: values.combined,
      template,
      flavour: values.flavour as ExportFlavour,
      // The export's own labels in the terminal's language (LC_ALL, LC_MESSAGES, LANG).
      language: t.lang,
      colours: values.colours as ExportColours | undefined,
      folder: values.out,
    },
    progressBar(t('cli.exporting')),
  )
  if (!result.ok) throw new MessageError(messageOf(result.error))
  const { written, unchanged, skipped, tagsChanged } = result.value
  for (const s of skipped) console.log(`  ${t('cli.skipped', { name: s.name, reason: s.reason })}`)
  for (const tag of tagsChanged) console.log(`  ${t('cli.tagChanged', tag)}`)
  console.log(
    t('cli.exported', {
      folder: values.out,
      written: written.length,
      unchanged: unchanged.length,
      skipped: skipped.length,
    }),
  )
  return 0
}

export async function importCommand(
  appRoot: string,
  args: string[],
  t: Translate,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, 'dry-run': { type: 'boolean', default: false } },
  })
  const file = positionals[0]
  if (!file)
    throw new MessageError({ key: 'cli.importWhat', values: { usage: 'scholion import FILE' } })
  const content = await readFile(file, 'utf8')
  const exporter = await openExporter(appRoot, values, t)
  const result = values['dry-run']
    ? await exporter.previewImport(content)
    : await exporter.applyImport(content, progressBar(t('cli.importing')))
  if (!result.ok) throw new MessageError(messageOf(result.error))
  const s = result.value
  for (const k of s.skipped.slice(0, 50)) {
    const name = k.id ?? t('import.item', { n: k.item ?? 0 })
    console.log(`  ${t('cli.skipped', { name, reason: k.reason })}`)
  }
  if (s.skippedCount > 50) console.log(`  ${t('cli.moreSkipped', { count: s.skippedCount - 50 })}`)
  console.log(
    t('cli.imported', {
      dryRun: values['dry-run'] ? 'yes' : 'no',
      file,
      format: s.format,
      added: s.added,
      updated: s.updated,
      deleted: s.deleted,
      unchanged: s.unchanged,
      skipped: s.skippedCount,
    }),
  )
  return 0
}
