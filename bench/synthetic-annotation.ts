// A synthetic annotation for benchmarks: a realistic passage, colour, note and tags, with the
// number `n` setting its place in the text and varying its note and tags.
import type { Annotation } from '../src-shared/annotation'

export function syntheticAnnotation(
  articleId: string,
  n: number,
  fields: Pick<Annotation, 'creator' | 'created'> & Partial<Annotation>,
): Annotation {
  return {
    id: `${articleId}-${n}`,
    articleId,
    contentHash: 'c'.repeat(64),
    quote: {
      exact: 'the working class is the leading force of the struggle against the monopolies',
      prefix: 'In every workplace and every neighbourhood, ',
      suffix: ', and this remains true under every condition',
    },
    position: { start: n * 100, end: n * 100 + 78 },
    color: 'yellow',
    note: '',
    tags: n % 2 ? ['theory'] : ['history', 'strikes'],
    modified: fields.created,
    ...fields,
  }
}
