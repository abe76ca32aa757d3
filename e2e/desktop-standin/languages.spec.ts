// The desktop menus speak the interface's language: the system's (app.getLocale()) at start,
// and the one chosen in the settings as soon as it is chosen, with no restart.
import { expect, test } from '@playwright/test'
import { channelFor } from '../../src-shared/bridge'
import { launchDesktop, until, type Desktop } from './harness'

let desktop: Desktop
test.afterEach(() => desktop?.stop())

const menuLabels = async () => (await desktop.state()).menu.map((m) => m.label)

test('the menus follow the system language, then the language chosen in the settings', async () => {
  desktop = await launchDesktop({ env: { STANDIN_LOCALE: 'el-GR' } })
  await desktop.send({ type: 'ready' })
  await until(async () => expect(await menuLabels()).toContain('Αρχείο'))
  const state = await desktop.state()
  expect(state.menu.map((m) => m.label)).toEqual([
    'Αρχείο',
    'Επεξεργασία',
    'Προβολή',
    'Μετάβαση',
    'Βοήθεια',
  ])
  expect(state.menu[1]!.labels).toEqual(expect.arrayContaining(['Αποκοπή', 'Επικόλληση']))
  expect(state.menu[1]!.items).toEqual(expect.arrayContaining(['cut', 'paste']))

  const chosen = await desktop.send<{ ok: boolean }>({
    type: 'invoke',
    channel: channelFor('settings.update'),
    input: { interfaceLanguage: 'ar' },
    url: 'app://scholion/index.html',
    isMainFrame: true,
  })
  expect(chosen.ok).toBe(true)
  await until(async () =>
    expect(await menuLabels()).toEqual(['ملف', 'تحرير', 'عرض', 'انتقال', 'مساعدة']),
  )

  // Back to the system's language.
  await desktop.send({
    type: 'invoke',
    channel: channelFor('settings.update'),
    input: { interfaceLanguage: null },
    url: 'app://scholion/index.html',
    isMainFrame: true,
  })
  await until(async () => expect(await menuLabels()).toContain('Αρχείο'))
  expect((await desktop.state()).errors).toEqual([])
})

test('a system language the app does not speak gives English menus', async () => {
  desktop = await launchDesktop({ env: { STANDIN_LOCALE: 'ja-JP' } })
  await desktop.send({ type: 'ready' })
  await until(async () =>
    expect(await menuLabels()).toEqual(['File', 'Edit', 'View', 'Go', 'Help']),
  )
})
