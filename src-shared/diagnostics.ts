// "Copy diagnostics" for bug reports: versions, platform, the archive and counts, and the codes
// of the notices shown, and nothing personal: no paths (they hold user names), no titles, no
// annotation text.
import type { AppInfo } from './api'

export interface DiagnosticsInput {
  info: AppInfo
  userAgent: string
  annotationCount: number | null
}

export function diagnostics({ info, userAgent, annotationCount }: DiagnosticsInput): string {
  const archive = info.archive
  const lines = [
    `Scholion ${info.version} (${info.host} host)`,
    `Browser engine: ${(/(Chrome|Electron|Firefox|Version)\/[\d.]+/g.exec(userAgent) ?? ['unknown'])[0]}`,
    `Platform: ${/\(([^)]*)\)/.exec(userAgent)?.[1] ?? 'unknown'}`,
    archive
      ? `Archive: format ${archive.formatVersion}, ${archive.articleCount} ${archive.articleCount === 1 ? 'article' : 'articles'}${archive.checking ? ', being checked' : ''}`
      : 'Archive: not opened',
    `Annotations: ${annotationCount ?? 'unknown'}`,
    `Notices: ${info.notices.map((n) => `${n.level}:${n.code}`).join(', ') || 'none'}`,
  ]
  return lines.join('\n')
}
