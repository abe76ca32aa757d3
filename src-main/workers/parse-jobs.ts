// What the parse worker does: every parser of outside input whose cost grows with the input
// (saved pages, text, Markdown, EPUB, annotation files, group packs), and the search segment of
// newly added articles (indexing a long text takes seconds). Each job and its answer
// are plain data that crosses a thread (documents are JSON already).
import {
  importFile,
  type ImportedFile,
  type ImportFileOptions,
  type SourceFile,
} from '../library/import/import-file'
import { parseAnnotationFile, type ParsedFile } from '../export/web-annotation'
import { readPack, type ReadPack } from '../groups/group-pack'
import { SegmentBuilder, segmentBytes, type IndexableArticle } from '../search/segment-builder'
import { type Message } from '../../src-shared/i18n/translate'

export type ParseJob =
  | { kind: 'importFile'; file: SourceFile; options: ImportFileOptions }
  | { kind: 'annotationFile'; text: string }
  | { kind: 'pack'; text: string }
  | { kind: 'segment'; articles: readonly IndexableArticle[] }

export interface ParseAnswers {
  importFile: ImportedFile
  annotationFile: ParsedFile | { error: Message }
  pack: ReadPack | { error: Message }
  segment: { bytes: Uint8Array; docs: number }
}

/** Runs one job; throws what the parser throws (its message is the reason shown). */
export function runParseJob(job: ParseJob): ParseAnswers[ParseJob['kind']] {
  switch (job.kind) {
    case 'importFile':
      return importFile(job.file, job.options)
    case 'annotationFile':
      return parseAnnotationFile(job.text)
    case 'pack':
      return readPack(job.text)
    case 'segment': {
      const builder = new SegmentBuilder()
      for (const a of job.articles) builder.add(a)
      return { bytes: segmentBytes(builder.serialise()), docs: builder.count }
    }
  }
}
