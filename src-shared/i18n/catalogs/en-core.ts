// The core's messages in English: the errors and reports of the main process (and of the HTTP
// host and the CLI), shown by the page in its language. Part of the English catalog (en.ts).

export const enCore = {
  // A text from outside (a site's answer, a system error) that has no translation.
  'common.verbatim': '{text}',

  // Why a file could not be read or written, by the system's error code.
  'reason.diskFull': 'the disk is full ({code})',
  'reason.noPermission': 'permission denied ({code})',
  'reason.readOnly': 'the disk is read-only ({code})',
  'reason.missing': 'it is not there ({code})',
  'reason.isFolder': 'it is a folder ({code})',
  'reason.tooManyFiles': 'too many files are open ({code})',
  'reason.busy': 'it is in use ({code})',
  'reason.ioError': 'the disk could not be read or written ({code})',

  // The library and its articles.
  'library.noArchive': 'The archive could not be opened; see the notice for why.',
  'library.archiveUnopened': 'The archive could not be opened.',
  'library.cannotAdd': 'The files could not be added: {reason}',
  'library.versionGone': 'That earlier version of the article is not kept.',
  'library.versionDamaged': 'That earlier version is damaged: {reason}',
  'library.noArticle': 'There is no article “{id}” in the library.',
  'library.textDamaged': 'The text of “{title}” is damaged in the archive.',
  'library.badHash': 'The catalog entry of “{title}” is damaged (a bad hash).',
  'library.textMissing': 'The text of “{title}” is missing from the archive.',
  'library.checksum': 'The text of “{title}” is damaged in the archive (checksum mismatch).',
  'library.textUnreadable': 'The text of “{title}” cannot be read: {reason}',
  'library.textUnshowable': 'The text of “{title}” cannot be shown: {reason}',

  // Annotations.
  'annotations.notInGroup': 'You can share only with a group you are in.',
  'annotations.saveFailed': 'Your annotation could not be saved: {reason}',
  'annotations.deleteFailed': 'The annotation could not be deleted: {reason}',
  'annotations.outside': 'The selected passage is not in this article’s text.',
  'annotations.empty': 'Select some words to highlight.',
  'annotations.gone': 'That annotation no longer exists.',

  // The app, settings and reading positions.
  'app.noFolderPicker': 'Type the folder’s path: a browser page cannot open a folder picker.',
  'app.openFolderYourself': 'Open this folder in your file manager: {folder}',
  'app.folderUnopened': 'The folder could not be opened: {reason}',
  'settings.saveFailed': 'Your settings could not be saved: {reason}',
  'reading.saveFailed': 'Your reading position could not be saved: {reason}',

  // Exports and imports of notes.
  'export.templateUnusable': 'The template cannot be used: {reason}',
  'export.templateUnreadable': 'The template cannot be read: {reason}',
  'export.notOurs':
    'a file of that name is there without Scholion’s marker line, so it was left alone',
  'export.writeFailed': 'The export could not be written to {folder}: {reason}',
  'export.nothingToCopy': 'There are no notes to copy.',
  'import.unreadable': 'The file cannot be read: {reason}',
  'import.saveFailed': 'The import could not be saved: {reason}',

  'import.noId': 'it has no id',
  'import.noQuote': 'it marks no passage of text (no TextQuoteSelector)',
  'import.pageNote': 'it marks no passage of text (a page note)',
  'import.noTime': 'it has no valid creation time',
  'import.notObject': 'it is not an object',
  'import.tooLarge': 'The file is too large to import (over {mb, number} MB).',
  'import.notJson': 'The file is not valid JSON ({reason}).',
  'import.tooDeep': 'The file cannot be read: it nests more than {depth, number} levels deep.',
  'import.notAnnotations':
    'The file holds no annotations Scholion can read: expected W3C Web Annotations (an AnnotationCollection, a page or a list) or a Hypothesis export.',
  'import.tooMany': 'The file holds too many annotations (over {max, number}).',
  'import.noArticle': 'its article is not in the library ({source})',
  'import.noSource': 'its article is not in the library (it names none)',
  'import.deletedHere': 'it was deleted here after it was last changed',
  'import.invalid': 'it is not a valid annotation ({field}: {reason})',

  // Notices: things the user is told once.
  'notice.saveLogDamaged':
    '{count, plural, one {One saved change in the annotations log could not be read and was left out.} other {# saved changes in the annotations log could not be read and were left out.}}',
  'notice.batchCompleted': 'An import that was interrupted has been completed.',
  'notice.annotationsUnwritten':
    '{count, plural, one {One article’s annotations file could not be written.} other {# articles’ annotations files could not be written.}} Your annotations are safe in the save log and will be written as soon as the file can be; check the space and permissions of the data folder.',
  'notice.archiveUnverified': 'The archive could not be checked: {reason}',

  // Files read from a folder others fill (a study group's), and why one was not used.
  'file.isLink': 'it is a link (links in a group folder are not followed)',
  'file.isFifo': 'it is a named pipe (FIFO), not a file',
  'file.isSocket': 'it is a socket, not a file',
  'file.isDevice': 'it is a device, not a file',
  'file.isFolder': 'it is a folder, not a file',
  'file.notRegular': 'it is not a regular file',
  'file.slow': 'reading it took over {seconds, number} s',
  'file.tooLarge': 'it is too large (over {mb, number} MB)',
  'file.unreadable': 'it cannot be read ({code})',
  'file.partNotFolder': '{path} is a link or a file, not a folder',
  'file.leadsOutside': '{path} leads outside the group folder',

  // Study groups: their folders, files and packs.
  'group.damaged': 'it is incomplete or damaged ({reason})',
  'group.tooDeep': 'it nests more than {depth, number} levels deep',
  'group.notGroupFile': 'it is not a Scholion group file',
  'group.noFormat': 'it has no format number',
  'group.newer':
    'it was written by a newer version of Scholion (format {format}); update to read it',
  'group.noManifest': 'it does not describe a group (no id, name or creation time)',
  'group.someoneElse': 'it describes someone else',
  'group.noOwner': 'it does not say whose it is or which article it is about',
  'group.replyNoTarget': 'a reply without an id or the annotation it answers',
  'group.replyReserved': 'a reply with a reserved id',
  'group.replyText': 'a reply with no text, or too much',
  'group.replyTime': 'a reply with no valid creation time',
  'group.itemNotObject': 'an item that is not an object',
  'group.replyOfOther': 'a reply by someone else',
  'group.annotationOfOther': 'an annotation by someone else',
  'group.invalidAnnotation': 'an annotation that is not valid ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {One item skipped: {first}} other {# items skipped; the first: {first}}}',
  'group.replyUnsaved': 'Your reply could not be saved: {reason}',
  'group.ownFolderUnsafe': 'Your folder in the group cannot be written: {reason}.',
  'group.notHere': 'That group is not on this computer.',
  'group.left': 'You left this group; its copy is read-only.',
  'group.needIdentity': 'Choose the name and colour the group will see first.',
  'group.noFolder': 'There is no folder at {folder}.',
  'group.folderHasGroup': 'This folder already holds the group “{name}”: join it instead.',
  'group.folderHasBadGroup': 'This folder holds a group file that cannot be read ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {{folder} is not empty (it holds “{name}”).} other {{folder} is not empty (it holds # files or folders).}} A new group needs an empty folder of its own; to join a group, choose the folder it shares.',
  'group.createFailed': 'The group could not be created: {reason}',
  'group.joinFailed': 'The group could not be joined: {reason}',
  'group.noGroupThere':
    'There is no group in {folder} (no {file}). Choose the folder the group shares, or create a group there.',
  'group.manifestUnreadable': 'The group file in {folder} cannot be read: {reason}.',
  'group.unreadable': 'The group in this folder cannot be read: {reason}.',
  'group.alreadyIn': 'You are already in “{name}”.',
  'group.notShared': 'That annotation is not shared with this group.',
  'group.replyGone': 'That reply is not yours or no longer exists.',
  'group.replyDeleteFailed': 'The reply could not be deleted: {reason}',
  'pack.tooLarge': 'The file is too large (over {mb, number} MB).',
  'pack.incomplete': 'The file is not a complete group pack ({reason}).',
  'pack.tooDeep': 'The pack cannot be read: it nests more than {depth, number} levels deep.',
  'pack.notPack': 'The file is not a Scholion group pack (it names no group).',
  'pack.newer':
    'The pack was made by a newer version of Scholion (format {format}); update Scholion to open it.',
  'pack.badGroup': 'The pack’s group cannot be read: {reason}.',
  'pack.badMemberId': 'a member with an id Scholion does not take ({id})',
  'pack.badMember': 'a member: {reason}',
  'pack.itemUnowned': 'an item without its author or article',
  'pack.itemBadIds': 'an item with an author or article id Scholion does not take ({id})',
  'pack.unreadable': 'The pack cannot be read: {reason}',
  'pack.leftGroup': 'You left “{name}”; join it again to take its packs.',
  'pack.importFailed': 'The pack could not be imported: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {A file from another member of “{name}” could not be read;} other {# files from other members of “{name}” could not be read;}} the last good copy is shown. See Study groups… for which and why.',

  'file.outOfMemory': 'Reading it needed more than {mb, number} MB of memory; it was stopped.',
  'file.readFailed': 'Reading it failed ({reason}).',
  'file.readStopped': 'Reading it stopped unexpectedly.',
  'file.tooSlow': 'Reading it took over {seconds, number} s; it was stopped.',
  'app.closing': 'The app is closing.',

  // Adding files to the library: why a file was not added, and what to look at in one that was.
  'addFiles.pageNoLanguage':
    'The page does not say its language (no {path} in its address, no lang attribute); name the file {example}.',
  'addFiles.noArticleText': 'No article text was found in it.',
  'addFiles.noTitle': 'The page has no title.',
  'addFiles.markdownNoLanguage':
    'The file does not say its language; add “{field}” to its front matter.',
  'addFiles.noText': 'The file holds no text.',
  'addFiles.epubTooLarge': 'The book unpacks to more than {mb, number} MB.',
  'addFiles.epubEmpty': 'The file is not a readable EPUB (there are no files in it).',
  'addFiles.epubUnreadable': 'The file is not a readable EPUB ({reason}).',
  'addFiles.epubMissing': 'The book is missing {path}.',
  'addFiles.epubNoPackage': 'The book does not name its package document.',
  'addFiles.epubBadPackage': 'The book’s package document cannot be read.',
  'addFiles.epubNoLanguage': 'The book does not say its language.',
  'addFiles.epubNoText': 'The book holds no text.',
  'addFiles.titleMade':
    'There is no title line: the title was made from the file name or the first words.',
  'addFiles.kindUnknown':
    '{ext} is not a kind of file Scholion imports (text, HTML, Markdown or EPUB).',
  'addFiles.noExtension':
    'A file without an extension is not a kind Scholion imports (text, HTML, Markdown or EPUB).',
  'addFiles.fileTooLarge': 'The file is larger than {mb, number} MB.',
  'addFiles.binary': 'The file is not text (it holds binary data).',
  'addFiles.languageUnknown':
    'The language of the text could not be told; name the file {example}.',
  'addFiles.nameNoLanguage': 'The file name does not say the language (name it {example}).',
  'addFiles.longTitle':
    'The title is {count, number} characters long; a paragraph may have been taken for it.',
  'addFiles.titleIsBox': 'The title is the heading of the site’s “old web pages” box.',
  'addFiles.opensWithBox': 'The text opens with the sentence of the site’s “old web pages” box.',
  'addFiles.dateMissing': 'No date was found.',
  'addFiles.languageGuessed':
    'The language ({lang}) was guessed from the text; the file name does not say it.',
  'addFiles.alreadyHere': 'It is in the library already, as “{title}”.',
  'addFiles.sameText': 'The same text is in your files already.',
  'addFiles.notInLibrary': 'It is not in the library.',

  // The API's hosts: calls refused before they reach the core.
  'api.noMethod': 'There is no method “{method}”.',
  'api.invalidInput': 'The request is not valid: {detail}',
  'api.failed': 'Something went wrong in {method}: {reason}',
  'api.forbiddenPage': 'This page may not call the Scholion API.',
  'api.postOnly': 'API calls use POST.',
  'api.otherOrigin': 'Requests from other origins are refused.',
  'api.badToken': 'Missing or wrong token; use the address the server printed.',
  'api.badMethodName': 'The method name in the address is not valid.',
  'api.bodyTooLarge': 'The request body is too large.',
  'api.bodyNotJson': 'The request body is not valid JSON.',
  'api.bodyTooDeep': 'The request body nests too deeply.',
  'api.serverFailed': 'The server failed: {reason}',
  'group.leaveFailed': 'The group could not be left: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {One article is damaged in the archive and left out: {names}.} other {# articles are damaged in the archive and left out: {names}.}}',
  'notice.archiveNoManifest':
    'The archive in {folder} has no readable manifest; its files cannot be verified.',
  'notice.archiveCatalogChanged':
    'The archive catalog in {folder} does not match its manifest; it was changed after the archive was built.',
  'notice.archiveMissing': 'No archive was found in {folder}.',
  'notice.archiveNewer':
    '{which, select, own {The library of your files} other {The archive}} in {folder} needs a newer version of Scholion.',
  'notice.archiveDamaged':
    'The catalog of {which, select, own {the library of your files} other {the archive}} in {folder} is damaged and cannot be read ({reason}).',
  'notice.archiveDuplicate':
    'The archive lists the article “{id}” twice; the second entry is ignored.',

  // The files the app keeps its data in: what each holds, and what happened to a damaged one.
  'store.settings': 'settings',
  'store.readingPositions': 'reading positions',
  'store.visits': 'visit history',
  'store.syncSources': 'sync sources',
  'store.groups': 'study groups list',
  'store.groupShare': 'study group',
  'store.windowState': 'window state',
  'store.notJson': 'not valid JSON: {reason}',
  'store.noVersion': 'its version number is missing',
  'store.noMigration': 'there is no migration from version {version, number}',
  'store.unexpected': 'unexpected content: {reason}',
  'notice.storeMissing': 'The file of your {store} was missing; the last good copy was restored.',
  'notice.storeNewer':
    'The file of your {store} was written by a newer version of Scholion (format {format, number}); it is left untouched and changes will not be saved until you update.',
  'notice.storeRestored':
    'The file of your {store} was damaged ({reason}); the last good copy was restored. The damaged file was kept as {file}.',
  'notice.storeReset':
    'The file of your {store} was damaged ({reason}) and no good copy was found; starting from defaults. The damaged file was kept as {file}.',
  'notice.storeReadOnly': 'The file of your {store} is read-only (it is of a newer format).',

  // The search index.
  'search.noArchive': 'there is no archive',
  'search.opening': 'the index is being opened',
  'search.noIndex': 'the archive has no search index',
  'search.indexDamaged': '{file} is damaged',
  'search.indexFormat': 'the index is of format {found, number}, not {wanted, number}',
  'search.indexOther': 'the index was built for another version of the archive',
  'search.annotationsUnread': 'Annotations could not be read: {reason}',
  'notice.searchRebuilding': 'The search index is being rebuilt ({reason}).',

  // Sync: sources, listings and pages that could not be fetched.
  'sync.sameId': 'Two sources have the id “{id}”.',
  'sync.badPattern': 'The pattern of “{name}” is not a regular expression.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'The sources could not be saved: {reason}',
  'sync.runFailed': 'The sync could not finish: {reason}',
  'sync.tooLarge': 'the page is larger than {kb, number} KB',
  'sync.badAddress': 'it is not a valid address',
  'sync.httpOnly': 'only http and https addresses are fetched',
  'sync.noAnswer': 'no answer within {seconds, number} s',
  'sync.unreachable': 'the site could not be reached ({reason})',
  'sync.redirectNowhere': 'a redirect ({status, number}) to nowhere',
  'sync.tooManyRedirects': 'more than {max, number} redirects',
  'sync.redirectScheme': 'a redirect to {scheme} is not followed',
  'sync.slowDown': 'the site asked us to slow down (429)',
  'sync.unavailable': 'the site is unavailable (503)',
  'sync.answered': 'the site answered {status}',
  'sync.backingOff':
    '{count, plural, one {it failed once before} other {it failed # times before}} ({reason}); it is asked again after {when, date, medium} {when, time, short}',
  'sync.feedUnreadable': 'The feed cannot be read ({reason}).',
  'sync.sitemapUnreadable': 'The sitemap cannot be read ({reason}).',
  'sync.feedMalformed': 'The feed is not well-formed XML (line {line, number}: {reason}).',
  'sync.notListing': 'This is neither a feed, a sitemap nor a page of links.',
  'folder.notFullPath':
    '“{typed}” is not a full path. Give the whole path of the folder, for example {example} or {short}.',

  'store.annotationsFile': 'annotations of “{id}”',
  'store.groupCopy': 'copy of the study group “{name}”',
  'archive.duplicateId': 'another file has the same article id ({id})',

  // The `scholion` command in a terminal. Options (--port, --out…) and commands stay as typed.
  'cli.usage': `Usage: scholion COMMAND [options]

Commands:
  serve           Serve the app and its API on 127.0.0.1
                    --port N        port (default: a free one)
                    --data-dir DIR  user data folder (default: SCHOLION_DATA_DIR or the system’s data folder)
                    --archive DIR   archive folder (default: the bundled archive)
                    --release-keys DIR  the release keys trusted (default: the bundled ones)
                    --no-auto-sync  do not sync on start and on the sources’ schedules
  archive:build   Build an archive folder from saved articles
                    --from DIR      a source folder (repeatable; default: archive-src)
                    --out DIR       output folder (default: resources/archive)
                    --report FILE   also write the import report (every article) as JSON
                    --name NAME     the archive’s name, which its update packs carry (default kke-inter)
                    --release TIME  when the release was cut (default: the newest article’s date)
  archive:crawl   Save a site’s articles into a source folder for archive:build
                    --site URL      the site (default https://inter.kke.gr)
                    --langs en,el   languages (default: all of the site’s)
                    --out DIR       source folder (default archive-src/crawl); its journal lets a stopped crawl go on
                    --since DATE    leave out articles before YYYY-MM-DD
                    --max N         save at most N articles in this run
                    --seed PATH     another feed, sitemap or listing ('{lang}': the language; repeatable)
  archive:keygen  Make a release key pair (--out DIR)
  archive:sign    Sign a built archive (--key FILE, --archive DIR)
  archive:verify  Check an archive’s signature and files (--archive DIR, --release-keys DIR)
  archive:delta   Make an update pack: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Apply an update pack to the archive the app reads
                    --dry-run       only say what it would add, change and remove
                    --data-dir DIR, --archive DIR, --release-keys DIR  as for serve
  export          Export annotations
                    --format md|csv|jsonld (default md)
                    --out DIR       folder to write into (files are updated in place)
                    --tag T         only annotations with this tag
                    --article ID    only this article’s annotations
                    --template FILE a Mustache template for Markdown
                    --combined      Markdown: one file for all articles
                    --flavour markdown|obsidian|logseq (default markdown)
                    --colours none|mark|property  highlights as ==text== or a color:: property
                    --data-dir DIR, --archive DIR  as for serve
  import FILE     Import W3C Web Annotations (JSON-LD) or a Hypothesis export
                    --dry-run       only say what would change
                    --data-dir DIR, --archive DIR  as for serve
  sync            Look for new articles in the enabled sources and add them to your library
                    --source ID     only this source (repeatable)
                    --list          list the sources and whether each is on
                    --full          ask for everything again, not conditionally
                    --data-dir DIR, --archive DIR  as for serve
  search QUERY    Search the articles (and with --notes your annotations), as the app does
                    --limit N       how many articles (default 10)
                    --notes         annotations too
                    --json          the whole answer as JSON, for scripts
                    --data-dir DIR, --archive DIR  as for serve
  help            Show this text

Messages follow the terminal’s language (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Unknown command “{command}”.',
  'cli.badArguments': 'The options are not right: {detail}. See scholion help.',
  'cli.badPort': '--port must be 0–65535, not {port}.',
  'cli.notOneOf': '{option} must be one of {allowed}, not {value}.',
  'cli.outRequired': '{option} is required (a folder).',
  'cli.importWhat': 'Give the file to import: {usage}',
  'cli.importing': 'Importing',
  'cli.indexing': 'Indexing',
  'cli.exporting': 'Exporting',
  'cli.syncing': 'Syncing sources',
  'cli.fullReport': 'The full report is in {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (guessed)',
  'cli.noDate': 'no date',
  'cli.section': 'section: {section}',
  'cli.moreWarned':
    '{count, plural, one {… and one more article with warnings} other {… and # more articles with warnings}}',
  'cli.skipped': 'skipped {name}: {reason}',
  'cli.moreSkipped': '{count, plural, one {… and one more skipped} other {… and # more skipped}}',
  'cli.archiveWritten':
    'Archive written to {folder}: {imported, number} imported ({warned, number} with warnings), {skipped, number} skipped.',
  'cli.tagChanged': 'tag “{from}” written as #{to}',
  'cli.exported':
    'Exported to {folder}: {written, number} written, {unchanged, number} already up to date, {skipped, number} skipped.',
  'cli.imported':
    '{dryRun, select, yes {Would import} other {Imported}} {file} ({format}): {added, number} added, {updated, number} updated, {deleted, number} deleted, {unchanged, number} unchanged, {skipped, number} skipped.',
  'cli.noSourceOn': 'No source is on: turn one on in the app, or name one with {option}.',
  'cli.sourceUnread': '{name}: could not be read ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} new, {updated, plural, =0 {} one {# updated, } other {# updated, }}{known, number} already here, {failed, number} failed{unchanged, select, yes { (not changed since the last sync)} other {}}',
  'cli.newVersion': '{title} ({id}): a new version; the earlier one is kept',
  'cli.alsoNamedBy': '(also named by {names})',
  'cli.unknownSource': 'No source has the id {ids}; see {command}.',
  'cli.syncAdded':
    '{count, plural, one {Sync added a new article.} other {Sync added # new articles.}}',
  'cli.serving': 'Scholion is serving {archive} with data in {data}',
  'cli.open': 'Open {url}',

  'file.openFailed': '{name} could not be read: {reason}',

  'addFiles.ownCatalogDamaged':
    'The catalog of your files in {folder} is damaged ({reason}); nothing was added, so that nothing in it is lost.',
  'pictures.tooLarge': 'the picture is larger than {kb, number} KB',
  'pictures.svg': 'SVG pictures are not kept (they can carry scripts)',
  'pictures.isPage': 'it is a web page, not a picture',
  'pictures.notPicture': 'it is not a JPEG, PNG, WebP, GIF or AVIF picture',
  'pictures.damaged': 'the picture is damaged',
  'pictures.tooManyPixels': 'the picture is too large ({width, number} × {height, number} pixels)',
  'pictures.tooMany':
    'Pictures in the page: {count, number}. Only the first {max, number} are kept.',
  'pictures.notKept': 'A picture was not kept ({address}): {reason}',
  'pictures.notBeside': 'the picture is not in the page’s folder',
  'pictures.isLink': 'the picture is a link, and links are not followed',
  'archive.packUnreadable':
    'This file is not a Scholion archive update, or it is damaged ({reason}).',
  'archive.packUnsigned':
    'This archive update is not signed. Only updates signed by the archive’s publishers can be applied.',
  'archive.packUnknownKey':
    'This archive update is signed by a key this app does not know ({keyId}). It was not applied.',
  'archive.packBadSignature':
    'This archive update was altered after it was signed: its signature does not match its list of files.',
  'archive.packBadManifest': 'This archive update’s list of files is malformed.',
  'archive.packOtherArchive':
    'This update is for another archive (“{archive}”), not for “{current}”.',
  'archive.packNotNewer':
    'This update (release of {release}) is not newer than the archive in use (release of {current}).',
  'archive.packOtherBase':
    'This update was made for another edition of the archive (release of {release}); the archive in use lacks {path}. Apply the updates in between first.',
  'archive.packAltered':
    'A file in this archive update was altered after it was signed ({path}). Nothing was changed.',
  'archive.packTooLarge': 'This archive update is too large (more than {mb} MB).',
  'notice.archiveSignature':
    'The archive did not pass its signature check: {problem, select, unsigned {it is not signed} key {it is signed by a key this app does not know} signature {it was altered after it was signed} missing {a file it lists is missing ({path})} altered {a file was altered after it was signed ({path})} other {its signature or its list of files is malformed}}. Its articles can still be read.',
  'archive.applyFailed':
    'The archive update could not be applied: {reason}. The archive in use is unchanged.',
  'archive.packGone': 'This archive update is no longer here: choose the file again.',
  'archive.checkFailed': 'Could not look for an archive update: {reason}',
  'cli.applied': 'The archive in use is now {archive}.',
  'cli.applyWhat': 'Give the update pack to apply: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} must be a whole number above 0, not {value}.',
  'cli.badDate': '{option} must be a date (YYYY-MM-DD), not {value}.',
  'cli.badName': '{option} must be lower-case letters, digits and hyphens, not {value}.',
  'cli.crawlDone':
    'Saved {saved} articles in {out} (found: {found}; saved before: {already}; left out: {leftOut}; forbidden by robots.txt: {forbidden}; failed: {failed}).',
  'cli.crawlFinding': 'Finding articles',
  'cli.crawlSaving': 'Saving articles',
  'cli.deltaDone': 'Wrote {file} ({size}): added {added}, changed {changed}, removed {removed}.',
  'cli.deltaWhat':
    'Give both archives and the pack to write: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} exists already: a release key is never overwritten.',
  'cli.keyRequired': '{option} is required (a private key file made by archive:keygen).',
  'cli.keygenDone':
    'Key {keyId}: the private key is in {private} (keep it secret and off shared folders); the public key is in {public} (put it in resources/release-keys/).',
  'cli.packPreview':
    'Update of {archive}, release of {release}, signed by {keyId}: added {added}, changed {changed}, removed {removed}.',
  'cli.signed': 'Signed {archive} with key {keyId}.',
  'cli.verified': '{archive}: signed with key {keyId}; all {files} files are as listed.',
  'notice.archiveUpdateAvailable':
    'A newer archive (release of {release}) is available online: new articles: {added}, changed: {changed}. It is checked and ready: apply it in About Scholion → Update…',
  'cli.searchFound': 'Articles found: {total}',
  'cli.searchCorrected': '“{word}” is not in the archive; searched for: {similar}',
  'cli.searchNotes': 'Notes found: {total}',
  'cli.searchWhat': 'Give the words to search for: scholion search QUERY',
  'store.savedSearches': 'saved searches',
  'savedSearch.gone': 'This saved search no longer exists.',
  'savedSearch.tooMany': 'At most {max} searches can be saved.',
  'savedSearch.empty': 'This search has no words or filters to look for.',
  'notify.savedSearch': '“{name}”: {count, plural, one {# new article} other {# new articles}}',
  'settingsFile.notJson': 'This is not a settings file: it is not JSON.',
  'settingsFile.notSettings': 'This is not a Scholion settings file.',
  'settingsFile.newer':
    'This settings file is of version {version}; this Scholion reads up to version {known}. Update Scholion to import it.',
} as const
