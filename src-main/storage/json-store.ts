// A small lowdb JSON file that never loses data silently. Writes are atomic; the previous good
// version is kept beside the file as `<name>.bak`; a file that fails to parse or validate is moved
// aside (`<name>.corrupt-<time>`) and the last good copy restored, with a notice for the user; a
// file from a newer schema is left untouched and the store opens read-only. A replace that a
// crash cut between its two renames (the file moved to `.bak`, the new one not yet in place) is
// finished on open, silently: its new version was complete on disk, so nothing was lost.
import { readFileSync } from 'node:fs'
import { readdir, readFile, rename, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import type { z } from 'zod'
import type { Notice } from '../../src-shared/article'
import { replacesSettled, writeFileAtomic } from './atomic-write'
import { tempTarget } from './temp-files'
import { MessageError } from '../core/error-reason'
import {
  verbatim,
  type Message,
  type MessageKey,
  type MessageValues,
} from '../../src-shared/i18n/translate'

/** The names of what stores hold, as messages name them. */
export type StoreLabel = Extract<MessageKey, `store.${string}`>

/** Upgrades data stored at version `n` to version `n + 1`, keyed by `n`. */
export type Migrations = Record<number, (data: unknown) => unknown>

export interface JsonStoreOptions<T> {
  file: string
  /** What the file holds, for messages: `store.settings`, or a message with values. */
  label: StoreLabel | Message
  schema: z.ZodType<T>
  defaults: () => T
  version: number
  migrations?: Migrations
  /** For messages and quarantine names; tests pass a fixed clock. */
  now?: () => Date
  /**
   * For large files saved often: how to copy the data before a change (default: a deep copy;
   * a store whose changes replace records instead of mutating them can copy shallowly), whether
   * to check the whole file against the schema on every write (default true; a store that checks
   * each record it adds can skip it), and the JSON indent (default 2).
   */
  copy?: (data: T) => T
  checkWrites?: boolean
  indent?: number
  /** For large files read often: true when the data certainly passes the schema unchanged, so
   * the schema need not run (it still decides whenever this is unsure). */
  quickCheck?: (data: unknown) => data is T
  /** Read the file with one synchronous call: for stores of many small files opened together
   * (annotations, one file per article), where thousands of asynchronous reads, each several
   * round trips, cost far more than the reading. */
  blockingRead?: boolean
}

interface Envelope {
  version: number
  data: unknown
}

type Decoded<T> =
  | { kind: 'ok'; data: T; migrated: boolean }
  | { kind: 'newer'; version: number }
  | { kind: 'bad'; reason: Message }

function decode<T>(raw: string, opts: JsonStoreOptions<T>): Decoded<T> {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    return {
      kind: 'bad',
      reason: { key: 'store.notJson', values: { reason: verbatim((error as Error).message) } },
    }
  }
  const envelope = parsed as Partial<Envelope>
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.version !== 'number') {
    return { kind: 'bad', reason: { key: 'store.noVersion' } }
  }
  if (envelope.version > opts.version) return { kind: 'newer', version: envelope.version }
  let data = envelope.data
  for (let v = envelope.version; v < opts.version; v++) {
    const migrate = opts.migrations?.[v]
    if (!migrate)
      return { kind: 'bad', reason: { key: 'store.noMigration', values: { version: v } } }
    data = migrate(data)
  }
  if (opts.quickCheck?.(data)) {
    return { kind: 'ok', data, migrated: envelope.version !== opts.version }
  }
  const checked = opts.schema.safeParse(data)
  if (!checked.success) {
    const detail = verbatim(checked.error.issues[0]?.message ?? '')
    return { kind: 'bad', reason: { key: 'store.unexpected', values: { reason: detail } } }
  }
  return { kind: 'ok', data: checked.data, migrated: envelope.version !== opts.version }
}

