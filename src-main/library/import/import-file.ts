// One entry point for every importer: a file's name and bytes in, an archive entry out, chosen by
// the file's extension (.txt, .html/.htm, .md/.markdown). Names of the form `<slug>.<lang>.<ext>`
// give the slug and the language; otherwise they come from the file (a page's address or `lang`,
// Markdown front matter) or, where allowed, a guess from the text. Throws an Error saying why a
// file cannot be imported; the callers report it with the file's name.
import { canonicalText, countWords } from '../../../src-shared/text'
import type { ArchiveEntry } from '../../archive/archive-write'
import { decodeText } from './decode-text'
import { guessLanguage } from './guess-language'
import { importEpub } from './import-epub'
import { importHtml } from './import-html'
import { importMarkdown } from './import-markdown'
import { importPlainText, textWithoutBox } from './import-text'
import { parseFileName, slugify } from './file-names'
import { importReport, type ImportReport } from './import-report'
import { MessageError } from '../../core/error-reason'

export { parseFileName, slugify }

export const IMPORTABLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.markdown', '.epub'] as const

/** Larger files are refused: no article is this long, and a parse of one would stall. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export interface SourceFile {
  /** The file's name (a path is fine; only the last part is read). */
  name: string
  bytes: Uint8Array
  /** Where the file was fetched from (a sync), and the charset its server declared. */
  url?: string | null
  charset?: string | null
}

export interface ImportedFile {
  /** `<lang>-<slug>`: the article's id unless another article has it already. */
  id: string
  entry: Omit<ArchiveEntry, 'id'>
  /** Addresses of the same article in other languages, as the page links them. */
  translationUrls: string[]
  dropped: string[]
  /** What was found, and what looks wrong, for the import report. */
  report: ImportReport
}

export interface ImportFileOptions {
  /** Guess the language of text and Markdown files that do not say it (the user's own files);
   * the bundled archive's sources must name it instead. */
  guessLanguage?: boolean
}

/** Imports one file; throws an Error with the reason when it cannot be imported. */
export function importFile(
  { name, bytes, url, charset }: SourceFile,
  options: ImportFileOptions = {},
): ImportedFile {
  const { slug: nameSlug, lang: nameLang, ext } = parseFileName(name)
  if (!(IMPORTABLE_EXTENSIONS as readonly string[]).includes(ext))
    throw new MessageError(
      ext ? { key: 'addFiles.kindUnknown', values: { ext } } : { key: 'addFiles.noExtension' },
    )
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new MessageError({
      key: 'addFiles.fileTooLarge',
      values: { mb: MAX_IMPORT_BYTES / 1024 / 1024 },
    })
  if (ext === '.epub') {
    const book = importEpub({ bytes, lang: nameLang, fallbackTitle: nameSlug })
    return finish(`${book.lang}-${slugify(nameSlug)}`, book, [], false)
  }
  if (bytes.includes(0)) throw new MessageError({ key: 'addFiles.binary' })
  const isHtml = ext === '.html' || ext === '.htm'
  const text = decodeText(bytes, { html: isHtml, declared: charset ?? null })
  const guess = () =>
    options.guessLanguage ? guessLanguage(ext === '.txt' ? textWithoutBox(text) : text) : null

  if (isHtml) {
    const page = importHtml({ html: text, lang: nameLang, url: url ?? null })
    const slug = slugify(page.slug ?? nameSlug)
    return finish(`${page.lang}-${slug}`, page, page.translationUrls, false)
  }
  if (ext === '.txt') {
    const lang = nameLang ?? guess()
    if (!lang)
      throw new MessageError({
        key: options.guessLanguage ? 'addFiles.languageUnknown' : 'addFiles.nameNoLanguage',
        values: { example: '<name>.<lang>.txt' },
      })
    const imported = importPlainText({ text, lang, slug: nameSlug })
    return finish(
      `${lang}-${slugify(nameSlug)}`,
      { ...imported, lang, sourceUrl: null },
      [],
      !nameLang,
    )
  }
  const md = importMarkdown({ text, lang: nameLang ?? guess(), fallbackTitle: nameSlug })
  return finish(`${md.lang}-${slugify(nameSlug)}`, md, [], !nameLang && !md.langDeclared)
}

function finish(
  id: string,
  article: ReturnType<typeof importMarkdown>,
  translationUrls: string[],
  langGuessed: boolean,
): ImportedFile {
  return {
    report: importReport(article, langGuessed),
    id,
    entry: {
      title: article.title,
      lang: article.lang,
      date: article.date,
      author: article.author,
      publication: article.publication,
      section: article.section,
      sourceUrl: article.sourceUrl,
      wordCount: countWords(canonicalText(article.doc).text),
      doc: article.doc.toJSON(),
    },
    translationUrls,
    dropped: article.dropped,
  }
}
