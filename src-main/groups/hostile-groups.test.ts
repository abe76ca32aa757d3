// A study group as an attacker in it, or a broken sync, would make it: packs and member files
// with reserved ids, FIFOs, devices and links in the shared folder, one's own folder swapped
// for a link, relative and non-empty folders. Each gives a clear warning or error, nothing
// outside the group folder is read or written, and the app keeps answering.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Output, ExportFile, PackImport } from '../../src-shared/api'
import type { AnchoredAnnotation } from '../../src-shared/annotation'
import type { GroupInfo } from '../../src-shared/group'
import type { Core } from '../core/create-core'
import { openTestApp, SEED_ARTICLE, type Call } from '../../test-support/test-core'
import { ARTICLES_DIR, MEMBERS_DIR, articleFileName } from './group-files'
import { english } from '../../test-support/english'

let root: string
let clock = 0
const now = () => new Date((clock += 1000))
const opened: Core[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'scholion-hostile-groups-'))
  clock = Date.parse('2026-06-01T10:00:00.000Z')
})
afterEach(async () => {
  for (const core of opened.splice(0)) core.groups.close()
  await rm(root, { recursive: true, force: true, maxRetries: 5 })
})

async function person(name: string): Promise<{ call: Call; core: Core }> {
  const app = await openTestApp(join(root, name), now, { watchGroups: false })
  opened.push(app.core)
  await app.call('settings.update', { identity: { name, colour: '#0e7490' } })
  return app
}

async function highlightIn(call: Call, groupId: string): Promise<AnchoredAnnotation> {
  return call<AnchoredAnnotation>('annotations.create', {
    articleId: SEED_ARTICLE,
    start: 10,
    end: 40,
    color: 'green',
    note: 'shared',
    group: groupId,
  })
}

