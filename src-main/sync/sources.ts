// Where sync looks for new articles: the international site in each of its languages (a page
// listing its latest articles, and the site's pattern for an article's address), and any feed,
// sitemap or listing page the user adds. Kept in sync.json with what each source answered last.
import { z } from 'zod'

export const SITE_LANGUAGES = ['en', 'el', 'ru', 'ar', 'de', 'fr', 'it', 'es', 'tr'] as const

export const sourceSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  /** The document listing articles: a feed, a sitemap or a page of links. */
  url: z.url({ protocol: /^https?$/ }),
  /** For a page of links: which addresses are articles (a regular expression). */
  pattern: z.string().max(500).nullable(),
  enabled: z.boolean(),
  /** How often to look, when the app syncs on its own. */
  intervalMinutes: z
    .number()
    .int()
    .min(15)
    .max(60 * 24 * 7),
  builtIn: z.boolean(),
})
export type Source = z.infer<typeof sourceSchema>

/** The site's article addresses in one language, on inter.kke.gr and its sister hosts. */
export function articlePattern(lang: string): string {
  return `^https?://([a-z]+\\.)?kke\\.gr/${lang}/(articles|m-article)/[^/?#]+/?$`
}

/** The built-in sources: the site's front page in each language, English on. */
export function builtInSources(): Source[] {
  return SITE_LANGUAGES.map((lang) => ({
    id: `kke-${lang}`,
    name: `inter.kke.gr (${lang})`,
    url: `https://inter.kke.gr/${lang}/`,
    pattern: articlePattern(lang),
    enabled: lang === 'en',
    intervalMinutes: 6 * 60,
    builtIn: true,
  }))
}

/** A source's pattern as a RegExp; null when it has none or it does not compile. */
export function patternOf(source: Source): RegExp | null {
  if (!source.pattern) return null
  try {
    return new RegExp(source.pattern)
  } catch {
    return null
  }
}
