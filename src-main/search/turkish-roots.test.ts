import { describe, expect, it, vi } from 'vitest'
import { stemTerm } from './analyser'
import { loadTurkishLexicon, parseLexicon, turkishLexicon, turkishRoot } from './turkish-roots'

// A lexicon of a few lines in the package's shape: a root, then its flags.
const LINES = [
  '<doc> IS_HEADER',
  'eylem CL_ISIM',
  'eyle CL_FIIL',
  'sistem CL_ISIM',
  'talep CL_ISIM IS_SD',
  'çelenk CL_ISIM IS_KG IS_SD',
  'şehir CL_ISIM IS_UD',
  'hak CL_ISIM IS_ADJ IS_ST',
  'açık CL_ISIM IS_ADJ',
  'açıkla CL_FIIL',
  'program CL_ISIM',
  'programla CL_FIIL',
  'çözüm CL_ISIM',
  'çözümler CL_ISIM',
  'tarih CL_ISIM',
  'tarihi IS_ADJ',
  'ev CL_ISIM',
].join('\n')
const DERIVED = ['tarihi tarih+i', 'eylem eyle+Am'].join('\n')
const small = parseLexicon(LINES, DERIVED)
const root = (word: string) => turkishRoot(word, small)

describe('Turkish roots', () => {
  it('finds a noun whose last letters look like endings under its root, in every case', () => {
    for (const form of ['eylem', 'eylemler', 'eylemin', 'eyleme', 'eylemi', 'eylemlerinde'])
      expect(root(form)).toBe('eylem')
    for (const form of ['sistem', 'sistemin', 'sistemimizden', 'sistemdir', 'sistemdeki'])
      expect(root(form)).toBe('sistem')
  })

  it('follows the sound changes the lexicon names, before a vowel only', () => {
    expect(['talebi', 'talebe', 'talepler', 'talepte'].map(root)).toEqual(Array(4).fill('talep'))
    expect(['çelengi', 'çelenkler'].map(root)).toEqual(['çelenk', 'çelenk'])
    expect(['şehri', 'şehre', 'şehirler', 'şehrin'].map(root)).toEqual(Array(4).fill('şehir'))
    expect(['hakkı', 'hakkında', 'haklar'].map(root)).toEqual(['hak', 'hak', 'hak'])
    // A changed form with no vowel after it is no form of the root.
    expect(root('taleb')).toBeNull()
    expect(root('şehr')).toBeNull()
  })

  it('leaves to the stemmer a word that begins with a longer verb root, unless it is a plural', () => {
    expect(root('açıkladı')).toBeNull() // açıkla-dı, a verb; not açık-la-dı
    expect(root('açığı')).toBeNull() // açık is not listed as softening
    expect(root('açıkta')).toBe('açık')
    expect(root('programların')).toBe('program') // program-lar-ın, though programla- is a verb
    expect(root('programladı')).toBeNull()
  })

  it('reads a plural or a form listed as a word as the form of its noun', () => {
    expect(root('çözümler')).toBe('çözüm')
    expect(root('tarihin')).toBe('tarih') // tarih-in, not tarihi-n: tarihi is tarih+i
    expect(root('tarihi')).toBe('tarih')
  })

  it('explains only chains of noun endings', () => {
    expect(root('evler')).toBe('ev')
    expect(root('evlerimizdekiler')).toBe('ev')
    expect(root('evcil')).toBeNull() // a derivation, not an ending
    expect(root('evar')).toBeNull()
    expect(root('x'.repeat(5_000))).toBeNull()
  })

  it('stems as the stemmer alone does when the lexicon cannot be read', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const lexicon = loadTurkishLexicon(() => {
      throw new Error('ENOENT: no such file')
    })
    expect(lexicon).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ENOENT'))
    warn.mockRestore()
  })

  it('reads the bundled lexicon, and the search stems with it', () => {
    const lexicon = turkishLexicon()
    expect(lexicon).not.toBeNull()
    expect(lexicon!.nominal.size).toBeGreaterThan(30_000)
    expect(turkishRoot('hükümete', lexicon!)).toBe('hükümet')
    expect(stemTerm('Hükümete', 'tr')).toBe(stemTerm('hükümetler', 'tr'))
    expect(stemTerm('eylem', 'tr')).not.toBe(stemTerm('eyle', 'tr'))
    // Different words stay apart: sorun (a problem) and soru (a question), kadın and kadı.
    expect(stemTerm('sorunlar', 'tr')).not.toBe(stemTerm('sorular', 'tr'))
    expect(stemTerm('kadınlar', 'tr')).not.toBe(stemTerm('kadılar', 'tr'))
  })
})
