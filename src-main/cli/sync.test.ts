import { once } from 'node:events'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BUNDLED_ARCHIVE } from '../../test-support/test-core'
import { syncCommand } from './sync'
import { ENGLISH } from '../../src-shared/i18n/catalogs'

const ROOT = new URL('../../', import.meta.url).pathname
let work: string
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

describe('scholion sync', () => {
  it('adds new articles from the sources on, and prints what each brought', async () => {
    work = await mkdtemp(join(tmpdir(), 'scholion-cli-sync-'))
    const site = createServer((req, res) => {
      if (req.url === '/list')
        return res.end('<html><body><a href="/en/articles/One/">One</a></body></html>')
      if (req.url === '/en/articles/One/')
        return res.end(
          '<html lang="en"><body><article><h1>Article one</h1><p>Its only paragraph of text.</p></article></body></html>',
        )
      res.writeHead(404).end()
    })
    site.listen(0, '127.0.0.1')
    await once(site, 'listening')
    const base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
    const data = join(work, 'data')
    await mkdir(data)
    const source = {
      id: 'local',
      name: 'Local',
      url: `${base}/list`,
      pattern: '/articles/',
      enabled: true,
      intervalMinutes: 60,
      builtIn: false,
    }
    await writeFile(
      join(data, 'sync.json'),
      JSON.stringify({ version: 1, data: { sources: [source], cache: {} } }),
    )
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const args = ['--data-dir', data, '--archive', BUNDLED_ARCHIVE]
      expect(await syncCommand(ROOT, args, ENGLISH)).toBe(0)
      expect(lines[0]).toBe('Local: 1 new, 0 already here, 0 failed')
      expect(lines[1]).toMatch(/^ {2}\+ Article one \(en-one\)$/)
      lines.length = 0
      expect(await syncCommand(ROOT, [...args, '--source', 'nope'], ENGLISH)).toBe(2)
      expect(await syncCommand(ROOT, [...args, '--list'], ENGLISH)).toBe(0)
      expect(lines).toContain(`[on]  local  Local  ${base}/list`)
    } finally {
      site.closeAllConnections()
      site.close()
    }
  }, 20_000)
})
