// Les messages du noyau en français : erreurs et rapports du processus principal et de la ligne
// de commande (termes : docs/i18n.md). Espace fine insécable avant ; : ? ! et dans les guillemets.
import type { CoreCatalog } from './en'

export const frCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'le disque est plein ({code})',
  'reason.noPermission': 'accès refusé ({code})',
  'reason.readOnly': 'le disque est en lecture seule ({code})',
  'reason.missing': 'il n’existe pas ({code})',
  'reason.isFolder': 'c’est un dossier ({code})',
  'reason.tooManyFiles': 'trop de fichiers sont ouverts ({code})',
  'reason.busy': 'il est en cours d’utilisation ({code})',
  'reason.ioError': 'le disque n’a pas pu être lu ou écrit ({code})',

  'library.noArchive': 'Les archives n’ont pas pu être ouvertes ; la notification dit pourquoi.',
  'library.archiveUnopened': 'Les archives n’ont pas pu être ouvertes.',
  'library.cannotAdd': 'Les fichiers n’ont pas pu être ajoutés : {reason}',
  'library.versionGone': 'Cette version antérieure de l’article n’est pas conservée.',
  'library.versionDamaged': 'Cette version antérieure est endommagée : {reason}',
  'library.noArticle': 'Il n’y a pas d’article « {id} » dans la bibliothèque.',
  'library.textDamaged': 'Le texte de « {title} » est endommagé dans les archives.',
  'library.badHash':
    'L’entrée de « {title} » dans le catalogue est endommagée (empreinte erronée).',
  'library.textMissing': 'Le texte de « {title} » manque dans les archives.',
  'library.checksum':
    'Le texte de « {title} » est endommagé dans les archives (la somme de contrôle ne correspond pas).',
  'library.textUnreadable': 'Le texte de « {title} » ne peut pas être lu : {reason}',
  'library.textUnshowable': 'Le texte de « {title} » ne peut pas être affiché : {reason}',

  'annotations.notInGroup':
    'Vous ne pouvez partager qu’avec un groupe d’étude dont vous êtes membre.',
  'annotations.saveFailed': 'Votre annotation n’a pas pu être enregistrée : {reason}',
  'annotations.deleteFailed': 'L’annotation n’a pas pu être supprimée : {reason}',
  'annotations.outside': 'Le passage sélectionné n’est pas dans le texte de cet article.',
  'annotations.empty': 'Sélectionnez quelques mots à surligner.',
  'annotations.gone': 'Cette annotation n’existe plus.',

  'app.noFolderPicker':
    'Saisissez le chemin du dossier : une page de navigateur ne peut pas ouvrir de sélecteur de dossier.',
  'app.openFolderYourself': 'Ouvrez ce dossier dans votre gestionnaire de fichiers : {folder}',
  'app.folderUnopened': 'Le dossier n’a pas pu être ouvert : {reason}',
  'settings.saveFailed': 'Vos réglages n’ont pas pu être enregistrés : {reason}',
  'reading.saveFailed': 'Votre position de lecture n’a pas pu être enregistrée : {reason}',

  'export.templateUnusable': 'Le modèle ne peut pas être utilisé : {reason}',
  'export.templateUnreadable': 'Le modèle ne peut pas être lu : {reason}',
  'export.notOurs':
    'un fichier de ce nom s’y trouve sans la ligne repère de Scholion ; il a donc été laissé tel quel',
  'export.writeFailed': 'L’exportation n’a pas pu être écrite dans {folder} : {reason}',
  'export.nothingToCopy': 'Il n’y a aucune note à copier.',
  'import.unreadable': 'Le fichier ne peut pas être lu : {reason}',
  'import.saveFailed': 'L’importation n’a pas pu être enregistrée : {reason}',

  'import.noId': 'elle n’a pas d’identifiant',
  'import.noQuote': 'elle ne marque aucun passage du texte (pas de TextQuoteSelector)',
  'import.pageNote': 'elle ne marque aucun passage du texte (une note sur la page)',
  'import.noTime': 'elle n’a pas de date de création valide',
  'import.notObject': 'ce n’est pas un objet',
  'import.tooLarge': 'Le fichier est trop volumineux pour être importé (plus de {mb, number} Mo).',
  'import.notJson': 'Le fichier n’est pas du JSON valide ({reason}).',
  'import.tooDeep':
    'Le fichier ne peut pas être lu : il compte plus de {depth, number} niveaux d’imbrication.',
  'import.notAnnotations':
    'Le fichier ne contient aucune annotation que Scholion sache lire : on attendait des W3C Web Annotations (une AnnotationCollection, une page ou une liste) ou un export de Hypothesis.',
  'import.tooMany': 'Le fichier contient trop d’annotations (plus de {max, number}).',
  'import.noArticle': 'son article n’est pas dans la bibliothèque ({source})',
  'import.noSource': 'son article n’est pas dans la bibliothèque (elle n’en nomme aucun)',
  'import.deletedHere': 'elle a été supprimée ici après sa dernière modification',
  'import.invalid': 'ce n’est pas une annotation valide ({field} : {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {# modification enregistrée dans le journal des annotations n’a pas pu être lue et a été écartée.} many {# de modifications enregistrées dans le journal des annotations n’ont pas pu être lues et ont été écartées.} other {# modifications enregistrées dans le journal des annotations n’ont pas pu être lues et ont été écartées.}}',
  'notice.batchCompleted': 'Une importation interrompue a été menée à bien.',
  'notice.annotationsUnwritten':
    '{count, plural, one {Le fichier d’annotations de # article n’a pas pu être écrit.} many {Les fichiers d’annotations de # d’articles n’ont pas pu être écrits.} other {Les fichiers d’annotations de # articles n’ont pas pu être écrits.}} Vos annotations sont en sûreté dans le journal d’enregistrement et seront écrites dès que possible ; vérifiez l’espace libre et les droits du dossier de données.',
  'notice.archiveUnverified': 'Les archives n’ont pas pu être vérifiées : {reason}',

  'file.isLink': 'c’est un lien (les liens d’un dossier de groupe ne sont pas suivis)',
  'file.isFifo': 'c’est un tube nommé (FIFO), pas un fichier',
  'file.isSocket': 'c’est un socket, pas un fichier',
  'file.isDevice': 'c’est un périphérique, pas un fichier',
  'file.isFolder': 'c’est un dossier, pas un fichier',
  'file.notRegular': 'ce n’est pas un fichier ordinaire',
  'file.slow': 'sa lecture a pris plus de {seconds, number} s',
  'file.tooLarge': 'il est trop volumineux (plus de {mb, number} Mo)',
  'file.unreadable': 'il ne peut pas être lu ({code})',
  'file.partNotFolder': '{path} est un lien ou un fichier, pas un dossier',
  'file.leadsOutside': '{path} mène hors du dossier du groupe',

  'group.damaged': 'il est incomplet ou endommagé ({reason})',
  'group.tooDeep': 'il compte plus de {depth, number} niveaux d’imbrication',
  'group.notGroupFile': 'ce n’est pas un fichier de groupe Scholion',
  'group.noFormat': 'il n’a pas de numéro de format',
  'group.newer':
    'il a été écrit par une version plus récente de Scholion (format {format}) ; mettez à jour pour le lire',
  'group.noManifest': 'il ne décrit pas de groupe (ni identifiant, ni nom, ni date de création)',
  'group.someoneElse': 'il décrit quelqu’un d’autre',
  'group.noOwner': 'il ne dit pas à qui il appartient ni de quel article il s’agit',
  'group.replyNoTarget': 'une réponse sans identifiant ou sans l’annotation à laquelle elle répond',
  'group.replyReserved': 'une réponse avec un identifiant réservé',
  'group.replyText': 'une réponse sans texte, ou avec trop de texte',
  'group.replyTime': 'une réponse sans date de création valide',
  'group.itemNotObject': 'un élément qui n’est pas un objet',
  'group.replyOfOther': 'une réponse de quelqu’un d’autre',
  'group.annotationOfOther': 'une annotation de quelqu’un d’autre',
  'group.invalidAnnotation': 'une annotation non valide ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {# élément ignoré : {first}} many {# d’éléments ignorés ; le premier : {first}} other {# éléments ignorés ; le premier : {first}}}',
  'group.replyUnsaved': 'Votre réponse n’a pas pu être enregistrée : {reason}',
  'group.ownFolderUnsafe': 'Votre dossier dans le groupe ne peut pas être écrit : {reason}.',
  'group.notHere': 'Ce groupe d’étude n’est pas sur cet ordinateur.',
  'group.left': 'Vous avez quitté ce groupe ; sa copie est en lecture seule.',
  'group.needIdentity': 'Choisissez d’abord le nom et la couleur que le groupe verra.',
  'group.noFolder': 'Il n’y a pas de dossier à l’emplacement {folder}.',
  'group.folderHasGroup': 'Ce dossier contient déjà le groupe « {name} » : rejoignez-le plutôt.',
  'group.folderHasBadGroup': 'Ce dossier contient un fichier de groupe illisible ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {{folder} n’est pas vide (il contient « {name} »).} many {{folder} n’est pas vide (il contient # de fichiers ou dossiers).} other {{folder} n’est pas vide (il contient # fichiers ou dossiers).}} Un nouveau groupe a besoin d’un dossier vide à lui ; pour rejoindre un groupe, choisissez le dossier qu’il partage.',
  'group.createFailed': 'Le groupe n’a pas pu être créé : {reason}',
  'group.joinFailed': 'Impossible de rejoindre le groupe : {reason}',
  'group.noGroupThere':
    'Il n’y a pas de groupe dans {folder} (pas de {file}). Choisissez le dossier que partage le groupe, ou créez-y un groupe.',
  'group.manifestUnreadable': 'Le fichier du groupe dans {folder} ne peut pas être lu : {reason}.',
  'group.unreadable': 'Le groupe de ce dossier ne peut pas être lu : {reason}.',
  'group.alreadyIn': 'Vous êtes déjà membre de « {name} ».',
  'group.notShared': 'Cette annotation n’est pas partagée avec ce groupe.',
  'group.replyGone': 'Cette réponse n’est pas la vôtre ou n’existe plus.',
  'group.replyDeleteFailed': 'La réponse n’a pas pu être supprimée : {reason}',
  'pack.tooLarge': 'Le fichier est trop volumineux (plus de {mb, number} Mo).',
  'pack.incomplete': 'Le fichier n’est pas un paquet de groupe complet ({reason}).',
  'pack.tooDeep':
    'Le paquet ne peut pas être lu : il compte plus de {depth, number} niveaux d’imbrication.',
  'pack.notPack': 'Le fichier n’est pas un paquet de groupe Scholion (il ne nomme aucun groupe).',
  'pack.newer':
    'Le paquet a été créé par une version plus récente de Scholion (format {format}) ; mettez Scholion à jour pour l’ouvrir.',
  'pack.badGroup': 'Le groupe du paquet ne peut pas être lu : {reason}.',
  'pack.badMemberId': 'un membre dont Scholion n’accepte pas l’identifiant ({id})',
  'pack.badMember': 'un membre : {reason}',
  'pack.itemUnowned': 'un élément sans auteur ni article',
  'pack.itemBadIds':
    'un élément dont Scholion n’accepte pas l’identifiant d’auteur ou d’article ({id})',
  'pack.unreadable': 'Le paquet ne peut pas être lu : {reason}',
  'pack.leftGroup':
    'Vous avez quitté « {name} » ; rejoignez-le de nouveau pour recevoir ses paquets.',
  'pack.importFailed': 'Le paquet n’a pas pu être importé : {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {# fichier d’un autre membre de « {name} » n’a pas pu être lu ;} many {# de fichiers d’autres membres de « {name} » n’ont pas pu être lus ;} other {# fichiers d’autres membres de « {name} » n’ont pas pu être lus ;}} la dernière copie valide est affichée. Voir Groupes d’étude… pour savoir lesquels et pourquoi.',

  'file.outOfMemory':
    'Sa lecture a demandé plus de {mb, number} Mo de mémoire ; elle a été arrêtée.',
  'file.readFailed': 'Sa lecture a échoué ({reason}).',
  'file.readStopped': 'Sa lecture s’est arrêtée de façon inattendue.',
  'file.tooSlow': 'Sa lecture a pris plus de {seconds, number} s ; elle a été arrêtée.',
  'app.closing': 'L’application se ferme.',

  'addFiles.pageNoLanguage':
    'La page n’indique pas sa langue (pas de {path} dans son adresse, pas d’attribut lang) ; nommez le fichier {example}.',
  'addFiles.noArticleText': 'Aucun texte d’article n’y a été trouvé.',
  'addFiles.noTitle': 'La page n’a pas de titre.',
  'addFiles.markdownNoLanguage':
    'Le fichier n’indique pas sa langue ; ajoutez « {field} » à son en-tête (front matter).',
  'addFiles.noText': 'Le fichier ne contient aucun texte.',
  'addFiles.epubTooLarge': 'Le livre dépasse {mb, number} Mo une fois décompressé.',
  'addFiles.epubEmpty': 'Le fichier n’est pas un EPUB lisible (il ne contient aucun fichier).',
  'addFiles.epubUnreadable': 'Le fichier n’est pas un EPUB lisible ({reason}).',
  'addFiles.epubMissing': 'Il manque {path} au livre.',
  'addFiles.epubNoPackage': 'Le livre ne nomme pas son document de paquet.',
  'addFiles.epubBadPackage': 'Le document de paquet du livre ne peut pas être lu.',
  'addFiles.epubNoLanguage': 'Le livre n’indique pas sa langue.',
  'addFiles.epubNoText': 'Le livre ne contient aucun texte.',
  'addFiles.titleMade':
    'Il n’y a pas de ligne de titre : le titre a été formé à partir du nom du fichier ou des premiers mots.',
  'addFiles.kindUnknown':
    '{ext} n’est pas un type de fichier que Scholion importe (texte, HTML, Markdown ou EPUB).',
  'addFiles.noExtension':
    'Un fichier sans extension n’est pas d’un type que Scholion importe (texte, HTML, Markdown ou EPUB).',
  'addFiles.fileTooLarge': 'Le fichier dépasse {mb, number} Mo.',
  'addFiles.binary': 'Le fichier n’est pas du texte (il contient des données binaires).',
  'addFiles.languageUnknown':
    'La langue du texte n’a pas pu être déterminée ; nommez le fichier {example}.',
  'addFiles.nameNoLanguage': 'Le nom du fichier n’indique pas la langue (nommez-le {example}).',
  'addFiles.longTitle':
    'Le titre compte {count, number} caractères ; un paragraphe a peut-être été pris pour le titre.',
  'addFiles.titleIsBox': 'Le titre est l’intitulé de l’encadré « anciennes pages web » du site.',
  'addFiles.opensWithBox':
    'Le texte commence par la phrase de l’encadré « anciennes pages web » du site.',
  'addFiles.dateMissing': 'Aucune date n’a été trouvée.',
  'addFiles.languageGuessed':
    'La langue ({lang}) a été devinée d’après le texte ; le nom du fichier ne l’indique pas.',
  'addFiles.alreadyHere': 'Il est déjà dans la bibliothèque, sous le titre « {title} ».',
  'addFiles.sameText': 'Le même texte figure déjà parmi vos fichiers.',
  'addFiles.notInLibrary': 'Il n’est pas dans la bibliothèque.',

  'api.noMethod': 'Il n’y a pas de méthode « {method} ».',
  'api.invalidInput': 'La requête n’est pas valide : {detail}',
  'api.failed': 'Une erreur s’est produite dans {method} : {reason}',
  'api.forbiddenPage': 'Cette page n’a pas le droit d’appeler l’API de Scholion.',
  'api.postOnly': 'Les appels à l’API se font en POST.',
  'api.otherOrigin': 'Les requêtes venant d’autres origines sont refusées.',
  'api.badToken': 'Jeton absent ou erroné ; utilisez l’adresse affichée par le serveur.',
  'api.badMethodName': 'Le nom de méthode dans l’adresse n’est pas valide.',
  'api.bodyTooLarge': 'Le corps de la requête est trop volumineux.',
  'api.bodyNotJson': 'Le corps de la requête n’est pas du JSON valide.',
  'api.bodyTooDeep': 'Le corps de la requête est trop profondément imbriqué.',
  'api.serverFailed': 'Le serveur a échoué : {reason}',
  'group.leaveFailed': 'Impossible de quitter le groupe : {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {# article est endommagé dans les archives et écarté : {names}.} many {# d’articles sont endommagés dans les archives et écartés : {names}.} other {# articles sont endommagés dans les archives et écartés : {names}.}}',
  'notice.archiveNoManifest':
    'Les archives de {folder} n’ont pas de manifeste lisible ; leurs fichiers ne peuvent pas être vérifiés.',
  'notice.archiveCatalogChanged':
    'Le catalogue des archives de {folder} ne correspond pas à son manifeste ; il a été modifié après leur construction.',
  'notice.archiveMissing': 'Aucunes archives n’ont été trouvées dans {folder}.',
  'notice.archiveNewer':
    '{which, select, own {La bibliothèque de vos fichiers} other {Les archives}} de {folder} demandent une version plus récente de Scholion.',
  'notice.archiveDamaged':
    'Le catalogue {which, select, own {de la bibliothèque de vos fichiers} other {des archives}} de {folder} est endommagé et illisible ({reason}).',
  'notice.archiveDuplicate':
    'Les archives mentionnent deux fois l’article « {id} » ; la seconde entrée est ignorée.',

  'store.settings': 'réglages',
  'store.readingPositions': 'positions de lecture',
  'store.visits': 'historique des visites',
  'store.syncSources': 'sources de synchronisation',
  'store.groups': 'liste des groupes d’étude',
  'store.groupShare': 'groupe d’étude',
  'store.windowState': 'état de la fenêtre',
  'store.notJson': 'JSON non valide : {reason}',
  'store.noVersion': 'son numéro de version manque',
  'store.noMigration': 'aucune migration depuis la version {version, number}',
  'store.unexpected': 'contenu inattendu : {reason}',
  'notice.storeMissing':
    'Le fichier « {store} » manquait ; la dernière copie valide a été restaurée.',
  'notice.storeNewer':
    'Le fichier « {store} » a été écrit par une version plus récente de Scholion (format {format, number}) ; il n’est pas modifié et les changements ne seront pas enregistrés tant que vous n’aurez pas mis à jour.',
  'notice.storeRestored':
    'Le fichier « {store} » était endommagé ({reason}) ; la dernière copie valide a été restaurée. Le fichier endommagé a été conservé sous {file}.',
  'notice.storeReset':
    'Le fichier « {store} » était endommagé ({reason}) et aucune copie valide n’a été trouvée ; retour aux valeurs par défaut. Le fichier endommagé a été conservé sous {file}.',
  'notice.storeReadOnly':
    'Le fichier « {store} » est en lecture seule (il est d’un format plus récent).',

  'search.noArchive': 'il n’y a pas d’archives',
  'search.opening': 'l’index est en cours d’ouverture',
  'search.noIndex': 'les archives n’ont pas d’index de recherche',
  'search.indexDamaged': '{file} est endommagé',
  'search.indexFormat': 'l’index est au format {found, number}, pas {wanted, number}',
  'search.indexOther': 'l’index a été construit pour une autre version des archives',
  'search.annotationsUnread': 'Les annotations n’ont pas pu être lues : {reason}',
  'notice.searchRebuilding': 'L’index de recherche est en cours de reconstruction ({reason}).',

  'sync.sameId': 'Deux sources ont l’identifiant « {id} ».',
  'sync.badPattern': 'Le motif de « {name} » n’est pas une expression régulière.',
  'sync.listingFailed': '{url} : {reason}',
  'sync.saveFailed': 'Les sources n’ont pas pu être enregistrées : {reason}',
  'sync.runFailed': 'La synchronisation n’a pas pu aboutir : {reason}',
  'sync.tooLarge': 'la page dépasse {kb, number} Ko',
  'sync.badAddress': 'ce n’est pas une adresse valide',
  'sync.httpOnly': 'seules les adresses http et https sont récupérées',
  'sync.noAnswer': 'aucune réponse en {seconds, number} s',
  'sync.unreachable': 'le site n’a pas pu être joint ({reason})',
  'sync.redirectNowhere': 'une redirection ({status, number}) vers nulle part',
  'sync.tooManyRedirects': 'plus de {max, number} redirections',
  'sync.redirectScheme': 'une redirection vers {scheme} n’est pas suivie',
  'sync.slowDown': 'le site a demandé de ralentir (429)',
  'sync.unavailable': 'le site est indisponible (503)',
  'sync.answered': 'le site a répondu {status}',
  'sync.backingOff':
    '{count, plural, one {elle a échoué # fois déjà} many {elle a échoué # de fois déjà} other {elle a échoué # fois déjà}} ({reason}) ; elle sera redemandée après le {when, date, medium} à {when, time, short}',
  'sync.feedUnreadable': 'Le flux ne peut pas être lu ({reason}).',
  'sync.sitemapUnreadable': 'Le plan du site ne peut pas être lu ({reason}).',
  'sync.feedMalformed': 'Le flux n’est pas du XML bien formé (ligne {line, number} : {reason}).',
  'sync.notListing': 'Ce n’est ni un flux, ni un plan de site, ni une page de liens.',
  'folder.notFullPath':
    '« {typed} » n’est pas un chemin complet. Donnez le chemin entier du dossier, par exemple {example} ou {short}.',

  'store.annotationsFile': 'annotations de « {id} »',
  'store.groupCopy': 'copie du groupe d’étude « {name} »',
  'archive.duplicateId': 'un autre fichier a le même identifiant d’article ({id})',

  // In the terminal, plain spaces: monospace fonts often lack the narrow no-break space.
  'cli.usage': `Utilisation : scholion COMMANDE [options]

Commandes :
  serve           Sert l’application et son API sur 127.0.0.1
                    --port N        port (par défaut : un port libre)
                    --data-dir DIR  dossier de données (par défaut : SCHOLION_DATA_DIR ou le dossier de données du système)
                    --archive DIR   dossier des archives (par défaut : les archives fournies)
                    --release-keys DIR  les clés d’édition de confiance (par défaut\u202f: celles fournies)
                    --no-auto-sync  pas de synchronisation au démarrage ni selon le calendrier des sources
  archive:build   Construit un dossier d’archives à partir d’articles enregistrés
                    --from DIR      un dossier source (répétable ; par défaut : archive-src)
                    --out DIR       dossier de sortie (par défaut : resources/archive)
                    --report FILE   écrit aussi le rapport d’importation (chaque article) en JSON
                    --name NAME     le nom des archives, que portent leurs paquets de mise à jour (par défaut kke-inter)
                    --release TIME  quand l’édition a été faite (par défaut\u202f: la date de l’article le plus récent)
  archive:crawl   Enregistre les articles d’un site dans un dossier source pour archive:build
                    --site URL      le site (par défaut https://inter.kke.gr)
                    --langs en,el   langues (par défaut\u202f: toutes celles du site)
                    --out DIR       dossier source (par défaut archive-src/crawl)\u202f; son journal permet de reprendre
                    --since DATE    laisse de côté les articles d’avant YYYY-MM-DD
                    --max N         enregistre au plus N articles dans cette exécution
                    --seed PATH     un autre flux, plan de site ou liste ('{lang}'\u202f: la langue\u202f; répétable)
  archive:keygen  Crée une paire de clés d’édition (--out DIR)
  archive:sign    Signe des archives construites (--key FILE, --archive DIR)
  archive:verify  Vérifie la signature et les fichiers d’archives (--archive DIR, --release-keys DIR)
  archive:delta   Crée un paquet de mise à jour\u202f: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Applique un paquet de mise à jour aux archives que lit l’application
                    --dry-run       dit seulement ce qui serait ajouté, modifié et retiré
                    --data-dir DIR, --archive DIR, --release-keys DIR  comme pour serve
  export          Exporte les annotations
                    --format md|csv|jsonld (md par défaut)
                    --out DIR       dossier où écrire (les fichiers sont mis à jour sur place)
                    --tag T         seulement les annotations portant cette étiquette
                    --article ID    seulement les annotations de cet article
                    --template FILE un modèle Mustache pour le Markdown
                    --combined      Markdown : un seul fichier pour tous les articles
                    --flavour markdown|obsidian|logseq (markdown par défaut)
                    --colours none|mark|property  surlignages en ==texte== ou en propriété color::
                    --data-dir DIR, --archive DIR  comme pour serve
  import FILE     Importe des W3C Web Annotations (JSON-LD) ou un export de Hypothesis
                    --dry-run       dit seulement ce qui changerait
                    --data-dir DIR, --archive DIR  comme pour serve
  sync            Cherche de nouveaux articles dans les sources activées et les ajoute à votre bibliothèque
                    --source ID     seulement cette source (répétable)
                    --list          liste les sources et dit si chacune est activée
                    --full          redemande tout, sans condition
                    --data-dir DIR, --archive DIR  comme pour serve
  search QUERY    Cherche dans les articles (et avec --notes dans vos annotations), comme l’application
                    --limit N       combien d’articles (par défaut 10)
                    --notes         les annotations aussi
                    --json          toute la réponse en JSON, pour les scripts
                    --data-dir DIR, --archive DIR  comme pour serve
  help            Affiche ce texte

Les messages suivent la langue du terminal (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Commande inconnue « {command} ».',
  'cli.badArguments': 'Les options ne conviennent pas : {detail}. Voir scholion help.',
  'cli.badPort': '--port doit être compris entre 0 et 65535, pas {port}.',
  'cli.notOneOf': '{option} doit être l’une des valeurs {allowed}, pas {value}.',
  'cli.outRequired': '{option} est obligatoire (un dossier).',
  'cli.importWhat': 'Indiquez le fichier à importer : {usage}',
  'cli.importing': 'Importation',
  'cli.indexing': 'Indexation',
  'cli.exporting': 'Exportation',
  'cli.syncing': 'Synchronisation des sources',
  'cli.fullReport': 'Le rapport complet est dans {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (devinée)',
  'cli.noDate': 'sans date',
  'cli.section': 'rubrique : {section}',
  'cli.moreWarned':
    '{count, plural, one {… et # autre article avec des avertissements} many {… et # d’autres articles avec des avertissements} other {… et # autres articles avec des avertissements}}',
  'cli.skipped': '{name} ignoré : {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… et # autre ignoré} many {… et # d’autres ignorés} other {… et # autres ignorés}}',
  'cli.archiveWritten':
    'Archives écrites dans {folder} : {imported, number} importés ({warned, number} avec des avertissements), {skipped, number} ignorés.',
  'cli.tagChanged': 'étiquette « {from} » écrite #{to}',
  'cli.exported':
    'Exporté dans {folder} : {written, number} écrits, {unchanged, number} déjà à jour, {skipped, number} ignorés.',
  'cli.imported':
    '{dryRun, select, yes {Importerait} other {Importé}} {file} ({format}) : {added, number} ajoutées, {updated, number} mises à jour, {deleted, number} supprimées, {unchanged, number} inchangées, {skipped, number} ignorées.',
  'cli.noSourceOn':
    'Aucune source n’est activée : activez-en une dans l’application, ou nommez-en une avec {option}.',
  'cli.sourceUnread': '{name} : n’a pas pu être lue ({reason})',
  'cli.sourceResult':
    '{name} : {added, number} nouveaux, {updated, plural, =0 {} one {# mis à jour, } many {# mis à jour, } other {# mis à jour, }}{known, number} déjà là, {failed, number} en échec{unchanged, select, yes { (inchangée depuis la dernière synchronisation)} other {}}',
  'cli.newVersion': '{title} ({id}) : une nouvelle version ; l’ancienne est conservée',
  'cli.alsoNamedBy': '(également cité par {names})',
  'cli.unknownSource': 'Aucune source n’a l’identifiant {ids} ; voir {command}.',
  'cli.syncAdded':
    '{count, plural, one {La synchronisation a ajouté # nouvel article.} many {La synchronisation a ajouté # de nouveaux articles.} other {La synchronisation a ajouté # nouveaux articles.}}',
  'cli.serving': 'Scholion sert {archive} avec les données dans {data}',
  'cli.open': 'Ouvrez {url}',

  'file.openFailed': '{name} n’a pas pu être lu : {reason}',

  'addFiles.ownCatalogDamaged':
    'Le catalogue de vos fichiers dans {folder} est endommagé ({reason}) ; rien n’a été ajouté, pour que rien n’y soit perdu.',
  'pictures.tooLarge': 'l’image dépasse {kb, number} Ko',
  'pictures.svg': 'les images SVG ne sont pas conservées (elles peuvent contenir des scripts)',
  'pictures.isPage': 'c’est une page web, pas une image',
  'pictures.notPicture': 'ce n’est pas une image JPEG, PNG, WebP, GIF ou AVIF',
  'pictures.damaged': 'l’image est endommagée',
  'pictures.tooManyPixels': 'l’image est trop grande ({width, number} × {height, number} pixels)',
  'pictures.tooMany':
    'Images dans la page : {count, number}. Seules les {max, number} premières sont conservées.',
  'pictures.notKept': 'Une image n’a pas été conservée ({address}) : {reason}',
  'pictures.notBeside': 'l’image n’est pas dans le dossier de la page',
  'pictures.isLink': 'l’image est un lien, et les liens ne sont pas suivis',
  'archive.packUnreadable':
    'Ce fichier n’est pas une mise à jour des archives de Scholion, ou il est endommagé ({reason}).',
  'archive.packUnsigned':
    'Cette mise à jour des archives n’est pas signée. Seules les mises à jour signées par les éditeurs des archives peuvent être appliquées.',
  'archive.packUnknownKey':
    'Cette mise à jour est signée par une clé que l’application ne connaît pas ({keyId}). Elle n’a pas été appliquée.',
  'archive.packBadSignature':
    'Cette mise à jour a été modifiée après sa signature : la signature ne correspond pas à sa liste de fichiers.',
  'archive.packBadManifest': 'La liste de fichiers de cette mise à jour est mal formée.',
  'archive.packOtherArchive':
    'Cette mise à jour concerne d’autres archives (« {archive} »), pas « {current} ».',
  'archive.packNotNewer':
    'Cette mise à jour (édition du {release}) n’est pas plus récente que les archives utilisées (édition du {current}).',
  'archive.packOtherBase':
    'Cette mise à jour a été faite pour une autre édition des archives (du {release}) ; il manque {path} aux archives utilisées. Appliquez d’abord les mises à jour intermédiaires.',
  'archive.packAltered':
    'Un fichier de cette mise à jour a été modifié après sa signature ({path}). Rien n’a été changé.',
  'archive.packTooLarge': 'Cette mise à jour est trop volumineuse (plus de {mb} Mo).',
  'notice.archiveSignature':
    'Les archives n’ont pas passé la vérification de leur signature : {problem, select, unsigned {elles ne sont pas signées} key {elles sont signées par une clé que l’application ne connaît pas} signature {elles ont été modifiées après leur signature} missing {un fichier de leur liste manque ({path})} altered {un fichier a été modifié après la signature ({path})} other {leur signature ou leur liste de fichiers est mal formée}}. Leurs articles restent lisibles.',
  'archive.applyFailed':
    'La mise à jour des archives n’a pas pu être appliquée : {reason}. Les archives utilisées sont inchangées.',
  'archive.packGone': 'Cette mise à jour n’est plus là : choisissez à nouveau le fichier.',
  'archive.checkFailed': 'Impossible de chercher une mise à jour des archives : {reason}',
  'cli.applied': 'Les archives utilisées sont maintenant {archive}.',
  'cli.applyWhat':
    'Indiquez le paquet de mise à jour : scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} doit être un nombre entier supérieur à 0, pas {value}.',
  'cli.badDate': '{option} doit être une date (YYYY-MM-DD), pas {value}.',
  'cli.badName':
    '{option} ne doit contenir que des minuscules, des chiffres et des traits d’union, pas {value}.',
  'cli.crawlDone':
    'Articles enregistrés : {saved}, dans {out} (trouvés : {found} ; déjà enregistrés : {already} ; laissés de côté : {leftOut} ; interdits par robots.txt : {forbidden} ; échecs : {failed}).',
  'cli.crawlFinding': 'Recherche des articles',
  'cli.crawlSaving': 'Enregistrement des articles',
  'cli.deltaDone':
    '{file} écrit ({size}) : ajoutés {added}, modifiés {changed}, retirés {removed}.',
  'cli.deltaWhat':
    'Indiquez les deux archives et le paquet : --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} existe déjà : une clé d’édition n’est jamais écrasée.',
  'cli.keyRequired': '{option} est requis (un fichier de clé privée créé par archive:keygen).',
  'cli.keygenDone':
    'Clé {keyId} : la clé privée est dans {private} (gardez-la secrète, hors des dossiers partagés) ; la clé publique est dans {public} (mettez-la dans resources/release-keys/).',
  'cli.packPreview':
    'Mise à jour de {archive}, édition du {release}, signée par {keyId} : ajoutés {added}, modifiés {changed}, retirés {removed}.',
  'cli.signed': '{archive} signées avec la clé {keyId}.',
  'cli.verified':
    '{archive} : signées avec la clé {keyId} ; les {files} fichiers sont tous conformes à la liste.',
  'notice.archiveUpdateAvailable':
    'Des archives plus récentes (édition du {release}) sont disponibles en ligne : nouveaux articles : {added}, modifiés : {changed}. Elles sont vérifiées et prêtes : appliquez-les dans À propos de Scholion → Mettre à jour…',
  'cli.searchFound': 'Articles trouvés : {total}',
  'cli.searchCorrected': '« {word} » n’est pas dans les archives ; recherché : {similar}',
  'cli.searchNotes': 'Notes trouvées : {total}',
  'cli.searchWhat': 'Indiquez les mots à chercher : scholion search QUERY',
  'store.savedSearches': 'recherches enregistrées',
  'savedSearch.gone': 'Cette recherche enregistrée n’existe plus.',
  'savedSearch.tooMany': 'On peut enregistrer au plus {max} recherches.',
  'savedSearch.empty': 'Cette recherche n’a ni mots ni filtres.',
  'notify.savedSearch':
    '« {name} » : {count, plural, one {# nouvel article} many {# nouveaux articles} other {# nouveaux articles}}',
  'settingsFile.notJson': 'Ce n’est pas un fichier de réglages : ce n’est pas du JSON.',
  'settingsFile.notSettings': 'Ce n’est pas un fichier de réglages de Scholion.',
  'settingsFile.newer':
    'Ce fichier de réglages est de la version {version} ; ce Scholion lit jusqu’à la version {known}. Mettez Scholion à jour pour l’importer.',
}
