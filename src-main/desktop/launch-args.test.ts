import { expect, it } from 'vitest'
import { packFilesInArgs } from './launch-args'

it('finds annotation packs among the arguments, not options or links', () => {
  expect(
    packFilesInArgs([
      '--no-sandbox',
      '/home/a/Group notes.scholion',
      'C:\\Users\\a\\export.JSONLD',
      'scholion://article/x',
      '--file=x.scholion',
      'notes.md',
    ]),
  ).toEqual(['/home/a/Group notes.scholion', 'C:\\Users\\a\\export.JSONLD'])
})
