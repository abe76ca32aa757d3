import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AnchoredAnnotation, Annotation } from '../../src-shared/annotation'
import type { ExportFile, Output, PackImport } from '../../src-shared/api'
import type { GroupArticle, GroupInfo, Reply } from '../../src-shared/group'
import type { Core } from '../core/create-core'
import { openTestApp, SEED_ARTICLE, type Call } from '../../test-support/test-core'
import { ARTICLES_DIR, MEMBERS_DIR, articleFileName } from './group-files'
import { english } from '../../test-support/english'

const ARTICLE = SEED_ARTICLE
let root: string
let clock = 0
const now = () => new Date((clock += 1000))

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'scholion-groups-'))
  clock = Date.parse('2026-05-01T10:00:00.000Z')
})
afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 5 }))

interface Member {
  call: Call
  core: Core
  name: string
}

async function member(name: string, colour: string): Promise<Member> {
  const { call, core } = await openTestApp(join(root, name), now, { watchGroups: false })
  await call('settings.update', { identity: { name, colour } })
  return { call, core, name }
}

async function textOf(m: Member): Promise<string> {
  const a = await m.call<Output<'articles.get'>>('articles.get', { id: ARTICLE })
  const { canonicalText } = await import('../../src-shared/text')
  const { articleSchema } = await import('../../src-shared/schema')
  return canonicalText(articleSchema.nodeFromJSON(a.doc)).text
}

async function highlight(m: Member, phrase: string, group?: string, note = '') {
  const text = await textOf(m)
  const start = text.indexOf(phrase)
  expect(start).toBeGreaterThanOrEqual(0)
  return m.call<AnchoredAnnotation>('annotations.create', {
    articleId: ARTICLE,
    start,
    end: start + phrase.length,
    color: 'green',
    note,
    group,
  })
}

const shared = (m: Member) => m.call<GroupArticle>('groups.forArticle', { articleId: ARTICLE })
const groupsOf = async (m: Member) =>
  (await m.call<{ groups: GroupInfo[] }>('groups.list', {})).groups
/** Both write what waits and read what the other wrote. */
async function exchange(...ms: Member[]) {
  for (const m of ms) await m.core.groups.refresh()
  for (const m of ms) await m.core.groups.refresh()
}

/** Everything each member sees in the article: own and others' annotations, and replies. */
async function everything(m: Member) {
  const own = await m.call<{ annotations: Annotation[] }>('annotations.forArticle', {
    articleId: ARTICLE,
  })
  const view = await shared(m)
  const annotations = [
    ...own.annotations.filter((a) => a.group),
    ...view.others.map((a) => ({ ...a, colour: undefined, groupId: undefined })),
  ]
    .map((a) => `${a.id} ${a.creator.name} ${a.note} ${a.quote.exact}`)
    .sort()
  const replies = view.replies.map((r) => `${r.id} ${r.creator.name} ${r.text}`).sort()
  return { annotations, replies }
}

