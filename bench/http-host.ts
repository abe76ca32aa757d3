// The built HTTP host in a process of its own, for the benchmarks that measure how the app keeps
// answering: started with `serve` and the options given, called as the page calls it.
import { spawn } from 'node:child_process'

export interface Host {
  call(
    method: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
  stop(): Promise<void>
}

export async function startHost(args: readonly string[]): Promise<Host> {
  const child = spawn(process.execPath, ['out/main/cli.js', 'serve', ...args, '--no-auto-sync'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const [, port, token] = await new Promise<RegExpExecArray>((resolve) => {
    let seen = ''
    child.stdout!.on('data', (d: Buffer) => {
      seen += d.toString()
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+)/.exec(seen)
      if (m) resolve(m)
    })
  })
  return {
    async call(method, input) {
      const r = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      })
      return (await r.json()) as Awaited<ReturnType<Host['call']>>
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
