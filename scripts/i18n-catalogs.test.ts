// The catalogs are complete and agree: every language has every key of the English one and no
// other, each message parses, has the same arguments and tags as the English, and each plural
// has the categories its language needs (Intl.PluralRules); every key is used by the code.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../src-shared/i18n/catalogs'
import { en } from '../src-shared/i18n/catalogs/en'
import { enCore } from '../src-shared/i18n/catalogs/en-core'
import { UI_LANGUAGES } from '../src-shared/i18n/languages'

const ROOT = new URL('../', import.meta.url).pathname

interface Shape {
  args: Record<string, string>
  tags: string[]
  plurals: { name: string; options: string[] }[]
}

function shapeOf(message: string): Shape {
  const shape: Shape = { args: {}, tags: [], plurals: [] }
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument) shape.args[e.value] = 'text'
      else if (e.type === TYPE.number) shape.args[e.value] = 'number'
      else if (e.type === TYPE.date || e.type === TYPE.time) shape.args[e.value] = 'date'
      else if (e.type === TYPE.select) {
        shape.args[e.value] = 'select'
        for (const o of Object.values(e.options)) walk(o.value)
      } else if (e.type === TYPE.plural) {
        shape.args[e.value] = 'plural'
        shape.plurals.push({ name: e.value, options: Object.keys(e.options) })
        for (const o of Object.values(e.options)) walk(o.value)
      } else if (e.type === TYPE.tag) {
        shape.tags.push(e.value)
        walk(e.children)
      }
    }
  }
  walk(parse(message))
  shape.tags.sort()
  return shape
}

const keys = Object.keys(en).sort()

it('keeps the core’s keys apart from the page’s (a key in both would hide one message)', () => {
  const page = readFileSync(join(ROOT, 'src-shared/i18n/catalogs/en.ts'), 'utf8')
  const shared = Object.keys(enCore).filter((k) => page.includes(`'${k}':`))
  expect(shared).toEqual([])
})

describe.each(UI_LANGUAGES)('the %s catalog', (lang) => {
  it('has every key of the English catalog and no other', async () => {
    expect(Object.keys(await loadCatalog(lang)).sort()).toEqual(keys)
  })

  it('has, in every message, the arguments and tags of the English one', async () => {
    const catalog = await loadCatalog(lang)
    const mismatched = keys.filter((key) => {
      const [mine, source] = [
        shapeOf(catalog[key as keyof typeof en]),
        shapeOf(en[key as keyof typeof en]),
      ]
      // Arguments may come in another order in another language.
      const sig = (s: Shape) => JSON.stringify([Object.entries(s.args).sort(), s.tags])
      return sig(mine) !== sig(source)
    })
    expect(mismatched).toEqual([])
  })

  it('gives every plural the categories the language needs', async () => {
    const catalog = await loadCatalog(lang)
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
    const lacking: string[] = []
    for (const key of keys) {
      for (const plural of shapeOf(catalog[key as keyof typeof en]).plurals) {
        const missing = needed.filter((c) => !plural.options.includes(c))
        if (missing.length) lacking.push(`${key}: ${plural.name} lacks ${missing.join(', ')}`)
      }
    }
    expect(lacking).toEqual([])
  })

  it('has no message left in English where a translation belongs', async () => {
    if (lang === 'en') return
    const catalog = await loadCatalog(lang)
    // The same text is right for names and symbols ("Scholion", "Markdown", "CSV"), for
    // messages made only of values, and for words some languages share; anything of more than a
    // few words must differ.
    const NAMES = new Set(['import.formatScholion', 'import.formatW3c'])
    const words = (text: string) =>
      text.replace(/\{[^{}]*\}/g, ' ').match(/\p{L}{2,}/gu)?.length ?? 0
    const same = keys.filter((k) => {
      const text = catalog[k as keyof typeof en]
      return text === en[k as keyof typeof en] && words(text) > 3 && !NAMES.has(k)
    })
    expect(same).toEqual([])
  })
})

/** Every source file the app is built from (no tests, no catalogs). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'catalogs' ? [] : sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

it('uses every key of the catalogs in the code', () => {
  const code = ['src-renderer', 'src-main', 'src-shared']
    .flatMap((d) => sources(join(ROOT, d)))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
  const unused = keys.filter((k) => !code.includes(`'${k}'`))
  expect(unused).toEqual([])
})
