// Los mensajes del núcleo en español: errores e informes del proceso principal y de la línea de
// órdenes (términos: docs/i18n.md).
import type { CoreCatalog } from './en'

export const esCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'el disco está lleno ({code})',
  'reason.noPermission': 'permiso denegado ({code})',
  'reason.readOnly': 'el disco es de solo lectura ({code})',
  'reason.missing': 'no existe ({code})',
  'reason.isFolder': 'es una carpeta ({code})',
  'reason.tooManyFiles': 'hay demasiados archivos abiertos ({code})',
  'reason.busy': 'está en uso ({code})',
  'reason.ioError': 'no se pudo leer ni escribir en el disco ({code})',

  'library.noArchive': 'No se pudo abrir el archivo de artículos; el aviso explica por qué.',
  'library.archiveUnopened': 'No se pudo abrir el archivo de artículos.',
  'library.cannotAdd': 'No se pudieron añadir los archivos: {reason}',
  'library.versionGone': 'Esa versión anterior del artículo no se conserva.',
  'library.versionDamaged': 'Esa versión anterior está dañada: {reason}',
  'library.noArticle': 'No hay ningún artículo «{id}» en la biblioteca.',
  'library.textDamaged': 'El texto de «{title}» está dañado en el archivo de artículos.',
  'library.badHash': 'La entrada de «{title}» en el catálogo está dañada (hash erróneo).',
  'library.textMissing': 'Falta el texto de «{title}» en el archivo de artículos.',
  'library.checksum':
    'El texto de «{title}» está dañado en el archivo de artículos (la suma de comprobación no coincide).',
  'library.textUnreadable': 'No se puede leer el texto de «{title}»: {reason}',
  'library.textUnshowable': 'No se puede mostrar el texto de «{title}»: {reason}',

  'annotations.notInGroup': 'Solo puedes compartir con un grupo de estudio al que perteneces.',
  'annotations.saveFailed': 'No se pudo guardar tu anotación: {reason}',
  'annotations.deleteFailed': 'No se pudo eliminar la anotación: {reason}',
  'annotations.outside': 'El pasaje seleccionado no está en el texto de este artículo.',
  'annotations.empty': 'Selecciona algunas palabras para resaltarlas.',
  'annotations.gone': 'Esa anotación ya no existe.',

  'app.noFolderPicker':
    'Escribe la ruta de la carpeta: una página del navegador no puede abrir un selector de carpetas.',
  'app.openFolderYourself': 'Abre esta carpeta en tu gestor de archivos: {folder}',
  'app.folderUnopened': 'No se pudo abrir la carpeta: {reason}',
  'settings.saveFailed': 'No se pudieron guardar tus ajustes: {reason}',
  'reading.saveFailed': 'No se pudo guardar tu punto de lectura: {reason}',

  'export.templateUnusable': 'No se puede usar la plantilla: {reason}',
  'export.templateUnreadable': 'No se puede leer la plantilla: {reason}',
  'export.notOurs':
    'ya hay un archivo con ese nombre sin la línea de marca de Scholion, así que se dejó como estaba',
  'export.writeFailed': 'No se pudo escribir la exportación en {folder}: {reason}',
  'export.nothingToCopy': 'No hay notas que copiar.',
  'import.unreadable': 'No se puede leer el archivo: {reason}',
  'import.saveFailed': 'No se pudo guardar la importación: {reason}',

  'import.noId': 'no tiene identificador',
  'import.noQuote': 'no marca ningún pasaje del texto (no tiene TextQuoteSelector)',
  'import.pageNote': 'no marca ningún pasaje del texto (es una nota de página)',
  'import.noTime': 'no tiene una hora de creación válida',
  'import.notObject': 'no es un objeto',
  'import.tooLarge': 'El archivo es demasiado grande para importarlo (más de {mb, number} MB).',
  'import.notJson': 'El archivo no es JSON válido ({reason}).',
  'import.tooDeep':
    'No se puede leer el archivo: tiene más de {depth, number} niveles de anidamiento.',
  'import.notAnnotations':
    'El archivo no contiene anotaciones que Scholion sepa leer: se esperaban W3C Web Annotations (una AnnotationCollection, una página o una lista) o una exportación de Hypothesis.',
  'import.tooMany': 'El archivo contiene demasiadas anotaciones (más de {max, number}).',
  'import.noArticle': 'su artículo no está en la biblioteca ({source})',
  'import.noSource': 'su artículo no está en la biblioteca (no nombra ninguno)',
  'import.deletedHere': 'se eliminó aquí después de su último cambio',
  'import.invalid': 'no es una anotación válida ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {No se pudo leer # cambio guardado en el registro de anotaciones y se omitió.} many {No se pudieron leer # de cambios guardados en el registro de anotaciones y se omitieron.} other {No se pudieron leer # cambios guardados en el registro de anotaciones y se omitieron.}}',
  'notice.batchCompleted': 'Se completó una importación que se había interrumpido.',
  'notice.annotationsUnwritten':
    '{count, plural, one {No se pudo escribir el archivo de anotaciones de # artículo.} many {No se pudieron escribir los archivos de anotaciones de # de artículos.} other {No se pudieron escribir los archivos de anotaciones de # artículos.}} Tus anotaciones están a salvo en el registro de guardado y se escribirán en cuanto se pueda; revisa el espacio y los permisos de la carpeta de datos.',
  'notice.archiveUnverified': 'No se pudo comprobar el archivo de artículos: {reason}',

  'file.isLink': 'es un enlace (los enlaces de una carpeta de grupo no se siguen)',
  'file.isFifo': 'es una tubería con nombre (FIFO), no un archivo',
  'file.isSocket': 'es un socket, no un archivo',
  'file.isDevice': 'es un dispositivo, no un archivo',
  'file.isFolder': 'es una carpeta, no un archivo',
  'file.notRegular': 'no es un archivo normal',
  'file.slow': 'leerlo llevó más de {seconds, number} s',
  'file.tooLarge': 'es demasiado grande (más de {mb, number} MB)',
  'file.unreadable': 'no se puede leer ({code})',
  'file.partNotFolder': '{path} es un enlace o un archivo, no una carpeta',
  'file.leadsOutside': '{path} lleva fuera de la carpeta del grupo',

  'group.damaged': 'está incompleto o dañado ({reason})',
  'group.tooDeep': 'tiene más de {depth, number} niveles de anidamiento',
  'group.notGroupFile': 'no es un archivo de grupo de Scholion',
  'group.noFormat': 'no tiene número de formato',
  'group.newer':
    'lo escribió una versión más reciente de Scholion (formato {format}); actualiza para leerlo',
  'group.noManifest': 'no describe un grupo (no tiene identificador, nombre ni hora de creación)',
  'group.someoneElse': 'describe a otra persona',
  'group.noOwner': 'no dice de quién es ni de qué artículo trata',
  'group.replyNoTarget': 'una respuesta sin identificador o sin la anotación a la que responde',
  'group.replyReserved': 'una respuesta con un identificador reservado',
  'group.replyText': 'una respuesta sin texto o con demasiado texto',
  'group.replyTime': 'una respuesta sin hora de creación válida',
  'group.itemNotObject': 'un elemento que no es un objeto',
  'group.replyOfOther': 'una respuesta de otra persona',
  'group.annotationOfOther': 'una anotación de otra persona',
  'group.invalidAnnotation': 'una anotación no válida ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {Se omitió # elemento: {first}} many {Se omitieron # de elementos; el primero: {first}} other {Se omitieron # elementos; el primero: {first}}}',
  'group.replyUnsaved': 'No se pudo guardar tu respuesta: {reason}',
  'group.ownFolderUnsafe': 'No se puede escribir en tu carpeta del grupo: {reason}.',
  'group.notHere': 'Ese grupo de estudio no está en este ordenador.',
  'group.left': 'Saliste de este grupo; su copia es de solo lectura.',
  'group.needIdentity': 'Elige primero el nombre y el color que verá el grupo.',
  'group.noFolder': 'No hay ninguna carpeta en {folder}.',
  'group.folderHasGroup': 'Esta carpeta ya contiene el grupo «{name}»: únete a él.',
  'group.folderHasBadGroup':
    'Esta carpeta contiene un archivo de grupo que no se puede leer ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {{folder} no está vacía (contiene «{name}»).} many {{folder} no está vacía (contiene # de archivos o carpetas).} other {{folder} no está vacía (contiene # archivos o carpetas).}} Un grupo nuevo necesita una carpeta vacía propia; para unirte a un grupo, elige la carpeta que comparte.',
  'group.createFailed': 'No se pudo crear el grupo: {reason}',
  'group.joinFailed': 'No se pudo unir al grupo: {reason}',
  'group.noGroupThere':
    'No hay ningún grupo en {folder} (falta {file}). Elige la carpeta que comparte el grupo o crea allí un grupo.',
  'group.manifestUnreadable': 'No se puede leer el archivo del grupo en {folder}: {reason}.',
  'group.unreadable': 'No se puede leer el grupo de esta carpeta: {reason}.',
  'group.alreadyIn': 'Ya perteneces a «{name}».',
  'group.notShared': 'Esa anotación no se comparte con este grupo.',
  'group.replyGone': 'Esa respuesta no es tuya o ya no existe.',
  'group.replyDeleteFailed': 'No se pudo eliminar la respuesta: {reason}',
  'pack.tooLarge': 'El archivo es demasiado grande (más de {mb, number} MB).',
  'pack.incomplete': 'El archivo no es un paquete de grupo completo ({reason}).',
  'pack.tooDeep':
    'No se puede leer el paquete: tiene más de {depth, number} niveles de anidamiento.',
  'pack.notPack': 'El archivo no es un paquete de grupo de Scholion (no nombra ningún grupo).',
  'pack.newer':
    'El paquete lo creó una versión más reciente de Scholion (formato {format}); actualiza Scholion para abrirlo.',
  'pack.badGroup': 'No se puede leer el grupo del paquete: {reason}.',
  'pack.badMemberId': 'un miembro con un identificador que Scholion no acepta ({id})',
  'pack.badMember': 'un miembro: {reason}',
  'pack.itemUnowned': 'un elemento sin autor ni artículo',
  'pack.itemBadIds':
    'un elemento con un identificador de autor o de artículo que Scholion no acepta ({id})',
  'pack.unreadable': 'No se puede leer el paquete: {reason}',
  'pack.leftGroup': 'Saliste de «{name}»; vuelve a unirte para recibir sus paquetes.',
  'pack.importFailed': 'No se pudo importar el paquete: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {No se pudo leer # archivo de otro miembro de «{name}»;} many {No se pudieron leer # de archivos de otros miembros de «{name}»;} other {No se pudieron leer # archivos de otros miembros de «{name}»;}} se muestra la última copia válida. En Grupos de estudio… verás cuáles y por qué.',

  'file.outOfMemory': 'Leerlo necesitó más de {mb, number} MB de memoria; se detuvo.',
  'file.readFailed': 'Falló la lectura ({reason}).',
  'file.readStopped': 'La lectura se detuvo de forma inesperada.',
  'file.tooSlow': 'Leerlo llevó más de {seconds, number} s; se detuvo.',
  'app.closing': 'La aplicación se está cerrando.',

  'addFiles.pageNoLanguage':
    'La página no indica su idioma (no hay {path} en su dirección ni atributo lang); llama al archivo {example}.',
  'addFiles.noArticleText': 'No se encontró texto de artículo en él.',
  'addFiles.noTitle': 'La página no tiene título.',
  'addFiles.markdownNoLanguage':
    'El archivo no indica su idioma; añade «{field}» a su cabecera (front matter).',
  'addFiles.noText': 'El archivo no contiene texto.',
  'addFiles.epubTooLarge': 'El libro descomprimido ocupa más de {mb, number} MB.',
  'addFiles.epubEmpty': 'El archivo no es un EPUB legible (no contiene archivos).',
  'addFiles.epubUnreadable': 'El archivo no es un EPUB legible ({reason}).',
  'addFiles.epubMissing': 'Al libro le falta {path}.',
  'addFiles.epubNoPackage': 'El libro no nombra su documento de paquete.',
  'addFiles.epubBadPackage': 'No se puede leer el documento de paquete del libro.',
  'addFiles.epubNoLanguage': 'El libro no indica su idioma.',
  'addFiles.epubNoText': 'El libro no contiene texto.',
  'addFiles.titleMade':
    'No hay línea de título: el título se formó a partir del nombre del archivo o de las primeras palabras.',
  'addFiles.kindUnknown':
    '{ext} no es un tipo de archivo que Scholion importe (texto, HTML, Markdown o EPUB).',
  'addFiles.noExtension':
    'Un archivo sin extensión no es de un tipo que Scholion importe (texto, HTML, Markdown o EPUB).',
  'addFiles.fileTooLarge': 'El archivo ocupa más de {mb, number} MB.',
  'addFiles.binary': 'El archivo no es texto (contiene datos binarios).',
  'addFiles.languageUnknown': 'No se pudo saber el idioma del texto; llama al archivo {example}.',
  'addFiles.nameNoLanguage': 'El nombre del archivo no indica el idioma (llámalo {example}).',
  'addFiles.longTitle':
    'El título tiene {count, number} caracteres; quizá se tomó un párrafo por el título.',
  'addFiles.titleIsBox':
    'El título es el encabezado del recuadro «páginas web antiguas» del sitio.',
  'addFiles.opensWithBox':
    'El texto empieza con la frase del recuadro «páginas web antiguas» del sitio.',
  'addFiles.dateMissing': 'No se encontró ninguna fecha.',
  'addFiles.languageGuessed':
    'El idioma ({lang}) se dedujo del texto; el nombre del archivo no lo indica.',
  'addFiles.alreadyHere': 'Ya está en la biblioteca, como «{title}».',
  'addFiles.sameText': 'El mismo texto ya está entre tus archivos.',
  'addFiles.notInLibrary': 'No está en la biblioteca.',

  'api.noMethod': 'No existe el método «{method}».',
  'api.invalidInput': 'La petición no es válida: {detail}',
  'api.failed': 'Algo salió mal en {method}: {reason}',
  'api.forbiddenPage': 'Esta página no puede llamar a la API de Scholion.',
  'api.postOnly': 'Las llamadas a la API usan POST.',
  'api.otherOrigin': 'Se rechazan las peticiones de otros orígenes.',
  'api.badToken': 'Falta el token o es incorrecto; usa la dirección que mostró el servidor.',
  'api.badMethodName': 'El nombre del método en la dirección no es válido.',
  'api.bodyTooLarge': 'El cuerpo de la petición es demasiado grande.',
  'api.bodyNotJson': 'El cuerpo de la petición no es JSON válido.',
  'api.bodyTooDeep': 'El cuerpo de la petición tiene demasiados niveles de anidamiento.',
  'api.serverFailed': 'El servidor falló: {reason}',
  'group.leaveFailed': 'No se pudo salir del grupo: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {# artículo está dañado en el archivo de artículos y se omite: {names}.} many {# de artículos están dañados en el archivo de artículos y se omiten: {names}.} other {# artículos están dañados en el archivo de artículos y se omiten: {names}.}}',
  'notice.archiveNoManifest':
    'El archivo de artículos de {folder} no tiene un manifiesto legible; sus archivos no se pueden verificar.',
  'notice.archiveCatalogChanged':
    'El catálogo del archivo de artículos de {folder} no coincide con su manifiesto; se modificó después de crearse.',
  'notice.archiveMissing': 'No se encontró ningún archivo de artículos en {folder}.',
  'notice.archiveNewer':
    '{which, select, own {La biblioteca de tus archivos} other {El archivo de artículos}} de {folder} necesita una versión más reciente de Scholion.',
  'notice.archiveDamaged':
    'El catálogo {which, select, own {de la biblioteca de tus archivos} other {del archivo de artículos}} de {folder} está dañado y no se puede leer ({reason}).',
  'notice.archiveDuplicate':
    'El archivo de artículos lista dos veces el artículo «{id}»; se ignora la segunda entrada.',

  'store.settings': 'ajustes',
  'store.readingPositions': 'puntos de lectura',
  'store.visits': 'historial de visitas',
  'store.syncSources': 'fuentes de sincronización',
  'store.groups': 'lista de grupos de estudio',
  'store.groupShare': 'grupo de estudio',
  'store.windowState': 'estado de la ventana',
  'store.notJson': 'JSON no válido: {reason}',
  'store.noVersion': 'le falta el número de versión',
  'store.noMigration': 'no hay migración desde la versión {version, number}',
  'store.unexpected': 'contenido inesperado: {reason}',
  'notice.storeMissing': 'Faltaba el archivo «{store}»; se restauró la última copia válida.',
  'notice.storeNewer':
    'El archivo «{store}» lo escribió una versión más reciente de Scholion (formato {format, number}); se deja intacto y los cambios no se guardarán hasta que actualices.',
  'notice.storeRestored':
    'El archivo «{store}» estaba dañado ({reason}); se restauró la última copia válida. El archivo dañado se guardó como {file}.',
  'notice.storeReset':
    'El archivo «{store}» estaba dañado ({reason}) y no se encontró una copia válida; se empieza con los valores predeterminados. El archivo dañado se guardó como {file}.',
  'notice.storeReadOnly':
    'El archivo «{store}» es de solo lectura (tiene un formato más reciente).',

  'search.noArchive': 'no hay archivo de artículos',
  'search.opening': 'el índice se está abriendo',
  'search.noIndex': 'el archivo de artículos no tiene índice de búsqueda',
  'search.indexDamaged': '{file} está dañado',
  'search.indexFormat': 'el índice tiene el formato {found, number}, no {wanted, number}',
  'search.indexOther': 'el índice se creó para otra versión del archivo de artículos',
  'search.annotationsUnread': 'No se pudieron leer las anotaciones: {reason}',
  'notice.searchRebuilding': 'El índice de búsqueda se está reconstruyendo ({reason}).',

  'sync.sameId': 'Dos fuentes tienen el identificador «{id}».',
  'sync.badPattern': 'El patrón de «{name}» no es una expresión regular.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'No se pudieron guardar las fuentes: {reason}',
  'sync.runFailed': 'No se pudo terminar la sincronización: {reason}',
  'sync.tooLarge': 'la página ocupa más de {kb, number} KB',
  'sync.badAddress': 'no es una dirección válida',
  'sync.httpOnly': 'solo se descargan direcciones http y https',
  'sync.noAnswer': 'sin respuesta en {seconds, number} s',
  'sync.unreachable': 'no se pudo acceder al sitio ({reason})',
  'sync.redirectNowhere': 'una redirección ({status, number}) a ninguna parte',
  'sync.tooManyRedirects': 'más de {max, number} redirecciones',
  'sync.redirectScheme': 'no se sigue una redirección a {scheme}',
  'sync.slowDown': 'el sitio pidió ir más despacio (429)',
  'sync.unavailable': 'el sitio no está disponible (503)',
  'sync.answered': 'el sitio respondió {status}',
  'sync.backingOff':
    '{count, plural, one {ya falló una vez} many {ya falló # de veces} other {ya falló # veces}} ({reason}); se volverá a pedir después del {when, date, medium} a las {when, time, short}',
  'sync.feedUnreadable': 'No se puede leer el canal ({reason}).',
  'sync.sitemapUnreadable': 'No se puede leer el mapa del sitio ({reason}).',
  'sync.feedMalformed': 'El canal no es XML bien formado (línea {line, number}: {reason}).',
  'sync.notListing': 'Esto no es un canal, ni un mapa del sitio, ni una página de enlaces.',
  'folder.notFullPath':
    '«{typed}» no es una ruta completa. Indica la ruta entera de la carpeta, por ejemplo {example} o {short}.',

  'store.annotationsFile': 'anotaciones de «{id}»',
  'store.groupCopy': 'copia del grupo de estudio «{name}»',
  'archive.duplicateId': 'otro archivo tiene el mismo identificador de artículo ({id})',

  'cli.usage': `Uso: scholion ORDEN [opciones]

Órdenes:
  serve           Sirve la aplicación y su API en 127.0.0.1
                    --port N        puerto (predeterminado: uno libre)
                    --data-dir DIR  carpeta de datos (predeterminada: SCHOLION_DATA_DIR o la carpeta de datos del sistema)
                    --archive DIR   carpeta del archivo de artículos (predeterminada: el incluido)
                    --release-keys DIR  las claves de edición de confianza (predeterminado: las incluidas)
                    --no-auto-sync  no sincronizar al arrancar ni según los horarios de las fuentes
  archive:build   Crea una carpeta de archivo a partir de artículos guardados
                    --from DIR      una carpeta de origen (repetible; predeterminada: archive-src)
                    --out DIR       carpeta de salida (predeterminada: resources/archive)
                    --report FILE   escribe también el informe de importación (cada artículo) en JSON
                    --name NAME     el nombre del archivo, que llevan sus paquetes de actualización (predeterminado kke-inter)
                    --release TIME  cuándo se hizo la edición (predeterminado: la fecha del artículo más reciente)
  archive:crawl   Guarda los artículos de un sitio en una carpeta de origen para archive:build
                    --site URL      el sitio (predeterminado https://inter.kke.gr)
                    --langs en,el   idiomas (predeterminado: todos los del sitio)
                    --out DIR       carpeta de origen (predeterminado archive-src/crawl); su registro permite continuar
                    --since DATE    deja fuera los artículos anteriores a YYYY-MM-DD
                    --max N         guarda como mucho N artículos en esta ejecución
                    --seed PATH     otro feed, mapa del sitio o lista ('{lang}': el idioma; repetible)
  archive:keygen  Crea un par de claves de edición (--out DIR)
  archive:sign    Firma un archivo construido (--key FILE, --archive DIR)
  archive:verify  Comprueba la firma y los ficheros de un archivo (--archive DIR, --release-keys DIR)
  archive:delta   Crea un paquete de actualización: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Aplica un paquete de actualización al archivo que lee la aplicación
                    --dry-run       solo dice qué añadiría, cambiaría y quitaría
                    --data-dir DIR, --archive DIR, --release-keys DIR  como en serve
  export          Exporta anotaciones
                    --format md|csv|jsonld (predeterminado md)
                    --out DIR       carpeta donde escribir (los archivos se actualizan en su sitio)
                    --tag T         solo las anotaciones con esta etiqueta
                    --article ID    solo las anotaciones de este artículo
                    --template FILE una plantilla Mustache para Markdown
                    --combined      Markdown: un solo archivo para todos los artículos
                    --flavour markdown|obsidian|logseq (predeterminado markdown)
                    --colours none|mark|property  resaltados como ==texto== o como propiedad color::
                    --data-dir DIR, --archive DIR  como en serve
  import FILE     Importa W3C Web Annotations (JSON-LD) o una exportación de Hypothesis
                    --dry-run       solo dice qué cambiaría
                    --data-dir DIR, --archive DIR  como en serve
  sync            Busca artículos nuevos en las fuentes activadas y los añade a tu biblioteca
                    --source ID     solo esta fuente (repetible)
                    --list          lista las fuentes y si cada una está activada
                    --full          vuelve a pedirlo todo, sin condiciones
                    --data-dir DIR, --archive DIR  como en serve
  search QUERY    Busca en los artículos (y con --notes en sus anotaciones), como la aplicación
                    --limit N       cuántos artículos (predeterminado 10)
                    --notes         también las anotaciones
                    --json          toda la respuesta en JSON, para scripts
                    --data-dir DIR, --archive DIR  como en serve
  help            Muestra este texto

Los mensajes siguen el idioma del terminal (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Orden desconocida «{command}».',
  'cli.badArguments': 'Las opciones no son correctas: {detail}. Consulta scholion help.',
  'cli.badPort': '--port debe estar entre 0 y 65535, no {port}.',
  'cli.notOneOf': '{option} debe ser uno de {allowed}, no {value}.',
  'cli.outRequired': '{option} es obligatorio (una carpeta).',
  'cli.importWhat': 'Indica el archivo que importar: {usage}',
  'cli.importing': 'Importando',
  'cli.indexing': 'Indexando',
  'cli.exporting': 'Exportando',
  'cli.syncing': 'Sincronizando fuentes',
  'cli.fullReport': 'El informe completo está en {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (deducido)',
  'cli.noDate': 'sin fecha',
  'cli.section': 'sección: {section}',
  'cli.moreWarned':
    '{count, plural, one {… y otro artículo con avisos} many {… y # de artículos más con avisos} other {… y # artículos más con avisos}}',
  'cli.skipped': 'omitido {name}: {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… y otro omitido} many {… y # de omitidos más} other {… y # omitidos más}}',
  'cli.archiveWritten':
    'Archivo escrito en {folder}: {imported, number} importados ({warned, number} con avisos), {skipped, number} omitidos.',
  'cli.tagChanged': 'etiqueta «{from}» escrita como #{to}',
  'cli.exported':
    'Exportado a {folder}: {written, number} escritos, {unchanged, number} ya al día, {skipped, number} omitidos.',
  'cli.imported':
    '{dryRun, select, yes {Se importaría} other {Importado}} {file} ({format}): {added, number} añadidas, {updated, number} actualizadas, {deleted, number} eliminadas, {unchanged, number} sin cambios, {skipped, number} omitidas.',
  'cli.noSourceOn':
    'No hay ninguna fuente activada: activa una en la aplicación o nombra una con {option}.',
  'cli.sourceUnread': '{name}: no se pudo leer ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} nuevos, {updated, plural, =0 {} one {# actualizado, } many {# actualizados, } other {# actualizados, }}{known, number} ya presentes, {failed, number} fallidos{unchanged, select, yes { (sin cambios desde la última sincronización)} other {}}',
  'cli.newVersion': '{title} ({id}): una versión nueva; se conserva la anterior',
  'cli.alsoNamedBy': '(también lo nombra {names})',
  'cli.unknownSource': 'Ninguna fuente tiene el identificador {ids}; consulta {command}.',
  'cli.syncAdded':
    '{count, plural, one {La sincronización añadió un artículo nuevo.} many {La sincronización añadió # de artículos nuevos.} other {La sincronización añadió # artículos nuevos.}}',
  'cli.serving': 'Scholion sirve {archive} con los datos en {data}',
  'cli.open': 'Abre {url}',

  'file.openFailed': 'No se pudo leer {name}: {reason}',

  'addFiles.ownCatalogDamaged':
    'El catálogo de tus archivos en {folder} está dañado ({reason}); no se añadió nada, para que no se pierda nada de él.',
  'pictures.tooLarge': 'la imagen ocupa más de {kb, number} KB',
  'pictures.svg': 'las imágenes SVG no se guardan (pueden llevar scripts)',
  'pictures.isPage': 'es una página web, no una imagen',
  'pictures.notPicture': 'no es una imagen JPEG, PNG, WebP, GIF ni AVIF',
  'pictures.damaged': 'la imagen está dañada',
  'pictures.tooManyPixels':
    'la imagen es demasiado grande ({width, number} × {height, number} píxeles)',
  'pictures.tooMany':
    'Imágenes en la página: {count, number}. Solo se guardan las primeras {max, number}.',
  'pictures.notKept': 'No se guardó una imagen ({address}): {reason}',
  'pictures.notBeside': 'la imagen no está en la carpeta de la página',
  'pictures.isLink': 'la imagen es un enlace, y los enlaces no se siguen',
  'archive.packUnreadable':
    'Este archivo no es una actualización del archivo de Scholion, o está dañado ({reason}).',
  'archive.packUnsigned':
    'Esta actualización del archivo no está firmada. Solo se pueden aplicar actualizaciones firmadas por los editores del archivo.',
  'archive.packUnknownKey':
    'Esta actualización está firmada con una clave que la aplicación no conoce ({keyId}). No se aplicó.',
  'archive.packBadSignature':
    'Esta actualización se alteró después de firmarse: la firma no coincide con su lista de archivos.',
  'archive.packBadManifest': 'La lista de archivos de esta actualización está mal formada.',
  'archive.packOtherArchive':
    'Esta actualización es para otro archivo («{archive}»), no para «{current}».',
  'archive.packNotNewer':
    'Esta actualización (edición del {release}) no es más reciente que el archivo en uso (edición del {current}).',
  'archive.packOtherBase':
    'Esta actualización se hizo para otra edición del archivo (del {release}); al archivo en uso le falta {path}. Aplique antes las actualizaciones intermedias.',
  'archive.packAltered':
    'Un archivo de esta actualización se alteró después de firmarse ({path}). No se cambió nada.',
  'archive.packTooLarge': 'Esta actualización es demasiado grande (más de {mb} MB).',
  'notice.archiveSignature':
    'El archivo no superó la comprobación de su firma: {problem, select, unsigned {no está firmado} key {está firmado con una clave que la aplicación no conoce} signature {se alteró después de firmarse} missing {falta un archivo de su lista ({path})} altered {un archivo se alteró después de la firma ({path})} other {su firma o su lista de archivos está mal formada}}. Sus artículos se pueden seguir leyendo.',
  'archive.applyFailed':
    'No se pudo aplicar la actualización del archivo: {reason}. El archivo en uso no ha cambiado.',
  'archive.packGone': 'Esta actualización ya no está: vuelva a elegir el archivo.',
  'archive.checkFailed': 'No se pudo buscar una actualización del archivo: {reason}',
  'cli.applied': 'El archivo en uso es ahora {archive}.',
  'cli.applyWhat':
    'Indique el paquete de actualización: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} debe ser un número entero mayor que 0, no {value}.',
  'cli.badDate': '{option} debe ser una fecha (YYYY-MM-DD), no {value}.',
  'cli.badName': '{option} solo puede tener minúsculas, dígitos y guiones, no {value}.',
  'cli.crawlDone':
    'Artículos guardados: {saved}, en {out} (encontrados: {found}; ya guardados: {already}; dejados fuera: {leftOut}; prohibidos por robots.txt: {forbidden}; fallidos: {failed}).',
  'cli.crawlFinding': 'Buscando artículos',
  'cli.crawlSaving': 'Guardando artículos',
  'cli.deltaDone':
    'Escrito {file} ({size}): añadidos {added}, cambiados {changed}, quitados {removed}.',
  'cli.deltaWhat':
    'Indique los dos archivos y el paquete: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} ya existe: una clave de edición nunca se sobrescribe.',
  'cli.keyRequired':
    '{option} es obligatorio (un fichero de clave privada creado por archive:keygen).',
  'cli.keygenDone':
    'Clave {keyId}: la clave privada está en {private} (guárdela en secreto, fuera de carpetas compartidas); la pública en {public} (póngala en resources/release-keys/).',
  'cli.packPreview':
    'Actualización de {archive}, edición del {release}, firmada por {keyId}: añadidos {added}, cambiados {changed}, quitados {removed}.',
  'cli.signed': '{archive} firmado con la clave {keyId}.',
  'cli.verified':
    '{archive}: firmado con la clave {keyId}; los {files} archivos están como en la lista.',
  'notice.archiveUpdateAvailable':
    'Hay un archivo más reciente (edición del {release}) disponible en línea: artículos nuevos: {added}, cambiados: {changed}. Está comprobado y listo: aplíquelo en Acerca de Scholion → Actualizar…',
  'cli.searchFound': 'Artículos encontrados: {total}',
  'cli.searchCorrected': '«{word}» no está en el archivo; se buscó: {similar}',
  'cli.searchNotes': 'Notas encontradas: {total}',
  'cli.searchWhat': 'Indique las palabras que buscar: scholion search QUERY',
  'store.savedSearches': 'búsquedas guardadas',
  'savedSearch.gone': 'Esta búsqueda guardada ya no existe.',
  'savedSearch.tooMany': 'Se pueden guardar como mucho {max} búsquedas.',
  'savedSearch.empty': 'Esta búsqueda no tiene palabras ni filtros.',
  'notify.savedSearch':
    '«{name}»: {count, plural, one {# artículo nuevo} many {# artículos nuevos} other {# artículos nuevos}}',
  'settingsFile.notJson': 'No es un archivo de ajustes: no es JSON.',
  'settingsFile.notSettings': 'No es un archivo de ajustes de Scholion.',
  'settingsFile.newer':
    'Este archivo de ajustes es de la versión {version}; este Scholion lee hasta la versión {known}. Actualiza Scholion para importarlo.',
}
