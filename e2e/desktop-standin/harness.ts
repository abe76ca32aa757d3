// Runs the built main bundle (out/main/index.js) under plain Node with the Electron stand-in,
// in a child process, and drives it: each command goes over the process's IPC channel and its
// answer comes back. The child's data folder is a fresh temporary one unless given.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { openJsonStore } from '../../src-main/storage/json-store'

const ROOT = new URL('../../', import.meta.url).pathname
const MAIN = join(ROOT, 'out/main/index.js')

export interface StandinState {
  errors: string[]
  calls: string[]
  schemes: string[]
  protocols: string[]
  ipcHandlers: string[]
  ipcListeners: string[]
  opened: string[]
  popups: number
  /** Notifications shown, in order. */
  notifications: { title: string; body: string }[]
  menu: { label: string; items: string[]; labels: string[] }[]
  /** The menu items that carry out a command: [menu, item]. */
  commands: [string, string][]
  /** Menu items with a shortcut: [item, shortcut, whether Electron takes the key]. */
  accelerators: [string, string, boolean][]
  windows: {
    id: number
    destroyed: boolean
    url: string
    webPreferences: Record<string, unknown>
    sent: { channel: string; args: unknown[] }[]
    contextMenu: number
    onLoad: number
  }[]
  appListeners: [string, number][]
}

export interface Desktop {
  dataDir: string
  send<T = unknown>(command: Record<string, unknown>): Promise<T>
  state(): Promise<StandinState>
  /** Resolves when the app said it quits (or exits), with what it said. */
  ended: Promise<{ type: string; code?: number }>
  stop(): void
  output(): string
}

export async function launchDesktop(
  options: { env?: Record<string, string>; args?: string[]; cwd?: string } = {},
): Promise<Desktop> {
  const dataDir =
    options.env?.SCHOLION_DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'scholion-standin-')))
  let out = ''
  const child: ChildProcess = fork(MAIN, options.args ?? [], {
    cwd: options.cwd ?? ROOT,
    execArgv: ['--import', 'tsx', '--import', new URL('./register.mjs', import.meta.url).href],
    env: {
      ...process.env,
      SCHOLION_DATA_DIR: dataDir,
      STANDIN_USER_DATA: dataDir,
      STANDIN_APP_PATH: ROOT,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  let nextId = 1
  const waiting = new Map<number, { done: (v: unknown) => void; failed: (e: Error) => void }>()
  let ended!: (v: { type: string; code?: number }) => void
  const endedPromise = new Promise<{ type: string; code?: number }>((r) => (ended = r))
  let loaded!: () => void
  const loadedPromise = new Promise<void>((r) => (loaded = r))
  child.on(
    'message',
    (m: { type: string; id?: number; value?: unknown; error?: string; code?: number }) => {
      if (m.type === 'loaded') loaded()
      if (m.type === 'quit' || m.type === 'exit') ended(m)
      if (m.type === 'reply' && m.id !== undefined) {
        const w = waiting.get(m.id)
        waiting.delete(m.id)
        if (m.error) w?.failed(new Error(m.error))
        else w?.done(m.value)
      }
    },
  )
  child.on('exit', (code) => {
    ended({ type: 'process-exit', code: code ?? undefined })
    for (const w of waiting.values()) w.failed(new Error(`the app's process ended:\n${out}`))
  })
  await Promise.race([
    loadedPromise,
    endedPromise.then(() => {
      throw new Error(`the main bundle did not load:\n${out}`)
    }),
  ])
  // A command to a process that has ended fails at once (a quit ends it), never as an error
  // event nobody listens to.
  child.on('error', (error) => {
    for (const w of waiting.values()) w.failed(error)
    waiting.clear()
  })
  const send = <T>(command: Record<string, unknown>) =>
    new Promise<T>((done, failed) => {
      if (!child.connected) return failed(new Error(`the app has ended:\n${out}`))
      const id = nextId++
      waiting.set(id, { done: done as (v: unknown) => void, failed })
      child.send({ id, command }, (error) => {
        if (!error) return
        waiting.delete(id)
        failed(error)
      })
    })
  return {
    dataDir,
    send,
    state: () => send<StandinState>({ type: 'state' }),
    ended: endedPromise,
    stop: () => void child.kill(),
    output: () => out,
  }
}

/** The window's remembered state as the app reads it at its next start (a replace that the
 * process's end cut short is finished as the app would). */
export async function windowState(dataDir: string): Promise<{ bounds?: Record<string, number> }> {
  const store = await openJsonStore({
    file: join(dataDir, 'window-state.json'),
    label: 'store.windowState',
    schema: z.object({ bounds: z.record(z.string(), z.number()).optional() }).passthrough(),
    defaults: () => ({}),
    version: 1,
  })
  return store.data
}

/** Waits until `check` passes (it throws until then), or fails with its last error. */
export async function until<T>(check: () => Promise<T>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > end) throw error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}
