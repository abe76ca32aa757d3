// One open article: its metadata line and its text in the read-only ProseMirror view.
import { useEffect, useRef, useState } from 'react'
import type { ApiClient, Article } from '../../src-shared/api'
import { formatDate, languageName, textDirection } from '../../src-shared/lang'
import { mountReadingView } from '../reader/reading-view'

export function ArticlePane({ api, id }: { api: ApiClient; id: string }) {
  const [article, setArticle] = useState<Article | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const bodyRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let live = true
    void api['articles.get']({ id }).then((r) => {
      if (!live) return
      if (r.ok) setArticle(r.value)
      else setProblem(r.error.message)
    })
    return () => {
      live = false
    }
  }, [api, id])

  useEffect(() => {
    if (!article || !bodyRef.current) return
    const view = mountReadingView(bodyRef.current, article.doc, article.meta.lang)
    document.title = `${article.meta.title} — Scholion`
    return () => view.destroy()
  }, [article])

  if (problem) {
    return (
      <div className="reader-problem" role="alert">
        <p>{problem}</p>
      </div>
    )
  }
  if (!article) return <div className="reader-loading" aria-busy="true" />
  const { meta } = article
  const facts = [
    meta.author,
    formatDate(meta.date),
    meta.publication,
    languageName(meta.lang),
  ].filter(Boolean)
  return (
    <article className="article" lang={meta.lang} dir={textDirection(meta.lang)}>
      <p className="article-meta">{facts.join(' · ')}</p>
      <div ref={bodyRef} />
    </article>
  )
}
