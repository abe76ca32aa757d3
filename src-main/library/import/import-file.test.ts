import { describe, expect, it } from 'vitest'
import { guessLanguage } from './guess-language'
import { importFile, parseFileName, slugify } from './import-file'
import { linkTranslations } from '../translations'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('parseFileName and slugify', () => {
  it('reads slug, language and extension', () => {
    expect(parseFileName('/a/the-title.en.txt')).toEqual({
      slug: 'the-title',
      lang: 'en',
      ext: '.txt',
    })
    expect(parseFileName('C:\\x\\Notes.MD')).toEqual({ slug: 'Notes', lang: null, ext: '.md' })
    expect(slugify('Η Πάλη: «τώρα»!')).toBe('η-πάλη-τώρα')
    expect(slugify('***')).toBe('article')
  })
})

describe('guessLanguage', () => {
  it.each([
    ['el', 'Η εργατική τάξη και ο λαός μπορούν να ανατρέψουν την εξουσία των μονοπωλίων.'],
    ['ru', 'Рабочий класс и народ могут свергнуть власть монополий в этой стране.'],
    ['ar', 'إن الطبقة العاملة في اليونان تناضل ضد الحرب الإمبريالية من أجل الاشتراكية.'],
    [
      'en',
      'The working class and the people can overthrow the power of the monopolies in this country.',
    ],
    [
      'de',
      'Die Arbeiterklasse und das Volk können die Macht der Monopole in diesem Land stürzen, und das ist nicht alles.',
    ],
    [
      'fr',
      'La classe ouvrière et le peuple peuvent renverser le pouvoir des monopoles dans le pays et les villes.',
    ],
    [
      'es',
      'La clase obrera y el pueblo pueden derrocar el poder de los monopolios en el país y en las ciudades.',
    ],
  ])('tells %s', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang)
  })
  it('gives up on too little text', () => {
    expect(guessLanguage('Hello')).toBeNull()
  })
})

describe('importFile', () => {
  it('imports each kind by its extension, with the id from language and name', () => {
    const txt = importFile({
      name: 'a-text.en.txt',
      bytes: bytes('A title\n\nSome body text here.'),
    })
    expect(txt.id).toBe('en-a-text')
    expect(txt.entry).toMatchObject({ title: 'A title', lang: 'en', wordCount: 6 })
    const md = importFile({
      name: 'My Notes.md',
      bytes: bytes('---\nlang: fr\n---\n# Titre\n\nDu texte.'),
    })
    expect(md.id).toBe('fr-my-notes')
    const html = importFile({
      name: 'saved.html',
      bytes: bytes(
        '<html><head><link rel="canonical" href="https://inter.kke.gr/en/articles/Some-Article/"></head><body><h1>Some article</h1><p>Body of the article.</p></body></html>',
      ),
    })
    expect(html.id).toBe('en-some-article')
    expect(html.entry.sourceUrl).toBe('https://inter.kke.gr/en/articles/Some-Article/')
  })

  it('guesses the language of the user’s own files only when asked', () => {
    const file = {
      name: 'notes.txt',
      bytes: bytes(
        'Title\n\nThe working class and the people of the country are the force that will change it.',
      ),
    }
    expect(() => importFile(file)).toThrow('The file name does not say the language')
    expect(importFile(file, { guessLanguage: true }).id).toBe('en-notes')
    expect(() =>
      importFile({ name: 'x.txt', bytes: bytes('Hi') }, { guessLanguage: true }),
    ).toThrow(/language of the text could not be told/)
  })

  it('refuses other kinds, binary data and empty files with a reason', () => {
    expect(() => importFile({ name: 'a.pdf', bytes: bytes('%PDF') })).toThrow(/\.pdf is not a kind/)
    expect(() => importFile({ name: 'a.en.txt', bytes: Uint8Array.of(65, 0, 66) })).toThrow(
      /binary/,
    )
    expect(() => importFile({ name: 'a.en.md', bytes: bytes('   ') })).toThrow(/holds no text/)
  })
})

describe('linkTranslations', () => {
  it('groups by shared slug and by links, both ways and through chains', () => {
    const e = (id: string, lang: string, sourceUrl: string | null = null) => ({
      id,
      lang,
      sourceUrl,
    })
    const entries = new Map(
      [
        e('en-a', 'en'),
        e('de-a', 'de'),
        e('en-b', 'en', 'https://x.org/en/b/'),
        e('fr-bb', 'fr', 'https://x.org/fr/bb'),
        e('es-bbb', 'es', 'https://X.org/es/bbb'),
        e('it-alone', 'it'),
      ].map((x) => [x.id, x as typeof x & { translationGroup?: string | null }]),
    )
    linkTranslations(
      entries,
      new Map([
        ['en-b', ['https://x.org/fr/bb/']],
        ['es-bbb', ['https://x.org/fr/bb#top', 'https://unknown.org/']],
      ]),
    )
    const group = (id: string) => entries.get(id)!.translationGroup
    expect(group('en-a')).toBe('a')
    expect(group('de-a')).toBe('a')
    expect(group('en-b')).toBe(group('fr-bb'))
    expect(group('es-bbb')).toBe(group('fr-bb'))
    expect(group('en-b')).toBe('en-b')
    expect(group('it-alone')).toBeNull()
  })
})
