import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { png } from '../../test-support/pictures'
import { storePicture } from '../library/pictures/media-store'
import { keyIdOf, makeKeyPair, signArchive, verifyArchive, SIGNATURE_FILE } from './archive-signing'
import { writeArchive } from './archive-write'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-signing-'))
  await storePicture(dir, png(4, 4), 'png', false)
  const doc = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Words.' }] }],
  }
  await writeArchive(dir, [
    {
      id: 'en-one',
      title: 'One',
      lang: 'en',
      date: '2024-01-01',
      author: null,
      publication: null,
      section: null,
      sourceUrl: null,
      wordCount: 1,
      doc,
    },
  ])
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const release = makeKeyPair()

describe('signed archives', () => {
  it('signs the manifest and verifies every file it lists with the release key', async () => {
    const signed = await signArchive(dir, release.privateKey)
    expect(signed.keyId).toBe(keyIdOf(release.publicKey))
    const verdict = await verifyArchive(dir, [makeKeyPair().publicKey, release.publicKey])
    // The catalog, the document and the picture.
    expect(verdict).toEqual({ ok: true, keyId: signed.keyId, files: 3 })
  })

  it('refuses an archive unsigned, signed by an unknown key, or with a malformed signature', async () => {
    expect(await verifyArchive(dir, [release.publicKey])).toEqual({
      ok: false,
      problem: 'unsigned',
    })
    await signArchive(dir, makeKeyPair().privateKey)
    expect(await verifyArchive(dir, [release.publicKey])).toEqual({
      ok: false,
      problem: 'unknown-key',
    })
    for (const bad of [
      '{',
      '{"__proto__":{"format":"x"}}',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      'x'.repeat(10_000),
    ]) {
      await writeFile(join(dir, SIGNATURE_FILE), bad)
      expect((await verifyArchive(dir, [release.publicKey])).ok, bad.slice(0, 20)).toBe(false)
    }
  })

  it('refuses an archive altered by one byte: in the manifest, a document or a picture', async () => {
    await signArchive(dir, release.privateKey)
    const manifest = await readFile(join(dir, 'manifest.json'), 'utf8')
    await writeFile(join(dir, 'manifest.json'), manifest.replace('"catalog.bin"', '"catalog.bin" '))
    expect(await verifyArchive(dir, [release.publicKey])).toEqual({
      ok: false,
      problem: 'bad-signature',
    })
    await writeFile(join(dir, 'manifest.json'), manifest)
    const [doc] = await readdir(join(dir, 'docs'))
    const docPath = join(dir, 'docs', doc!)
    const original = await readFile(docPath)
    const altered = Buffer.from(original)
    altered.writeUInt8(altered.readUInt8(altered.length - 3) ^ 1, altered.length - 3)
    await writeFile(docPath, altered)
    expect(await verifyArchive(dir, [release.publicKey])).toEqual({
      ok: false,
      problem: 'file-altered',
      path: `docs/${doc}`,
    })
    await writeFile(docPath, original)
    const [picture] = await readdir(join(dir, 'media'))
    await rm(join(dir, 'media', picture!))
    expect(await verifyArchive(dir, [release.publicKey])).toEqual({
      ok: false,
      problem: 'file-missing',
      path: `media/${picture}`,
    })
  })

  it('reads no path outside the archive, even from a manifest the release key signed', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))
    manifest.files['../../etc/passwd'] = '0'.repeat(64)
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest))
    await signArchive(dir, release.privateKey)
    expect(await verifyArchive(dir, [release.publicKey])).toEqual({
      ok: false,
      problem: 'bad-manifest',
      path: '../../etc/passwd',
    })
  })
})
