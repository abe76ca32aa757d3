// A stand-in for the `electron` module, loaded in place of it (hooks.mjs) when the built main
// bundle runs under plain Node: the part of Electron's API the app uses, typed against
// electron.d.ts (each object `satisfies` the real one's shape for the members it has), with
// Electron's documented rules enforced: schemes are registered before `ready`, protocols,
// windows and the screen only after it; a destroyed window or its web contents throws "Object
// has been destroyed"; one handler per IPC channel. Any member the app reaches that the stand-in
// lacks is an error. The test drives it through the process's IPC channel (standin-control.ts,
// harness.ts) and reads back what happened.
import type * as Electron from 'electron'
import { report } from './standin-control'

type Listener = (...args: never[]) => unknown

// A packaged app finds its resources beside it (process.resourcesPath), as Electron sets it.
if (process.env.STANDIN_RESOURCES)
  Object.defineProperty(process, 'resourcesPath', { value: process.env.STANDIN_RESOURCES })
// The platform the app believes it runs on (macOS's lifecycle differs), set before it reads it.
if (process.env.STANDIN_PLATFORM)
  Object.defineProperty(process, 'platform', { value: process.env.STANDIN_PLATFORM })

/** Everything that went wrong, as the test will read it. */
const errors: string[] = []
export function fail(message: string): never {
  errors.push(message)
  throw new Error(message)
}

/** An object that refuses members it does not have (the app must not reach for more). */
function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'symbol' || key in t || key === 'then' || key === 'toJSON')
        return Reflect.get(t, key, receiver)
      fail(`${name}.${key} is not in the stand-in`)
    },
  })
}

class Emitter {
  private readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    const once = ((...args: never[]) => {
      this.off(event, once)
      return listener(...args)
    }) as Listener
    return this.on(event, once)
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    )
    return this
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? []
    for (const l of list) (l as (...a: unknown[]) => unknown)(...args)
    return list.length > 0
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

let ready = false
const needReady = (what: string) => {
  if (!ready) fail(`${what} was called before the app was ready`)
}

export class PreventableEvent {
  defaultPrevented = false
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

// ---------------------------------------------------------------- web contents and windows

let nextId = 1
export class WebContents extends Emitter {
  readonly id = nextId++
  readonly sent: { channel: string; args: unknown[] }[] = []
  readonly mainFrame = { url: '' }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  private loading = true
  private destroyed = false
  constructor(private readonly owner: BrowserWindow) {
    super()
  }
  private alive(what: string) {
    if (this.destroyed) fail(`Object has been destroyed (webContents.${what})`)
  }
  send(channel: string, ...args: unknown[]): void {
    this.alive('send')
    this.sent.push({ channel, args: structuredClone(args) })
    // The page saves what waits and answers, as the real preload does (unless a test says the
    // page hangs).
    if (channel === 'scholion-event:flush' && process.env.STANDIN_PAGE !== 'hangs') {
      const frame = { url: this.mainFrame.url }
      setTimeout(() => {
        for (const l of listeners.get('scholion:flushed') ?? [])
          l({ sender: { mainFrame: frame }, senderFrame: frame }, args[0])
      }, 5)
    }
  }
  isLoading(): boolean {
    this.alive('isLoading')
    return this.loading
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  /** Loads the page: it finishes loading on a later turn, as a real page does. */
  load(url: string): Promise<void> {
    this.mainFrame.url = url
    this.loading = true
    return new Promise((done) =>
      setTimeout(
        () => {
          if (this.destroyed) return done()
          this.loading = false
          this.emit('did-finish-load')
          this.owner.emit('ready-to-show')
          done()
        },
        Number(process.env.STANDIN_LOAD_MS ?? 5),
      ),
    )
  }
  destroy(): void {
    this.destroyed = true
  }
}

const windows: BrowserWindow[] = []
export class BrowserWindow extends Emitter {
  readonly id = nextId++
  readonly webContents: WebContents
  readonly options: Electron.BrowserWindowConstructorOptions
  private destroyed = false
  private state = { minimized: false, maximized: false, fullScreen: false, shown: false }
  static getAllWindows(): BrowserWindow[] {
    return windows.filter((w) => !w.isDestroyed())
  }
  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    needReady('new BrowserWindow')
    this.options = options
    this.webContents = strict('webContents', new WebContents(this))
    windows.push(this)
    app.emit('web-contents-created', new PreventableEvent(), this.webContents)
    app.emit('browser-window-created', new PreventableEvent(), this)
    return strict('BrowserWindow', this)
  }
  private alive(what: string) {
    if (this.destroyed) fail(`Object has been destroyed (BrowserWindow.${what})`)
  }
  loadURL(url: string): Promise<void> {
    this.alive('loadURL')
    return this.webContents.load(url)
  }
  show(): void {
    this.alive('show')
    this.state.shown = true
  }
  focus(): void {
    this.alive('focus')
  }
  restore(): void {
    this.alive('restore')
    this.state.minimized = false
  }
  isMinimized(): boolean {
    this.alive('isMinimized')
    return this.state.minimized
  }
  maximize(): void {
    this.alive('maximize')
    this.state.maximized = true
  }
  isMaximized(): boolean {
    this.alive('isMaximized')
    return this.state.maximized
  }
  setFullScreen(on: boolean): void {
    this.alive('setFullScreen')
    this.state.fullScreen = on
  }
  isFullScreen(): boolean {
    this.alive('isFullScreen')
    return this.state.fullScreen
  }
  getNormalBounds(): Electron.Rectangle {
    this.alive('getNormalBounds')
    return { x: 10, y: 20, width: 1100, height: 760 }
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** Closes as Electron does: 'close' (which may be prevented), then 'closed'. */
  close(): void {
    this.alive('close')
    const event = new PreventableEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroy()
  }
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroy()
    this.emit('closed')
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
  }
}

// ---------------------------------------------------------------- app

const readyWaiters: (() => void)[] = []
let quitting = false
export const app = strict('app', {
  ...bind(new Emitter()),
  isPackaged: process.env.STANDIN_PACKAGED === '1',
  whenReady: () => new Promise<void>((done) => (ready ? done() : readyWaiters.push(done))),
  isReady: () => ready,
  getVersion: () => '0.0.0-standin',
  // electron.d.ts: "This API must be called after the `ready` event is emitted."
  getLocale: (): string => {
    needReady('app.getLocale')
    return process.env.STANDIN_LOCALE ?? 'en-US'
  },
  getAppPath: () => process.env.STANDIN_APP_PATH ?? process.cwd(),
  getPath: (name: string) =>
    name === 'userData'
      ? (process.env.STANDIN_USER_DATA ?? fail('no user data folder'))
      : fail(`getPath(${name})`),
  requestSingleInstanceLock: () => process.env.STANDIN_LOCK !== 'denied',
  setAsDefaultProtocolClient: (scheme: string) => {
    calls.push(`setAsDefaultProtocolClient ${scheme}`)
    return true
  },
  quit: () => {
    if (quitting) return
    const event = new PreventableEvent()
    app.emit('before-quit', event)
    if (event.defaultPrevented) return
    quitting = true
    for (const w of BrowserWindow.getAllWindows()) w.close()
    app.emit('will-quit', new PreventableEvent())
    app.emit('quit')
    report({ type: 'quit' })
    // Electron's process ends once quitting is done, whatever writes are still under way: what
    // the app did not wait for is lost (the tests then read what reached the disk).
    setImmediate(() => process.exit(0))
  },
  exit: (code = 0) => {
    report({ type: 'exit', code })
  },
}) satisfies Pick<
  typeof Electron.app,
  | 'isPackaged'
  | 'whenReady'
  | 'isReady'
  | 'getVersion'
  | 'getAppPath'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'exit'
>

/** An emitter's methods, bound, to spread into a plain object. */
function bind(emitter: Emitter) {
  return {
    on: emitter.on.bind(emitter),
    once: emitter.once.bind(emitter),
    off: emitter.off.bind(emitter),
    emit: emitter.emit.bind(emitter),
    listenerCount: emitter.listenerCount.bind(emitter),
  }
}

// ---------------------------------------------------------------- the rest of the API

const calls: string[] = []
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>()
export const ipcMain = strict('ipcMain', {
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
    if (handlers.has(channel)) fail(`Attempted to register a second handler for '${channel}'`)
    handlers.set(channel, handler)
  },
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
  },
})

