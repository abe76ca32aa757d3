// The import report of `archive:build` as lines for the terminal: per article the title,
// language (and whether it was guessed), date, author and section found, and a warning under
// any whose result looks wrong (import-report.ts); then what was skipped and why. A build of
// thousands of files lists only the articles with warnings, and counts the rest.
import type { BuildReport } from '../archive/archive-build'
import type { Translate } from '../../src-shared/i18n/translate'

/** Up to this many imported files, every article is listed; above it, only those warned of. */
export const LIST_ALL_UP_TO = 500
/** At most this many articles with warnings are listed. */
const MAX_LISTED = 200

export function buildReportLines(report: BuildReport, out: string, t: Translate): string[] {
  const lines: string[] = []
  const all = report.imported.length <= LIST_ALL_UP_TO
  const warned = report.imported.filter((i) => i.report.warnings.length > 0)
  const listed = (all ? report.imported : warned).slice(0, all ? undefined : MAX_LISTED)
  for (const item of listed) {
    const r = item.report
    const language = { language: r.lang }
    const lang = t(r.langGuessed ? 'cli.langGuessed' : 'cli.language', { language })
    const facts = [
      lang,
      r.date ?? t('cli.noDate'),
      r.author,
      r.section && t('cli.section', { section: r.section }),
    ]
    lines.push(`  ${item.file}`, `    “${r.title}”`, `    ${facts.filter(Boolean).join(' · ')}`)
    for (const warning of r.warnings) lines.push(`    ⚠ ${t.message(warning)}`)
  }
  if (listed.length < (all ? report.imported : warned).length)
    lines.push(`  ${t('cli.moreWarned', { count: warned.length - listed.length })}`)
  for (const item of report.skipped)
    lines.push(`  ${t('cli.skipped', { name: item.file, reason: item.reason })}`)
  lines.push(
    t('cli.archiveWritten', {
      folder: out,
      imported: report.imported.length,
      warned: warned.length,
      skipped: report.skipped.length,
    }),
  )
  return lines
}