/** A file's text, or null if there is no such file (other errors are thrown). */
export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function readIfExistsNow(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

class RecoveringJsonFile<T> implements Adapter<T> {
  readonly notices: Notice[] = []
  readOnly = false
  private readonly backup: string

  constructor(private readonly opts: JsonStoreOptions<T>) {
    this.backup = `${opts.file}.bak`
  }

  private get store(): Message {
    const { label } = this.opts
    return typeof label === 'string' ? { key: label } : label
  }

  private notice(level: Notice['level'], code: string, key: MessageKey, values: MessageValues) {
    this.notices.push({ level, code, message: { key, values: { store: this.store, ...values } } })
  }

  async read(): Promise<T | null> {
    const { file } = this.opts
    let raw = this.opts.blockingRead ? readIfExistsNow(file) : await readIfExists(file)
    if (raw === null) {
      // Missing for a moment while this process replaces it (between the two renames) is no
      // crash: read again once the replace is done.
      await replacesSettled(file)
      raw = await readIfExists(file)
    }
    if (raw === null) {
      const finished = await this.finishInterruptedReplace()
      if (finished !== null) return finished
      const restored = await this.restoreFromBackup()
      if (restored !== null) {
        this.notice('warning', 'store_restored', 'notice.storeMissing', {})
      }
      return restored
    }
    const decoded = decode(raw, this.opts)
    if (decoded.kind === 'ok') {
      if (decoded.migrated) await this.write(decoded.data)
      return decoded.data
    }
    if (decoded.kind === 'newer') {
      this.readOnly = true
      this.notice('error', 'store_newer', 'notice.storeNewer', { format: decoded.version })
      return null
    }
    const stamp = (this.opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-')
    const quarantine = `${file}.corrupt-${stamp}`
    await rename(file, quarantine)
    const restored = await this.restoreFromBackup()
    if (restored !== null) {
      this.notice('warning', 'store_restored', 'notice.storeRestored', {
        reason: decoded.reason,
        file: quarantine,
      })
      return restored
    }
    this.notice('error', 'store_reset', 'notice.storeReset', {
      reason: decoded.reason,
      file: quarantine,
    })
    return null
  }

  /**
   * The file is missing: if a write was cut between moving it to `.bak` and putting the new
   * version in its place, that new version is a complete temp file beside it (written and
   * flushed before the renames). The newest good one is put in place. Null if there is none.
   */
  private async finishInterruptedReplace(): Promise<T | null> {
    const { file } = this.opts
    const dir = dirname(file)
    const name = basename(file)
    const temps = (await readdir(dir).catch(() => [] as string[])).filter(
      (n) => n.endsWith('.tmp') && tempTarget(n) === name,
    )
    const dated = await Promise.all(
      temps.map(async (n) => ({
        n,
        at: (await stat(join(dir, n)).catch(() => null))?.mtimeMs ?? 0,
      })),
    )
    for (const { n } of dated.sort((a, b) => b.at - a.at)) {
      const raw = await readIfExists(join(dir, n))
      if (raw === null) continue
      const decoded = decode(raw, this.opts)
      if (decoded.kind !== 'ok') continue
      const moved = await rename(join(dir, n), file).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false
          throw error
        },
      )
      // Gone meanwhile: another process finished that replace itself; its result is the file.
      if (!moved) return this.readDecoded(file)
      return decoded.data
    }
    return null
  }

  private async readDecoded(file: string): Promise<T | null> {
    const raw = await readIfExists(file)
    const decoded = raw === null ? null : decode(raw, this.opts)
    return decoded?.kind === 'ok' ? decoded.data : null
  }

  private async restoreFromBackup(): Promise<T | null> {
    const raw = await readIfExists(this.backup)
    if (raw === null) return null
    const decoded = decode(raw, this.opts)
    if (decoded.kind !== 'ok') return null
    await writeFileAtomic(
      this.opts.file,
      serialise(this.opts.version, decoded.data, this.opts.indent),
    )
    return decoded.data
  }

  async write(data: T): Promise<void> {
    if (this.readOnly)
      throw new MessageError({ key: 'notice.storeReadOnly', values: { store: this.store } })
    await writeFileAtomic(
      this.opts.file,
      serialise(this.opts.version, data, this.opts.indent),
      this.backup,
    )
  }
}

function serialise(version: number, data: unknown, indent = 2): string {
  return `${JSON.stringify({ version, data } satisfies Envelope, null, indent)}\n`
}

export interface JsonStore<T> {
  /** Current data (defaults until the file says otherwise). Do not mutate; use update. */
  readonly data: T
  /** Applies `change` to a copy, writes it durably, then publishes it. Rejects if not saved. */
  update(change: (draft: T) => void): Promise<T>
  /** What happened while opening (recovery, read-only), for the user to see. */
  readonly notices: readonly Notice[]
  /** Resolves once every update asked for so far has finished (written or failed). */
  idle(): Promise<void>
  /**
   * Applies `change` in memory only and publishes it, with nothing written: for a store whose
   * changes are made durable elsewhere first (a save log). `persist` writes it later.
   */
  apply(change: (draft: T) => void): T
  /** Writes what `apply` changed since the last write, durably; nothing if nothing changed. */
  persist(): Promise<void>
}

/** Opens (or creates in memory) a store; nothing is written until the first update. */
export async function openJsonStore<T>(opts: JsonStoreOptions<T>): Promise<JsonStore<T>> {
  const adapter = new RecoveringJsonFile(opts)
  const db = new Low<T>(adapter, opts.defaults())
  await db.read()
  let queue: Promise<unknown> = Promise.resolve()
  let staged = false
  return {
    get data() {
      return db.data
    },
    notices: adapter.notices,
    idle: () => queue.then(() => undefined),
    apply(change) {
      const draft = opts.copy ? opts.copy(db.data) : structuredClone(db.data)
      change(draft)
      db.data = opts.checkWrites === false ? draft : opts.schema.parse(draft)
      staged = true
      return db.data
    },
    persist() {
      const run = async () => {
        if (!staged) return
        staged = false
        try {
          await adapter.write(db.data)
        } catch (error) {
          staged = true
          throw error
        }
      }
      const result = queue.then(run, run)
      queue = result.catch(() => undefined)
      return result
    },
    update(change) {
      // Each update starts from the data the previous one published, so concurrent updates
      // apply in call order and none is lost; a failed one does not block the next.
      const run = async (): Promise<T> => {
        const draft = opts.copy ? opts.copy(db.data) : structuredClone(db.data)
        change(draft)
        const checked = opts.checkWrites === false ? draft : opts.schema.parse(draft)
        await adapter.write(checked)
        db.data = checked
        staged = false
        return checked
      }
      const result = queue.then(run, run)
      queue = result.catch(() => undefined)
      return result
    },
  }
}
