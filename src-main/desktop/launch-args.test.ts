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

it('reads a relative file from the folder the launch was made in, not this process’s', () => {
  expect(packFilesInArgs(['notes.scholion', 'sub/b.jsonld'], '/home/b/work')).toEqual([
    '/home/b/work/notes.scholion',
    '/home/b/work/sub/b.jsonld',
  ])
})
