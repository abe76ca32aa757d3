// Module hooks for the stand-in: `import … from 'electron'` in the built main bundle gets the
// stand-in (standin.ts) instead of the real module, which cannot run on these machines.
const STANDIN = new URL('./standin.ts', import.meta.url).href

export async function resolve(specifier, context, next) {
  // Through the next resolver (tsx's), so that the TypeScript file is loaded as such.
  if (specifier === 'electron') return next(STANDIN, context)
  return next(specifier, context)
}
