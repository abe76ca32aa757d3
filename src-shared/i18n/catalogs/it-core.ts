// I messaggi del nucleo in italiano: errori e resoconti del processo principale e della riga di
// comando (termini: docs/i18n.md).
import type { CoreCatalog } from './en'

export const itCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'il disco è pieno ({code})',
  'reason.noPermission': 'permesso negato ({code})',
  'reason.readOnly': 'il disco è di sola lettura ({code})',
  'reason.missing': 'non esiste ({code})',
  'reason.isFolder': 'è una cartella ({code})',
  'reason.tooManyFiles': 'ci sono troppi file aperti ({code})',
  'reason.busy': 'è in uso ({code})',
  'reason.ioError': 'non è stato possibile leggere o scrivere sul disco ({code})',

  'library.noArchive': 'Non è stato possibile aprire l’archivio; l’avviso spiega perché.',
  'library.archiveUnopened': 'Non è stato possibile aprire l’archivio.',
  'library.cannotAdd': 'Non è stato possibile aggiungere i file: {reason}',
  'library.versionGone': 'Questa versione precedente dell’articolo non è conservata.',
  'library.versionDamaged': 'Questa versione precedente è danneggiata: {reason}',
  'library.noArticle': 'Nella biblioteca non c’è l’articolo «{id}».',
  'library.textDamaged': 'Il testo di «{title}» è danneggiato nell’archivio.',
  'library.badHash': 'La voce di catalogo di «{title}» è danneggiata (hash errato).',
  'library.textMissing': 'Il testo di «{title}» manca dall’archivio.',
  'library.checksum':
    'Il testo di «{title}» è danneggiato nell’archivio (la somma di controllo non corrisponde).',
  'library.textUnreadable': 'Non è stato possibile leggere il testo di «{title}»: {reason}',
  'library.textUnshowable': 'Non è stato possibile mostrare il testo di «{title}»: {reason}',

  'annotations.notInGroup': 'Puoi condividere solo con un gruppo di studio di cui fai parte.',
  'annotations.saveFailed': 'Non è stato possibile salvare l’annotazione: {reason}',
  'annotations.deleteFailed': 'Non è stato possibile eliminare l’annotazione: {reason}',
  'annotations.outside': 'Il passo selezionato non è nel testo di questo articolo.',
  'annotations.empty': 'Seleziona qualche parola da evidenziare.',
  'annotations.gone': 'Questa annotazione non esiste più.',

  'app.noFolderPicker':
    'Scrivi il percorso della cartella: una pagina del browser non può aprire la scelta delle cartelle.',
  'app.openFolderYourself': 'Apri questa cartella nel gestore dei file: {folder}',
  'app.folderUnopened': 'Non è stato possibile aprire la cartella: {reason}',
  'settings.saveFailed': 'Non è stato possibile salvare le impostazioni: {reason}',
  'reading.saveFailed': 'Non è stato possibile salvare il punto di lettura: {reason}',

  'export.templateUnusable': 'Il modello non si può usare: {reason}',
  'export.templateUnreadable': 'Il modello non si può leggere: {reason}',
  'export.notOurs':
    'c’è già un file con questo nome senza la riga di riferimento di Scholion, perciò è stato lasciato com’era',
  'export.writeFailed': 'Non è stato possibile scrivere l’esportazione in {folder}: {reason}',
  'export.nothingToCopy': 'Non ci sono note da copiare.',
  'import.unreadable': 'Non è stato possibile leggere il file: {reason}',
  'import.saveFailed': 'Non è stato possibile salvare l’importazione: {reason}',

  'import.noId': 'non ha un identificativo',
  'import.noQuote': 'non segna alcun passo del testo (manca TextQuoteSelector)',
  'import.pageNote': 'non segna alcun passo del testo (è una nota sulla pagina)',
  'import.noTime': 'non ha un’ora di creazione valida',
  'import.notObject': 'non è un oggetto',
  'import.tooLarge': 'Il file è troppo grande da importare (oltre {mb, number} MB).',
  'import.notJson': 'Il file non è JSON valido ({reason}).',
  'import.tooDeep':
    'Non è stato possibile leggere il file: ha più di {depth, number} livelli di annidamento.',
  'import.notAnnotations':
    'Il file non contiene annotazioni che Scholion sappia leggere: si attendevano W3C Web Annotations (una AnnotationCollection, una pagina o un elenco) o un’esportazione di Hypothesis.',
  'import.tooMany': 'Il file contiene troppe annotazioni (oltre {max, number}).',
  'import.noArticle': 'il suo articolo non è nella biblioteca ({source})',
  'import.noSource': 'il suo articolo non è nella biblioteca (non ne indica nessuno)',
  'import.deletedHere': 'è stata eliminata qui dopo la sua ultima modifica',
  'import.invalid': 'non è un’annotazione valida ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {Non è stato possibile leggere # modifica salvata nel registro delle annotazioni: è stata tralasciata.} many {Non è stato possibile leggere # di modifiche salvate nel registro delle annotazioni: sono state tralasciate.} other {Non è stato possibile leggere # modifiche salvate nel registro delle annotazioni: sono state tralasciate.}}',
  'notice.batchCompleted': 'Un’importazione interrotta è stata completata.',
  'notice.annotationsUnwritten':
    '{count, plural, one {Non è stato possibile scrivere il file delle annotazioni di # articolo.} many {Non è stato possibile scrivere i file delle annotazioni di # di articoli.} other {Non è stato possibile scrivere i file delle annotazioni di # articoli.}} Le tue annotazioni sono al sicuro nel registro dei salvataggi e saranno scritte appena possibile; controlla lo spazio e i permessi della cartella dei dati.',
  'notice.archiveUnverified': 'Non è stato possibile verificare l’archivio: {reason}',

  'file.isLink': 'è un collegamento (i collegamenti nella cartella di un gruppo non si seguono)',
  'file.isFifo': 'è una pipe con nome (FIFO), non un file',
  'file.isSocket': 'è un socket, non un file',
  'file.isDevice': 'è un dispositivo, non un file',
  'file.isFolder': 'è una cartella, non un file',
  'file.notRegular': 'non è un file normale',
  'file.slow': 'leggerlo ha richiesto più di {seconds, number} s',
  'file.tooLarge': 'è troppo grande (oltre {mb, number} MB)',
  'file.unreadable': 'non si può leggere ({code})',
  'file.partNotFolder': '{path} è un collegamento o un file, non una cartella',
  'file.leadsOutside': '{path} porta fuori dalla cartella del gruppo',

  'group.damaged': 'è incompleto o danneggiato ({reason})',
  'group.tooDeep': 'ha più di {depth, number} livelli di annidamento',
  'group.notGroupFile': 'non è un file di gruppo di Scholion',
  'group.noFormat': 'non ha un numero di formato',
  'group.newer':
    'è stato scritto da una versione più recente di Scholion (formato {format}); aggiorna per leggerlo',
  'group.noManifest': 'non descrive un gruppo (manca identificativo, nome o ora di creazione)',
  'group.someoneElse': 'descrive un’altra persona',
  'group.noOwner': 'non dice di chi è né di quale articolo si tratta',
  'group.replyNoTarget': 'una risposta senza identificativo o senza l’annotazione a cui risponde',
  'group.replyReserved': 'una risposta con un identificativo riservato',
  'group.replyText': 'una risposta senza testo, o con troppo testo',
  'group.replyTime': 'una risposta senza un’ora di creazione valida',
  'group.itemNotObject': 'un elemento che non è un oggetto',
  'group.replyOfOther': 'una risposta di un’altra persona',
  'group.annotationOfOther': 'un’annotazione di un’altra persona',
  'group.invalidAnnotation': 'un’annotazione non valida ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {# elemento saltato: {first}} many {# di elementi saltati; il primo: {first}} other {# elementi saltati; il primo: {first}}}',
  'group.replyUnsaved': 'Non è stato possibile salvare la tua risposta: {reason}',
  'group.ownFolderUnsafe': 'Non si può scrivere nella tua cartella del gruppo: {reason}.',
  'group.notHere': 'Questo gruppo di studio non è su questo computer.',
  'group.left': 'Hai lasciato questo gruppo; la sua copia è di sola lettura.',
  'group.needIdentity': 'Scegli prima il nome e il colore che il gruppo vedrà.',
  'group.noFolder': 'Non esiste una cartella in {folder}.',
  'group.folderHasGroup': 'Questa cartella contiene già il gruppo «{name}»: unisciti a quello.',
  'group.folderHasBadGroup': 'Questa cartella contiene un file di gruppo illeggibile ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {{folder} non è vuota (contiene «{name}»).} many {{folder} non è vuota (contiene # di file o cartelle).} other {{folder} non è vuota (contiene # file o cartelle).}} Un nuovo gruppo ha bisogno di una cartella vuota tutta sua; per unirti a un gruppo, scegli la cartella che condivide.',
  'group.createFailed': 'Non è stato possibile creare il gruppo: {reason}',
  'group.joinFailed': 'Non è stato possibile unirsi al gruppo: {reason}',
  'group.noGroupThere':
    'In {folder} non c’è nessun gruppo (manca {file}). Scegli la cartella che il gruppo condivide, oppure crea lì un gruppo.',
  'group.manifestUnreadable': 'Il file del gruppo in {folder} non si può leggere: {reason}.',
  'group.unreadable': 'Il gruppo in questa cartella non si può leggere: {reason}.',
  'group.alreadyIn': 'Fai già parte di «{name}».',
  'group.notShared': 'Questa annotazione non è condivisa con questo gruppo.',
  'group.replyGone': 'Questa risposta non è tua o non esiste più.',
  'group.replyDeleteFailed': 'Non è stato possibile eliminare la risposta: {reason}',
  'pack.tooLarge': 'Il file è troppo grande (oltre {mb, number} MB).',
  'pack.incomplete': 'Il file non è un pacchetto di gruppo completo ({reason}).',
  'pack.tooDeep':
    'Il pacchetto non si può leggere: ha più di {depth, number} livelli di annidamento.',
  'pack.notPack': 'Il file non è un pacchetto di gruppo di Scholion (non indica alcun gruppo).',
  'pack.newer':
    'Il pacchetto è stato creato da una versione più recente di Scholion (formato {format}); aggiorna Scholion per aprirlo.',
  'pack.badGroup': 'Il gruppo del pacchetto non si può leggere: {reason}.',
  'pack.badMemberId': 'un membro con un identificativo che Scholion non accetta ({id})',
  'pack.badMember': 'un membro: {reason}',
  'pack.itemUnowned': 'un elemento senza autore o articolo',
  'pack.itemBadIds':
    'un elemento con un identificativo di autore o di articolo che Scholion non accetta ({id})',
  'pack.unreadable': 'Il pacchetto non si può leggere: {reason}',
  'pack.leftGroup': 'Hai lasciato «{name}»; unisciti di nuovo per ricevere i suoi pacchetti.',
  'pack.importFailed': 'Non è stato possibile importare il pacchetto: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {Non è stato possibile leggere # file di un altro membro di «{name}»;} many {Non è stato possibile leggere # di file di altri membri di «{name}»;} other {Non è stato possibile leggere # file di altri membri di «{name}»;}} è mostrata l’ultima copia valida. In Gruppi di studio… trovi quali e perché.',

  'file.outOfMemory': 'Leggerlo ha richiesto più di {mb, number} MB di memoria; è stato fermato.',
  'file.readFailed': 'La lettura non è riuscita ({reason}).',
  'file.readStopped': 'La lettura si è interrotta inaspettatamente.',
  'file.tooSlow': 'Leggerlo ha richiesto più di {seconds, number} s; è stato fermato.',
  'app.closing': 'L’app si sta chiudendo.',

  'addFiles.pageNoLanguage':
    'La pagina non indica la sua lingua (nessun {path} nell’indirizzo, nessun attributo lang); chiama il file {example}.',
  'addFiles.noArticleText': 'Non vi è stato trovato il testo di un articolo.',
  'addFiles.noTitle': 'La pagina non ha un titolo.',
  'addFiles.markdownNoLanguage':
    'Il file non indica la sua lingua; aggiungi «{field}» alla sua intestazione (front matter).',
  'addFiles.noText': 'Il file non contiene testo.',
  'addFiles.epubTooLarge': 'Il libro, decompresso, supera {mb, number} MB.',
  'addFiles.epubEmpty': 'Il file non è un EPUB leggibile (non contiene file).',
  'addFiles.epubUnreadable': 'Il file non è un EPUB leggibile ({reason}).',
  'addFiles.epubMissing': 'Al libro manca {path}.',
  'addFiles.epubNoPackage': 'Il libro non indica il suo documento di pacchetto.',
  'addFiles.epubBadPackage': 'Il documento di pacchetto del libro non si può leggere.',
  'addFiles.epubNoLanguage': 'Il libro non indica la sua lingua.',
  'addFiles.epubNoText': 'Il libro non contiene testo.',
  'addFiles.titleMade':
    'Non c’è una riga del titolo: il titolo è stato ricavato dal nome del file o dalle prime parole.',
  'addFiles.kindUnknown':
    '{ext} non è un tipo di file che Scholion importa (testo, HTML, Markdown o EPUB).',
  'addFiles.noExtension':
    'Un file senza estensione non è di un tipo che Scholion importa (testo, HTML, Markdown o EPUB).',
  'addFiles.fileTooLarge': 'Il file supera {mb, number} MB.',
  'addFiles.binary': 'Il file non è testo (contiene dati binari).',
  'addFiles.languageUnknown':
    'Non è stato possibile capire la lingua del testo; chiama il file {example}.',
  'addFiles.nameNoLanguage': 'Il nome del file non indica la lingua (chiamalo {example}).',
  'addFiles.longTitle':
    'Il titolo è lungo {count, number} caratteri; forse un paragrafo è stato preso per il titolo.',
  'addFiles.titleIsBox': 'Il titolo è l’intestazione del riquadro «vecchie pagine web» del sito.',
  'addFiles.opensWithBox':
    'Il testo si apre con la frase del riquadro «vecchie pagine web» del sito.',
  'addFiles.dateMissing': 'Non è stata trovata alcuna data.',
  'addFiles.languageGuessed':
    'La lingua ({lang}) è stata dedotta dal testo; il nome del file non la indica.',
  'addFiles.alreadyHere': 'È già nella biblioteca, come «{title}».',
  'addFiles.sameText': 'Lo stesso testo è già tra i tuoi file.',
  'addFiles.notInLibrary': 'Non è nella biblioteca.',

  'api.noMethod': 'Non esiste il metodo «{method}».',
  'api.invalidInput': 'La richiesta non è valida: {detail}',
  'api.failed': 'Qualcosa è andato storto in {method}: {reason}',
  'api.forbiddenPage': 'Questa pagina non può chiamare l’API di Scholion.',
  'api.postOnly': 'Le chiamate all’API usano POST.',
  'api.otherOrigin': 'Le richieste da altre origini sono rifiutate.',
  'api.badToken': 'Token mancante o errato; usa l’indirizzo stampato dal server.',
  'api.badMethodName': 'Il nome del metodo nell’indirizzo non è valido.',
  'api.bodyTooLarge': 'Il corpo della richiesta è troppo grande.',
  'api.bodyNotJson': 'Il corpo della richiesta non è JSON valido.',
  'api.bodyTooDeep': 'Il corpo della richiesta ha troppi livelli di annidamento.',
  'api.serverFailed': 'Il server non è riuscito: {reason}',
  'group.leaveFailed': 'Non è stato possibile lasciare il gruppo: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {# articolo è danneggiato nell’archivio ed è stato escluso: {names}.} many {# di articoli sono danneggiati nell’archivio e sono stati esclusi: {names}.} other {# articoli sono danneggiati nell’archivio e sono stati esclusi: {names}.}}',
  'notice.archiveNoManifest':
    'L’archivio in {folder} non ha un manifesto leggibile; i suoi file non si possono verificare.',
  'notice.archiveCatalogChanged':
    'Il catalogo dell’archivio in {folder} non corrisponde al suo manifesto; è stato modificato dopo la creazione dell’archivio.',
  'notice.archiveMissing': 'Nessun archivio trovato in {folder}.',
  'notice.archiveNewer':
    '{which, select, own {La biblioteca dei tuoi file} other {L’archivio}} in {folder} richiede una versione più recente di Scholion.',
  'notice.archiveDamaged':
    'Il catalogo {which, select, own {della biblioteca dei tuoi file} other {dell’archivio}} in {folder} è danneggiato e non si può leggere ({reason}).',
  'notice.archiveDuplicate':
    'L’archivio elenca due volte l’articolo «{id}»; la seconda voce è ignorata.',

  'store.settings': 'impostazioni',
  'store.readingPositions': 'punti di lettura',
  'store.visits': 'cronologia delle visite',
  'store.syncSources': 'fonti della sincronizzazione',
  'store.groups': 'elenco dei gruppi di studio',
  'store.groupShare': 'gruppo di studio',
  'store.windowState': 'stato della finestra',
  'store.notJson': 'JSON non valido: {reason}',
  'store.noVersion': 'manca il numero di versione',
  'store.noMigration': 'non c’è migrazione dalla versione {version, number}',
  'store.unexpected': 'contenuto inatteso: {reason}',
  'notice.storeMissing': 'Il file «{store}» mancava; è stata ripristinata l’ultima copia valida.',
  'notice.storeNewer':
    'Il file «{store}» è stato scritto da una versione più recente di Scholion (formato {format, number}); resta intatto e le modifiche non saranno salvate finché non aggiorni.',
  'notice.storeRestored':
    'Il file «{store}» era danneggiato ({reason}); è stata ripristinata l’ultima copia valida. Il file danneggiato è stato conservato come {file}.',
  'notice.storeReset':
    'Il file «{store}» era danneggiato ({reason}) e non si è trovata una copia valida; si riparte dalle impostazioni predefinite. Il file danneggiato è stato conservato come {file}.',
  'notice.storeReadOnly': 'Il file «{store}» è di sola lettura (è di un formato più recente).',

  'search.noArchive': 'non c’è un archivio',
  'search.opening': 'l’indice si sta aprendo',
  'search.noIndex': 'l’archivio non ha un indice di ricerca',
  'search.indexDamaged': '{file} è danneggiato',
  'search.indexFormat': 'l’indice è nel formato {found, number}, non {wanted, number}',
  'search.indexOther': 'l’indice è stato creato per un’altra versione dell’archivio',
  'search.annotationsUnread': 'Non è stato possibile leggere le annotazioni: {reason}',
  'notice.searchRebuilding': 'L’indice di ricerca si sta ricostruendo ({reason}).',

  'sync.sameId': 'Due fonti hanno l’identificativo «{id}».',
  'sync.badPattern': 'Lo schema di «{name}» non è un’espressione regolare.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'Non è stato possibile salvare le fonti: {reason}',
  'sync.runFailed': 'La sincronizzazione non si è potuta completare: {reason}',
  'sync.tooLarge': 'la pagina supera {kb, number} KB',
  'sync.badAddress': 'non è un indirizzo valido',
  'sync.httpOnly': 'si scaricano solo indirizzi http e https',
  'sync.noAnswer': 'nessuna risposta entro {seconds, number} s',
  'sync.unreachable': 'il sito non è raggiungibile ({reason})',
  'sync.redirectNowhere': 'un reindirizzamento ({status, number}) verso il nulla',
  'sync.tooManyRedirects': 'più di {max, number} reindirizzamenti',
  'sync.redirectScheme': 'un reindirizzamento verso {scheme} non si segue',
  'sync.slowDown': 'il sito ha chiesto di rallentare (429)',
  'sync.unavailable': 'il sito non è disponibile (503)',
  'sync.answered': 'il sito ha risposto {status}',
  'sync.backingOff':
    '{count, plural, one {è già fallita una volta} many {è già fallita # di volte} other {è già fallita # volte}} ({reason}); sarà richiesta di nuovo dopo {when, date, medium} {when, time, short}',
  'sync.feedUnreadable': 'Il feed non si può leggere ({reason}).',
  'sync.sitemapUnreadable': 'La mappa del sito non si può leggere ({reason}).',
  'sync.feedMalformed': 'Il feed non è XML ben formato (riga {line, number}: {reason}).',
  'sync.notListing': 'Questo non è né un feed, né una mappa del sito, né una pagina di link.',
  'folder.notFullPath':
    '«{typed}» non è un percorso completo. Indica il percorso intero della cartella, per esempio {example} o {short}.',

  'store.annotationsFile': 'annotazioni di «{id}»',
  'store.groupCopy': 'copia del gruppo di studio «{name}»',
  'archive.duplicateId': 'un altro file ha lo stesso identificativo di articolo ({id})',

  'cli.usage': `Uso: scholion COMANDO [opzioni]

Comandi:
  serve           Serve l’app e la sua API su 127.0.0.1
                    --port N        porta (predefinita: una libera)
                    --data-dir DIR  cartella dei dati (predefinita: SCHOLION_DATA_DIR o la cartella dati del sistema)
                    --archive DIR   cartella dell’archivio (predefinita: l’archivio incluso)
                    --release-keys DIR  le chiavi di edizione fidate (predefinito: quelle incluse)
                    --no-auto-sync  non sincronizzare all’avvio né secondo i calendari delle fonti
  archive:build   Crea una cartella d’archivio da articoli salvati
                    --from DIR      una cartella di origine (ripetibile; predefinita: archive-src)
                    --out DIR       cartella di uscita (predefinita: resources/archive)
                    --report FILE   scrive anche il resoconto dell’importazione (ogni articolo) in JSON
                    --name NAME     il nome dell’archivio, che i suoi pacchetti di aggiornamento riportano (predefinito kke-inter)
                    --release TIME  quando è stata fatta l’edizione (predefinito: la data dell’articolo più recente)
  archive:crawl   Salva gli articoli di un sito in una cartella sorgente per archive:build
                    --site URL      il sito (predefinito https://inter.kke.gr)
                    --langs en,el   lingue (predefinito: tutte quelle del sito)
                    --out DIR       cartella sorgente (predefinito archive-src/crawl); il suo registro permette di riprendere
                    --since DATE    esclude gli articoli prima di YYYY-MM-DD
                    --max N         salva al massimo N articoli in questa esecuzione
                    --seed PATH     un altro feed, sitemap o elenco ('{lang}': la lingua; ripetibile)
  archive:keygen  Crea una coppia di chiavi di edizione (--out DIR)
  archive:sign    Firma un archivio costruito (--key FILE, --archive DIR)
  archive:verify  Controlla la firma e i file di un archivio (--archive DIR, --release-keys DIR)
  archive:delta   Crea un pacchetto di aggiornamento: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Applica un pacchetto di aggiornamento all’archivio che l’app legge
                    --dry-run       dice solo cosa aggiungerebbe, cambierebbe e toglierebbe
                    --data-dir DIR, --archive DIR, --release-keys DIR  come per serve
  export          Esporta le annotazioni
                    --format md|csv|jsonld (predefinito md)
                    --out DIR       cartella in cui scrivere (i file sono aggiornati sul posto)
                    --tag T         solo le annotazioni con questa etichetta
                    --article ID    solo le annotazioni di questo articolo
                    --template FILE un modello Mustache per il Markdown
                    --combined      Markdown: un unico file per tutti gli articoli
                    --flavour markdown|obsidian|logseq (predefinito markdown)
                    --colours none|mark|property  evidenziazioni come ==testo== o come proprietà color::
                    --data-dir DIR, --archive DIR  come per serve
  import FILE     Importa W3C Web Annotations (JSON-LD) o un’esportazione di Hypothesis
                    --dry-run       dice solo cosa cambierebbe
                    --data-dir DIR, --archive DIR  come per serve
  sync            Cerca nuovi articoli nelle fonti attive e li aggiunge alla tua biblioteca
                    --source ID     solo questa fonte (ripetibile)
                    --list          elenca le fonti e dice se ognuna è attiva
                    --full          richiede tutto di nuovo, senza condizioni
                    --data-dir DIR, --archive DIR  come per serve
  search QUERY    Cerca negli articoli (e con --notes nelle tue annotazioni), come l’app
                    --limit N       quanti articoli (predefinito 10)
                    --notes         anche le annotazioni
                    --json          tutta la risposta in JSON, per gli script
                    --data-dir DIR, --archive DIR  come per serve
  help            Mostra questo testo

I messaggi seguono la lingua del terminale (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Comando sconosciuto «{command}».',
  'cli.badArguments': 'Le opzioni non vanno bene: {detail}. Vedi scholion help.',
  'cli.badPort': '--port deve essere tra 0 e 65535, non {port}.',
  'cli.notOneOf': '{option} deve essere uno tra {allowed}, non {value}.',
  'cli.outRequired': '{option} è obbligatorio (una cartella).',
  'cli.importWhat': 'Indica il file da importare: {usage}',
  'cli.importing': 'Importazione',
  'cli.indexing': 'Indicizzazione',
  'cli.exporting': 'Esportazione',
  'cli.syncing': 'Sincronizzazione delle fonti',
  'cli.fullReport': 'Il resoconto completo è in {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (dedotta)',
  'cli.noDate': 'senza data',
  'cli.section': 'sezione: {section}',
  'cli.moreWarned':
    '{count, plural, one {… e un altro articolo con avvisi} many {… e altri # di articoli con avvisi} other {… e altri # articoli con avvisi}}',
  'cli.skipped': 'saltato {name}: {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… e un altro saltato} many {… e altri # di saltati} other {… e altri # saltati}}',
  'cli.archiveWritten':
    'Archivio scritto in {folder}: {imported, number} importati ({warned, number} con avvisi), {skipped, number} saltati.',
  'cli.tagChanged': 'etichetta «{from}» scritta come #{to}',
  'cli.exported':
    'Esportato in {folder}: {written, number} scritti, {unchanged, number} già aggiornati, {skipped, number} saltati.',
  'cli.imported':
    '{dryRun, select, yes {Importerebbe} other {Importato}} {file} ({format}): {added, number} aggiunte, {updated, number} aggiornate, {deleted, number} eliminate, {unchanged, number} invariate, {skipped, number} saltate.',
  'cli.noSourceOn':
    'Nessuna fonte è attiva: attivane una nell’app, oppure indicane una con {option}.',
  'cli.sourceUnread': '{name}: non si è potuta leggere ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} nuovi, {updated, plural, =0 {} one {# aggiornato, } many {# aggiornati, } other {# aggiornati, }}{known, number} già presenti, {failed, number} falliti{unchanged, select, yes { (invariata dall’ultima sincronizzazione)} other {}}',
  'cli.newVersion': '{title} ({id}): una nuova versione; quella precedente è conservata',
  'cli.alsoNamedBy': '(indicato anche da {names})',
  'cli.unknownSource': 'Nessuna fonte ha l’identificativo {ids}; vedi {command}.',
  'cli.syncAdded':
    '{count, plural, one {La sincronizzazione ha aggiunto un nuovo articolo.} many {La sincronizzazione ha aggiunto # di nuovi articoli.} other {La sincronizzazione ha aggiunto # nuovi articoli.}}',
  'cli.serving': 'Scholion serve {archive} con i dati in {data}',
  'cli.open': 'Apri {url}',

  'file.openFailed': 'Non è stato possibile leggere {name}: {reason}',

  'addFiles.ownCatalogDamaged':
    'Il catalogo dei tuoi file in {folder} è danneggiato ({reason}); non è stato aggiunto nulla, perché nulla vada perso.',
  'pictures.tooLarge': 'l’immagine supera {kb, number} KB',
  'pictures.svg': 'le immagini SVG non vengono conservate (possono contenere script)',
  'pictures.isPage': 'è una pagina web, non un’immagine',
  'pictures.notPicture': 'non è un’immagine JPEG, PNG, WebP, GIF o AVIF',
  'pictures.damaged': 'l’immagine è danneggiata',
  'pictures.tooManyPixels': 'l’immagine è troppo grande ({width, number} × {height, number} pixel)',
  'pictures.tooMany':
    'Immagini nella pagina: {count, number}. Solo le prime {max, number} vengono conservate.',
  'pictures.notKept': 'Un’immagine non è stata conservata ({address}): {reason}',
  'pictures.notBeside': 'l’immagine non è nella cartella della pagina',
  'pictures.isLink': 'l’immagine è un collegamento, e i collegamenti non vengono seguiti',
  'archive.packUnreadable':
    'Questo file non è un aggiornamento dell’archivio di Scholion, oppure è danneggiato ({reason}).',
  'archive.packUnsigned':
    'Questo aggiornamento dell’archivio non è firmato. Si possono applicare solo aggiornamenti firmati dagli editori dell’archivio.',
  'archive.packUnknownKey':
    'Questo aggiornamento è firmato con una chiave che l’app non conosce ({keyId}). Non è stato applicato.',
  'archive.packBadSignature':
    'Questo aggiornamento è stato alterato dopo la firma: la firma non corrisponde al suo elenco di file.',
  'archive.packBadManifest': 'L’elenco dei file di questo aggiornamento è malformato.',
  'archive.packOtherArchive':
    'Questo aggiornamento è per un altro archivio («{archive}»), non per «{current}».',
  'archive.packNotNewer':
    'Questo aggiornamento (edizione del {release}) non è più recente dell’archivio in uso (edizione del {current}).',
  'archive.packOtherBase':
    'Questo aggiornamento è stato fatto per un’altra edizione dell’archivio (del {release}); all’archivio in uso manca {path}. Applica prima gli aggiornamenti intermedi.',
  'archive.packAltered':
    'Un file di questo aggiornamento è stato alterato dopo la firma ({path}). Non è stato cambiato nulla.',
  'archive.packTooLarge': 'Questo aggiornamento è troppo grande (più di {mb} MB).',
  'notice.archiveSignature':
    'L’archivio non ha superato il controllo della firma: {problem, select, unsigned {non è firmato} key {è firmato con una chiave che l’app non conosce} signature {è stato alterato dopo la firma} missing {manca un file del suo elenco ({path})} altered {un file è stato alterato dopo la firma ({path})} other {la firma o l’elenco dei file è malformato}}. I suoi articoli restano leggibili.',
  'archive.applyFailed':
    'Non è stato possibile applicare l’aggiornamento dell’archivio: {reason}. L’archivio in uso è invariato.',
  'archive.packGone': 'Questo aggiornamento non c’è più: scegli di nuovo il file.',
  'archive.checkFailed': 'Impossibile cercare un aggiornamento dell’archivio: {reason}',
  'cli.applied': 'L’archivio in uso ora è {archive}.',
  'cli.applyWhat':
    'Indica il pacchetto di aggiornamento: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} deve essere un numero intero maggiore di 0, non {value}.',
  'cli.badDate': '{option} deve essere una data (YYYY-MM-DD), non {value}.',
  'cli.badName': '{option} deve contenere solo lettere minuscole, cifre e trattini, non {value}.',
  'cli.crawlDone':
    'Articoli salvati: {saved}, in {out} (trovati: {found}; già salvati: {already}; esclusi: {leftOut}; vietati da robots.txt: {forbidden}; falliti: {failed}).',
  'cli.crawlFinding': 'Ricerca degli articoli',
  'cli.crawlSaving': 'Salvataggio degli articoli',
  'cli.deltaDone':
    'Scritto {file} ({size}): aggiunti {added}, cambiati {changed}, tolti {removed}.',
  'cli.deltaWhat':
    'Indica i due archivi e il pacchetto: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} esiste già: una chiave di edizione non viene mai sovrascritta.',
  'cli.keyRequired':
    '{option} è obbligatorio (un file di chiave privata creato da archive:keygen).',
  'cli.keygenDone':
    'Chiave {keyId}: la chiave privata è in {private} (tienila segreta, fuori dalle cartelle condivise); quella pubblica in {public} (mettila in resources/release-keys/).',
  'cli.packPreview':
    'Aggiornamento di {archive}, edizione del {release}, firmato da {keyId}: aggiunti {added}, cambiati {changed}, tolti {removed}.',
  'cli.signed': '{archive} firmato con la chiave {keyId}.',
  'cli.verified':
    '{archive}: firmato con la chiave {keyId}; tutti i {files} file sono come elencati.',
  'notice.archiveUpdateAvailable':
    'Un archivio più recente (edizione del {release}) è disponibile online: articoli nuovi: {added}, cambiati: {changed}. È controllato e pronto: applicalo da Informazioni su Scholion → Aggiorna…',
  'cli.searchFound': 'Articoli trovati: {total}',
  'cli.searchCorrected': '«{word}» non è nell’archivio; cercato: {similar}',
  'cli.searchNotes': 'Note trovate: {total}',
  'cli.searchWhat': 'Indica le parole da cercare: scholion search QUERY',
  'store.savedSearches': 'ricerche salvate',
  'savedSearch.gone': 'Questa ricerca salvata non esiste più.',
  'savedSearch.tooMany': 'Si possono salvare al massimo {max} ricerche.',
  'savedSearch.empty': 'Questa ricerca non ha parole né filtri.',
  'notify.savedSearch':
    '«{name}»: {count, plural, one {# nuovo articolo} many {# nuovi articoli} other {# nuovi articoli}}',
  'settingsFile.notJson': 'Non è un file di impostazioni: non è JSON.',
  'settingsFile.notSettings': 'Non è un file di impostazioni di Scholion.',
  'settingsFile.newer':
    'Questo file di impostazioni è della versione {version}; questo Scholion legge fino alla versione {known}. Aggiorna Scholion per importarlo.',
}
