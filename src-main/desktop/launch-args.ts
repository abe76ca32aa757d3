// What a launch of the app was asked to open, from its command-line arguments (how Windows
// and Linux pass files and links): annotation pack files by their extension.

const PACK = /\.(scholion|jsonld)$/i

/** The annotation pack files among `args` (options, which start with "-", are not files). */
export function packFilesInArgs(args: readonly string[]): string[] {
  return args.filter((a) => PACK.test(a) && !a.startsWith('-'))
}
