// The preload's bridge, run: the built out/preload/index.cjs under a stand-in for the two parts
// of Electron it uses (contextBridge, ipcRenderer), typed against electron.d.ts. The page gets
// one function per contract method and the four events, and nothing that reaches IPC otherwise.
import { createRequire } from 'node:module'
import Module from 'node:module'
import type { ContextBridge, IpcRenderer } from 'electron'
import { expect, test } from '@playwright/test'
import { methods } from '../../src-shared/api'
import { BRIDGE_NAME, channelFor, EVENTS_NAME } from '../../src-shared/bridge'

const PRELOAD = new URL('../../out/preload/index.cjs', import.meta.url).pathname

test('the bridge exposes the contract and the events, each checked, and answers flush requests', async () => {
  const exposed = new Map<string, Record<string, unknown>>()
  const invoked: [string, unknown][] = []
  const sent: [string, unknown][] = []
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>()
  const contextBridge = {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => void exposed.set(key, api),
  } satisfies Pick<ContextBridge, 'exposeInMainWorld'>
  const ipcRenderer = {
    invoke: async (channel: string, input: unknown) => {
      invoked.push([channel, input])
      return { ok: true, value: channel }
    },
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      return this
    },
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      )
      return this
    },
    send: (channel: string, arg: unknown) => void sent.push([channel, arg]),
  } satisfies Pick<IpcRenderer, 'invoke' | 'send'> & Record<string, unknown>
  const electron = new Proxy(
    { contextBridge, ipcRenderer },
    {
      get(target, key) {
        if (key in target) return target[key as keyof typeof target]
        throw new Error(`the preload reached for electron.${String(key)}, not in the stand-in`)
      },
    },
  )
  // The preload is CommonJS: its require('electron') gets the stand-in.
  const load = (Module as unknown as { _load: (r: string, ...a: unknown[]) => unknown })._load
  ;(Module as unknown as { _load: typeof load })._load = (request, ...rest) =>
    request === 'electron' ? electron : load(request, ...rest)
  try {
    createRequire(import.meta.url)(PRELOAD)
  } finally {
    ;(Module as unknown as { _load: typeof load })._load = load
  }

  // One frozen function per contract method, each going to its own channel.
  const bridge = exposed.get(BRIDGE_NAME)!
  expect(Object.keys(bridge).sort()).toEqual([...methods].sort())
  expect(Object.isFrozen(bridge)).toBe(true)
  expect(await (bridge['app.info'] as (i: unknown) => Promise<unknown>)({})).toEqual({
    ok: true,
    value: channelFor('app.info'),
  })
  expect(invoked).toEqual([[channelFor('app.info'), {}]])

  // Events: checked before they reach the page, and each can be let go.
  const events = exposed.get(EVENTS_NAME)! as Record<
    string,
    (l: (...a: unknown[]) => unknown) => () => void
  >
  expect(Object.keys(events).sort()).toEqual([
    'onCommand',
    'onDeepLink',
    'onFlushRequest',
    'onOpenFile',
  ])
  const links: unknown[] = []
  const stop = events.onDeepLink!((url) => void links.push(url))
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((l) => l({}, ...args))
  emit('scholion-event:deep-link', 'scholion://article/x')
  emit('scholion-event:deep-link', { not: 'a string' })
  stop()
  emit('scholion-event:deep-link', 'scholion://article/after')
  expect(links).toEqual(['scholion://article/x'])
  const files: unknown[] = []
  events.onOpenFile!((f) => void files.push(f))
  emit('scholion-event:open-file', { name: 'a.scholion', content: '{}', extra: 'dropped' })
  emit('scholion-event:open-file', { name: 'b.scholion' })
  expect(files).toEqual([{ name: 'a.scholion', content: '{}' }])
  // A flush request is answered with its number once the page's saves are done.
  let release!: () => void
  events.onFlushRequest!(() => new Promise<void>((r) => (release = r)))
  emit('scholion-event:flush', 7)
  emit('scholion-event:flush', 'not a number')
  expect(sent).toEqual([])
  release()
  await new Promise((r) => setTimeout(r, 0))
  expect(sent).toEqual([['scholion:flushed', 7]])
})
