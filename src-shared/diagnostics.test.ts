import { expect, it } from 'vitest'
import { diagnostics } from './diagnostics'
import { verbatim } from './i18n/translate'

it('reports versions and counts, and no paths or personal text', () => {
  const text = diagnostics({
    info: {
      name: 'Scholion',
      version: '1.2.3',
      host: 'electron',
      dataDir: '/home/maria/.config/Scholion',
      archive: {
        dir: '/home/maria/Scholion/archive',
        articleCount: 50000,
        formatVersion: 2,
        checking: false,
      },
      notices: [
        {
          level: 'warning',
          code: 'store_restored',
          message: verbatim('Your settings file at /home/maria was damaged'),
        },
      ],
    },
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0.0.0 Electron/45.0.0 Safari/537.36',
    annotationCount: 12,
  })
  expect(text).toContain('Scholion 1.2.3 (electron host)')
  expect(text).toContain('Archive: format 2, 50000 articles')
  expect(text).toContain('Annotations: 12')
  expect(text).toContain('warning:store_restored')
  expect(text).toContain('X11; Linux x86_64')
  expect(text).not.toMatch(/maria|\/home/)
})
