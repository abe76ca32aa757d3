// Sending an archive update pack to the core: the page has the file, not a path, so its bytes go
// in parts of a few megabytes (base64), each within what one contract call may carry; the last
// part has the pack checked and previewed. A part that fails stops the sending and forgets what
// was sent.
import { MAX_PACK_PART_CHARS, type ApiClient, type ReceivedPack } from '../../src-shared/api'
import { err, ok, type Result } from '../../src-shared/result'

/** The extension of update packs, for the file picker and for files dropped on the window. */
export const PACK_EXTENSION = '.scholion-archive'

export function isPackFile(file: { name: string }): boolean {
  return file.name.toLowerCase().endsWith(PACK_EXTENSION)
}

/** Raw bytes a part carries: base64 makes 4 characters of 3 bytes. */
const PART_BYTES = Math.floor((MAX_PACK_PART_CHARS / 4) * 3) - 1024

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** What is sent: a File, or anything with its name, size and bytes. */
interface FileLike {
  name: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

export async function sendPack(
  api: ApiClient,
  file: FileLike & { slice?(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> } },
  onProgress?: (sent: number, total: number) => void,
  partBytes = PART_BYTES,
): Promise<Result<ReceivedPack>> {
  let upload: string | null = null
  const total = file.size
  // A File is read a part at a time; anything else whole.
  const whole = file.slice ? null : new Uint8Array(await file.arrayBuffer())
  for (let start = 0; start < total || start === 0; start += partBytes) {
    const end = Math.min(total, start + partBytes)
    const bytes = whole
      ? whole.subarray(start, end)
      : new Uint8Array(await file.slice!(start, end).arrayBuffer())
    const sent: Result<ReceivedPack> = await api['archive.receivePack']({
      upload,
      data: base64(bytes),
      last: end >= total,
    })
    if (!sent.ok) {
      if (upload) void api['archive.discardPack']({ upload })
      return sent
    }
    upload = sent.value.upload
    onProgress?.(end, total)
    if (end >= total) return sent
  }
  return upload ? ok({ upload, preview: null }) : err('invalid_input', { key: 'archive.packGone' })
}
