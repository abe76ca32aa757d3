// Τα μηνύματα του πυρήνα στα ελληνικά: σφάλματα και αναφορές της κύριας διεργασίας και της
// γραμμής εντολών (βλ. docs/i18n.md για τους όρους).
import type { CoreCatalog } from './en'

export const elCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'ο δίσκος είναι γεμάτος ({code})',
  'reason.noPermission': 'δεν επιτρέπεται η πρόσβαση ({code})',
  'reason.readOnly': 'ο δίσκος είναι μόνο για ανάγνωση ({code})',
  'reason.missing': 'δεν υπάρχει ({code})',
  'reason.isFolder': 'είναι φάκελος ({code})',
  'reason.tooManyFiles': 'είναι ανοιχτά πάρα πολλά αρχεία ({code})',
  'reason.busy': 'χρησιμοποιείται ({code})',
  'reason.ioError': 'ο δίσκος δεν μπόρεσε να διαβαστεί ή να γραφτεί ({code})',

  'library.noArchive': 'Το αρχείο άρθρων δεν άνοιξε· η ειδοποίηση λέει γιατί.',
  'library.archiveUnopened': 'Το αρχείο άρθρων δεν άνοιξε.',
  'library.cannotAdd': 'Τα αρχεία δεν προστέθηκαν: {reason}',
  'library.versionGone': 'Αυτή η παλαιότερη έκδοση του άρθρου δεν φυλάσσεται.',
  'library.versionDamaged': 'Αυτή η παλαιότερη έκδοση είναι κατεστραμμένη: {reason}',
  'library.noArticle': 'Δεν υπάρχει άρθρο «{id}» στη βιβλιοθήκη.',
  'library.textDamaged': 'Το κείμενο του «{title}» είναι κατεστραμμένο στο αρχείο άρθρων.',
  'library.badHash': 'Η εγγραφή του «{title}» στον κατάλογο είναι κατεστραμμένη (λάθος hash).',
  'library.textMissing': 'Το κείμενο του «{title}» λείπει από το αρχείο άρθρων.',
  'library.checksum':
    'Το κείμενο του «{title}» είναι κατεστραμμένο στο αρχείο άρθρων (δεν ταιριάζει το άθροισμα ελέγχου).',
  'library.textUnreadable': 'Το κείμενο του «{title}» δεν μπορεί να διαβαστεί: {reason}',
  'library.textUnshowable': 'Το κείμενο του «{title}» δεν μπορεί να εμφανιστεί: {reason}',

  'annotations.notInGroup': 'Μπορείτε να μοιραστείτε μόνο με μια ομάδα μελέτης στην οποία ανήκετε.',
  'annotations.saveFailed': 'Ο σχολιασμός σας δεν αποθηκεύτηκε: {reason}',
  'annotations.deleteFailed': 'Ο σχολιασμός δεν διαγράφηκε: {reason}',
  'annotations.outside': 'Το επιλεγμένο απόσπασμα δεν βρίσκεται στο κείμενο αυτού του άρθρου.',
  'annotations.empty': 'Επιλέξτε μερικές λέξεις για επισήμανση.',
  'annotations.gone': 'Αυτός ο σχολιασμός δεν υπάρχει πια.',

  'app.noFolderPicker':
    'Πληκτρολογήστε τη διαδρομή του φακέλου: μια σελίδα του προγράμματος περιήγησης δεν μπορεί να ανοίξει επιλογή φακέλου.',
  'app.openFolderYourself': 'Ανοίξτε αυτόν τον φάκελο στη διαχείριση αρχείων: {folder}',
  'app.folderUnopened': 'Ο φάκελος δεν άνοιξε: {reason}',
  'settings.saveFailed': 'Οι ρυθμίσεις σας δεν αποθηκεύτηκαν: {reason}',
  'reading.saveFailed': 'Το σημείο ανάγνωσης δεν αποθηκεύτηκε: {reason}',

  'export.templateUnusable': 'Το πρότυπο δεν μπορεί να χρησιμοποιηθεί: {reason}',
  'export.templateUnreadable': 'Το πρότυπο δεν μπορεί να διαβαστεί: {reason}',
  'export.notOurs':
    'υπάρχει ήδη αρχείο με αυτό το όνομα χωρίς τη γραμμή-σήμα του Scholion, οπότε έμεινε ως είχε',
  'export.writeFailed': 'Η εξαγωγή δεν γράφτηκε στο {folder}: {reason}',
  'export.nothingToCopy': 'Δεν υπάρχουν σημειώσεις για αντιγραφή.',
  'import.unreadable': 'Το αρχείο δεν μπορεί να διαβαστεί: {reason}',
  'import.saveFailed': 'Η εισαγωγή δεν αποθηκεύτηκε: {reason}',

  'import.noId': 'δεν έχει αναγνωριστικό',
  'import.noQuote': 'δεν σημειώνει απόσπασμα κειμένου (δεν έχει TextQuoteSelector)',
  'import.pageNote': 'δεν σημειώνει απόσπασμα κειμένου (σημείωση σελίδας)',
  'import.noTime': 'δεν έχει έγκυρο χρόνο δημιουργίας',
  'import.notObject': 'δεν είναι αντικείμενο',
  'import.tooLarge': 'Το αρχείο είναι πολύ μεγάλο για εισαγωγή (πάνω από {mb, number} MB).',
  'import.notJson': 'Το αρχείο δεν είναι έγκυρο JSON ({reason}).',
  'import.tooDeep':
    'Το αρχείο δεν μπορεί να διαβαστεί: έχει πάνω από {depth, number} επίπεδα ένθεσης.',
  'import.notAnnotations':
    'Το αρχείο δεν περιέχει σχολιασμούς που διαβάζει το Scholion: αναμένονταν W3C Web Annotations (ένα AnnotationCollection, μια σελίδα ή μια λίστα) ή μια εξαγωγή του Hypothesis.',
  'import.tooMany': 'Το αρχείο περιέχει πάρα πολλούς σχολιασμούς (πάνω από {max, number}).',
  'import.noArticle': 'το άρθρο του δεν βρίσκεται στη βιβλιοθήκη ({source})',
  'import.noSource': 'το άρθρο του δεν βρίσκεται στη βιβλιοθήκη (δεν κατονομάζει κανένα)',
  'import.deletedHere': 'διαγράφηκε εδώ μετά την τελευταία του αλλαγή',
  'import.invalid': 'δεν είναι έγκυρος σχολιασμός ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {Μία αποθηκευμένη αλλαγή στο ημερολόγιο σχολιασμών δεν διαβάστηκε και παραλείφθηκε.} other {# αποθηκευμένες αλλαγές στο ημερολόγιο σχολιασμών δεν διαβάστηκαν και παραλείφθηκαν.}}',
  'notice.batchCompleted': 'Μια εισαγωγή που είχε διακοπεί ολοκληρώθηκε.',
  'notice.annotationsUnwritten':
    '{count, plural, one {Το αρχείο σχολιασμών ενός άρθρου δεν γράφτηκε.} other {Τα αρχεία σχολιασμών # άρθρων δεν γράφτηκαν.}} Οι σχολιασμοί σας είναι ασφαλείς στο ημερολόγιο αποθήκευσης και θα γραφτούν μόλις γίνει δυνατό· ελέγξτε τον χώρο και τα δικαιώματα του φακέλου δεδομένων.',
  'notice.archiveUnverified': 'Το αρχείο άρθρων δεν ελέγχθηκε: {reason}',

  'file.isLink': 'είναι σύνδεσμος (οι σύνδεσμοι σε φάκελο ομάδας δεν ακολουθούνται)',
  'file.isFifo': 'είναι επώνυμη σωλήνωση (FIFO), όχι αρχείο',
  'file.isSocket': 'είναι υποδοχή (socket), όχι αρχείο',
  'file.isDevice': 'είναι συσκευή, όχι αρχείο',
  'file.isFolder': 'είναι φάκελος, όχι αρχείο',
  'file.notRegular': 'δεν είναι κανονικό αρχείο',
  'file.slow': 'η ανάγνωσή του κράτησε πάνω από {seconds, number} δευτ.',
  'file.tooLarge': 'είναι πολύ μεγάλο (πάνω από {mb, number} MB)',
  'file.unreadable': 'δεν μπορεί να διαβαστεί ({code})',
  'file.partNotFolder': 'το {path} είναι σύνδεσμος ή αρχείο, όχι φάκελος',
  'file.leadsOutside': 'το {path} οδηγεί έξω από τον φάκελο της ομάδας',

  'group.damaged': 'είναι ελλιπές ή κατεστραμμένο ({reason})',
  'group.tooDeep': 'έχει πάνω από {depth, number} επίπεδα ένθεσης',
  'group.notGroupFile': 'δεν είναι αρχείο ομάδας του Scholion',
  'group.noFormat': 'δεν έχει αριθμό μορφής',
  'group.newer':
    'γράφτηκε από νεότερη έκδοση του Scholion (μορφή {format})· ενημερώστε το πρόγραμμα για να το διαβάσετε',
  'group.noManifest': 'δεν περιγράφει ομάδα (λείπει αναγνωριστικό, όνομα ή χρόνος δημιουργίας)',
  'group.someoneElse': 'περιγράφει κάποιον άλλον',
  'group.noOwner': 'δεν λέει σε ποιον ανήκει ή για ποιο άρθρο είναι',
  'group.replyNoTarget': 'μια απάντηση χωρίς αναγνωριστικό ή χωρίς τον σχολιασμό στον οποίο απαντά',
  'group.replyReserved': 'μια απάντηση με δεσμευμένο αναγνωριστικό',
  'group.replyText': 'μια απάντηση χωρίς κείμενο ή με πάρα πολύ κείμενο',
  'group.replyTime': 'μια απάντηση χωρίς έγκυρο χρόνο δημιουργίας',
  'group.itemNotObject': 'ένα στοιχείο που δεν είναι αντικείμενο',
  'group.replyOfOther': 'μια απάντηση κάποιου άλλου',
  'group.annotationOfOther': 'ένας σχολιασμός κάποιου άλλου',
  'group.invalidAnnotation': 'ένας μη έγκυρος σχολιασμός ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {Παραλείφθηκε ένα στοιχείο: {first}} other {Παραλείφθηκαν # στοιχεία· το πρώτο: {first}}}',
  'group.replyUnsaved': 'Η απάντησή σας δεν αποθηκεύτηκε: {reason}',
  'group.ownFolderUnsafe': 'Ο φάκελός σας στην ομάδα δεν μπορεί να γραφτεί: {reason}.',
  'group.notHere': 'Αυτή η ομάδα μελέτης δεν βρίσκεται σε αυτόν τον υπολογιστή.',
  'group.left': 'Αποχωρήσατε από αυτή την ομάδα· το αντίγραφό της είναι μόνο για ανάγνωση.',
  'group.needIdentity': 'Επιλέξτε πρώτα το όνομα και το χρώμα που θα βλέπει η ομάδα.',
  'group.noFolder': 'Δεν υπάρχει φάκελος στο {folder}.',
  'group.folderHasGroup': 'Αυτός ο φάκελος περιέχει ήδη την ομάδα «{name}»: μπείτε σε αυτήν.',
  'group.folderHasBadGroup':
    'Αυτός ο φάκελος περιέχει αρχείο ομάδας που δεν μπορεί να διαβαστεί ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {Ο φάκελος {folder} δεν είναι κενός (περιέχει το «{name}»).} other {Ο φάκελος {folder} δεν είναι κενός (περιέχει # αρχεία ή φακέλους).}} Μια νέα ομάδα χρειάζεται δικό της κενό φάκελο· για να μπείτε σε μια ομάδα, επιλέξτε τον φάκελο που μοιράζεται.',
  'group.createFailed': 'Η ομάδα δεν δημιουργήθηκε: {reason}',
  'group.joinFailed': 'Η είσοδος στην ομάδα απέτυχε: {reason}',
  'group.noGroupThere':
    'Δεν υπάρχει ομάδα στο {folder} (λείπει το {file}). Επιλέξτε τον φάκελο που μοιράζεται η ομάδα ή δημιουργήστε εκεί μια ομάδα.',
  'group.manifestUnreadable':
    'Το αρχείο της ομάδας στο {folder} δεν μπορεί να διαβαστεί: {reason}.',
  'group.unreadable': 'Η ομάδα σε αυτόν τον φάκελο δεν μπορεί να διαβαστεί: {reason}.',
  'group.alreadyIn': 'Είστε ήδη μέλος της «{name}».',
  'group.notShared': 'Αυτός ο σχολιασμός δεν μοιράζεται με αυτή την ομάδα.',
  'group.replyGone': 'Αυτή η απάντηση δεν είναι δική σας ή δεν υπάρχει πια.',
  'group.replyDeleteFailed': 'Η απάντηση δεν διαγράφηκε: {reason}',
  'pack.tooLarge': 'Το αρχείο είναι πολύ μεγάλο (πάνω από {mb, number} MB).',
  'pack.incomplete': 'Το αρχείο δεν είναι πλήρες πακέτο ομάδας ({reason}).',
  'pack.tooDeep':
    'Το πακέτο δεν μπορεί να διαβαστεί: έχει πάνω από {depth, number} επίπεδα ένθεσης.',
  'pack.notPack': 'Το αρχείο δεν είναι πακέτο ομάδας του Scholion (δεν κατονομάζει ομάδα).',
  'pack.newer':
    'Το πακέτο φτιάχτηκε από νεότερη έκδοση του Scholion (μορφή {format})· ενημερώστε το Scholion για να το ανοίξετε.',
  'pack.badGroup': 'Η ομάδα του πακέτου δεν μπορεί να διαβαστεί: {reason}.',
  'pack.badMemberId': 'ένα μέλος με αναγνωριστικό που δεν δέχεται το Scholion ({id})',
  'pack.badMember': 'ένα μέλος: {reason}',
  'pack.itemUnowned': 'ένα στοιχείο χωρίς συντάκτη ή άρθρο',
  'pack.itemBadIds':
    'ένα στοιχείο με αναγνωριστικό συντάκτη ή άρθρου που δεν δέχεται το Scholion ({id})',
  'pack.unreadable': 'Το πακέτο δεν μπορεί να διαβαστεί: {reason}',
  'pack.leftGroup': 'Αποχωρήσατε από την «{name}»· μπείτε ξανά για να δεχτείτε τα πακέτα της.',
  'pack.importFailed': 'Η εισαγωγή του πακέτου απέτυχε: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {Ένα αρχείο άλλου μέλους της «{name}» δεν διαβάστηκε·} other {# αρχεία άλλων μελών της «{name}» δεν διαβάστηκαν·}} εμφανίζεται το τελευταίο σωστό αντίγραφο. Δείτε ποια και γιατί στις Ομάδες μελέτης…',

  'file.outOfMemory': 'Η ανάγνωσή του χρειάστηκε πάνω από {mb, number} MB μνήμης· σταμάτησε.',
  'file.readFailed': 'Η ανάγνωσή του απέτυχε ({reason}).',
  'file.readStopped': 'Η ανάγνωσή του σταμάτησε απροσδόκητα.',
  'file.tooSlow': 'Η ανάγνωσή του κράτησε πάνω από {seconds, number} δευτ.· σταμάτησε.',
  'app.closing': 'Η εφαρμογή κλείνει.',

  'addFiles.pageNoLanguage':
    'Η σελίδα δεν δηλώνει τη γλώσσα της (κανένα {path} στη διεύθυνσή της, κανένα χαρακτηριστικό lang)· ονομάστε το αρχείο {example}.',
  'addFiles.noArticleText': 'Δεν βρέθηκε κείμενο άρθρου σε αυτό.',
  'addFiles.noTitle': 'Η σελίδα δεν έχει τίτλο.',
  'addFiles.markdownNoLanguage':
    'Το αρχείο δεν δηλώνει τη γλώσσα του· προσθέστε «{field}» στην κεφαλίδα του (front matter).',
  'addFiles.noText': 'Το αρχείο δεν περιέχει κείμενο.',
  'addFiles.epubTooLarge': 'Το βιβλίο ξεπερνά τα {mb, number} MB όταν αποσυμπιεστεί.',
  'addFiles.epubEmpty': 'Το αρχείο δεν είναι αναγνώσιμο EPUB (δεν περιέχει αρχεία).',
  'addFiles.epubUnreadable': 'Το αρχείο δεν είναι αναγνώσιμο EPUB ({reason}).',
  'addFiles.epubMissing': 'Από το βιβλίο λείπει το {path}.',
  'addFiles.epubNoPackage': 'Το βιβλίο δεν κατονομάζει το έγγραφο πακέτου του.',
  'addFiles.epubBadPackage': 'Το έγγραφο πακέτου του βιβλίου δεν μπορεί να διαβαστεί.',
  'addFiles.epubNoLanguage': 'Το βιβλίο δεν δηλώνει τη γλώσσα του.',
  'addFiles.epubNoText': 'Το βιβλίο δεν περιέχει κείμενο.',
  'addFiles.titleMade':
    'Δεν υπάρχει γραμμή τίτλου: ο τίτλος φτιάχτηκε από το όνομα του αρχείου ή τις πρώτες λέξεις.',
  'addFiles.kindUnknown':
    'Το {ext} δεν είναι είδος αρχείου που εισάγει το Scholion (κείμενο, HTML, Markdown ή EPUB).',
  'addFiles.noExtension':
    'Ένα αρχείο χωρίς κατάληξη δεν είναι είδος που εισάγει το Scholion (κείμενο, HTML, Markdown ή EPUB).',
  'addFiles.fileTooLarge': 'Το αρχείο είναι μεγαλύτερο από {mb, number} MB.',
  'addFiles.binary': 'Το αρχείο δεν είναι κείμενο (περιέχει δυαδικά δεδομένα).',
  'addFiles.languageUnknown':
    'Η γλώσσα του κειμένου δεν αναγνωρίστηκε· ονομάστε το αρχείο {example}.',
  'addFiles.nameNoLanguage': 'Το όνομα του αρχείου δεν δηλώνει τη γλώσσα (ονομάστε το {example}).',
  'addFiles.longTitle':
    'Ο τίτλος έχει μήκος {count, number} χαρακτήρων· ίσως πάρθηκε μια παράγραφος για τίτλο.',
  'addFiles.titleIsBox':
    'Ο τίτλος είναι η επικεφαλίδα του πλαισίου «παλιές ιστοσελίδες» του ιστότοπου.',
  'addFiles.opensWithBox':
    'Το κείμενο αρχίζει με τη φράση του πλαισίου «παλιές ιστοσελίδες» του ιστότοπου.',
  'addFiles.dateMissing': 'Δεν βρέθηκε ημερομηνία.',
  'addFiles.languageGuessed':
    'Η γλώσσα ({lang}) μαντεύτηκε από το κείμενο· το όνομα του αρχείου δεν τη δηλώνει.',
  'addFiles.alreadyHere': 'Βρίσκεται ήδη στη βιβλιοθήκη, ως «{title}».',
  'addFiles.sameText': 'Το ίδιο κείμενο υπάρχει ήδη στα αρχεία σας.',
  'addFiles.notInLibrary': 'Δεν βρίσκεται στη βιβλιοθήκη.',

  'api.noMethod': 'Δεν υπάρχει μέθοδος «{method}».',
  'api.invalidInput': 'Το αίτημα δεν είναι έγκυρο: {detail}',
  'api.failed': 'Κάτι πήγε στραβά στο {method}: {reason}',
  'api.forbiddenPage': 'Αυτή η σελίδα δεν επιτρέπεται να καλεί το API του Scholion.',
  'api.postOnly': 'Οι κλήσεις του API γίνονται με POST.',
  'api.otherOrigin': 'Τα αιτήματα από άλλες προελεύσεις απορρίπτονται.',
  'api.badToken':
    'Λείπει ή είναι λάθος το κλειδί· χρησιμοποιήστε τη διεύθυνση που τύπωσε ο διακομιστής.',
  'api.badMethodName': 'Το όνομα της μεθόδου στη διεύθυνση δεν είναι έγκυρο.',
  'api.bodyTooLarge': 'Το σώμα του αιτήματος είναι πολύ μεγάλο.',
  'api.bodyNotJson': 'Το σώμα του αιτήματος δεν είναι έγκυρο JSON.',
  'api.bodyTooDeep': 'Το σώμα του αιτήματος έχει πάρα πολλά επίπεδα ένθεσης.',
  'api.serverFailed': 'Ο διακομιστής απέτυχε: {reason}',
  'group.leaveFailed': 'Η αποχώρηση από την ομάδα απέτυχε: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {Ένα άρθρο είναι κατεστραμμένο στο αρχείο άρθρων και παραλείπεται: {names}.} other {# άρθρα είναι κατεστραμμένα στο αρχείο άρθρων και παραλείπονται: {names}.}}',
  'notice.archiveNoManifest':
    'Το αρχείο άρθρων στο {folder} δεν έχει αναγνώσιμο manifest· τα αρχεία του δεν μπορούν να επαληθευτούν.',
  'notice.archiveCatalogChanged':
    'Ο κατάλογος του αρχείου άρθρων στο {folder} δεν ταιριάζει με το manifest του· άλλαξε μετά τη δημιουργία του αρχείου.',
  'notice.archiveMissing': 'Δεν βρέθηκε αρχείο άρθρων στο {folder}.',
  'notice.archiveNewer':
    '{which, select, own {Η βιβλιοθήκη των αρχείων σας} other {Το αρχείο άρθρων}} στο {folder} χρειάζεται νεότερη έκδοση του Scholion.',
  'notice.archiveDamaged':
    'Ο κατάλογος {which, select, own {της βιβλιοθήκης των αρχείων σας} other {του αρχείου άρθρων}} στο {folder} είναι κατεστραμμένος και δεν μπορεί να διαβαστεί ({reason}).',
  'notice.archiveDuplicate':
    'Το αρχείο άρθρων αναφέρει το άρθρο «{id}» δύο φορές· η δεύτερη εγγραφή αγνοείται.',

  'store.settings': 'ρυθμίσεις',
  'store.readingPositions': 'σημεία ανάγνωσης',
  'store.visits': 'ιστορικό επισκέψεων',
  'store.syncSources': 'πηγές συγχρονισμού',
  'store.groups': 'κατάλογος ομάδων μελέτης',
  'store.groupShare': 'ομάδα μελέτης',
  'store.windowState': 'κατάσταση παραθύρου',
  'store.notJson': 'δεν είναι έγκυρο JSON: {reason}',
  'store.noVersion': 'λείπει ο αριθμός έκδοσής του',
  'store.noMigration': 'δεν υπάρχει μετάβαση από την έκδοση {version, number}',
  'store.unexpected': 'απρόσμενο περιεχόμενο: {reason}',
  'notice.storeMissing': 'Το αρχείο «{store}» έλειπε· επαναφέρθηκε το τελευταίο σωστό αντίγραφο.',
  'notice.storeNewer':
    'Το αρχείο «{store}» γράφτηκε από νεότερη έκδοση του Scholion (μορφή {format, number})· μένει ανέγγιχτο και οι αλλαγές δεν θα αποθηκεύονται μέχρι να ενημερώσετε.',
  'notice.storeRestored':
    'Το αρχείο «{store}» ήταν κατεστραμμένο ({reason})· επαναφέρθηκε το τελευταίο σωστό αντίγραφο. Το κατεστραμμένο αρχείο φυλάχτηκε ως {file}.',
  'notice.storeReset':
    'Το αρχείο «{store}» ήταν κατεστραμμένο ({reason}) και δεν βρέθηκε σωστό αντίγραφο· ξεκινά από τις προεπιλογές. Το κατεστραμμένο αρχείο φυλάχτηκε ως {file}.',
  'notice.storeReadOnly': 'Το αρχείο «{store}» είναι μόνο για ανάγνωση (είναι νεότερης μορφής).',

  'search.noArchive': 'δεν υπάρχει αρχείο άρθρων',
  'search.opening': 'το ευρετήριο ανοίγει',
  'search.noIndex': 'το αρχείο άρθρων δεν έχει ευρετήριο αναζήτησης',
  'search.indexDamaged': 'το {file} είναι κατεστραμμένο',
  'search.indexFormat': 'το ευρετήριο είναι μορφής {found, number}, όχι {wanted, number}',
  'search.indexOther': 'το ευρετήριο φτιάχτηκε για άλλη έκδοση του αρχείου άρθρων',
  'search.annotationsUnread': 'Οι σχολιασμοί δεν διαβάστηκαν: {reason}',
  'notice.searchRebuilding': 'Το ευρετήριο αναζήτησης ξαναφτιάχνεται ({reason}).',

  'sync.sameId': 'Δύο πηγές έχουν το αναγνωριστικό «{id}».',
  'sync.badPattern': 'Το μοτίβο της «{name}» δεν είναι κανονική έκφραση.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'Οι πηγές δεν αποθηκεύτηκαν: {reason}',
  'sync.runFailed': 'Ο συγχρονισμός δεν ολοκληρώθηκε: {reason}',
  'sync.tooLarge': 'η σελίδα είναι μεγαλύτερη από {kb, number} KB',
  'sync.badAddress': 'δεν είναι έγκυρη διεύθυνση',
  'sync.httpOnly': 'ανακτώνται μόνο διευθύνσεις http και https',
  'sync.noAnswer': 'καμία απάντηση μέσα σε {seconds, number} δευτ.',
  'sync.unreachable': 'ο ιστότοπος δεν ήταν προσβάσιμος ({reason})',
  'sync.redirectNowhere': 'μια ανακατεύθυνση ({status, number}) προς το πουθενά',
  'sync.tooManyRedirects': 'πάνω από {max, number} ανακατευθύνσεις',
  'sync.redirectScheme': 'μια ανακατεύθυνση προς {scheme} δεν ακολουθείται',
  'sync.slowDown': 'ο ιστότοπος ζήτησε να πάμε πιο αργά (429)',
  'sync.unavailable': 'ο ιστότοπος δεν είναι διαθέσιμος (503)',
  'sync.answered': 'ο ιστότοπος απάντησε {status}',
  'sync.backingOff':
    '{count, plural, one {απέτυχε μία φορά στο παρελθόν} other {απέτυχε # φορές στο παρελθόν}} ({reason})· θα ζητηθεί ξανά μετά τις {when, date, medium} {when, time, short}',
  'sync.feedUnreadable': 'Η ροή δεν μπορεί να διαβαστεί ({reason}).',
  'sync.sitemapUnreadable': 'Ο χάρτης ιστότοπου δεν μπορεί να διαβαστεί ({reason}).',
  'sync.feedMalformed': 'Η ροή δεν είναι σωστά σχηματισμένο XML (γραμμή {line, number}: {reason}).',
  'sync.notListing': 'Αυτό δεν είναι ούτε ροή ούτε χάρτης ιστότοπου ούτε σελίδα συνδέσμων.',
  'folder.notFullPath':
    'Το «{typed}» δεν είναι πλήρης διαδρομή. Δώστε ολόκληρη τη διαδρομή του φακέλου, για παράδειγμα {example} ή {short}.',

  'store.annotationsFile': 'σχολιασμοί του «{id}»',
  'store.groupCopy': 'αντίγραφο της ομάδας μελέτης «{name}»',
  'archive.duplicateId': 'άλλο αρχείο έχει το ίδιο αναγνωριστικό άρθρου ({id})',

  'cli.usage': `Χρήση: scholion ΕΝΤΟΛΗ [επιλογές]

Εντολές:
  serve           Σερβίρει την εφαρμογή και το API της στο 127.0.0.1
                    --port N        θύρα (προεπιλογή: μια ελεύθερη)
                    --data-dir DIR  φάκελος δεδομένων χρήστη (προεπιλογή: SCHOLION_DATA_DIR ή ο φάκελος δεδομένων του συστήματος)
                    --archive DIR   φάκελος αρχείου άρθρων (προεπιλογή: το ενσωματωμένο)
                    --release-keys DIR  τα έμπιστα κλειδιά έκδοσης (προεπιλογή: αυτά της εφαρμογής)
                    --no-auto-sync  χωρίς συγχρονισμό στην εκκίνηση και στα χρονοδιαγράμματα των πηγών
  archive:build   Φτιάχνει φάκελο αρχείου άρθρων από αποθηκευμένα άρθρα
                    --from DIR      φάκελος προέλευσης (επαναλαμβανόμενο· προεπιλογή: archive-src)
                    --out DIR       φάκελος εξόδου (προεπιλογή: resources/archive)
                    --report FILE   γράφει και την αναφορά εισαγωγής (κάθε άρθρο) ως JSON
                    --name NAME     το όνομα του αρχείου, που φέρουν τα πακέτα ενημέρωσής του (προεπιλογή kke-inter)
                    --release TIME  πότε βγήκε η έκδοση (προεπιλογή: η ημερομηνία του νεότερου άρθρου)
  archive:crawl   Αποθηκεύει τα άρθρα ενός ιστότοπου σε φάκελο προέλευσης για το archive:build
                    --site URL      ο ιστότοπος (προεπιλογή https://inter.kke.gr)
                    --langs en,el   γλώσσες (προεπιλογή: όλες του ιστότοπου)
                    --out DIR       φάκελος προέλευσης (προεπιλογή archive-src/crawl)· το ημερολόγιό του επιτρέπει τη συνέχιση
                    --since DATE    παραλείπει άρθρα πριν από την YYYY-MM-DD
                    --max N         αποθηκεύει το πολύ N άρθρα σε αυτή την εκτέλεση
                    --seed PATH     άλλη ροή, χάρτης ιστότοπου ή κατάλογος ('{lang}': η γλώσσα· επαναλαμβανόμενο)
  archive:keygen  Φτιάχνει ζεύγος κλειδιών έκδοσης (--out DIR)
  archive:sign    Υπογράφει ένα έτοιμο αρχείο (--key FILE, --archive DIR)
  archive:verify  Ελέγχει την υπογραφή και τα αρχεία ενός αρχείου (--archive DIR, --release-keys DIR)
  archive:delta   Φτιάχνει πακέτο ενημέρωσης: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Εφαρμόζει πακέτο ενημέρωσης στο αρχείο που διαβάζει η εφαρμογή
                    --dry-run       λέει μόνο τι θα προσθέσει, αλλάξει και αφαιρέσει
                    --data-dir DIR, --archive DIR, --release-keys DIR  όπως στο serve
  export          Εξάγει σχολιασμούς
                    --format md|csv|jsonld (προεπιλογή md)
                    --out DIR       φάκελος όπου γράφονται (τα αρχεία ενημερώνονται επί τόπου)
                    --tag T         μόνο σχολιασμοί με αυτή την ετικέτα
                    --article ID    μόνο οι σχολιασμοί αυτού του άρθρου
                    --template FILE πρότυπο Mustache για Markdown
                    --combined      Markdown: ένα αρχείο για όλα τα άρθρα
                    --flavour markdown|obsidian|logseq (προεπιλογή markdown)
                    --colours none|mark|property  επισημάνσεις ως ==κείμενο== ή ως ιδιότητα color::
                    --data-dir DIR, --archive DIR  όπως στο serve
  import FILE     Εισάγει W3C Web Annotations (JSON-LD) ή εξαγωγή του Hypothesis
                    --dry-run       λέει μόνο τι θα άλλαζε
                    --data-dir DIR, --archive DIR  όπως στο serve
  sync            Αναζητά νέα άρθρα στις ενεργές πηγές και τα προσθέτει στη βιβλιοθήκη σας
                    --source ID     μόνο αυτή η πηγή (επαναλαμβανόμενο)
                    --list          δείχνει τις πηγές και αν η καθεμία είναι ενεργή
                    --full          τα ζητά όλα ξανά, όχι υπό όρους
                    --data-dir DIR, --archive DIR  όπως στο serve
  search QUERY    Αναζητεί στα άρθρα (και με --notes στους σχολιασμούς σας), όπως η εφαρμογή
                    --limit N       πόσα άρθρα (προεπιλογή 10)
                    --notes         και σχολιασμοί
                    --json          όλη η απάντηση ως JSON, για σενάρια
                    --data-dir DIR, --archive DIR  όπως στο serve
  help            Δείχνει αυτό το κείμενο

Τα μηνύματα ακολουθούν τη γλώσσα του τερματικού (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Άγνωστη εντολή «{command}».',
  'cli.badArguments': 'Οι επιλογές δεν είναι σωστές: {detail}. Δείτε scholion help.',
  'cli.badPort': 'Το --port πρέπει να είναι 0–65535, όχι {port}.',
  'cli.notOneOf': 'Το {option} πρέπει να είναι ένα από {allowed}, όχι {value}.',
  'cli.outRequired': 'Το {option} είναι υποχρεωτικό (ένας φάκελος).',
  'cli.importWhat': 'Δώστε το αρχείο προς εισαγωγή: {usage}',
  'cli.importing': 'Εισαγωγή',
  'cli.indexing': 'Ευρετηρίαση',
  'cli.exporting': 'Εξαγωγή',
  'cli.syncing': 'Συγχρονισμός πηγών',
  'cli.fullReport': 'Η πλήρης αναφορά βρίσκεται στο {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (μαντεύτηκε)',
  'cli.noDate': 'χωρίς ημερομηνία',
  'cli.section': 'ενότητα: {section}',
  'cli.moreWarned':
    '{count, plural, one {… και ένα ακόμη άρθρο με προειδοποιήσεις} other {… και # ακόμη άρθρα με προειδοποιήσεις}}',
  'cli.skipped': 'παραλείφθηκε το {name}: {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… και ένα ακόμη παραλείφθηκε} other {… και # ακόμη παραλείφθηκαν}}',
  'cli.archiveWritten':
    'Το αρχείο άρθρων γράφτηκε στο {folder}: {imported, number} εισήχθησαν ({warned, number} με προειδοποιήσεις), {skipped, number} παραλείφθηκαν.',
  'cli.tagChanged': 'η ετικέτα «{from}» γράφτηκε ως #{to}',
  'cli.exported':
    'Εξαγωγή στο {folder}: {written, number} γράφτηκαν, {unchanged, number} ήταν ήδη ενημερωμένα, {skipped, number} παραλείφθηκαν.',
  'cli.imported':
    '{dryRun, select, yes {Θα εισαγόταν} other {Εισήχθη}} το {file} ({format}): {added, number} προστέθηκαν, {updated, number} ενημερώθηκαν, {deleted, number} διαγράφηκαν, {unchanged, number} χωρίς αλλαγή, {skipped, number} παραλείφθηκαν.',
  'cli.noSourceOn':
    'Καμία πηγή δεν είναι ενεργή: ενεργοποιήστε μία στην εφαρμογή ή κατονομάστε μία με το {option}.',
  'cli.sourceUnread': '{name}: δεν διαβάστηκε ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} νέα, {updated, plural, =0 {} one {# ενημερώθηκε, } other {# ενημερώθηκαν, }}{known, number} υπάρχουν ήδη, {failed, number} απέτυχαν{unchanged, select, yes { (χωρίς αλλαγή από τον τελευταίο συγχρονισμό)} other {}}',
  'cli.newVersion': '{title} ({id}): νέα έκδοση· η προηγούμενη φυλάσσεται',
  'cli.alsoNamedBy': '(την αναφέρει και η {names})',
  'cli.unknownSource': 'Καμία πηγή δεν έχει το αναγνωριστικό {ids}· δείτε {command}.',
  'cli.syncAdded':
    '{count, plural, one {Ο συγχρονισμός πρόσθεσε ένα νέο άρθρο.} other {Ο συγχρονισμός πρόσθεσε # νέα άρθρα.}}',
  'cli.serving': 'Το Scholion σερβίρει το {archive} με δεδομένα στο {data}',
  'cli.open': 'Ανοίξτε το {url}',

  'file.openFailed': 'Το {name} δεν διαβάστηκε: {reason}',

  'addFiles.ownCatalogDamaged':
    'Ο κατάλογος των αρχείων σας στο {folder} είναι κατεστραμμένος ({reason})· δεν προστέθηκε τίποτα, ώστε να μη χαθεί τίποτα από αυτόν.',
  'pictures.tooLarge': 'η εικόνα είναι μεγαλύτερη από {kb, number} KB',
  'pictures.svg': 'οι εικόνες SVG δεν κρατούνται (μπορεί να περιέχουν σενάρια)',
  'pictures.isPage': 'είναι ιστοσελίδα, όχι εικόνα',
  'pictures.notPicture': 'δεν είναι εικόνα JPEG, PNG, WebP, GIF ή AVIF',
  'pictures.damaged': 'η εικόνα είναι κατεστραμμένη',
  'pictures.tooManyPixels':
    'η εικόνα είναι πολύ μεγάλη ({width, number} × {height, number} εικονοστοιχεία)',
  'pictures.tooMany':
    'Εικόνες στη σελίδα: {count, number}. Κρατούνται μόνο οι πρώτες {max, number}.',
  'pictures.notKept': 'Μια εικόνα δεν κρατήθηκε ({address}): {reason}',
  'pictures.notBeside': 'η εικόνα δεν βρίσκεται στον φάκελο της σελίδας',
  'pictures.isLink': 'η εικόνα είναι σύνδεσμος, και οι σύνδεσμοι δεν ακολουθούνται',
  'archive.packUnreadable':
    'Αυτό το αρχείο δεν είναι ενημέρωση αρχείου άρθρων του Scholion ή είναι κατεστραμμένο ({reason}).',
  'archive.packUnsigned':
    'Αυτή η ενημέρωση δεν είναι υπογεγραμμένη. Μόνο ενημερώσεις υπογεγραμμένες από τους εκδότες του αρχείου μπορούν να εφαρμοστούν.',
  'archive.packUnknownKey':
    'Αυτή η ενημέρωση είναι υπογεγραμμένη με κλειδί που η εφαρμογή δεν γνωρίζει ({keyId}). Δεν εφαρμόστηκε.',
  'archive.packBadSignature':
    'Αυτή η ενημέρωση αλλοιώθηκε μετά την υπογραφή της: η υπογραφή δεν ταιριάζει με τον κατάλογο των αρχείων της.',
  'archive.packBadManifest': 'Ο κατάλογος αρχείων αυτής της ενημέρωσης είναι κακοσχηματισμένος.',
  'archive.packOtherArchive':
    'Αυτή η ενημέρωση είναι για άλλο αρχείο άρθρων («{archive}»), όχι για το «{current}».',
  'archive.packNotNewer':
    'Αυτή η ενημέρωση (έκδοση της {release}) δεν είναι νεότερη από το αρχείο σε χρήση (έκδοση της {current}).',
  'archive.packOtherBase':
    'Αυτή η ενημέρωση φτιάχτηκε για άλλη έκδοση του αρχείου (της {release}). Στο αρχείο σε χρήση λείπει το {path}. Εφαρμόστε πρώτα τις ενδιάμεσες ενημερώσεις.',
  'archive.packAltered':
    'Ένα αρχείο αυτής της ενημέρωσης αλλοιώθηκε μετά την υπογραφή ({path}). Δεν άλλαξε τίποτα.',
  'archive.packTooLarge': 'Αυτή η ενημέρωση είναι πολύ μεγάλη (πάνω από {mb} MB).',
  'notice.archiveSignature':
    'Το αρχείο άρθρων δεν πέρασε τον έλεγχο υπογραφής: {problem, select, unsigned {δεν είναι υπογεγραμμένο} key {είναι υπογεγραμμένο με κλειδί που η εφαρμογή δεν γνωρίζει} signature {αλλοιώθηκε μετά την υπογραφή} missing {λείπει ένα αρχείο που καταγράφει ({path})} altered {ένα αρχείο αλλοιώθηκε μετά την υπογραφή ({path})} other {η υπογραφή ή ο κατάλογος αρχείων του είναι κακοσχηματισμένος}}. Τα άρθρα του διαβάζονται κανονικά.',
  'archive.applyFailed':
    'Η ενημέρωση του αρχείου δεν εφαρμόστηκε: {reason}. Το αρχείο σε χρήση έμεινε ως είχε.',
  'archive.packGone': 'Αυτή η ενημέρωση δεν υπάρχει πια εδώ: επιλέξτε ξανά το αρχείο.',
  'archive.checkFailed': 'Δεν ήταν δυνατός ο έλεγχος για ενημέρωση του αρχείου: {reason}',
  'cli.applied': 'Το αρχείο σε χρήση είναι τώρα το {archive}.',
  'cli.applyWhat': 'Δώστε το πακέτο ενημέρωσης: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': 'Το {option} πρέπει να είναι ακέραιος πάνω από 0, όχι {value}.',
  'cli.badDate': 'Το {option} πρέπει να είναι ημερομηνία (YYYY-MM-DD), όχι {value}.',
  'cli.badName': 'Το {option} πρέπει να έχει πεζά γράμματα, ψηφία και παύλες, όχι {value}.',
  'cli.crawlDone':
    'Αποθηκεύτηκαν άρθρα: {saved}, στο {out} (βρέθηκαν: {found}· ήδη αποθηκευμένα: {already}· παραλείφθηκαν: {leftOut}· απαγορευμένα από το robots.txt: {forbidden}· απέτυχαν: {failed}).',
  'cli.crawlFinding': 'Εύρεση άρθρων',
  'cli.crawlSaving': 'Αποθήκευση άρθρων',
  'cli.deltaDone':
    'Γράφτηκε το {file} ({size}): προστέθηκαν {added}, άλλαξαν {changed}, αφαιρέθηκαν {removed}.',
  'cli.deltaWhat':
    'Δώστε και τα δύο αρχεία και το πακέτο: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': 'Το {file} υπάρχει ήδη: ένα κλειδί έκδοσης δεν αντικαθίσταται ποτέ.',
  'cli.keyRequired':
    'Το {option} είναι υποχρεωτικό (αρχείο ιδιωτικού κλειδιού από το archive:keygen).',
  'cli.keygenDone':
    'Κλειδί {keyId}: το ιδιωτικό κλειδί είναι στο {private} (κρατήστε το μυστικό, εκτός κοινόχρηστων φακέλων)· το δημόσιο στο {public} (βάλτε το στο resources/release-keys/).',
  'cli.packPreview':
    'Ενημέρωση του {archive}, έκδοση της {release}, υπογραφή {keyId}: προστίθενται {added}, αλλάζουν {changed}, αφαιρούνται {removed}.',
  'cli.signed': 'Υπογράφηκε το {archive} με το κλειδί {keyId}.',
  'cli.verified':
    '{archive}: υπογεγραμμένο με το κλειδί {keyId}· και τα {files} αρχεία είναι όπως καταγράφονται.',
  'notice.archiveUpdateAvailable':
    'Ένα νεότερο αρχείο (έκδοση της {release}) είναι διαθέσιμο: νέα άρθρα: {added}, αλλαγμένα: {changed}. Ελέγχθηκε και είναι έτοιμο: εφαρμόστε το από Σχετικά με το Scholion → Ενημέρωση…',
  'cli.searchFound': 'Άρθρα που βρέθηκαν: {total}',
  'cli.searchCorrected': 'Το «{word}» δεν υπάρχει στο αρχείο· αναζητήθηκαν: {similar}',
  'cli.searchNotes': 'Σημειώσεις που βρέθηκαν: {total}',
  'cli.searchWhat': 'Δώστε τις λέξεις για αναζήτηση: scholion search QUERY',
  'store.savedSearches': 'αποθηκευμένες αναζητήσεις',
  'savedSearch.gone': 'Αυτή η αποθηκευμένη αναζήτηση δεν υπάρχει πια.',
  'savedSearch.tooMany': 'Μπορούν να αποθηκευτούν το πολύ {max} αναζητήσεις.',
  'savedSearch.empty': 'Αυτή η αναζήτηση δεν έχει λέξεις ή φίλτρα.',
  'notify.savedSearch': '«{name}»: {count, plural, one {# νέο άρθρο} other {# νέα άρθρα}}',
  'settingsFile.notJson': 'Δεν είναι αρχείο ρυθμίσεων: δεν είναι JSON.',
  'settingsFile.notSettings': 'Δεν είναι αρχείο ρυθμίσεων του Scholion.',
  'settingsFile.newer':
    'Αυτό το αρχείο ρυθμίσεων είναι της έκδοσης {version}· αυτό το Scholion διαβάζει έως την έκδοση {known}. Ενημερώστε το Scholion για να το εισαγάγετε.',
}
