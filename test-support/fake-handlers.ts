// Contract handlers with canned answers, for testing hosts without a real core.
import { DEFAULT_READER, type Handlers, type Settings } from '../src-shared/api'
import { err, ok } from '../src-shared/result'
import { verbatim } from '../src-shared/i18n/translate'

const settings: Settings = {
  lastArticleId: null,
  reader: DEFAULT_READER,
  identity: { id: 'test-identity', name: 'Tester', colour: '#1d4ed8' },
  lastColor: 'yellow',
  exportTemplate: null,
  exportFlavour: 'markdown',
  exportColours: null,
  interfaceLanguage: null,
  exportFolder: null,
  archiveUpdateUrl: null,
}

export function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const index = { state: 'ready' as const, done: 0, total: 0, reason: null }
  return {
    'app.info': async () =>
      ok({
        name: 'Scholion',
        version: '1.2.3',
        host: 'http',
        dataDir: '/d',
        archive: null,
        notices: [],
      }),
    'app.openDataFolder': async () => err('unavailable', verbatim('not here')),
    'archive.status': async () =>
      ok({
        archive: 'test',
        release: '2025-01-01T00:00:00.000Z',
        applied: false,
        signature: 'verified',
        keyId: '0123456789abcdef',
        updateUrl: null,
        offered: null,
      }),
    'archive.receivePack': async () => err('invalid_input', verbatim('not a pack')),
    'archive.applyPack': async () => err('not_found', verbatim('no such pack')),
    'archive.discardPack': async () => ok(null),
    'archive.checkOnline': async () => ok(null),
    'searches.list': async () => ok([]),
    'searches.save': async () => err('unavailable', verbatim('not here')),
    'searches.edit': async () => err('unavailable', verbatim('not here')),
    'searches.move': async () => ok([]),
    'searches.delete': async () => ok(null),
    'searches.seen': async () => err('unavailable', verbatim('not here')),
    'app.chooseFolder': async () => err('unavailable', verbatim('not here')),
    'articles.list': async (input) =>
      ok({
        total: 0,
        offset: input.offset,
        items: [],
        languages: [],
        years: [],
        sections: [],
        status: { read: 0, unread: 0, annotated: 0, own: 0, new: 0 },
      }),
    'articles.get': async ({ id }) => err('not_found', verbatim(`no ${id}`)),
    'library.addFiles': async () => ok({ added: [], skipped: [] }),
    'sync.sources': async () => ok([]),
    'sync.saveSources': async () => ok([]),
    'sync.run': async () => ok({ finished: '2026-01-01T00:00:00.000Z', sources: [] }),
    'sync.progress': async () => ok(null),
    'groups.list': async () => ok({ groups: [], me: { ...settings.identity } }),
    'groups.create': async () => err('unavailable', verbatim('no groups here')),
    'groups.join': async () => err('unavailable', verbatim('no groups here')),
    'groups.leave': async () => err('unavailable', verbatim('no groups here')),
    'groups.forArticle': async () => ok({ version: 1, others: [], replies: [], members: [] }),
    'groups.changes': async () => ok({ version: 1 }),
    'groups.reply': async () => err('unavailable', verbatim('no groups here')),
    'groups.editReply': async () => err('unavailable', verbatim('no groups here')),
    'groups.deleteReply': async () => err('unavailable', verbatim('no groups here')),
    'groups.exportPack': async () => err('unavailable', verbatim('no groups here')),
    'groups.importPack': async () => err('unavailable', verbatim('no groups here')),
    'search.query': async () =>
      ok({
        articles: { total: 0, hits: [] },
        notes: { total: 0, hits: [] },
        corrected: [],
        problems: [],
        sort: 'relevance',
        index,
        elapsedMs: 0,
      }),
    'search.status': async () => ok(index),
    'settings.get': async () => ok(settings),
    'settings.update': async (input) =>
      ok({
        ...settings,
        lastArticleId: input.lastArticleId ?? null,
        reader: { ...DEFAULT_READER, ...input.reader },
      }),
    'settings.exportFile': async () =>
      ok({ name: 'scholion-settings-2026-01-01.json', content: '{}\n' }),
    'settings.importFile': async ({ apply }) =>
      ok({
        applied: apply,
        changed: [],
        searchesAdded: [],
        searchesPresent: 0,
        searchesOverLimit: 0,
        skipped: [],
        settings: apply ? settings : null,
      }),
    'reading.get': async () => ok(null),
    'reading.save': async ({ block, progress }) =>
      ok({ block, progress, updated: '2026-01-01T00:00:00.000Z' }),
    'annotations.forArticle': async () => ok({ annotations: [], notices: [] }),
    'annotations.create': async () => err('unavailable', verbatim('no annotations here')),
    'annotations.update': async () => err('not_found', verbatim('no annotation')),
    'annotations.delete': async () => err('not_found', verbatim('no annotation')),
    'annotations.restore': async () => err('unavailable', verbatim('no annotations here')),
    'annotations.reanchor': async () => err('unavailable', verbatim('no annotations here')),
    'annotations.query': async ({ offset }) =>
      ok({
        total: 0,
        offset,
        items: [],
        tags: [],
        colors: [],
        languages: [],
        articles: [],
        authors: [],
      }),
    'annotations.tags': async () => ok([]),
    'export.render': async () => ok([]),
    'export.write': async ({ folder }) =>
      ok({ folder, written: [], unchanged: [], skipped: [], tagsChanged: [] }),
    'export.copy': async () => err('not_found', verbatim('There are no notes to copy.')),
    'import.preview': async () => err('invalid_input', verbatim('not here')),
    'import.apply': async () => err('invalid_input', verbatim('not here')),
    ...overrides,
  }
}
