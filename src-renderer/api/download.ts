// Saves text as a file the way a browser does (the desktop app asks where): a link to a blob,
// clicked.
export function download(name: string, content: string): void {
  const type = name.endsWith('.csv')
    ? 'text/csv'
    : name.endsWith('.md')
      ? 'text/markdown'
      : 'application/ld+json'
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
