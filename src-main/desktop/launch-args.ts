// What a launch of the app was asked to open, from its command-line arguments (how Windows
// and Linux pass files and links): annotation pack files and archive update packs, by their
// extension.

import { isAbsolute, resolve, win32 } from 'node:path'

const PACK = /\.(scholion|jsonld|scholion-archive)$/i

/**
 * The annotation pack files and archive update packs among `args` (options, which start with "-", are not files), as
 * full paths: a relative one is read from `workingDirectory`, the folder the launch was made in
 * (a second launch passes its own, which is not this process's).
 */
export function packFilesInArgs(
  args: readonly string[],
  workingDirectory: string = process.cwd(),
): string[] {
  return args
    .filter((a) => PACK.test(a) && !a.startsWith('-'))
    .map((a) => (isAbsolute(a) || win32.isAbsolute(a) ? a : resolve(workingDirectory, a)))
}
