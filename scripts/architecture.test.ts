// The shape of the tree (docs/architecture.md), checked on every run: no import circle anywhere,
// the renderer and the shared code never reach into the main process, shipped code never imports
// what is there for tests and benchmarks, and a renderer feature reaches another only through
// its index.ts.
import { describe, expect, it } from 'vitest'
import { circles, importGraph, sourceFiles } from './import-graph'

const ROOT = new URL('../', import.meta.url).pathname
const graph = importGraph(
  ROOT,
  sourceFiles(ROOT, ['src-main', 'src-shared', 'src-renderer', 'test-support']),
)
const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => ({ from, to })))
const isTest = (path: string) => /\.test\.tsx?$/.test(path)

describe('the import graph', () => {
  it('reads the tree (a guard against a pattern that matches nothing)', () => {
    expect(graph.size).toBeGreaterThan(200)
    expect(edges.length).toBeGreaterThan(600)
  })

  it('has no circle', () => {
    expect(circles(graph)).toEqual([])
  })

  it('keeps the renderer (tests included) and the shared code out of the main process', () => {
    const bad = edges.filter(
      ({ from, to }) =>
        (from.startsWith('src-renderer/') || from.startsWith('src-shared/')) &&
        to.startsWith('src-main/'),
    )
    expect(bad).toEqual([])
  })

  it('ships no code that is there for tests and benchmarks', () => {
    const bad = edges.filter(
      ({ from, to }) => to.startsWith('test-support/') && from.startsWith('src-') && !isTest(from),
    )
    expect(bad).toEqual([])
  })

  it('lets a renderer feature reach another only through its index.ts', () => {
    const shared = new Set(['ui', 'api', 'store', 'i18n'])
    const featureOf = (path: string) =>
      /^src-renderer\/([^/]+)\//.exec(path)?.[1] ?? (path.startsWith('src-renderer/') ? '' : null)
    const bad = edges.filter(({ from, to }) => {
      const a = featureOf(from)
      const b = featureOf(to)
      if (a === null || b === null || b === '' || a === b || shared.has(b)) return false
      return !/\/index\.tsx?$/.test(to)
    })
    expect(bad).toEqual([])
  })

  it('keeps the shared widgets, the API layer and the shared state free of features', () => {
    const shared = /^src-renderer\/(ui|api|store|i18n)\//
    const bad = edges.filter(
      ({ from, to }) => shared.test(from) && /^src-renderer\//.test(to) && !shared.test(to),
    )
    expect(bad).toEqual([])
  })
})
