import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ENGLISH } from '../../src-shared/i18n/catalogs'
import { releaseArchive, textEntry } from '../../test-support/release-archives'
import { archiveCommand } from './archive-commands'

const ROOT = new URL('../../', import.meta.url).pathname
let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-cli-archive-'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

async function run(command: string, args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line))
  try {
    return { code: await archiveCommand(command, ROOT, args, ENGLISH), out: lines.join('\n') }
  } finally {
    vi.restoreAllMocks()
  }
}

describe('the release commands', () => {
  it('make a key pair, sign and verify an archive, make a pack and apply it, in a terminal', async () => {
    const keys = join(work, 'keys')
    const made = await run('archive:keygen', ['--out', keys])
    expect(made.code).toBe(0)
    const names = (await readdir(keys)).sort()
    expect(names).toEqual([
      expect.stringMatching(/^scholion-release-[0-9a-f]{16}\.key\.pem$/),
      expect.stringMatching(/^scholion-release-[0-9a-f]{16}\.pem$/),
    ])
    const privateKey = join(keys, names[0]!)
    // The private key is for its owner only.
    expect((await stat(privateKey)).mode & 0o077).toBe(0)
    // The public one alone is what the app trusts.
    const trusted = join(work, 'trusted')
    await mkdir(trusted)
    await writeFile(join(trusted, names[1]!), await readFile(join(keys, names[1]!)))

    const old = join(work, 'old')
    const next = join(work, 'new')
    await releaseArchive(old, [textEntry('en-one', 'One.')], '2025-01-01T00:00:00.000Z')
    await releaseArchive(
      next,
      [textEntry('en-one', 'One.'), textEntry('en-two', 'Two.')],
      '2025-02-01T00:00:00.000Z',
    )
    expect((await run('archive:verify', ['--archive', old, '--release-keys', trusted])).code).toBe(
      1,
    )
    const signed = await run('archive:sign', ['--key', privateKey, '--archive', old])
    expect(signed.out).toMatch(/^Signed .* with key [0-9a-f]{16}\.$/)
    const verified = await run('archive:verify', ['--archive', old, '--release-keys', trusted])
    expect(verified).toMatchObject({
      code: 0,
      out: expect.stringContaining('all 4 files are as listed'),
    })

    const pack = join(work, 'update.scholion-archive')
    const delta = await run('archive:delta', [
      '--from',
      old,
      '--to',
      next,
      '--out',
      pack,
      '--key',
      privateKey,
    ])
    expect(delta.out).toContain('added 1, changed 0, removed 0')

    const data = join(work, 'data')
    const common = ['--archive', old, '--release-keys', trusted, '--data-dir', data]
    const look = await run('archive:apply', [pack, '--dry-run', ...common])
    expect(look.code).toBe(0)
    expect(look.out).toContain('added 1, changed 0, removed 0')
    expect(look.out).toContain('+ Title of en-two (en-two)')
    expect(await readdir(join(data, 'archives'))).toEqual([])
    const applied = await run('archive:apply', [pack, ...common])
    expect(applied.out).toMatch(
      /The archive in use is now .*archives\/r20250201T000000-[0-9a-f]{12}\./,
    )
    // Again: not newer than the archive in use now.
    const again = await run('archive:apply', [pack, ...common])
    expect(again).toMatchObject({ code: 1, out: expect.stringContaining('is not newer') })
  })

  it('never overwrites a key, and says what a command lacks', async () => {
    const keys = join(work, 'keys-2')
    await run('archive:keygen', ['--out', keys])
    const [privateName] = (await readdir(keys)).sort()
    await expect(run('archive:sign', ['--archive', join(work, 'nowhere')])).rejects.toThrow()
    await expect(run('archive:delta', ['--from', 'a'])).rejects.toThrow()
    await expect(run('archive:apply', [])).rejects.toThrow()
    await expect(run('archive:crawl', ['--since', 'yesterday'])).rejects.toThrow()
    await expect(run('archive:crawl', ['--max', '0'])).rejects.toThrow()
    expect(privateName).toBeTruthy()
  })
})
