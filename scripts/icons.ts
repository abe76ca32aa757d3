// `npm run icons`: renders the app icon from its one source, build/icon.svg, into every size
// the installers use: build/icon.png (1024 px, from which electron-builder makes the macOS and
// Windows icons), build/icons/<n>x<n>.png for Linux, and build/icon.ico. Pure WASM (resvg), no
// native modules.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { Resvg, initWasm } from '@resvg/resvg-wasm'
import pngToIco from 'png-to-ico'

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

const wasm = await readFile(
  new URL('../node_modules/@resvg/resvg-wasm/index_bg.wasm', import.meta.url),
)
await initWasm(wasm)
const svg = await readFile(new URL('../build/icon.svg', import.meta.url), 'utf8')
const render = (size: number) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()

await mkdir(new URL('../build/icons/', import.meta.url), { recursive: true })
const pngs = new Map<number, Uint8Array>()
for (const size of ICON_SIZES) {
  const png = render(size)
  pngs.set(size, png)
  await writeFile(new URL(`../build/icons/${size}x${size}.png`, import.meta.url), png)
}
await writeFile(new URL('../build/icon.png', import.meta.url), pngs.get(1024)!)
const ico = await pngToIco(ICO_SIZES.map((s) => Buffer.from(pngs.get(s)!)))
await writeFile(new URL('../build/icon.ico', import.meta.url), ico)
console.log(`Wrote build/icon.png, build/icon.ico and build/icons/ (${ICON_SIZES.join(', ')} px).`)
