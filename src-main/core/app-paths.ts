// Where the app's own files are, in development (a checkout) and when packaged. The CLI bundle
// (out/main/cli.js) and its source (src-main/cli/) both sit two folders below the app root.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export function appRootFrom(moduleUrl: string): string {
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', '..')
}

export interface ArchiveLocation {
  /** An explicit folder (--archive or SCHOLION_ARCHIVE_DIR) wins. */
  override?: string | undefined
  /** Electron's process.resourcesPath when packaged. */
  packagedResources?: string | undefined
  appRoot: string
}

/** The bundled archive: explicit override, else `<resources>/archive` packaged, else `resources/archive`. */
export function resolveArchiveDir({
  override,
  packagedResources,
  appRoot,
}: ArchiveLocation): string {
  if (override) return resolve(override)
  if (packagedResources) return join(packagedResources, 'archive')
  return join(appRoot, 'resources', 'archive')
}

/** The release keys the app trusts: `<resources>/release-keys` packaged, else the checkout's
 * `resources/release-keys`; an explicit folder (--release-keys, SCHOLION_RELEASE_KEYS) wins. */
export function resolveReleaseKeysDir({
  override,
  packagedResources,
  appRoot,
}: ArchiveLocation): string {
  if (override) return resolve(override)
  if (packagedResources) return join(packagedResources, 'release-keys')
  return join(appRoot, 'resources', 'release-keys')
}

export function rendererDir(appRoot: string): string {
  return join(appRoot, 'out', 'renderer')
}

export function appVersion(appRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string })
      .version
  } catch {
    return '0.0.0'
  }
}
