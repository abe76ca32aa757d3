// A folder the user typed (a group's folder, an export's): `~` is their home, and the path must
// be absolute. A relative one would be taken from wherever the app was started, which the user
// neither sees nor chose.
import { isAbsolute, join, resolve } from 'node:path'
import { err, ok, type Result } from '../../src-shared/result'

export function userFolderPath(input: string, home: string): Result<string> {
  const typed = input.trim()
  const expanded = typed === '~' ? home : /^~[/\\]/.test(typed) ? join(home, typed.slice(2)) : typed
  if (!isAbsolute(expanded)) {
    return err('invalid_input', {
      key: 'folder.notFullPath',
      values: {
        typed,
        example: join(home, 'Sync', 'reading-group'),
        short: '~/Sync/reading-group',
      },
    })
  }
  return ok(resolve(expanded))
}
