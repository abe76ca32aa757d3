// `scholion export` and `scholion import`: the same exports and imports as the app, from a
// terminal, on the user's data folder and archive, with a progress bar for large jobs.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, type ExportFormat } from '../../src-shared/api'
import { pickLanguage } from '../../src-shared/i18n/languages'
import {
  EXPORT_COLOURS,
  EXPORT_FLAVOURS,
  type ExportColours,
  type ExportFlavour,
} from '../../src-shared/export-template'
import { openAnnotationStore } from '../annotations/annotation-store'
import { createExportService } from '../export/export-service'
import { openLibrary } from '../library/open-library'
import { cliDirs } from './dirs'
import { progressBar } from './progress'

const common = {
  'data-dir': { type: 'string' },
  archive: { type: 'string' },
} as const

async function openExporter(appRoot: string, values: { 'data-dir'?: string; archive?: string }) {
  const { dataDir, archiveDir } = cliDirs(appRoot, {
    dataDir: values['data-dir'],
    archive: values.archive,
  })
  const [{ library, notices }, store] = await Promise.all([
    openLibrary(archiveDir),
    openAnnotationStore(dataDir),
  ])
  for (const n of [...notices, ...store.notices]) console.error(`[${n.level}] ${n.message}`)
  return createExportService(store, library)
}

export async function exportCommand(appRoot: string, args: string[]): Promise<number> {
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
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not ${values.format}`)
  }
  if (!(EXPORT_FLAVOURS as readonly string[]).includes(values.flavour)) {
    throw new Error(`--flavour must be one of ${EXPORT_FLAVOURS.join(', ')}, not ${values.flavour}`)
  }
  if (values.colours && !(EXPORT_COLOURS as readonly string[]).includes(values.colours)) {
    throw new Error(`--colours must be one of ${EXPORT_COLOURS.join(', ')}, not ${values.colours}`)
  }
  if (!values.out) throw new Error('--out PATH is required (a folder)')
  const template = values.template ? await readFile(values.template, 'utf8') : undefined
  const exporter = await openExporter(appRoot, values)
  const result = await exporter.write(
    {
      format: values.format as ExportFormat,
      scope: { tag: values.tag, articleId: values.article },
      combined: values.combined,
      template,
      flavour: values.flavour as ExportFlavour,
      // The export's own labels in the terminal's language (LC_ALL, LC_MESSAGES, LANG).
      language: pickLanguage(
        [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].filter(
          (l): l is string => !!l,
        ),
      ),
      colours: values.colours as ExportColours | undefined,
      folder: values.out,
    },
    progressBar('Exporting'),
  )
  if (!result.ok) throw new Error(result.error.message)
  const { written, unchanged, skipped, tagsChanged } = result.value
  for (const s of skipped) console.log(`  skipped ${s.name}: ${s.reason}`)
  for (const t of tagsChanged) console.log(`  tag “${t.from}” written as #${t.to}`)
  console.log(
    `Exported to ${values.out}: ${written.length} written, ${unchanged.length} already up to date, ` +
      `${skipped.length} skipped.`,
  )
  return 0
}

export async function importCommand(appRoot: string, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, 'dry-run': { type: 'boolean', default: false } },
  })
  const file = positionals[0]
  if (!file) throw new Error('Give the file to import: scholion import FILE')
  const content = await readFile(file, 'utf8')
  const exporter = await openExporter(appRoot, values)
  const result = values['dry-run']
    ? await exporter.previewImport(content)
    : await exporter.applyImport(content, progressBar('Importing'))
  if (!result.ok) throw new Error(result.error.message)
  const s = result.value
  for (const k of s.skipped.slice(0, 50))
    console.log(`  skipped ${k.id ?? `item ${k.item}`}: ${k.reason}`)
  if (s.skippedCount > 50) console.log(`  … and ${s.skippedCount - 50} more skipped`)
  console.log(
    `${values['dry-run'] ? 'Would import' : 'Imported'} ${file} (${s.format}): ${s.added} added, ` +
      `${s.updated} updated, ${s.deleted} deleted, ${s.unchanged} unchanged, ${s.skippedCount} skipped.`,
  )
  return 0
}
