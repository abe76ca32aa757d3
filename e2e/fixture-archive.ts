// A small multilingual archive for reader tests: the bundled seed plus a short article in Greek
// and Arabic written for these tests (not a text of the site), built with the real importer.
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildArchive } from '../src-main/archive/archive-build'

// Same slug in two languages: the build links them as translations of each other.
export const GREEK_ID = 'el-test-struggle'
export const ARABIC_ID = 'ar-test-struggle'

const GREEK = `Η πάλη των τάξεων συνεχίζεται

Το Κομμουνιστικό Κόμμα στηρίζει τους αγώνες των εργατών σε κάθε χώρο δουλειάς.

Η συνάντηση

Ο ΚΟΜΜΟΥΝΙΣΤΙΚΟΣ αγώνας για δικαιώματα απαιτεί οργάνωση και ενότητα.

Published in Rizospastis, 5 March 2023
`

const ARABIC = `النضال الطبقي هو القوة الدافعة

إن الحزب الشيوعي اليوناني يدعم نضالات العمال في كل مكان عمل.

التنظيم والوحدة

تحتاج الطبقة العاملة إلى التنظيم والوحدة من أجل حقوقها.
`

export const RUSSIAN_ID = 'ru-test-party'
export const GERMAN_ID = 'de-test-party'

const RUSSIAN = `Коммунистическая партия и рабочие

Рабочие поддерживают борьбу коммунистической партии за права трудящихся.

Published in Rizospastis, 7 November 2017
`

const GERMAN = `Die Arbeiter auf der Straße

Die Arbeiter kämpfen auf der Straße für ihre Rechte und gegen die Ausbeutung.

Published in Rizospastis, 3 October 2019
`

/** Writes the sources and builds them into a fresh archive folder; returns its path. With
 * `more`, Russian and German articles too (for search). */
export async function buildFixtureArchive(more = false): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'scholion-fixture-'))
  const src = join(root, 'src')
  await mkdir(src)
  await writeFile(join(src, 'test-struggle.el.txt'), GREEK)
  await writeFile(join(src, 'test-struggle.ar.txt'), ARABIC)
  await copyFile(
    'archive-src/kke-inter/en/the-class-struggle-cannot-be-denigrated.en.txt',
    join(src, 'the-class-struggle-cannot-be-denigrated.en.txt'),
  )
  if (more) {
    await writeFile(join(src, 'test-party.ru.txt'), RUSSIAN)
    await writeFile(join(src, 'test-party.de.txt'), GERMAN)
  }
  const out = join(root, 'archive')
  await buildArchive({ from: [src], out })
  return out
}
