// An annotation's tags as small chips, in the notes panel and the notebook.
export function TagChips({ tags }: { tags: readonly string[] }) {
  return (
    <>
      {tags.map((t) => (
        <span key={t} className="tag">
          {t}
        </span>
      ))}
    </>
  )
}
