// As mensagens do núcleo em português europeu: erros e relatórios do processo principal e da
// linha de comandos (termos: docs/i18n.md).
import type { CoreCatalog } from './en'

export const ptCore: CoreCatalog = {
  'common.verbatim': '{text}',

  'reason.diskFull': 'o disco está cheio ({code})',
  'reason.noPermission': 'permissão negada ({code})',
  'reason.readOnly': 'o disco é só de leitura ({code})',
  'reason.missing': 'não existe ({code})',
  'reason.isFolder': 'é uma pasta ({code})',
  'reason.tooManyFiles': 'há demasiados ficheiros abertos ({code})',
  'reason.busy': 'está em uso ({code})',
  'reason.ioError': 'não foi possível ler ou escrever no disco ({code})',

  'library.noArchive': 'Não foi possível abrir o arquivo; a notificação diz porquê.',
  'library.archiveUnopened': 'Não foi possível abrir o arquivo.',
  'library.cannotAdd': 'Não foi possível adicionar os ficheiros: {reason}',
  'library.versionGone': 'Essa versão anterior do artigo não está guardada.',
  'library.versionDamaged': 'Essa versão anterior está danificada: {reason}',
  'library.noArticle': 'Não há nenhum artigo «{id}» na biblioteca.',
  'library.textDamaged': 'O texto de «{title}» está danificado no arquivo.',
  'library.badHash': 'A entrada de «{title}» no catálogo está danificada (hash errado).',
  'library.textMissing': 'O texto de «{title}» falta no arquivo.',
  'library.checksum':
    'O texto de «{title}» está danificado no arquivo (a soma de verificação não corresponde).',
  'library.textUnreadable': 'Não é possível ler o texto de «{title}»: {reason}',
  'library.textUnshowable': 'Não é possível mostrar o texto de «{title}»: {reason}',

  'annotations.notInGroup': 'Só pode partilhar com um grupo de estudo a que pertença.',
  'annotations.saveFailed': 'Não foi possível guardar a sua anotação: {reason}',
  'annotations.deleteFailed': 'Não foi possível eliminar a anotação: {reason}',
  'annotations.outside': 'A passagem selecionada não está no texto deste artigo.',
  'annotations.empty': 'Selecione algumas palavras para destacar.',
  'annotations.gone': 'Essa anotação já não existe.',

  'app.noFolderPicker':
    'Escreva o caminho da pasta: uma página do navegador não pode abrir um seletor de pastas.',
  'app.openFolderYourself': 'Abra esta pasta no seu gestor de ficheiros: {folder}',
  'app.folderUnopened': 'Não foi possível abrir a pasta: {reason}',
  'settings.saveFailed': 'Não foi possível guardar as suas definições: {reason}',
  'reading.saveFailed': 'Não foi possível guardar o seu ponto de leitura: {reason}',

  'export.templateUnusable': 'Não é possível usar o modelo: {reason}',
  'export.templateUnreadable': 'Não é possível ler o modelo: {reason}',
  'export.notOurs':
    'já existe um ficheiro com esse nome sem a linha de marca do Scholion, por isso foi deixado como estava',
  'export.writeFailed': 'Não foi possível escrever a exportação em {folder}: {reason}',
  'export.nothingToCopy': 'Não há notas para copiar.',
  'import.unreadable': 'Não é possível ler o ficheiro: {reason}',
  'import.saveFailed': 'Não foi possível guardar a importação: {reason}',

  'import.noId': 'não tem identificador',
  'import.noQuote': 'não marca nenhuma passagem do texto (não tem TextQuoteSelector)',
  'import.pageNote': 'não marca nenhuma passagem do texto (é uma nota de página)',
  'import.noTime': 'não tem uma hora de criação válida',
  'import.notObject': 'não é um objeto',
  'import.tooLarge': 'O ficheiro é demasiado grande para importar (mais de {mb, number} MB).',
  'import.notJson': 'O ficheiro não é JSON válido ({reason}).',
  'import.tooDeep':
    'Não é possível ler o ficheiro: tem mais de {depth, number} níveis de encadeamento.',
  'import.notAnnotations':
    'O ficheiro não contém anotações que o Scholion saiba ler: esperavam-se W3C Web Annotations (uma AnnotationCollection, uma página ou uma lista) ou uma exportação do Hypothesis.',
  'import.tooMany': 'O ficheiro contém demasiadas anotações (mais de {max, number}).',
  'import.noArticle': 'o seu artigo não está na biblioteca ({source})',
  'import.noSource': 'o seu artigo não está na biblioteca (não indica nenhum)',
  'import.deletedHere': 'foi eliminada aqui depois da sua última alteração',
  'import.invalid': 'não é uma anotação válida ({field}: {reason})',

  'notice.saveLogDamaged':
    '{count, plural, one {Não foi possível ler # alteração guardada no registo de anotações; foi omitida.} many {Não foi possível ler # de alterações guardadas no registo de anotações; foram omitidas.} other {Não foi possível ler # alterações guardadas no registo de anotações; foram omitidas.}}',
  'notice.batchCompleted': 'Uma importação que tinha sido interrompida foi concluída.',
  'notice.annotationsUnwritten':
    '{count, plural, one {Não foi possível escrever o ficheiro de anotações de # artigo.} many {Não foi possível escrever os ficheiros de anotações de # de artigos.} other {Não foi possível escrever os ficheiros de anotações de # artigos.}} As suas anotações estão a salvo no registo de gravação e serão escritas logo que possível; verifique o espaço e as permissões da pasta de dados.',
  'notice.archiveUnverified': 'Não foi possível verificar o arquivo: {reason}',

  'file.isLink': 'é uma ligação (as ligações numa pasta de grupo não são seguidas)',
  'file.isFifo': 'é um pipe com nome (FIFO), não um ficheiro',
  'file.isSocket': 'é um socket, não um ficheiro',
  'file.isDevice': 'é um dispositivo, não um ficheiro',
  'file.isFolder': 'é uma pasta, não um ficheiro',
  'file.notRegular': 'não é um ficheiro normal',
  'file.slow': 'lê-lo demorou mais de {seconds, number} s',
  'file.tooLarge': 'é demasiado grande (mais de {mb, number} MB)',
  'file.unreadable': 'não é possível lê-lo ({code})',
  'file.partNotFolder': '{path} é uma ligação ou um ficheiro, não uma pasta',
  'file.leadsOutside': '{path} leva para fora da pasta do grupo',

  'group.damaged': 'está incompleto ou danificado ({reason})',
  'group.tooDeep': 'tem mais de {depth, number} níveis de encadeamento',
  'group.notGroupFile': 'não é um ficheiro de grupo do Scholion',
  'group.noFormat': 'não tem número de formato',
  'group.newer':
    'foi escrito por uma versão mais recente do Scholion (formato {format}); atualize para o ler',
  'group.noManifest': 'não descreve um grupo (não tem identificador, nome nem hora de criação)',
  'group.someoneElse': 'descreve outra pessoa',
  'group.noOwner': 'não diz de quem é nem a que artigo se refere',
  'group.replyNoTarget': 'uma resposta sem identificador ou sem a anotação a que responde',
  'group.replyReserved': 'uma resposta com um identificador reservado',
  'group.replyText': 'uma resposta sem texto, ou com texto a mais',
  'group.replyTime': 'uma resposta sem hora de criação válida',
  'group.itemNotObject': 'um elemento que não é um objeto',
  'group.replyOfOther': 'uma resposta de outra pessoa',
  'group.annotationOfOther': 'uma anotação de outra pessoa',
  'group.invalidAnnotation': 'uma anotação inválida ({reason})',
  'group.itemsSkipped':
    '{count, plural, one {# elemento ignorado: {first}} many {# de elementos ignorados; o primeiro: {first}} other {# elementos ignorados; o primeiro: {first}}}',
  'group.replyUnsaved': 'Não foi possível guardar a sua resposta: {reason}',
  'group.ownFolderUnsafe': 'Não é possível escrever na sua pasta do grupo: {reason}.',
  'group.notHere': 'Esse grupo de estudo não está neste computador.',
  'group.left': 'Saiu deste grupo; a sua cópia é só de leitura.',
  'group.needIdentity': 'Escolha primeiro o nome e a cor que o grupo verá.',
  'group.noFolder': 'Não há nenhuma pasta em {folder}.',
  'group.folderHasGroup': 'Esta pasta já contém o grupo «{name}»: junte-se a ele.',
  'group.folderHasBadGroup':
    'Esta pasta contém um ficheiro de grupo que não é possível ler ({reason}).',
  'group.folderNotEmpty':
    '{count, plural, one {{folder} não está vazia (contém «{name}»).} many {{folder} não está vazia (contém # de ficheiros ou pastas).} other {{folder} não está vazia (contém # ficheiros ou pastas).}} Um grupo novo precisa de uma pasta vazia só sua; para se juntar a um grupo, escolha a pasta que ele partilha.',
  'group.createFailed': 'Não foi possível criar o grupo: {reason}',
  'group.joinFailed': 'Não foi possível juntar-se ao grupo: {reason}',
  'group.noGroupThere':
    'Não há nenhum grupo em {folder} (falta {file}). Escolha a pasta que o grupo partilha, ou crie lá um grupo.',
  'group.manifestUnreadable': 'Não é possível ler o ficheiro do grupo em {folder}: {reason}.',
  'group.unreadable': 'Não é possível ler o grupo desta pasta: {reason}.',
  'group.alreadyIn': 'Já pertence a «{name}».',
  'group.notShared': 'Essa anotação não é partilhada com este grupo.',
  'group.replyGone': 'Essa resposta não é sua ou já não existe.',
  'group.replyDeleteFailed': 'Não foi possível eliminar a resposta: {reason}',
  'pack.tooLarge': 'O ficheiro é demasiado grande (mais de {mb, number} MB).',
  'pack.incomplete': 'O ficheiro não é um pacote de grupo completo ({reason}).',
  'pack.tooDeep':
    'Não é possível ler o pacote: tem mais de {depth, number} níveis de encadeamento.',
  'pack.notPack': 'O ficheiro não é um pacote de grupo do Scholion (não indica nenhum grupo).',
  'pack.newer':
    'O pacote foi criado por uma versão mais recente do Scholion (formato {format}); atualize o Scholion para o abrir.',
  'pack.badGroup': 'Não é possível ler o grupo do pacote: {reason}.',
  'pack.badMemberId': 'um membro com um identificador que o Scholion não aceita ({id})',
  'pack.badMember': 'um membro: {reason}',
  'pack.itemUnowned': 'um elemento sem autor nem artigo',
  'pack.itemBadIds':
    'um elemento com um identificador de autor ou de artigo que o Scholion não aceita ({id})',
  'pack.unreadable': 'Não é possível ler o pacote: {reason}',
  'pack.leftGroup': 'Saiu de «{name}»; junte-se de novo para receber os seus pacotes.',
  'pack.importFailed': 'Não foi possível importar o pacote: {reason}',
  'notice.groupFilesSkipped':
    '{count, plural, one {Não foi possível ler # ficheiro de outro membro de «{name}»;} many {Não foi possível ler # de ficheiros de outros membros de «{name}»;} other {Não foi possível ler # ficheiros de outros membros de «{name}»;}} mostra-se a última cópia válida. Em Grupos de estudo… vê quais e porquê.',

  'file.outOfMemory': 'Lê-lo precisou de mais de {mb, number} MB de memória; foi interrompido.',
  'file.readFailed': 'A leitura falhou ({reason}).',
  'file.readStopped': 'A leitura parou inesperadamente.',
  'file.tooSlow': 'Lê-lo demorou mais de {seconds, number} s; foi interrompido.',
  'app.closing': 'A aplicação está a fechar.',

  'addFiles.pageNoLanguage':
    'A página não indica a sua língua (não há {path} no endereço nem atributo lang); dê ao ficheiro o nome {example}.',
  'addFiles.noArticleText': 'Não foi encontrado nele texto de artigo.',
  'addFiles.noTitle': 'A página não tem título.',
  'addFiles.markdownNoLanguage':
    'O ficheiro não indica a sua língua; acrescente «{field}» ao seu cabeçalho (front matter).',
  'addFiles.noText': 'O ficheiro não contém texto.',
  'addFiles.epubTooLarge': 'O livro descomprimido ocupa mais de {mb, number} MB.',
  'addFiles.epubEmpty': 'O ficheiro não é um EPUB legível (não contém ficheiros).',
  'addFiles.epubUnreadable': 'O ficheiro não é um EPUB legível ({reason}).',
  'addFiles.epubMissing': 'Falta {path} no livro.',
  'addFiles.epubNoPackage': 'O livro não indica o seu documento de pacote.',
  'addFiles.epubBadPackage': 'Não é possível ler o documento de pacote do livro.',
  'addFiles.epubNoLanguage': 'O livro não indica a sua língua.',
  'addFiles.epubNoText': 'O livro não contém texto.',
  'addFiles.titleMade':
    'Não há linha de título: o título foi formado a partir do nome do ficheiro ou das primeiras palavras.',
  'addFiles.kindUnknown':
    '{ext} não é um tipo de ficheiro que o Scholion importe (texto, HTML, Markdown ou EPUB).',
  'addFiles.noExtension':
    'Um ficheiro sem extensão não é de um tipo que o Scholion importe (texto, HTML, Markdown ou EPUB).',
  'addFiles.fileTooLarge': 'O ficheiro tem mais de {mb, number} MB.',
  'addFiles.binary': 'O ficheiro não é texto (contém dados binários).',
  'addFiles.languageUnknown':
    'Não foi possível saber a língua do texto; dê ao ficheiro o nome {example}.',
  'addFiles.nameNoLanguage': 'O nome do ficheiro não indica a língua (chame-lhe {example}).',
  'addFiles.longTitle':
    'O título tem {count, number} caracteres; talvez um parágrafo tenha sido tomado pelo título.',
  'addFiles.titleIsBox': 'O título é o cabeçalho da caixa «páginas web antigas» do sítio.',
  'addFiles.opensWithBox': 'O texto começa com a frase da caixa «páginas web antigas» do sítio.',
  'addFiles.dateMissing': 'Não foi encontrada nenhuma data.',
  'addFiles.languageGuessed':
    'A língua ({lang}) foi deduzida do texto; o nome do ficheiro não a indica.',
  'addFiles.alreadyHere': 'Já está na biblioteca, como «{title}».',
  'addFiles.sameText': 'O mesmo texto já está entre os seus ficheiros.',
  'addFiles.notInLibrary': 'Não está na biblioteca.',

  'api.noMethod': 'Não existe o método «{method}».',
  'api.invalidInput': 'O pedido não é válido: {detail}',
  'api.failed': 'Algo correu mal em {method}: {reason}',
  'api.forbiddenPage': 'Esta página não pode chamar a API do Scholion.',
  'api.postOnly': 'As chamadas à API usam POST.',
  'api.otherOrigin': 'Os pedidos de outras origens são recusados.',
  'api.badToken': 'O token falta ou está errado; use o endereço que o servidor mostrou.',
  'api.badMethodName': 'O nome do método no endereço não é válido.',
  'api.bodyTooLarge': 'O corpo do pedido é demasiado grande.',
  'api.bodyNotJson': 'O corpo do pedido não é JSON válido.',
  'api.bodyTooDeep': 'O corpo do pedido tem demasiados níveis de encadeamento.',
  'api.serverFailed': 'O servidor falhou: {reason}',
  'group.leaveFailed': 'Não foi possível sair do grupo: {reason}',

  'notice.archiveDamagedArticles':
    '{count, plural, one {# artigo está danificado no arquivo e foi omitido: {names}.} many {# de artigos estão danificados no arquivo e foram omitidos: {names}.} other {# artigos estão danificados no arquivo e foram omitidos: {names}.}}',
  'notice.archiveNoManifest':
    'O arquivo em {folder} não tem um manifesto legível; os seus ficheiros não podem ser verificados.',
  'notice.archiveCatalogChanged':
    'O catálogo do arquivo em {folder} não corresponde ao seu manifesto; foi alterado depois de o arquivo ser criado.',
  'notice.archiveMissing': 'Não foi encontrado nenhum arquivo em {folder}.',
  'notice.archiveNewer':
    '{which, select, own {A biblioteca dos seus ficheiros} other {O arquivo}} em {folder} precisa de uma versão mais recente do Scholion.',
  'notice.archiveDamaged':
    'O catálogo {which, select, own {da biblioteca dos seus ficheiros} other {do arquivo}} em {folder} está danificado e não é possível lê-lo ({reason}).',
  'notice.archiveDuplicate':
    'O arquivo lista duas vezes o artigo «{id}»; a segunda entrada é ignorada.',

  'store.settings': 'definições',
  'store.readingPositions': 'pontos de leitura',
  'store.visits': 'histórico de visitas',
  'store.syncSources': 'fontes de sincronização',
  'store.groups': 'lista de grupos de estudo',
  'store.groupShare': 'grupo de estudo',
  'store.windowState': 'estado da janela',
  'store.notJson': 'JSON inválido: {reason}',
  'store.noVersion': 'falta-lhe o número de versão',
  'store.noMigration': 'não há migração a partir da versão {version, number}',
  'store.unexpected': 'conteúdo inesperado: {reason}',
  'notice.storeMissing': 'O ficheiro «{store}» faltava; foi reposta a última cópia válida.',
  'notice.storeNewer':
    'O ficheiro «{store}» foi escrito por uma versão mais recente do Scholion (formato {format, number}); fica intacto e as alterações não serão guardadas até atualizar.',
  'notice.storeRestored':
    'O ficheiro «{store}» estava danificado ({reason}); foi reposta a última cópia válida. O ficheiro danificado foi guardado como {file}.',
  'notice.storeReset':
    'O ficheiro «{store}» estava danificado ({reason}) e não foi encontrada nenhuma cópia válida; começa-se pelas predefinições. O ficheiro danificado foi guardado como {file}.',
  'notice.storeReadOnly': 'O ficheiro «{store}» é só de leitura (tem um formato mais recente).',

  'search.noArchive': 'não há arquivo',
  'search.opening': 'o índice está a abrir',
  'search.noIndex': 'o arquivo não tem índice de pesquisa',
  'search.indexDamaged': '{file} está danificado',
  'search.indexFormat': 'o índice tem o formato {found, number}, não {wanted, number}',
  'search.indexOther': 'o índice foi criado para outra versão do arquivo',
  'search.annotationsUnread': 'Não foi possível ler as anotações: {reason}',
  'notice.searchRebuilding': 'O índice de pesquisa está a ser reconstruído ({reason}).',

  'sync.sameId': 'Duas fontes têm o identificador «{id}».',
  'sync.badPattern': 'O padrão de «{name}» não é uma expressão regular.',
  'sync.listingFailed': '{url}: {reason}',
  'sync.saveFailed': 'Não foi possível guardar as fontes: {reason}',
  'sync.runFailed': 'Não foi possível concluir a sincronização: {reason}',
  'sync.tooLarge': 'a página tem mais de {kb, number} KB',
  'sync.badAddress': 'não é um endereço válido',
  'sync.httpOnly': 'só se obtêm endereços http e https',
  'sync.noAnswer': 'sem resposta em {seconds, number} s',
  'sync.unreachable': 'não foi possível chegar ao sítio ({reason})',
  'sync.redirectNowhere': 'um redirecionamento ({status, number}) para lado nenhum',
  'sync.tooManyRedirects': 'mais de {max, number} redirecionamentos',
  'sync.redirectScheme': 'um redirecionamento para {scheme} não é seguido',
  'sync.slowDown': 'o sítio pediu para abrandar (429)',
  'sync.unavailable': 'o sítio não está disponível (503)',
  'sync.answered': 'o sítio respondeu {status}',
  'sync.backingOff':
    '{count, plural, one {já falhou uma vez} many {já falhou # de vezes} other {já falhou # vezes}} ({reason}); será pedida de novo depois de {when, date, medium} às {when, time, short}',
  'sync.feedUnreadable': 'Não é possível ler o feed ({reason}).',
  'sync.sitemapUnreadable': 'Não é possível ler o mapa do sítio ({reason}).',
  'sync.feedMalformed': 'O feed não é XML bem formado (linha {line, number}: {reason}).',
  'sync.notListing': 'Isto não é um feed, nem um mapa do sítio, nem uma página de ligações.',
  'folder.notFullPath':
    '«{typed}» não é um caminho completo. Indique o caminho inteiro da pasta, por exemplo {example} ou {short}.',

  'store.annotationsFile': 'anotações de «{id}»',
  'store.groupCopy': 'cópia do grupo de estudo «{name}»',
  'archive.duplicateId': 'outro ficheiro tem o mesmo identificador de artigo ({id})',

  'cli.usage': `Utilização: scholion COMANDO [opções]

Comandos:
  serve           Serve a aplicação e a sua API em 127.0.0.1
                    --port N        porta (predefinição: uma livre)
                    --data-dir DIR  pasta de dados (predefinição: SCHOLION_DATA_DIR ou a pasta de dados do sistema)
                    --archive DIR   pasta do arquivo (predefinição: o arquivo incluído)
                    --release-keys DIR  as chaves de edição de confiança (predefinição: as incluídas)
                    --no-auto-sync  não sincronizar ao arrancar nem segundo os horários das fontes
  archive:build   Cria uma pasta de arquivo a partir de artigos guardados
                    --from DIR      uma pasta de origem (repetível; predefinição: archive-src)
                    --out DIR       pasta de saída (predefinição: resources/archive)
                    --report FILE   escreve também o relatório de importação (cada artigo) em JSON
                    --name NAME     o nome do arquivo, que os seus pacotes de atualização levam (predefinição kke-inter)
                    --release TIME  quando a edição foi feita (predefinição: a data do artigo mais recente)
  archive:crawl   Guarda os artigos de um sítio numa pasta de origem para o archive:build
                    --site URL      o sítio (predefinição https://inter.kke.gr)
                    --langs en,el   línguas (predefinição: todas as do sítio)
                    --out DIR       pasta de origem (predefinição archive-src/crawl); o seu registo permite continuar
                    --since DATE    deixa de fora os artigos anteriores a YYYY-MM-DD
                    --max N         guarda no máximo N artigos nesta execução
                    --seed PATH     outro feed, mapa do sítio ou lista ('{lang}': a língua; repetível)
  archive:keygen  Cria um par de chaves de edição (--out DIR)
  archive:sign    Assina um arquivo construído (--key FILE, --archive DIR)
  archive:verify  Verifica a assinatura e os ficheiros de um arquivo (--archive DIR, --release-keys DIR)
  archive:delta   Cria um pacote de atualização: --from OLD --to NEW --out FILE.scholion-archive --key FILE
  archive:apply FILE  Aplica um pacote de atualização ao arquivo que a aplicação lê
                    --dry-run       diz apenas o que acrescentaria, alteraria e retiraria
                    --data-dir DIR, --archive DIR, --release-keys DIR  como em serve
  export          Exporta anotações
                    --format md|csv|jsonld (predefinição md)
                    --out DIR       pasta onde escrever (os ficheiros são atualizados no lugar)
                    --tag T         só as anotações com esta etiqueta
                    --article ID    só as anotações deste artigo
                    --template FILE um modelo Mustache para Markdown
                    --combined      Markdown: um só ficheiro para todos os artigos
                    --flavour markdown|obsidian|logseq (predefinição markdown)
                    --colours none|mark|property  destaques como ==texto== ou como propriedade color::
                    --data-dir DIR, --archive DIR  como em serve
  import FILE     Importa W3C Web Annotations (JSON-LD) ou uma exportação do Hypothesis
                    --dry-run       só diz o que mudaria
                    --data-dir DIR, --archive DIR  como em serve
  sync            Procura artigos novos nas fontes ativas e adiciona-os à sua biblioteca
                    --source ID     só esta fonte (repetível)
                    --list          lista as fontes e se cada uma está ativa
                    --full          volta a pedir tudo, sem condições
                    --data-dir DIR, --archive DIR  como em serve
  search QUERY    Procura nos artigos (e com --notes nas suas anotações), como a aplicação
                    --limit N       quantos artigos (predefinição 10)
                    --notes         também as anotações
                    --json          toda a resposta em JSON, para scripts
                    --data-dir DIR, --archive DIR  como em serve
  help            Mostra este texto

As mensagens seguem a língua do terminal (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'Comando desconhecido «{command}».',
  'cli.badArguments': 'As opções não estão certas: {detail}. Veja scholion help.',
  'cli.badPort': '--port deve estar entre 0 e 65535, não {port}.',
  'cli.notOneOf': '{option} deve ser um de {allowed}, não {value}.',
  'cli.outRequired': '{option} é obrigatório (uma pasta).',
  'cli.importWhat': 'Indique o ficheiro a importar: {usage}',
  'cli.importing': 'A importar',
  'cli.indexing': 'A indexar',
  'cli.exporting': 'A exportar',
  'cli.syncing': 'A sincronizar as fontes',
  'cli.fullReport': 'O relatório completo está em {file}.',
  'cli.language': '{language}',
  'cli.langGuessed': '{language} (deduzida)',
  'cli.noDate': 'sem data',
  'cli.section': 'secção: {section}',
  'cli.moreWarned':
    '{count, plural, one {… e mais um artigo com avisos} many {… e mais # de artigos com avisos} other {… e mais # artigos com avisos}}',
  'cli.skipped': 'ignorado {name}: {reason}',
  'cli.moreSkipped':
    '{count, plural, one {… e mais um ignorado} many {… e mais # de ignorados} other {… e mais # ignorados}}',
  'cli.archiveWritten':
    'Arquivo escrito em {folder}: {imported, number} importados ({warned, number} com avisos), {skipped, number} ignorados.',
  'cli.tagChanged': 'etiqueta «{from}» escrita como #{to}',
  'cli.exported':
    'Exportado para {folder}: {written, number} escritos, {unchanged, number} já atualizados, {skipped, number} ignorados.',
  'cli.imported':
    '{dryRun, select, yes {Importaria} other {Importado}} {file} ({format}): {added, number} adicionadas, {updated, number} atualizadas, {deleted, number} eliminadas, {unchanged, number} sem alterações, {skipped, number} ignoradas.',
  'cli.noSourceOn':
    'Nenhuma fonte está ativa: ative uma na aplicação, ou indique uma com {option}.',
  'cli.sourceUnread': '{name}: não foi possível ler ({reason})',
  'cli.sourceResult':
    '{name}: {added, number} novos, {updated, plural, =0 {} one {# atualizado, } many {# atualizados, } other {# atualizados, }}{known, number} já existentes, {failed, number} falhados{unchanged, select, yes { (sem alterações desde a última sincronização)} other {}}',
  'cli.newVersion': '{title} ({id}): uma versão nova; a anterior fica guardada',
  'cli.alsoNamedBy': '(também indicado por {names})',
  'cli.unknownSource': 'Nenhuma fonte tem o identificador {ids}; veja {command}.',
  'cli.syncAdded':
    '{count, plural, one {A sincronização adicionou um artigo novo.} many {A sincronização adicionou # de artigos novos.} other {A sincronização adicionou # artigos novos.}}',
  'cli.serving': 'O Scholion serve {archive} com os dados em {data}',
  'cli.open': 'Abra {url}',

  'file.openFailed': 'Não foi possível ler {name}: {reason}',

  'addFiles.ownCatalogDamaged':
    'O catálogo dos seus ficheiros em {folder} está danificado ({reason}); nada foi adicionado, para que nada se perca.',
  'pictures.tooLarge': 'a imagem tem mais de {kb, number} KB',
  'pictures.svg': 'as imagens SVG não são guardadas (podem conter scripts)',
  'pictures.isPage': 'é uma página web, não uma imagem',
  'pictures.notPicture': 'não é uma imagem JPEG, PNG, WebP, GIF ou AVIF',
  'pictures.damaged': 'a imagem está danificada',
  'pictures.tooManyPixels':
    'a imagem é demasiado grande ({width, number} × {height, number} píxeis)',
  'pictures.tooMany':
    'Imagens na página: {count, number}. Só as primeiras {max, number} são guardadas.',
  'pictures.notKept': 'Uma imagem não foi guardada ({address}): {reason}',
  'pictures.notBeside': 'a imagem não está na pasta da página',
  'pictures.isLink': 'a imagem é uma ligação, e as ligações não são seguidas',
  'archive.packUnreadable':
    'Este ficheiro não é uma atualização do arquivo do Scholion, ou está danificado ({reason}).',
  'archive.packUnsigned':
    'Esta atualização do arquivo não está assinada. Só se podem aplicar atualizações assinadas pelos editores do arquivo.',
  'archive.packUnknownKey':
    'Esta atualização está assinada com uma chave que a aplicação não conhece ({keyId}). Não foi aplicada.',
  'archive.packBadSignature':
    'Esta atualização foi alterada depois de assinada: a assinatura não corresponde à sua lista de ficheiros.',
  'archive.packBadManifest': 'A lista de ficheiros desta atualização está malformada.',
  'archive.packOtherArchive':
    'Esta atualização é para outro arquivo («{archive}»), não para «{current}».',
  'archive.packNotNewer':
    'Esta atualização (edição de {release}) não é mais recente do que o arquivo em uso (edição de {current}).',
  'archive.packOtherBase':
    'Esta atualização foi feita para outra edição do arquivo (de {release}); falta {path} ao arquivo em uso. Aplique primeiro as atualizações intermédias.',
  'archive.packAltered':
    'Um ficheiro desta atualização foi alterado depois de assinado ({path}). Nada foi alterado.',
  'archive.packTooLarge': 'Esta atualização é demasiado grande (mais de {mb} MB).',
  'notice.archiveSignature':
    'O arquivo não passou na verificação da assinatura: {problem, select, unsigned {não está assinado} key {está assinado com uma chave que a aplicação não conhece} signature {foi alterado depois de assinado} missing {falta um ficheiro da sua lista ({path})} altered {um ficheiro foi alterado depois da assinatura ({path})} other {a assinatura ou a lista de ficheiros está malformada}}. Os seus artigos continuam legíveis.',
  'archive.applyFailed':
    'Não foi possível aplicar a atualização do arquivo: {reason}. O arquivo em uso não foi alterado.',
  'archive.packGone': 'Esta atualização já não está aqui: escolha o ficheiro de novo.',
  'archive.checkFailed': 'Não foi possível procurar uma atualização do arquivo: {reason}',
  'cli.applied': 'O arquivo em uso é agora {archive}.',
  'cli.applyWhat': 'Indique o pacote de atualização: scholion archive:apply FILE.scholion-archive',
  'cli.badCount': '{option} tem de ser um número inteiro maior que 0, não {value}.',
  'cli.badDate': '{option} tem de ser uma data (YYYY-MM-DD), não {value}.',
  'cli.badName': '{option} só pode ter minúsculas, algarismos e hífenes, não {value}.',
  'cli.crawlDone':
    'Artigos guardados: {saved}, em {out} (encontrados: {found}; já guardados: {already}; deixados de fora: {leftOut}; proibidos pelo robots.txt: {forbidden}; falhados: {failed}).',
  'cli.crawlFinding': 'A procurar artigos',
  'cli.crawlSaving': 'A guardar artigos',
  'cli.deltaDone':
    'Escrito {file} ({size}): acrescentados {added}, alterados {changed}, retirados {removed}.',
  'cli.deltaWhat':
    'Indique os dois arquivos e o pacote: --from OLD --to NEW --out FILE.scholion-archive --key FILE',
  'cli.keyExists': '{file} já existe: uma chave de edição nunca é substituída.',
  'cli.keyRequired':
    '{option} é obrigatório (um ficheiro de chave privada criado pelo archive:keygen).',
  'cli.keygenDone':
    'Chave {keyId}: a chave privada está em {private} (guarde-a em segredo, fora de pastas partilhadas); a pública em {public} (ponha-a em resources/release-keys/).',
  'cli.packPreview':
    'Atualização de {archive}, edição de {release}, assinada por {keyId}: acrescentados {added}, alterados {changed}, retirados {removed}.',
  'cli.signed': '{archive} assinado com a chave {keyId}.',
  'cli.verified':
    '{archive}: assinado com a chave {keyId}; os {files} ficheiros estão todos como na lista.',
  'notice.archiveUpdateAvailable':
    'Está disponível online um arquivo mais recente (edição de {release}): artigos novos: {added}, alterados: {changed}. Está verificado e pronto: aplique-o em Acerca do Scholion → Atualizar…',
  'cli.searchFound': 'Artigos encontrados: {total}',
  'cli.searchCorrected': '«{word}» não está no arquivo; procurou-se: {similar}',
  'cli.searchNotes': 'Notas encontradas: {total}',
  'cli.searchWhat': 'Indique as palavras a procurar: scholion search QUERY',
  'store.savedSearches': 'pesquisas guardadas',
  'savedSearch.gone': 'Esta pesquisa guardada já não existe.',
  'savedSearch.tooMany': 'Podem guardar-se no máximo {max} pesquisas.',
  'savedSearch.empty': 'Esta pesquisa não tem palavras nem filtros.',
  'notify.savedSearch':
    '«{name}»: {count, plural, one {# artigo novo} many {# artigos novos} other {# artigos novos}}',
  'settingsFile.notJson': 'Não é um ficheiro de definições: não é JSON.',
  'settingsFile.notSettings': 'Não é um ficheiro de definições do Scholion.',
  'settingsFile.newer':
    'Este ficheiro de definições é da versão {version}; este Scholion lê até à versão {known}. Atualize o Scholion para o importar.',
}
