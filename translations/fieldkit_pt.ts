<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Accessible</name>
    <message>
        <source>The arrow keys change the page.</source>
        <translation>As setas do teclado mudam de página.</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Sample files or a metadata excerpt, not the whole collection: at most {one} per file and {total} in all.</source>
        <translation>Arquivos de amostra ou um trecho dos metadados, não o acervo inteiro: no máximo {one} por arquivo e {total} no total.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Nenhum arquivo anexado.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>A&amp;dicionar arquivos…</translation>
    </message>
    <message>
        <source>Attaches files to this request.</source>
        <translation>Anexa ficheiros a este pedido.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected file from this request</source>
        <translation>Remover o arquivo selecionado deste pedido</translation>
    </message>
    <message>
        <source>Attach files to the request</source>
        <translation>Anexar arquivos ao pedido</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <source>Check against the &amp;wiki</source>
        <translation>&amp;Verificar na wiki</translation>
    </message>
    <message>
        <source>Look for files already on the wiki (same content or same title) and read the wiki&apos;s accepted file types; needs a connection</source>
        <translation>Procurar arquivos que já estão na wiki (mesmo conteúdo ou mesmo título) e ler os tipos de arquivo que a wiki aceita; requer conexão</translation>
    </message>
    <message>
        <source>Up&amp;load ready files</source>
        <translation>Carre&amp;gar arquivos prontos</translation>
    </message>
    <message>
        <source>Queue the files without problems for upload; the others stay here</source>
        <translation>Colocar na fila de carregamento os arquivos sem problemas; os demais ficam aqui</translation>
    </message>
    <message>
        <source>Checking against the wiki…</source>
        <translation>Verificando na wiki…</translation>
    </message>
    <message numerus="yes">
        <source>Checked against the wiki; already there: %n — see Problems.</source>
        <translation>
            <numerusform>Verificado na wiki; já existe lá: %n — veja Problemas.</numerusform>
            <numerusform>Verificado na wiki; já existem lá: %n — veja Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against the wiki: none of these files is there yet.</source>
        <translation>Verificado na wiki: nenhum destes arquivos está lá ainda.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached</source>
        <translation>Não é possível acessar a wiki</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Ainda não há conta na wiki — configure-a em Configurações</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>Não há senha para a conta na wiki — informe-a em Configurações</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Login recusado: verifique a senha do robô</translation>
    </message>
    <message>
        <source>The check against the wiki failed.</source>
        <translation>A verificação na wiki falhou.</translation>
    </message>
    <message>
        <source>The wiki answered with an error</source>
        <translation>A wiki respondeu com um erro</translation>
    </message>
    <message>
        <source>{reason}, so nothing was checked against it. The offline checks still apply; try again when that is solved.</source>
        <translation>{reason}, então nada foi verificado na wiki. As verificações sem conexão continuam valendo; tente de novo quando isso estiver resolvido.</translation>
    </message>
    <message>
        <source>The files could not be queued.</source>
        <translation>Não foi possível colocar os arquivos na fila.</translation>
    </message>
    <message>
        <source>Queueing the ready files for upload…</source>
        <translation>Colocando os arquivos prontos na fila de carregamento…</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Novo lote…</translation>
    </message>
    <message>
        <source>Starts a new batch of files for a partnership.</source>
        <translation>Inicia um novo lote de ficheiros para uma parceria.</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Importar ar&amp;quivos…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Impor&amp;tar pasta…</translation>
    </message>
    <message>
        <source>Add chosen files to this batch</source>
        <translation>Adicionar os arquivos escolhidos a este lote</translation>
    </message>
    <message>
        <source>Add every file of a folder to this batch</source>
        <translation>Adicionar todos os arquivos de uma pasta a este lote</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Importar de planil&amp;ha…</translation>
    </message>
    <message>
        <source>Import the files listed in a column of a CSV or XLSX spreadsheet</source>
        <translation>Importar os arquivos listados em uma coluna de uma planilha CSV ou XLSX</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>R&amp;ever arquivos</translation>
    </message>
    <message>
        <source>Look at this batch&apos;s files again: read the ones edited since, follow the ones moved, mark the ones gone (a missing file is never uploaded)</source>
        <translation>Rever os arquivos deste lote: ler os que foram editados, seguir os que foram movidos e marcar os que sumiram (um arquivo ausente nunca é carregado)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m arquivos</translation>
    </message>
    <message>
        <source>No batches yet</source>
        <translation>Nenhum lote ainda</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importar uma pasta</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importar de planilha</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Planilhas (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Create or choose a batch first, then import files into it.</source>
        <translation>Crie ou escolha um lote primeiro e depois importe arquivos para ele.</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. {error}</source>
        <translation>Nada foi importado: a planilha não pode ser usada. {error}</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. It needs a column of file paths (path, file or filename) and must be a readable CSV or XLSX.</source>
        <translation>Nada foi importado: a planilha não pode ser usada. Ela precisa de uma coluna com caminhos de arquivo (path, file ou filename) e deve ser um CSV ou XLSX legível.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Já há uma importação em andamento.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>A importação falhou.</translation>
    </message>
</context>
<context>
    <name>BatchEdits</name>
    <message>
        <source>Edit</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Preencher para baixo</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Localizar e substituir</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Aplicar padrão de título</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>Batch licence</source>
        <translation>Licença do lote</translation>
    </message>
    <message>
        <source>Location policy</source>
        <translation>Tratamento da localização</translation>
    </message>
    <message>
        <source>Title pattern</source>
        <translation>Padrão de título</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Batches in the upload queue</source>
        <translation>Lotes na fila de carregamento</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Todos os lotes</translation>
    </message>
    <message>
        <source>Files without a batch</source>
        <translation>Arquivos sem lote</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>Lote {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 uploaded</source>
        <translation>
            <numerusform>%n de %1 carregado</numerusform>
            <numerusform>%n de %1 carregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n precisa de decisão</numerusform>
            <numerusform>%n precisam de decisão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausado</numerusform>
            <numerusform>%n pausados</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded: {uploaded}
On their way: {active}
Need a decision: {decision}
Failed: {failed}
Cancelled or skipped: {cancelled}</source>
        <translation>Carregados: {uploaded}
A caminho: {active}
Precisam de decisão: {decision}
Com falha: {failed}
Cancelados ou pulados: {cancelled}</translation>
    </message>
</context>
<context>
    <name>BatchSettings</name>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Camera location (whole batch)</source>
        <translation>Localização da câmera (lote inteiro)</translation>
    </message>
    <message>
        <source>Photos can record where they were taken. Publishing that can reveal homes.</source>
        <translation>Fotos podem registrar onde foram tiradas. Publicar isso pode revelar onde alguém mora.</translation>
    </message>
    <message>
        <source>Not decided yet (blocks upload)</source>
        <translation>Ainda não decidido (impede o carregamento)</translation>
    </message>
    <message>
        <source>&amp;Keep and publish the location</source>
        <translation>Manter e publicar a locali&amp;zação</translation>
    </message>
    <message>
        <source>Fo&amp;r the batch:</source>
        <translation>Para o lote &amp;inteiro:</translation>
    </message>
    <message>
        <source>For this fi&amp;le:</source>
        <translation>&amp;Para este arquivo:</translation>
    </message>
    <message>
        <source>Remove it from u&amp;ploaded copies</source>
        <translation>&amp;Remover das cópias carregadas</translation>
    </message>
    <message>
        <source>The licence of every file in the batch, unless a file has its own.</source>
        <translation>A licença de todos os arquivos do lote, a menos que um arquivo tenha a sua.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence, when it differs from the batch&apos;s.</source>
        <translation>A licença própria deste arquivo, quando difere da do lote.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Ainda não escolhida</translation>
    </message>
    <message>
        <source>Same as the batch</source>
        <translation>A mesma do lote</translation>
    </message>
    <message>
        <source>Choose a licence the partner agreed to.</source>
        <translation>Escolha uma licença que a instituição parceira aceitou.</translation>
    </message>
    <message>
        <source>“{id}” is not in Fieldkit&apos;s licence list.</source>
        <translation>“{id}” não está na lista de licenças do Fieldkit.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence: {licence}. {summary}</source>
        <translation>Licença própria deste arquivo: {licence}. {summary}</translation>
    </message>
    <message>
        <source>Batch licence: {licence}. {summary}</source>
        <translation>Licença do lote: {licence}. {summary}</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit the selected files (%n)</source>
        <translation>
            <numerusform>Editar o arquivo selecionado (%n)</numerusform>
            <numerusform>Editar os arquivos selecionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to clear the field</source>
        <translation>Deixe vazio para limpar o campo</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Separe várias categorias com |</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>Expor&amp;tar pacote…</translation>
    </message>
    <message>
        <source>Write a partnership and its files to a bundle for another computer</source>
        <translation>Gravar uma parceria e seus arquivos em um pacote para outro computador</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>I&amp;mportar pacote…</translation>
    </message>
    <message>
        <source>Merge a bundle made on another computer</source>
        <translation>Incorporar um pacote criado em outro computador</translation>
    </message>
    <message>
        <source>Export &amp;receipt…</source>
        <translation>Exportar comp&amp;rovante…</translation>
    </message>
    <message>
        <source>Tell the computer a bundle came from what became of its files and requests</source>
        <translation>Informar ao computador de onde veio um pacote o que aconteceu com seus arquivos e pedidos</translation>
    </message>
    <message>
        <source>Import re&amp;ceipt…</source>
        <translation>Imp&amp;ortar comprovante…</translation>
    </message>
    <message>
        <source>Mark the files and requests another computer uploaded and sent as done</source>
        <translation>Marcar como concluídos os arquivos carregados e os pedidos enviados por outro computador</translation>
    </message>
    <message>
        <source>&amp;Bundle conflicts…</source>
        <translation>Conflito&amp;s de pacotes…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Gravando o pacote…</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is written (files: %n):</source>
        <translation>
            <numerusform>Pacote gravado (arquivo: %n):</numerusform>
            <numerusform>Pacote gravado (arquivos: %n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, so their records travel without them: %n</source>
        <translation>
            <numerusform>Não encontrado, então os dados seguem sem o arquivo: %n</numerusform>
            <numerusform>Não encontrados, então os dados seguem sem os arquivos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Pacote exportado</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Verificando e importando o pacote…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Which bundle is the receipt for?</source>
        <translation>De qual pacote é o comprovante?</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Pacote do Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Salvar o comprovante</translation>
    </message>
    <message>
        <source>Fieldkit receipt (*.fkr)</source>
        <translation>Comprovante do Fieldkit (*.fkr)</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Gravando o comprovante…</translation>
    </message>
    <message>
        <source>Receipt exported</source>
        <translation>Comprovante exportado</translation>
    </message>
    <message>
        <source>The receipt is written to {path}: files uploaded {uploads}, requests delivered {deliveries}. Take it to the computer the bundle came from.</source>
        <translation>O comprovante foi gravado em {path} (arquivos carregados: {uploads}; pedidos entregues: {deliveries}). Leve-o ao computador de onde veio o pacote.</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importar comprovante</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Lendo o comprovante…</translation>
    </message>
    <message>
        <source>Marked as uploaded: {files}; marked as delivered: {requests}; known already: {known}.</source>
        <translation>Marcados como carregados: {files}; marcados como entregues: {requests}; já conhecidos: {known}.</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>Comprovante importado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nada foi alterado</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>{error} (details in the log). Nothing was changed.</source>
        <translation>{error} (detalhes no registro). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>Cancelado: nada foi gravado nem alterado.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message>
        <source>This bundle was imported before; there was nothing new in it.</source>
        <translation>Este pacote já tinha sido importado; não havia nada novo nele.</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, conflicting {conflicts}, skipped {skipped}. Files placed: {placed} (already there: {there}, not in the bundle: {missing}).</source>
        <translation>Adicionados: {added}; atualizados: {updated}; em conflito: {conflicts}; pulados: {skipped}. Arquivos colocados: {placed} (já estavam lá: {there}; fora do pacote: {missing}).</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>There is no file {file}.</source>
        <translation>O arquivo {file} não existe.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>Não é possível ler {file}.</translation>
    </message>
    <message>
        <source>This file is not a Fieldkit bundle or receipt.</source>
        <translation>Este arquivo não é um pacote nem um comprovante do Fieldkit.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({detail}). Copy it from the original again.</source>
        <translation>O pacote está danificado ({detail}). Copie-o de novo a partir do original.</translation>
    </message>
    <message>
        <source>The bundle ends too early: the copy was cut off. Copy it again.</source>
        <translation>O pacote termina antes do previsto: a cópia foi interrompida. Copie-o de novo.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its checksum: it was damaged on the way. Copy it again.</source>
        <translation>Uma parte do pacote ({name}) não confere com sua soma de verificação: ela foi danificada no caminho. Copie o pacote de novo.</translation>
    </message>
    <message>
        <source>Part {volume} of {volumes} of this bundle is missing: {file}. Copy all its parts into the same folder.</source>
        <translation>Falta a parte {volume} de {volumes} deste pacote: {file}. Copie todas as partes para a mesma pasta.</translation>
    </message>
    <message>
        <source>The bundle holds an entry named “{name}”, which could write outside its folder.</source>
        <translation>O pacote contém uma entrada chamada “{name}”, que poderia gravar fora da sua pasta.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “{name}” is a link or a device file; bundles hold only plain files.</source>
        <translation>A entrada “{name}” do pacote é um link ou um arquivo de dispositivo; pacotes só contêm arquivos comuns.</translation>
    </message>
    <message>
        <source>The bundle holds two files whose names differ only in case; on a stick they would be one file.</source>
        <translation>O pacote contém dois arquivos cujos nomes só diferem em maiúsculas e minúsculas; em um pendrive, eles seriam um só arquivo.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) is far larger than it says (a decompression bomb?).</source>
        <translation>Uma parte do pacote ({name}) é muito maior do que declara (uma bomba de descompressão?).</translation>
    </message>
    <message>
        <source>The bundle holds “{name}”, which its table of contents does not list.</source>
        <translation>O pacote contém “{name}”, que não consta no seu índice.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Fieldkit ({fieldkit_version}). Update Fieldkit to import it.</source>
        <translation>Este pacote foi criado por uma versão mais nova do Fieldkit ({fieldkit_version}). Atualize o Fieldkit para importá-lo.</translation>
    </message>
    <message>
        <source>This file is a receipt, not a bundle (or the other way round).</source>
        <translation>Este arquivo é um comprovante, não um pacote (ou o contrário).</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not valid ({detail}); nothing was imported.</source>
        <translation>Os dados do pacote não são válidos ({detail}); nada foi importado.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} não é uma pasta.</translation>
    </message>
    <message>
        <source>This receipt answers a bundle this computer never sent; nothing was changed.</source>
        <translation>Este comprovante responde a um pacote que este computador nunca enviou; nada foi alterado.</translation>
    </message>
    <message>
        <source>This bundle was never imported here, so there is no receipt to give for it.</source>
        <translation>Este pacote nunca foi importado aqui, então não há comprovante a emitir para ele.</translation>
    </message>
    <message>
        <source>There is no partnership called “{partnership}”.</source>
        <translation>Não existe nenhuma parceria chamada “{partnership}”.</translation>
    </message>
    <message>
        <source>“{partnership}” has no batch called “{batch}”.</source>
        <translation>“{partnership}” não tem nenhum lote chamado “{batch}”.</translation>
    </message>
    <message>
        <source>{path} changed since it was imported. Import its folder again in Media, then export.</source>
        <translation>{path} foi alterado depois de importado. Importe a pasta de novo em Mídia e depois exporte.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {path}.</source>
        <translation>Não foi possível gravar o pacote em {path}.</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Etapa da lista de verificação</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Arquivo de mídia</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Pedido de ajuda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>Descrições</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation>Retrata</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>The file itself</source>
        <translation>O próprio arquivo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Choose a step in the list.</source>
        <translation>Escolha uma etapa na lista.</translation>
    </message>
    <message>
        <source>Where this step stands.</source>
        <translation>Em que ponto está esta etapa.</translation>
    </message>
    <message>
        <source>Your note on this step: what was done, what is next.</source>
        <translation>Sua nota sobre esta etapa: o que foi feito, o que vem a seguir.</translation>
    </message>
    <message>
        <source>Not &amp;done</source>
        <translation>P&amp;endente</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Concluída</translation>
    </message>
    <message>
        <source>Not appl&amp;icable</source>
        <translation>Não &amp;se aplica</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>Pra&amp;zo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>&amp;Quem faz</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Observação</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>Ler o gu&amp;ia</translation>
    </message>
    <message>
        <source>As&amp;k the helpdesk about this step…</source>
        <translation>Pe&amp;rguntar à central de ajuda sobre esta etapa…</translation>
    </message>
    <message>
        <source>Start a help request about this step; you can edit it before sending.</source>
        <translation>Escrever um pedido de ajuda sobre esta etapa; você pode editá-lo antes de enviar.</translation>
    </message>
    <message>
        <source>Open the guide “{title}”</source>
        <translation>Abrir o guia “{title}”</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>The checklist to add to this partnership.</source>
        <translation>A lista de verificação a adicionar a esta parceria.</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>L&amp;ista:</translation>
    </message>
    <message>
        <source>&amp;Add checklist</source>
        <translation>Adicionar &amp;lista</translation>
    </message>
    <message>
        <source>Adds the chosen checklist to this partnership.</source>
        <translation>Adiciona a lista de verificação escolhida a esta parceria.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>No checklist yet. Choose one above and press “Add checklist”: it lists the steps other volunteers found useful, with a guide for many of them.</source>
        <translation>Nenhuma lista de verificação ainda. Escolha uma acima e clique em “Adicionar lista”: ela traz as etapas que outros voluntários acharam úteis, muitas delas com um guia.</translation>
    </message>
    <message>
        <source>All checklists added</source>
        <translation>Todas as listas já foram adicionadas</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>No pacote</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Manter o daqui</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Usar o do pacote</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Checking connection…</source>
        <translation>Verificando a conexão…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Login recusado: verifique a senha do robô</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Ainda não há conta na wiki — configure-a em Configurações</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>Não há senha para a conta na wiki — informe-a em Configurações</translation>
    </message>
    <message>
        <source>{state} (and offline)</source>
        <translation>{state} (e sem conexão)</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. Everything you do is saved on this computer and sent later, by itself, when the connection returns.</source>
        <translation>Não é possível acessar a wiki agora. Tudo o que você fizer fica salvo neste computador e é enviado depois, automaticamente, quando a conexão voltar.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the bot login and password in Settings.</source>
        <translation>A wiki recusou o login. Verifique o login e a senha do robô em Configurações.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until a wiki account is set up in Settings.</source>
        <translation>Os pedidos e carregamentos aguardam até que uma conta na wiki seja configurada em Configurações.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until the bot password is entered in Settings.</source>
        <translation>Os pedidos e carregamentos aguardam até que a senha do robô seja informada em Configurações.</translation>
    </message>
    <message numerus="yes">
        <source>Requests waiting: %n</source>
        <translation>
            <numerusform>Pedido aguardando: %n</numerusform>
            <numerusform>Pedidos aguardando: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files to upload: %n</source>
        <translation>
            <numerusform>Arquivo a carregar: %n</numerusform>
            <numerusform>Arquivos a carregar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{requests} · {uploads}</source>
        <translation>{requests} · {uploads}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Offline — your work is saved and will be sent later</source>
        <translation>Sem conexão — seu trabalho está salvo e será enviado depois</translation>
    </message>
    <message>
        <source>Check the connection and send what is waiting</source>
        <translation>Verificar a conexão e enviar o que está aguardando</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>Nada aguardando envio</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The wiki warns about a file</source>
        <translation>A wiki emitiu um aviso sobre um arquivo</translation>
    </message>
    <message>
        <source>“{title}” was sent, but the wiki has not published it yet.</source>
        <translation>“{title}” foi enviado, mas a wiki ainda não o publicou.</translation>
    </message>
    <message>
        <source>&amp;Publish anyway under this name</source>
        <translation>&amp;Publicar assim mesmo com este nome</translation>
    </message>
    <message>
        <source>Publish under a &amp;new name:</source>
        <translation>Publicar com um &amp;novo nome:</translation>
    </message>
    <message>
        <source>&amp;Skip this file (it is not published)</source>
        <translation>P&amp;ular este arquivo (ele não será publicado)</translation>
    </message>
    <message>
        <source>New file name</source>
        <translation>Novo nome de arquivo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>The file&apos;s bytes wait on the wiki: no choice sends them again.</source>
        <translation>O conteúdo do arquivo já está aguardando na wiki: nenhuma das opções o envia de novo.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Tentar de novo agora</translation>
    </message>
    <message>
        <source>Try to send this request at the next connection, without waiting</source>
        <translation>Tentar enviar este pedido na próxima conexão, sem esperar</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir Con&amp;figurações</translation>
    </message>
    <message>
        <source>{channel}: {state}</source>
        <translation>{channel}: {state}</translation>
    </message>
    <message>
        <source>Open the revision</source>
        <translation>Abrir a revisão</translation>
    </message>
    <message>
        <source>Message-ID: {id}</source>
        <translation>Message-ID: {id}</translation>
    </message>
    <message>
        <source>It will not be retried until you press Retry now or Send.</source>
        <translation>Não haverá nova tentativa até você clicar em Tentar de novo agora ou Enviar.</translation>
    </message>
    <message>
        <source>Next try: {time}.</source>
        <translation>Próxima tentativa: {time}.</translation>
    </message>
    <message>
        <source>It goes out in a moment.</source>
        <translation>Será enviado em instantes.</translation>
    </message>
    <message>
        <source>It goes out at the next connection.</source>
        <translation>Será enviado na próxima conexão.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the wiki.</source>
        <translation>Aguardando conexão com a wiki.</translation>
    </message>
</context>
<context>
    <name>DeliveryReasons</name>
    <message>
        <source>No wiki account yet — set it up in Settings.</source>
        <translation>Ainda não há conta na wiki — configure-a em Configurações.</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings.</source>
        <translation>Não há senha para a conta na wiki — informe-a em Configurações.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password.</source>
        <translation>Login recusado: verifique a senha do robô.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>Aguardando conexão.</translation>
    </message>
    <message>
        <source>No helpdesk page is chosen for this wiki: choose one in Settings and the request goes out by itself.</source>
        <translation>Nenhuma página da central de ajuda foi escolhida para esta wiki: escolha uma em Configurações e o pedido será enviado automaticamente.</translation>
    </message>
    <message>
        <source>The wiki does not accept the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>A wiki não aceita a página da central de ajuda: escolha outra em Configurações e o pedido será enviado automaticamente.</translation>
    </message>
    <message>
        <source>The wiki does not accept “{page}” as the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>A wiki não aceita “{page}” como página da central de ajuda: escolha outra em Configurações e o pedido será enviado automaticamente.</translation>
    </message>
    <message>
        <source>The wiki could not be reached.</source>
        <translation>Não foi possível acessar a wiki.</translation>
    </message>
    <message>
        <source>Someone edited the helpdesk page at the same moment.</source>
        <translation>Alguém editou a página da central de ajuda no mesmo momento.</translation>
    </message>
    <message>
        <source>The request was changed after sending and has problems to fix first.</source>
        <translation>O pedido foi alterado depois do envio e tem problemas que precisam ser corrigidos antes.</translation>
    </message>
    <message>
        <source>Email to the helpdesk is not set up any more (Settings).</source>
        <translation>O envio por e-mail para a central de ajuda não está mais configurado (Configurações).</translation>
    </message>
    <message>
        <source>The mail server could not be reached.</source>
        <translation>Não foi possível acessar o servidor de e-mail.</translation>
    </message>
    <message>
        <source>The mail server refused the login: check it in Settings.</source>
        <translation>O servidor de e-mail recusou o login: verifique-o em Configurações.</translation>
    </message>
    <message>
        <source>No password is stored for the mail server (Settings).</source>
        <translation>Nenhuma senha está salva para o servidor de e-mail (Configurações).</translation>
    </message>
    <message>
        <source>A secure connection to the mail server failed (Settings).</source>
        <translation>A conexão segura com o servidor de e-mail falhou (Configurações).</translation>
    </message>
    <message>
        <source>The mail server refused the helpdesk&apos;s address.</source>
        <translation>O servidor de e-mail recusou o endereço da central de ajuda.</translation>
    </message>
    <message>
        <source>The wiki answered with an error.</source>
        <translation>A wiki respondeu com um erro.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>O servidor de e-mail recusou a mensagem.</translation>
    </message>
    <message>
        <source>The wiki refused the edit.</source>
        <translation>A wiki recusou a edição.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Algo inesperado deu errado.</translation>
    </message>
</context>
<context>
    <name>DeskArea</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Painel de atendimento</translation>
    </message>
    <message>
        <source>Requests to the helpdesk from the wiki pages and the mailbox, kept on this computer: triage, review and reply offline; the next sync sends what you queue.</source>
        <translation>Pedidos à central de ajuda vindos das páginas da wiki e da caixa de correio, guardados neste computador: faça a triagem, avalie e responda sem conexão; a próxima sincronização envia o que você colocar na fila.</translation>
    </message>
    <message>
        <source>Search requests, requesters, partners…</source>
        <translation>Buscar pedidos, solicitantes, parceiros…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Committee &amp;pack…</source>
        <translation>&amp;Dossiê do comitê…</translation>
    </message>
    <message>
        <source>The requests of the month on the left, or the selected requests.</source>
        <translation>Os pedidos do mês à esquerda, ou os pedidos selecionados.</translation>
    </message>
    <message>
        <source>Month of the pack (YYYY-MM)</source>
        <translation>Mês do dossiê (AAAA-MM)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>P&amp;edido</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triagem</translation>
    </message>
    <message>
        <source>Fetch &amp;new requests</source>
        <translation>&amp;Buscar novos pedidos</translation>
    </message>
    <message>
        <source>Shows only requests in the chosen state.</source>
        <translation>Mostra só os pedidos no estado escolhido.</translation>
    </message>
    <message>
        <source>Reads the helpdesk pages now for new requests.</source>
        <translation>Lê agora as páginas do serviço de ajuda à procura de pedidos novos.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>A&amp;valiação</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>&amp;Resposta</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>State saved; it is shared with the next sync.</source>
        <translation>Situação salva; ela será compartilhada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Avaliação salva.</translation>
    </message>
    <message>
        <source>Reply queued; the next sync sends it.</source>
        <translation>Resposta na fila; a próxima sincronização a envia.</translation>
    </message>
    <message>
        <source>Writing the committee pack…</source>
        <translation>Gerando o dossiê do comitê…</translation>
    </message>
    <message>
        <source>Save the committee pack</source>
        <translation>Salvar o dossiê do comitê</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Offline: showing what was fetched before.</source>
        <translation>Sem conexão: mostrando o que foi buscado antes.</translation>
    </message>
    <message>
        <source>Fetched, but not everything could be read: {sources}</source>
        <translation>Buscado, mas nem tudo pôde ser lido: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s).</source>
        <translation>
            <numerusform>%n pedido novo.</numerusform>
            <numerusform>%n pedidos novos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching failed; the log has the details.</source>
        <translation>Não foi possível buscar os pedidos; os detalhes estão no registro.</translation>
    </message>
    <message>
        <source>The pack could not be written; the log has the details.</source>
        <translation>Não foi possível salvar o dossiê do comitê; os detalhes estão no registro.</translation>
    </message>
    <message numerus="yes">
        <source>Committee pack written: {path} (%n request(s)).</source>
        <translation>
            <numerusform>Dossiê do comitê salvo: {path} (%n pedido).</numerusform>
            <numerusform>Dossiê do comitê salvo: {path} (%n pedidos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskProblems</name>
    <message>
        <source>Give the mailbox as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Informe o servidor de e-mail como HOST:PORTA, por exemplo imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose implicit TLS, STARTTLS or none for the mailbox.</source>
        <translation>Escolha TLS implícito, STARTTLS ou sem criptografia para a caixa de correio.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>Informe o mês como AAAA-MM.</translation>
    </message>
    <message>
        <source>Save the pack as .pdf, .html or .csv.</source>
        <translation>Salve o dossiê como .pdf, .html ou .csv.</translation>
    </message>
    <message>
        <source>Choose one of the reply templates.</source>
        <translation>Escolha um dos modelos de resposta.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>A resposta está vazia.</translation>
    </message>
    <message>
        <source>The reply is too long.</source>
        <translation>A resposta é longa demais.</translation>
    </message>
    <message>
        <source>This request cannot be answered from here: it is no longer on the wiki page and did not come by mail.</source>
        <translation>Não é possível responder a este pedido daqui: ele não está mais na página da wiki e não chegou por e-mail.</translation>
    </message>
    <message>
        <source>Give your name as reviewer.</source>
        <translation>Informe seu nome em “Avaliador”.</translation>
    </message>
    <message>
        <source>Give every criterion a score from 1 to 5.</source>
        <translation>Dê a cada critério uma nota de 1 a 5.</translation>
    </message>
    <message>
        <source>Choose one of the request states.</source>
        <translation>Escolha uma das situações do pedido.</translation>
    </message>
</context>
<context>
    <name>DeskRequestList</name>
    <message>
        <source>Gathered requests; the one selected is shown beside them.</source>
        <translation>Os pedidos reunidos; o selecionado aparece ao lado.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Requests to the helpdesk</source>
        <translation>Pedidos à central de ajuda</translation>
    </message>
    <message>
        <source>{state} (not yet shared)</source>
        <translation>{state} (ainda não compartilhada)</translation>
    </message>
    <message>
        <source>{state} · {assignee}</source>
        <translation>{state} · {assignee}</translation>
    </message>
</context>
<context>
    <name>DeskRequestView</name>
    <message>
        <source>The request as the requester wrote it.</source>
        <translation>O pedido como quem o enviou o escreveu.</translation>
    </message>
    <message>
        <source>Other requests of this requester or partner</source>
        <translation>Outros pedidos deste solicitante ou parceiro</translation>
    </message>
    <message>
        <source>The request as written</source>
        <translation>O pedido como foi escrito</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>De: {who}</translation>
    </message>
    <message>
        <source>Partner: {partner}</source>
        <translation>Parceiro: {partner}</translation>
    </message>
    <message>
        <source>Received {date} by {channels}</source>
        <translation>Recebido em {date} via {channels}</translation>
    </message>
    <message>
        <source>— Later message from {sender} —</source>
        <translation>— Mensagem posterior de {sender} —</translation>
    </message>
    <message>
        <source>Attachment: {name} ({type}, {size} bytes)</source>
        <translation>Anexo: {name} ({type}, {size} bytes)</translation>
    </message>
    <message>
        <source>— Reply by {author} {when} —</source>
        <translation>— Resposta de {author} {when} —</translation>
    </message>
    <message>
        <source>(No longer on {where}.)</source>
        <translation>(Não está mais em {where}.)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsWidget</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Painel de atendimento</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>Eu trabalho em &amp;uma central de ajuda (mostrar o painel de atendimento)</translation>
    </message>
    <message>
        <source>Re&amp;quest pages (one per line)</source>
        <translation>&amp;Páginas de pedidos (uma por linha)</translation>
    </message>
    <message>
        <source>Mail server (host:port)</source>
        <translation>Servidor de e-mail (host:porta)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Login do e-mail</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Senha do e-mail</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Criptografia</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Deixe vazio para manter a senha salva</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (porta 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (porta 143)</translation>
    </message>
    <message>
        <source>Shows the Helpdesk desk, where requests are gathered, reviewed and answered.</source>
        <translation>Mostra a mesa da central de ajuda, onde os pedidos são reunidos, avaliados e respondidos.</translation>
    </message>
    <message>
        <source>The wiki pages where people post requests to the helpdesk.</source>
        <translation>As páginas wiki onde as pessoas publicam pedidos à central de ajuda.</translation>
    </message>
    <message>
        <source>The mailbox where requests sent by email arrive.</source>
        <translation>A caixa de correio onde chegam os pedidos enviados por e-mail.</translation>
    </message>
    <message>
        <source>The login for that mailbox.</source>
        <translation>O login dessa caixa de correio.</translation>
    </message>
    <message>
        <source>The mailbox folder to read, usually INBOX.</source>
        <translation>A pasta da caixa de correio a ler, normalmente INBOX.</translation>
    </message>
    <message>
        <source>How the connection to the mail server is encrypted.</source>
        <translation>Como a conexão com o servidor de e-mail é criptografada.</translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation>Salvar configurações do painel</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Guarda as definições deste grupo.</translation>
    </message>
    <message>
        <source>Desk settings saved; the password is in the keyring.</source>
        <translation>Configurações do painel salvas; a senha está no chaveiro.</translation>
    </message>
    <message>
        <source>Desk settings saved, but not the password: this system has no keyring. Set FIELDKIT_IMAP_PASSWORD before starting Fieldkit.</source>
        <translation>Configurações do painel salvas, mas não a senha: este sistema não tem chaveiro. Defina FIELDKIT_IMAP_PASSWORD antes de iniciar o Fieldkit.</translation>
    </message>
    <message>
        <source>Desk settings saved.</source>
        <translation>Configurações do painel salvas.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Nada foi salvo.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Não salvo: {error}</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Aguardando informações</translation>
    </message>
    <message>
        <source>With the committee</source>
        <translation>Com o comitê</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Legal &amp; ethical</source>
        <translation>Jurídico e ético</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sustentabilidade</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar recebimento</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Pedir informações</translation>
    </message>
    <message>
        <source>Decision with reasons</source>
        <translation>Decisão fundamentada</translation>
    </message>
    <message>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>aguardando envio</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>not sent yet (will retry)</source>
        <translation>ainda não enviado (será tentado de novo)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What Fieldkit read from the file itself.</source>
        <translation>O que o Fieldkit leu do próprio arquivo.</translation>
    </message>
    <message>
        <source>The file page as it will be uploaded; read only.</source>
        <translation>A página do arquivo como será carregada; somente leitura.</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>Camp&amp;os</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>T&amp;ítulo</translation>
    </message>
    <message>
        <source>Li&amp;cence &amp;&amp; location</source>
        <translation>Licen&amp;ça/local</translation>
    </message>
    <message>
        <source>&amp;Wikitext</source>
        <translation>&amp;Wikitexto</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalhes do arquivo selecionado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Facts about the file</source>
        <translation>Dados do arquivo</translation>
    </message>
    <message>
        <source>Wikitext of the file page</source>
        <translation>Wikitexto da página do arquivo</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Gerando a prévia…</translation>
    </message>
    <message>
        <source>No preview: the file cannot be shown.</source>
        <translation>Sem prévia: não é possível mostrar o arquivo.</translation>
    </message>
    <message>
        <source>Select a file in the table to see and edit it.</source>
        <translation>Selecione um arquivo na tabela para vê-lo e editá-lo.</translation>
    </message>
    <message>
        <source>On the wiki: {name}</source>
        <translation>Na wiki: {name}</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Câmera: {camera}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Data da foto: {time}</translation>
    </message>
    <message>
        <source>Records a camera location</source>
        <translation>Registra a localização da câmera</translation>
    </message>
    <message>
        <source>No wikitext yet:</source>
        <translation>Ainda sem wikitexto:</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full: free {mb} MB on the disk of {folder}, then try again. What you typed is still here and nothing saved before is lost.</source>
        <translation>O disco está cheio: libere {mb} MB no disco onde está {folder} e tente de novo. O que você digitou continua aqui, e nada do que foi salvo antes se perdeu.</translation>
    </message>
    <message>
        <source>Could not save (details in the log).</source>
        <translation>Não foi possível salvar (detalhes no registro).</translation>
    </message>
    <message>
        <source>Fieldkit cannot open its data because the disk is full: free {mb} MB on the disk of {folder}, then start Fieldkit again. Nothing saved before is lost.</source>
        <translation>O Fieldkit não consegue abrir seus dados porque o disco está cheio: libere {mb} MB no disco onde está {folder} e inicie o Fieldkit de novo. Nada do que foi salvo antes se perdeu.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>O disco está cheio</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Cannot write files without an extension: use .pdf, .odt or .html.</source>
        <translation>Não é possível gravar arquivos sem extensão: use .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Cannot write {suffix}: use .pdf, .odt or .html.</source>
        <translation>Não é possível gravar {suffix}: use .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Qt wrote no PDF to {path}.</source>
        <translation>O Qt não gravou nenhum PDF em {path}.</translation>
    </message>
    <message>
        <source>Qt could not write an ODT file to {path}.</source>
        <translation>O Qt não conseguiu gravar um arquivo ODT em {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {error}</source>
        <translation>Não foi possível gravar em {folder}: {error}</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}</source>
        <translation>Não foi possível gravar {target}: {error}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>A bundle carries a partnership — its checklists, help requests and batches, and the files themselves — to another computer on a USB stick. Import it there; later a receipt brings back what became of it.</source>
        <translation>Um pacote leva uma parceria — suas listas de verificação, pedidos de ajuda e lotes, e os próprios arquivos — para outro computador em um pendrive. Importe-o lá; depois, um comprovante traz de volta o que aconteceu com ela.</translation>
    </message>
    <message>
        <source>Include the media files</source>
        <translation>Incluir os arquivos de mídia</translation>
    </message>
    <message>
        <source>Parts of 3.9 GiB (for FAT32 sticks)</source>
        <translation>Partes de 3,9 GiB (para pendrives FAT32)</translation>
    </message>
    <message>
        <source>Parts of 700 MiB</source>
        <translation>Partes de 700 MiB</translation>
    </message>
    <message>
        <source>One file, however large</source>
        <translation>Um só arquivo, seja qual for o tamanho</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Parceria:</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Lotes:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Divisão:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Salvar como:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Pacote do Fieldkit (*.fkb)</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Descriptions and captions</source>
        <translation>Descrições e legendas</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>Código de &amp;idioma:</translation>
    </message>
    <message>
        <source>e.g. sv</source>
        <translation>ex.: pt</translation>
    </message>
    <message>
        <source>Add description</source>
        <translation>Adicionar descrição</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Adicionar legenda</translation>
    </message>
    <message>
        <source>Adds a description in the language code above.</source>
        <translation>Adiciona uma descrição no código de idioma acima.</translation>
    </message>
    <message>
        <source>Adds a caption in the language code above.</source>
        <translation>Adiciona uma legenda no código de idioma acima.</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Separe várias categorias com |</translation>
    </message>
    <message>
        <source>The file&apos;s name on Commons, without “File:” and the extension.</source>
        <translation>O nome do arquivo no Commons, sem “File:” e sem a extensão.</translation>
    </message>
    <message>
        <source>When the work was made or the photo taken: a date, a year or circa.</source>
        <translation>Quando a obra foi feita ou a foto tirada: uma data, um ano ou “circa”.</translation>
    </message>
    <message>
        <source>Who made the work, as Commons should credit them.</source>
        <translation>Quem fez a obra, como o Commons deve creditar.</translation>
    </message>
    <message>
        <source>Where the file comes from: the collection, an inventory number.</source>
        <translation>De onde vem o arquivo: o acervo, um número de inventário.</translation>
    </message>
    <message>
        <source>The museum, archive or library that holds the original.</source>
        <translation>O museu, arquivo ou biblioteca que guarda o original.</translation>
    </message>
    <message>
        <source>Wikidata items the file shows (Q-numbers), separated by |.</source>
        <translation>Itens do Wikidata que o arquivo mostra (números Q), separados por |.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees north.</source>
        <translation>Onde a foto foi tirada, em graus decimais norte.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees east.</source>
        <translation>Onde a foto foi tirada, em graus decimais leste.</translation>
    </message>
    <message>
        <source>The file page&apos;s layout: information, artwork or photograph.</source>
        <translation>A predefinição da página do arquivo: information, artwork ou photograph.</translation>
    </message>
    <message>
        <source>Your own note of where the file stands: new, done, skip…</source>
        <translation>Sua própria nota sobre a situação do arquivo: novo, feito, pular…</translation>
    </message>
    <message>
        <source>What the file shows, in this language.</source>
        <translation>O que o arquivo mostra, neste idioma.</translation>
    </message>
    <message>
        <source>One short line about the file, in this language.</source>
        <translation>Uma linha curta sobre o arquivo, neste idioma.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Find and replace in the selected files (%n)</source>
        <translation>
            <numerusform>Localizar e substituir no arquivo selecionado (%n)</numerusform>
            <numerusform>Localizar e substituir nos arquivos selecionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All text fields</source>
        <translation>Todos os campos de texto</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpressão regular</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Diferenciar &amp;maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Substituir por:</translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation>&amp;Em:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The sample partnership was removed.</source>
        <translation>A parceria de exemplo foi removida.</translation>
    </message>
</context>
<context>
    <name>GuidesBrowser</name>
    <message>
        <source>The guides; the one selected is shown beside them.</source>
        <translation>Os guias; o selecionado aparece ao lado.</translation>
    </message>
    <message>
        <source>The text of the selected guide.</source>
        <translation>O texto do guia selecionado.</translation>
    </message>
    <message>
        <source>&amp;Search the guides</source>
        <translation>&amp;Buscar nos guias</translation>
    </message>
    <message>
        <source>e.g. licence, metadata, upload</source>
        <translation>ex.: licença, metadados, carregamento</translation>
    </message>
    <message>
        <source>No guide contains all of these words. Try fewer or other words.</source>
        <translation>Nenhum guia contém todas estas palavras. Tente menos palavras ou outras.</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto do guia</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guias</translation>
    </message>
</context>
<context>
    <name>HelpWantedBox</name>
    <message>
        <source>Tick each kind of help you need.</source>
        <translation>Marque cada tipo de ajuda de que você precisa.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>Everything in the bundle is checked before anything is changed. Records edited on both computers are shown as conflicts with both values; nothing is overwritten. Its media files are copied into the folder below.</source>
        <translation>Tudo no pacote é verificado antes de qualquer alteração. Dados editados nos dois computadores aparecem como conflitos, com os dois valores; nada é sobrescrito. Os arquivos de mídia do pacote são copiados para a pasta abaixo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Pacote:</translation>
    </message>
    <message>
        <source>Media files go to:</source>
        <translation>Destino dos arquivos de mídia:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Pacote do Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Where the media files go</source>
        <translation>Para onde vão os arquivos de mídia</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n adicionado</numerusform>
            <numerusform>%n adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inalterado</numerusform>
            <numerusform>%n inalterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n alterado</numerusform>
            <numerusform>%n alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n movido</numerusform>
            <numerusform>%n movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (unreadable)</source>
        <translation>
            <numerusform>%n ignorado (ilegível)</numerusform>
            <numerusform>%n ignorados (ilegíveis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not media, left out: {names}</source>
        <translation>
            <numerusform>%n não é mídia e ficou de fora: {names}</numerusform>
            <numerusform>%n não são mídia e ficaram de fora: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the files looked at so far are updated.</source>
        <translation>Interrompido; os arquivos revistos até agora estão atualizados.</translation>
    </message>
    <message>
        <source>Looked again: {counts}.</source>
        <translation>Arquivos revistos: {counts}.</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>nenhum arquivo</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importação cancelada; nada foi adicionado.</translation>
    </message>
    <message>
        <source>No files found to import.</source>
        <translation>Nenhum arquivo encontrado para importar.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importação concluída: {counts}.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>{path} foi ignorado: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped.</source>
        <translation>
            <numerusform>…e mais %n ignorado.</numerusform>
            <numerusform>…e mais %n ignorados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>Boas-vindas ao Fieldkit</translation>
    </message>
    <message>
        <source>Fieldkit helps you bring a museum&apos;s, an archive&apos;s or a library&apos;s collection to Wikimedia Commons: plan the partnership, prepare the files and upload them, also without a connection. Three short questions first.</source>
        <translation>O Fieldkit ajuda você a levar o acervo de um museu, de um arquivo ou de uma biblioteca para o Wikimedia Commons: planejar a parceria, preparar os arquivos e carregá-los, inclusive sem conexão. Antes, três perguntas rápidas.</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldkit:</source>
        <translation>&amp;Idioma do Fieldkit:</translation>
    </message>
    <message>
        <source>You can change every answer later in Settings.</source>
        <translation>Você pode mudar cada resposta depois em Configurações.</translation>
    </message>
</context>
<context>
    <name>LicenceChooser</name>
    <message>
        <source>The free licence the partner agrees to publish the files under.</source>
        <translation>A licença livre sob a qual o parceiro concorda em publicar os arquivos.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Ainda não escolhida</translation>
    </message>
    <message>
        <source>What it means for the partner</source>
        <translation>O que ela significa para a instituição parceira</translation>
    </message>
    <message>
        <source>Choose the licence the partner agrees to; the guide “Talking about licences” helps with that conversation.</source>
        <translation>Escolha a licença que a instituição parceira aceita; o guia “Conversar com as instituições parceiras sobre licenças livres” ajuda nessa conversa.</translation>
    </message>
    <message>
        <source>This licence is no longer in Fieldkit&apos;s list; choose another.</source>
        <translation>Esta licença não está mais na lista do Fieldkit; escolha outra.</translation>
    </message>
</context>
<context>
    <name>LogArea</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Fieldkit&apos;s log: what it did and what went wrong.</source>
        <translation>O registro do Fieldkit: o que ele fez e o que deu errado.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Reads the log file again.</source>
        <translation>Volta a ler o ficheiro de registo.</translation>
    </message>
    <message>
        <source>What Fieldkit did recently. The full log is in {path}</source>
        <translation>O que o Fieldkit fez recentemente. O registro completo está em {path}</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>O registro está vazio.</translation>
    </message>
    <message>
        <source>Recent log lines</source>
        <translation>Linhas recentes do registro</translation>
    </message>
    <message>
        <source>The log could not be read: {error}</source>
        <translation>Não foi possível ler o registro: {error}</translation>
    </message>
</context>
<context>
    <name>LogLinks</name>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Requests to the helpdesk&apos;s email address are sent through your mail provider&apos;s outgoing server; its help pages name it (for example smtp.example.org:587).</source>
        <translation>Os pedidos ao endereço de e-mail da central de ajuda são enviados pelo servidor de saída do seu provedor de e-mail; as páginas de ajuda do provedor informam qual é (por exemplo, smtp.example.org:587).</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>Criptogra&amp;fia</translation>
    </message>
    <message>
        <source>Mail pa&amp;ssword</source>
        <translation>Sen&amp;ha do e-mail</translation>
    </message>
    <message>
        <source>Optional: the mailbox where the helpdesk&apos;s answers to your mailed requests arrive (IMAP), so Fieldkit shows them beside each request.</source>
        <translation>Opcional: a caixa de correio onde chegam as respostas da central de ajuda aos pedidos que você enviou por e-mail (IMAP), para que o Fieldkit as mostre ao lado de cada pedido.</translation>
    </message>
    <message>
        <source>Outgoing server (host:port)</source>
        <translation>Servidor de saída (host:porta)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Login do e-mail</translation>
    </message>
    <message>
        <source>S&amp;ender address</source>
        <translation>&amp;Endereço do remetente</translation>
    </message>
    <message>
        <source>Mailbox for replies (host:port)</source>
        <translation>Caixa de correio para respostas (host:porta)</translation>
    </message>
    <message>
        <source>Mailbo&amp;x user name</source>
        <translation>Nome de usu&amp;ário da caixa de correio</translation>
    </message>
    <message>
        <source>Mailbox passwor&amp;d</source>
        <translation>Senha da caixa de c&amp;orreio</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Deixe vazio para manter a senha salva</translation>
    </message>
    <message>
        <source>for example smtp.example.org:587</source>
        <translation>ex.: smtp.example.org:587</translation>
    </message>
    <message>
        <source>for example imap.example.org:993</source>
        <translation>ex.: imap.example.org:993</translation>
    </message>
    <message>
        <source>for example name@example.org</source>
        <translation>ex.: nome@example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (porta 465)</translation>
    </message>
    <message>
        <source>None (a server on this computer or network only)</source>
        <translation>Nenhuma (só para um servidor neste computador ou nesta rede)</translation>
    </message>
    <message>
        <source>Save email settings</source>
        <translation>Salvar configurações de e-mail</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Guarda as definições deste grupo.</translation>
    </message>
    <message>
        <source>Email settings saved, but not the mail password: the keyring refused it. Set FIELDKIT_SMTP_PASSWORD before starting Fieldkit.</source>
        <translation>Configurações de e-mail salvas, mas não a senha do e-mail: o chaveiro a recusou. Defina FIELDKIT_SMTP_PASSWORD antes de iniciar o Fieldkit.</translation>
    </message>
    <message>
        <source>Email settings saved.</source>
        <translation>Configurações de e-mail salvas.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Nada foi salvo.</translation>
    </message>
    <message>
        <source>The email settings could not be saved; the log has the details.</source>
        <translation>Não foi possível salvar as configurações de e-mail; os detalhes estão no registro.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fieldkit</source>
        <translation>Fieldkit</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Prepare a partner&apos;s files for Commons: import them into a batch, describe them, and fix what the checks find. Everything is saved at once, offline.</source>
        <translation>Prepare os arquivos de uma instituição parceira para o Commons: importe-os para um lote, descreva-os e corrija o que as verificações encontrarem. Tudo é salvo na hora, mesmo sem conexão.</translation>
    </message>
    <message>
        <source>No batches yet. Press “New batch…” to start one for a partnership; then import files or drag a folder here.</source>
        <translation>Nenhum lote ainda. Clique em “Novo lote…” para começar um para uma parceria; depois importe arquivos ou arraste uma pasta para cá.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln files…</source>
        <translation>
            <numerusform>Lendo %Ln arquivo…</numerusform>
            <numerusform>Lendo %Ln arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Lendo os arquivos…</translation>
    </message>
    <message>
        <source>This batch has no files yet. Press “Import files…” or “Import folder…”, or drag files and folders here. The files themselves are never changed.</source>
        <translation>Este lote ainda não tem arquivos. Clique em “Importar arquivos…” ou “Importar pasta…”, ou arraste arquivos e pastas para cá. Os próprios arquivos nunca são alterados.</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Marcadores desconhecidos: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>New titles: %n.</source>
        <translation>
            <numerusform>Novos títulos: %n.</numerusform>
            <numerusform>Novos títulos: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFields</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Depicts (Wikidata)</source>
        <translation>Retrata (Wikidata)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>MediaProblems</name>
    <message>
        <source>Choose a licence.</source>
        <translation>Escolha uma licença.</translation>
    </message>
    <message>
        <source>The licence is not in Fieldkit&apos;s catalogue.</source>
        <translation>A licença não está no catálogo do Fieldkit.</translation>
    </message>
    <message>
        <source>Say who made the work.</source>
        <translation>Informe quem fez a obra.</translation>
    </message>
    <message>
        <source>Say where the file comes from.</source>
        <translation>Informe de onde vem o arquivo.</translation>
    </message>
    <message>
        <source>Give a date, or “unknown” if nobody knows it.</source>
        <translation>Informe uma data, ou “unknown” se ninguém souber.</translation>
    </message>
    <message>
        <source>Write at least one description or caption.</source>
        <translation>Escreva pelo menos uma descrição ou legenda.</translation>
    </message>
    <message>
        <source>The file has no title.</source>
        <translation>O arquivo não tem título.</translation>
    </message>
    <message>
        <source>The file records where it was taken. Choose for the batch whether to keep or remove the location before upload.</source>
        <translation>O arquivo registra onde a foto foi tirada. Escolha para o lote se a localização será mantida ou removida antes do carregamento.</translation>
    </message>
    <message>
        <source>The file records where it was taken; the location will be published.</source>
        <translation>O arquivo registra onde a foto foi tirada; a localização será publicada.</translation>
    </message>
    <message>
        <source>The location will be removed from the uploaded copy (the original stays).</source>
        <translation>A localização será removida da cópia carregada (o original fica intacto).</translation>
    </message>
    <message>
        <source>The file is not where it was imported from.</source>
        <translation>O arquivo não está mais no local de onde foi importado.</translation>
    </message>
    <message>
        <source>The file changed on disk since it was imported.</source>
        <translation>O arquivo foi alterado no disco desde que foi importado.</translation>
    </message>
    <message>
        <source>The file is damaged; it cannot be uploaded as it is.</source>
        <translation>O arquivo está danificado; não pode ser carregado como está.</translation>
    </message>
    <message>
        <source>The file is cut short (incomplete); it cannot be uploaded.</source>
        <translation>O arquivo está truncado (incompleto); não pode ser carregado.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o arquivo.</translation>
    </message>
    <message>
        <source>The same file is in this batch more than once.</source>
        <translation>O mesmo arquivo aparece mais de uma vez neste lote.</translation>
    </message>
    <message>
        <source>“{title}” is a camera file name and says nothing about the content.</source>
        <translation>“{title}” é um nome de arquivo da câmera e não diz nada sobre o conteúdo.</translation>
    </message>
    <message>
        <source>The title contains characters not allowed: {characters}</source>
        <translation>O título contém caracteres não permitidos: {characters}</translation>
    </message>
    <message>
        <source>The title is {bytes} bytes long; the limit is {limit} bytes.</source>
        <translation>O título tem {bytes} bytes; o limite é {limit} bytes.</translation>
    </message>
    <message>
        <source>Another file in this batch has the title “{title}”.</source>
        <translation>Outro arquivo deste lote tem o título “{title}”.</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Marcadores desconhecidos: {fields}</translation>
    </message>
    <message>
        <source>File names cannot contain {characters} (the wiki would rename the file); for example: “{suggestion}”.</source>
        <translation>Nomes de arquivo não podem conter {characters} (a wiki renomearia o arquivo); por exemplo: “{suggestion}”.</translation>
    </message>
    <message>
        <source>Uploaded and verified as “{title}”.</source>
        <translation>Carregado e verificado como “{title}”.</translation>
    </message>
    <message>
        <source>The folder cannot be opened ({reason}), so its files were not imported. Check its permissions, or move it to a shorter path.</source>
        <translation>Não é possível abrir a pasta ({reason}), então os arquivos dela não foram importados. Verifique as permissões ou mova-a para um caminho mais curto.</translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid text (it has bytes that are not UTF-8), so it was not imported. Rename the file and import again.</source>
        <translation>O nome do arquivo não é um texto válido (tem bytes que não são UTF-8), então ele não foi importado. Renomeie o arquivo e importe-o de novo.</translation>
    </message>
    <message>
        <source>The batch needs a name.</source>
        <translation>O lote precisa de um nome.</translation>
    </message>
    <message>
        <source>The batch name is longer than {max} characters.</source>
        <translation>O nome do lote tem mais de {max} caracteres.</translation>
    </message>
    <message>
        <source>The batch name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>O nome do lote contém caracteres de controle ({characters}), como uma quebra de linha; escreva-o em uma única linha.</translation>
    </message>
    <message>
        <source>The folder&apos;s name is not valid text (it has bytes that are not UTF-8), so its files were not imported. Rename the folder and import again.</source>
        <translation>O nome da pasta não é um texto válido (tem bytes que não são UTF-8), então os arquivos dela não foram importados. Renomeie a pasta e importe-a de novo.</translation>
    </message>
    <message>
        <source>The title contains control characters or “~~~”; remove them.</source>
        <translation>O título contém caracteres de controle ou “~~~”; remova-os.</translation>
    </message>
    <message>
        <source>The title ends in .{title_extension} but the file is a .{file_extension} file.</source>
        <translation>O título termina em .{title_extension}, mas o arquivo é do tipo .{file_extension}.</translation>
    </message>
    <message>
        <source>The title “{title}” is already used in the batch “{batch}”.</source>
        <translation>O título “{title}” já é usado no lote “{batch}”.</translation>
    </message>
    <message>
        <source>A file named “{title}” already exists on the wiki.</source>
        <translation>Já existe na wiki um arquivo chamado “{title}”.</translation>
    </message>
    <message>
        <source>This file was already imported in the batch “{batch}”.</source>
        <translation>Este arquivo já foi importado no lote “{batch}”.</translation>
    </message>
    <message>
        <source>This file is already on the wiki as “{title}”.</source>
        <translation>Este arquivo já está na wiki como “{title}”.</translation>
    </message>
    <message>
        <source>“{date}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”.</source>
        <translation>“{date}” não é uma data; use AAAA, AAAA-MM, AAAA-MM-DD ou “unknown”.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>O arquivo está vazio (0 bytes).</translation>
    </message>
    <message>
        <source>The file is larger than {limit}; it is uploaded in chunks.</source>
        <translation>O arquivo é maior que {limit}; ele é carregado em partes.</translation>
    </message>
    <message>
        <source>The location cannot be removed from this kind of file without changing the picture; remove it with another program, or keep it.</source>
        <translation>Não é possível remover a localização deste tipo de arquivo sem alterar a imagem; remova-a com outro programa ou mantenha-a.</translation>
    </message>
    <message>
        <source>The location could not be removed from a copy of the file (is the disk full?). The file was not queued.</source>
        <translation>Não foi possível remover a localização de uma cópia do arquivo (o disco está cheio?). O arquivo não foi colocado na fila.</translation>
    </message>
    <message>
        <source>The GPS position in the file cannot be read; it is ignored.</source>
        <translation>Não é possível ler a posição GPS do arquivo; ela será ignorada.</translation>
    </message>
    <message>
        <source>The orientation recorded in the file is not valid; it is ignored.</source>
        <translation>A orientação registrada no arquivo não é válida; ela será ignorada.</translation>
    </message>
    <message>
        <source>The embedded metadata (EXIF) could not be read; it is ignored.</source>
        <translation>Não foi possível ler os metadados incorporados (EXIF); eles serão ignorados.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>A linha {row} não corresponde a nenhum arquivo deste lote.</translation>
    </message>
    <message>
        <source>The column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>A coluna “{column}” não é um campo do Fieldkit; linhas com valor nela são recusadas.</translation>
    </message>
    <message>
        <source>This is a named pipe, not a file with content; it was not read.</source>
        <translation>Isto é um pipe nomeado (named pipe), não um arquivo com conteúdo; não foi lido.</translation>
    </message>
    <message>
        <source>This is a socket, not a file with content; it was not read.</source>
        <translation>Isto é um socket, não um arquivo com conteúdo; não foi lido.</translation>
    </message>
    <message>
        <source>This is a device or special file, not a file with content; it was not read.</source>
        <translation>Isto é um dispositivo ou arquivo especial, não um arquivo com conteúdo; não foi lido.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Convert it to JPEG (for example with GIMP or ImageMagick).</source>
        <translation>Converta-o para JPEG (por exemplo, com o GIMP ou o ImageMagick).</translation>
    </message>
    <message>
        <source>Develop the camera RAW file to TIFF or JPEG (for example with darktable).</source>
        <translation>Revele o arquivo RAW da câmera para TIFF ou JPEG (por exemplo, com o darktable).</translation>
    </message>
    <message>
        <source>Export the document to PDF (for example with LibreOffice).</source>
        <translation>Exporte o documento para PDF (por exemplo, com o LibreOffice).</translation>
    </message>
    <message>
        <source>Spreadsheets are not media: put the data in the file descriptions, or export to PDF.</source>
        <translation>Planilhas não são mídia: coloque os dados nas descrições dos arquivos ou exporte para PDF.</translation>
    </message>
    <message>
        <source>Export the presentation to PDF (for example with LibreOffice).</source>
        <translation>Exporte a apresentação para PDF (por exemplo, com o LibreOffice).</translation>
    </message>
    <message>
        <source>Unpack the archive and import the files in it.</source>
        <translation>Descompacte o arquivo compactado e importe os arquivos que ele contém.</translation>
    </message>
    <message>
        <source>Convert it to PNG (lossless), for example with GIMP.</source>
        <translation>Converta-o para PNG (sem perdas), por exemplo, com o GIMP.</translation>
    </message>
    <message>
        <source>Convert the video to WebM (for example with ffmpeg or HandBrake).</source>
        <translation>Converta o vídeo para WebM (por exemplo, com o ffmpeg ou o HandBrake).</translation>
    </message>
    <message>
        <source>Convert the sound to Ogg or FLAC (for example with Audacity).</source>
        <translation>Converta o áudio para Ogg ou FLAC (por exemplo, com o Audacity).</translation>
    </message>
    <message>
        <source>Not a media file; it was not added to the batch.</source>
        <translation>Não é um arquivo de mídia; não foi adicionado ao lote.</translation>
    </message>
    <message>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>A wiki não aceita arquivos .{extension}.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto simples</translation>
    </message>
    <message>
        <source>not a recognised format</source>
        <translation>de um formato não reconhecido</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>The file is named .{extension} but its content is {kind}.</source>
        <translation>O arquivo tem a extensão .{extension}, mas o conteúdo é {kind}.</translation>
    </message>
    <message>
        <source>The file is {size}; the wiki accepts at most {limit}.</source>
        <translation>O arquivo tem {size}; a wiki aceita no máximo {limit}.</translation>
    </message>
    <message>
        <source>Make a smaller copy (a lower quality setting) or split the film into parts.</source>
        <translation>Faça uma cópia menor (com uma configuração de qualidade mais baixa) ou divida o filme em partes.</translation>
    </message>
    <message>
        <source>Make a smaller copy (Opus at a lower bitrate) or split the recording into parts.</source>
        <translation>Faça uma cópia menor (Opus com taxa de bits mais baixa) ou divida a gravação em partes.</translation>
    </message>
    <message>
        <source>Make a smaller copy in Opus, or split the recording into parts.</source>
        <translation>Faça uma cópia menor em Opus ou divida a gravação em partes.</translation>
    </message>
    <message>
        <source>Save it as FLAC (lossless, about half the size) or split the recording into parts.</source>
        <translation>Salve-o como FLAC (sem perdas, cerca de metade do tamanho) ou divida a gravação em partes.</translation>
    </message>
    <message>
        <source>Split the document into volumes (for example with PDFsam or qpdf).</source>
        <translation>Divida o documento em volumes (por exemplo, com o PDFsam ou o qpdf).</translation>
    </message>
    <message>
        <source>Save a compressed copy (LZW or Deflate TIFF) or a JPEG for the wiki.</source>
        <translation>Salve uma cópia compactada (TIFF com LZW ou Deflate) ou um JPEG para a wiki.</translation>
    </message>
    <message>
        <source>Make a smaller copy or split it into parts first.</source>
        <translation>Primeiro faça uma cópia menor ou divida-o em partes.</translation>
    </message>
    <message>
        <source>For example: {command}</source>
        <translation>Por exemplo: {command}</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>A corrigir</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Set licence</source>
        <translation>Definir licença</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Remover localização</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Aplicar padrão</translation>
    </message>
    <message>
        <source>Replace with “-”</source>
        <translation>Substituir por “-”</translation>
    </message>
</context>
<context>
    <name>MediaTableEditor</name>
    <message>
        <source>The files of the batch; the one selected is shown beside them.</source>
        <translation>Os arquivos do lote; o selecionado aparece ao lado.</translation>
    </message>
    <message>
        <source>Hides the files that are ready to upload.</source>
        <translation>Oculta os arquivos prontos para carregar.</translation>
    </message>
    <message>
        <source>Filter by file, title, description, author, source or category</source>
        <translation>Filtrar por arquivo, título, descrição, autor, fonte ou categoria</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar arquivos</translation>
    </message>
    <message>
        <source>&amp;Only files with problems</source>
        <translation>Só arquivos com pro&amp;blemas</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Editar seleção…</translation>
    </message>
    <message>
        <source>Give all selected files the same value (Ctrl+E)</source>
        <translation>Dar o mesmo valor a todos os arquivos selecionados (Ctrl+E)</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>Preen&amp;cher para baixo</translation>
    </message>
    <message>
        <source>Copy the first selected row&apos;s value down the selection (Ctrl+D)</source>
        <translation>Copiar o valor da primeira linha selecionada para as demais linhas da seleção (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>Locali&amp;zar e substituir…</translation>
    </message>
    <message>
        <source>Replace text in the selected files (Ctrl+H)</source>
        <translation>Substituir texto nos arquivos selecionados (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Desfazer a última edição (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;fazer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refazer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Files in the batch</source>
        <translation>Arquivos do lote</translation>
    </message>
    <message>
        <source>Select the files to edit first.</source>
        <translation>Primeiro selecione os arquivos a editar.</translation>
    </message>
    <message numerus="yes">
        <source>Files changed: %n.</source>
        <translation>
            <numerusform>Arquivos alterados: %n.</numerusform>
            <numerusform>Arquivos alterados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more rows to fill down.</source>
        <translation>Selecione duas ou mais linhas para preencher para baixo.</translation>
    </message>
    <message numerus="yes">
        <source>Files filled: %n.</source>
        <translation>
            <numerusform>Arquivos preenchidos: %n.</numerusform>
            <numerusform>Arquivos preenchidos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fields changed: %n.</source>
        <translation>
            <numerusform>Campos alterados: %n.</numerusform>
            <numerusform>Campos alterados: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Arquivo ausente</translation>
    </message>
    <message>
        <source>The batch&apos;s licence (this file has no licence of its own)</source>
        <translation>A licença do lote (este arquivo não tem licença própria)</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>Problemas: %n</numerusform>
            <numerusform>Problemas: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>Novo lote</translation>
    </message>
    <message>
        <source>e.g. Postcards 1920s</source>
        <translation>ex.: Postais de 1920</translation>
    </message>
    <message>
        <source>A new partnership name creates the partnership too.</source>
        <translation>Um nome de parceria novo também cria a parceria.</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>&amp;Parceria:</translation>
    </message>
    <message>
        <source>&amp;Batch name:</source>
        <translation>&amp;Nome do lote:</translation>
    </message>
</context>
<context>
    <name>NewPartnershipDialog</name>
    <message>
        <source>New partnership</source>
        <translation>Nova parceria</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Nome da instituição parceira:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>ex.: Museu Paulista</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
</context>
<context>
    <name>PartnershipDetail</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>Texto OpenDocument, editável (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página da web (*.html)</translation>
    </message>
    <message>
        <source>Save the agreement draft</source>
        <translation>Salvar a minuta do acordo</translation>
    </message>
    <message>
        <source>Agreement draft - {name}</source>
        <translation>Minuta do acordo - {name}</translation>
    </message>
    <message>
        <source>Agreement draft: {name}</source>
        <translation>Minuta do acordo: {name}</translation>
    </message>
    <message>
        <source>The draft was not saved to {path}: check that the folder exists and can be written to, and that the name ends in .pdf, .odt or .html.</source>
        <translation>A minuta não foi salva em {path}: verifique se a pasta existe e permite gravação, e se o nome termina em .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Draft saved to {path}. It is not legal advice: have it checked.</source>
        <translation>Minuta salva em {path}. Não é aconselhamento jurídico: peça que alguém a revise.</translation>
    </message>
    <message>
        <source>Left blank to fill in: {parts}.</source>
        <translation>Deixado em branco para preencher: {parts}.</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>Detal&amp;hes</translation>
    </message>
    <message>
        <source>Checklist&amp;s</source>
        <translation>Listas &amp;de verificação</translation>
    </message>
    <message>
        <source>Agreement d&amp;raft…</source>
        <translation>Min&amp;uta do acordo…</translation>
    </message>
    <message>
        <source>Save a draft agreement (PDF, ODT or HTML) from what is filled in here</source>
        <translation>Salvar uma minuta de acordo (PDF, ODT ou HTML) a partir do que está preenchido aqui</translation>
    </message>
    <message>
        <source>Choose a partnership in the list to see its details, checklists and agreement draft.</source>
        <translation>Escolha uma parceria na lista para ver os detalhes, as listas de verificação e a minuta do acordo.</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>Saved as you type.</source>
        <translation>Salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>Not everything was saved: please fix what is marked in red.</source>
        <translation>Nem tudo foi salvo: corrija o que está marcado em vermelho.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>Pa&amp;ís</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>First contact &amp;on</source>
        <translation>&amp;Primeiro contato em</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado em</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Credit &amp;line</source>
        <translation>T&amp;exto de atribuição</translation>
    </message>
    <message>
        <source>&amp;Kind of institution</source>
        <translation>&amp;Tipo de instituição</translation>
    </message>
    <message>
        <source>two-letter code, e.g. SE</source>
        <translation>código de duas letras, ex.: BR</translation>
    </message>
    <message>
        <source>e.g. sv, en</source>
        <translation>ex.: pt, en</translation>
    </message>
    <message>
        <source>name and role</source>
        <translation>nome e cargo</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>Pe&amp;ssoa de contato</translation>
    </message>
    <message>
        <source>Contact &amp;details</source>
        <translation>Dados de c&amp;ontato</translation>
    </message>
    <message>
        <source>email, phone, address</source>
        <translation>e-mail, telefone, endereço</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>which collection, roughly how many files, in what form</source>
        <translation>qual acervo, quantos arquivos aproximadamente, em que formato</translation>
    </message>
    <message>
        <source>how files should credit the partner; the name if empty</source>
        <translation>como os arquivos devem dar crédito à instituição parceira; o nome dela, se ficar vazio</translation>
    </message>
    <message>
        <source>anything worth remembering</source>
        <translation>tudo o que valha a pena lembrar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>The partner&apos;s name as reports, credits and the agreement give it.</source>
        <translation>O nome do parceiro como aparece nos relatórios, nos créditos e no acordo.</translation>
    </message>
    <message>
        <source>Museum, archive, library, university or another kind.</source>
        <translation>Museu, arquivo, biblioteca, universidade ou outro tipo.</translation>
    </message>
    <message>
        <source>How far the partnership has come, from first contact to done.</source>
        <translation>Até onde a parceria chegou, do primeiro contato à conclusão.</translation>
    </message>
    <message>
        <source>L&amp;icence</source>
        <translation>&amp;Licença</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
</context>
<context>
    <name>PartnershipListPane</name>
    <message>
        <source>All partnerships: {progress}</source>
        <translation>Todas as parcerias: {progress}</translation>
    </message>
    <message>
        <source>Shows only partners of the chosen kind.</source>
        <translation>Mostra só os parceiros do tipo escolhido.</translation>
    </message>
    <message>
        <source>Shows only partnerships at the chosen stage.</source>
        <translation>Mostra só as parcerias na etapa escolhida.</translation>
    </message>
    <message>
        <source>Your partnerships; the one selected is shown beside them.</source>
        <translation>Suas parcerias; a selecionada aparece ao lado.</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>No&amp;va parceria…</translation>
    </message>
    <message>
        <source>Start a page for a partner institution</source>
        <translation>Criar uma página para uma instituição parceira</translation>
    </message>
    <message>
        <source>Search names, contacts, notes</source>
        <translation>Buscar nomes, contatos, notas</translation>
    </message>
    <message>
        <source>Search partnerships</source>
        <translation>Buscar parcerias</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas as fases</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>Mostrar só este tipo</translation>
    </message>
    <message>
        <source>Show only this stage</source>
        <translation>Mostrar só esta fase</translation>
    </message>
    <message>
        <source>No partnerships yet. Press “New partnership” and give the institution&apos;s name; everything you add later is saved as you type.</source>
        <translation>Nenhuma parceria ainda. Clique em “Nova parceria” e informe o nome da instituição; tudo o que você acrescentar depois é salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>No partnership matches. Clear the search or choose “All kinds” and “All stages”.</source>
        <translation>Nenhuma parceria corresponde. Limpe a busca ou escolha “Todos os tipos” e “Todas as fases”.</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Your first partnership</source>
        <translation>Sua primeira parceria</translation>
    </message>
    <message>
        <source>A partnership is one partner institution — a museum, an archive, a library — and everything you do with it: contacts, a checklist, batches of files.</source>
        <translation>Uma parceria é uma instituição parceira — um museu, um arquivo, uma biblioteca — e tudo o que você faz com ela: contatos, uma lista de verificação, lotes de arquivos.</translation>
    </message>
    <message>
        <source>C&amp;reate my first partnership</source>
        <translation>C&amp;riar minha primeira parceria</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Nome da instituição parceira:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>p. ex. Nordiska museet</translation>
    </message>
    <message>
        <source>&amp;Kind of institution:</source>
        <translation>T&amp;ipo de instituição:</translation>
    </message>
    <message>
        <source>&amp;Open a sample partnership to explore</source>
        <translation>Abrir uma parceria de &amp;exemplo para explorar</translation>
    </message>
    <message>
        <source>A made-up museum with a checklist and four photos to try things on. Remove it with one click (“Remove sample”) when you are done.</source>
        <translation>Um museu fictício com uma lista de verificação e quatro fotos para fazer testes. Remova-o com um clique (“Remover exemplo”) quando terminar.</translation>
    </message>
    <message>
        <source>Ne&amp;ither, I will start later</source>
        <translation>Nenhuma das duas, vou começar &amp;depois</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>Eu trabal&amp;ho em uma central de ajuda (mostrar o painel de atendimento)</translation>
    </message>
    <message>
        <source>For helpdesk staff who answer partners&apos; requests. Settings has the rest: the pages and the mailbox to gather requests from.</source>
        <translation>Para a equipe da central de ajuda que responde aos pedidos das instituições parceiras. O restante está em Configurações: as páginas e a caixa de correio de onde reunir os pedidos.</translation>
    </message>
    <message>
        <source>Preparing the sample…</source>
        <translation>Preparando o exemplo…</translation>
    </message>
    <message>
        <source>The sample could not be made. Create a partnership instead.</source>
        <translation>Não foi possível criar o exemplo. Crie uma parceria em vez disso.</translation>
    </message>
</context>
<context>
    <name>PartnershipTexts</name>
    <message>
        <source>Museum</source>
        <translation>Museu</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidade</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Órgão público</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grupo comunitário</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideia</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>Em conversa</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordo fechado</translation>
    </message>
    <message>
        <source>Preparing files</source>
        <translation>Preparando arquivos</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>Relatando resultados</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>partnership stage</comment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>checklist step</comment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation>Nenhuma lista de verificação ainda</translation>
    </message>
    <message numerus="yes">
        <source>%n of {applicable} steps done</source>
        <translation>
            <numerusform>%n de {applicable} etapas concluídas</numerusform>
            <numerusform>%n de {applicable} etapas concluídas</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>o nome da instituição parceira</translation>
    </message>
    <message>
        <source>the contact at the partner</source>
        <translation>o contato na instituição parceira</translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation>seu nome (Configurações)</translation>
    </message>
    <message>
        <source>the material</source>
        <translation>o material</translation>
    </message>
    <message>
        <source>the credit line</source>
        <translation>o texto de atribuição</translation>
    </message>
    <message>
        <source>the licence</source>
        <translation>a licença</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>É preciso um nome.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>O nome tem mais de {max} caracteres.</translation>
    </message>
    <message>
        <source>The name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>O nome contém caracteres de controle ({characters}), como uma quebra de linha; escreva-o em uma única linha.</translation>
    </message>
    <message>
        <source>There already is a partnership called “{name}”.</source>
        <translation>Já existe uma parceria chamada “{name}”.</translation>
    </message>
    <message>
        <source>Countries are best written as two-letter codes (SE, FR, EG).</source>
        <translation>É melhor escrever os países como códigos de duas letras (BR, PT, AO).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2024-05-31.</source>
        <translation>Escreva a data como AAAA-MM-DD, por exemplo 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose the kind from the list.</source>
        <translation>Escolha o tipo na lista.</translation>
    </message>
    <message>
        <source>Choose the status from the list.</source>
        <translation>Escolha a situação na lista.</translation>
    </message>
    <message>
        <source>Problem with {field}: {code}</source>
        <translation>Problema em {field}: {code}</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <source>One page per partner institution: contacts, what was agreed, the licence and a checklist of what is done. Everything is saved as you type.</source>
        <translation>Uma página por instituição parceira: contatos, o que foi acordado, a licença e uma lista de verificação do que já foi feito. Tudo é salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Pa&amp;rceiros</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guias</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for your passwords</source>
        <translation>Frase secreta das suas senhas</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Choose a passphrase to lock it (at least {length} characters). You type it once each time Fieldkit starts; without it nobody can read the passwords in the file, and Fieldkit cannot send. A forgotten passphrase cannot be recovered: you would enter the passwords again.</source>
        <translation>Este computador não tem chaveiro do sistema, então o Fieldkit guarda as senhas da wiki e do e-mail em um arquivo criptografado na pasta de dados dele:
{path}

Escolha uma frase secreta para proteger o arquivo (pelo menos {length} caracteres). Você a digita uma vez cada vez que o Fieldkit é iniciado; sem ela, ninguém consegue ler as senhas do arquivo, e o Fieldkit não consegue enviar nada. Uma frase secreta esquecida não pode ser recuperada: você teria que informar as senhas de novo.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Type its passphrase to use them until Fieldkit is closed.</source>
        <translation>Este computador não tem chaveiro do sistema, então o Fieldkit guarda as senhas da wiki e do e-mail em um arquivo criptografado na pasta de dados dele:
{path}

Digite a frase secreta do arquivo para usar as senhas até fechar o Fieldkit.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {length} characters.</source>
        <translation>A frase secreta deve ter pelo menos {length} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases secretas não são iguais.</translation>
    </message>
    <message>
        <source>This passphrase does not open the password file. Try again.</source>
        <translation>Esta frase secreta não abre o arquivo de senhas. Tente de novo.</translation>
    </message>
    <message>
        <source>The password file cannot be used: {error}</source>
        <translation>Não é possível usar o arquivo de senhas: {error}</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Title &amp;pattern for this batch:</source>
        <translation>Padrão de tít&amp;ulo para este lote:</translation>
    </message>
    <message>
        <source>Placeholders: {fields}. {example} numbers with leading zeros.</source>
        <translation>Marcadores: {fields}. {example} gera números com zeros à esquerda.</translation>
    </message>
    <message>
        <source>&amp;Apply pattern to selected files</source>
        <translation>Aplicar padrão aos arquivos &amp;selecionados</translation>
    </message>
    <message>
        <source>Gives the selected files titles made from this pattern.</source>
        <translation>Dá aos ficheiros selecionados títulos feitos com este padrão.</translation>
    </message>
    <message>
        <source>Select a file to preview its title.</source>
        <translation>Selecione um arquivo para ver a prévia do título.</translation>
    </message>
    <message>
        <source>Preview: {file_name}</source>
        <translation>Prévia: {file_name}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: what will be sent</source>
        <translation>Prévia: o que será enviado</translation>
    </message>
    <message>
        <source>This is exactly what Fieldkit will send with the current settings. The hidden marker line lets Fieldkit recognise the request on the wiki, so it is never posted twice.</source>
        <translation>Isto é exatamente o que o Fieldkit enviará com as configurações atuais. A linha de marcação oculta permite que o Fieldkit reconheça o pedido na wiki, para que ele nunca seja publicado duas vezes.</translation>
    </message>
    <message>
        <source>(not sent this way: not set up in Settings)</source>
        <translation>(não será enviado assim: não configurado em Configurações)</translation>
    </message>
    <message>
        <source>&amp;Wiki page</source>
        <translation>Página da &amp;wiki</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>New section:</source>
        <translation>Nova seção:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation>(nenhum arquivo)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Problems: select a file</source>
        <translation>Problemas: selecione um arquivo</translation>
    </message>
    <message>
        <source>Ready to upload: no problems found.</source>
        <translation>Pronto para carregar: nenhum problema encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before upload: %n</source>
        <translation>
            <numerusform>A corrigir antes do carregamento: %n</numerusform>
            <numerusform>A corrigir antes do carregamento: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to upload; worth a look:</source>
        <translation>Pronto para carregar; vale a pena conferir:</translation>
    </message>
    <message>
        <source>Opens the licences to choose from.</source>
        <translation>Abre as licenças para escolher.</translation>
    </message>
    <message>
        <source>Licence for the whole batch</source>
        <translation>Licença para o lote inteiro</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Cancel batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message numerus="yes">
        <source>Stop uploading the %n files of this batch that are not on the wiki yet? Files already uploaded stay.</source>
        <translation>
            <numerusform>Parar de carregar o %n arquivo deste lote que ainda não está na wiki? Os arquivos já carregados permanecem.</numerusform>
            <numerusform>Parar de carregar os %n arquivos deste lote que ainda não estão na wiki? Os arquivos já carregados permanecem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the batch&apos;s ready files…</source>
        <translation>Colocando na fila os arquivos prontos do lote…</translation>
    </message>
    <message>
        <source>&amp;Cancel batch…</source>
        <translation>&amp;Cancelar lote…</translation>
    </message>
    <message>
        <source>Stop the files of this batch that wait</source>
        <translation>Parar os arquivos deste lote que estão aguardando</translation>
    </message>
    <message>
        <source>&amp;Queue fixed files</source>
        <translation>Pôr c&amp;orrigidos na fila</translation>
    </message>
    <message>
        <source>Queue the batch&apos;s ready files again with their current titles and texts</source>
        <translation>Colocar de novo na fila os arquivos prontos do lote, com os títulos e textos atuais</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decidir…</translation>
    </message>
    <message>
        <source>Answer the wiki&apos;s warning about this file</source>
        <translation>Responder ao aviso da wiki sobre este arquivo</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Tentar de &amp;novo</translation>
    </message>
    <message>
        <source>Try this file again now</source>
        <translation>Tentar este arquivo de novo agora</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>P&amp;ular</translation>
    </message>
    <message>
        <source>Do not upload this file</source>
        <translation>Não carregar este arquivo</translation>
    </message>
    <message>
        <source>&amp;Fix metadata</source>
        <translation>Corrigir &amp;metadados</translation>
    </message>
    <message>
        <source>Open this file in Media to correct it</source>
        <translation>Abrir este arquivo em Mídia para corrigi-lo</translation>
    </message>
    <message>
        <source>&amp;Open on wiki</source>
        <translation>Abrir na &amp;wiki</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir Con&amp;figurações</translation>
    </message>
    <message>
        <source>Files in the upload queue</source>
        <translation>Arquivos na fila de carregamento</translation>
    </message>
    <message>
        <source>Nothing is queued for upload. In Media, check a batch and press “Upload”: its ready files wait here, continue after a dropped link or a restart, and you can follow each one to Wikimedia Commons.</source>
        <translation>Nada na fila de carregamento. Em Mídia, verifique um lote e clique em “Carregar arquivos prontos”: eles aguardam aqui, continuam depois de uma queda de conexão ou de uma reinicialização, e você pode acompanhar cada um até o Wikimedia Commons.</translation>
    </message>
    <message numerus="yes">
        <source>%n files queued again.</source>
        <translation>
            <numerusform>%n arquivo colocado na fila de novo.</numerusform>
            <numerusform>%n arquivos colocados na fila de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Não funcionou.</translation>
    </message>
    <message>
        <source>Resume &amp;all</source>
        <translation>Retomar &amp;tudo</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Pausar &amp;tudo</translation>
    </message>
    <message>
        <source>Every upload, every batch</source>
        <translation>Todos os carregamentos, todos os lotes</translation>
    </message>
    <message>
        <source>R&amp;esume batch</source>
        <translation>R&amp;etomar lote</translation>
    </message>
    <message>
        <source>&amp;Pause batch</source>
        <translation>Pausar &amp;lote</translation>
    </message>
    <message>
        <source>Choose a batch in the list first</source>
        <translation>Escolha um lote na lista primeiro</translation>
    </message>
    <message>
        <source>Choose a file to see what happens to it.</source>
        <translation>Escolha um arquivo para ver o que acontece com ele.</translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation>{title} — {state}</translation>
    </message>
    <message>
        <source>The wiki warns: {warnings}. Press “Decide…”.</source>
        <translation>A wiki avisa: {warnings}. Clique em “Decidir…”.</translation>
    </message>
    <message>
        <source>The decision could not be saved: the file no longer waits for one.</source>
        <translation>Não foi possível salvar a decisão: o arquivo não está mais aguardando uma.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Fieldkit found its database half-created, probably because it was stopped during its first start. It held no data yet, so Fieldkit created it again.

The damaged file is kept at:
{damaged}</source>
        <translation>O Fieldkit encontrou seu banco de dados criado pela metade, provavelmente porque foi interrompido durante a primeira inicialização. Ele ainda não tinha dados, então o Fieldkit o criou de novo.

O arquivo danificado foi guardado em:
{damaged}</translation>
    </message>
    <message>
        <source>Fieldkit found its database half-upgraded, probably because the computer stopped during an update. It put back the backup made just before the update ({backup}) and upgraded it again; what you saved before the update is there.

The damaged file is kept at:
{damaged}</source>
        <translation>O Fieldkit encontrou seu banco de dados atualizado pela metade, provavelmente porque o computador desligou durante uma atualização. Ele restaurou a cópia de segurança feita logo antes da atualização ({backup}) e a atualizou de novo; o que você salvou antes da atualização está lá.

O arquivo danificado foi guardado em:
{damaged}</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Banco de dados restaurado</translation>
    </message>
</context>
<context>
    <name>RepliesPane</name>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>fetched {time}</source>
        <translation>buscada em {time}</translation>
    </message>
    <message>
        <source>Choose a request to see the helpdesk&apos;s replies.</source>
        <translation>Escolha um pedido para ver as respostas da central de ajuda.</translation>
    </message>
    <message>
        <source>Replies appear here after the request is on the wiki. Fieldkit looks for them when you are online and keeps them for reading offline.</source>
        <translation>As respostas aparecem aqui depois que o pedido estiver na wiki. O Fieldkit as procura quando você está conectado e as guarda para leitura sem conexão.</translation>
    </message>
    <message>
        <source>No replies yet. Fieldkit looks at the helpdesk page every 15 minutes while you are online, and keeps replies here for reading offline.</source>
        <translation>Nenhuma resposta ainda. O Fieldkit olha a página da central de ajuda a cada 15 minutos enquanto você está conectado e guarda as respostas aqui para leitura sem conexão.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>A ready-made reply to start from.</source>
        <translation>Uma resposta pronta para começar.</translation>
    </message>
    <message>
        <source>Puts the chosen template into the reply.</source>
        <translation>Coloca o modelo escolhido na resposta.</translation>
    </message>
    <message>
        <source>The reply; the next sync sends it.</source>
        <translation>A resposta; a próxima sincronização a envia.</translation>
    </message>
    <message>
        <source>The replies to this request so far, and whether they went.</source>
        <translation>As respostas a este pedido até agora, e se foram enviadas.</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Usar &amp;modelo</translation>
    </message>
    <message>
        <source>&amp;Queue reply</source>
        <translation>Pôr na &amp;fila</translation>
    </message>
    <message>
        <source>Puts the reply in the outbox; it is sent when online.</source>
        <translation>Coloca a resposta na caixa de saída; é enviada quando houver ligação.</translation>
    </message>
    <message>
        <source>Write the reply here, or start from a template.</source>
        <translation>Escreva a resposta aqui ou comece por um modelo.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Replies so far</source>
        <translation>Respostas anteriores</translation>
    </message>
    <message>
        <source>The reply goes into the request&apos;s own section on the wiki, signed.</source>
        <translation>A resposta vai para a própria seção do pedido na wiki, assinada.</translation>
    </message>
    <message>
        <source>The reply goes by email, in the same thread as the request.</source>
        <translation>A resposta vai por e-mail, na mesma conversa do pedido.</translation>
    </message>
    <message>
        <source>This request is no longer on the wiki page: a reply cannot be sent.</source>
        <translation>Este pedido não está mais na página da wiki: não é possível enviar uma resposta.</translation>
    </message>
    <message>
        <source>{date} by {channel}: {state} — {start}</source>
        <translation>{date} via {channel}: {state} — {start}</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Nenhuma resposta ainda.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Making the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <source>Asking the wiki where the files are used…</source>
        <translation>Perguntando à wiki onde os arquivos são usados…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página da web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Planilha (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Outcome report</source>
        <translation>Relatório de resultados</translation>
    </message>
    <message>
        <source>Could not write the report to {path}.</source>
        <translation>Não foi possível gravar o relatório em {path}.</translation>
    </message>
    <message>
        <source>Report saved as {path}</source>
        <translation>Relatório salvo como {path}</translation>
    </message>
    <message>
        <source>The batch whose outcome is shown below.</source>
        <translation>O lote cujo resultado aparece abaixo.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>Refresh &amp;usage</source>
        <translation>Atualizar &amp;uso</translation>
    </message>
    <message>
        <source>Ask the wiki which pages use the uploaded files (needs a connection)</source>
        <translation>Perguntar à wiki quais páginas usam os arquivos carregados (requer conexão)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Saves the report of the chosen batch as a file.</source>
        <translation>Guarda o relatório do lote escolhido como ficheiro.</translation>
    </message>
    <message>
        <source>No report yet. Once files of a batch are uploaded, their report for the partner appears here: what went up, under which licence, and where it is used.</source>
        <translation>Nenhum relatório ainda. Quando os arquivos de um lote forem carregados, o relatório para a instituição parceira aparece aqui: o que foi carregado, com qual licença e onde é usado.</translation>
    </message>
    <message>
        <source>Usage as read from the wiki on {date}.</source>
        <translation>Uso conforme lido na wiki em {date}.</translation>
    </message>
    <message>
        <source>Usage not read yet: press “Refresh usage” when online.</source>
        <translation>Uso ainda não lido: clique em “Atualizar uso” quando estiver conectado.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Não foi possível gerar o relatório.</translation>
    </message>
    <message>
        <source>the wiki cannot be reached</source>
        <translation>não é possível acessar a wiki</translation>
    </message>
    <message>
        <source>no wiki account is set up yet</source>
        <translation>nenhuma conta na wiki foi configurada ainda</translation>
    </message>
    <message>
        <source>no password is stored for the wiki account</source>
        <translation>não há senha salva para a conta na wiki</translation>
    </message>
    <message>
        <source>the wiki refused the login</source>
        <translation>a wiki recusou o login</translation>
    </message>
    <message>
        <source>Could not read usage from the wiki ({reason}). The report shows what was read last time.</source>
        <translation>Não foi possível ler o uso na wiki ({reason}). O relatório mostra o que foi lido da última vez.</translation>
    </message>
    <message>
        <source>the wiki answered with an error</source>
        <translation>a wiki respondeu com um erro</translation>
    </message>
    <message numerus="yes">
        <source>%n files checked on the wiki.</source>
        <translation>
            <numerusform>%n arquivo verificado na wiki.</numerusform>
            <numerusform>%n arquivos verificados na wiki.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Already sent; changes cannot be saved.</source>
        <translation>Já enviado; as alterações não podem ser salvas.</translation>
    </message>
    <message>
        <source>Already sent; it cannot be withdrawn.</source>
        <translation>Já enviado; não pode ser retirado.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Pré-&amp;visualizar…</translation>
    </message>
    <message>
        <source>See the exact wiki text and email</source>
        <translation>Ver exatamente o wikitexto e o e-mail</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Take the request out of the outbox; it becomes a draft again</source>
        <translation>Tirar o pedido da caixa de saída; ele volta a ser um rascunho</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Queue this request; it is posted to the helpdesk when you are online.</source>
        <translation>Pôr este pedido na fila; ele é publicado na central de ajuda quando você estiver conectado.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir Con&amp;figurações</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not sent: please fix what is marked in the form.</source>
        <translation>Não enviado: corrija o que está marcado no formulário.</translation>
    </message>
    <message>
        <source>Could not attach.</source>
        <translation>Não foi possível anexar.</translation>
    </message>
    <message>
        <source>Sent requests cannot be changed.</source>
        <translation>Pedidos enviados não podem ser alterados.</translation>
    </message>
    <message>
        <source>New request, not saved yet</source>
        <translation>Pedido novo, ainda não salvo</translation>
    </message>
    <message>
        <source>Saved. It has not gone out yet, so your changes go with it.</source>
        <translation>Salvo. Ele ainda não foi enviado, então suas alterações vão junto.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <source>&amp;Subject</source>
        <translation>A&amp;ssunto</translation>
    </message>
    <message>
        <source>Message &amp;to the helpdesk</source>
        <translation>Mensagem &amp;para a central de ajuda</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Wiki user name</source>
        <translation>Nome de usuário na wiki</translation>
    </message>
    <message>
        <source>You ask as</source>
        <translation>Você pergunta como</translation>
    </message>
    <message>
        <source>Affiliate or group</source>
        <translation>Afiliado ou grupo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Idiomas em que você trabalha</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Instituição parceira</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <source>Rough volume</source>
        <translation>Volume aproximado</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Resultado esperado</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Knowledge gap it fills</source>
        <translation>Lacuna de conhecimento que preenche</translation>
    </message>
    <message>
        <source>Partner&apos;s commitment</source>
        <translation>Compromisso do parceiro</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Situação da licença</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>Ajuda desejada</translation>
    </message>
    <message>
        <source>Other help</source>
        <translation>Outra ajuda</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>Com o que você precisa de ajuda?</translation>
    </message>
    <message>
        <source>Describe the partner, the material and what you plan to do. Your text is saved as you type.</source>
        <translation>Descreva a instituição parceira, o material e o que você pretende fazer. Seu texto é salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>As on the wiki, without “User:”</source>
        <translation>Como na wiki, sem “Usuário:”</translation>
    </message>
    <message>
        <source>e.g. Kenya</source>
        <translation>ex.: Quênia</translation>
    </message>
    <message>
        <source>e.g. Swahili, English</source>
        <translation>ex.: suaíli, inglês</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>e.g. National Museum of …</source>
        <translation>ex.: Museu Nacional de …</translation>
    </message>
    <message>
        <source>Photographs, maps, sound recordings, metadata…</source>
        <translation>Fotografias, mapas, gravações sonoras, metadados…</translation>
    </message>
    <message>
        <source>e.g. about 2,000 scans, 40 GB</source>
        <translation>ex.: cerca de 2.000 digitalizações, 40 GB</translation>
    </message>
    <message>
        <source>What should be on Commons when this is done?</source>
        <translation>O que deve estar no Commons quando isto terminar?</translation>
    </message>
    <message>
        <source>Who will use it, on which wikis?</source>
        <translation>Quem vai usar, e em quais wikis?</translation>
    </message>
    <message>
        <source>What is missing on the wikis today?</source>
        <translation>O que falta nas wikis hoje?</translation>
    </message>
    <message>
        <source>Staff time, scanning, metadata the partner provides…</source>
        <translation>Tempo da equipe, digitalização, metadados fornecidos pela instituição…</translation>
    </message>
    <message>
        <source>Agreed to CC BY-SA? Still discussing? Public domain?</source>
        <translation>Aceitou CC BY-SA? Ainda em discussão? Domínio público?</translation>
    </message>
    <message>
        <source>Say what other help you need</source>
        <translation>Diga de que outra ajuda você precisa</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(não escolhido)</translation>
    </message>
    <message>
        <source>A Wikimedia affiliate (chapter, thematic organisation)</source>
        <translation>Um afiliado da Wikimedia (capítulo, organização temática)</translation>
    </message>
    <message>
        <source>A Wikimedia user group</source>
        <translation>Um grupo de usuários da Wikimedia</translation>
    </message>
    <message>
        <source>An individual volunteer</source>
        <translation>Um voluntário individual</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Acordo de parceria</translation>
    </message>
    <message>
        <source>Talking with the partner about free licences</source>
        <translation>Conversar com a instituição parceira sobre licenças livres</translation>
    </message>
    <message>
        <source>Batch upload</source>
        <translation>Carregamento em lote</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadados</translation>
    </message>
    <message>
        <source>Sharing outcomes with the partner</source>
        <translation>Compartilhar os resultados com a instituição parceira</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Quem pergunta</translation>
    </message>
    <message>
        <source>The material</source>
        <translation>O material</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por que é importante</translation>
    </message>
    <message>
        <source>Your name, so that the helpdesk knows whom it answers.</source>
        <translation>Seu nome, para que a central de ajuda saiba a quem responde.</translation>
    </message>
    <message>
        <source>Whether you write for a Wikimedia affiliate, a user group or yourself.</source>
        <translation>Se você escreve por um afiliado da Wikimedia, por um grupo de usuários ou por si mesmo.</translation>
    </message>
    <message>
        <source>The affiliate or user group you write for, if any.</source>
        <translation>O afiliado ou grupo de usuários pelo qual você escreve, se houver.</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Pedidos de ajuda</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n nova</numerusform>
            <numerusform>%n novas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply from the helpdesk</source>
        <translation>
            <numerusform>%n resposta nova da central de ajuda</numerusform>
            <numerusform>%n respostas novas da central de ajuda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestProblems</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Your name helps the helpdesk address you.</source>
        <translation>Com o seu nome, a central de ajuda sabe como se dirigir a você.</translation>
    </message>
    <message>
        <source>Your wiki user name lets the helpdesk reply on your talk page.</source>
        <translation>Com o seu nome de usuário na wiki, a central de ajuda pode responder na sua página de discussão.</translation>
    </message>
    <message>
        <source>Which institution is this about?</source>
        <translation>De qual instituição se trata?</translation>
    </message>
    <message>
        <source>A line on the expected impact helps the helpdesk prioritise.</source>
        <translation>Uma linha sobre o impacto esperado ajuda a central de ajuda a definir prioridades.</translation>
    </message>
    <message>
        <source>Say whether the partner has agreed to a free licence yet.</source>
        <translation>Diga se a instituição parceira já aceitou uma licença livre.</translation>
    </message>
    <message>
        <source>Tick the kind of help you want.</source>
        <translation>Marque o tipo de ajuda que você quer.</translation>
    </message>
    <message>
        <source>Give the request a subject.</source>
        <translation>Dê um assunto ao pedido.</translation>
    </message>
    <message>
        <source>The subject is longer than {max} characters.</source>
        <translation>O assunto tem mais de {max} caracteres.</translation>
    </message>
    <message>
        <source>Describe the partner&apos;s material and what you plan to do with it.</source>
        <translation>Descreva o material da instituição parceira e o que você pretende fazer com ele.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address (name@example.org).</source>
        <translation>“{address}” não é um endereço de e-mail (nome@example.org).</translation>
    </message>
    <message>
        <source>Mail needs a sender: give your email address or set a From address.</source>
        <translation>O e-mail precisa de um remetente: informe seu endereço de e-mail ou defina um endereço de remetente.</translation>
    </message>
    <message>
        <source>A wiki user name cannot contain # &lt; &gt; [ ] | { } / @ : =.</source>
        <translation>Um nome de usuário na wiki não pode conter # &lt; &gt; [ ] | { } / @ : =.</translation>
    </message>
    <message>
        <source>Say what other help you need.</source>
        <translation>Diga de que outra ajuda você precisa.</translation>
    </message>
    <message>
        <source>{filename} is {size}; attachments may be at most {limit}. Attach a few sample files or an excerpt instead.</source>
        <translation>{filename} tem {size}; os anexos podem ter no máximo {limit}. Anexe alguns arquivos de amostra ou um trecho.</translation>
    </message>
    <message>
        <source>With {filename}, all attachments together come to {total}; the limit is {limit}.</source>
        <translation>Com {filename}, todos os anexos juntos somam {total}; o limite é {limit}.</translation>
    </message>
    <message>
        <source>{filename} cannot be read (moved, deleted or not allowed).</source>
        <translation>Não é possível ler {filename} (movido, apagado ou sem permissão).</translation>
    </message>
    <message>
        <source>A helpdesk page must be chosen for this wiki: the Commons page does not exist here. Choose it in Settings.</source>
        <translation>É preciso escolher uma página da central de ajuda para esta wiki: a página do Commons não existe aqui. Escolha-a em Configurações.</translation>
    </message>
    <message>
        <source>Choose whether you ask for an affiliate, a user group or yourself.</source>
        <translation>Escolha se você pergunta em nome de um afiliado, de um grupo de usuários ou em seu próprio nome.</translation>
    </message>
    <message>
        <source>Tick the kinds of help from the list.</source>
        <translation>Marque na lista os tipos de ajuda.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be a number.</source>
        <translation>A porta do servidor de e-mail deve ser um número.</translation>
    </message>
    <message>
        <source>Give the mailbox server as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Informe o servidor de e-mail como HOST:PORTA, por exemplo imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none as the mail server&apos;s security.</source>
        <translation>Escolha STARTTLS, TLS ou nenhuma como segurança do servidor de e-mail.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}), as a binary file read as text does; remove them.</source>
        <translation>O texto contém caracteres de controle ({characters}), como acontece quando um arquivo binário é lido como texto; remova-os.</translation>
    </message>
    <message>
        <source>This request is a draft: send it first.</source>
        <translation>Este pedido é um rascunho: envie-o primeiro.</translation>
    </message>
    <message>
        <source>This request was sent already.</source>
        <translation>Este pedido já foi enviado.</translation>
    </message>
    <message>
        <source>No helpdesk is set up: give a wiki page or an email address and mail server in Settings.</source>
        <translation>Nenhuma central de ajuda configurada: informe uma página da wiki ou um endereço de e-mail e um servidor de e-mail em Configurações.</translation>
    </message>
</context>
<context>
    <name>RequestStates</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>aguardando envio</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Wiki page</source>
        <translation>Página da wiki</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>RequestsArea</name>
    <message>
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Ask the Content Partnerships Helpdesk for help. You can write while offline: requests wait here and are posted when the wiki can be reached.</source>
        <translation>Peça apoio à central de ajuda de parcerias de conteúdo (Content Partnerships Helpdesk). Você pode escrever sem conexão: os pedidos aguardam aqui e são publicados quando a wiki estiver acessível.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Novo pedido</translation>
    </message>
    <message>
        <source>Start a new help request to the helpdesk</source>
        <translation>Começar um novo pedido de ajuda à central de ajuda</translation>
    </message>
    <message>
        <source>No requests yet. Press “New request” and write what you need; it is saved as you type.</source>
        <translation>Nenhum pedido ainda. Clique em “Novo pedido” e escreva do que você precisa; o texto é salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>P&amp;edido</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replies (%n new)</source>
        <translation>
            <numerusform>&amp;Respostas (%n nova)</numerusform>
            <numerusform>&amp;Respostas (%n novas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Respostas</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>A score from {low} (low) to {high} (high).</source>
        <translation>Uma nota de {low} (baixa) a {high} (alta).</translation>
    </message>
    <message>
        <source>Your name as the reviewer.</source>
        <translation>Seu nome como avaliador.</translation>
    </message>
    <message>
        <source>The reviews given so far.</source>
        <translation>As avaliações feitas até agora.</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Avaliador</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Comment on {criterion}</source>
        <translation>Comentário sobre {criterion}</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>Avaliações anteriores</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Salvar avaliação</translation>
    </message>
    <message>
        <source>Saves your scores for this request.</source>
        <translation>Guarda as suas pontuações para este pedido.</translation>
    </message>
    <message>
        <source>Scores from 1 (poor) to 5 (excellent). Reviews stay on this computer and go only into the committee pack.</source>
        <translation>Notas de 1 (fraco) a 5 (excelente). As avaliações ficam neste computador e só entram no dossiê do comitê.</translation>
    </message>
    <message>
        <source>Average: {scores}</source>
        <translation>Média: {scores}</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Nenhuma avaliação ainda.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>&amp;Remove sample</source>
        <translation>&amp;Remover exemplo</translation>
    </message>
    <message>
        <source>Delete the sample partnership with its checklists, batch and photos</source>
        <translation>Excluir a parceria de exemplo com suas listas de verificação, seu lote e suas fotos</translation>
    </message>
    <message>
        <source>“{name}” is a sample partnership to explore. Remove it when you are done.</source>
        <translation>“{name}” é uma parceria de exemplo para explorar. Remova-a quando terminar.</translation>
    </message>
    <message>
        <source>The sample could not be removed.</source>
        <translation>Não foi possível remover o exemplo.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Wiki and account</source>
        <translation>Wiki e conta</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>SeuNome@Fieldkit</translation>
    </message>
    <message>
        <source>Bot &amp;password</source>
        <translation>&amp;Senha do robô</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Deixe vazio para manter a senha salva</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files.</source>
        <translation>Crie uma senha de robô na wiki em Special:BotPasswords e informe o login que aparece lá (nome@bot). A senha fica guardada no chaveiro do sistema, não nos arquivos do Fieldkit.</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). This computer has no system keyring, so the password is kept in an encrypted file in Fieldkit&apos;s data folder ({path}), locked with a passphrase you choose when you first save it. Fieldkit asks for the passphrase once each time it starts.</source>
        <translation>Crie uma senha de robô na wiki em Special:BotPasswords e informe o login que aparece lá (nome@bot). Este computador não tem chaveiro do sistema, então a senha fica guardada em um arquivo criptografado na pasta de dados do Fieldkit ({path}), protegido por uma frase secreta que você escolhe ao salvar a senha pela primeira vez. O Fieldkit pede a frase secreta uma vez cada vez que é iniciado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Central de ajuda</translation>
    </message>
    <message>
        <source>W&amp;iki API address</source>
        <translation>En&amp;dereço da API da wiki</translation>
    </message>
    <message>
        <source>The address of the wiki&apos;s api.php: Wikimedia Commons unless you use another.</source>
        <translation>O endereço do api.php da wiki: o Wikimedia Commons, a menos que você use outra.</translation>
    </message>
    <message>
        <source>&amp;Bot login</source>
        <translation>Lo&amp;gin do robô</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Tries to log in with these details; saves nothing.</source>
        <translation>Tenta iniciar sessão com estes dados; não guarda nada.</translation>
    </message>
    <message>
        <source>In&amp;terface language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <source>The language of Fieldkit&apos;s menus and texts; it changes at once.</source>
        <translation>O idioma dos menus e textos do Fieldkit; muda na hora.</translation>
    </message>
    <message>
        <source>Helpdes&amp;k wiki page</source>
        <translation>Página da central na &amp;wiki</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address for requests sent by email.</source>
        <translation>O endereço da central de ajuda para pedidos enviados por e-mail.</translation>
    </message>
    <message>
        <source>Helpdesk email</source>
        <translation>E-mail da central</translation>
    </message>
    <message>
        <source>Save settin&amp;gs</source>
        <translation>Sa&amp;lvar configurações</translation>
    </message>
    <message>
        <source>Saves the settings above.</source>
        <translation>Guarda as definições acima.</translation>
    </message>
    <message>
        <source>The login must have the form name@bot, as shown on Special:BotPasswords. Nothing was saved.</source>
        <translation>O login deve ter a forma nome@bot, como aparece em Special:BotPasswords. Nada foi salvo.</translation>
    </message>
    <message>
        <source>The helpdesk email address is not valid. Nothing was saved.</source>
        <translation>O endereço de e-mail da central de ajuda não é válido. Nada foi salvo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>Settings saved. Enter the bot login too, so the password can be stored.</source>
        <translation>Configurações salvas. Informe também o login do robô, para que a senha possa ser guardada.</translation>
    </message>
    <message>
        <source>Settings saved. Storing the password…</source>
        <translation>Configurações salvas. Guardando a senha…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in the keyring.</source>
        <translation>Configurações salvas. A senha está guardada no chaveiro.</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in Fieldkit&apos;s encrypted file.</source>
        <translation>Configurações salvas. A senha está guardada no arquivo criptografado do Fieldkit.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: {reason}</source>
        <translation>Configurações salvas, mas não a senha: {reason}</translation>
    </message>
    <message>
        <source>Settings saved, but the keyring refused to keep the password.</source>
        <translation>Configurações salvas, mas o chaveiro se recusou a guardar a senha.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: it needs the passphrase of the password file. Save again to type it.</source>
        <translation>Configurações salvas, mas não a senha: é preciso a frase secreta do arquivo de senhas. Salve de novo para digitá-la.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password.</source>
        <translation>Configurações salvas, mas não a senha.</translation>
    </message>
    <message>
        <source>this system has no keyring to keep it safe. Set the environment variable FIELDKIT_PASSWORD to the bot password before starting Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>este sistema não tem um chaveiro para guardá-la com segurança. Defina a variável de ambiente FIELDKIT_PASSWORD com a senha de robô antes de iniciar o Fieldkit, ou instale e desbloqueie um chaveiro (por exemplo, GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached. Check the address and your connection.</source>
        <translation>Não é possível acessar a wiki. Verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <source>The wiki answered, but refused the login.</source>
        <translation>A wiki respondeu, mas recusou o login.</translation>
    </message>
    <message>
        <source>Enter the wiki API address first.</source>
        <translation>Informe primeiro o endereço da API da wiki.</translation>
    </message>
    <message>
        <source>Only the address was tested: no password is available.</source>
        <translation>Só o endereço foi testado: nenhuma senha disponível.</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keyring.</source>
        <translation>Não foi possível ler a senha guardada no chaveiro.</translation>
    </message>
    <message>
        <source>The test itself failed.</source>
        <translation>O próprio teste falhou.</translation>
    </message>
    <message>
        <source>for example Project:Help desk</source>
        <translation>ex.: Project:Help desk</translation>
    </message>
    <message>
        <source>This wiki is not Wikimedia Commons: choose the page where help requests go on it (Commons&apos; page does not exist here).</source>
        <translation>Esta wiki não é o Wikimedia Commons: escolha a página desta wiki para onde vão os pedidos de ajuda (a página do Commons não existe aqui).</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>E&amp;xport spreadsheet…</source>
        <translation>E&amp;xportar planilha…</translation>
    </message>
    <message>
        <source>Save the batch&apos;s metadata as CSV or XLSX</source>
        <translation>Salvar os metadados do lote como CSV ou XLSX</translation>
    </message>
    <message>
        <source>Appl&amp;y spreadsheet…</source>
        <translation>Apl&amp;icar planilha…</translation>
    </message>
    <message>
        <source>Read a CSV or XLSX edited elsewhere back into the batch (undoable)</source>
        <translation>Ler de volta para o lote um CSV ou XLSX editado em outro programa (pode ser desfeito)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportar planilha</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;Comma-separated values (*.csv)</source>
        <translation>Planilha (*.xlsx);;Valores separados por vírgula (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>A exportação falhou: {error}</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>Não é possível ler a planilha.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {path} (files: %n).</source>
        <translation>
            <numerusform>Exportado para {path} (arquivos: %n).</numerusform>
            <numerusform>Exportado para {path} (arquivos: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts are longer than a spreadsheet cell holds: their cells say so, and the texts stay in Fieldkit unless you replace those cells.</source>
        <translation>
            <numerusform>%n texto é maior do que cabe em uma célula de planilha: a célula indica isso, e o texto fica no Fieldkit, a menos que você substitua a célula.</numerusform>
            <numerusform>%n textos são maiores do que cabe em uma célula de planilha: as células indicam isso, e os textos ficam no Fieldkit, a menos que você substitua essas células.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>A exportação falhou.</translation>
    </message>
    <message>
        <source>Apply spreadsheet</source>
        <translation>Aplicar planilha</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Planilhas (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>Não é possível ler a planilha: {error}</translation>
    </message>
</context>
<context>
    <name>SheetProblems</name>
    <message>
        <source>“{file}” is not a text file, so it is not a CSV sheet. Save the sheet as CSV UTF-8 or XLSX.</source>
        <translation>“{file}” não é um arquivo de texto, então não é uma planilha CSV. Salve a planilha como CSV UTF-8 ou XLSX.</translation>
    </message>
    <message>
        <source>Fieldkit cannot tell for sure how the letters in “{file}” are encoded. Save the sheet as “CSV UTF-8” and apply it again.</source>
        <translation>O Fieldkit não consegue saber ao certo como as letras de “{file}” estão codificadas. Salve a planilha como “CSV UTF-8” e aplique-a de novo.</translation>
    </message>
    <message>
        <source>“{file}” is damaged at byte {byte}. Save the sheet again as CSV UTF-8.</source>
        <translation>“{file}” está danificado no byte {byte}. Salve a planilha de novo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). If any letters look wrong, save it as “CSV UTF-8” and apply it again.</source>
        <translation>O arquivo não está em UTF-8; foi lido como Windows-1252 (Europa Ocidental). Se alguma letra parecer errada, salve-o como “CSV UTF-8” e aplique-o de novo.</translation>
    </message>
    <message>
        <source>Cells are separated by “{separator}” in this file; it was read so.</source>
        <translation>Neste arquivo as células são separadas por “{separator}”; ele foi lido assim.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or is not an XLSX spreadsheet. Open it in Excel or LibreOffice and save it as XLSX.</source>
        <translation>“{file}” está danificado ou não é uma planilha XLSX. Abra-o no Excel ou no LibreOffice e salve-o como XLSX.</translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation>A planilha está vazia.</translation>
    </message>
    <message>
        <source>“{suffix}” files cannot be read: use a .csv or .xlsx spreadsheet.</source>
        <translation>Arquivos “{suffix}” não podem ser lidos: use uma planilha .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>The rows above the header (1–{rows}) were skipped.</source>
        <translation>As linhas acima do cabeçalho (1–{rows}) foram ignoradas.</translation>
    </message>
    <message>
        <source>The merged cells {cells} were read as the same value in every row.</source>
        <translation>As células mescladas {cells} foram lidas como o mesmo valor em todas as linhas.</translation>
    </message>
    <message>
        <source>Header cells are merged ({cells}); unmerge them so that every column has its own name.</source>
        <translation>Há células mescladas no cabeçalho ({cells}); desfaça a mesclagem para que cada coluna tenha o próprio nome.</translation>
    </message>
    <message>
        <source>The column “{column}” is there twice ({cells}); keep one.</source>
        <translation>A coluna “{column}” aparece duas vezes ({cells}); mantenha uma.</translation>
    </message>
    <message>
        <source>The sheet needs a “fieldkit_id” or a “path”/“file” column to know which row is which file.</source>
        <translation>A planilha precisa de uma coluna “fieldkit_id” ou “path”/“file” para saber qual linha corresponde a qual arquivo.</translation>
    </message>
    <message>
        <source>The sheet has no column of paths. Its columns: {columns}.</source>
        <translation>A planilha não tem uma coluna de caminhos. As colunas dela: {columns}.</translation>
    </message>
    <message>
        <source>The column “{column}” of the sheet lists no paths.</source>
        <translation>A coluna “{column}” da planilha não lista nenhum caminho.</translation>
    </message>
    <message>
        <source>Column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>A coluna “{column}” não é um campo do Fieldkit; linhas com valor nela são recusadas.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header; rows with a value in it are refused.</source>
        <translation>A coluna {column} não tem nome no cabeçalho; linhas com valor nela são recusadas.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; a separator or line break is probably missing. The row was left unchanged.</source>
        <translation>A linha {row} tem {cells} células, mas o cabeçalho tem {columns} colunas; provavelmente falta um separador ou uma quebra de linha. A linha ficou inalterada.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; the extra cells hold text. The row was left unchanged.</source>
        <translation>A linha {row} tem {cells} células, mas o cabeçalho tem {columns} colunas; as células extras contêm texto. A linha ficou inalterada.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>A linha {row} não corresponde a nenhum arquivo deste lote.</translation>
    </message>
    <message>
        <source>Row {row} is for the same file as row {first_row}; keep one.</source>
        <translation>A linha {row} é do mesmo arquivo que a linha {first_row}; mantenha uma.</translation>
    </message>
    <message>
        <source>The cell holds a formula but no value ({formula}). Open and save the sheet in Excel or LibreOffice, or type the value.</source>
        <translation>A célula contém uma fórmula, mas nenhum valor ({formula}). Abra e salve a planilha no Excel ou no LibreOffice, ou digite o valor.</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {error}; correct it.</source>
        <translation>A célula mostra o erro de planilha {error}; corrija-o.</translation>
    </message>
    <message>
        <source>The “kept in Fieldkit” note in this cell was edited. Put it back as it was to keep the text, or replace the whole cell.</source>
        <translation>A nota “guardado no Fieldkit” desta célula foi editada. Deixe-a como estava para manter o texto, ou substitua a célula inteira.</translation>
    </message>
    <message>
        <source>The spreadsheet program cut this text at {limit} characters (Fieldkit has {length}); it was left unchanged. Edit long texts in Fieldkit.</source>
        <translation>O programa de planilhas cortou este texto em {limit} caracteres (o Fieldkit tem {length}); ele ficou inalterado. Edite textos longos no Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Fieldkit can read: write YYYY-MM-DD, YYYY-MM, YYYY, “ca. YYYY”, a decade such as “1920s”, or “unknown”.</source>
        <translation>“{value}” não é uma data que o Fieldkit consiga ler: escreva AAAA-MM-DD, AAAA-MM, AAAA, “ca. AAAA”, uma década como “1920s” ou “unknown”.</translation>
    </message>
    <message>
        <source>Is “{value}” {day_first} (day first) or {month_first} (month first)? Write the one you mean as YYYY-MM-DD.</source>
        <translation>“{value}” é {day_first} (dia primeiro) ou {month_first} (mês primeiro)? Escreva a data que você quer dizer como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Dates with slashes are read day first (DD/MM/YYYY), so “{value}” has no such month. Did you mean {suggestion}? Write it as YYYY-MM-DD.</source>
        <translation>Datas com barras são lidas com o dia primeiro (DD/MM/AAAA), então “{value}” não tem esse mês. Você quis dizer {suggestion}? Escreva como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet&apos;s date number ({suggestion}?). Format the cell as a date, or write the date as YYYY-MM-DD.</source>
        <translation>“{value}” parece um número de data de planilha ({suggestion}?). Formate a célula como data ou escreva a data como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” is in the future.</source>
        <translation>“{value}” está no futuro.</translation>
    </message>
    <message>
        <source>“{value}” is not a licence in Fieldkit&apos;s catalogue.</source>
        <translation>“{value}” não é uma licença do catálogo do Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a category name.</source>
        <translation>“{value}” não pode ser nome de categoria.</translation>
    </message>
    <message>
        <source>Use Wikidata item ids such as Q42, separated by |.</source>
        <translation>Use identificadores de itens do Wikidata, como Q42, separados por |.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid coordinate.</source>
        <translation>“{value}” não é uma coordenada válida.</translation>
    </message>
    <message>
        <source>The template must be information, artwork or photograph.</source>
        <translation>A predefinição deve ser information, artwork ou photograph.</translation>
    </message>
    <message>
        <source>“{value}” is not a field Fieldkit knows.</source>
        <translation>“{value}” não é um campo que o Fieldkit conheça.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; a field holds at most {limit}.</source>
        <translation>O texto tem {length} caracteres; um campo comporta no máximo {limit}.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}) that cannot be on a wiki page; remove them.</source>
        <translation>O texto contém caracteres de controle ({characters}) que não podem estar em uma página da wiki; remova-os.</translation>
    </message>
    <message>
        <source>The brackets do not match: “{detail}” has no partner. Close every [[ with ]] and every {{{{ with }}}}.</source>
        <translation>Os colchetes ou chaves não fecham: “{detail}” não tem par. Feche cada [[ com ]] e cada {{{{ com }}}}.</translation>
    </message>
    <message>
        <source>Category links are not taken from this cell; put categories in the categories column.</source>
        <translation>Links de categoria não são lidos desta célula; coloque as categorias na coluna de categorias.</translation>
    </message>
    <message>
        <source>“{detail}” is a magic word that changes the page itself; it is not allowed here.</source>
        <translation>“{detail}” é uma palavra mágica que altera a própria página; não é permitida aqui.</translation>
    </message>
    <message>
        <source>Closest: {closest}.</source>
        <translation>Mais próximo: {closest}.</translation>
    </message>
</context>
<context>
    <name>SheetReportDialog</name>
    <message>
        <source>Spreadsheet applied</source>
        <translation>Planilha aplicada</translation>
    </message>
    <message numerus="yes">
        <source>rows changed: %n</source>
        <translation>
            <numerusform>linha alterada: %n</numerusform>
            <numerusform>linhas alteradas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>inalterada: %n</numerusform>
            <numerusform>inalteradas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused: %n</source>
        <translation>
            <numerusform>recusada: %n</numerusform>
            <numerusform>recusadas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet applied: {counts}. Undo (Ctrl+Z) reverses it.</source>
        <translation>Planilha aplicada: {counts}. Desfazer (Ctrl+Z) reverte as alterações.</translation>
    </message>
    <message>
        <source>Spreadsheet not applied</source>
        <translation>Planilha não aplicada</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be used as it is; nothing was changed.</source>
        <translation>A planilha não pode ser usada como está; nada foi alterado.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Em qualquer lugar</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Campo seguinte ou anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Abrir um menu</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + a letra sublinhada</translation>
    </message>
    <message>
        <source>Press a button or tick a box</source>
        <translation>Pressionar um botão ou marcar uma caixa</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Move between the cells of a table</source>
        <translation>Mover-se entre as células de uma tabela</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de seta</translation>
    </message>
    <message>
        <source>Edit the chosen cell of a table</source>
        <translation>Editar a célula escolhida de uma tabela</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Next tab of a page</source>
        <translation>Próxima aba de uma página</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Fieldkit cannot use its data folder {path}: {reason}.

Start it with another folder (fieldkit --data-dir FOLDER, or the FIELDKIT_DATA_DIR variable), or fix the folder&apos;s permissions.</source>
        <translation>O Fieldkit não pode usar a pasta de dados {path}: {reason}.

Inicie-o com outra pasta (fieldkit --data-dir FOLDER, ou a variável FIELDKIT_DATA_DIR) ou corrija as permissões da pasta.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Bundle conflicts</source>
        <translation>Conflitos de pacotes</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Pacote importado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterados</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Em conflito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulados</translation>
    </message>
    <message numerus="yes">
        <source>Edited on both computers (%n): the value here is kept until you choose.</source>
        <translation>
            <numerusform>Editado nos dois computadores (%n): o valor daqui é mantido até você escolher.</numerusform>
            <numerusform>Editados nos dois computadores (%n): os valores daqui são mantidos até você escolher.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nenhum conflito.</translation>
    </message>
</context>
<context>
    <name>TextPatterns</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between clauses of one sentence (keep the spaces you need)</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>text on a progress bar</comment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list in running text (keep the spaces you need)</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Where the request stands in the helpdesk&apos;s work.</source>
        <translation>Em que ponto está o pedido no trabalho da central de ajuda.</translation>
    </message>
    <message>
        <source>Who at the helpdesk looks after this request.</source>
        <translation>Quem na central de ajuda cuida deste pedido.</translation>
    </message>
    <message>
        <source>Private notes: never in replies or committee packs.</source>
        <translation>Notas privadas: nunca entram nas respostas nem nos dossiês do comitê.</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Situação</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>R&amp;esponsável</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>&amp;Notas privadas</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Definir situação</translation>
    </message>
    <message>
        <source>Saves the chosen state and who handles it.</source>
        <translation>Guarda o estado escolhido e quem trata dele.</translation>
    </message>
    <message>
        <source>The state and assignee are shared with the rest of the helpdesk: on the wiki in the request&apos;s section, in the mailbox as a keyword. Sent with the next sync.</source>
        <translation>A situação e o responsável são compartilhados com o resto da central de ajuda: na wiki, na seção do pedido; na caixa de correio, como palavra-chave. Enviados na próxima sincronização.</translation>
    </message>
    <message>
        <source>Notes stay on this computer. They are never published or sent.</source>
        <translation>As notas ficam neste computador. Nunca são publicadas nem enviadas.</translation>
    </message>
</context>
<context>
    <name>UploadFormatting</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n h restante</numerusform>
            <numerusform>%n h restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n dia restante</numerusform>
            <numerusform>%n dias restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadJobModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>(no batch)</source>
        <translation>(sem lote)</translation>
    </message>
</context>
<context>
    <name>UploadSettingsWidget</name>
    <message>
        <source>Uploads</source>
        <translation>Carregamentos</translation>
    </message>
    <message>
        <source>On a phone or pay-per-megabyte connection, uploads wait (they continue by themselves on Wi-Fi or a cable). If the computer cannot tell, they wait too.</source>
        <translation>Em uma conexão móvel ou paga por megabyte, os carregamentos aguardam (e continuam sozinhos no Wi-Fi ou no cabo). Se o computador não souber dizer, eles também aguardam.</translation>
    </message>
    <message>
        <source>Upload &amp;only on unmetered connections</source>
        <translation>Carregar só em co&amp;nexões ilimitadas</translation>
    </message>
    <message>
        <source>Ba&amp;ndwidth limit:</source>
        <translation>Limite de &amp;banda:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Leave room for others on a shared link: uploads send at most this much per second. 0 means no limit.</source>
        <translation>Deixe espaço para os outros em uma conexão compartilhada: os carregamentos enviam no máximo isto por segundo. 0 significa sem limite.</translation>
    </message>
</context>
<context>
    <name>UploadSummary</name>
    <message numerus="yes">
        <source>Queued for upload: %n</source>
        <translation>
            <numerusform>Na fila de carregamento: %n</numerusform>
            <numerusform>Na fila de carregamento: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already queued: %n</source>
        <translation>
            <numerusform>já na fila: %n</numerusform>
            <numerusform>já na fila: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already uploaded: %n</source>
        <translation>
            <numerusform>já carregado: %n</numerusform>
            <numerusform>já carregados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not ready yet: %n — see Problems</source>
        <translation>
            <numerusform>ainda não pronto: %n — veja Problemas</numerusform>
            <numerusform>ainda não prontos: %n — veja Problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be prepared: %n</source>
        <translation>
            <numerusform>não foi possível preparar: %n</numerusform>
            <numerusform>não foi possível preparar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch has no files to upload.</source>
        <translation>Este lote não tem arquivos para carregar.</translation>
    </message>
    <message>
        <source>Nothing new was queued</source>
        <translation>Nada novo foi colocado na fila</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
</context>
<context>
    <name>UploadTexts</name>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Aguardando nova tentativa</translation>
    </message>
    <message>
        <source>The wiki assembles the file</source>
        <translation>A wiki está montando o arquivo</translation>
    </message>
    <message>
        <source>The wiki publishes the file</source>
        <translation>A wiki está publicando o arquivo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Sent, publishing</source>
        <translation>Enviado, publicando</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <source>Checking on the wiki</source>
        <translation>Verificando na wiki</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Carregado</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Precisa da sua decisão</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Same file already on the wiki</source>
        <translation>O mesmo arquivo já está na wiki</translation>
    </message>
    <message>
        <source>Same file was deleted before</source>
        <translation>O mesmo arquivo já foi apagado</translation>
    </message>
    <message>
        <source>A file with this name was deleted</source>
        <translation>Um arquivo com este nome foi apagado</translation>
    </message>
    <message>
        <source>A different file has this name</source>
        <translation>Outro arquivo tem este nome</translation>
    </message>
    <message>
        <source>A similar name is taken</source>
        <translation>Um nome parecido já está em uso</translation>
    </message>
    <message>
        <source>A page with this name exists</source>
        <translation>Já existe uma página com este nome</translation>
    </message>
    <message>
        <source>Name looks like a camera default</source>
        <translation>Nome parece padrão de câmera</translation>
    </message>
    <message>
        <source>The wiki changed the name</source>
        <translation>A wiki alterou o nome</translation>
    </message>
    <message>
        <source>Unwanted file type</source>
        <translation>Tipo de arquivo indesejado</translation>
    </message>
    <message>
        <source>Very large file</source>
        <translation>Arquivo muito grande</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Arquivo vazio</translation>
    </message>
    <message>
        <source>Same as an older version</source>
        <translation>Igual a uma versão anterior</translation>
    </message>
    <message>
        <source>Wiki warning: {code}</source>
        <translation>Aviso da wiki: {code}</translation>
    </message>
    <message>
        <source>Exactly the same file is already on the wiki as: {names}. Uploading it again makes a second copy, which Commons usually deletes. Skip it unless you are sure.</source>
        <translation>Exatamente o mesmo arquivo já está na wiki como: {names}. Carregá-lo de novo cria uma segunda cópia, que o Commons costuma apagar. Pule-o, a menos que tenha certeza.</translation>
    </message>
    <message>
        <source>Exactly the same file was uploaded before and then deleted ({names}). It may have been deleted for a reason; check before publishing it again.</source>
        <translation>Exatamente o mesmo arquivo já foi carregado e depois apagado ({names}). Ele pode ter sido apagado por algum motivo; verifique antes de publicá-lo de novo.</translation>
    </message>
    <message>
        <source>A file with this name was deleted from the wiki before. Publishing re-creates it; a new name avoids confusion.</source>
        <translation>Um arquivo com este nome já foi apagado da wiki. Publicar o recria; um nome novo evita confusão.</translation>
    </message>
    <message>
        <source>The name “{names}” is already taken by a different file. Publishing anyway would replace that file with this one. Choose a new name unless you mean to replace it.</source>
        <translation>O nome “{names}” já é usado por outro arquivo. Publicar assim mesmo substituiria aquele arquivo por este. Escolha um nome novo, a menos que queira mesmo substituí-lo.</translation>
    </message>
    <message>
        <source>A file with almost the same name exists: {names}. Choose a clearer name, or publish anyway if they really are different files.</source>
        <translation>Existe um arquivo com nome quase igual: {names}. Escolha um nome mais claro ou publique assim mesmo se forem de fato arquivos diferentes.</translation>
    </message>
    <message>
        <source>A page with this name already exists ({names}). Choose a new name.</source>
        <translation>Já existe uma página com este nome ({names}). Escolha um nome novo.</translation>
    </message>
    <message>
        <source>The name starts like a camera&apos;s default file name (“{names}”), which says nothing about the picture. Give it a descriptive name.</source>
        <translation>O nome começa como o nome de arquivo padrão de uma câmera (“{names}”), que não diz nada sobre a imagem. Dê a ele um nome descritivo.</translation>
    </message>
    <message>
        <source>The wiki would change the name to “{names}”.</source>
        <translation>A wiki mudaria o nome para “{names}”.</translation>
    </message>
    <message>
        <source>The wiki discourages this file type. Publishing may still work.</source>
        <translation>A wiki desaconselha este tipo de arquivo. Publicar ainda pode funcionar.</translation>
    </message>
    <message>
        <source>The file is larger than the wiki recommends.</source>
        <translation>O arquivo é maior do que a wiki recomenda.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file is the same as an older version of this page.</source>
        <translation>O arquivo é igual a uma versão anterior desta página.</translation>
    </message>
    <message>
        <source>The wiki warned about this file ({code}). {names}</source>
        <translation>A wiki emitiu um aviso sobre este arquivo ({code}). {names}</translation>
    </message>
    <message>
        <source>The connection dropped. Fieldkit tries again by itself.</source>
        <translation>A conexão caiu. O Fieldkit tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>The wiki is busy. Fieldkit tries again by itself.</source>
        <translation>A wiki está ocupada. O Fieldkit tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>The wiki asked us to slow down. Fieldkit tries again later.</source>
        <translation>A wiki pediu para irmos mais devagar. O Fieldkit tenta de novo mais tarde.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance. Fieldkit tries again later.</source>
        <translation>A wiki está em modo somente leitura para manutenção. O Fieldkit tenta de novo mais tarde.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password in Settings. Uploads continue after that.</source>
        <translation>Login recusado: verifique a senha do robô em Configurações. Depois disso, os carregamentos continuam.</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings. Uploads start after that.</source>
        <translation>Ainda não há conta na wiki — configure-a em Configurações. Depois disso, os carregamentos começam.</translation>
    </message>
    <message>
        <source>No password is stored for the wiki account — enter it in Settings. Uploads start after that.</source>
        <translation>Não há senha salva para a conta na wiki — informe-a em Configurações. Depois disso, os carregamentos começam.</translation>
    </message>
    <message>
        <source>Something unexpected happened; Fieldkit tries again by itself.</source>
        <translation>Aconteceu algo inesperado; o Fieldkit tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki. Uploads wait and try again when the block ends (and every hour, in case an administrator lifts it).</source>
        <translation>Esta conta está bloqueada na wiki. Os carregamentos aguardam e tentam de novo quando o bloqueio terminar (e a cada hora, caso um administrador a desbloqueie).</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki. Uploads wait and try again when the block ends.</source>
        <translation>Este endereço de internet está bloqueado na wiki. Os carregamentos aguardam e tentam de novo quando o bloqueio terminar.</translation>
    </message>
    <message>
        <source>The wiki refused the file; the reason it gave is in the log.</source>
        <translation>A wiki recusou o arquivo; o motivo informado está no registro.</translation>
    </message>
    <message>
        <source>Refused by the wiki</source>
        <translation>Recusado pela wiki</translation>
    </message>
    <message>
        <source>Waiting for a connection: uploads continue by themselves when the wiki can be reached.</source>
        <translation>Aguardando conexão: os carregamentos continuam sozinhos quando a wiki estiver acessível.</translation>
    </message>
    <message>
        <source>The wiki asked Fieldkit to slow down. Uploads wait and continue by themselves at {time}.</source>
        <translation>A wiki pediu ao Fieldkit para ir mais devagar. Os carregamentos aguardam e continuam sozinhos em {time}.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>A wiki está em modo somente leitura para manutenção ({reason}). Os carregamentos aguardam e tentam de novo sozinhos em {time}.</translation>
    </message>
    <message>
        <source>The wiki is overloaded and asked bots to wait. Uploads try again by themselves at {time}.</source>
        <translation>A wiki está sobrecarregada e pediu aos robôs que esperem. Os carregamentos tentam de novo sozinhos em {time}.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Esta conta está bloqueada na wiki ({reason}). Os carregamentos aguardam e tentam de novo sozinhos em {time}.</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Este endereço de internet está bloqueado na wiki ({reason}). Os carregamentos aguardam e tentam de novo sozinhos em {time}.</translation>
    </message>
    <message>
        <source>The wiki takes no uploads for now ({reason}). Fieldkit tries again at {time}.</source>
        <translation>A wiki não está aceitando carregamentos no momento ({reason}). O Fieldkit tenta de novo em {time}.</translation>
    </message>
    <message>
        <source>Tries again by itself at {time}.</source>
        <translation>Nova tentativa automática em {time}.</translation>
    </message>
    <message>
        <source>The wiki named the file “{title}” (asked: “{asked}”).</source>
        <translation>A wiki deu ao arquivo o nome “{title}” (solicitado: “{asked}”).</translation>
    </message>
    <message>
        <source>The file on this computer could not be read (moved, deleted or on a disk that is not connected). Put it back and press Retry.</source>
        <translation>Não foi possível ler o arquivo neste computador (movido, apagado ou em um disco que não está conectado). Coloque-o de volta e clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>The file on the wiki is not the same as the one sent. Check it on the wiki.</source>
        <translation>O arquivo na wiki não é o mesmo que foi enviado. Verifique-o na wiki.</translation>
    </message>
    <message>
        <source>The wiki lost the partly sent file; it is sent again from the start.</source>
        <translation>A wiki perdeu o arquivo enviado em parte; ele será enviado de novo desde o início.</translation>
    </message>
    <message>
        <source>The file name is not allowed on the wiki. Fix the title.</source>
        <translation>O nome de arquivo não é permitido na wiki. Corrija o título.</translation>
    </message>
    <message>
        <source>The file name is too short. Fix the title.</source>
        <translation>O nome de arquivo é curto demais. Corrija o título.</translation>
    </message>
    <message>
        <source>The wiki does not allow this file name. Fix the title.</source>
        <translation>A wiki não permite este nome de arquivo. Corrija o título.</translation>
    </message>
    <message>
        <source>This file name is protected on the wiki. Fix the title.</source>
        <translation>Este nome de arquivo está protegido na wiki. Corrija o título.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type.</source>
        <translation>A wiki não aceita este tipo de arquivo.</translation>
    </message>
    <message>
        <source>The file is too large for the wiki.</source>
        <translation>O arquivo é grande demais para a wiki.</translation>
    </message>
    <message>
        <source>Exactly this file is already on the wiki under this name.</source>
        <translation>Exatamente este arquivo já está na wiki com este nome.</translation>
    </message>
    <message>
        <source>This account may not upload files. Check its rights.</source>
        <translation>Esta conta não tem permissão para carregar arquivos. Verifique os direitos dela.</translation>
    </message>
    <message>
        <source>A wiki filter refused the file. Check the description.</source>
        <translation>Um filtro da wiki recusou o arquivo. Verifique a descrição.</translation>
    </message>
    <message>
        <source>The wiki did not accept the file&apos;s contents or type.</source>
        <translation>A wiki não aceitou o conteúdo ou o tipo do arquivo.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type; nothing was sent. Convert the file (the media check says how) and queue it again.</source>
        <translation>A wiki não aceita este tipo de arquivo; nada foi enviado. Converta o arquivo (a verificação em Mídia explica como) e coloque-o na fila de novo.</translation>
    </message>
    <message>
        <source>The wiki could not put the file together from its parts; it is sent again.</source>
        <translation>A wiki não conseguiu montar o arquivo a partir das partes; ele será enviado de novo.</translation>
    </message>
    <message>
        <source>The wiki refused a part as too large; smaller parts are sent.</source>
        <translation>A wiki recusou uma parte por ser grande demais; partes menores serão enviadas.</translation>
    </message>
    <message>
        <source>The wiki answered with an error ({code}). Fieldkit tries again by itself.</source>
        <translation>A wiki respondeu com um erro ({code}). O Fieldkit tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>A conexão caiu</translation>
    </message>
    <message>
        <source>Wiki busy</source>
        <translation>Wiki ocupada</translation>
    </message>
    <message>
        <source>Wiki asked to slow down</source>
        <translation>Wiki pediu para ir devagar</translation>
    </message>
    <message>
        <source>Wiki in maintenance</source>
        <translation>Wiki em manutenção</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login recusado</translation>
    </message>
    <message>
        <source>No wiki account yet</source>
        <translation>Ainda não há conta na wiki</translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation>Nenhuma senha salva</translation>
    </message>
    <message>
        <source>Unexpected trouble</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>File missing on this computer</source>
        <translation>Arquivo ausente neste computador</translation>
    </message>
    <message>
        <source>Differs on the wiki</source>
        <translation>Diferente na wiki</translation>
    </message>
    <message>
        <source>Starting again</source>
        <translation>Recomeçando</translation>
    </message>
    <message>
        <source>Title not allowed</source>
        <translation>Título não permitido</translation>
    </message>
    <message>
        <source>Title too short</source>
        <translation>Título curto demais</translation>
    </message>
    <message>
        <source>Title protected</source>
        <translation>Título protegido</translation>
    </message>
    <message>
        <source>File type refused</source>
        <translation>Tipo de arquivo recusado</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Arquivo grande demais</translation>
    </message>
    <message>
        <source>Already on the wiki</source>
        <translation>Já está na wiki</translation>
    </message>
    <message>
        <source>Account may not upload</source>
        <translation>Conta sem permissão para carregar</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>Conta bloqueada</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>Endereço bloqueado</translation>
    </message>
    <message>
        <source>Refused by a wiki filter</source>
        <translation>Recusado por um filtro da wiki</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Reenviando</translation>
    </message>
    <message>
        <source>Smaller parts</source>
        <translation>Partes menores</translation>
    </message>
    <message>
        <source>Wiki error ({code})</source>
        <translation>Erro da wiki ({code})</translation>
    </message>
    <message>
        <source>All uploads are paused. Press “Resume all” to continue.</source>
        <translation>Todos os carregamentos estão pausados. Clique em “Retomar tudo” para continuar.</translation>
    </message>
    <message>
        <source>Uploads wait for an unmetered connection (as set in Settings). They continue by themselves on Wi-Fi or a cable.</source>
        <translation>Os carregamentos aguardam uma conexão ilimitada (como definido em Configurações). Eles continuam sozinhos no Wi-Fi ou no cabo.</translation>
    </message>
    <message>
        <source>Uploads wait: “unmetered connections only” is on, and this computer does not say whether its connection is metered. Switch it off in Settings to upload.</source>
        <translation>Os carregamentos aguardam: “só conexões ilimitadas” está ativado, e este computador não informa se a conexão é limitada. Desative essa opção em Configurações para carregar.</translation>
    </message>
</context>
<context>
    <name>UploadsArea</name>
    <message>
        <source>Uploads</source>
        <translation>Carregamentos</translation>
    </message>
    <message>
        <source>Files on their way to Wikimedia Commons. They wait while you are offline and continue where they stopped when the connection returns, also after a restart.</source>
        <translation>Arquivos a caminho do Wikimedia Commons. Eles aguardam enquanto você está sem conexão e continuam de onde pararam quando a conexão volta, mesmo depois de uma reinicialização.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Relatório</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>Boas-vindas ao Fieldkit</translation>
    </message>
    <message>
        <source>&amp;Skip the welcome</source>
        <translation>&amp;Pular as boas-vindas</translation>
    </message>
    <message>
        <source>Start with an empty Fieldkit; everything can be set up later</source>
        <translation>Começar com um Fieldkit vazio; tudo pode ser configurado depois</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Later — &amp;I am offline now</source>
        <translation>Mais &amp;tarde — estou sem conexão agora</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Etapa {number} de {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>The wiki login could not be saved; enter it in Settings.</source>
        <translation>Não foi possível salvar o login da wiki; informe-o em Configurações.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in the keyring.</source>
        <translation>Seu login da wiki está salvo; a senha está no chaveiro.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in Fieldkit&apos;s encrypted file.</source>
        <translation>Seu login da wiki está salvo; a senha está no arquivo criptografado do Fieldkit.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: enter it in Settings.</source>
        <translation>Seu login da wiki está salvo, mas não a senha: informe-a em Configurações.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: this system has no keyring to keep it. Settings says how to give it.</source>
        <translation>Seu login da wiki está salvo, mas não a senha: este sistema não tem chaveiro para guardá-la. Configurações explica como fornecê-la.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but the keyring refused to keep the password.</source>
        <translation>Seu login da wiki está salvo, mas o chaveiro se recusou a guardar a senha.</translation>
    </message>
</context>
<context>
    <name>WikiPage</name>
    <message>
        <source>The login must have the form name@bot, as Special:BotPasswords shows it.</source>
        <translation>O login deve ter a forma nome@bot, como mostra Special:BotPasswords.</translation>
    </message>
    <message>
        <source>Enter the bot login too, so the password can be kept.</source>
        <translation>Informe também o login do robô, para que a senha possa ser guardada.</translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation>Consultando a wiki…</translation>
    </message>
    <message>
        <source>Your wiki and bot login</source>
        <translation>Sua wiki e seu login de robô</translation>
    </message>
    <message>
        <source>Fieldkit uploads files and sends help requests with a bot password of your own. Most partnerships upload to Wikimedia Commons.</source>
        <translation>O Fieldkit carrega arquivos e envia pedidos de ajuda com uma senha de robô própria. A maioria das parcerias carrega no Wikimedia Commons.</translation>
    </message>
    <message>
        <source>Wikimedia &amp;Commons</source>
        <translation>Wikimedia Co&amp;mmons</translation>
    </message>
    <message>
        <source>Bot &amp;login:</source>
        <translation>&amp;Login do robô:</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>SeuNome@Fieldkit</translation>
    </message>
    <message>
        <source>Bot pass&amp;word:</source>
        <translation>&amp;Senha do robô:</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords: it shows the login (name@bot) and the password. The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files. Nothing is checked online now; if you are offline or have no bot password yet, choose “Later”.</source>
        <translation>Crie uma senha de robô na wiki, em Special:BotPasswords: a página mostra o login (nome@bot) e a senha. A senha fica no chaveiro do sistema, não nos arquivos do Fieldkit. Nada é verificado on-line agora; se você estiver sem conexão ou ainda não tiver uma senha de robô, escolha “Mais tarde”.</translation>
    </message>
    <message>
        <source>&amp;Another MediaWiki, its API address:</source>
        <translation>&amp;Outra wiki MediaWiki, com o endereço da API:</translation>
    </message>
    <message>
        <source>Check &amp;the login now</source>
        <translation>Ve&amp;rificar o login agora</translation>
    </message>
    <message>
        <source>Optional: asks the wiki whether it accepts this login</source>
        <translation>Opcional: pergunta à wiki se ela aceita este login</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address, for example https://wiki.example.org/w/api.php.</source>
        <translation>Informe o endereço da API da wiki, por exemplo https://wiki.example.org/w/api.php.</translation>
    </message>
    <message>
        <source>The wiki answered and accepted the login.</source>
        <translation>A wiki respondeu e aceitou o login.</translation>
    </message>
    <message>
        <source>The wiki answered (no password given: the login was not tried).</source>
        <translation>A wiki respondeu (nenhuma senha informada: o login não foi testado).</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. That is fine: what you entered is kept and used once you are online.</source>
        <translation>Não é possível acessar a wiki agora. Não tem problema: o que você informou fica guardado e será usado quando você estiver conectado.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the login and the password.</source>
        <translation>A wiki recusou o login. Verifique o login e a senha.</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address first.</source>
        <translation>Informe primeiro o endereço da API da wiki.</translation>
    </message>
    <message>
        <source>The check itself failed.</source>
        <translation>A própria verificação falhou.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Mídia</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Carregamentos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>No&amp;va parceria…</translation>
    </message>
    <message>
        <source>New req&amp;uest</source>
        <translation>Novo &amp;pedido</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Find in this area</source>
        <translation>&amp;Localizar nesta área</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Novo lote…</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Importar ar&amp;quivos…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Impor&amp;tar pasta…</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Importar de p&amp;lanilha…</translation>
    </message>
    <message>
        <source>&amp;Start or resume uploads</source>
        <translation>&amp;Iniciar ou retomar carregamentos</translation>
    </message>
    <message>
        <source>&amp;Pause all uploads</source>
        <translation>&amp;Pausar todos os carregamentos</translation>
    </message>
    <message>
        <source>&amp;Connect and send now</source>
        <translation>&amp;Conectar e enviar agora</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guias</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
</context>
</TS>
