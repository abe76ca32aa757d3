// `npm run fixture-site [-- --port N --per-language N --languages en,el]`: serves the fixture
// site (a local copy of the site's structure, with faults under /faults/) until stopped, and
// prints the addresses to add as sync sources.
import { parseArgs } from 'node:util'
import type { SynthLang } from '../test-support/synth/vocabulary'
import { startFixtureSite } from '../test-support/fixture-site'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'per-language': { type: 'string', default: '12' },
    languages: { type: 'string' },
  },
})
const site = await startFixtureSite({
  port: Number(values.port),
  perLanguage: Number(values['per-language']),
  ...(values.languages ? { languages: values.languages.split(',') as SynthLang[] } : {}),
})
console.log(`Fixture site on ${site.url}
  front pages   ${site.url}/en/  (and /el/, /ru/, /ar/, /de/, /fr/, /it/, /es/, /tr/)
  listings      ${site.url}/en/articles/   pattern /en/articles/[^/]+/$
  feeds         ${site.url}/en/feed/
  sitemap       ${site.url}/sitemap.xml
  faults        ${site.url}/faults/   pattern /faults/articles/[^/]+/$
Press Enter to revise the changing article; Ctrl+C to stop.`)
process.stdin.on('data', () => {
  site.revise()
  console.log('Revised /en/articles/changing-article/')
})
process.on('SIGINT', () => void site.close().then(() => process.exit(0)))