const schemes: string[] = []
const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
export const protocol = strict('protocol', {
  registerSchemesAsPrivileged(custom: Electron.CustomScheme[]) {
    if (ready) fail('protocol.registerSchemesAsPrivileged must be called before the app is ready')
    schemes.push(...custom.map((s) => s.scheme))
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    needReady('protocol.handle')
    protocolHandlers.set(scheme, handler)
  },
})

type PermissionRequest = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void
const permissions: { request?: PermissionRequest; check?: (...args: never[]) => boolean } = {}
export const session = strict('session', {
  defaultSession: strict('session.defaultSession', {
    setPermissionRequestHandler(handler: PermissionRequest) {
      permissions.request = handler
    },
    setPermissionCheckHandler(handler: (...args: never[]) => boolean) {
      permissions.check = handler
    },
  }),
})

type Template = Electron.MenuItemConstructorOptions[]
let applicationMenu: Template | null = null
const popups: Template[] = []
export const Menu = strict('Menu', {
  buildFromTemplate: (template: Template) => ({
    template,
    popup: () => void popups.push(template),
  }),
  setApplicationMenu: (menu: { template: Template } | null) => {
    applicationMenu = menu?.template ?? null
  },
})

const opened: string[] = []
export const shell = strict('shell', {
  openExternal: async (url: string) => void opened.push(url),
  openPath: async (_path: string) => '',
} satisfies Pick<Electron.Shell, 'openExternal' | 'openPath'>)
export const dialog = strict('dialog', {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
})
export const net = strict('net', { isOnline: () => false } satisfies Pick<Electron.Net, 'isOnline'>)
export const clipboard = strict('clipboard', {
  writeText: async (text: string) => void calls.push(`clipboard ${text}`),
} satisfies Pick<Electron.Clipboard, 'writeText'>)
export const screen = strict('screen', {
  getAllDisplays: () => {
    needReady('screen.getAllDisplays')
    return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]
  },
})
/** Notifications shown, in order (supported when STANDIN_NOTIFICATIONS=1, else none are). */
const notifications: Notification[] = []
export class Notification extends Emitter {
  static isSupported(): boolean {
    return process.env.STANDIN_NOTIFICATIONS === '1'
  }
  readonly title: string
  readonly body: string
  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super()
    // "The Notification module can't be used until the ready event of the app module is emitted."
    needReady('new Notification')
    if (!Notification.isSupported()) fail('a Notification was made where none is supported')
    this.title = options.title ?? ''
    this.body = options.body ?? ''
  }
  show(): void {
    notifications.push(this)
  }
}

/** What the app did, for the test's side (standin-control.ts), which reads and drives it. */
export const recorded = {
  errors,
  calls,
  windows,
  handlers,
  listeners,
  schemes,
  protocolHandlers,
  permissions,
  popups,
  opened,
  notifications,
  get applicationMenu() {
    return applicationMenu
  },
  /** The app becomes ready: `ready` is emitted and whenReady resolves. */
  becomeReady() {
    ready = true
    app.emit('ready')
    for (const done of readyWaiters.splice(0)) done()
  },
}
