import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleSchema } from '../../src-shared/schema'
import { canonicalText } from '../../src-shared/text'
import { BUNDLED_ARCHIVE } from '../../test-support/test-core'
import { canonicalTextFromJson } from './canonical-json'
import { readCatalogFile } from './catalog/catalog'
import { importPlainText } from './import/import-text'

const same = (json: unknown) =>
  expect(canonicalTextFromJson(json)).toEqual(canonicalText(articleSchema.nodeFromJSON(json)))

describe('canonicalTextFromJson', () => {
  it('gives what canonicalText gives for the bundled article', async () => {
    const read = await readCatalogFile(BUNDLED_ARCHIVE)
    if (read.state !== 'ok') throw new Error('no catalog')
    for (let i = 0; i < read.catalog.count; i++) {
      const hash = read.catalog.contentHash(i)
      same(JSON.parse(await readFile(join(BUNDLED_ARCHIVE, 'docs', `${hash}.json`), 'utf8')))
    }
  })

  it('gives the same for headings, lists, quotes, hard breaks, marks and decomposed text', () => {
    same(
      importPlainText({
        text: 'Title\n\nOne paragraph.\n\nΜια παράγραφος.\n',
        lang: 'el',
      }).doc.toJSON(),
    )
    const nodes = Object.keys(articleSchema.nodes)
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Head' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Cafe\u0301 ' },
            { type: 'text', marks: [{ type: 'em' }], text: 'emph' },
            { type: 'hard_break' },
            { type: 'text', text: 'after 😀 break' },
          ],
        },
        ...(nodes.includes('blockquote')
          ? [
              {
                type: 'blockquote',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }],
              },
            ]
          : []),
        ...(nodes.includes('bullet_list')
          ? [
              {
                type: 'bullet_list',
                content: [
                  {
                    type: 'list_item',
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }],
                  },
                ],
              },
            ]
          : []),
        { type: 'horizontal_rule' },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Last' }] },
      ],
    }
    same(doc)
  })
})
