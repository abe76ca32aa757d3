// The icons are there in every size the installers need, made from build/icon.svg.
import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

async function pngSize(path: string): Promise<[number, number]> {
  const bytes = await readFile(new URL(`../${path}`, import.meta.url))
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

it('has a PNG for every size, a 1024 px icon.png and an .ico', async () => {
  for (const n of SIZES) expect(await pngSize(`build/icons/${n}x${n}.png`)).toEqual([n, n])
  expect(await pngSize('build/icon.png')).toEqual([1024, 1024])
  const ico = await readFile(new URL('../build/icon.ico', import.meta.url))
  expect(ico.readUInt16LE(2)).toBe(1) // an icon resource
  expect(ico.readUInt16LE(4)).toBe(7) // images inside
})
