// A study-group folder at benchmark size: 10 members × 100 articles × 50 annotations (1,000
// member files), written as members write them. Used by bench:groups and bench:responsive.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation } from '../src-shared/annotation'
import type { Reply } from '../src-shared/group'
import {
  ARTICLES_DIR,
  MANIFEST,
  MEMBERS_DIR,
  MEMBER_FILE,
  articleFileName,
  writeManifest,
  writeMember,
  writeMemberArticle,
} from '../src-main/groups/group-files'
import { syntheticAnnotation } from './synthetic-annotation'

export const MEMBERS = 10
export const ARTICLES = 100
export const PER_ARTICLE = 50
export const GROUP = '6f1c1f1e-0000-4000-8000-000000000001'

export const memberId = (m: number) => `0000000${m}-1111-4000-8000-000000000000`

export function annotation(m: number, articleId: string, n: number, stamp: string): Annotation {
  return syntheticAnnotation(articleId, n, {
    id: `${memberId(m)}-${articleId}-${n}`,
    note: n % 3 ? '' : 'A note with **some** Markdown and a [link](https://example.org).',
    creator: { id: memberId(m), name: `Member ${m}` },
    created: stamp,
    group: GROUP,
  })
}

export function articleFile(m: number, a: number, stamp: string): string {
  const articleId = `en-article-${a}`
  const annotations = Array.from({ length: PER_ARTICLE }, (_, n) =>
    annotation(m, articleId, n, stamp),
  )
  const replies: Reply[] = Array.from({ length: 5 }, (_, n) => ({
    id: `${memberId(m)}-${articleId}-reply-${n}`,
    groupId: GROUP,
    articleId,
    annotationId: `${memberId((m + 1) % MEMBERS)}-${articleId}-${n}`,
    text: 'I read this passage differently: see the next paragraph.',
    creator: { id: memberId(m), name: `Member ${m}` },
    created: stamp,
    modified: stamp,
  }))
  return writeMemberArticle(
    memberId(m),
    { articleId, annotations, replies, deleted: [] },
    `https://inter.kke.gr/en/articles/${a}/`,
    stamp,
  )
}

export async function makeFolder(root: string): Promise<string> {
  const folder = join(root, 'group')
  await mkdir(folder, { recursive: true })
  const stamp = '2026-01-01T00:00:00.000Z'
  await writeFile(
    join(folder, MANIFEST),
    writeManifest({ id: GROUP, name: 'Bench', created: stamp }),
  )
  for (let m = 0; m < MEMBERS; m++) {
    const dir = join(folder, MEMBERS_DIR, memberId(m))
    await mkdir(join(dir, ARTICLES_DIR), { recursive: true })
    await writeFile(
      join(dir, MEMBER_FILE),
      writeMember({ id: memberId(m), name: `Member ${m}`, colour: '#1d4ed8' }, stamp),
    )
    for (let a = 0; a < ARTICLES; a++) {
      await writeFile(
        join(dir, ARTICLES_DIR, articleFileName(`en-article-${a}`)),
        articleFile(m, a, stamp),
      )
    }
  }
  return folder
}