describe('study groups through a shared folder', () => {
  let folder: string
  let ana: Member
  let ben: Member
  let groupId: string

  beforeEach(async () => {
    folder = join(root, 'Syncthing', 'reading-group')
    await mkdir(folder, { recursive: true })
    ana = await member('Ana', '#be185d')
    ben = await member('Ben', '#0e7490')
    const made = await ana.call<GroupInfo>('groups.create', { folder, name: 'Capital, vol. 1' })
    groupId = made.id
    const joined = await ben.call<GroupInfo>('groups.join', { folder })
    expect(joined.id).toBe(groupId)
    expect(joined.name).toBe('Capital, vol. 1')
  })
  afterEach(() => {
    ana.core.groups.close()
    ben.core.groups.close()
  })

  it('asks for a name and colour before a group, and refuses folders that hold none', async () => {
    const { call, core } = await openTestApp(join(root, 'nameless'), now, { watchGroups: false })
    await expect(call('groups.join', { folder })).rejects.toThrow(/name and colour/)
    await call('settings.update', { identity: { name: 'Cleo', colour: '#15803d' } })
    await expect(call('groups.join', { folder: join(root, 'nowhere') })).rejects.toThrow(
      /no group in/,
    )
    await expect(call('groups.create', { folder, name: 'Again' })).rejects.toThrow(
      /already holds the group “Capital, vol. 1”: join it/,
    )
    await expect(call('groups.join', { folder })).resolves.toMatchObject({ id: groupId })
    await expect(call('groups.join', { folder })).rejects.toThrow(/already in/)
    core.groups.close()
  })

  it('keeps each member to files of its own, one small file per article', async () => {
    await highlight(ana, 'class struggle', groupId)
    await highlight(ben, 'working class', groupId)
    await highlight(ana, 'capitalism', undefined, 'private thought')
    await exchange(ana, ben)
    const members = await readdir(join(folder, MEMBERS_DIR))
    expect(members.sort()).toEqual([ana, ben].map((m) => m.core.groups.list().me.id).sort())
    const anaFile = join(
      folder,
      MEMBERS_DIR,
      ana.core.groups.list().me.id,
      ARTICLES_DIR,
      articleFileName(ARTICLE),
    )
    const page = JSON.parse(await readFile(anaFile, 'utf8')) as {
      type: string
      items: { creator: { name: string }; body: unknown }[]
    }
    expect(page.type).toBe('AnnotationPage')
    // The private note is not shared.
    expect(page.items).toHaveLength(1)
    expect(JSON.stringify(page)).not.toContain('private thought')
    expect(page.items[0]!.creator.name).toBe('Ana')
  })

  it('converges: highlights, replies, edits and deletions reach both, whoever made them', async () => {
    const a1 = await highlight(ana, 'class struggle', groupId, 'Ana’s first')
    const b1 = await highlight(ben, 'working class', groupId, 'Ben’s first')
    await exchange(ana, ben)
    const atBen = await shared(ben)
    expect(atBen.others.map((a) => [a.id, a.creator.name, a.colour])).toEqual([
      [a1.id, 'Ana', '#be185d'],
    ])
    expect(atBen.others[0]!.anchor).not.toBeNull()
    expect(atBen.members.map((m) => m.name).sort()).toEqual(['Ana', 'Ben'])

    // Replies under each other's annotations, at the same time.
    await ben.call<Reply>('groups.reply', {
      groupId,
      articleId: ARTICLE,
      annotationId: a1.id,
      text: 'Why *this* passage?',
    })
    const anaReply = await ana.call<Reply>('groups.reply', {
      groupId,
      articleId: ARTICLE,
      annotationId: b1.id,
      text: 'Agreed.',
    })
    // Edits and deletions, at the same time.
    await ana.call('annotations.update', { articleId: ARTICLE, id: a1.id, note: 'Ana, revised' })
    await ben.call('annotations.delete', { articleId: ARTICLE, id: b1.id })
    await ana.call('groups.editReply', { groupId, id: anaReply.id, text: 'Agreed, mostly.' })
    await exchange(ana, ben)

    const [atAna, atBen2] = [await everything(ana), await everything(ben)]
    expect(atAna).toEqual(atBen2)
    expect(atAna.annotations).toEqual([`${a1.id} Ana Ana, revised class struggle`])
    expect(atAna.replies.map((r) => r.replace(/^\S+ /, '')).sort()).toEqual(
      ['Ana Agreed, mostly.', 'Ben Why *this* passage?'].sort(),
    )
    // Others' words cannot be changed here.
    const bens = (await shared(ana)).replies.find((r) => r.creator.name === 'Ben')!
    await expect(ana.call('groups.editReply', { groupId, id: bens.id, text: 'x' })).rejects.toThrow(
      /not yours/,
    )

    // Taking an annotation back out of the group reaches the others as a deletion.
    await ana.call('annotations.update', { articleId: ARTICLE, id: a1.id, group: null })
    await exchange(ana, ben)
    expect((await shared(ben)).others).toEqual([])
  })

  it('shows the others an annotation where it was attached again, with its replies', async () => {
    const a1 = await highlight(ana, 'class struggle', groupId, 'Ana’s note')
    await exchange(ana, ben)
    await ben.call<Reply>('groups.reply', {
      groupId,
      articleId: ARTICLE,
      annotationId: a1.id,
      text: 'Still about this?',
    })
    const text = await textOf(ana)
    const start = text.indexOf('working class')
    await ana.call('annotations.reanchor', {
      articleId: ARTICLE,
      id: a1.id,
      start,
      end: start + 'working class'.length,
    })
    await exchange(ana, ben)
    const atBen = await shared(ben)
    expect(atBen.others.map((a) => [a.id, a.note, a.quote.exact, a.anchor?.start])).toEqual([
      [a1.id, 'Ana’s note', 'working class', start],
    ])
    expect(atBen.replies.map((r) => [r.annotationId, r.text])).toEqual([
      [a1.id, 'Still about this?'],
    ])
  })

  it('keeps several groups apart: each sees only what was shared with it', async () => {
    const second = join(root, 'USB', 'trade-unions')
    await mkdir(second, { recursive: true })
    const other = await ana.call<GroupInfo>('groups.create', { folder: second, name: 'Unions' })
    const cleo = await member('Cleo', '#15803d')
    await cleo.call('groups.join', { folder: second })
    await ben.call('groups.join', { folder: second })
    const forFirst = await highlight(ana, 'class struggle', groupId)
    const forSecond = await highlight(ana, 'working class', other.id)
    await exchange(ana, ben, cleo)
    const atBen = await shared(ben)
    expect(atBen.others.map((a) => [a.id, a.groupId]).sort()).toEqual(
      [
        [forFirst.id, groupId],
        [forSecond.id, other.id],
      ].sort(),
    )
    expect((await shared(cleo)).others.map((a) => a.id)).toEqual([forSecond.id])
    expect((await groupsOf(ben)).map((g) => g.name).sort()).toEqual(['Capital, vol. 1', 'Unions'])
    cleo.core.groups.close()
  })

  it('lists the others’ annotations in the notebook, with their author and colour', async () => {
    const a1 = await highlight(ana, 'class struggle', groupId, 'Ana’s note')
    await highlight(ben, 'working class', groupId)
    await exchange(ana, ben)
    const page = await ben.call<Output<'annotations.query'>>('annotations.query', {})
    expect(page.total).toBe(2)
    const anas = page.items.find((i) => i.id === a1.id)!
    expect(anas).toMatchObject({ colour: '#be185d', creator: { name: 'Ana' }, note: 'Ana’s note' })
    expect(page.authors.map((a) => [a.name, a.count, a.colour ?? null]).sort()).toEqual([
      ['Ana', 1, '#be185d'],
      ['Ben', 1, null],
    ])
    const onlyAna = await ben.call<Output<'annotations.query'>>('annotations.query', {
      author: anas.creator.id,
    })
    expect(onlyAna.items.map((i) => i.id)).toEqual([a1.id])

    // A new name reaches the others, on what was written under the old one too.
    await ana.call('settings.update', { identity: { name: 'Ana K.' } })
    await exchange(ana, ben)
    expect((await shared(ben)).others.map((a) => a.creator.name)).toEqual(['Ana K.'])
  })

  it('skips a truncated or newer member file with a warning and keeps the last good copy', async () => {
    const a1 = await highlight(ana, 'class struggle', groupId)
    await exchange(ana, ben)
    const file = join(
      folder,
      MEMBERS_DIR,
      ana.core.groups.list().me.id,
      ARTICLES_DIR,
      articleFileName(ARTICLE),
    )
    const good = await readFile(file, 'utf8')
    await writeFile(file, good.slice(0, good.length / 2))
    await ben.core.groups.refresh()
    let info = (await groupsOf(ben))[0]!
    expect(english(info.warnings[0]?.reason)).toMatch(/incomplete or damaged/)
    const notices = (await ben.call<Output<'app.info'>>('app.info', {})).notices
    expect(notices.map((n) => english(n.message))).toContainEqual(
      expect.stringContaining('from another member of “Capital, vol. 1” could not be read'),
    )
    expect((await shared(ben)).others.map((a) => a.id)).toEqual([a1.id])

    await writeFile(file, good.replace('"scholion:format":1', '"scholion:format":7'))
    await ben.core.groups.refresh()
    info = (await groupsOf(ben))[0]!
    expect(english(info.warnings[0]?.reason)).toMatch(/newer version of Scholion \(format 7\)/)
    expect((await shared(ben)).others.map((a) => a.id)).toEqual([a1.id])
    // Ben's own annotations are untouched by it all.
    const mine = await highlight(ben, 'working class', groupId)
    expect(mine.group).toBe(groupId)

    await writeFile(file, good)
    await ben.core.groups.refresh()
    expect((await groupsOf(ben))[0]!.warnings).toEqual([])
  })

  it('queues changes while the folder is gone and writes them when it returns', async () => {
    const a1 = await highlight(ana, 'class struggle', groupId)
    await exchange(ana, ben)
    const away = `${folder}-unmounted`
    await rename(folder, away)
    const a2 = await highlight(ana, 'working class', groupId, 'written offline')
    await ana.core.groups.refresh()
    await ben.core.groups.refresh()
    const anaInfo = (await groupsOf(ana))[0]!
    expect(anaInfo.status).toBe('missing')
    expect(anaInfo.pending).toBe(1)
    // The folder is not made again where it was (it may be an unmounted disk).
    await expect(readdir(folder)).rejects.toThrow()
    // Ben still sees what was shared, from his copy, after a restart too.
    await ben.core.flush()
    ben.core.groups.close()
    ben = { ...ben, ...(await openTestApp(join(root, 'Ben'), now, { watchGroups: false })) }
    expect((await shared(ben)).others.map((a) => a.id)).toEqual([a1.id])
    expect((await groupsOf(ben))[0]!.status).toBe('missing')

    await rename(away, folder)
    await exchange(ana, ben)
    expect((await groupsOf(ana))[0]).toMatchObject({ status: 'connected', pending: 0 })
    expect((await shared(ben)).others.map((a) => a.id).sort()).toEqual([a1.id, a2.id].sort())
  })

  it('leaving keeps a read-only copy of what was shared', async () => {
    const b1 = await highlight(ben, 'working class', groupId)
    await exchange(ana, ben)
    const left = await ana.call<GroupInfo>('groups.leave', { groupId })
    expect(left.status).toBe('left')
    expect((await shared(ana)).others.map((a) => a.id)).toEqual([b1.id])
    await expect(highlight(ana, 'class struggle', groupId)).rejects.toThrow(/only with a group/)
    await expect(
      ana.call('groups.reply', { groupId, articleId: ARTICLE, annotationId: b1.id, text: 'x' }),
    ).rejects.toThrow(/left this group/)
  })

  it('carries a group by pack file to a machine without the folder', async () => {
    const a1 = await highlight(ana, 'class struggle', groupId, 'from Ana')
    const b1 = await highlight(ben, 'working class', groupId)
    await exchange(ana, ben)
    await ben.call('groups.reply', {
      groupId,
      articleId: ARTICLE,
      annotationId: a1.id,
      text: 'from Ben',
    })
    await exchange(ana, ben)
    const pack = await ana.call<ExportFile>('groups.exportPack', { groupId })
    expect(pack.name).toBe('Capital vol 1.scholion-group.jsonld')

    const cleo = await member('Cleo', '#15803d')
    const taken = await cleo.call<PackImport>('groups.importPack', { content: pack.content })
    expect(taken).toMatchObject({ members: 2, annotations: 2, replies: 1, skipped: [] })
    expect(taken.group).toMatchObject({ id: groupId, status: 'pack', folder: null })
    const view = await shared(cleo)
    expect(view.others.map((a) => a.id).sort()).toEqual([a1.id, b1.id].sort())
    expect(view.replies.map((r) => r.text)).toEqual(['from Ben'])
    // Again: nothing doubles.
    await cleo.call('groups.importPack', { content: pack.content })
    expect((await shared(cleo)).others).toHaveLength(2)

    // A later pack carries a deletion.
    await ana.call('annotations.delete', { articleId: ARTICLE, id: a1.id })
    await exchange(ana)
    const later = await ana.call<ExportFile>('groups.exportPack', { groupId })
    await cleo.call('groups.importPack', { content: later.content })
    expect((await shared(cleo)).others.map((a) => a.id)).toEqual([b1.id])

    await expect(
      cleo.call('groups.importPack', { content: later.content.slice(0, 200) }),
    ).rejects.toThrow(/not a complete group pack/)
    await expect(
      cleo.call('groups.importPack', {
        content: later.content.replace('"scholion:format": 1', '"scholion:format": 3'),
      }),
    ).rejects.toThrow(/newer version of Scholion \(format 3\)/)
    cleo.core.groups.close()
  })
})
