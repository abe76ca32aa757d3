// temp: builds two 5k releases and a pack into /tmp/prof
import { appendFile, readdir, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { buildArchive } from '../src-main/archive/archive-build'
import { makeKeyPair, signArchive } from '../src-main/archive/archive-signing'
import { makeDelta } from '../src-main/archive/make-delta'
import { keysFolder } from '../test-support/release-archives'
import { synthesise } from '../test-support/synth/synth'
import { writeFileSync } from 'node:fs'
const work = '/tmp/prof'
await mkdir(work, { recursive: true })
const key = makeKeyPair()
await keysFolder(join(work, 'keys'), key)
const src = join(work, 'src')
await synthesise({ count: 10000, seed: 42, out: src })
await buildArchive({ from: [src], out: join(work, 'old'), name: 'bench', release: '2026-01-01T00:00:00.000Z', workers: 2 })
await signArchive(join(work, 'old'), key.privateKey)
let n = 0
for (const lang of await readdir(src)) for (const f of (await readdir(join(src, lang))).slice(0, 120)) { if (f.endsWith('.txt') && n++ < 1000) await appendFile(join(src, lang, f), '\n\nAdded paragraph.\n') }
await synthesise({ count: 1000, seed: 43, out: src, huge: 0 })
await buildArchive({ from: [src], out: join(work, 'new'), name: 'bench', release: '2026-02-01T00:00:00.000Z', workers: 2 })
const r = await makeDelta({ from: join(work, 'old'), to: join(work, 'new'), out: join(work, 'p.scholion-archive'), privateKey: key.privateKey })
console.log(r.bytes, r.files)
