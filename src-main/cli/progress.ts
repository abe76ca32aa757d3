// A one-line progress bar for terminal commands; plain lines when not on a terminal (CI logs).
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastPercent = -1
  return (done: number, total: number): void => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
    if (stream.isTTY) {
      const width = 30
      const filled = Math.round((percent / 100) * width)
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`,
      )
      if (done === total) stream.write('\n')
    } else if (percent >= lastPercent + 25 || done === total) {
      lastPercent = percent
      stream.write(`${label}: ${done}/${total}\n`)
    }
  }
}
