// The process boundaries are lint rules; this proves they fire where they must and only there.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import boundaries', () => {
  it("allows 'electron' only under src-main/electron/", async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    expect(await restrictedImports(code, 'src-main/electron/x.ts')).toEqual([])
    expect(await restrictedImports(code, 'src-main/library/x.ts')).toHaveLength(1)
    expect(await restrictedImports(code, 'src-shared/x.ts')).toHaveLength(1)
    expect(await restrictedImports(code, 'src-renderer/x.ts')).toHaveLength(1)
    expect(
      await restrictedImports(
        "import { ipcMain } from 'electron/main'\nexport const i = ipcMain\n",
        'src-main/hosts/x.ts',
      ),
    ).toHaveLength(1)
  })

  it('allows electron types (no runtime import) outside the shell, but not in the renderer', async () => {
    const code = "import type { WebPreferences } from 'electron'\nexport type W = WebPreferences\n"
    expect(await restrictedImports(code, 'src-main/desktop/x.ts')).toEqual([])
    expect(await restrictedImports(code, 'src-renderer/x.ts')).toHaveLength(1)
  })

  it('keeps Node built-ins out of the renderer and the shared code', async () => {
    for (const mod of ['fs', 'node:fs', 'node:path', 'child_process']) {
      const code = `import * as m from '${mod}'\nexport const x = m\n`
      expect(await restrictedImports(code, 'src-renderer/components/X.tsx')).toHaveLength(1)
      expect(await restrictedImports(code, 'src-shared/x.ts')).toHaveLength(1)
      expect(await restrictedImports(code, 'src-main/library/x.ts')).toEqual([])
    }
  })
})

describe('prototype pollution', () => {
  it('refuses get-or-create on a computed key, in the core and the renderer', async () => {
    const code =
      'export function f(d: Record<string, Record<string, number>>, k: string) {\n' +
      '  const into = (d[k] ??= {})\n  into.x = 1\n}\n'
    for (const filePath of ['src-main/groups/x.ts', 'src-renderer/x.ts', 'src-shared/x.ts']) {
      const [result] = await eslint.lintText(code, { filePath })
      const found = result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')
      expect(found.map((m) => m.message)).toEqual([expect.stringContaining('Object.prototype')])
    }
    const plain = 'export function f(d: { a?: number }) {\n  d.a ??= 1\n}\n'
    const [ok] = await eslint.lintText(plain, { filePath: 'src-main/x.ts' })
    expect(ok!.messages).toEqual([])
  })
})
