// Electron entry: boots the app from small setup functions. All behaviour lives in the
// electron-free core (../core); this folder only adapts it to Electron.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, net, shell } from 'electron'
import { resolveArchiveDir, resolveReleaseKeysDir } from '../core/app-paths'
import { createCore, type Core } from '../core/create-core'
import { createDispatcher } from '../hosts/dispatch'
import { resolveDataDir } from '../storage/data-dir'
import { setupDeepLinks } from './deep-links'
import { setupIpc } from './ipc'
import { setupContextMenu, setupMenus } from './menus'
import { notifyNewArticles, notifySavedSearches } from './notifications'
import { setupOpenFiles } from './open-files'
import { registerAppScheme, setupAppProtocol } from './protocol'
import { setupSecurity } from './security'
import { setupSingleInstance } from './single-instance'
import { flushAllWindows, setupCloseFlush } from './close-flush'
import { createMainWindow } from './window'
import { saveWindowStates } from './window-state'
import { mainTranslator } from '../desktop/interface-language'
import { ENGLISH } from '../../src-shared/i18n/catalogs'

const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined
let mainWindow: BrowserWindow | undefined
/** The main window while it is open; none once it was closed (macOS keeps the app running). */
const currentWindow = (): BrowserWindow | undefined =>
  mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined
let deepLinks: ReturnType<typeof setupDeepLinks> | undefined
let openFiles: ReturnType<typeof setupOpenFiles> | undefined
/** The core, once `ready` has come and it is built (files opened before then wait for it). */
let coreBuilt!: (core: Core) => void
const booted = new Promise<Core>((resolve) => (coreBuilt = resolve))
// The interface's language for menus, notifications and messages, once the settings are read.
let t = ENGLISH

async function boot(): Promise<void> {
  const appRoot = app.getAppPath()
  const dataDir = resolveDataDir({
    env: process.env,
    electronUserData: app.getPath('userData'),
    platform: process.platform,
    home: homedir(),
  })
  const archiveDir = resolveArchiveDir({
    override: process.env.SCHOLION_ARCHIVE_DIR,
    packagedResources: app.isPackaged ? process.resourcesPath : undefined,
    appRoot,
  })
  const core = await createCore({
    dataDir,
    archiveDir,
    releaseKeysDir: resolveReleaseKeysDir({
      override: process.env.SCHOLION_RELEASE_KEYS,
      packagedResources: app.isPackaged ? process.resourcesPath : undefined,
      appRoot,
    }),
    host: 'electron',
    version: app.getVersion(),
    openFolder: (path) => shell.openPath(path),
    chooseFolder: async (title) => {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const win = currentWindow()
      const chosen = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
    },
    autoSync: {
      isOnline: () => net.isOnline(),
      onAdded: (report, added) =>
        notifyNewArticles(report, added, () => currentWindow() ?? null, t),
    },
  })
  coreBuilt(core)
  core.events.on('searches.matched', ({ matches }) =>
    notifySavedSearches(matches, () => currentWindow() ?? null, t),
  )
  setupSecurity(devServerUrl)
  setupAppProtocol(join(appRoot, 'out', 'renderer'), (name) => core.picture(name))
  setupIpc(createDispatcher(core.handlers), devServerUrl)
  setupCloseFlush(devServerUrl)
  // Quit only once the pages have saved what waits and every pending write has reached the disk.
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    void flushAllWindows(BrowserWindow.getAllWindows())
      .then(() => Promise.all([core.flush(), saveWindowStates()]))
      .catch(() => undefined)
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
  // Menus in the interface's language, built again whenever the reader chooses another.
  t = await mainTranslator(core.settings().interfaceLanguage, app.getLocale())
  setupMenus(currentWindow, t)
  let shownLanguage = core.settings().interfaceLanguage
  core.events.on('settings.changed', async ({ settings }) => {
    if (settings.interfaceLanguage === shownLanguage) return
    shownLanguage = settings.interfaceLanguage
    t = await mainTranslator(settings.interfaceLanguage, app.getLocale())
    setupMenus(currentWindow, t)
  })
  // Every window is set up the same way, the first and one reopened on macOS: its context
  // menu, and the links and files that waited for its page delivered once it has loaded.
  const openWindow = async (): Promise<void> => {
    const win = await createMainWindow(dataDir, devServerUrl)
    mainWindow = win
    setupContextMenu(win, () => t)
    const deliver = () => {
      deepLinks?.flush()
      openFiles?.flush()
    }
    win.webContents.on('did-finish-load', deliver)
    if (!win.webContents.isLoading()) deliver()
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = undefined
    })
  }
  await openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length > 0) return
    openWindow().catch((error: unknown) => {
      console.error(
        `[scholion] could not open a window: ${(error as Error).stack ?? String(error)}`,
      )
    })
  })
}

registerAppScheme()
const onSecondLaunch = (args: string[], workingDirectory: string) => {
  deepLinks?.fromArgs(args)
  openFiles?.fromArgs(args, workingDirectory)
}
if (!setupSingleInstance(currentWindow, onSecondLaunch)) {
  app.quit()
} else {
  deepLinks = setupDeepLinks(currentWindow)
  openFiles = setupOpenFiles(
    currentWindow,
    () => t,
    (path) => booted.then((core) => core.archiveUpdates.receiveFile(path)),
  )
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(boot)
    .catch((error: unknown) => {
      console.error(`[scholion] failed to start: ${(error as Error).stack ?? String(error)}`)
      app.exit(1)
    })
}
