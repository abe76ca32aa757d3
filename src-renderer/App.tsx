// The app shell: notices on top, the library on the left, the reader on the right. It opens
// the article the user last read, and remembers each one opened.
import { useCallback, useEffect, useState } from 'react'
import type { ApiClient, AppInfo } from '../src-shared/api'
import { LibraryPane } from './components/LibraryPane'
import { ArticlePane } from './components/ArticlePane'
import { Notices } from './components/Notices'

export function App({ api }: { api: ApiClient }) {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const report = useCallback((message: string) => setProblems((list) => [...list, message]), [])

  useEffect(() => {
    void api['app.info']({}).then((r) => (r.ok ? setInfo(r.value) : report(r.error.message)))
    void api['settings.get']({}).then((r) => {
      if (r.ok && r.value.lastArticleId) setSelected((current) => current ?? r.value.lastArticleId)
      else if (!r.ok) report(r.error.message)
    })
  }, [api, report])

  const open = useCallback(
    (id: string) => {
      setSelected(id)
      void api['settings.update']({ lastArticleId: id }).then((r) => {
        if (!r.ok) report(r.error.message)
      })
    },
    [api, report],
  )

  return (
    <div className="app">
      <Notices notices={info?.notices ?? []} problems={problems} />
      <div className="panes">
        <LibraryPane
          api={api}
          selectedId={selected}
          onOpen={open}
          articleCount={info?.archive?.articleCount}
        />
        <main className="reader-pane" aria-label="Reader">
          {selected ? (
            <ArticlePane api={api} id={selected} key={selected} />
          ) : (
            <div className="empty-reader">
              <p>Choose an article from the library to start reading.</p>
            </div>
          )}
        </main>
      </div>
    </div>
  )
}
