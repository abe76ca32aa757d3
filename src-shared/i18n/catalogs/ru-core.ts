// Сообщения ядра на русском: ошибки и отчёты основного процесса и командной строки
// (термины см. в docs/i18n.md).
import type { CoreCatalog } from './en'

export const ruCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'диск заполнен ({code})',
  'reason.noPermission': 'нет доступа ({code})',
  'reason.readOnly': 'диск доступен только для чтения ({code})',
  'reason.missing': 'его нет ({code})',
  'reason.isFolder': 'это папка ({code})',
  'reason.tooManyFiles': 'открыто слишком много файлов ({code})',
  'reason.busy': 'он занят ({code})',
  'reason.ioError': 'не удалось прочитать диск или записать на него ({code})',

  'library.noArchive': 'Не удалось открыть архив; причина — в уведомлении.',
  'library.archiveUnopened': 'Не удалось открыть архив.',
  'library.cannotAdd': 'Не удалось добавить файлы: {reason}',
  'library.versionGone': 'Эта прежняя версия статьи не сохранена.',
  'library.versionDamaged': 'Эта прежняя версия повреждена: {reason}',
  'library.noArticle': 'В библиотеке нет статьи «{id}».',
  'library.textDamaged': 'Текст «{title}» в архиве повреждён.',
  'library.badHash': 'Запись «{title}» в каталоге повреждена (неверный хеш).',
  'library.textMissing': 'Текста «{title}» нет в архиве.',
  'library.checksum': 'Текст «{title}» в архиве повреждён (не совпадает контрольная сумма).',
  'library.textUnreadable': 'Не удалось прочитать текст «{title}»: {reason}',
  'library.textUnshowable': 'Не удалось показать текст «{title}»: {reason}',

  'annotations.notInGroup': 'Делиться можно только с учебной группой, в которой вы состоите.',
  'annotations.saveFailed': 'Не удалось сохранить пометку: {reason}',
  'annotations.deleteFailed': 'Не удалось удалить пометку: {reason}',
  'annotations.outside': 'Выбранного фрагмента нет в тексте этой статьи.',
  'annotations.empty': 'Выберите несколько слов, чтобы выделить их.',
  'annotations.gone': 'Этой пометки больше нет.',

  'app.noFolderPicker':
    'Введите путь к папке: страница в браузере не может открыть окно выбора папки.',
  'app.openFolderYourself': 'Откройте эту папку в файловом менеджере: {folder}',
  'app.folderUnopened': 'Не удалось открыть папку: {reason}',
  'settings.saveFailed': 'Не удалось сохранить настройки: {reason}',
  'reading.saveFailed': 'Не удалось сохранить место чтения: {reason}',

  'export.templateUnusable': 'Этот шаблон нельзя использовать: {reason}',
  'export.templateUnreadable': 'Не удалось прочитать шаблон: {reason}',
  'export.notOurs':
    'файл с таким именем уже есть, но без строки-метки Scholion, поэтому он оставлен как есть',
  'export.writeFailed': 'Не удалось записать экспорт в {folder}: {reason}',
  'export.nothingToCopy': 'Нет заметок для копирования.',
  'import.unreadable': 'Не удалось прочитать файл: {reason}',
  'import.saveFailed': 'Не удалось сохранить импорт: {reason}',

  'import.noId': 'у неё нет идентификатора',
  'import.noQuote': 'она не отмечает фрагмент текста (нет TextQuoteSelector)',
  'import.pageNote': 'она не отмечает фрагмент текста (заметка ко всей странице)',
  'import.noTime': 'у неё нет верного времени создания',
  'import.notObject': 'это не объект',
  'import.tooLarge': 'Файл слишком большой для импорта (больше {mb, number} МБ).',
  'import.notJson': 'Файл не является корректным JSON ({reason}).',
  'import.tooDeep': 'Не удалось прочитать файл: в нём больше {depth, number} уровней вложенности.',
  'import.notAnnotations':
    'В файле нет пометок, которые читает Scholion: ожидались W3C Web Annotations (AnnotationCollection, страница или список) или экспорт Hypothesis.',
  'import.tooMany': 'В файле слишком много пометок (больше {max, number}).',
  'import.noArticle': 'её статьи нет в библиотеке ({source})',
  'import.noSource': 'её статьи нет в библиотеке (статья не указана)',
  'import.deletedHere': 'она была удалена здесь после последнего изменения',
  'import.invalid': 'это неверная пометка ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {# сохранённое изменение в журнале пометок не удалось прочитать, и оно пропущено.} few {# сохранённых изменения в журнале пометок не удалось прочитать, и они пропущены.} many {# сохранённых изменений в журнале пометок не удалось прочитать, и они пропущены.} other {# сохранённого изменения в журнале пометок не удалось прочитать, и они пропущены.}}',
  'notice.batchCompleted': 'Прерванный импорт завершён.',
  'notice.annotationsUnwritten':
    '{count, plural, one {Не удалось записать файл пометок # статьи.} few {Не удалось записать файлы пометок # статей.} many {Не удалось записать файлы пометок # статей.} other {Не удалось записать файлы пометок # статьи.}} Ваши пометки в сохранности в журнале сохранений и будут записаны, как только это станет возможно; проверьте место на диске и права доступа к папке данных.',
  'notice.archiveUnverified': 'Не удалось проверить архив: {reason}',

  'file.isLink': 'это ссылка (ссылкам в папке группы Scholion не следует)',
  'file.isFifo': 'это именованный канал (FIFO), а не файл',
  'file.isSocket': 'это сокет, а не файл',
  'file.isDevice': 'это устройство, а не файл',
  'file.isFolder': 'это папка, а не файл',
  'file.notRegular': 'это не обычный файл',
  'file.slow': 'чтение заняло больше {seconds, number} с',
  'file.tooLarge': 'он слишком большой (больше {mb, number} МБ)',
  'file.unreadable': 'его не удалось прочитать ({code})',
  'file.partNotFolder': '{path} — ссылка или файл, а не папка',
  'file.leadsOutside': '{path} ведёт за пределы папки группы',

  'group.damaged': 'он неполон или повреждён ({reason})',
  'group.tooDeep': 'в нём больше {depth, number} уровней вложенности',
  'group.notGroupFile': 'это не файл группы Scholion',
  'group.noFormat': 'у него нет номера формата',
  'group.newer':
    'он записан более новой версией Scholion (формат {format}); обновите программу, чтобы прочитать его',
  'group.noManifest': 'он не описывает группу (нет идентификатора, названия или времени создания)',
  'group.someoneElse': 'он описывает другого человека',
  'group.noOwner': 'в нём не сказано, чей он и к какой статье относится',
  'group.replyNoTarget': 'ответ без идентификатора или без пометки, на которую он отвечает',
  'group.replyReserved': 'ответ с зарезервированным идентификатором',
  'group.replyText': 'ответ без текста или со слишком длинным текстом',
  'group.replyTime': 'ответ без верного времени создания',
  'group.itemNotObject': 'элемент, который не является объектом',
  'group.replyOfOther': 'ответ другого участника',
  'group.annotationOfOther': 'пометка другого участника',
  'group.invalidAnnotation': 'неверная пометка ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {Пропущен # элемент: {first}} few {Пропущено # элемента; первый: {first}} many {Пропущено # элементов; первый: {first}} other {Пропущено # элемента; первый: {first}}}',
  'group.replyUnsaved': 'Не удалось сохранить ваш ответ: {reason}',
  'group.ownFolderUnsafe': 'Не удалось записать вашу папку в группе: {reason}.',
  'group.notHere': 'Этой учебной группы нет на этом компьютере.',
  'group.left': 'Вы вышли из этой группы; её копия доступна только для чтения.',
  'group.needIdentity': 'Сначала выберите имя и цвет, которые увидит группа.',
  'group.noFolder': 'Папки {folder} нет.',
  'group.folderHasGroup': 'В этой папке уже есть группа «{name}»: вступите в неё.',
  'group.folderHasBadGroup':
    'В этой папке есть файл группы, который не удалось прочитать ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {Папка {folder} не пуста (в ней # элемент: «{name}»).} few {Папка {folder} не пуста (в ней # файла или папки).} many {Папка {folder} не пуста (в ней # файлов или папок).} other {Папка {folder} не пуста (в ней # файла или папки).}} Новой группе нужна своя пустая папка; чтобы вступить в группу, выберите папку, которой она делится.',
  'group.createFailed': 'Не удалось создать группу: {reason}',
  'group.joinFailed': 'Не удалось вступить в группу: {reason}',
  'group.noGroupThere':
    'В {folder} нет группы (нет {file}). Выберите папку, которой делится группа, или создайте там группу.',
  'group.manifestUnreadable': 'Не удалось прочитать файл группы в {folder}: {reason}.',
  'group.unreadable': 'Не удалось прочитать группу в этой папке: {reason}.',
  'group.alreadyIn': 'Вы уже состоите в группе «{name}».',
  'group.notShared': 'Эта пометка не открыта для этой группы.',
  'group.replyGone': 'Этот ответ не ваш или его больше нет.',
  'group.replyDeleteFailed': 'Не удалось удалить ответ: {reason}',
  'pack.tooLarge': 'Файл слишком большой (больше {mb, number} МБ).',
  'pack.incomplete': 'Файл не является полным пакетом группы ({reason}).',
  'pack.tooDeep': 'Не удалось прочитать пакет: в нём больше {depth, number} уровней вложенности.',
  'pack.notPack': 'Файл не является пакетом группы Scholion (в нём не указана группа).',
  'pack.newer':
    'Пакет создан более новой версией Scholion (формат {format}); обновите Scholion, чтобы открыть его.',
  'pack.badGroup': 'Не удалось прочитать группу пакета: {reason}.',
  'pack.badMemberId': 'участник с идентификатором, который Scholion не принимает ({id})',
  'pack.badMember': 'участник: {reason}',
  'pack.itemUnowned': 'элемент без автора или статьи',
  'pack.itemBadIds':
    'элемент с идентификатором автора или статьи, который Scholion не принимает ({id})',
  'pack.unreadable': 'Не удалось прочитать пакет: {reason}',
  'pack.leftGroup': 'Вы вышли из группы «{name}»; вступите снова, чтобы принимать её пакеты.',
  'pack.importFailed': 'Не удалось импортировать пакет: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {# файл других участников группы «{name}» не удалось прочитать;} few {# файла других участников группы «{name}» не удалось прочитать;} many {# файлов других участников группы «{name}» не удалось прочитать;} other {# файла других участников группы «{name}» не удалось прочитать;}} показана последняя исправная копия. Какие и почему — в разделе «Учебные группы…».',

  'file.outOfMemory': 'Для чтения потребовалось больше {mb, number} МБ памяти; оно остановлено.',
  'file.readFailed': 'Не удалось прочитать ({reason}).',
  'file.readStopped': 'Чтение неожиданно прервалось.',
  'file.tooSlow': 'Чтение заняло больше {seconds, number} с; оно остановлено.',
  'app.closing': 'Приложение закрывается.',

  'addFiles.pageNoLanguage':
    'Страница не указывает свой язык (нет {path} в адресе, нет атрибута lang); назовите файл {example}.',
  'addFiles.noArticleText': 'В нём не найден текст статьи.',
  'addFiles.noTitle': 'У страницы нет заголовка.',
  'addFiles.markdownNoLanguage':
    'Файл не указывает свой язык; добавьте «{field}» в его заголовочный блок (front matter).',
  'addFiles.noText': 'В файле нет текста.',
  'addFiles.epubTooLarge': 'В распакованном виде книга больше {mb, number} МБ.',
  'addFiles.epubEmpty': 'Файл не является читаемым EPUB (в нём нет файлов).',
  'addFiles.epubUnreadable': 'Файл не является читаемым EPUB ({reason}).',
  'addFiles.epubMissing': 'В книге нет {path}.',
  'addFiles.epubNoPackage': 'Книга не указывает свой документ пакета.',
  'addFiles.epubBadPackage': 'Не удалось прочитать документ пакета книги.',
  'addFiles.epubNoLanguage': 'Книга не указывает свой язык.',
  'addFiles.epubNoText': 'В книге нет текста.',
  'addFiles.titleMade': 'Нет строки заголовка: заголовок составлен из имени файла или первых слов.',
  'addFiles.kindUnknown':
    '{ext} — не тот тип файлов, который импортирует Scholion (текст, HTML, Markdown или EPUB).',
  'addFiles.noExtension':
    'Файл без расширения — не тот тип, который импортирует Scholion (текст, HTML, Markdown или EPUB).',
  'addFiles.fileTooLarge': 'Файл больше {mb, number} МБ.',
  'addFiles.binary': 'Файл не текстовый (в нём двоичные данные).',
  'addFiles.languageUnknown': 'Не удалось определить язык текста; назовите файл {example}.',
  'addFiles.nameNoLanguage': 'Имя файла не указывает язык (назовите его {example}).',
  'addFiles.longTitle':
    'Длина заголовка — {count, number} символов; возможно, за заголовок принят абзац.',
  'addFiles.titleIsBox': 'Заголовок — это шапка блока сайта «старые веб-страницы».',
  'addFiles.opensWithBox': 'Текст начинается с фразы из блока сайта «старые веб-страницы».',
  'addFiles.dateMissing': 'Дата не найдена.',
  'addFiles.languageGuessed': 'Язык ({lang}) определён по тексту; имя файла его не указывает.',
  'addFiles.alreadyHere': 'Она уже есть в библиотеке как «{title}».',
  'addFiles.sameText': 'Тот же текст уже есть среди ваших файлов.',
  'addFiles.notInLibrary': 'Его нет в библиотеке.',

  'api.noMethod': 'Метода «{method}» нет.',
  'api.invalidInput': 'Запрос неверен: {detail}',
  'api.failed': 'Ошибка в {method}: {reason}',
  'api.forbiddenPage': 'Этой странице нельзя вызывать API Scholion.',
  'api.postOnly': 'Вызовы API выполняются методом POST.',
  'api.otherOrigin': 'Запросы с других источников отклоняются.',
  'api.badToken': 'Ключ отсутствует или неверен; используйте адрес, который вывел сервер.',
  'api.badMethodName': 'Имя метода в адресе неверно.',
  'api.bodyTooLarge': 'Тело запроса слишком большое.',
  'api.bodyNotJson': 'Тело запроса не является корректным JSON.',
  'api.bodyTooDeep': 'В теле запроса слишком много уровней вложенности.',
  'api.serverFailed': 'Ошибка сервера: {reason}',
  'group.leaveFailed': 'Не удалось выйти из группы: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {# статья в архиве повреждена и пропущена: {names}.} few {# статьи в архиве повреждены и пропущены: {names}.} many {# статей в архиве повреждены и пропущены: {names}.} other {# статьи в архиве повреждены и пропущены: {names}.}}',
  'notice.archiveNoManifest':
    'У архива в {folder} нет читаемого манифеста; его файлы нельзя проверить.',
  'notice.archiveCatalogChanged':
    'Каталог архива в {folder} не совпадает с манифестом; его изменили после сборки архива.',
  'notice.archiveMissing': 'В {folder} архив не найден.',
  'notice.archiveNewer':
    '{which, select, own {Библиотеке ваших файлов} other {Архиву}} в {folder} нужна более новая версия Scholion.',
  'notice.archiveDamaged':
    'Каталог {which, select, own {библиотеки ваших файлов} other {архива}} в {folder} повреждён и не читается ({reason}).',
  'notice.archiveDuplicate': 'В архиве статья «{id}» указана дважды; вторая запись не учитывается.',

  'store.settings': 'настройки',
  'store.readingPositions': 'места чтения',
  'store.visits': 'история посещений',
  'store.syncSources': 'источники синхронизации',
  'store.groups': 'список учебных групп',
  'store.groupShare': 'учебная группа',
  'store.windowState': 'состояние окна',
  'store.notJson': 'некорректный JSON: {reason}',
  'store.noVersion': 'нет номера версии',
  'store.noMigration': 'нет перехода с версии {version, number}',
  'store.unexpected': 'неожиданное содержимое: {reason}',
  'notice.storeMissing': 'Файл «{store}» отсутствовал; восстановлена последняя исправная копия.',
  'notice.storeNewer':
    'Файл «{store}» записан более новой версией Scholion (формат {format, number}); он оставлен нетронутым, и изменения не будут сохраняться, пока вы не обновите программу.',
  'notice.storeRestored':
    'Файл «{store}» был повреждён ({reason}); восстановлена последняя исправная копия. Повреждённый файл сохранён как {file}.',
  'notice.storeReset':
    'Файл «{store}» был повреждён ({reason}), и исправной копии не нашлось; начинаем с настроек по умолчанию. Повреждённый файл сохранён как {file}.',
  'notice.storeReadOnly': 'Файл «{store}» доступен только для чтения (он более нового формата).',

  'search.noArchive': 'архива нет',
  'search.opening': 'указатель открывается',
  'search.noIndex': 'у архива нет поискового указателя',
  'search.indexDamaged': '{file} повреждён',
  'search.indexFormat': 'указатель формата {found, number}, а не {wanted, number}',
  'search.indexOther': 'указатель построен для другой версии архива',
  'search.annotationsUnread': 'Не удалось прочитать пометки: {reason}',
  'notice.searchRebuilding': 'Поисковый указатель перестраивается ({reason}).',

  'sync.sameId': 'У двух источников одинаковый идентификатор «{id}».',
  'sync.badPattern': 'Шаблон источника «{name}» не является регулярным выражением.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'Не удалось сохранить источники: {reason}',
  'sync.runFailed': 'Синхронизацию не удалось завершить: {reason}',
  'sync.tooLarge': 'страница больше {kb, number} КБ',
  'sync.badAddress': 'это неверный адрес',
  'sync.httpOnly': 'загружаются только адреса http и https',
  'sync.noAnswer': 'нет ответа за {seconds, number} с',
  'sync.unreachable': 'сайт недоступен ({reason})',
  'sync.redirectNowhere': 'перенаправление ({status, number}) в никуда',
  'sync.tooManyRedirects': 'больше {max, number} перенаправлений',
  'sync.redirectScheme': 'перенаправлению на {scheme} Scholion не следует',
  'sync.slowDown': 'сайт попросил снизить частоту запросов (429)',
  'sync.unavailable': 'сайт недоступен (503)',
  'sync.answered': 'сайт ответил {status}',
  'sync.backingOff':
    '{count, plural, one {раньше не удалось # раз} few {раньше не удалось # раза} many {раньше не удалось # раз} other {раньше не удалось # раза}} ({reason}); следующий запрос — после {when, date, medium} {when, time, short}',
  'sync.feedUnreadable': 'Не удалось прочитать ленту ({reason}).',
  'sync.sitemapUnreadable': 'Не удалось прочитать карту сайта ({reason}).',
  'sync.feedMalformed': 'Лента — некорректный XML (строка {line, number}: {reason}).',
  'sync.notListing': 'Это не лента, не карта сайта и не страница со ссылками.',
  'folder.notFullPath':
    '«{typed}» — не полный путь. Укажите полный путь к папке, например {example} или {short}.',

  'store.annotationsFile': 'пометки к «{id}»',
  'store.groupCopy': 'копия учебной группы «{name}»',
  'archive.duplicateId': 'у другого файла такой же идентификатор статьи ({id})',

  'cli.usage': `Использование: scholion КОМАНДА [параметры]

Команды:
  serve           Запускает приложение и его API на 127.0.0.1
                    --port N        порт (по умолчанию — свободный)
                    --data-dir DIR  папка данных пользователя (по умолчанию SCHOLION_DATA_DIR или системная папка данных)
                    --archive DIR   папка архива (по умолчанию — встроенный архив)
                    --release-keys DIR  доверенные ключи выпуска (по умолчанию: встроенные)
                    --no-auto-sync  не синхронизировать при запуске и по расписанию источников
  archive:build   Собирает папку архива из сохранённых статей
                    --from DIR      исходная папка (можно повторять; по умолчанию archive-src)
                    --out DIR       папка вывода (по умолчанию resources/archive)
                    --report FILE   записать также отчёт об импорте (каждая статья) в JSON
                    --name NAME     имя архива, которое несут его пакеты обновлений (по умолчанию kke-inter)
                    --release TIME  когда выпущен выпуск (по умолчанию: дата самой новой статьи)
  archive:crawl   Сохранить статьи сайта в исходную папку для archive:build
                    --site URL      сайт (по умолчанию https://inter.kke.gr)
                    --langs en,el   языки (по умолчанию: все языки сайта)
                    --out DIR       исходная папка (по умолчанию archive-src/crawl); её журнал позволяет продолжить
                    --since DATE    пропустить статьи до YYYY-MM-DD
                    --max N         сохранить не больше N статей за этот запуск
                    --seed PATH     ещё одна лента, карта сайта или список ('{lang}': язык; можно повторять)
  archive:keygen  Создать пару ключей выпуска (--out DIR)
  archive:sign    Подписать собранный архив (--key FILE, --archive DIR)
  archive:verify  Проверить подпись и файлы архива (--archive DIR, --release-keys DIR)
  archive:delta   Создать пакет обновления: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Применить пакет обновления к архиву, который читает приложение
                    --dry-run       только сказать, что будет добавлено, изменено и удалено
                    --data-dir DIR, --archive DIR, --release-keys DIR  как для serve
  export          Экспортирует пометки
                    --format md|csv|jsonld (по умолчанию md)
                    --out DIR       папка для записи (файлы обновляются на месте)
                    --tag T         только пометки с этой меткой
                    --article ID    только пометки этой статьи
                    --template FILE шаблон Mustache для Markdown
                    --combined      Markdown: один файл на все статьи
                    --flavour markdown|obsidian|logseq (по умолчанию markdown)
                    --colours none|mark|property  выделения как ==текст== или как свойство color::
                    --data-dir DIR, --archive DIR  как для serve
  import FILE     Импортирует W3C Web Annotations (JSON-LD) или экспорт Hypothesis
                    --dry-run       только сказать, что изменится
                    --data-dir DIR, --archive DIR  как для serve
  sync            Ищет новые статьи во включённых источниках и добавляет их в вашу библиотеку
                    --source ID     только этот источник (можно повторять)
                    --list          показать источники и включён ли каждый
                    --full          запросить всё заново, без условий
                    --data-dir DIR, --archive DIR  как для serve
  search QUERY    Искать в статьях (а с --notes и в ваших заметках), как в приложении
                    --limit N       сколько статей (по умолчанию 10)
                    --notes         и заметки
                    --json          весь ответ в JSON, для скриптов
                    --data-dir DIR, --archive DIR  как для serve
  help            Показать этот текст

Сообщения выводятся на языке терминала (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Неизвестная команда «{command}».',
  'cli.badArguments': 'Неверные параметры: {detail}. См. scholion help.',
  'cli.badPort': '--port должен быть от 0 до 65535, а не {port}.',
  'cli.notOneOf': '{option} должен быть одним из: {allowed}, а не {value}.',
  'cli.outRequired': '{option} обязателен (папка).',
  'cli.importWhat': 'Укажите файл для импорта: {usage}',
  'cli.importing': 'Импорт',
  'cli.indexing': 'Индексация',
  'cli.exporting': 'Экспорт',
  'cli.syncing': 'Синхронизация источников',
  'cli.fullReport': 'Полный отчёт — в {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (определён по тексту)',
  'cli.noDate': 'без даты',
  'cli.section': 'раздел: {section}',
  'cli.moreWarned':
    '{count, plural, one {… и ещё # статья с предупреждениями} few {… и ещё # статьи с предупреждениями} many {… и ещё # статей с предупреждениями} other {… и ещё # статьи с предупреждениями}}',
  'cli.skipped': 'пропущен {name}: {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… и ещё # пропущен} few {… и ещё # пропущено} many {… и ещё # пропущено} other {… и ещё # пропущено}}',
  'cli.archiveWritten':
    'Архив записан в {folder}: импортировано {imported, number} (с предупреждениями — {warned, number}), пропущено {skipped, number}.',
  'cli.tagChanged': 'метка «{from}» записана как #{to}',
  'cli.exported':
    'Экспорт в {folder}: записано {written, number}, уже актуальных {unchanged, number}, пропущено {skipped, number}.',
  'cli.imported':
    '{dryRun, select, yes {Будет импортирован} other {Импортирован}} {file} ({format}): добавлено {added, number}, обновлено {updated, number}, удалено {deleted, number}, без изменений {unchanged, number}, пропущено {skipped, number}.',
  'cli.noSourceOn':
    'Ни один источник не включён: включите источник в приложении или укажите его через {option}.',
  'cli.sourceUnread': '{name}: не удалось прочитать ({reason})',
  'cli.sourceResult':
    '{name}: новых {added, number}, {updated, plural, =0 {} one {обновлено #, } few {обновлено #, } many {обновлено #, } other {обновлено #, }}уже есть {known, number}, не удалось {failed, number}{unchanged, select, yes { (без изменений с прошлой синхронизации)} other {}}',
  'cli.newVersion': '{title} ({id}): новая версия; прежняя сохранена',
  'cli.alsoNamedBy': '(указан также в: {names})',
  'cli.unknownSource': 'Нет источника с идентификатором {ids}; см. {command}.',
  'cli.syncAdded':
    '{count, plural, one {Синхронизация добавила # новую статью.} few {Синхронизация добавила # новые статьи.} many {Синхронизация добавила # новых статей.} other {Синхронизация добавила # новой статьи.}}',
  'cli.serving': 'Scholion открывает {archive}, данные — в {data}',
  'cli.open': 'Откройте {url}',

  'file.openFailed': 'Не удалось прочитать {name}: {reason}',

  'addFiles.ownCatalogDamaged':
    'Каталог ваших файлов в {folder} повреждён ({reason}); ничего не добавлено, чтобы ничего в нём не потерять.',
  'pictures.tooLarge': 'изображение больше {kb, number} КБ',
  'pictures.svg': 'изображения SVG не сохраняются (в них могут быть скрипты)',
  'pictures.isPage': 'это веб-страница, а не изображение',
  'pictures.notPicture': 'это не изображение JPEG, PNG, WebP, GIF или AVIF',
  'pictures.damaged': 'изображение повреждено',
  'pictures.tooManyPixels':
    'изображение слишком велико ({width, number} × {height, number} пикселей)',
  'pictures.tooMany':
    'Изображений на странице: {count, number}. Сохраняются только первые {max, number}.',
  'pictures.notKept': 'Изображение не сохранено ({address}): {reason}',
  'pictures.notBeside': 'изображения нет в папке страницы',
  'pictures.isLink': 'изображение — это ссылка, а по ссылкам программа не переходит',
  'archive.packUnreadable':
    'Этот файл не является обновлением архива Scholion или повреждён ({reason}).',
  'archive.packUnsigned':
    'Это обновление архива не подписано. Применять можно только обновления, подписанные издателями архива.',
  'archive.packUnknownKey':
    'Это обновление подписано ключом, которого приложение не знает ({keyId}). Оно не применено.',
  'archive.packBadSignature':
    'Это обновление изменено после подписания: подпись не совпадает со списком его файлов.',
  'archive.packBadManifest': 'Список файлов этого обновления искажён.',
  'archive.packOtherArchive':
    'Это обновление для другого архива («{archive}»), а не для «{current}».',
  'archive.packNotNewer':
    'Это обновление (выпуск от {release}) не новее используемого архива (выпуск от {current}).',
  'archive.packOtherBase':
    'Это обновление сделано для другого выпуска архива (от {release}); в используемом архиве нет {path}. Сначала примените промежуточные обновления.',
  'archive.packAltered':
    'Файл в этом обновлении изменён после подписания ({path}). Ничего не изменено.',
  'archive.packTooLarge': 'Это обновление слишком велико (больше {mb} МБ).',
  'notice.archiveSignature':
    'Архив не прошёл проверку подписи: {problem, select, unsigned {он не подписан} key {он подписан ключом, которого приложение не знает} signature {он изменён после подписания} missing {нет файла из его списка ({path})} altered {файл изменён после подписания ({path})} other {подпись или список файлов искажены}}. Статьи по-прежнему можно читать.',
  'archive.applyFailed':
    'Обновление архива не удалось применить: {reason}. Используемый архив не изменён.',
  'archive.packGone': 'Этого обновления здесь больше нет: выберите файл ещё раз.',
  'archive.checkFailed': 'Не удалось проверить обновление архива: {reason}',
  'cli.applied': 'Теперь используется архив {archive}.',
  'cli.applyWhat': 'Укажите пакет обновления: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} должно быть целым числом больше 0, а не {value}.',
  'cli.badDate': '{option} должно быть датой (YYYY-MM-DD), а не {value}.',
  'cli.badName': '{option} должно состоять из строчных букв, цифр и дефисов, а не {value}.',
  'cli.crawlDone':
    'Сохранено статей: {saved}, в {out} (найдено: {found}; сохранено раньше: {already}; пропущено: {leftOut}; запрещено robots.txt: {forbidden}; ошибок: {failed}).',
  'cli.crawlFinding': 'Поиск статей',
  'cli.crawlSaving': 'Сохранение статей',
  'cli.deltaDone':
    'Записан {file} ({size}): добавлено {added}, изменено {changed}, удалено {removed}.',
  'cli.deltaWhat':
    'Укажите оба архива и пакет: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} уже существует: ключ выпуска никогда не перезаписывается.',
  'cli.keyRequired': 'Нужен {option} (файл закрытого ключа, созданный archive:keygen).',
  'cli.keygenDone':
    'Ключ {keyId}: закрытый ключ в {private} (храните его в тайне, не в общих папках); открытый — в {public} (положите его в resources/release-keys/).',
  'cli.packPreview':
    'Обновление {archive}, выпуск от {release}, подпись {keyId}: добавляется {added}, меняется {changed}, удаляется {removed}.',
  'cli.signed': 'Архив {archive} подписан ключом {keyId}.',
  'cli.verified': '{archive}: подписан ключом {keyId}; все файлы ({files}) соответствуют списку.',
  'notice.archiveUpdateAvailable':
    'Доступен более новый архив (выпуск от {release}): новых статей: {added}, изменено: {changed}. Он проверен и готов: примените его в «О программе Scholion» → «Обновить…».',
  'cli.searchFound': 'Найдено статей: {total}',
  'cli.searchCorrected': '«{word}» в архиве нет; искали: {similar}',
  'cli.searchNotes': 'Найдено заметок: {total}',
  'cli.searchWhat': 'Укажите слова для поиска: scholion search QUERY',
  'store.savedSearches': 'сохранённые поиски',
  'savedSearch.gone': 'Этого сохранённого поиска больше нет.',
  'savedSearch.tooMany': 'Можно сохранить не больше {max} поисков.',
  'savedSearch.empty': 'В этом поиске нет ни слов, ни фильтров.',
  'notify.savedSearch':
    '«{name}»: {count, plural, one {# новая статья} few {# новые статьи} many {# новых статей} other {# новой статьи}}',
  'settingsFile.notJson': 'Это не файл настроек: это не JSON.',
  'settingsFile.notSettings': 'Это не файл настроек Scholion.',
  'settingsFile.newer':
    'Этот файл настроек версии {version}; эта версия Scholion читает файлы до версии {known}. Обновите Scholion, чтобы его импортировать.',
}
