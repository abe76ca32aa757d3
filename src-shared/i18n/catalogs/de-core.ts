// Die Meldungen des Kerns auf Deutsch: Fehler und Berichte des Hauptprozesses und der
// Kommandozeile (Begriffe: docs/i18n.md).
import type { CoreCatalog } from './en'

export const deCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'der Datenträger ist voll ({code})',
  'reason.noPermission': 'keine Berechtigung ({code})',
  'reason.readOnly': 'der Datenträger ist schreibgeschützt ({code})',
  'reason.missing': 'es ist nicht vorhanden ({code})',
  'reason.isFolder': 'es ist ein Ordner ({code})',
  'reason.tooManyFiles': 'zu viele Dateien sind geöffnet ({code})',
  'reason.busy': 'es wird gerade verwendet ({code})',
  'reason.ioError': 'der Datenträger konnte nicht gelesen oder beschrieben werden ({code})',

  'library.noArchive': 'Das Archiv konnte nicht geöffnet werden; der Hinweis nennt den Grund.',
  'library.archiveUnopened': 'Das Archiv konnte nicht geöffnet werden.',
  'library.cannotAdd': 'Die Dateien konnten nicht hinzugefügt werden: {reason}',
  'library.versionGone': 'Diese frühere Fassung des Artikels ist nicht aufbewahrt.',
  'library.versionDamaged': 'Diese frühere Fassung ist beschädigt: {reason}',
  'library.noArticle': 'In der Bibliothek gibt es keinen Artikel „{id}“.',
  'library.textDamaged': 'Der Text von „{title}“ ist im Archiv beschädigt.',
  'library.badHash': 'Der Katalogeintrag von „{title}“ ist beschädigt (falscher Hash).',
  'library.textMissing': 'Der Text von „{title}“ fehlt im Archiv.',
  'library.checksum':
    'Der Text von „{title}“ ist im Archiv beschädigt (die Prüfsumme stimmt nicht).',
  'library.textUnreadable': 'Der Text von „{title}“ kann nicht gelesen werden: {reason}',
  'library.textUnshowable': 'Der Text von „{title}“ kann nicht angezeigt werden: {reason}',

  'annotations.notInGroup': 'Sie können nur mit einem Lesekreis teilen, dem Sie angehören.',
  'annotations.saveFailed': 'Ihre Anmerkung konnte nicht gespeichert werden: {reason}',
  'annotations.deleteFailed': 'Die Anmerkung konnte nicht gelöscht werden: {reason}',
  'annotations.outside': 'Die ausgewählte Stelle steht nicht im Text dieses Artikels.',
  'annotations.empty': 'Wählen Sie einige Wörter zum Markieren aus.',
  'annotations.gone': 'Diese Anmerkung gibt es nicht mehr.',

  'app.noFolderPicker':
    'Geben Sie den Pfad des Ordners ein: Eine Browserseite kann keine Ordnerauswahl öffnen.',
  'app.openFolderYourself': 'Öffnen Sie diesen Ordner in Ihrer Dateiverwaltung: {folder}',
  'app.folderUnopened': 'Der Ordner konnte nicht geöffnet werden: {reason}',
  'settings.saveFailed': 'Ihre Einstellungen konnten nicht gespeichert werden: {reason}',
  'reading.saveFailed': 'Ihre Lesestelle konnte nicht gespeichert werden: {reason}',

  'export.templateUnusable': 'Die Vorlage kann nicht verwendet werden: {reason}',
  'export.templateUnreadable': 'Die Vorlage kann nicht gelesen werden: {reason}',
  'export.notOurs':
    'dort liegt eine Datei dieses Namens ohne die Markierungszeile von Scholion, daher blieb sie unverändert',
  'export.writeFailed': 'Der Export konnte nicht nach {folder} geschrieben werden: {reason}',
  'export.nothingToCopy': 'Es gibt keine Notizen zum Kopieren.',
  'import.unreadable': 'Die Datei kann nicht gelesen werden: {reason}',
  'import.saveFailed': 'Der Import konnte nicht gespeichert werden: {reason}',

  'import.noId': 'sie hat keine ID',
  'import.noQuote': 'sie markiert keine Textstelle (kein TextQuoteSelector)',
  'import.pageNote': 'sie markiert keine Textstelle (eine Notiz zur ganzen Seite)',
  'import.noTime': 'sie hat keine gültige Erstellungszeit',
  'import.notObject': 'es ist kein Objekt',
  'import.tooLarge': 'Die Datei ist zu groß für den Import (über {mb, number} MB).',
  'import.notJson': 'Die Datei ist kein gültiges JSON ({reason}).',
  'import.tooDeep':
    'Die Datei kann nicht gelesen werden: Sie ist mehr als {depth, number} Ebenen tief verschachtelt.',
  'import.notAnnotations':
    'Die Datei enthält keine Anmerkungen, die Scholion lesen kann: erwartet werden W3C Web Annotations (eine AnnotationCollection, eine Seite oder eine Liste) oder ein Hypothesis-Export.',
  'import.tooMany': 'Die Datei enthält zu viele Anmerkungen (über {max, number}).',
  'import.noArticle': 'ihr Artikel ist nicht in der Bibliothek ({source})',
  'import.noSource': 'ihr Artikel ist nicht in der Bibliothek (sie nennt keinen)',
  'import.deletedHere': 'sie wurde hier nach ihrer letzten Änderung gelöscht',
  'import.invalid': 'sie ist keine gültige Anmerkung ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {Eine gespeicherte Änderung im Anmerkungsprotokoll konnte nicht gelesen werden und wurde ausgelassen.} other {# gespeicherte Änderungen im Anmerkungsprotokoll konnten nicht gelesen werden und wurden ausgelassen.}}',
  'notice.batchCompleted': 'Ein unterbrochener Import wurde abgeschlossen.',
  'notice.annotationsUnwritten':
    '{count, plural, one {Die Anmerkungsdatei eines Artikels konnte nicht geschrieben werden.} other {Die Anmerkungsdateien von # Artikeln konnten nicht geschrieben werden.}} Ihre Anmerkungen sind im Speicherprotokoll sicher und werden geschrieben, sobald es geht; prüfen Sie Platz und Berechtigungen des Datenordners.',
  'notice.archiveUnverified': 'Das Archiv konnte nicht geprüft werden: {reason}',

  'file.isLink': 'es ist ein Link (Links in einem Gruppenordner werden nicht verfolgt)',
  'file.isFifo': 'es ist eine benannte Pipe (FIFO), keine Datei',
  'file.isSocket': 'es ist ein Socket, keine Datei',
  'file.isDevice': 'es ist ein Gerät, keine Datei',
  'file.isFolder': 'es ist ein Ordner, keine Datei',
  'file.notRegular': 'es ist keine gewöhnliche Datei',
  'file.slow': 'das Lesen dauerte über {seconds, number} s',
  'file.tooLarge': 'sie ist zu groß (über {mb, number} MB)',
  'file.unreadable': 'sie kann nicht gelesen werden ({code})',
  'file.partNotFolder': '{path} ist ein Link oder eine Datei, kein Ordner',
  'file.leadsOutside': '{path} führt aus dem Gruppenordner hinaus',

  'group.damaged': 'sie ist unvollständig oder beschädigt ({reason})',
  'group.tooDeep': 'sie ist mehr als {depth, number} Ebenen tief verschachtelt',
  'group.notGroupFile': 'sie ist keine Gruppendatei von Scholion',
  'group.noFormat': 'sie hat keine Formatnummer',
  'group.newer':
    'sie wurde von einer neueren Version von Scholion geschrieben (Format {format}); aktualisieren Sie, um sie zu lesen',
  'group.noManifest': 'sie beschreibt keine Gruppe (keine ID, kein Name, keine Erstellungszeit)',
  'group.someoneElse': 'sie beschreibt jemand anderen',
  'group.noOwner': 'sie sagt nicht, wem sie gehört oder um welchen Artikel es geht',
  'group.replyNoTarget': 'eine Antwort ohne ID oder ohne die Anmerkung, auf die sie antwortet',
  'group.replyReserved': 'eine Antwort mit einer reservierten ID',
  'group.replyText': 'eine Antwort ohne Text oder mit zu viel Text',
  'group.replyTime': 'eine Antwort ohne gültige Erstellungszeit',
  'group.itemNotObject': 'ein Eintrag, der kein Objekt ist',
  'group.replyOfOther': 'eine Antwort von jemand anderem',
  'group.annotationOfOther': 'eine Anmerkung von jemand anderem',
  'group.invalidAnnotation': 'eine ungültige Anmerkung ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {Ein Eintrag übersprungen: {first}} other {# Einträge übersprungen; der erste: {first}}}',
  'group.replyUnsaved': 'Ihre Antwort konnte nicht gespeichert werden: {reason}',
  'group.ownFolderUnsafe': 'Ihr Ordner in der Gruppe kann nicht beschrieben werden: {reason}.',
  'group.notHere': 'Dieser Lesekreis ist nicht auf diesem Computer.',
  'group.left': 'Sie haben diesen Lesekreis verlassen; seine Kopie ist schreibgeschützt.',
  'group.needIdentity': 'Wählen Sie zuerst den Namen und die Farbe, die die Gruppe sehen wird.',
  'group.noFolder': 'Unter {folder} gibt es keinen Ordner.',
  'group.folderHasGroup': 'Dieser Ordner enthält schon den Lesekreis „{name}“: Treten Sie ihm bei.',
  'group.folderHasBadGroup':
    'Dieser Ordner enthält eine Gruppendatei, die nicht gelesen werden kann ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {{folder} ist nicht leer (enthält „{name}“).} other {{folder} ist nicht leer (enthält # Dateien oder Ordner).}} Ein neuer Lesekreis braucht einen eigenen leeren Ordner; um einem beizutreten, wählen Sie den Ordner, den er teilt.',
  'group.createFailed': 'Der Lesekreis konnte nicht angelegt werden: {reason}',
  'group.joinFailed': 'Der Beitritt zum Lesekreis ist fehlgeschlagen: {reason}',
  'group.noGroupThere':
    'In {folder} gibt es keinen Lesekreis (kein {file}). Wählen Sie den Ordner, den der Lesekreis teilt, oder legen Sie dort einen an.',
  'group.manifestUnreadable': 'Die Gruppendatei in {folder} kann nicht gelesen werden: {reason}.',
  'group.unreadable': 'Der Lesekreis in diesem Ordner kann nicht gelesen werden: {reason}.',
  'group.alreadyIn': 'Sie sind bereits in „{name}“.',
  'group.notShared': 'Diese Anmerkung ist nicht mit diesem Lesekreis geteilt.',
  'group.replyGone': 'Diese Antwort ist nicht Ihre oder existiert nicht mehr.',
  'group.replyDeleteFailed': 'Die Antwort konnte nicht gelöscht werden: {reason}',
  'pack.tooLarge': 'Die Datei ist zu groß (über {mb, number} MB).',
  'pack.incomplete': 'Die Datei ist kein vollständiges Gruppenpaket ({reason}).',
  'pack.tooDeep':
    'Das Paket kann nicht gelesen werden: Es ist mehr als {depth, number} Ebenen tief verschachtelt.',
  'pack.notPack': 'Die Datei ist kein Gruppenpaket von Scholion (sie nennt keinen Lesekreis).',
  'pack.newer':
    'Das Paket wurde mit einer neueren Version von Scholion erstellt (Format {format}); aktualisieren Sie Scholion, um es zu öffnen.',
  'pack.badGroup': 'Der Lesekreis des Pakets kann nicht gelesen werden: {reason}.',
  'pack.badMemberId': 'ein Mitglied mit einer ID, die Scholion nicht annimmt ({id})',
  'pack.badMember': 'ein Mitglied: {reason}',
  'pack.itemUnowned': 'ein Eintrag ohne Verfasser oder Artikel',
  'pack.itemBadIds':
    'ein Eintrag mit einer Verfasser- oder Artikel-ID, die Scholion nicht annimmt ({id})',
  'pack.unreadable': 'Das Paket kann nicht gelesen werden: {reason}',
  'pack.leftGroup':
    'Sie haben „{name}“ verlassen; treten Sie wieder bei, um seine Pakete anzunehmen.',
  'pack.importFailed': 'Das Paket konnte nicht importiert werden: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {Eine Datei eines anderen Mitglieds von „{name}“ konnte nicht gelesen werden;} other {# Dateien anderer Mitglieder von „{name}“ konnten nicht gelesen werden;}} die letzte gute Kopie wird gezeigt. Welche und warum, steht unter Lesekreise …',

  'file.outOfMemory': 'Das Lesen brauchte mehr als {mb, number} MB Speicher; es wurde abgebrochen.',
  'file.readFailed': 'Das Lesen ist fehlgeschlagen ({reason}).',
  'file.readStopped': 'Das Lesen brach unerwartet ab.',
  'file.tooSlow': 'Das Lesen dauerte über {seconds, number} s; es wurde abgebrochen.',
  'app.closing': 'Die App wird geschlossen.',

  'addFiles.pageNoLanguage':
    'Die Seite nennt ihre Sprache nicht (kein {path} in der Adresse, kein lang-Attribut); nennen Sie die Datei {example}.',
  'addFiles.noArticleText': 'Darin wurde kein Artikeltext gefunden.',
  'addFiles.noTitle': 'Die Seite hat keinen Titel.',
  'addFiles.markdownNoLanguage':
    'Die Datei nennt ihre Sprache nicht; ergänzen Sie „{field}“ in ihrem Front Matter.',
  'addFiles.noText': 'Die Datei enthält keinen Text.',
  'addFiles.epubTooLarge': 'Das Buch ist entpackt größer als {mb, number} MB.',
  'addFiles.epubEmpty': 'Die Datei ist kein lesbares EPUB (sie enthält keine Dateien).',
  'addFiles.epubUnreadable': 'Die Datei ist kein lesbares EPUB ({reason}).',
  'addFiles.epubMissing': 'Im Buch fehlt {path}.',
  'addFiles.epubNoPackage': 'Das Buch nennt sein Paketdokument nicht.',
  'addFiles.epubBadPackage': 'Das Paketdokument des Buchs kann nicht gelesen werden.',
  'addFiles.epubNoLanguage': 'Das Buch nennt seine Sprache nicht.',
  'addFiles.epubNoText': 'Das Buch enthält keinen Text.',
  'addFiles.titleMade':
    'Es gibt keine Titelzeile: Der Titel wurde aus dem Dateinamen oder den ersten Wörtern gebildet.',
  'addFiles.kindUnknown':
    '{ext} ist keine Dateiart, die Scholion importiert (Text, HTML, Markdown oder EPUB).',
  'addFiles.noExtension':
    'Eine Datei ohne Endung ist keine Art, die Scholion importiert (Text, HTML, Markdown oder EPUB).',
  'addFiles.fileTooLarge': 'Die Datei ist größer als {mb, number} MB.',
  'addFiles.binary': 'Die Datei ist kein Text (sie enthält Binärdaten).',
  'addFiles.languageUnknown':
    'Die Sprache des Textes ließ sich nicht bestimmen; nennen Sie die Datei {example}.',
  'addFiles.nameNoLanguage': 'Der Dateiname nennt die Sprache nicht (nennen Sie sie {example}).',
  'addFiles.longTitle':
    'Der Titel ist {count, number} Zeichen lang; vielleicht wurde ein Absatz für ihn gehalten.',
  'addFiles.titleIsBox': 'Der Titel ist die Überschrift des Kastens „alte Webseiten“ der Website.',
  'addFiles.opensWithBox':
    'Der Text beginnt mit dem Satz aus dem Kasten „alte Webseiten“ der Website.',
  'addFiles.dateMissing': 'Es wurde kein Datum gefunden.',
  'addFiles.languageGuessed':
    'Die Sprache ({lang}) wurde aus dem Text erraten; der Dateiname nennt sie nicht.',
  'addFiles.alreadyHere': 'Er ist bereits in der Bibliothek, als „{title}“.',
  'addFiles.sameText': 'Derselbe Text ist bereits unter Ihren Dateien.',
  'addFiles.notInLibrary': 'Er ist nicht in der Bibliothek.',

  'api.noMethod': 'Es gibt keine Methode „{method}“.',
  'api.invalidInput': 'Die Anfrage ist ungültig: {detail}',
  'api.failed': 'In {method} ist etwas schiefgegangen: {reason}',
  'api.forbiddenPage': 'Diese Seite darf die API von Scholion nicht aufrufen.',
  'api.postOnly': 'API-Aufrufe verwenden POST.',
  'api.otherOrigin': 'Anfragen von anderen Ursprüngen werden abgelehnt.',
  'api.badToken':
    'Token fehlt oder ist falsch; verwenden Sie die Adresse, die der Server ausgegeben hat.',
  'api.badMethodName': 'Der Methodenname in der Adresse ist ungültig.',
  'api.bodyTooLarge': 'Der Inhalt der Anfrage ist zu groß.',
  'api.bodyNotJson': 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  'api.bodyTooDeep': 'Der Inhalt der Anfrage ist zu tief verschachtelt.',
  'api.serverFailed': 'Der Server ist gescheitert: {reason}',
  'group.leaveFailed': 'Der Lesekreis konnte nicht verlassen werden: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {Ein Artikel ist im Archiv beschädigt und ausgelassen: {names}.} other {# Artikel sind im Archiv beschädigt und ausgelassen: {names}.}}',
  'notice.archiveNoManifest':
    'Das Archiv in {folder} hat kein lesbares Manifest; seine Dateien können nicht geprüft werden.',
  'notice.archiveCatalogChanged':
    'Der Archivkatalog in {folder} passt nicht zu seinem Manifest; er wurde nach dem Erstellen des Archivs geändert.',
  'notice.archiveMissing': 'In {folder} wurde kein Archiv gefunden.',
  'notice.archiveNewer':
    '{which, select, own {Die Bibliothek Ihrer Dateien} other {Das Archiv}} in {folder} braucht eine neuere Version von Scholion.',
  'notice.archiveDamaged':
    'Der Katalog {which, select, own {der Bibliothek Ihrer Dateien} other {des Archivs}} in {folder} ist beschädigt und nicht lesbar ({reason}).',
  'notice.archiveDuplicate':
    'Das Archiv führt den Artikel „{id}“ zweimal; der zweite Eintrag wird ignoriert.',

  'store.settings': 'Einstellungen',
  'store.readingPositions': 'Lesestellen',
  'store.visits': 'Besuchsverlauf',
  'store.syncSources': 'Quellen des Abgleichs',
  'store.groups': 'Liste der Lesekreise',
  'store.groupShare': 'Lesekreis',
  'store.windowState': 'Fensterzustand',
  'store.notJson': 'kein gültiges JSON: {reason}',
  'store.noVersion': 'ihre Versionsnummer fehlt',
  'store.noMigration': 'es gibt keine Umstellung von Version {version, number}',
  'store.unexpected': 'unerwarteter Inhalt: {reason}',
  'notice.storeMissing':
    'Die Datei „{store}“ fehlte; die letzte gute Kopie wurde wiederhergestellt.',
  'notice.storeNewer':
    'Die Datei „{store}“ wurde von einer neueren Version von Scholion geschrieben (Format {format, number}); sie bleibt unberührt, und Änderungen werden erst nach einer Aktualisierung gespeichert.',
  'notice.storeRestored':
    'Die Datei „{store}“ war beschädigt ({reason}); die letzte gute Kopie wurde wiederhergestellt. Die beschädigte Datei wurde als {file} aufbewahrt.',
  'notice.storeReset':
    'Die Datei „{store}“ war beschädigt ({reason}), und es fand sich keine gute Kopie; es wird mit den Voreinstellungen begonnen. Die beschädigte Datei wurde als {file} aufbewahrt.',
  'notice.storeReadOnly': 'Die Datei „{store}“ ist schreibgeschützt (sie hat ein neueres Format).',

  'search.noArchive': 'es gibt kein Archiv',
  'search.opening': 'der Index wird geöffnet',
  'search.noIndex': 'das Archiv hat keinen Suchindex',
  'search.indexDamaged': '{file} ist beschädigt',
  'search.indexFormat': 'der Index hat Format {found, number}, nicht {wanted, number}',
  'search.indexOther': 'der Index wurde für eine andere Version des Archivs erstellt',
  'search.annotationsUnread': 'Die Anmerkungen konnten nicht gelesen werden: {reason}',
  'notice.searchRebuilding': 'Der Suchindex wird neu aufgebaut ({reason}).',

  'sync.sameId': 'Zwei Quellen haben die ID „{id}“.',
  'sync.badPattern': 'Das Muster von „{name}“ ist kein regulärer Ausdruck.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'Die Quellen konnten nicht gespeichert werden: {reason}',
  'sync.runFailed': 'Der Abgleich konnte nicht abgeschlossen werden: {reason}',
  'sync.tooLarge': 'die Seite ist größer als {kb, number} KB',
  'sync.badAddress': 'es ist keine gültige Adresse',
  'sync.httpOnly': 'nur http- und https-Adressen werden abgerufen',
  'sync.noAnswer': 'keine Antwort innerhalb von {seconds, number} s',
  'sync.unreachable': 'die Website war nicht erreichbar ({reason})',
  'sync.redirectNowhere': 'eine Weiterleitung ({status, number}) ins Leere',
  'sync.tooManyRedirects': 'mehr als {max, number} Weiterleitungen',
  'sync.redirectScheme': 'einer Weiterleitung nach {scheme} wird nicht gefolgt',
  'sync.slowDown': 'die Website bat darum, langsamer zu fragen (429)',
  'sync.unavailable': 'die Website ist nicht verfügbar (503)',
  'sync.answered': 'die Website antwortete {status}',
  'sync.backingOff':
    '{count, plural, one {es schlug schon einmal fehl} other {es schlug schon # Mal fehl}} ({reason}); es wird wieder nach {when, date, medium} {when, time, short} abgefragt',
  'sync.feedUnreadable': 'Der Feed kann nicht gelesen werden ({reason}).',
  'sync.sitemapUnreadable': 'Die Sitemap kann nicht gelesen werden ({reason}).',
  'sync.feedMalformed': 'Der Feed ist kein wohlgeformtes XML (Zeile {line, number}: {reason}).',
  'sync.notListing': 'Das ist weder ein Feed noch eine Sitemap noch eine Seite mit Links.',
  'folder.notFullPath':
    '„{typed}“ ist kein vollständiger Pfad. Geben Sie den ganzen Pfad des Ordners an, zum Beispiel {example} oder {short}.',

  'store.annotationsFile': 'Anmerkungen zu „{id}“',
  'store.groupCopy': 'Kopie des Lesekreises „{name}“',
  'archive.duplicateId': 'eine andere Datei hat dieselbe Artikel-ID ({id})',

  'cli.usage': `Aufruf: scholion BEFEHL [Optionen]

Befehle:
  serve           Stellt die App und ihre API unter 127.0.0.1 bereit
                    --port N        Port (Standard: ein freier)
                    --data-dir DIR  Datenordner (Standard: SCHOLION_DATA_DIR oder der Datenordner des Systems)
                    --archive DIR   Archivordner (Standard: das mitgelieferte Archiv)
                    --release-keys DIR  die vertrauenswürdigen Ausgabe-Schlüssel (Standard: die mitgelieferten)
                    --no-auto-sync  kein Abgleich beim Start und nach den Zeitplänen der Quellen
  archive:build   Erstellt einen Archivordner aus gespeicherten Artikeln
                    --from DIR      ein Quellordner (wiederholbar; Standard: archive-src)
                    --out DIR       Ausgabeordner (Standard: resources/archive)
                    --report FILE   schreibt auch den Importbericht (jeder Artikel) als JSON
                    --name NAME     der Name des Archivs, den seine Update-Pakete tragen (Standard kke-inter)
                    --release TIME  wann die Ausgabe entstand (Standard: das Datum des neuesten Artikels)
  archive:crawl   Speichert die Artikel einer Website in einen Quellordner für archive:build
                    --site URL      die Website (Standard https://inter.kke.gr)
                    --langs en,el   Sprachen (Standard: alle der Website)
                    --out DIR       Quellordner (Standard archive-src/crawl); sein Journal lässt einen gestoppten Lauf weitergehen
                    --since DATE    lässt Artikel vor YYYY-MM-DD aus
                    --max N         speichert in diesem Lauf höchstens N Artikel
                    --seed PATH     ein weiterer Feed, eine Sitemap oder Liste ('{lang}': die Sprache; wiederholbar)
  archive:keygen  Erstellt ein Schlüsselpaar für Ausgaben (--out DIR)
  archive:sign    Signiert ein erstelltes Archiv (--key FILE, --archive DIR)
  archive:verify  Prüft Signatur und Dateien eines Archivs (--archive DIR, --release-keys DIR)
  archive:delta   Erstellt ein Update-Paket: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Wendet ein Update-Paket auf das Archiv an, das die App liest
                    --dry-run       sagt nur, was hinzukäme, sich änderte und wegfiele
                    --data-dir DIR, --archive DIR, --release-keys DIR  wie bei serve
  export          Exportiert Anmerkungen
                    --format md|csv|jsonld (Standard md)
                    --out DIR       Zielordner (Dateien werden an Ort und Stelle aktualisiert)
                    --tag T         nur Anmerkungen mit diesem Schlagwort
                    --article ID    nur die Anmerkungen dieses Artikels
                    --template FILE eine Mustache-Vorlage für Markdown
                    --combined      Markdown: eine Datei für alle Artikel
                    --flavour markdown|obsidian|logseq (Standard markdown)
                    --colours none|mark|property  Markierungen als ==Text== oder als Eigenschaft color::
                    --data-dir DIR, --archive DIR  wie bei serve
  import FILE     Importiert W3C Web Annotations (JSON-LD) oder einen Hypothesis-Export
                    --dry-run       sagt nur, was sich ändern würde
                    --data-dir DIR, --archive DIR  wie bei serve
  sync            Sucht in den eingeschalteten Quellen nach neuen Artikeln und fügt sie Ihrer Bibliothek hinzu
                    --source ID     nur diese Quelle (wiederholbar)
                    --list          listet die Quellen und ob jede eingeschaltet ist
                    --full          fragt alles neu ab, nicht bedingt
                    --data-dir DIR, --archive DIR  wie bei serve
  search QUERY    Durchsucht die Artikel (und mit --notes Ihre Anmerkungen) wie die App
                    --limit N       wie viele Artikel (Standard 10)
                    --notes         auch Anmerkungen
                    --json          die ganze Antwort als JSON, für Skripte
                    --data-dir DIR, --archive DIR  wie bei serve
  help            Zeigt diesen Text

Die Meldungen folgen der Sprache des Terminals (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Unbekannter Befehl „{command}“.',
  'cli.badArguments': 'Die Optionen stimmen nicht: {detail}. Siehe scholion help.',
  'cli.badPort': '--port muss zwischen 0 und 65535 liegen, nicht {port}.',
  'cli.notOneOf': '{option} muss eines von {allowed} sein, nicht {value}.',
  'cli.outRequired': '{option} ist erforderlich (ein Ordner).',
  'cli.importWhat': 'Geben Sie die zu importierende Datei an: {usage}',
  'cli.importing': 'Importieren',
  'cli.indexing': 'Indizieren',
  'cli.exporting': 'Exportieren',
  'cli.syncing': 'Quellen abgleichen',
  'cli.fullReport': 'Der vollständige Bericht steht in {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (erraten)',
  'cli.noDate': 'kein Datum',
  'cli.section': 'Rubrik: {section}',
  'cli.moreWarned':
    '{count, plural, one {… und ein weiterer Artikel mit Warnungen} other {… und # weitere Artikel mit Warnungen}}',
  'cli.skipped': '{name} übersprungen: {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… und einer mehr übersprungen} other {… und # weitere übersprungen}}',
  'cli.archiveWritten':
    'Archiv nach {folder} geschrieben: {imported, number} importiert ({warned, number} mit Warnungen), {skipped, number} übersprungen.',
  'cli.tagChanged': 'Schlagwort „{from}“ als #{to} geschrieben',
  'cli.exported':
    'Nach {folder} exportiert: {written, number} geschrieben, {unchanged, number} schon aktuell, {skipped, number} übersprungen.',
  'cli.imported':
    '{dryRun, select, yes {Würde importieren:} other {Importiert:}} {file} ({format}): {added, number} hinzugefügt, {updated, number} aktualisiert, {deleted, number} gelöscht, {unchanged, number} unverändert, {skipped, number} übersprungen.',
  'cli.noSourceOn':
    'Keine Quelle ist eingeschaltet: Schalten Sie eine in der App ein oder nennen Sie eine mit {option}.',
  'cli.sourceUnread': '{name}: konnte nicht gelesen werden ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} neu, {updated, plural, =0 {} one {# aktualisiert, } other {# aktualisiert, }}{known, number} schon vorhanden, {failed, number} fehlgeschlagen{unchanged, select, yes { (seit dem letzten Abgleich unverändert)} other {}}',
  'cli.newVersion': '{title} ({id}): eine neue Fassung; die frühere bleibt erhalten',
  'cli.alsoNamedBy': '(auch genannt von {names})',
  'cli.unknownSource': 'Keine Quelle hat die ID {ids}; siehe {command}.',
  'cli.syncAdded':
    '{count, plural, one {Der Abgleich hat einen neuen Artikel hinzugefügt.} other {Der Abgleich hat # neue Artikel hinzugefügt.}}',
  'cli.serving': 'Scholion stellt {archive} bereit, mit Daten in {data}',
  'cli.open': 'Öffnen Sie {url}',

  'file.openFailed': '{name} konnte nicht gelesen werden: {reason}',

  'addFiles.ownCatalogDamaged':
    'Der Katalog Ihrer Dateien in {folder} ist beschädigt ({reason}); es wurde nichts hinzugefügt, damit nichts darin verloren geht.',
  'pictures.tooLarge': 'das Bild ist größer als {kb, number} KB',
  'pictures.svg': 'SVG-Bilder werden nicht aufbewahrt (sie können Skripte enthalten)',
  'pictures.isPage': 'es ist eine Webseite, kein Bild',
  'pictures.notPicture': 'es ist kein JPEG-, PNG-, WebP-, GIF- oder AVIF-Bild',
  'pictures.damaged': 'das Bild ist beschädigt',
  'pictures.tooManyPixels': 'das Bild ist zu groß ({width, number} × {height, number} Pixel)',
  'pictures.tooMany':
    'Bilder auf der Seite: {count, number}. Nur die ersten {max, number} werden aufbewahrt.',
  'pictures.notKept': 'Ein Bild wurde nicht aufbewahrt ({address}): {reason}',
  'pictures.notBeside': 'das Bild liegt nicht im Ordner der Seite',
  'pictures.isLink': 'das Bild ist eine Verknüpfung, und Verknüpfungen wird nicht gefolgt',
  'archive.packUnreadable':
    'Diese Datei ist kein Archiv-Update von Scholion, oder sie ist beschädigt ({reason}).',
  'archive.packUnsigned':
    'Dieses Archiv-Update ist nicht signiert. Nur Updates, die die Herausgeber des Archivs signiert haben, können angewendet werden.',
  'archive.packUnknownKey':
    'Dieses Archiv-Update ist mit einem Schlüssel signiert, den die App nicht kennt ({keyId}). Es wurde nicht angewendet.',
  'archive.packBadSignature':
    'Dieses Archiv-Update wurde nach dem Signieren verändert: Die Signatur passt nicht zu seiner Dateiliste.',
  'archive.packBadManifest': 'Die Dateiliste dieses Archiv-Updates ist fehlerhaft.',
  'archive.packOtherArchive':
    'Dieses Update ist für ein anderes Archiv („{archive}“), nicht für „{current}“.',
  'archive.packNotNewer':
    'Dieses Update (Ausgabe vom {release}) ist nicht neuer als das verwendete Archiv (Ausgabe vom {current}).',
  'archive.packOtherBase':
    'Dieses Update wurde für eine andere Ausgabe des Archivs gemacht (vom {release}); dem verwendeten Archiv fehlt {path}. Wenden Sie zuerst die Updates dazwischen an.',
  'archive.packAltered':
    'Eine Datei in diesem Archiv-Update wurde nach dem Signieren verändert ({path}). Es wurde nichts geändert.',
  'archive.packTooLarge': 'Dieses Archiv-Update ist zu groß (mehr als {mb} MB).',
  'notice.archiveSignature':
    'Das Archiv hat die Signaturprüfung nicht bestanden: {problem, select, unsigned {es ist nicht signiert} key {es ist mit einem Schlüssel signiert, den die App nicht kennt} signature {es wurde nach dem Signieren verändert} missing {eine aufgeführte Datei fehlt ({path})} altered {eine Datei wurde nach dem Signieren verändert ({path})} other {seine Signatur oder Dateiliste ist fehlerhaft}}. Seine Artikel sind weiterhin lesbar.',
  'archive.applyFailed':
    'Das Archiv-Update konnte nicht angewendet werden: {reason}. Das verwendete Archiv ist unverändert.',
  'archive.packGone': 'Dieses Archiv-Update ist nicht mehr da: Wählen Sie die Datei erneut.',
  'archive.checkFailed': 'Es konnte nicht nach einem Archiv-Update gesucht werden: {reason}',
  'cli.applied': 'Das verwendete Archiv ist jetzt {archive}.',
  'cli.applyWhat': 'Geben Sie das Update-Paket an: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} muss eine ganze Zahl über 0 sein, nicht {value}.',
  'cli.badDate': '{option} muss ein Datum sein (YYYY-MM-DD), nicht {value}.',
  'cli.badName':
    '{option} darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, nicht {value}.',
  'cli.crawlDone':
    'Gespeicherte Artikel: {saved}, in {out} (gefunden: {found}; schon gespeichert: {already}; ausgelassen: {leftOut}; von robots.txt verboten: {forbidden}; fehlgeschlagen: {failed}).',
  'cli.crawlFinding': 'Artikel suchen',
  'cli.crawlSaving': 'Artikel speichern',
  'cli.deltaDone':
    '{file} geschrieben ({size}): hinzugefügt {added}, geändert {changed}, entfernt {removed}.',
  'cli.deltaWhat':
    'Geben Sie beide Archive und das Paket an: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} gibt es schon: Ein Ausgabe-Schlüssel wird nie überschrieben.',
  'cli.keyRequired': '{option} ist nötig (eine private Schlüsseldatei von archive:keygen).',
  'cli.keygenDone':
    'Schlüssel {keyId}: Der private Schlüssel liegt in {private} (geheim halten, nicht in geteilten Ordnern); der öffentliche in {public} (nach resources/release-keys/ legen).',
  'cli.packPreview':
    'Update von {archive}, Ausgabe vom {release}, signiert von {keyId}: hinzu {added}, geändert {changed}, entfernt {removed}.',
  'cli.signed': '{archive} mit Schlüssel {keyId} signiert.',
  'cli.verified':
    '{archive}: signiert mit Schlüssel {keyId}; alle {files} Dateien sind wie aufgeführt.',
  'notice.archiveUpdateAvailable':
    'Ein neueres Archiv (Ausgabe vom {release}) ist online verfügbar: neue Artikel: {added}, geändert: {changed}. Es ist geprüft und bereit: Wenden Sie es unter Über Scholion → Aktualisieren… an.',
  'cli.searchFound': 'Gefundene Artikel: {total}',
  'cli.searchCorrected': '„{word}“ kommt im Archiv nicht vor; gesucht wurde: {similar}',
  'cli.searchNotes': 'Gefundene Notizen: {total}',
  'cli.searchWhat': 'Geben Sie die Suchwörter an: scholion search QUERY',
  'store.savedSearches': 'gespeicherte Suchen',
  'savedSearch.gone': 'Diese gespeicherte Suche gibt es nicht mehr.',
  'savedSearch.tooMany': 'Es können höchstens {max} Suchen gespeichert werden.',
  'savedSearch.empty': 'Diese Suche hat keine Wörter oder Filter.',
  'notify.savedSearch': '„{name}“: {count, plural, one {# neuer Artikel} other {# neue Artikel}}',
  'settingsFile.notJson': 'Das ist keine Einstellungsdatei: Es ist kein JSON.',
  'settingsFile.notSettings': 'Das ist keine Einstellungsdatei von Scholion.',
  'settingsFile.newer':
    'Diese Einstellungsdatei hat die Version {version}; dieses Scholion liest bis Version {known}. Aktualisieren Sie Scholion, um sie zu importieren.',
}
