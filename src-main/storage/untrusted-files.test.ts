import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureRealDir, isInside, readUntrustedFile } from './untrusted-files'
import { english } from '../../test-support/english'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-untrusted-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('readUntrustedFile', () => {
  it('reads a regular file', async () => {
    await writeFile(join(dir, 'a.json'), '{"ok":true}')
    const r = await readUntrustedFile(join(dir, 'a.json'), { maxBytes: 100 })
    expect(r.ok && r.text).toBe('{"ok":true}')
  })

  it('refuses links, FIFOs, sockets, devices and folders without opening them', async () => {
    await writeFile(join(dir, 'real'), 'x')
    await symlink(join(dir, 'real'), join(dir, 'link'))
    await symlink('/dev/zero', join(dir, 'zero'))
    execFileSync('mkfifo', [join(dir, 'fifo')])
    const socket = createServer()
    await new Promise<void>((done) => socket.listen(join(dir, 'sock'), done))
    await mkdir(join(dir, 'folder'))
    const reason = async (name: string) => {
      const r = await readUntrustedFile(join(dir, name), { maxBytes: 100 })
      return r.ok ? 'read' : english(r.reason)
    }
    expect(await reason('link')).toContain('a link')
    expect(await reason('zero')).toContain('a link')
    expect(await reason('fifo')).toContain('named pipe (FIFO)')
    expect(await reason('sock')).toContain('a socket')
    expect(await reason('folder')).toContain('a folder')
    const device = await readUntrustedFile('/dev/null', { maxBytes: 100 })
    expect(!device.ok && english(device.reason)).toContain('a device')
    await new Promise((done) => socket.close(done))
  })

  it('stops at the limit whatever the size said: a /proc file says 0 bytes and has more', async () => {
    // /proc/self/maps is a regular file whose size is 0, and whose text is kilobytes long.
    const r = await readUntrustedFile('/proc/self/maps', { maxBytes: 64 })
    expect(!r.ok && english(r.reason)).toContain('too large')
    const whole = await readUntrustedFile('/proc/self/maps', { maxBytes: 4 * 1024 * 1024 })
    expect(whole.ok && whole.text.length).toBeGreaterThan(64)
  })

  it('refuses a file over the limit', async () => {
    await writeFile(join(dir, 'big'), 'x'.repeat(1000))
    const r = await readUntrustedFile(join(dir, 'big'), { maxBytes: 999 })
    expect(!r.ok && english(r.reason)).toBe('it is too large (over 0 MB)')
  })
})

describe('ensureRealDir', () => {
  it('makes folders inside the root and refuses a link or a file on the way', async () => {
    const made = await ensureRealDir(dir, ['members', 'me', 'articles'])
    expect(made).toEqual({ ok: true, dir: join(dir, 'members', 'me', 'articles') })
    await rm(join(dir, 'members', 'me', 'articles'), { recursive: true })
    await mkdir(join(dir, 'outside'))
    await symlink(join(dir, 'outside'), join(dir, 'members', 'me', 'articles'))
    const linked = await ensureRealDir(dir, ['members', 'me', 'articles'])
    expect(!linked.ok && english(linked.reason)).toMatch(/members\/me\/articles is a link/)
    await writeFile(join(dir, 'members', 'file'), '')
    expect(await ensureRealDir(dir, ['members', 'file'])).toMatchObject({ ok: false })
  })

  it('knows inside from outside', () => {
    expect(isInside('/a/b', '/a/b/c')).toBe(true)
    expect(isInside('/a/b', '/a/b')).toBe(true)
    expect(isInside('/a/b', '/a/bc')).toBe(false)
    expect(isInside('/a/b', '/a')).toBe(false)
  })
})
