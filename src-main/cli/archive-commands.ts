// The release commands (docs/archive-releases.md): archive:crawl saves a site's articles into a
// source folder (archive:build reads it), archive:keygen makes a release key pair,
// archive:sign signs a built archive, archive:verify checks one, archive:delta makes an update
// pack from two releases, and archive:apply applies a pack to the archive the app reads (what
// File → Update archive from file… does), offline.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { discardStaged, finishStaged, stagePack } from '../archive/apply-pack'
import { archiveInUse, sweepArchives } from '../archive/archive-in-use'
import {
  keyIdOf,
  makeKeyPair,
  signArchive,
  verdictMessage,
  verifyArchive,
} from '../archive/archive-signing'
import { makeDelta } from '../archive/make-delta'
import { readReleaseKeys } from '../archive/release-keys'
import { readCatalogFile } from '../library/catalog/catalog'
import { MessageError } from '../core/error-reason'
import { messageOf } from '../../src-shared/result'
import type { PackPreview } from '../../src-shared/api'
import type { Translate } from '../../src-shared/i18n/translate'
import { cliDirs } from './dirs'
import { progressBar } from './progress'
import { crawlSite } from '../archive/crawl/site-crawl'
import { DEFAULT_POLICY, PoliteFetcher } from '../sync/polite-fetch'
import { SITE_LANGUAGES } from '../sync/sources'

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

