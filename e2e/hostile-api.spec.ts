// The hostile inputs of docs/security.md through the HTTP API of the real server, as another
// member's pack or a broken shared folder reaches it: each gets a clear answer, and the server
// keeps answering every other call.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import type { RunningServer } from './server'
import type { Message } from '../src-shared/i18n/translate'
import { english } from '../test-support/english'

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

async function api<T>(server: RunningServer, method: string, input: unknown): Promise<Answer<T>> {
  const r = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
  return (await r.json()) as Answer<T>
}

async function stillAnswers(server: RunningServer): Promise<void> {
  expect((await api(server, 'app.info', {})).ok).toBe(true)
  const made = await api<{ id: string }>(server, 'annotations.create', {
    articleId: 'en-the-class-struggle-cannot-be-denigrated',
    start: 10,
    end: 30,
    color: 'yellow',
  })
  expect(made.ok).toBe(true)
}

test('a group pack naming __proto__ is refused item by item, and every call still works', async ({
  server,
}) => {
  await api(server, 'settings.update', { identity: { name: 'Cleo', colour: '#0e7490' } })
  const pack = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    'scholion:format': 1,
    'scholion:group': {
      id: 'urn:uuid:6f1c1f1e-0000-4000-8000-000000000009',
      name: 'Hostile',
      created: '2026-01-01T00:00:00.000Z',
      'scholion:format': 1,
    },
    'scholion:members': [{ id: '__proto__', name: 'x', 'scholion:colour': '#000000' }],
    first: {
      items: [
        {
          id: 'urn:uuid:1',
          type: 'Annotation',
          creator: { id: '__proto__', name: 'x' },
          'scholion:article': 'en-the-class-struggle-cannot-be-denigrated',
          target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: 'class' } },
          created: '2026-01-01T00:00:00.000Z',
        },
      ],
    },
  }
  const taken = await api<{ skippedCount: number; skipped: string[] }>(
    server,
    'groups.importPack',
    { content: JSON.stringify(pack) },
  )
  expect(taken.ok).toBe(true)
  expect(taken.ok && taken.value.skippedCount).toBe(2)
  await stillAnswers(server)
})

test('FIFOs and links in a shared folder are named, never opened, and the server answers', async ({
  server,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'scholion-hostile-folder-'))
  try {
    await api(server, 'settings.update', { identity: { name: 'Ana', colour: '#be185d' } })
    const folder = join(root, 'group')
    await mkdir(folder)
    const made = await api<{ id: string }>(server, 'groups.create', { folder, name: 'G' })
    expect(made.ok).toBe(true)
    const evil = join(folder, 'members', 'mallory', 'articles')
    await mkdir(evil, { recursive: true })
    for (let i = 0; i < 4; i++) execFileSync('mkfifo', [join(evil, `${i}.jsonld`)])
    await symlink('/etc/passwd', join(folder, 'members', 'mallory', 'member.json'))
    // The server polls the folder every second: give it a few looks.
    await expect
      .poll(
        async () => {
          const list = await api<{ groups: { warnings: { reason: Message }[] }[] }>(
            server,
            'groups.list',
            {},
          )
          return list.ok ? list.value.groups[0]!.warnings.map((w) => english(w.reason)).sort() : []
        },
        { timeout: 10_000 },
      )
      .toEqual([
        expect.stringContaining('a link'),
        ...Array(4).fill(expect.stringContaining('named pipe (FIFO)')),
      ])
    await stillAnswers(server)
    const relative = await api(server, 'groups.join', { folder: 'relgroup' })
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})
