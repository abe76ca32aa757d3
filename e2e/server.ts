// Starts `scholion serve` (the built CLI) as a child process on a free loopback port and
// reads the access URL it prints. Each test gets its own server and data folder.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'

export interface RunningServer {
  /** The printed URL, token included. */
  url: string
  origin: string
  token: string
  stop(): Promise<void>
  output(): string
}

export async function startServer(opts: {
  dataDir: string
  archive?: string | undefined
  /** The trusted release keys (default: the app's own, resources/release-keys). */
  releaseKeys?: string | undefined
}): Promise<RunningServer> {
  // No sync of its own: tests sync when they ask, and this machine has no internet.
  const args = [
    'out/main/cli.js',
    'serve',
    '--port',
    '0',
    '--data-dir',
    opts.dataDir,
    '--no-auto-sync',
  ]
  if (opts.archive) args.push('--archive', opts.archive)
  if (opts.releaseKeys) args.push('--release-keys', opts.releaseKeys)
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token')!,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000)
      await exited
      clearTimeout(timer)
    },
  }
}
