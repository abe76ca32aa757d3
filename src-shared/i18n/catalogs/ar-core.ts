// رسائل النواة بالعربية: أخطاء العملية الرئيسية وتقاريرها وسطر الأوامر
// (المصطلحات في docs/i18n.md).
import type { CoreCatalog } from './en'

export const arCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'القرص ممتلئ ({code})',
  'reason.noPermission': 'لا إذن بالوصول ({code})',
  'reason.readOnly': 'القرص للقراءة فقط ({code})',
  'reason.missing': 'غير موجود ({code})',
  'reason.isFolder': 'إنه مجلد ({code})',
  'reason.tooManyFiles': 'الملفات المفتوحة كثيرة جدًا ({code})',
  'reason.busy': 'قيد الاستخدام ({code})',
  'reason.ioError': 'تعذّرت القراءة من القرص أو الكتابة عليه ({code})',

  'library.noArchive': 'تعذّر فتح الأرشيف؛ انظر الإشعار لمعرفة السبب.',
  'library.archiveUnopened': 'تعذّر فتح الأرشيف.',
  'library.cannotAdd': 'تعذّرت إضافة الملفات: {reason}',
  'library.versionGone': 'هذه النسخة السابقة من المقال غير محفوظة.',
  'library.versionDamaged': 'هذه النسخة السابقة تالفة: {reason}',
  'library.noArticle': 'لا يوجد مقال «{id}» في المكتبة.',
  'library.textDamaged': 'نص «{title}» تالف في الأرشيف.',
  'library.badHash': 'مدخل «{title}» في الفهرس تالف (بصمة غير صحيحة).',
  'library.textMissing': 'نص «{title}» مفقود من الأرشيف.',
  'library.checksum': 'نص «{title}» تالف في الأرشيف (المجموع الاختباري لا يطابق).',
  'library.textUnreadable': 'تعذّرت قراءة نص «{title}»: {reason}',
  'library.textUnshowable': 'تعذّر عرض نص «{title}»: {reason}',

  'annotations.notInGroup': 'لا يمكنك المشاركة إلا مع حلقة دراسية أنت عضو فيها.',
  'annotations.saveFailed': 'تعذّر حفظ تعليقك: {reason}',
  'annotations.deleteFailed': 'تعذّر حذف التعليق: {reason}',
  'annotations.outside': 'المقطع المحدد ليس في نص هذا المقال.',
  'annotations.empty': 'حدّد بعض الكلمات لتظليلها.',
  'annotations.gone': 'هذا التعليق لم يعد موجودًا.',

  'app.noFolderPicker': 'اكتب مسار المجلد: لا تستطيع صفحة المتصفح فتح نافذة اختيار مجلد.',
  'app.openFolderYourself': 'افتح هذا المجلد في مدير الملفات: {folder}',
  'app.folderUnopened': 'تعذّر فتح المجلد: {reason}',
  'settings.saveFailed': 'تعذّر حفظ إعداداتك: {reason}',
  'reading.saveFailed': 'تعذّر حفظ موضع القراءة: {reason}',

  'export.templateUnusable': 'لا يمكن استخدام القالب: {reason}',
  'export.templateUnreadable': 'تعذّرت قراءة القالب: {reason}',
  'export.notOurs': 'يوجد ملف بهذا الاسم دون سطر علامة Scholion، لذا تُرك كما هو',
  'export.writeFailed': 'تعذّرت كتابة التصدير في {folder}: {reason}',
  'export.nothingToCopy': 'لا توجد ملاحظات لنسخها.',
  'import.unreadable': 'تعذّرت قراءة الملف: {reason}',
  'import.saveFailed': 'تعذّر حفظ الاستيراد: {reason}',

  'import.noId': 'ليس له معرّف',
  'import.noQuote': 'لا يحدد مقطعًا من النص (لا يوجد TextQuoteSelector)',
  'import.pageNote': 'لا يحدد مقطعًا من النص (ملاحظة على الصفحة كلها)',
  'import.noTime': 'ليس له وقت إنشاء صالح',
  'import.notObject': 'ليس كائنًا',
  'import.tooLarge': 'الملف أكبر من أن يُستورد (أكثر من {mb, number} ميغابايت).',
  'import.notJson': 'الملف ليس JSON صالحًا ({reason}).',
  'import.tooDeep': 'تعذّرت قراءة الملف: فيه أكثر من {depth, number} مستوى من التداخل.',
  'import.notAnnotations':
    'لا يحوي الملف تعليقات يقرؤها Scholion: المتوقع W3C Web Annotations (‏AnnotationCollection أو صفحة أو قائمة) أو تصدير من Hypothesis.',
  'import.tooMany': 'يحوي الملف عددًا كبيرًا جدًا من التعليقات (أكثر من {max, number}).',
  'import.noArticle': 'مقاله ليس في المكتبة ({source})',
  'import.noSource': 'مقاله ليس في المكتبة (لا يذكر أي مقال)',
  'import.deletedHere': 'حُذف هنا بعد آخر تعديل له',
  'import.invalid': 'ليس تعليقًا صالحًا ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, zero {لم يُهمل أي تغيير من سجل التعليقات.} one {تعذّرت قراءة تغيير محفوظ واحد في سجل التعليقات فأُهمل.} two {تعذّرت قراءة تغييرين محفوظين في سجل التعليقات فأُهملا.} few {تعذّرت قراءة # تغييرات محفوظة في سجل التعليقات فأُهملت.} many {تعذّرت قراءة # تغييرًا محفوظًا في سجل التعليقات فأُهملت.} other {تعذّرت قراءة # تغيير محفوظ في سجل التعليقات فأُهملت.}}',
  'notice.batchCompleted': 'اكتمل استيراد كان قد انقطع.',
  'notice.annotationsUnwritten':
    '{count, plural, zero {لم يتعذّر كتابة أي ملف تعليقات.} one {تعذّرت كتابة ملف تعليقات مقال واحد.} two {تعذّرت كتابة ملفي تعليقات مقالين.} few {تعذّرت كتابة ملفات تعليقات # مقالات.} many {تعذّرت كتابة ملفات تعليقات # مقالًا.} other {تعذّرت كتابة ملفات تعليقات # مقال.}} تعليقاتك محفوظة في سجل الحفظ وستُكتب حالما يمكن ذلك؛ تحقق من المساحة ومن أذونات مجلد البيانات.',
  'notice.archiveUnverified': 'تعذّر فحص الأرشيف: {reason}',

  'file.isLink': 'إنه رابط (لا تُتبع الروابط في مجلد الحلقة)',
  'file.isFifo': 'إنه أنبوب مسمّى (FIFO) وليس ملفًا',
  'file.isSocket': 'إنه مقبس (socket) وليس ملفًا',
  'file.isDevice': 'إنه جهاز وليس ملفًا',
  'file.isFolder': 'إنه مجلد وليس ملفًا',
  'file.notRegular': 'ليس ملفًا عاديًا',
  'file.slow': 'استغرقت قراءته أكثر من {seconds, number} ث',
  'file.tooLarge': 'إنه كبير جدًا (أكثر من {mb, number} ميغابايت)',
  'file.unreadable': 'تعذّرت قراءته ({code})',
  'file.partNotFolder': '{path} رابط أو ملف وليس مجلدًا',
  'file.leadsOutside': '{path} يقود إلى خارج مجلد الحلقة',

  'group.damaged': 'إنه ناقص أو تالف ({reason})',
  'group.tooDeep': 'فيه أكثر من {depth, number} مستوى من التداخل',
  'group.notGroupFile': 'ليس ملف حلقة من Scholion',
  'group.noFormat': 'ليس له رقم صيغة',
  'group.newer': 'كتبه إصدار أحدث من Scholion (الصيغة {format})؛ حدّث البرنامج لقراءته',
  'group.noManifest': 'لا يصف حلقة (لا معرّف ولا اسم ولا وقت إنشاء)',
  'group.someoneElse': 'يصف شخصًا آخر',
  'group.noOwner': 'لا يذكر لمن هو ولا أي مقال يخص',
  'group.replyNoTarget': 'رد دون معرّف أو دون التعليق الذي يجيب عنه',
  'group.replyReserved': 'رد بمعرّف محجوز',
  'group.replyText': 'رد بلا نص أو بنص طويل جدًا',
  'group.replyTime': 'رد دون وقت إنشاء صالح',
  'group.itemNotObject': 'عنصر ليس كائنًا',
  'group.replyOfOther': 'رد من شخص آخر',
  'group.annotationOfOther': 'تعليق من شخص آخر',
  'group.invalidAnnotation': 'تعليق غير صالح ({reason})',
  'group.itemsSkipped':
    '{count, plural, zero {لم يُتخطَّ أي عنصر} one {تُخطّي عنصر واحد: {first}} two {تُخطّي عنصران؛ الأول: {first}} few {تُخطّيت # عناصر؛ الأول: {first}} many {تُخطّي # عنصرًا؛ الأول: {first}} other {تُخطّي # عنصر؛ الأول: {first}}}',
  'group.replyUnsaved': 'تعذّر حفظ ردك: {reason}',
  'group.ownFolderUnsafe': 'تعذّرت الكتابة في مجلدك داخل الحلقة: {reason}.',
  'group.notHere': 'هذه الحلقة الدراسية ليست على هذا الحاسوب.',
  'group.left': 'غادرت هذه الحلقة؛ نسختها للقراءة فقط.',
  'group.needIdentity': 'اختر أولًا الاسم واللون اللذين ستراهما الحلقة.',
  'group.noFolder': 'لا يوجد مجلد في {folder}.',
  'group.folderHasGroup': 'يضم هذا المجلد الحلقة «{name}» من قبل: انضم إليها بدلًا من ذلك.',
  'group.folderHasBadGroup': 'يضم هذا المجلد ملف حلقة تتعذّر قراءته ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, zero {المجلد {folder} ليس فارغًا.} one {المجلد {folder} ليس فارغًا (يضم «{name}»).} two {المجلد {folder} ليس فارغًا (يضم ملفين أو مجلدين).} few {المجلد {folder} ليس فارغًا (يضم # ملفات أو مجلدات).} many {المجلد {folder} ليس فارغًا (يضم # ملفًا أو مجلدًا).} other {المجلد {folder} ليس فارغًا (يضم # ملف أو مجلد).}} تحتاج الحلقة الجديدة إلى مجلد فارغ خاص بها؛ للانضمام إلى حلقة اختر المجلد الذي تشاركه.',
  'group.createFailed': 'تعذّر إنشاء الحلقة: {reason}',
  'group.joinFailed': 'تعذّر الانضمام إلى الحلقة: {reason}',
  'group.noGroupThere':
    'لا توجد حلقة في {folder} (لا يوجد {file}). اختر المجلد الذي تشاركه الحلقة أو أنشئ حلقة هناك.',
  'group.manifestUnreadable': 'تعذّرت قراءة ملف الحلقة في {folder}: {reason}.',
  'group.unreadable': 'تعذّرت قراءة الحلقة في هذا المجلد: {reason}.',
  'group.alreadyIn': 'أنت عضو في «{name}» من قبل.',
  'group.notShared': 'هذا التعليق غير مشارك مع هذه الحلقة.',
  'group.replyGone': 'هذا الرد ليس لك أو لم يعد موجودًا.',
  'group.replyDeleteFailed': 'تعذّر حذف الرد: {reason}',
  'pack.tooLarge': 'الملف كبير جدًا (أكثر من {mb, number} ميغابايت).',
  'pack.incomplete': 'الملف ليس حزمة حلقة كاملة ({reason}).',
  'pack.tooDeep': 'تعذّرت قراءة الحزمة: فيها أكثر من {depth, number} مستوى من التداخل.',
  'pack.notPack': 'الملف ليس حزمة حلقة من Scholion (لا يذكر أي حلقة).',
  'pack.newer': 'صُنعت الحزمة بإصدار أحدث من Scholion (الصيغة {format})؛ حدّث Scholion لفتحها.',
  'pack.badGroup': 'تعذّرت قراءة حلقة الحزمة: {reason}.',
  'pack.badMemberId': 'عضو بمعرّف لا يقبله Scholion ({id})',
  'pack.badMember': 'عضو: {reason}',
  'pack.itemUnowned': 'عنصر دون كاتب أو مقال',
  'pack.itemBadIds': 'عنصر بمعرّف كاتب أو مقال لا يقبله Scholion ({id})',
  'pack.unreadable': 'تعذّرت قراءة الحزمة: {reason}',
  'pack.leftGroup': 'غادرت «{name}»؛ انضم إليها مجددًا لتستقبل حزمها.',
  'pack.importFailed': 'تعذّر استيراد الحزمة: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, zero {لا ملفات متعذّرة في «{name}»؛} one {تعذّرت قراءة ملف لعضو آخر في «{name}»؛} two {تعذّرت قراءة ملفين لأعضاء آخرين في «{name}»؛} few {تعذّرت قراءة # ملفات لأعضاء آخرين في «{name}»؛} many {تعذّرت قراءة # ملفًا لأعضاء آخرين في «{name}»؛} other {تعذّرت قراءة # ملف لأعضاء آخرين في «{name}»؛}} تُعرض آخر نسخة سليمة. انظر «الحلقات الدراسية…» لمعرفة أيها ولماذا.',

  'file.outOfMemory': 'احتاجت قراءته إلى أكثر من {mb, number} ميغابايت من الذاكرة؛ فأُوقفت.',
  'file.readFailed': 'فشلت قراءته ({reason}).',
  'file.readStopped': 'توقفت قراءته على نحو غير متوقع.',
  'file.tooSlow': 'استغرقت قراءته أكثر من {seconds, number} ث؛ فأُوقفت.',
  'app.closing': 'التطبيق يُغلق.',

  'addFiles.pageNoLanguage':
    'لا تذكر الصفحة لغتها (لا {path} في عنوانها ولا سمة lang)؛ سمِّ الملف {example}.',
  'addFiles.noArticleText': 'لم يُعثر فيه على نص مقال.',
  'addFiles.noTitle': 'ليس للصفحة عنوان.',
  'addFiles.markdownNoLanguage': 'لا يذكر الملف لغته؛ أضف «{field}» إلى ترويسته (front matter).',
  'addFiles.noText': 'لا يحوي الملف أي نص.',
  'addFiles.epubTooLarge': 'يتجاوز الكتاب بعد فك ضغطه {mb, number} ميغابايت.',
  'addFiles.epubEmpty': 'الملف ليس EPUB مقروءًا (لا ملفات فيه).',
  'addFiles.epubUnreadable': 'الملف ليس EPUB مقروءًا ({reason}).',
  'addFiles.epubMissing': 'الكتاب ينقصه {path}.',
  'addFiles.epubNoPackage': 'لا يذكر الكتاب مستند الحزمة الخاص به.',
  'addFiles.epubBadPackage': 'تعذّرت قراءة مستند حزمة الكتاب.',
  'addFiles.epubNoLanguage': 'لا يذكر الكتاب لغته.',
  'addFiles.epubNoText': 'لا يحوي الكتاب أي نص.',
  'addFiles.titleMade': 'لا يوجد سطر عنوان: صُنع العنوان من اسم الملف أو من الكلمات الأولى.',
  'addFiles.kindUnknown':
    '{ext} ليس من أنواع الملفات التي يستوردها Scholion (نص أو HTML أو Markdown أو EPUB).',
  'addFiles.noExtension':
    'الملف الذي لا امتداد له ليس من الأنواع التي يستوردها Scholion (نص أو HTML أو Markdown أو EPUB).',
  'addFiles.fileTooLarge': 'الملف أكبر من {mb, number} ميغابايت.',
  'addFiles.binary': 'الملف ليس نصًا (يحوي بيانات ثنائية).',
  'addFiles.languageUnknown': 'تعذّرت معرفة لغة النص؛ سمِّ الملف {example}.',
  'addFiles.nameNoLanguage': 'لا يذكر اسم الملف اللغة (سمّه {example}).',
  'addFiles.longTitle': 'طول العنوان {count, number} حرفًا؛ ربما أُخذت فقرة على أنها العنوان.',
  'addFiles.titleIsBox': 'العنوان هو رأس مربع «صفحات الويب القديمة» في الموقع.',
  'addFiles.opensWithBox': 'يبدأ النص بجملة مربع «صفحات الويب القديمة» في الموقع.',
  'addFiles.dateMissing': 'لم يُعثر على تاريخ.',
  'addFiles.languageGuessed': 'خُمّنت اللغة ({lang}) من النص؛ اسم الملف لا يذكرها.',
  'addFiles.alreadyHere': 'إنه في المكتبة من قبل، باسم «{title}».',
  'addFiles.sameText': 'النص نفسه موجود في ملفاتك من قبل.',
  'addFiles.notInLibrary': 'ليس في المكتبة.',

  'api.noMethod': 'لا توجد طريقة «{method}».',
  'api.invalidInput': 'الطلب غير صالح: {detail}',
  'api.failed': 'حدث خطأ في {method}: {reason}',
  'api.forbiddenPage': 'لا يحق لهذه الصفحة استدعاء واجهة Scholion البرمجية.',
  'api.postOnly': 'تُستدعى الواجهة البرمجية بطريقة POST.',
  'api.otherOrigin': 'تُرفض الطلبات الواردة من مصادر أخرى.',
  'api.badToken': 'الرمز مفقود أو خاطئ؛ استخدم العنوان الذي طبعه الخادم.',
  'api.badMethodName': 'اسم الطريقة في العنوان غير صالح.',
  'api.bodyTooLarge': 'متن الطلب كبير جدًا.',
  'api.bodyNotJson': 'متن الطلب ليس JSON صالحًا.',
  'api.bodyTooDeep': 'في متن الطلب مستويات تداخل كثيرة جدًا.',
  'api.serverFailed': 'فشل الخادم: {reason}',
  'group.leaveFailed': 'تعذّرت مغادرة الحلقة: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, zero {لا مقالات تالفة: {names}.} one {مقال واحد تالف في الأرشيف وأُهمل: {names}.} two {مقالان تالفان في الأرشيف وأُهملا: {names}.} few {# مقالات تالفة في الأرشيف وأُهملت: {names}.} many {# مقالًا تالفًا في الأرشيف وأُهملت: {names}.} other {# مقال تالف في الأرشيف وأُهملت: {names}.}}',
  'notice.archiveNoManifest': 'ليس للأرشيف في {folder} بيان مقروء؛ لا يمكن التحقق من ملفاته.',
  'notice.archiveCatalogChanged':
    'فهرس الأرشيف في {folder} لا يطابق بيانه؛ لقد عُدّل بعد بناء الأرشيف.',
  'notice.archiveMissing': 'لم يُعثر على أرشيف في {folder}.',
  'notice.archiveNewer':
    '{which, select, own {مكتبة ملفاتك} other {الأرشيف}} في {folder} يحتاج إلى إصدار أحدث من Scholion.',
  'notice.archiveDamaged':
    'فهرس {which, select, own {مكتبة ملفاتك} other {الأرشيف}} في {folder} تالف وتتعذّر قراءته ({reason}).',
  'notice.archiveDuplicate': 'يذكر الأرشيف المقال «{id}» مرتين؛ يُتجاهل المدخل الثاني.',

  'store.settings': 'الإعدادات',
  'store.readingPositions': 'مواضع القراءة',
  'store.visits': 'سجل الزيارات',
  'store.syncSources': 'مصادر المزامنة',
  'store.groups': 'قائمة الحلقات الدراسية',
  'store.groupShare': 'الحلقة الدراسية',
  'store.windowState': 'حالة النافذة',
  'store.notJson': 'ليس JSON صالحًا: {reason}',
  'store.noVersion': 'رقم إصداره مفقود',
  'store.noMigration': 'لا يوجد ترحيل من الإصدار {version, number}',
  'store.unexpected': 'محتوى غير متوقع: {reason}',
  'notice.storeMissing': 'كان ملف «{store}» مفقودًا؛ استُعيدت آخر نسخة سليمة.',
  'notice.storeNewer':
    'كتب ملفَ «{store}» إصدارٌ أحدث من Scholion (الصيغة {format, number})؛ تُرك دون مساس، ولن تُحفظ التغييرات حتى تحدّث البرنامج.',
  'notice.storeRestored':
    'كان ملف «{store}» تالفًا ({reason})؛ استُعيدت آخر نسخة سليمة. حُفظ الملف التالف باسم {file}.',
  'notice.storeReset':
    'كان ملف «{store}» تالفًا ({reason}) ولم توجد نسخة سليمة؛ البدء من الإعدادات الافتراضية. حُفظ الملف التالف باسم {file}.',
  'notice.storeReadOnly': 'ملف «{store}» للقراءة فقط (صيغته أحدث).',

  'search.noArchive': 'لا يوجد أرشيف',
  'search.opening': 'الفهرس قيد الفتح',
  'search.noIndex': 'ليس للأرشيف فهرس بحث',
  'search.indexDamaged': '{file} تالف',
  'search.indexFormat': 'الفهرس من الصيغة {found, number} لا {wanted, number}',
  'search.indexOther': 'بُني الفهرس لإصدار آخر من الأرشيف',
  'search.annotationsUnread': 'تعذّرت قراءة التعليقات: {reason}',
  'notice.searchRebuilding': 'يُعاد بناء فهرس البحث ({reason}).',

  'sync.sameId': 'لمصدرين المعرّف نفسه «{id}».',
  'sync.badPattern': 'نمط «{name}» ليس تعبيرًا نمطيًا.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'تعذّر حفظ المصادر: {reason}',
  'sync.runFailed': 'تعذّر إكمال المزامنة: {reason}',
  'sync.tooLarge': 'الصفحة أكبر من {kb, number} كيلوبايت',
  'sync.badAddress': 'ليس عنوانًا صالحًا',
  'sync.httpOnly': 'لا تُجلب إلا عناوين http وhttps',
  'sync.noAnswer': 'لا جواب خلال {seconds, number} ث',
  'sync.unreachable': 'تعذّر الوصول إلى الموقع ({reason})',
  'sync.redirectNowhere': 'إعادة توجيه ({status, number}) إلى لا مكان',
  'sync.tooManyRedirects': 'أكثر من {max, number} من إعادات التوجيه',
  'sync.redirectScheme': 'لا تُتبع إعادة التوجيه إلى {scheme}',
  'sync.slowDown': 'طلب الموقع الإبطاء (429)',
  'sync.unavailable': 'الموقع غير متاح (503)',
  'sync.answered': 'أجاب الموقع {status}',
  'sync.backingOff':
    '{count, plural, zero {لم يفشل من قبل} one {فشل مرة من قبل} two {فشل مرتين من قبل} few {فشل # مرات من قبل} many {فشل # مرة من قبل} other {فشل # مرة من قبل}} ({reason})؛ سيُطلب مجددًا بعد {when, date, medium} {when, time, short}',
  'sync.feedUnreadable': 'تعذّرت قراءة الموجز ({reason}).',
  'sync.sitemapUnreadable': 'تعذّرت قراءة خريطة الموقع ({reason}).',
  'sync.feedMalformed': 'الموجز ليس XML سليم البنية (السطر {line, number}: {reason}).',
  'sync.notListing': 'هذا ليس موجزًا ولا خريطة موقع ولا صفحة روابط.',
  'folder.notFullPath':
    '«{typed}» ليس مسارًا كاملًا. اكتب المسار الكامل للمجلد، مثل {example} أو {short}.',

  'store.annotationsFile': 'تعليقات «{id}»',
  'store.groupCopy': 'نسخة الحلقة الدراسية «{name}»',
  'archive.duplicateId': 'لملف آخر معرّف المقال نفسه ({id})',

  'cli.usage': `الاستخدام: scholion أمر [خيارات]

الأوامر:
  serve           يشغّل التطبيق وواجهته البرمجية على 127.0.0.1
                    --port N        المنفذ (الافتراضي: منفذ حر)
                    --data-dir DIR  مجلد بيانات المستخدم (الافتراضي: SCHOLION_DATA_DIR أو مجلد بيانات النظام)
                    --archive DIR   مجلد الأرشيف (الافتراضي: الأرشيف المرفق)
                    --release-keys DIR  مفاتيح الإصدار الموثوقة (الافتراضي: المرفقة بالتطبيق)
                    --no-auto-sync  دون مزامنة عند البدء وفي مواعيد المصادر
  archive:build   يبني مجلد أرشيف من مقالات محفوظة
                    --from DIR      مجلد مصدر (يمكن تكراره؛ الافتراضي: archive-src)
                    --out DIR       مجلد الإخراج (الافتراضي: resources/archive)
                    --report FILE   يكتب أيضًا تقرير الاستيراد (كل مقال) بصيغة JSON
                    --name NAME     اسم الأرشيف الذي تحمله حزم تحديثه (الافتراضي kke-inter)
                    --release TIME  وقت إصدار النسخة (الافتراضي: تاريخ أحدث مقال)
  archive:crawl   يحفظ مقالات موقع في مجلد مصدر لـ archive:build
                    --site URL      الموقع (الافتراضي https://inter.kke.gr)
                    --langs en,el   اللغات (الافتراضي: كل لغات الموقع)
                    --out DIR       مجلد المصدر (الافتراضي archive-src/crawl)؛ سجلّه يتيح متابعة زحف متوقف
                    --since DATE    يستبعد المقالات قبل YYYY-MM-DD
                    --max N         يحفظ N مقالًا على الأكثر في هذا التشغيل
                    --seed PATH     خلاصة أو خريطة موقع أو قائمة أخرى ('{lang}': اللغة؛ قابل للتكرار)
  archive:keygen  ينشئ زوج مفاتيح إصدار (--out DIR)
  archive:sign    يوقّع أرشيفًا مبنيًا (--key FILE, --archive DIR)
  archive:verify  يتحقق من توقيع الأرشيف وملفاته (--archive DIR, --release-keys DIR)
  archive:delta   ينشئ حزمة تحديث: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  يطبّق حزمة تحديث على الأرشيف الذي يقرؤه التطبيق
                    --dry-run       يقول فقط ما سيضيفه ويغيّره ويحذفه
                    --data-dir DIR, --archive DIR, --release-keys DIR  كما في serve
  export          يصدّر التعليقات
                    --format md|csv|jsonld (الافتراضي md)
                    --out DIR       المجلد الذي يُكتب فيه (تُحدَّث الملفات في مكانها)
                    --tag T         التعليقات ذات هذا الوسم فقط
                    --article ID    تعليقات هذا المقال فقط
                    --template FILE قالب Mustache لـ Markdown
                    --combined      Markdown: ملف واحد لكل المقالات
                    --flavour markdown|obsidian|logseq (الافتراضي markdown)
                    --colours none|mark|property  التظليلات بصيغة ==نص== أو خاصية color::
                    --data-dir DIR, --archive DIR  كما في serve
  import FILE     يستورد W3C Web Annotations (JSON-LD) أو تصديرًا من Hypothesis
                    --dry-run       يقول فقط ما الذي سيتغير
                    --data-dir DIR, --archive DIR  كما في serve
  sync            يبحث عن مقالات جديدة في المصادر المفعّلة ويضيفها إلى مكتبتك
                    --source ID     هذا المصدر فقط (يمكن تكراره)
                    --list          يسرد المصادر وهل كل منها مفعّل
                    --full          يطلب كل شيء من جديد دون شروط
                    --data-dir DIR, --archive DIR  كما في serve
  search QUERY    يبحث في المقالات (ومع --notes في تعليقاتك)، كما يفعل التطبيق
                    --limit N       كم مقالًا (الافتراضي 10)
                    --notes         والتعليقات أيضًا
                    --json          الإجابة كاملة بصيغة JSON، للسكربتات
                    --data-dir DIR, --archive DIR  كما في serve
  help            يعرض هذا النص

تتبع الرسائل لغة الطرفية (LC_ALL وLC_MESSAGES وLANG).`,
  'cli.unknownCommand': 'أمر غير معروف «{command}».',
  'cli.badArguments': 'الخيارات غير صحيحة: {detail}. انظر scholion help.',
  'cli.badPort': 'يجب أن يكون --port بين 0 و65535، لا {port}.',
  'cli.notOneOf': 'يجب أن يكون {option} واحدًا من {allowed}، لا {value}.',
  'cli.outRequired': '{option} مطلوب (مجلد).',
  'cli.importWhat': 'حدّد الملف المراد استيراده: {usage}',
  'cli.importing': 'الاستيراد',
  'cli.indexing': 'الفهرسة',
  'cli.exporting': 'التصدير',
  'cli.syncing': 'مزامنة المصادر',
  'cli.fullReport': 'التقرير الكامل في {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (مخمّنة)',
  'cli.noDate': 'بلا تاريخ',
  'cli.section': 'القسم: {section}',
  'cli.moreWarned':
    '{count, plural, zero {…} one {… ومقال آخر فيه تحذيرات} two {… ومقالان آخران فيهما تحذيرات} few {… و# مقالات أخرى فيها تحذيرات} many {… و# مقالًا آخر فيها تحذيرات} other {… و# مقال آخر فيها تحذيرات}}',
  'cli.skipped': 'تُخطّي {name}: {reason}',
  'cli.moreSkipped':
    '{count, plural, zero {…} one {… وتُخطّي واحد آخر} two {… وتُخطّي اثنان آخران} few {… وتُخطّيت # أخرى} many {… وتُخطّي # آخر} other {… وتُخطّي # آخر}}',
  'cli.archiveWritten':
    'كُتب الأرشيف في {folder}: استُورد {imported, number} (منها {warned, number} بتحذيرات)، وتُخطّي {skipped, number}.',
  'cli.tagChanged': 'كُتب الوسم «{from}» بصيغة #{to}',
  'cli.exported':
    'صُدّر إلى {folder}: كُتب {written, number}، و{unchanged, number} محدّث من قبل، وتُخطّي {skipped, number}.',
  'cli.imported':
    '{dryRun, select, yes {سيُستورد} other {استُورد}} {file} ({format}): أُضيف {added, number}، وحُدّث {updated, number}، وحُذف {deleted, number}، و{unchanged, number} دون تغيير، وتُخطّي {skipped, number}.',
  'cli.noSourceOn': 'لا مصدر مفعّل: فعّل مصدرًا في التطبيق أو سمِّ واحدًا بـ {option}.',
  'cli.sourceUnread': '{name}: تعذّرت قراءته ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} جديد، {updated, plural, =0 {} zero {} one {وحُدّث واحد، } two {وحُدّث اثنان، } few {وحُدّث #، } many {وحُدّث #، } other {وحُدّث #، }}{known, number} موجود من قبل، فشل {failed, number}{unchanged, select, yes { (لم يتغير منذ آخر مزامنة)} other {}}',
  'cli.newVersion': '{title} ({id}): نسخة جديدة؛ السابقة محفوظة',
  'cli.alsoNamedBy': '(يذكره أيضًا {names})',
  'cli.unknownSource': 'لا مصدر بالمعرّف {ids}؛ انظر {command}.',
  'cli.syncAdded':
    '{count, plural, zero {لم تضف المزامنة أي مقال.} one {أضافت المزامنة مقالًا جديدًا.} two {أضافت المزامنة مقالين جديدين.} few {أضافت المزامنة # مقالات جديدة.} many {أضافت المزامنة # مقالًا جديدًا.} other {أضافت المزامنة # مقال جديد.}}',
  'cli.serving': 'يقدّم Scholion الأرشيف {archive} والبيانات في {data}',
  'cli.open': 'افتح {url}',

  'file.openFailed': 'تعذّرت قراءة {name}: {reason}',

  'addFiles.ownCatalogDamaged':
    'فهرس ملفاتك في {folder} تالف ({reason})؛ لم يُضف شيء، كي لا يضيع منه شيء.',
  'pictures.tooLarge': 'الصورة أكبر من {kb, number} كيلوبايت',
  'pictures.svg': 'لا تُحفظ صور SVG (قد تحمل نصوصًا برمجية)',
  'pictures.isPage': 'إنها صفحة ويب وليست صورة',
  'pictures.notPicture': 'ليست صورة JPEG أو PNG أو WebP أو GIF أو AVIF',
  'pictures.damaged': 'الصورة تالفة',
  'pictures.tooManyPixels': 'الصورة كبيرة جدًا ({width, number} × {height, number} بكسل)',
  'pictures.tooMany': 'عدد الصور في الصفحة: {count, number}. تُحفظ الأولى فقط وعددها {max, number}.',
  'pictures.notKept': 'لم تُحفظ صورة ({address}): {reason}',
  'pictures.notBeside': 'الصورة ليست في مجلد الصفحة',
  'pictures.isLink': 'الصورة رابط، ولا تُتّبع الروابط',
  'archive.packUnreadable': 'هذا الملف ليس تحديثًا لأرشيف Scholion، أو أنه تالف ({reason}).',
  'archive.packUnsigned':
    'تحديث الأرشيف هذا غير موقَّع. لا يمكن تطبيق إلا التحديثات الموقَّعة من ناشري الأرشيف.',
  'archive.packUnknownKey': 'هذا التحديث موقَّع بمفتاح لا يعرفه التطبيق ({keyId}). لم يُطبَّق.',
  'archive.packBadSignature': 'عُدِّل هذا التحديث بعد توقيعه: توقيعه لا يطابق قائمة ملفاته.',
  'archive.packBadManifest': 'قائمة ملفات هذا التحديث مشوَّهة.',
  'archive.packOtherArchive': 'هذا التحديث لأرشيف آخر («{archive}»)، لا لـ«{current}».',
  'archive.packNotNewer':
    'هذا التحديث (إصدار {release}) ليس أحدث من الأرشيف المستخدم (إصدار {current}).',
  'archive.packOtherBase':
    'صُنع هذا التحديث لإصدار آخر من الأرشيف (إصدار {release})؛ ينقص الأرشيفَ المستخدم {path}. طبِّق التحديثات التي بينهما أولًا.',
  'archive.packAltered': 'عُدِّل ملف في هذا التحديث بعد توقيعه ({path}). لم يتغيّر شيء.',
  'archive.packTooLarge': 'هذا التحديث كبير جدًا (أكثر من {mb} ميغابايت).',
  'notice.archiveSignature':
    'لم يجتز الأرشيف فحص التوقيع: {problem, select, unsigned {إنه غير موقَّع} key {إنه موقَّع بمفتاح لا يعرفه التطبيق} signature {عُدِّل بعد توقيعه} missing {ينقصه ملف مدرج في قائمته ({path})} altered {عُدِّل ملف بعد التوقيع ({path})} other {توقيعه أو قائمة ملفاته مشوَّهة}}. لا تزال مقالاته قابلة للقراءة.',
  'archive.applyFailed': 'تعذّر تطبيق تحديث الأرشيف: {reason}. الأرشيف المستخدم لم يتغيّر.',
  'archive.packGone': 'لم يعد تحديث الأرشيف هذا موجودًا: اختر الملف مرة أخرى.',
  'archive.checkFailed': 'تعذّر البحث عن تحديث للأرشيف: {reason}',
  'cli.applied': 'الأرشيف المستخدم الآن هو {archive}.',
  'cli.applyWhat': 'حدّد حزمة التحديث: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': 'يجب أن يكون {option} عددًا صحيحًا أكبر من 0، لا {value}.',
  'cli.badDate': 'يجب أن يكون {option} تاريخًا (YYYY-MM-DD)، لا {value}.',
  'cli.badName': 'يجب أن يتكون {option} من أحرف صغيرة وأرقام وشرطات، لا {value}.',
  'cli.crawlDone':
    'حُفظت مقالات: {saved}، في {out} (وُجد: {found}؛ محفوظ سابقًا: {already}؛ مستبعد: {leftOut}؛ يمنعه robots.txt: {forbidden}؛ فشل: {failed}).',
  'cli.crawlFinding': 'البحث عن المقالات',
  'cli.crawlSaving': 'حفظ المقالات',
  'cli.deltaDone': 'كُتب {file} ({size}): أُضيف {added}، تغيّر {changed}، حُذف {removed}.',
  'cli.deltaWhat':
    'حدّد الأرشيفين والحزمة: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} موجود مسبقًا: لا يُستبدل مفتاح الإصدار أبدًا.',
  'cli.keyRequired': '{option} مطلوب (ملف مفتاح خاص أنشأه archive:keygen).',
  'cli.keygenDone':
    'المفتاح {keyId}: المفتاح الخاص في {private} (احفظه سرًّا وبعيدًا عن المجلدات المشتركة)؛ والعام في {public} (ضعه في resources/release-keys/).',
  'cli.packPreview':
    'تحديث {archive}، إصدار {release}، موقَّع بـ {keyId}: يُضاف {added}، يتغيّر {changed}، يُحذف {removed}.',
  'cli.signed': 'وُقّع {archive} بالمفتاح {keyId}.',
  'cli.verified': '{archive}: موقَّع بالمفتاح {keyId}؛ كل الملفات ({files}) كما في القائمة.',
  'notice.archiveUpdateAvailable':
    'يتوفر أرشيف أحدث (إصدار {release}): مقالات جديدة: {added}، معدَّلة: {changed}. فُحص وهو جاهز: طبّقه من «حول Scholion» ← «تحديث…».',
  'cli.searchFound': 'المقالات الموجودة: {total}',
  'cli.searchCorrected': '«{word}» غير موجودة في الأرشيف؛ بُحث عن: {similar}',
  'cli.searchNotes': 'الملاحظات الموجودة: {total}',
  'cli.searchWhat': 'حدّد كلمات البحث: scholion search QUERY',
  'store.savedSearches': 'عمليات البحث المحفوظة',
  'savedSearch.gone': 'لم يعد هذا البحث المحفوظ موجودًا.',
  'savedSearch.tooMany': 'يمكن حفظ {max} عملية بحث على الأكثر.',
  'savedSearch.empty': 'لا يحتوي هذا البحث على كلمات أو مرشّحات.',
  'notify.savedSearch':
    '«{name}»: {count, plural, zero {لا مقالات جديدة} one {مقال جديد واحد} two {مقالان جديدان} few {# مقالات جديدة} many {# مقالًا جديدًا} other {# مقال جديد}}',
  'settingsFile.notJson': 'هذا ليس ملف إعدادات: ليس بصيغة JSON.',
  'settingsFile.notSettings': 'هذا ليس ملف إعدادات Scholion.',
  'settingsFile.newer':
    'ملف الإعدادات هذا من الإصدار {version}؛ ونسخة Scholion هذه تقرأ حتى الإصدار {known}. حدّث Scholion لاستيراده.',
}