async function readKey(file: string | undefined): Promise<string> {
  if (!file) throw new MessageError({ key: 'cli.keyRequired', values: { option: '--key' } })
  return readFile(file, 'utf8')
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`
}

function previewLines(p: PackPreview, t: Translate): string[] {
  return [
    t('cli.packPreview', {
      archive: p.archive,
      release: p.release.slice(0, 10),
      keyId: p.keyId,
      added: p.added,
      changed: p.changed,
      removed: p.removed,
    }),
    ...p.titles.map((x) => `  ${x.change === 'added' ? '+' : '~'} ${x.title} (${x.id})`),
  ]
}

export async function archiveCommand(
  command: string,
  appRoot: string,
  args: string[],
  t: Translate,
): Promise<number> {
  if (command === 'archive:keygen') {
    const { values } = parseArgs({ args, options: { out: { type: 'string', default: '.' } } })
    const dir = resolve(values.out)
    await mkdir(dir, { recursive: true })
    const pair = makeKeyPair()
    const id = keyIdOf(pair.publicKey)
    const privateFile = join(dir, `scholion-release-${id}.key.pem`)
    const publicFile = join(dir, `scholion-release-${id}.pem`)
    for (const file of [privateFile, publicFile])
      if (await exists(file)) throw new MessageError({ key: 'cli.keyExists', values: { file } })
    await writeFile(privateFile, pair.privateKey, { mode: 0o600, flag: 'wx' })
    await writeFile(publicFile, pair.publicKey, { flag: 'wx' })
    console.log(t('cli.keygenDone', { private: privateFile, public: publicFile, keyId: id }))
    return 0
  }
  if (command === 'archive:sign') {
    const { values } = parseArgs({
      args,
      options: { key: { type: 'string' }, archive: { type: 'string' } },
    })
    const dir = resolve(values.archive ?? join(appRoot, 'resources', 'archive'))
    const signed = await signArchive(dir, await readKey(values.key))
    console.log(t('cli.signed', { archive: dir, keyId: signed.keyId }))
    return 0
  }
  if (command === 'archive:verify') {
    const { values } = parseArgs({
      args,
      options: { archive: { type: 'string' }, 'release-keys': { type: 'string' } },
    })
    const { archiveDir, releaseKeysDir } = cliDirs(appRoot, {
      archive: values.archive,
      releaseKeys: values['release-keys'],
    })
    const verdict = await verifyArchive(archiveDir, await readReleaseKeys(releaseKeysDir))
    if (!verdict.ok) {
      console.error(t.message(verdictMessage(verdict)))
      return 1
    }
    console.log(
      t('cli.verified', { archive: archiveDir, keyId: verdict.keyId, files: verdict.files }),
    )
    return 0
  }
  if (command === 'archive:delta') {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        key: { type: 'string' },
      },
    })
    if (!values.from || !values.to || !values.out) throw new MessageError({ key: 'cli.deltaWhat' })
    const report = await makeDelta({
      from: resolve(values.from),
      to: resolve(values.to),
      out: resolve(values.out),
      privateKey: await readKey(values.key),
    })
    console.log(
      t('cli.deltaDone', {
        file: values.out,
        size: megabytes(report.bytes),
        added: report.added.length,
        changed: report.changed.length,
        removed: report.removed.length,
      }),
    )
    return 0
  }
  if (command === 'archive:apply') {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        archive: { type: 'string' },
        'release-keys': { type: 'string' },
      },
    })
    const file = positionals[0]
    if (!file) throw new MessageError({ key: 'cli.applyWhat' })
    const { dataDir, archiveDir, releaseKeysDir } = cliDirs(appRoot, {
      dataDir: values['data-dir'],
      archive: values.archive,
      releaseKeys: values['release-keys'],
    })
    const trusted = await readReleaseKeys(releaseKeysDir)
    const current = await archiveInUse(archiveDir, dataDir)
    const read = await readCatalogFile(current.dir)
    const articles = new Map<string, string>()
    if (read.state === 'ok')
      for (let i = 0; i < read.catalog.count; i++)
        articles.set(read.catalog.id(i), read.catalog.contentHash(i))
    const staged = await stagePack(resolve(file), {
      dataDir,
      trusted,
      current,
      articles: () => articles,
    })
    if (!staged.ok) {
      console.error(`scholion: ${t.message(messageOf(staged.error))}`)
      return 1
    }
    for (const line of previewLines(staged.value.preview, t)) console.log(line)
    if (values['dry-run']) {
      await discardStaged(staged.value)
      return 0
    }
    const applied = await finishStaged(staged.value, { dataDir, trusted, current })
    if (!applied.ok) {
      console.error(`scholion: ${t.message(messageOf(applied.error))}`)
      return 1
    }
    await sweepArchives(dataDir, applied.value.dir)
    console.log(t('cli.applied', { archive: applied.value.dir }))
    return 0
  }
  if (command === 'archive:crawl') {
    const { values } = parseArgs({
      args,
      options: {
        site: { type: 'string', default: 'https://inter.kke.gr' },
        langs: { type: 'string' },
        out: { type: 'string' },
        since: { type: 'string' },
        max: { type: 'string' },
        seed: { type: 'string', multiple: true },
      },
    })
    const langs = values.langs ? values.langs.split(',').map((l) => l.trim()) : [...SITE_LANGUAGES]
    const bad = langs.find((l) => !/^[a-z]{2,3}$/.test(l))
    if (bad !== undefined)
      throw new MessageError({
        key: 'cli.notOneOf',
        values: { option: '--langs', allowed: SITE_LANGUAGES.join(','), value: bad },
      })
    if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
      throw new MessageError({
        key: 'cli.badDate',
        values: { option: '--since', value: values.since },
      })
    const max = values.max === undefined ? undefined : Number(values.max)
    if (max !== undefined && !(Number.isInteger(max) && max > 0))
      throw new MessageError({
        key: 'cli.badCount',
        values: { option: '--max', value: values.max! },
      })
    const out = resolve(values.out ?? join(appRoot, 'archive-src', 'crawl'))
    await mkdir(out, { recursive: true })
    const finding = progressBar(t('cli.crawlFinding'))
    const saving = progressBar(t('cli.crawlSaving'))
    const report = await crawlSite({
      site: values.site,
      langs,
      out,
      since: values.since ?? null,
      max,
      extraSeeds: values.seed ?? [],
      fetcher: new PoliteFetcher(DEFAULT_POLICY),
      userAgent: DEFAULT_POLICY.userAgent,
      onProgress: (p) => (p.phase === 'discovering' ? finding : saving)(p.done, p.total),
    })
    console.log(
      t('cli.crawlDone', {
        saved: report.saved,
        out,
        found: report.found,
        already: report.already,
        leftOut: report.leftOut,
        forbidden: report.forbidden,
        failed: report.failed.length,
      }),
    )
    for (const f of report.failed.slice(0, 20))
      console.log(t('cli.skipped', { name: f.url, reason: f.reason }))
    return report.failed.length && !report.saved ? 1 : 0
  }
  return -2
}
