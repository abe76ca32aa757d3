// Whose highlights the reader shows, in a study group: everyone, only one's own, or a choice
// of members, each in their colour.
import type { Member } from '../../src-shared/group'
import { useT } from '../i18n'

interface Props {
  people: readonly (Member & { me: boolean })[]
  hidden: readonly string[]
  onChange: (hidden: string[]) => void
}

export function PeopleFilter({ people, hidden, onChange }: Props) {
  const t = useT()
  const me = people.find((p) => p.me)
  return (
    <fieldset className="people-filter">
      <legend>{t('people.showOf')}</legend>
      <button type="button" className="link-button" onClick={() => onChange([])}>
        {t('notebook.everyone')}
      </button>
      {me && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(people.filter((p) => !p.me).map((p) => p.id))}
        >
          {t('people.onlyMine')}
        </button>
      )}
      {people.map((p) => (
        <label key={p.id} className="person">
          <input
            type="checkbox"
            checked={!hidden.includes(p.id)}
            onChange={(e) =>
              onChange(e.target.checked ? hidden.filter((h) => h !== p.id) : [...hidden, p.id])
            }
          />
          <span className="member-dot" style={{ background: p.colour }} aria-hidden="true" />
          {p.me ? t('notes.you') : p.name || t('notes.unnamedMember')}
        </label>
      ))}
    </fieldset>
  )
}
