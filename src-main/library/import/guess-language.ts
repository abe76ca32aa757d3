// A guess at the language of a text that does not say (a plain-text or Markdown file of the
// user's): its script first (Greek, Cyrillic, Arabic, Hebrew), then, for Latin script, which
// language's commonest short words it uses most. Good enough to pick hyphenation, stemming and
// quotation marks for the archive's languages; null when the text is too short to tell.

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
]

const COMMON: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'are', 'was', 'this'],
  de: ['der', 'die', 'und', 'das', 'den', 'von', 'zu', 'mit', 'ist', 'sich', 'nicht', 'auf'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'que', 'pour', 'dans', 'au'],
  it: ['il', 'di', 'che', 'la', 'per', 'del', 'della', 'non', 'sono', 'gli', 'una', 'nel'],
  es: ['el', 'de', 'que', 'y', 'los', 'las', 'del', 'por', 'una', 'con', 'para', 'es'],
  pt: ['o', 'de', 'que', 'e', 'do', 'da', 'os', 'em', 'para', 'com', 'não', 'uma'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'da', 'de', 'olarak', 'daha', 'gibi', 'çok', 'olan'],
}
const WORDS = new Map<string, string[]>()
for (const [lang, words] of Object.entries(COMMON))
  for (const w of words) WORDS.set(w, [...(WORDS.get(w) ?? []), lang])

/** The language `text` is most likely in, or null when it is too short to tell. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000)
  const letters = (sample.match(/\p{L}/gu) ?? []).length
  if (letters < 40) return null
  for (const [pattern, lang] of SCRIPTS) {
    if ((sample.match(pattern) ?? []).length > letters * 0.3) return lang
  }
  const score = new Map<string, number>()
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of WORDS.get(word) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1)
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1])
  return ranked[0] && ranked[0][1] >= 3 ? ranked[0][0] : null
}