/** Still answering: an annotation is saved and an article opens. */
async function stillAnswers(call: Call): Promise<void> {
  const a = await call<AnchoredAnnotation>('annotations.create', {
    articleId: SEED_ARTICLE,
    start: 50,
    end: 60,
    color: 'yellow',
  })
  expect(a.id).toBeTruthy()
  const article = await call<Output<'articles.get'>>('articles.get', { id: SEED_ARTICLE })
  expect(article.doc).toBeTruthy()
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()

describe('group packs with reserved ids', () => {
  it('skips members and items named __proto__, constructor or prototype, and pollutes nothing', async () => {
    const before = prototypeKeys()
    const ana = await person('Ana')
    const folder = join(root, 'shared')
    await mkdir(folder)
    const group = await ana.call<GroupInfo>('groups.create', { folder, name: 'Group' })
    await highlightIn(ana.call, group.id)
    await ana.core.groups.refresh()
    const pack = await ana.call<ExportFile>('groups.exportPack', { groupId: group.id })
    const anaId = (await ana.call<{ me: { id: string } }>('groups.list', {})).me.id

    const cleo = await person('Cleo')
    for (const bad of ['__proto__', 'constructor', 'prototype']) {
      const hostile = pack.content.replaceAll(anaId, bad)
      const taken = await cleo.call<PackImport>('groups.importPack', { content: hostile })
      expect(taken.annotations).toBe(0)
      expect(taken.skipped.map(english).join(' ')).toContain('an id Scholion does not take')
      const articleKey = pack.content.replaceAll(SEED_ARTICLE, bad)
      await cleo.call<PackImport>('groups.importPack', { content: articleKey })
    }
    expect(prototypeKeys()).toEqual(before)
    expect(({} as Record<string, unknown>)[SEED_ARTICLE]).toBeUndefined()
    await stillAnswers(cleo.call)
    expect((await cleo.call<{ groups: GroupInfo[] }>('groups.list', {})).groups).toHaveLength(1)
  })
})

describe('a hostile group folder', () => {
  let folder: string
  let ana: { call: Call; core: Core }
  let ben: { call: Call; core: Core }
  let groupId: string
  let benDir: string

  beforeEach(async () => {
    folder = join(root, 'shared')
    await mkdir(folder)
    ana = await person('Ana')
    ben = await person('Ben')
    groupId = (await ana.call<GroupInfo>('groups.create', { folder, name: 'Group' })).id
    await ben.call('groups.join', { folder })
    await highlightIn(ben.call, groupId)
    await ben.core.groups.refresh()
    const me = (await ben.call<{ me: { id: string } }>('groups.list', {})).me.id
    benDir = join(folder, MEMBERS_DIR, me)
  })

  const warningsOf = async (call: Call) =>
    (await call<{ groups: GroupInfo[] }>('groups.list', {})).groups[0]!.warnings

  it('never opens FIFOs: they are named in a warning and the app keeps answering', async () => {
    const evil = join(folder, MEMBERS_DIR, 'mallory')
    await mkdir(join(evil, ARTICLES_DIR), { recursive: true })
    execFileSync('mkfifo', [join(evil, 'member.json')])
    for (let i = 0; i < 4; i++) {
      execFileSync('mkfifo', [join(evil, ARTICLES_DIR, `${i}.jsonld`)])
    }
    await ana.core.groups.refresh()
    const warnings = await warningsOf(ana.call)
    const fifo = warnings.filter((w) => w.member === 'mallory')
    expect(fifo).toHaveLength(5)
    expect(fifo.every((w) => english(w.reason).includes('named pipe (FIFO)'))).toBe(true)
    // What Ben shared is read all the same.
    const view = await ana.call<{ others: unknown[] }>('groups.forArticle', {
      articleId: SEED_ARTICLE,
    })
    expect(view.others).toHaveLength(1)
    await stillAnswers(ana.call)
    // Again and again: the scan never waits on them.
    await ana.core.groups.refresh()
    await stillAnswers(ana.call)
  })

  it('does not follow links: a member file pointing at a system file, or at /dev/zero', async () => {
    const evil = join(folder, MEMBERS_DIR, 'mallory')
    await mkdir(join(evil, ARTICLES_DIR), { recursive: true })
    const secret = join(root, 'secret.txt')
    await writeFile(secret, 'TOP-SECRET-CONTENT')
    await symlink(secret, join(evil, 'member.json'))
    await symlink('/dev/zero', join(evil, ARTICLES_DIR, 'zero.jsonld'))
    await ana.core.groups.refresh()
    const warnings = (await warningsOf(ana.call)).filter((w) => w.member === 'mallory')
    expect(warnings.map((w) => english(w.reason))).toEqual([
      expect.stringContaining('a link'),
      expect.stringContaining('a link'),
    ])
    expect(JSON.stringify(warnings)).not.toContain('TOP-SECRET')
    await stillAnswers(ana.call)
  })

  it("does not read another member's articles folder that leads outside the group", async () => {
    // Outside: a copy of Ben's real file, so it would be taken if the link were followed.
    const outside = join(root, 'outside')
    await mkdir(outside)
    const benFile = (await readdir(join(benDir, ARTICLES_DIR)))[0]!
    await writeFile(
      join(outside, benFile),
      await readFile(join(benDir, ARTICLES_DIR, benFile), 'utf8'),
    )
    const evil = join(folder, MEMBERS_DIR, 'mallory')
    await mkdir(evil)
    await symlink(outside, join(evil, ARTICLES_DIR))
    await symlink(outside, join(folder, MEMBERS_DIR, 'trudy'))
    await ana.core.groups.refresh()
    const warnings = await warningsOf(ana.call)
    expect(english(warnings.find((w) => w.member === 'mallory')?.reason)).toContain('a link')
    expect(english(warnings.find((w) => w.member === 'trudy')?.reason)).toContain('a link')
    // Nothing from outside was copied into Ana's data folder.
    const copies = join(root, 'Ana', 'groups', groupId, 'copy', MEMBERS_DIR)
    expect(existsSync(join(copies, 'mallory'))).toBe(false)
    expect(existsSync(join(copies, 'trudy'))).toBe(false)
  })

  it('never writes outside the group when its own articles folder is swapped for a link', async () => {
    const outside = join(root, 'elsewhere')
    await mkdir(outside)
    await rm(join(benDir, ARTICLES_DIR), { recursive: true })
    await symlink(outside, join(benDir, ARTICLES_DIR))
    await highlightIn(ben.call, groupId)
    await ben.core.groups.refresh()
    expect(await readdir(outside)).toEqual([])
    const warning = (await warningsOf(ben.call)).find((w) => w.file.startsWith('members/'))
    expect(english(warning?.reason)).toMatch(/cannot be written: members\/.+\/articles is a link/)
    // Mended, the waiting file is written.
    await rm(join(benDir, ARTICLES_DIR))
    await ben.core.groups.refresh()
    expect(await readdir(join(benDir, ARTICLES_DIR))).toContain(articleFileName(SEED_ARTICLE))
    expect(await warningsOf(ben.call)).toEqual([])
  })
})

describe('group folders the user types', () => {
  it('takes full paths and ~, and refuses relative and non-empty folders', async () => {
    const home = join(root, 'home')
    await mkdir(join(home, 'Sync', 'group'), { recursive: true })
    const app = await openTestApp(join(root, 'Dee'), now, { watchGroups: false, home })
    opened.push(app.core)
    await app.call('settings.update', { identity: { name: 'Dee', colour: '#0e7490' } })
    for (const relative of ['.', 'relgroup', 'Sync/group']) {
      await expect(app.call('groups.create', { folder: relative, name: 'G' })).rejects.toThrow(
        /is not a full path/,
      )
      await expect(app.call('groups.join', { folder: relative })).rejects.toThrow(
        /is not a full path/,
      )
    }
    const busy = join(root, 'busy')
    await mkdir(busy)
    await writeFile(join(busy, 'thesis.docx'), 'mine')
    await writeFile(join(busy, '.stfolder'), '')
    await expect(app.call('groups.create', { folder: busy, name: 'G' })).rejects.toThrow(
      /is not empty \(it holds “thesis.docx”\)/,
    )
    const made = await app.call<GroupInfo>('groups.create', { folder: '~/Sync/group', name: 'G' })
    expect(made.folder).toBe(join(home, 'Sync', 'group'))
  })
})
