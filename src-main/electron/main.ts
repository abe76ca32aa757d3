// Electron entry: boots the app from small setup functions. All behaviour lives in the
// electron-free core (../core); this folder only adapts it to Electron.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, net, shell } from 'electron'
import { resolveArchiveDir } from '../core/app-paths'
import { createCore } from '../core/create-core'
import { createDispatcher } from '../hosts/dispatch'
import { resolveDataDir } from '../storage/data-dir'
import { setupDeepLinks } from './deep-links'
import { setupIpc } from './ipc'
import { setupContextMenu, setupMenus } from './menus'
import { notifyNewArticles } from './notifications'
import { setupOpenFiles } from './open-files'
import { registerAppScheme, setupAppProtocol } from './protocol'
import { setupSecurity } from './security'
import { setupSingleInstance } from './single-instance'
import { flushAllWindows, setupCloseFlush } from './close-flush'
import { createMainWindow } from './window'

const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined
let mainWindow: BrowserWindow | undefined
let deepLinks: ReturnType<typeof setupDeepLinks> | undefined
let openFiles: ReturnType<typeof setupOpenFiles> | undefined

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
    host: 'electron',
    version: app.getVersion(),
    openFolder: (path) => shell.openPath(path),
    chooseFolder: async (title) => {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const chosen = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options)
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
    },
    autoSync: {
      isOnline: () => net.isOnline(),
      onAdded: (report, added) => notifyNewArticles(report, added, () => mainWindow ?? null),
    },
  })
  setupSecurity(devServerUrl)
  setupAppProtocol(join(appRoot, 'out', 'renderer'))
  setupIpc(createDispatcher(core.handlers), devServerUrl)
  setupCloseFlush(devServerUrl)
  // Quit only once the pages have saved what waits and every pending write has reached the disk.
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    void flushAllWindows(BrowserWindow.getAllWindows())
      .then(() => core.flush())
      .catch(() => undefined)
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
  setupMenus(() => mainWindow)
  mainWindow = await createMainWindow(dataDir, devServerUrl)
  setupContextMenu(mainWindow)
  const flush = () => {
    deepLinks?.flush()
    openFiles?.flush()
  }
  mainWindow.webContents.on('did-finish-load', flush)
  if (!mainWindow.webContents.isLoading()) flush()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      void createMainWindow(dataDir, devServerUrl).then((win) => (mainWindow = win))
    }
  })
}

registerAppScheme()
const onSecondLaunch = (args: string[]) => {
  deepLinks?.fromArgs(args)
  openFiles?.fromArgs(args)
}
if (!setupSingleInstance(() => mainWindow, onSecondLaunch)) {
  app.quit()
} else {
  deepLinks = setupDeepLinks(() => mainWindow)
  openFiles = setupOpenFiles(() => mainWindow)
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
