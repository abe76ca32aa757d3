import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalText } from '../../../src-shared/text'
import { typeset } from './typography'
import { importPlainText } from './import-text'

const SEED = readFileSync(
  new URL(
    '../../../archive-src/kke-inter/en/the-class-struggle-cannot-be-denigrated.en.txt',
    import.meta.url,
  ),
  'utf8',
)

/** The document's blocks as [type, first words] pairs: reads like the article's outline. */
function outline(text: string): [string, string][] {
  const { doc } = importPlainText({ text, lang: 'en' })
  const out: [string, string][] = []
  doc.forEach((node) =>
    out.push([node.type.name + (node.attrs.level ? node.attrs.level : ''), node.textContent]),
  )
  return out
}

describe('importPlainText on the seed article', () => {
  const result = importPlainText({ text: SEED, lang: 'en' })
  const blocks = outline(SEED)

  it('finds the title, byline, publication and first publication date', () => {
    expect(result.title).toBe(
      'The class struggle cannot be denigrated – it is and will remain the ‘driving force’ of social development',
    )
    expect(result.author).toBe('Giorgos Marinos')
    expect(result.publication).toBe('Rizospastis')
    expect(result.date).toBe('2022-01-22')
  })

  it('leaves out the old-pages box and reports it', () => {
    const text = canonicalText(result.doc).text
    expect(text).not.toContain('Links to the old web pages')
    expect(text).not.toContain('gradually move to a new page format')
    expect(result.dropped).toEqual(['site box "Links to the old web pages"'])
    expect(blocks[0]).toEqual(['heading1', result.title])
  })

  it('marks the section headings, and only them, as headings', () => {
    expect(blocks.filter(([type]) => type === 'heading2').map(([, text]) => text)).toEqual([
      'The popular mobilizations developed on specific terrain',
      'These struggles have significant, qualitative elements',
      'Tactics of the bourgeois regime',
      'The events in Kazakhstan raise very important issues',
    ])
  })

  it('ends with the byline and the publication line as such', () => {
    expect(blocks.at(-2)).toEqual([
      'byline',
      'By Giorgos Marinos, Member of the PB of the CC of the KKE',
    ])
    expect(blocks.at(-1)?.[0]).toBe('dateline')
    expect(blocks.at(-1)?.[1]).toMatch(/^Published in Rizospastis, Saturday 22 January/)
  })

  it('rejoins the paragraph the saved page split mid-sentence', () => {
    const joined = blocks.filter(([, text]) =>
      text.includes('the orientation to adapt the struggle goals'),
    )
    expect(joined).toHaveLength(1)
    expect(blocks.some(([, text]) => text.startsWith('adapt the struggle'))).toBe(false)
  })

  it('keeps every word of the article body, typeset', () => {
    const body = typeset(SEED.split('\n').slice(4).join(' ').replace(/\s+/g, ' ').trim(), 'en')
    const text = canonicalText(result.doc).text.replace(/\s+/g, ' ')
    expect(text).toBe(body)
    expect(text).toContain('the company “Tengizchevr Oil” on the Caspian Sea')
    expect(text).not.toMatch(/"| - /)
  })
})

describe('importPlainText rules', () => {
  it('keeps a file without the site box whole', () => {
    expect(outline('A title\n\nA first paragraph that says something.')).toEqual([
      ['heading1', 'A title'],
      ['paragraph', 'A first paragraph that says something.'],
    ])
  })

  it('does not take a short closing sentence for a heading', () => {
    expect(outline('Title\n\nBody text here.\n\nThe end')).toEqual([
      ['heading1', 'Title'],
      ['paragraph', 'Body text here.'],
      ['paragraph', 'The end'],
    ])
  })

  it('treats a short line ending in a full stop as body text', () => {
    expect(outline('Title\n\nShort line.\n\nMore text follows here.')[1]).toEqual([
      'paragraph',
      'Short line.',
    ])
  })

  it('folds line breaks inside a paragraph and handles Windows line endings', () => {
    expect(outline('Title\r\n\r\nOne line\r\nand the next.')[1]).toEqual([
      'paragraph',
      'One line and the next.',
    ])
  })

  it('normalises to NFC', () => {
    const decomposed = 'Titre\n\nCafe\u0301 et the\u0301.'
    expect(outline(decomposed)[1]![1]).toBe('Café et thé.')
  })

  it('finds headings in scripts without case, such as Arabic', () => {
    expect(
      outline(
        'النضال الطبقي\n\nإن الحزب يدعم نضالات العمال.\n\nالتنظيم والوحدة\n\nتحتاج الطبقة العاملة إلى التنظيم؟',
      ),
    ).toEqual([
      ['heading1', 'النضال الطبقي'],
      ['paragraph', 'إن الحزب يدعم نضالات العمال.'],
      ['heading2', 'التنظيم والوحدة'],
      ['paragraph', 'تحتاج الطبقة العاملة إلى التنظيم؟'],
    ])
  })

  it('does not take a short Arabic question for a heading', () => {
    expect(outline('عنوان\n\nلماذا؟\n\nنص طويل بما فيه الكفاية.')[1]).toEqual([
      'paragraph',
      'لماذا؟',
    ])
  })

  it('refuses a file that holds no article', () => {
    expect(() => importPlainText({ text: ' \n\n \n', lang: 'en' })).toThrow(/No article/)
    expect(() =>
      importPlainText({
        text: 'Links to the old web pages of KKE\n\nThe sites of KKE move, see:',
        lang: 'en',
      }),
    ).toThrow(/No article/)
  })
})

describe('importPlainText on a huge text with no sentence ends', () => {
  it('never folds the text into the title, and keeps paragraphs of a bounded length', () => {
    const block =
      'the workers of the world have one interest against the monopolies and their state'
    const text = ['A short title', ...Array.from({ length: 40_000 }, () => block)].join('\n\n')
    const imported = importPlainText({ text, lang: 'en' })
    expect(imported.title).toBe('A short title')
    const paragraphs: number[] = []
    imported.doc.forEach((node) => {
      if (node.type.name === 'paragraph') paragraphs.push(node.textContent.length)
    })
    // 3.3 MB of text: joined into paragraphs of at most 20,000 characters, not one block.
    expect(paragraphs.length).toBeGreaterThan(100)
    expect(Math.max(...paragraphs)).toBeLessThanOrEqual(20_000)
  })
})

describe('importPlainText with the old-pages box in Portuguese and Arabic (shapes of real pages)', () => {
  it('drops the Portuguese box, heading and sentence, and takes the headline as the title', () => {
    const text = [
      'Links às páginas Web anteriores do KKE',
      'Uma frase inventada sobre o novo formato das páginas, que termina com dois pontos:',
      'Título inventado para o teste',
      'Um parágrafo inventado, escrito para este teste, com uma frase completa.',
    ].join('\n\n')
    const imported = importPlainText({ text, lang: 'pt' })
    expect(imported.title).toBe('Título inventado para o teste')
    expect(canonicalText(imported.doc).text).not.toMatch(/páginas Web anteriores|dois pontos:/)
  })

  it('drops the Arabic box as the sites word it', () => {
    const text = [
      'روابط المواقع القديمة للحزب',
      'جملة مكتوبة لهذا الاختبار عن الصيغة الجديدة للصفحات وتنتهي بنقطتين:',
      'عنوان مكتوب للاختبار',
      'فقرة مكتوبة لهذا الاختبار، وهي جملة كاملة.',
    ].join('\n\n')
    const imported = importPlainText({ text, lang: 'ar' })
    expect(imported.title).toBe('عنوان مكتوب للاختبار')
    expect(canonicalText(imported.doc).text).not.toContain('روابط المواقع القديمة')
  })
})

describe('importPlainText on shapes no table names', () => {
  it('knows the box by its shape in a wording it has never seen (Russian, Greek)', () => {
    for (const [lang, heading, sentence, title, body] of [
      [
        'ru',
        'Ссылки на прежние страницы КПГ',
        'Фраза, написанная для теста, о новом виде сайтов КПГ:',
        'Заголовок для теста',
        'Абзац текста, написанный для теста.',
      ],
      [
        'el',
        'Παλιές σελίδες του ΚΚΕ',
        'Πρόταση γραμμένη για τη δοκιμή, για τη νέα μορφή του ΚΚΕ:',
        'Τίτλος για τη δοκιμή',
        'Μια παράγραφος γραμμένη για τη δοκιμή.',
      ],
    ] as const) {
      const text = [heading, sentence, title, body].join('\n\n')
      const imported = importPlainText({ text, lang })
      expect(imported.title).toBe(title)
      expect(imported.dropped).toEqual([`site box "${heading}"`])
    }
  })

  it('keeps a short title and a first paragraph ending in a colon that do not name the party', () => {
    const text = [
      'A short title',
      'The statement, written for this test, reads as follows:',
      'A quoted paragraph of the statement, written for this test.',
    ].join('\n\n')
    const imported = importPlainText({ text, lang: 'en' })
    expect(imported.title).toBe('A short title')
    expect(imported.dropped).toEqual([])
  })

  it('takes each line as a paragraph when the text has single line breaks only (it, de)', () => {
    for (const [lang, lines] of [
      [
        'it',
        [
          'Titolo scritto per il test',
          'Primo paragrafo scritto per il test.',
          'Secondo paragrafo, anche questo inventato.',
        ],
      ],
      [
        'de',
        [
          'Ein Titel für den Test',
          'Der erste Absatz, für den Test geschrieben.',
          'Der zweite Absatz, ebenso erfunden.',
        ],
      ],
    ] as const) {
      const imported = importPlainText({ text: lines.join('\n'), lang })
      expect(imported.title).toBe(lines[0])
      const blocks: string[] = []
      imported.doc.forEach((n) => blocks.push(n.textContent))
      expect(blocks).toEqual(lines.map((l) => typeset(l, lang)))
    }
  })
})
