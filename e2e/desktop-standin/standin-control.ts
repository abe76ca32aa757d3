// The test's side of the Electron stand-in: reads back what the app did (state) and drives it
// (commands that come over the process's IPC channel from harness.ts: become ready, emit app
// events, close the window, click a menu item, navigate, ask for a permission, call an IPC
// handler as a frame would, fetch from a protocol, quit).
import type * as Electron from 'electron'
import { app, fail, PreventableEvent, recorded } from './standin'

type Template = Electron.MenuItemConstructorOptions[]

export function report(message: Record<string, unknown>): void {
  process.send?.(message)
}

/** The menu item with this path of labels ("Help", "About Scholion"), or null. */
function menuItem(path: string[]): Electron.MenuItemConstructorOptions | null {
  let items: Template | null = recorded.applicationMenu
  let item: Electron.MenuItemConstructorOptions | null = null
  for (const label of path) {
    item = items?.find((i) => i.label === label) ?? null
    items = (item?.submenu as Template | undefined) ?? null
  }
  return item
}

function state() {
  return {
    errors: recorded.errors,
    calls: recorded.calls,
    schemes: recorded.schemes,
    protocols: [...recorded.protocolHandlers.keys()],
    ipcHandlers: [...recorded.handlers.keys()],
    ipcListeners: [...recorded.listeners.keys()],
    opened: recorded.opened,
    popups: recorded.popups.length,
    commands: (recorded.applicationMenu ?? []).flatMap((s) =>
      (s.submenu as Template).filter((i) => i.click).map((i) => [s.label, i.label]),
    ),
    // Each item's shortcut, and whether Electron takes its key (registerAccelerator).
    accelerators: (recorded.applicationMenu ?? []).flatMap((s) =>
      (s.submenu as Template)
        .filter((i) => i.accelerator)
        .map((i) => [
          String(i.label ?? i.role),
          String(i.accelerator),
          i.registerAccelerator !== false,
        ]),
    ),
    menu: recorded.applicationMenu?.map((s) => ({
      label: s.label,
      items: (s.submenu as Template).map((i) => i.role ?? i.label ?? i.type),
      // What the reader sees: each item's label, or its role where Electron names it.
      labels: (s.submenu as Template).map((i) => i.label ?? i.role ?? i.type),
    })),
    windows: recorded.windows.map((w) => ({
      id: w.id,
      destroyed: w.isDestroyed(),
      url: w.webContents.mainFrame.url,
      webPreferences: w.options.webPreferences,
      sent: w.webContents.sent,
      contextMenu: w.webContents.listenerCount('context-menu'),
      onLoad: w.webContents.listenerCount('did-finish-load'),
    })),
    notifications: recorded.notifications.map((n) => ({ title: n.title, body: n.body })),
    appListeners: ['activate', 'second-instance', 'open-file', 'open-url', 'before-quit'].map(
      (e) => [e, app.listenerCount(e)],
    ),
  }
}

type Command =
  | { type: 'ready' }
  | { type: 'state' }
  | { type: 'app-event'; name: string; args: unknown[] }
  | { type: 'close-window' }
  | { type: 'click'; path: string[] }
  | { type: 'navigate'; url: string }
  | { type: 'open-window'; url: string }
  | { type: 'permission'; permission: string; url: string; isMainFrame: boolean }
  | { type: 'invoke'; channel: string; input: unknown; url: string; isMainFrame: boolean }
  | { type: 'protocol'; url: string }
  | { type: 'click-notification'; index: number }
  | { type: 'quit' }

async function run(command: Command): Promise<unknown> {
  const main = () => recorded.windows.filter((w) => !w.isDestroyed()).at(-1)
  switch (command.type) {
    case 'ready':
      recorded.becomeReady()
      return null
    case 'state':
      return state()
    case 'app-event':
      return app.emit(command.name, new PreventableEvent(), ...command.args)
    case 'close-window':
      main()?.close()
      return null
    case 'click': {
      const item = menuItem(command.path)
      if (!item?.click) return fail(`no menu item ${command.path.join(' → ')}`)
      ;(item.click as () => void)()
      return null
    }
    case 'navigate': {
      // Only the event: the positional address is deprecated (event.url replaces it), so the
      // stand-in does not give it and the app cannot rely on it.
      const event = new PreventableEvent(command.url)
      main()?.webContents.emit('will-navigate', event)
      return { prevented: event.defaultPrevented }
    }
    case 'open-window':
      return main()?.webContents.windowOpenHandler?.({ url: command.url }) ?? null
    case 'permission': {
      const details = { requestingUrl: command.url, isMainFrame: command.isMainFrame }
      const granted = await new Promise<boolean>((done) =>
        recorded.permissions.request?.(main()?.webContents, command.permission, done, details),
      )
      const checked = (recorded.permissions.check as unknown as (...a: unknown[]) => boolean)?.(
        main()?.webContents,
        command.permission,
        new URL(command.url).origin,
        details,
      )
      return { granted, checked }
    }
    case 'invoke': {
      const handler =
        recorded.handlers.get(command.channel) ?? fail(`no handler for ${command.channel}`)
      const contents = main()?.webContents
      const frame = { url: command.url }
      const event = {
        sender: { mainFrame: command.isMainFrame ? frame : { url: command.url } },
        senderFrame: frame,
      }
      void contents
      return structuredClone(await handler(event, command.input))
    }
    case 'click-notification': {
      const notice = recorded.notifications[command.index]
      if (!notice) return fail(`no notification ${command.index}`)
      notice.emit('click')
      return null
    }
    case 'protocol': {
      const handler = recorded.protocolHandlers.get(new URL(command.url).protocol.slice(0, -1))
      if (!handler) return fail(`no protocol for ${command.url}`)
      const response = await handler(new Request(command.url))
      return { status: response.status, type: response.headers.get('content-type') }
    }
    case 'quit':
      app.quit()
      return null
  }
}

process.on('message', (message: { id: number; command: Command }) => {
  run(message.command).then(
    (value) => report({ type: 'reply', id: message.id, value }),
    (error: unknown) => report({ type: 'reply', id: message.id, error: String(error) }),
  )
})
report({ type: 'loaded' })
