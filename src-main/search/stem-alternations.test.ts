import { describe, expect, it } from 'vitest'
import { stemTerm } from './analyser'
import { alternatingStemmer } from './stem-alternations'

const alternatingStem = (word: string, lang: string) => alternatingStemmer(lang)!(word)

/** Whether every form has one term, and it is the first form's. */
function joined(forms: readonly string[], lang: string): boolean {
  return new Set(forms.map((f) => stemTerm(f, lang))).size === 1
}

describe('verbs whose stem alternates', () => {
  it('French tenir and venir families: every tense joins the infinitive', () => {
    const soutenir = ['soutenir', 'soutiens', 'soutient', 'soutenons', 'soutenez', 'soutiennent']
    const more = ['soutenait', 'soutiendra', 'soutiendraient', 'soutienne', 'soutint', 'soutînt']
    expect(joined([...soutenir, ...more, 'soutenu', 'soutenues'], 'fr')).toBe(true)
    expect(
      joined(['devenir', 'devient', 'deviennent', 'devenu', 'devint', 'deviendra'], 'fr'),
    ).toBe(true)
    expect(joined(['venir', 'vient', 'viennent', 'venu', 'viendra'], 'fr')).toBe(true)
    // Typed without its accent, a form finds the same: terms are folded after stemming.
    expect(joined(['détenir', 'détient', 'detenir', 'detiennent'], 'fr')).toBe(true)
    expect(alternatingStem('détient', 'fr')).toBe('déten')
  })

  it('keeps out the words that only look like forms of them', () => {
    for (const word of ['chrétien', 'tien', 'tiens', 'tienne', 'vienne', 'vins', 'vin', 'soutien'])
      expect(alternatingStem(word, 'fr')).toBeNull()
    // Words of real French pages that begin like a family's forms.
    for (const word of [
      'convention',
      'intervention',
      'souvent',
      'maintes',
      'contemporains',
      'avenir',
    ])
      expect(alternatingStem(word, 'fr')).toBeNull()
    expect(alternatingStem('content', 'fr')).toBeNull()
    expect(alternatingStem('dévient', 'fr')).toBeNull() // dévier
    for (const word of ['convegno', 'contento', 'tenente', 'convento', 'avvenimenti', 'intervento'])
      expect(alternatingStem(word, 'it')).toBeNull()
    for (const word of ['vino', 'tiene', 'contento', 'convenio', 'sostenible', 'intervención'])
      expect(alternatingStem(word, 'es')).toBeNull()
    // бор (a pine wood), Боря (a name), поборы (levies), полёт: not бороться.
    for (const word of ['бор', 'бором', 'боре', 'боря', 'поборы', 'полет'])
      expect(alternatingStem(word, 'ru')).toBeNull()
  })

  it('Italian tenere and venire families', () => {
    const forms = ['sostenere', 'sostengo', 'sostieni', 'sostiene', 'sosteniamo', 'sostengono']
    const more = ['sosteneva', 'sosterrà', 'sosterrebbe', 'sostenne', 'sostenuto', 'sostenga']
    expect(joined([...forms, ...more], 'it')).toBe(true)
    expect(joined(['divenire', 'diviene', 'divengono', 'divenuto', 'divenne'], 'it')).toBe(true)
  })

  it('Spanish tener and venir families', () => {
    const forms = ['sostener', 'sostengo', 'sostienes', 'sostiene', 'sostenemos', 'sostienen']
    const more = ['sostenía', 'sostendrá', 'sostuvo', 'sostuvieron', 'sostenido', 'sostenga']
    expect(joined([...forms, ...more], 'es')).toBe(true)
    expect(joined(['intervenir', 'interviene', 'intervino', 'intervenido'], 'es')).toBe(true)
  })

  it('has nothing to say of a language without such tables', () => {
    expect(alternatingStemmer('en')).toBeNull()
    expect(alternatingStemmer('tr')).toBeNull()
  })

  it('Russian бороться, reflexive only, and побороть', () => {
    const forms = ['бороться', 'борюсь', 'борешься', 'борется', 'боремся', 'боретесь']
    const more = ['борются', 'боролся', 'боролась', 'боролись', 'борясь', 'боровшиеся', 'борющихся']
    expect(joined([...forms, ...more], 'ru')).toBe(true)
    expect(joined(['побороть', 'поборол', 'поборет', 'побороли'], 'ru')).toBe(true)
    expect(stemTerm('бороться', 'ru')).not.toBe(stemTerm('бором', 'ru'))
  })
})
