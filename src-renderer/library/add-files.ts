// Sending the user's files to the library: each file's bytes as base64, in batches that stay
// within what one contract call may carry, with the reports of all batches joined into one.
import { MAX_ADD_FILES_CHARS, type AddFilesReport, type ApiClient } from '../../src-shared/api'
import { messageOf } from '../../src-shared/result'

/** The extensions the library imports, for the file picker. */
export const ACCEPTED_FILES = '.html,.htm,.md,.markdown,.txt,.epub'

export interface FileLike {
  name: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Adds `files` to the library; `onProgress` hears how many files were sent so far. */
export async function addFilesToLibrary(
  api: ApiClient,
  files: readonly FileLike[],
  onProgress?: (done: number, total: number) => void,
): Promise<AddFilesReport> {
  const report: AddFilesReport = { added: [], skipped: [] }
  // Base64 makes 4 characters of 3 bytes; leave room for names and JSON.
  const budget = Math.floor((MAX_ADD_FILES_CHARS * 3) / 4) - 64 * 1024
  let batch: { name: string; data: string }[] = []
  let size = 0
  let done = 0
  const send = async () => {
    if (batch.length === 0) return
    const r = await api['library.addFiles']({ files: batch })
    done += batch.length
    if (r.ok) {
      report.added.push(...r.value.added)
      report.skipped.push(...r.value.skipped)
    } else {
      for (const f of batch) report.skipped.push({ file: f.name, reason: messageOf(r.error) })
    }
    batch = []
    size = 0
    onProgress?.(done, files.length)
  }
  for (const file of files) {
    if (file.size > budget) {
      report.skipped.push({ file: file.name, reason: { key: 'addFiles.tooLarge' } })
      done++
      continue
    }
    if (size + file.size > budget || batch.length >= 100) await send()
    batch.push({ name: file.name, data: base64(await file.arrayBuffer()) })
    size += file.size
  }
  await send()
  return report
}
