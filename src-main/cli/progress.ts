// A one-line progress bar for terminal commands, with the time left once it can be told; plain
// lines when not on a terminal (CI logs).

/** Seconds as m:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = String(s % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`
}

export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
) {
  let lastPercent = -1
  const started = now()
  return (done: number, total: number): void => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
    if (stream.isTTY) {
      const width = 30
      const filled = Math.round((percent / 100) * width)
      const elapsed = (now() - started) / 1000
      // The time left, from the pace so far, once there is a pace to go by.
      const eta =
        done > 0 && done < total && elapsed > 1
          ? ` ETA ${clock((elapsed / done) * (total - done))}`
          : ''
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${eta}\x1b[K`,
      )
      if (done === total) stream.write('\n')
    } else if (percent >= lastPercent + 25 || done === total) {
      lastPercent = percent
      stream.write(`${label}: ${done}/${total}\n`)
    }
  }
}
