// Çekirdeğin iletileri Türkçe: ana sürecin ve komut satırının hataları ve raporları
// (terimler: docs/i18n.md).
import type { CoreCatalog } from './en'

export const trCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'disk dolu ({code})',
  'reason.noPermission': 'izin verilmedi ({code})',
  'reason.readOnly': 'disk salt okunur ({code})',
  'reason.missing': 'orada yok ({code})',
  'reason.isFolder': 'bu bir klasör ({code})',
  'reason.tooManyFiles': 'çok fazla dosya açık ({code})',
  'reason.busy': 'kullanımda ({code})',
  'reason.ioError': 'diskten okunamadı ya da diske yazılamadı ({code})',

  'library.noArchive': 'Arşiv açılamadı; nedeni bildirimde yazıyor.',
  'library.archiveUnopened': 'Arşiv açılamadı.',
  'library.cannotAdd': 'Dosyalar eklenemedi: {reason}',
  'library.versionGone': 'Makalenin bu eski sürümü saklanmıyor.',
  'library.versionDamaged': 'Bu eski sürüm bozuk: {reason}',
  'library.noArticle': 'Kitaplıkta “{id}” adlı bir makale yok.',
  'library.textDamaged': '“{title}” metni arşivde bozuk.',
  'library.badHash': '“{title}” için katalog kaydı bozuk (hatalı özet).',
  'library.textMissing': '“{title}” metni arşivde yok.',
  'library.checksum': '“{title}” metni arşivde bozuk (sağlama toplamı tutmuyor).',
  'library.textUnreadable': '“{title}” metni okunamıyor: {reason}',
  'library.textUnshowable': '“{title}” metni gösterilemiyor: {reason}',

  'annotations.notInGroup': 'Yalnızca üyesi olduğunuz bir okuma grubuyla paylaşabilirsiniz.',
  'annotations.saveFailed': 'Açıklamanız kaydedilemedi: {reason}',
  'annotations.deleteFailed': 'Açıklama silinemedi: {reason}',
  'annotations.outside': 'Seçilen bölüm bu makalenin metninde değil.',
  'annotations.empty': 'Vurgulamak için birkaç sözcük seçin.',
  'annotations.gone': 'Bu açıklama artık yok.',

  'app.noFolderPicker': 'Klasörün yolunu yazın: bir tarayıcı sayfası klasör seçici açamaz.',
  'app.openFolderYourself': 'Bu klasörü dosya yöneticinizde açın: {folder}',
  'app.folderUnopened': 'Klasör açılamadı: {reason}',
  'settings.saveFailed': 'Ayarlarınız kaydedilemedi: {reason}',
  'reading.saveFailed': 'Okuma yeriniz kaydedilemedi: {reason}',

  'export.templateUnusable': 'Şablon kullanılamıyor: {reason}',
  'export.templateUnreadable': 'Şablon okunamıyor: {reason}',
  'export.notOurs':
    'bu adda bir dosya Scholion’un işaret satırı olmadan orada duruyor, bu yüzden olduğu gibi bırakıldı',
  'export.writeFailed': 'Dışa aktarma {folder} klasörüne yazılamadı: {reason}',
  'export.nothingToCopy': 'Kopyalanacak not yok.',
  'import.unreadable': 'Dosya okunamıyor: {reason}',
  'import.saveFailed': 'İçe aktarma kaydedilemedi: {reason}',

  'import.noId': 'kimliği yok',
  'import.noQuote': 'metinden bir bölüm işaretlemiyor (TextQuoteSelector yok)',
  'import.pageNote': 'metinden bir bölüm işaretlemiyor (sayfa notu)',
  'import.noTime': 'geçerli bir oluşturulma zamanı yok',
  'import.notObject': 'bir nesne değil',
  'import.tooLarge': 'Dosya içe aktarmak için çok büyük ({mb, number} MB’tan fazla).',
  'import.notJson': 'Dosya geçerli JSON değil ({reason}).',
  'import.tooDeep': 'Dosya okunamıyor: {depth, number} düzeyden derin iç içe geçmiş.',
  'import.notAnnotations':
    'Dosyada Scholion’un okuyabildiği açıklama yok: W3C Web Annotations (bir AnnotationCollection, bir sayfa ya da bir liste) veya bir Hypothesis dışa aktarımı bekleniyordu.',
  'import.tooMany': 'Dosyada çok fazla açıklama var ({max, number} üzerinde).',
  'import.noArticle': 'makalesi kitaplıkta değil ({source})',
  'import.noSource': 'makalesi kitaplıkta değil (hiçbir makale belirtmiyor)',
  'import.deletedHere': 'son değişikliğinden sonra burada silindi',
  'import.invalid': 'geçerli bir açıklama değil ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {Açıklama günlüğündeki kayıtlı bir değişiklik okunamadı ve atlandı.} other {Açıklama günlüğündeki kayıtlı # değişiklik okunamadı ve atlandı.}}',
  'notice.batchCompleted': 'Yarıda kalmış bir içe aktarma tamamlandı.',
  'notice.annotationsUnwritten':
    '{count, plural, one {Bir makalenin açıklama dosyası yazılamadı.} other {# makalenin açıklama dosyaları yazılamadı.}} Açıklamalarınız kayıt günlüğünde güvende ve mümkün olur olmaz yazılacak; veri klasörünün boş alanını ve izinlerini denetleyin.',
  'notice.archiveUnverified': 'Arşiv denetlenemedi: {reason}',

  'file.isLink': 'bu bir bağlantı (grup klasöründeki bağlantılar izlenmez)',
  'file.isFifo': 'bu bir adlandırılmış boru (FIFO), dosya değil',
  'file.isSocket': 'bu bir soket, dosya değil',
  'file.isDevice': 'bu bir aygıt, dosya değil',
  'file.isFolder': 'bu bir klasör, dosya değil',
  'file.notRegular': 'olağan bir dosya değil',
  'file.slow': 'okunması {seconds, number} sn’den uzun sürdü',
  'file.tooLarge': 'çok büyük ({mb, number} MB’tan fazla)',
  'file.unreadable': 'okunamıyor ({code})',
  'file.partNotFolder': '{path} bir bağlantı ya da dosya, klasör değil',
  'file.leadsOutside': '{path} grup klasörünün dışına çıkıyor',

  'group.damaged': 'eksik ya da bozuk ({reason})',
  'group.tooDeep': '{depth, number} düzeyden derin iç içe geçmiş',
  'group.notGroupFile': 'bir Scholion grup dosyası değil',
  'group.noFormat': 'biçim numarası yok',
  'group.newer':
    'Scholion’un daha yeni bir sürümüyle yazılmış (biçim {format}); okumak için güncelleyin',
  'group.noManifest': 'bir grubu tanımlamıyor (kimlik, ad ya da oluşturulma zamanı yok)',
  'group.someoneElse': 'başka birini tanımlıyor',
  'group.noOwner': 'kime ait olduğunu ya da hangi makaleyle ilgili olduğunu söylemiyor',
  'group.replyNoTarget': 'kimliği ya da yanıtladığı açıklama belirtilmemiş bir yanıt',
  'group.replyReserved': 'ayrılmış bir kimlik taşıyan bir yanıt',
  'group.replyText': 'metni olmayan ya da çok uzun metinli bir yanıt',
  'group.replyTime': 'geçerli oluşturulma zamanı olmayan bir yanıt',
  'group.itemNotObject': 'nesne olmayan bir öğe',
  'group.replyOfOther': 'başka birinin yanıtı',
  'group.annotationOfOther': 'başka birinin açıklaması',
  'group.invalidAnnotation': 'geçersiz bir açıklama ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {Bir öğe atlandı: {first}} other {# öğe atlandı; ilki: {first}}}',
  'group.replyUnsaved': 'Yanıtınız kaydedilemedi: {reason}',
  'group.ownFolderUnsafe': 'Gruptaki klasörünüze yazılamıyor: {reason}.',
  'group.notHere': 'Bu okuma grubu bu bilgisayarda değil.',
  'group.left': 'Bu gruptan ayrıldınız; kopyası salt okunur.',
  'group.needIdentity': 'Önce grubun göreceği adı ve rengi seçin.',
  'group.noFolder': '{folder} konumunda klasör yok.',
  'group.folderHasGroup': 'Bu klasörde zaten “{name}” grubu var: onun yerine ona katılın.',
  'group.folderHasBadGroup': 'Bu klasörde okunamayan bir grup dosyası var ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {{folder} boş değil (içinde “{name}” var).} other {{folder} boş değil (içinde # dosya ya da klasör var).}} Yeni bir grubun kendine ait boş bir klasöre ihtiyacı var; bir gruba katılmak için grubun paylaştığı klasörü seçin.',
  'group.createFailed': 'Grup oluşturulamadı: {reason}',
  'group.joinFailed': 'Gruba katılınamadı: {reason}',
  'group.noGroupThere':
    '{folder} içinde grup yok ({file} yok). Grubun paylaştığı klasörü seçin ya da orada bir grup oluşturun.',
  'group.manifestUnreadable': '{folder} içindeki grup dosyası okunamıyor: {reason}.',
  'group.unreadable': 'Bu klasördeki grup okunamıyor: {reason}.',
  'group.alreadyIn': 'Zaten “{name}” grubundasınız.',
  'group.notShared': 'Bu açıklama bu grupla paylaşılmıyor.',
  'group.replyGone': 'Bu yanıt sizin değil ya da artık yok.',
  'group.replyDeleteFailed': 'Yanıt silinemedi: {reason}',
  'pack.tooLarge': 'Dosya çok büyük ({mb, number} MB’tan fazla).',
  'pack.incomplete': 'Dosya eksiksiz bir grup paketi değil ({reason}).',
  'pack.tooDeep': 'Paket okunamıyor: {depth, number} düzeyden derin iç içe geçmiş.',
  'pack.notPack': 'Dosya bir Scholion grup paketi değil (hiçbir grup belirtmiyor).',
  'pack.newer':
    'Paket Scholion’un daha yeni bir sürümüyle hazırlanmış (biçim {format}); açmak için Scholion’u güncelleyin.',
  'pack.badGroup': 'Paketin grubu okunamıyor: {reason}.',
  'pack.badMemberId': 'Scholion’un kabul etmediği bir kimliğe sahip üye ({id})',
  'pack.badMember': 'bir üye: {reason}',
  'pack.itemUnowned': 'yazarı ya da makalesi belirtilmemiş bir öğe',
  'pack.itemBadIds': 'Scholion’un kabul etmediği bir yazar ya da makale kimliği taşıyan öğe ({id})',
  'pack.unreadable': 'Paket okunamıyor: {reason}',
  'pack.leftGroup': '“{name}” grubundan ayrıldınız; paketlerini almak için yeniden katılın.',
  'pack.importFailed': 'Paket içe aktarılamadı: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {“{name}” grubunun başka bir üyesine ait bir dosya okunamadı;} other {“{name}” grubunun başka üyelerine ait # dosya okunamadı;}} son sağlam kopya gösteriliyor. Hangileri ve neden, Okuma grupları… bölümünde.',

  'file.outOfMemory': 'Okunması {mb, number} MB’tan fazla bellek gerektirdi; durduruldu.',
  'file.readFailed': 'Okunamadı ({reason}).',
  'file.readStopped': 'Okuma beklenmedik biçimde durdu.',
  'file.tooSlow': 'Okunması {seconds, number} sn’den uzun sürdü; durduruldu.',
  'app.closing': 'Uygulama kapanıyor.',

  'addFiles.pageNoLanguage':
    'Sayfa dilini belirtmiyor (adresinde {path} yok, lang özniteliği yok); dosyayı {example} olarak adlandırın.',
  'addFiles.noArticleText': 'İçinde makale metni bulunamadı.',
  'addFiles.noTitle': 'Sayfanın başlığı yok.',
  'addFiles.markdownNoLanguage':
    'Dosya dilini belirtmiyor; ön bilgisine (front matter) “{field}” ekleyin.',
  'addFiles.noText': 'Dosyada metin yok.',
  'addFiles.epubTooLarge': 'Kitap açıldığında {mb, number} MB’ı aşıyor.',
  'addFiles.epubEmpty': 'Dosya okunabilir bir EPUB değil (içinde dosya yok).',
  'addFiles.epubUnreadable': 'Dosya okunabilir bir EPUB değil ({reason}).',
  'addFiles.epubMissing': 'Kitapta {path} eksik.',
  'addFiles.epubNoPackage': 'Kitap paket belgesini belirtmiyor.',
  'addFiles.epubBadPackage': 'Kitabın paket belgesi okunamıyor.',
  'addFiles.epubNoLanguage': 'Kitap dilini belirtmiyor.',
  'addFiles.epubNoText': 'Kitapta metin yok.',
  'addFiles.titleMade':
    'Başlık satırı yok: başlık dosya adından ya da ilk sözcüklerden oluşturuldu.',
  'addFiles.kindUnknown':
    '{ext}, Scholion’un içe aktardığı bir dosya türü değil (metin, HTML, Markdown ya da EPUB).',
  'addFiles.noExtension':
    'Uzantısız bir dosya, Scholion’un içe aktardığı bir tür değil (metin, HTML, Markdown ya da EPUB).',
  'addFiles.fileTooLarge': 'Dosya {mb, number} MB’tan büyük.',
  'addFiles.binary': 'Dosya metin değil (ikili veri içeriyor).',
  'addFiles.languageUnknown': 'Metnin dili anlaşılamadı; dosyayı {example} olarak adlandırın.',
  'addFiles.nameNoLanguage': 'Dosya adı dili belirtmiyor (adını {example} yapın).',
  'addFiles.longTitle':
    'Başlık {count, number} karakter uzunluğunda; başlık yerine bir paragraf alınmış olabilir.',
  'addFiles.titleIsBox': 'Başlık, sitenin “eski web sayfaları” kutusunun başlığı.',
  'addFiles.opensWithBox': 'Metin, sitenin “eski web sayfaları” kutusundaki cümleyle başlıyor.',
  'addFiles.dateMissing': 'Tarih bulunamadı.',
  'addFiles.languageGuessed': 'Dil ({lang}) metinden tahmin edildi; dosya adı dili belirtmiyor.',
  'addFiles.alreadyHere': 'Zaten kitaplıkta, “{title}” olarak.',
  'addFiles.sameText': 'Aynı metin zaten dosyalarınız arasında.',
  'addFiles.notInLibrary': 'Kitaplıkta değil.',

  'api.noMethod': '“{method}” adlı bir yöntem yok.',
  'api.invalidInput': 'İstek geçerli değil: {detail}',
  'api.failed': '{method} içinde bir şeyler ters gitti: {reason}',
  'api.forbiddenPage': 'Bu sayfa Scholion API’sini çağıramaz.',
  'api.postOnly': 'API çağrıları POST kullanır.',
  'api.otherOrigin': 'Başka kökenlerden gelen istekler reddedilir.',
  'api.badToken': 'Belirteç eksik ya da yanlış; sunucunun yazdırdığı adresi kullanın.',
  'api.badMethodName': 'Adresteki yöntem adı geçerli değil.',
  'api.bodyTooLarge': 'İstek gövdesi çok büyük.',
  'api.bodyNotJson': 'İstek gövdesi geçerli JSON değil.',
  'api.bodyTooDeep': 'İstek gövdesi çok derin iç içe geçmiş.',
  'api.serverFailed': 'Sunucu başarısız oldu: {reason}',
  'group.leaveFailed': 'Gruptan ayrılınamadı: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {Arşivde bir makale bozuk ve dışarıda bırakıldı: {names}.} other {Arşivde # makale bozuk ve dışarıda bırakıldı: {names}.}}',
  'notice.archiveNoManifest':
    '{folder} içindeki arşivin okunabilir bir bildirim dosyası (manifest) yok; dosyaları doğrulanamıyor.',
  'notice.archiveCatalogChanged':
    '{folder} içindeki arşiv kataloğu bildirim dosyasıyla uyuşmuyor; arşiv oluşturulduktan sonra değiştirilmiş.',
  'notice.archiveMissing': '{folder} içinde arşiv bulunamadı.',
  'notice.archiveNewer':
    '{folder} içindeki {which, select, own {dosyalarınızın kitaplığı} other {arşiv}} Scholion’un daha yeni bir sürümünü gerektiriyor.',
  'notice.archiveDamaged':
    '{folder} içindeki {which, select, own {dosyalarınızın kitaplığının} other {arşivin}} kataloğu bozuk ve okunamıyor ({reason}).',
  'notice.archiveDuplicate': 'Arşivde “{id}” makalesi iki kez geçiyor; ikinci kayıt yok sayılıyor.',

  'store.settings': 'ayarlar',
  'store.readingPositions': 'okuma yerleri',
  'store.visits': 'ziyaret geçmişi',
  'store.syncSources': 'eşitleme kaynakları',
  'store.groups': 'okuma grupları listesi',
  'store.groupShare': 'okuma grubu',
  'store.windowState': 'pencere durumu',
  'store.notJson': 'geçerli JSON değil: {reason}',
  'store.noVersion': 'sürüm numarası eksik',
  'store.noMigration': '{version, number} sürümünden geçiş yok',
  'store.unexpected': 'beklenmedik içerik: {reason}',
  'notice.storeMissing': '“{store}” dosyası eksikti; son sağlam kopya geri yüklendi.',
  'notice.storeNewer':
    '“{store}” dosyası Scholion’un daha yeni bir sürümüyle yazılmış (biçim {format, number}); olduğu gibi bırakıldı ve güncelleyene kadar değişiklikler kaydedilmeyecek.',
  'notice.storeRestored':
    '“{store}” dosyası bozuktu ({reason}); son sağlam kopya geri yüklendi. Bozuk dosya {file} olarak saklandı.',
  'notice.storeReset':
    '“{store}” dosyası bozuktu ({reason}) ve sağlam kopya bulunamadı; varsayılanlarla başlanıyor. Bozuk dosya {file} olarak saklandı.',
  'notice.storeReadOnly': '“{store}” dosyası salt okunur (daha yeni bir biçimde).',

  'search.noArchive': 'arşiv yok',
  'search.opening': 'dizin açılıyor',
  'search.noIndex': 'arşivin arama dizini yok',
  'search.indexDamaged': '{file} bozuk',
  'search.indexFormat': 'dizin {found, number} biçiminde, {wanted, number} değil',
  'search.indexOther': 'dizin arşivin başka bir sürümü için oluşturulmuş',
  'search.annotationsUnread': 'Açıklamalar okunamadı: {reason}',
  'notice.searchRebuilding': 'Arama dizini yeniden oluşturuluyor ({reason}).',

  'sync.sameId': 'İki kaynağın kimliği aynı: “{id}”.',
  'sync.badPattern': '“{name}” kaynağının deseni bir düzenli ifade değil.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'Kaynaklar kaydedilemedi: {reason}',
  'sync.runFailed': 'Eşitleme tamamlanamadı: {reason}',
  'sync.tooLarge': 'sayfa {kb, number} KB’tan büyük',
  'sync.badAddress': 'geçerli bir adres değil',
  'sync.httpOnly': 'yalnızca http ve https adresleri alınır',
  'sync.noAnswer': '{seconds, number} sn içinde yanıt yok',
  'sync.unreachable': 'siteye ulaşılamadı ({reason})',
  'sync.redirectNowhere': 'hiçbir yere gitmeyen bir yönlendirme ({status, number})',
  'sync.tooManyRedirects': '{max, number} yönlendirmeden fazla',
  'sync.redirectScheme': '{scheme} adresine yönlendirme izlenmez',
  'sync.slowDown': 'site yavaşlamamızı istedi (429)',
  'sync.unavailable': 'site kullanılamıyor (503)',
  'sync.answered': 'site {status} yanıtını verdi',
  'sync.backingOff':
    '{count, plural, one {daha önce bir kez başarısız oldu} other {daha önce # kez başarısız oldu}} ({reason}); {when, date, medium} {when, time, short} sonrasında yeniden istenecek',
  'sync.feedUnreadable': 'Akış okunamıyor ({reason}).',
  'sync.sitemapUnreadable': 'Site haritası okunamıyor ({reason}).',
  'sync.feedMalformed': 'Akış düzgün biçimli XML değil (satır {line, number}: {reason}).',
  'sync.notListing': 'Bu ne bir akış ne bir site haritası ne de bir bağlantı sayfası.',
  'folder.notFullPath':
    '“{typed}” tam bir yol değil. Klasörün yolunu eksiksiz verin, örneğin {example} ya da {short}.',

  'store.annotationsFile': '“{id}” açıklamaları',
  'store.groupCopy': '“{name}” okuma grubunun kopyası',
  'archive.duplicateId': 'başka bir dosyada aynı makale kimliği var ({id})',

  'cli.usage': `Kullanım: scholion KOMUT [seçenekler]

Komutlar:
  serve           Uygulamayı ve API’sini 127.0.0.1 üzerinde sunar
                    --port N        bağlantı noktası (varsayılan: boş bir tane)
                    --data-dir DIR  kullanıcı veri klasörü (varsayılan: SCHOLION_DATA_DIR ya da sistemin veri klasörü)
                    --archive DIR   arşiv klasörü (varsayılan: birlikte gelen arşiv)
                    --release-keys DIR  güvenilen sürüm anahtarları (varsayılan: uygulamayla gelenler)
                    --no-auto-sync  açılışta ve kaynakların zamanlamalarında eşitleme yapmaz
  archive:build   Kaydedilmiş makalelerden bir arşiv klasörü oluşturur
                    --from DIR      bir kaynak klasör (yinelenebilir; varsayılan: archive-src)
                    --out DIR       çıktı klasörü (varsayılan: resources/archive)
                    --report FILE   içe aktarma raporunu da (her makale) JSON olarak yazar
                    --name NAME     arşivin adı; güncelleme paketleri bu adı taşır (varsayılan kke-inter)
                    --release TIME  sürümün çıktığı zaman (varsayılan: en yeni makalenin tarihi)
  archive:crawl   Bir sitenin makalelerini archive:build için bir kaynak klasörüne kaydeder
                    --site URL      site (varsayılan https://inter.kke.gr)
                    --langs en,el   diller (varsayılan: sitenin tüm dilleri)
                    --out DIR       kaynak klasörü (varsayılan archive-src/crawl); günlüğü durdurulan taramanın sürmesini sağlar
                    --since DATE    YYYY-MM-DD öncesindeki makaleleri dışarıda bırakır
                    --max N         bu çalıştırmada en çok N makale kaydeder
                    --seed PATH     başka bir akış, site haritası ya da liste ('{lang}': dil; yinelenebilir)
  archive:keygen  Bir sürüm anahtar çifti oluşturur (--out DIR)
  archive:sign    Oluşturulmuş bir arşivi imzalar (--key FILE, --archive DIR)
  archive:verify  Bir arşivin imzasını ve dosyalarını denetler (--archive DIR, --release-keys DIR)
  archive:delta   Güncelleme paketi oluşturur: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Uygulamanın okuduğu arşive bir güncelleme paketi uygular
                    --dry-run       yalnızca neyi ekleyeceğini, değiştireceğini ve kaldıracağını söyler
                    --data-dir DIR, --archive DIR, --release-keys DIR  serve’deki gibi
  export          Açıklamaları dışa aktarır
                    --format md|csv|jsonld (varsayılan md)
                    --out DIR       yazılacak klasör (dosyalar yerinde güncellenir)
                    --tag T         yalnızca bu etiketi taşıyan açıklamalar
                    --article ID    yalnızca bu makalenin açıklamaları
                    --template FILE Markdown için bir Mustache şablonu
                    --combined      Markdown: tüm makaleler için tek dosya
                    --flavour markdown|obsidian|logseq (varsayılan markdown)
                    --colours none|mark|property  vurgular ==metin== ya da color:: özelliği olarak
                    --data-dir DIR, --archive DIR  serve’deki gibi
  import FILE     W3C Web Annotations (JSON-LD) ya da bir Hypothesis dışa aktarımını içe aktarır
                    --dry-run       yalnızca neyin değişeceğini söyler
                    --data-dir DIR, --archive DIR  serve’deki gibi
  sync            Açık kaynaklarda yeni makale arar ve kitaplığınıza ekler
                    --source ID     yalnızca bu kaynak (yinelenebilir)
                    --list          kaynakları ve her birinin açık olup olmadığını listeler
                    --full          her şeyi koşulsuz olarak yeniden ister
                    --data-dir DIR, --archive DIR  serve’deki gibi
  search QUERY    Uygulama gibi makalelerde (ve --notes ile notlarınızda) arar
                    --limit N       kaç makale (varsayılan 10)
                    --notes         notlar da
                    --json          yanıtın tamamı JSON olarak, betikler için
                    --data-dir DIR, --archive DIR  serve’deki gibi
  help            Bu metni gösterir

İletiler terminalin dilini izler (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Bilinmeyen komut: “{command}”.',
  'cli.badArguments': 'Seçenekler doğru değil: {detail}. Bkz. scholion help.',
  'cli.badPort': '--port 0–65535 arasında olmalı, {port} değil.',
  'cli.notOneOf': '{option} şunlardan biri olmalı: {allowed}; {value} değil.',
  'cli.outRequired': '{option} zorunlu (bir klasör).',
  'cli.importWhat': 'İçe aktarılacak dosyayı verin: {usage}',
  'cli.importing': 'İçe aktarılıyor',
  'cli.indexing': 'Dizinleniyor',
  'cli.exporting': 'Dışa aktarılıyor',
  'cli.syncing': 'Kaynaklar eşitleniyor',
  'cli.fullReport': 'Raporun tamamı {file} dosyasında.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (tahmin)',
  'cli.noDate': 'tarih yok',
  'cli.section': 'bölüm: {section}',
  'cli.moreWarned':
    '{count, plural, one {… ve uyarılı bir makale daha} other {… ve uyarılı # makale daha}}',
  'cli.skipped': '{name} atlandı: {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… ve bir tane daha atlandı} other {… ve # tane daha atlandı}}',
  'cli.archiveWritten':
    'Arşiv {folder} klasörüne yazıldı: {imported, number} içe aktarıldı ({warned, number} uyarılı), {skipped, number} atlandı.',
  'cli.tagChanged': '“{from}” etiketi #{to} olarak yazıldı',
  'cli.exported':
    '{folder} klasörüne aktarıldı: {written, number} yazıldı, {unchanged, number} zaten güncel, {skipped, number} atlandı.',
  'cli.imported':
    '{file} ({format}) {dryRun, select, yes {içe aktarılsaydı} other {içe aktarıldı}}: {added, number} eklendi, {updated, number} güncellendi, {deleted, number} silindi, {unchanged, number} değişmedi, {skipped, number} atlandı.',
  'cli.noSourceOn':
    'Hiçbir kaynak açık değil: uygulamada birini açın ya da {option} ile bir kaynak belirtin.',
  'cli.sourceUnread': '{name}: okunamadı ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} yeni, {updated, plural, =0 {} one {# güncellendi, } other {# güncellendi, }}{known, number} zaten var, {failed, number} başarısız{unchanged, select, yes { (son eşitlemeden beri değişmemiş)} other {}}',
  'cli.newVersion': '{title} ({id}): yeni bir sürüm; öncekisi saklanıyor',
  'cli.alsoNamedBy': '(ayrıca şunlarda da geçiyor: {names})',
  'cli.unknownSource': '{ids} kimlikli bir kaynak yok; bkz. {command}.',
  'cli.syncAdded':
    '{count, plural, one {Eşitleme yeni bir makale ekledi.} other {Eşitleme # yeni makale ekledi.}}',
  'cli.serving': 'Scholion {archive} arşivini sunuyor, veriler {data} içinde',
  'cli.open': '{url} adresini açın',

  'file.openFailed': '{name} okunamadı: {reason}',

  'addFiles.ownCatalogDamaged':
    '{folder} içindeki dosyalarınızın kataloğu bozuk ({reason}); hiçbir şey kaybolmasın diye hiçbir şey eklenmedi.',
  'pictures.tooLarge': 'resim {kb, number} KB’tan büyük',
  'pictures.svg': 'SVG resimleri saklanmaz (betik taşıyabilirler)',
  'pictures.isPage': 'bu bir web sayfası, resim değil',
  'pictures.notPicture': 'JPEG, PNG, WebP, GIF ya da AVIF resmi değil',
  'pictures.damaged': 'resim bozuk',
  'pictures.tooManyPixels': 'resim çok büyük ({width, number} × {height, number} piksel)',
  'pictures.tooMany':
    'Sayfadaki resimler: {count, number}. Yalnızca ilk {max, number} resim saklanır.',
  'pictures.notKept': 'Bir resim saklanmadı ({address}): {reason}',
  'pictures.notBeside': 'resim sayfanın klasöründe değil',
  'pictures.isLink': 'resim bir bağlantı ve bağlantılar izlenmez',
  'archive.packUnreadable':
    'Bu dosya bir Scholion arşiv güncellemesi değil ya da bozuk ({reason}).',
  'archive.packUnsigned':
    'Bu arşiv güncellemesi imzalı değil. Yalnızca arşivin yayıncılarınca imzalanmış güncellemeler uygulanabilir.',
  'archive.packUnknownKey':
    'Bu güncelleme, uygulamanın tanımadığı bir anahtarla imzalanmış ({keyId}). Uygulanmadı.',
  'archive.packBadSignature':
    'Bu güncelleme imzalandıktan sonra değiştirilmiş: imzası dosya listesiyle uyuşmuyor.',
  'archive.packBadManifest': 'Bu güncellemenin dosya listesi bozuk.',
  'archive.packOtherArchive':
    'Bu güncelleme başka bir arşiv için (“{archive}”), “{current}” için değil.',
  'archive.packNotNewer':
    'Bu güncelleme ({release} sürümü), kullanılan arşivden ({current} sürümü) daha yeni değil.',
  'archive.packOtherBase':
    'Bu güncelleme arşivin başka bir sürümü için yapılmış ({release}); kullanılan arşivde {path} yok. Önce aradaki güncellemeleri uygulayın.',
  'archive.packAltered':
    'Bu güncellemedeki bir dosya imzalandıktan sonra değiştirilmiş ({path}). Hiçbir şey değiştirilmedi.',
  'archive.packTooLarge': 'Bu güncelleme çok büyük ({mb} MB’tan fazla).',
  'notice.archiveSignature':
    'Arşiv imza denetiminden geçemedi: {problem, select, unsigned {imzalı değil} key {uygulamanın tanımadığı bir anahtarla imzalanmış} signature {imzalandıktan sonra değiştirilmiş} missing {listelediği bir dosya eksik ({path})} altered {bir dosya imzadan sonra değiştirilmiş ({path})} other {imzası ya da dosya listesi bozuk}}. Makaleleri yine de okunabilir.',
  'archive.applyFailed': 'Arşiv güncellemesi uygulanamadı: {reason}. Kullanılan arşiv değişmedi.',
  'archive.packGone': 'Bu arşiv güncellemesi artık burada değil: dosyayı yeniden seçin.',
  'archive.checkFailed': 'Arşiv güncellemesi aranamadı: {reason}',
  'cli.applied': 'Kullanılan arşiv artık {archive}.',
  'cli.applyWhat':
    'Uygulanacak güncelleme paketini verin: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} 0’dan büyük bir tam sayı olmalı, {value} değil.',
  'cli.badDate': '{option} bir tarih olmalı (YYYY-MM-DD), {value} değil.',
  'cli.badName': '{option} yalnızca küçük harf, rakam ve kısa çizgi içermeli, {value} değil.',
  'cli.crawlDone':
    'Kaydedilen makale: {saved}, {out} içinde (bulunan: {found}; önceden kaydedilen: {already}; dışarıda bırakılan: {leftOut}; robots.txt’nin yasakladığı: {forbidden}; başarısız: {failed}).',
  'cli.crawlFinding': 'Makaleler aranıyor',
  'cli.crawlSaving': 'Makaleler kaydediliyor',
  'cli.deltaDone':
    '{file} yazıldı ({size}): eklenen {added}, değişen {changed}, kaldırılan {removed}.',
  'cli.deltaWhat':
    'İki arşivi ve paketi verin: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} zaten var: bir sürüm anahtarının üzerine asla yazılmaz.',
  'cli.keyRequired': '{option} gerekli (archive:keygen’in oluşturduğu bir özel anahtar dosyası).',
  'cli.keygenDone':
    'Anahtar {keyId}: özel anahtar {private} içinde (gizli tutun, paylaşılan klasörlere koymayın); açık anahtar {public} içinde (resources/release-keys/ klasörüne koyun).',
  'cli.packPreview':
    '{archive} güncellemesi, {release} sürümü, imzalayan {keyId}: eklenen {added}, değişen {changed}, kaldırılan {removed}.',
  'cli.signed': '{archive}, {keyId} anahtarıyla imzalandı.',
  'cli.verified':
    '{archive}: {keyId} anahtarıyla imzalı; {files} dosyanın hepsi listelendiği gibi.',
  'notice.archiveUpdateAvailable':
    'Daha yeni bir arşiv ({release} sürümü) çevrim içi olarak mevcut: yeni makale: {added}, değişen: {changed}. Denetlendi ve hazır: Scholion hakkında → Güncelle… bölümünden uygulayın.',
  'cli.searchFound': 'Bulunan makale: {total}',
  'cli.searchCorrected': '“{word}” arşivde yok; aranan: {similar}',
  'cli.searchNotes': 'Bulunan not: {total}',
  'cli.searchWhat': 'Aranacak sözcükleri verin: scholion search QUERY',
  'store.savedSearches': 'kayıtlı aramalar',
  'savedSearch.gone': 'Bu kayıtlı arama artık yok.',
  'savedSearch.tooMany': 'En çok {max} arama kaydedilebilir.',
  'savedSearch.empty': 'Bu aramada sözcük ya da süzgeç yok.',
  'notify.savedSearch': '“{name}”: {count, plural, one {# yeni makale} other {# yeni makale}}',
  'settingsFile.notJson': 'Bu bir ayar dosyası değil: JSON değil.',
  'settingsFile.notSettings': 'Bu bir Scholion ayar dosyası değil.',
  'settingsFile.newer':
    'Bu ayar dosyası {version} sürümünde; bu Scholion en çok {known} sürümünü okuyabiliyor. İçe aktarmak için Scholion’u güncelleyin.',
}
