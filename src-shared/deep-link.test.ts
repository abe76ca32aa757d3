import { describe, expect, it } from 'vitest'
import { annotationLink, paragraphLink } from './citation'
import { deepLinkInArgs, parseDeepLink } from './deep-link'

describe('parseDeepLink', () => {
  it('reads the links that citations and exports write', () => {
    expect(parseDeepLink(paragraphLink('en-the-class-struggle', 12))).toEqual({
      kind: 'article',
      articleId: 'en-the-class-struggle',
      paragraph: 12,
      annotationId: null,
    })
    expect(parseDeepLink(annotationLink('el-πάλη/των τάξεων', 'a b#c'))).toEqual({
      kind: 'article',
      articleId: 'el-πάλη/των τάξεων',
      paragraph: null,
      annotationId: 'a b#c',
    })
    expect(parseDeepLink('scholion://article/en-x')).toMatchObject({
      articleId: 'en-x',
      paragraph: null,
    })
  })

  it('refuses other schemes, hosts, places and garbage with a reason', () => {
    for (const bad of [
      'https://evil.example/article/x',
      'javascript:alert(1)',
      'scholion://settings/x',
      'scholion://article/',
      'scholion://article/x#somewhere',
      'scholion://article/%E0%A4%A',
      'not a link',
      `scholion://article/${'x'.repeat(3000)}`,
    ]) {
      const parsed = parseDeepLink(bad)
      expect(parsed.kind, bad).toBe('invalid')
      if (parsed.kind === 'invalid') expect(parsed.reason.key).toMatch(/^link\./)
    }
  })

  it('finds a link among command-line arguments', () => {
    expect(deepLinkInArgs(['/opt/scholion', '--flag', 'scholion://article/en-x#para-2'])).toBe(
      'scholion://article/en-x#para-2',
    )
    expect(deepLinkInArgs(['/opt/scholion'])).toBeNull()
  })
})
