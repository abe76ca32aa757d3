// `npm run archive:synth -- --count N --seed S --out DIR`: writes a synthetic multilingual source
// folder (for scale tests and benchmarks; not part of the shipped command).
import { parseArgs } from 'node:util'
import { progressBar } from '../src-main/cli/progress'
import { synthesise } from '../test-support/synth/synth'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})
const count = Number(values.count)
const seed = Number(values.seed)
if (!values.out) fail('--out DIR is required')
else if (!Number.isInteger(count) || count < 1)
  fail(`--count must be a positive whole number, not ${values.count}`)
else if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not ${values.seed}`)
else {
  await synthesise({ count, seed, out: values.out, onProgress: progressBar('Writing') })
  console.log(`Wrote ${count} synthetic articles to ${values.out}.`)
}

function fail(message: string): void {
  console.error(message)
  process.exitCode = 2
}
