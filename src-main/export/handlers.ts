// The contract's export and import methods, served by the export service. Copying uses the
// user's Markdown flavour, colours and template, read fresh from the settings on each call.
import type { HandlerSlice } from '../core/handler-slice'
import type { ExportService } from './export-service'
import type { RenderOptions } from './markdown'

export function exchangeHandlers(
  exporter: ExportService,
  markdown: () => Partial<RenderOptions>,
): HandlerSlice<'export' | 'import'> {
  return {
    'export.render': (req) => exporter.render(req),
    'export.write': (req) => exporter.write(req),
    'export.copy': ({ articleId, ids, language }) =>
      exporter.copy(articleId, ids, markdown(), language),
    'import.preview': ({ content }) => exporter.previewImport(content),
    'import.apply': ({ content }) => exporter.applyImport(content),
  }
}
