<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accessible</name>
    <message>
        <source>The arrow keys change the page.</source>
        <translation>Las flechas del teclado cambian de página.</translation>
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
        <translation>Archivos de muestra o un extracto de los metadatos, no toda la colección: como máximo {one} por archivo y {total} en total.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>No hay archivos adjuntos.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>A&amp;djuntar archivos…</translation>
    </message>
    <message>
        <source>Attaches files to this request.</source>
        <translation>Adjunta archivos a esta solicitud.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected file from this request</source>
        <translation>Quitar de esta solicitud el archivo seleccionado</translation>
    </message>
    <message>
        <source>Attach files to the request</source>
        <translation>Adjuntar archivos a la solicitud</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <source>Check against the &amp;wiki</source>
        <translation>Comprobar en la &amp;wiki</translation>
    </message>
    <message>
        <source>Look for files already on the wiki (same content or same title) and read the wiki&apos;s accepted file types; needs a connection</source>
        <translation>Buscar archivos que ya estén en la wiki (mismo contenido o mismo título) y leer qué tipos de archivo acepta la wiki; requiere conexión</translation>
    </message>
    <message>
        <source>Up&amp;load ready files</source>
        <translation>&amp;Subir archivos listos</translation>
    </message>
    <message>
        <source>Queue the files without problems for upload; the others stay here</source>
        <translation>Poner en cola de subida los archivos sin problemas; los demás se quedan aquí</translation>
    </message>
    <message>
        <source>Checking against the wiki…</source>
        <translation>Comprobando en la wiki…</translation>
    </message>
    <message numerus="yes">
        <source>Checked against the wiki; already there: %n — see Problems.</source>
        <translation>
            <numerusform>Comprobado en la wiki; ya está allí: %n — vea Problemas.</numerusform>
            <numerusform>Comprobado en la wiki; ya están allí: %n — vea Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against the wiki: none of these files is there yet.</source>
        <translation>Comprobado en la wiki: ninguno de estos archivos está allí todavía.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached</source>
        <translation>No se puede acceder a la wiki</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Aún no hay una cuenta en la wiki — configúrela en Ajustes</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>No hay contraseña para la cuenta en la wiki — introdúzcala en Ajustes</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Inicio de sesión rechazado: revise la contraseña del bot</translation>
    </message>
    <message>
        <source>The check against the wiki failed.</source>
        <translation>La comprobación en la wiki falló.</translation>
    </message>
    <message>
        <source>The wiki answered with an error</source>
        <translation>La wiki respondió con un error</translation>
    </message>
    <message>
        <source>{reason}, so nothing was checked against it. The offline checks still apply; try again when that is solved.</source>
        <translation>{reason}, así que no se comprobó nada en la wiki. Las comprobaciones sin conexión siguen siendo válidas; vuelva a intentarlo cuando se haya resuelto.</translation>
    </message>
    <message>
        <source>The files could not be queued.</source>
        <translation>No se pudieron poner los archivos en cola.</translation>
    </message>
    <message>
        <source>Queueing the ready files for upload…</source>
        <translation>Poniendo en cola de subida los archivos listos…</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>L&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>N&amp;uevo lote…</translation>
    </message>
    <message>
        <source>Starts a new batch of files for a partnership.</source>
        <translation>Empieza un lote nuevo de archivos para una alianza.</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Impor&amp;tar archivos…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add chosen files to this batch</source>
        <translation>Añadir los archivos elegidos a este lote</translation>
    </message>
    <message>
        <source>Add every file of a folder to this batch</source>
        <translation>Añadir todos los archivos de una carpeta a este lote</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Importar de &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import the files listed in a column of a CSV or XLSX spreadsheet</source>
        <translation>Importar los archivos listados en una columna de una hoja de cálculo CSV o XLSX</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Revisar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Look at this batch&apos;s files again: read the ones edited since, follow the ones moved, mark the ones gone (a missing file is never uploaded)</source>
        <translation>Revisar de nuevo los archivos de este lote: leer los modificados, seguir los movidos y marcar los que faltan (un archivo que falta nunca se sube)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <source>No batches yet</source>
        <translation>Aún no hay lotes</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importar desde hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Create or choose a batch first, then import files into it.</source>
        <translation>Primero cree o elija un lote; luego importe archivos en él.</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. {error}</source>
        <translation>No se importó nada: la hoja de cálculo no se puede usar. {error}</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. It needs a column of file paths (path, file or filename) and must be a readable CSV or XLSX.</source>
        <translation>No se importó nada: la hoja de cálculo no se puede usar. Necesita una columna con rutas de archivo (path, file o filename) y debe ser un CSV o XLSX legible.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>La importación falló.</translation>
    </message>
</context>
<context>
    <name>BatchEdits</name>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Aplicar patrón de títulos</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <source>Batch licence</source>
        <translation>Licencia del lote</translation>
    </message>
    <message>
        <source>Location policy</source>
        <translation>Tratamiento de la ubicación</translation>
    </message>
    <message>
        <source>Title pattern</source>
        <translation>Patrón de títulos</translation>
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
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Batches in the upload queue</source>
        <translation>Lotes en la cola de subida</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Todos los lotes</translation>
    </message>
    <message>
        <source>Files without a batch</source>
        <translation>Archivos sin lote</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>Lote {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 uploaded</source>
        <translation>
            <numerusform>%n de %1 subido</numerusform>
            <numerusform>%n de %1 subidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n necesita una decisión</numerusform>
            <numerusform>%n necesitan una decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded: {uploaded}
On their way: {active}
Need a decision: {decision}
Failed: {failed}
Cancelled or skipped: {cancelled}</source>
        <translation>Subidos: {uploaded}
En camino: {active}
Necesitan una decisión: {decision}
Fallidos: {failed}
Cancelados u omitidos: {cancelled}</translation>
    </message>
</context>
<context>
    <name>BatchSettings</name>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Camera location (whole batch)</source>
        <translation>Ubicación de la cámara (todo el lote)</translation>
    </message>
    <message>
        <source>Photos can record where they were taken. Publishing that can reveal homes.</source>
        <translation>Las fotos pueden registrar dónde se tomaron. Publicar esa información puede revelar domicilios.</translation>
    </message>
    <message>
        <source>Not decided yet (blocks upload)</source>
        <translation>Sin decidir (impide la subida)</translation>
    </message>
    <message>
        <source>&amp;Keep and publish the location</source>
        <translation>Conservar y &amp;publicar la ubicación</translation>
    </message>
    <message>
        <source>Fo&amp;r the batch:</source>
        <translation>Para el &amp;lote:</translation>
    </message>
    <message>
        <source>For this fi&amp;le:</source>
        <translation>Para &amp;este archivo:</translation>
    </message>
    <message>
        <source>Remove it from u&amp;ploaded copies</source>
        <translation>&amp;Quitarla de las copias subidas</translation>
    </message>
    <message>
        <source>The licence of every file in the batch, unless a file has its own.</source>
        <translation>La licencia de todos los archivos del lote, salvo que un archivo tenga la suya.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence, when it differs from the batch&apos;s.</source>
        <translation>La licencia propia de este archivo, cuando difiere de la del lote.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>Same as the batch</source>
        <translation>Igual que el lote</translation>
    </message>
    <message>
        <source>Choose a licence the partner agreed to.</source>
        <translation>Elija una licencia que la institución aliada haya aceptado.</translation>
    </message>
    <message>
        <source>“{id}” is not in Fieldkit&apos;s licence list.</source>
        <translation>«{id}» no está en la lista de licencias de Fieldkit.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence: {licence}. {summary}</source>
        <translation>Licencia propia de este archivo: {licence}. {summary}</translation>
    </message>
    <message>
        <source>Batch licence: {licence}. {summary}</source>
        <translation>Licencia del lote: {licence}. {summary}</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit the selected files (%n)</source>
        <translation>
            <numerusform>Editar el archivo seleccionado (%n)</numerusform>
            <numerusform>Editar los archivos seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to clear the field</source>
        <translation>Déjelo vacío para borrar el campo</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Separe varias categorías con |</translation>
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
        <translation>Expor&amp;tar paquete…</translation>
    </message>
    <message>
        <source>Write a partnership and its files to a bundle for another computer</source>
        <translation>Guardar una alianza y sus archivos en un paquete para otro equipo</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Merge a bundle made on another computer</source>
        <translation>Incorporar un paquete creado en otro equipo</translation>
    </message>
    <message>
        <source>Export &amp;receipt…</source>
        <translation>Exportar compro&amp;bante…</translation>
    </message>
    <message>
        <source>Tell the computer a bundle came from what became of its files and requests</source>
        <translation>Informar al equipo del que vino un paquete de qué pasó con sus archivos y solicitudes</translation>
    </message>
    <message>
        <source>Import re&amp;ceipt…</source>
        <translation>Importar co&amp;mprobante…</translation>
    </message>
    <message>
        <source>Mark the files and requests another computer uploaded and sent as done</source>
        <translation>Marcar como terminados los archivos que otro equipo subió y las solicitudes que envió</translation>
    </message>
    <message>
        <source>&amp;Bundle conflicts…</source>
        <translation>Con&amp;flictos de paquetes…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is written (files: %n):</source>
        <translation>
            <numerusform>Se escribió el paquete (archivo: %n):</numerusform>
            <numerusform>Se escribió el paquete (archivos: %n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, so their records travel without them: %n</source>
        <translation>
            <numerusform>No encontrado, así que sus datos viajan sin el archivo: %n</numerusform>
            <numerusform>No encontrados, así que sus datos viajan sin los archivos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paquete exportado</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Comprobando e importando el paquete…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Which bundle is the receipt for?</source>
        <translation>¿Para qué paquete es el comprobante?</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Paquete de Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Guardar el comprobante</translation>
    </message>
    <message>
        <source>Fieldkit receipt (*.fkr)</source>
        <translation>Comprobante de Fieldkit (*.fkr)</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Escribiendo el comprobante…</translation>
    </message>
    <message>
        <source>Receipt exported</source>
        <translation>Comprobante exportado</translation>
    </message>
    <message>
        <source>The receipt is written to {path}: files uploaded {uploads}, requests delivered {deliveries}. Take it to the computer the bundle came from.</source>
        <translation>El comprobante se guardó en {path} (archivos subidos: {uploads}; solicitudes entregadas: {deliveries}). Llévelo al equipo del que vino el paquete.</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importar comprobante</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Leyendo el comprobante…</translation>
    </message>
    <message>
        <source>Marked as uploaded: {files}; marked as delivered: {requests}; known already: {known}.</source>
        <translation>Marcados como subidos: {files}; marcadas como entregadas: {requests}; ya conocidos: {known}.</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>Comprobante importado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se modificó nada</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>{error} (details in the log). Nothing was changed.</source>
        <translation>{error} (detalles en el registro). No se modificó nada.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>Cancelado: no se escribió ni se modificó nada.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message>
        <source>This bundle was imported before; there was nothing new in it.</source>
        <translation>Este paquete ya se había importado; no contenía nada nuevo.</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, conflicting {conflicts}, skipped {skipped}. Files placed: {placed} (already there: {there}, not in the bundle: {missing}).</source>
        <translation>Añadidos: {added}; actualizados: {updated}; en conflicto: {conflicts}; omitidos: {skipped}. Archivos colocados: {placed} (ya estaban: {there}; no incluidos en el paquete: {missing}).</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>There is no file {file}.</source>
        <translation>No existe el archivo {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>No se puede leer {file}.</translation>
    </message>
    <message>
        <source>This file is not a Fieldkit bundle or receipt.</source>
        <translation>Este archivo no es un paquete ni un comprobante de Fieldkit.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({detail}). Copy it from the original again.</source>
        <translation>El paquete está dañado ({detail}). Vuelva a copiarlo desde el original.</translation>
    </message>
    <message>
        <source>The bundle ends too early: the copy was cut off. Copy it again.</source>
        <translation>El paquete termina antes de tiempo: la copia quedó incompleta. Vuelva a copiarlo.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its checksum: it was damaged on the way. Copy it again.</source>
        <translation>Una parte del paquete ({name}) no coincide con su suma de verificación: se dañó por el camino. Vuelva a copiarlo.</translation>
    </message>
    <message>
        <source>Part {volume} of {volumes} of this bundle is missing: {file}. Copy all its parts into the same folder.</source>
        <translation>Falta la parte {volume} de {volumes} de este paquete: {file}. Copie todas sus partes en la misma carpeta.</translation>
    </message>
    <message>
        <source>The bundle holds an entry named “{name}”, which could write outside its folder.</source>
        <translation>El paquete contiene una entrada llamada «{name}», que podría escribir fuera de su carpeta.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “{name}” is a link or a device file; bundles hold only plain files.</source>
        <translation>La entrada «{name}» del paquete es un enlace o un archivo de dispositivo; los paquetes solo contienen archivos normales.</translation>
    </message>
    <message>
        <source>The bundle holds two files whose names differ only in case; on a stick they would be one file.</source>
        <translation>El paquete contiene dos archivos cuyos nombres solo se diferencian en mayúsculas y minúsculas; en una memoria USB serían un único archivo.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) is far larger than it says (a decompression bomb?).</source>
        <translation>Una parte del paquete ({name}) es mucho más grande de lo que indica (¿una bomba de descompresión?).</translation>
    </message>
    <message>
        <source>The bundle holds “{name}”, which its table of contents does not list.</source>
        <translation>El paquete contiene «{name}», que no figura en su índice de contenido.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Fieldkit ({fieldkit_version}). Update Fieldkit to import it.</source>
        <translation>Este paquete se creó con una versión más reciente de Fieldkit ({fieldkit_version}). Actualice Fieldkit para importarlo.</translation>
    </message>
    <message>
        <source>This file is a receipt, not a bundle (or the other way round).</source>
        <translation>Este archivo es un comprobante y no un paquete (o al revés).</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not valid ({detail}); nothing was imported.</source>
        <translation>Los datos del paquete no son válidos ({detail}); no se importó nada.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>This receipt answers a bundle this computer never sent; nothing was changed.</source>
        <translation>Este comprobante responde a un paquete que este equipo nunca envió; no se modificó nada.</translation>
    </message>
    <message>
        <source>This bundle was never imported here, so there is no receipt to give for it.</source>
        <translation>Este paquete nunca se importó en este equipo, así que no hay ningún comprobante que generar para él.</translation>
    </message>
    <message>
        <source>There is no partnership called “{partnership}”.</source>
        <translation>No existe ninguna alianza llamada «{partnership}».</translation>
    </message>
    <message>
        <source>“{partnership}” has no batch called “{batch}”.</source>
        <translation>«{partnership}» no tiene ningún lote llamado «{batch}».</translation>
    </message>
    <message>
        <source>{path} changed since it was imported. Import its folder again in Media, then export.</source>
        <translation>{path} cambió desde que se importó. Vuelva a importar su carpeta en Multimedia y luego exporte.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {path}.</source>
        <translation>No se pudo escribir el paquete en {path}.</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Paso de la lista de verificación</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Archivo multimedia</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Solicitud de ayuda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Leyendas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation>Representa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The file itself</source>
        <translation>El propio archivo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Choose a step in the list.</source>
        <translation>Elija un paso de la lista.</translation>
    </message>
    <message>
        <source>Where this step stands.</source>
        <translation>En qué punto está este paso.</translation>
    </message>
    <message>
        <source>Your note on this step: what was done, what is next.</source>
        <translation>Tu nota sobre este paso: lo que se hizo y lo que sigue.</translation>
    </message>
    <message>
        <source>Not &amp;done</source>
        <translation>&amp;Pendiente</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Not appl&amp;icable</source>
        <translation>&amp;No aplica</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>Leer la &amp;guía</translation>
    </message>
    <message>
        <source>As&amp;k the helpdesk about this step…</source>
        <translation>&amp;Consultar a la mesa de ayuda sobre este paso…</translation>
    </message>
    <message>
        <source>Start a help request about this step; you can edit it before sending.</source>
        <translation>Iniciar una solicitud de ayuda sobre este paso; podrá editarla antes de enviarla.</translation>
    </message>
    <message>
        <source>Open the guide “{title}”</source>
        <translation>Abrir la guía «{title}»</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>The checklist to add to this partnership.</source>
        <translation>La lista de verificación que se añade a esta alianza.</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>L&amp;ista de verificación:</translation>
    </message>
    <message>
        <source>&amp;Add checklist</source>
        <translation>Añadir &amp;lista</translation>
    </message>
    <message>
        <source>Adds the chosen checklist to this partnership.</source>
        <translation>Añade la lista de verificación elegida a esta alianza.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No checklist yet. Choose one above and press “Add checklist”: it lists the steps other volunteers found useful, with a guide for many of them.</source>
        <translation>Aún no hay ninguna lista de verificación. Elija una arriba y pulse «Añadir lista»: enumera los pasos que otros voluntarios consideraron útiles, muchos con su guía.</translation>
    </message>
    <message>
        <source>All checklists added</source>
        <translation>Ya se añadieron todas las listas</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el de aquí</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Usar el del paquete</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Checking connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Inicio de sesión rechazado: revise la contraseña del bot</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Aún no hay una cuenta en la wiki — configúrela en Ajustes</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>No hay contraseña para la cuenta en la wiki — introdúzcala en Ajustes</translation>
    </message>
    <message>
        <source>{state} (and offline)</source>
        <translation>{state} (y sin conexión)</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. Everything you do is saved on this computer and sent later, by itself, when the connection returns.</source>
        <translation>Ahora no se puede acceder a la wiki. Todo lo que haga se guarda en este equipo y se envía más tarde, automáticamente, cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the bot login and password in Settings.</source>
        <translation>La wiki rechazó el inicio de sesión. Revise el usuario y la contraseña del bot en Ajustes.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until a wiki account is set up in Settings.</source>
        <translation>Las solicitudes y las subidas esperan hasta que se configure en Ajustes una cuenta en la wiki.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until the bot password is entered in Settings.</source>
        <translation>Las solicitudes y las subidas esperan hasta que se introduzca en Ajustes la contraseña del bot.</translation>
    </message>
    <message numerus="yes">
        <source>Requests waiting: %n</source>
        <translation>
            <numerusform>Solicitudes pendientes: %n</numerusform>
            <numerusform>Solicitudes pendientes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files to upload: %n</source>
        <translation>
            <numerusform>Archivos por subir: %n</numerusform>
            <numerusform>Archivos por subir: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{requests} · {uploads}</source>
        <translation>{requests} · {uploads}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Offline — your work is saved and will be sent later</source>
        <translation>Sin conexión: su trabajo está guardado y se enviará más tarde</translation>
    </message>
    <message>
        <source>Check the connection and send what is waiting</source>
        <translation>Comprobar la conexión y enviar lo pendiente</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>Nada pendiente de envío</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The wiki warns about a file</source>
        <translation>La wiki advierte sobre un archivo</translation>
    </message>
    <message>
        <source>“{title}” was sent, but the wiki has not published it yet.</source>
        <translation>«{title}» se envió, pero la wiki aún no lo ha publicado.</translation>
    </message>
    <message>
        <source>&amp;Publish anyway under this name</source>
        <translation>&amp;Publicar de todos modos con este nombre</translation>
    </message>
    <message>
        <source>Publish under a &amp;new name:</source>
        <translation>Publicar con un nombre &amp;nuevo:</translation>
    </message>
    <message>
        <source>&amp;Skip this file (it is not published)</source>
        <translation>&amp;Omitir este archivo (no se publica)</translation>
    </message>
    <message>
        <source>New file name</source>
        <translation>Nuevo nombre de archivo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>The file&apos;s bytes wait on the wiki: no choice sends them again.</source>
        <translation>El contenido del archivo ya espera en la wiki: ninguna de las opciones lo vuelve a enviar.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Try to send this request at the next connection, without waiting</source>
        <translation>Intentar enviar esta solicitud en la próxima conexión, sin esperar</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Ajustes</translation>
    </message>
    <message>
        <source>{channel}: {state}</source>
        <translation>{channel}: {state}</translation>
    </message>
    <message>
        <source>Open the revision</source>
        <translation>Abrir la versión</translation>
    </message>
    <message>
        <source>Message-ID: {id}</source>
        <translation>Message-ID: {id}</translation>
    </message>
    <message>
        <source>It will not be retried until you press Retry now or Send.</source>
        <translation>No se reintentará hasta que pulse Reintentar ahora o Enviar.</translation>
    </message>
    <message>
        <source>Next try: {time}.</source>
        <translation>Próximo intento: {time}.</translation>
    </message>
    <message>
        <source>It goes out in a moment.</source>
        <translation>Se enviará en un momento.</translation>
    </message>
    <message>
        <source>It goes out at the next connection.</source>
        <translation>Se enviará en la próxima conexión.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviada.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the wiki.</source>
        <translation>Esperando conexión con la wiki.</translation>
    </message>
</context>
<context>
    <name>DeliveryReasons</name>
    <message>
        <source>No wiki account yet — set it up in Settings.</source>
        <translation>Aún no hay una cuenta en la wiki — configúrela en Ajustes.</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings.</source>
        <translation>No hay contraseña para la cuenta en la wiki — introdúzcala en Ajustes.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password.</source>
        <translation>Inicio de sesión rechazado: revise la contraseña del bot.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>Esperando conexión.</translation>
    </message>
    <message>
        <source>No helpdesk page is chosen for this wiki: choose one in Settings and the request goes out by itself.</source>
        <translation>No se ha elegido ninguna página de la mesa de ayuda para esta wiki: elija una en Ajustes y la solicitud se enviará automáticamente.</translation>
    </message>
    <message>
        <source>The wiki does not accept the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>La wiki no acepta la página de la mesa de ayuda: elija otra en Ajustes y la solicitud se enviará automáticamente.</translation>
    </message>
    <message>
        <source>The wiki does not accept “{page}” as the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>La wiki no acepta «{page}» como página de la mesa de ayuda: elija otra en Ajustes y la solicitud se enviará automáticamente.</translation>
    </message>
    <message>
        <source>The wiki could not be reached.</source>
        <translation>No se pudo acceder a la wiki.</translation>
    </message>
    <message>
        <source>Someone edited the helpdesk page at the same moment.</source>
        <translation>Alguien editó la página de la mesa de ayuda en ese mismo momento.</translation>
    </message>
    <message>
        <source>The request was changed after sending and has problems to fix first.</source>
        <translation>La solicitud se modificó después de enviarla y primero hay que corregir sus problemas.</translation>
    </message>
    <message>
        <source>Email to the helpdesk is not set up any more (Settings).</source>
        <translation>El envío por correo a la mesa de ayuda ya no está configurado (Ajustes).</translation>
    </message>
    <message>
        <source>The mail server could not be reached.</source>
        <translation>No se pudo acceder al servidor de correo.</translation>
    </message>
    <message>
        <source>The mail server refused the login: check it in Settings.</source>
        <translation>El servidor de correo rechazó el inicio de sesión: revíselo en Ajustes.</translation>
    </message>
    <message>
        <source>No password is stored for the mail server (Settings).</source>
        <translation>No hay ninguna contraseña guardada para el servidor de correo (Ajustes).</translation>
    </message>
    <message>
        <source>A secure connection to the mail server failed (Settings).</source>
        <translation>Falló la conexión segura con el servidor de correo (Ajustes).</translation>
    </message>
    <message>
        <source>The mail server refused the helpdesk&apos;s address.</source>
        <translation>El servidor de correo rechazó la dirección de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>The wiki answered with an error.</source>
        <translation>La wiki respondió con un error.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>El servidor de correo rechazó el mensaje.</translation>
    </message>
    <message>
        <source>The wiki refused the edit.</source>
        <translation>La wiki rechazó la edición.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Ocurrió un error inesperado.</translation>
    </message>
</context>
<context>
    <name>DeskArea</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Panel de la mesa de ayuda</translation>
    </message>
    <message>
        <source>Requests to the helpdesk from the wiki pages and the mailbox, kept on this computer: triage, review and reply offline; the next sync sends what you queue.</source>
        <translation>Solicitudes a la mesa de ayuda desde las páginas de la wiki y el buzón, guardadas en este equipo: clasifique, evalúe y responda sin conexión; la próxima sincronización envía lo que ponga en cola.</translation>
    </message>
    <message>
        <source>Search requests, requesters, partners…</source>
        <translation>Buscar solicitudes, solicitantes, instituciones…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Committee &amp;pack…</source>
        <translation>&amp;Dossier para el comité…</translation>
    </message>
    <message>
        <source>The requests of the month on the left, or the selected requests.</source>
        <translation>Las solicitudes del mes indicado a la izquierda, o las solicitudes seleccionadas.</translation>
    </message>
    <message>
        <source>Month of the pack (YYYY-MM)</source>
        <translation>Mes del dossier (AAAA-MM)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Sol&amp;icitud</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Clasificación</translation>
    </message>
    <message>
        <source>Fetch &amp;new requests</source>
        <translation>&amp;Obtener solicitudes nuevas</translation>
    </message>
    <message>
        <source>Shows only requests in the chosen state.</source>
        <translation>Muestra solo las solicitudes en el estado elegido.</translation>
    </message>
    <message>
        <source>Reads the helpdesk pages now for new requests.</source>
        <translation>Lee ahora las páginas del servicio de ayuda en busca de solicitudes nuevas.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Obteniendo…</translation>
    </message>
    <message>
        <source>State saved; it is shared with the next sync.</source>
        <translation>Estado guardado; se compartirá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Evaluación guardada.</translation>
    </message>
    <message>
        <source>Reply queued; the next sync sends it.</source>
        <translation>Respuesta en cola; la próxima sincronización la enviará.</translation>
    </message>
    <message>
        <source>Writing the committee pack…</source>
        <translation>Generando el dossier para el comité…</translation>
    </message>
    <message>
        <source>Save the committee pack</source>
        <translation>Guardar el dossier para el comité</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Offline: showing what was fetched before.</source>
        <translation>Sin conexión: se muestra lo obtenido anteriormente.</translation>
    </message>
    <message>
        <source>Fetched, but not everything could be read: {sources}</source>
        <translation>Obtenido, pero no se pudo leer todo: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s).</source>
        <translation>
            <numerusform>%n solicitud nueva.</numerusform>
            <numerusform>%n solicitudes nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching failed; the log has the details.</source>
        <translation>No se pudieron obtener las solicitudes; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The pack could not be written; the log has the details.</source>
        <translation>No se pudo generar el dossier para el comité; los detalles están en el registro.</translation>
    </message>
    <message numerus="yes">
        <source>Committee pack written: {path} (%n request(s)).</source>
        <translation>
            <numerusform>Dossier para el comité generado: {path} (%n solicitud).</numerusform>
            <numerusform>Dossier para el comité generado: {path} (%n solicitudes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskProblems</name>
    <message>
        <source>Give the mailbox as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Indique el servidor de correo como HOST:PUERTO, p. ej. imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose implicit TLS, STARTTLS or none for the mailbox.</source>
        <translation>Elija TLS implícito, STARTTLS o sin cifrado para el buzón.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>Indique el mes como AAAA-MM.</translation>
    </message>
    <message>
        <source>Save the pack as .pdf, .html or .csv.</source>
        <translation>Guarde el dossier como .pdf, .html o .csv.</translation>
    </message>
    <message>
        <source>Choose one of the reply templates.</source>
        <translation>Elija una de las plantillas de respuesta.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>La respuesta está vacía.</translation>
    </message>
    <message>
        <source>The reply is too long.</source>
        <translation>La respuesta es demasiado larga.</translation>
    </message>
    <message>
        <source>This request cannot be answered from here: it is no longer on the wiki page and did not come by mail.</source>
        <translation>Esta solicitud no se puede responder desde aquí: ya no está en la página de la wiki y no llegó por correo.</translation>
    </message>
    <message>
        <source>Give your name as reviewer.</source>
        <translation>Indique su nombre en «Evaluador».</translation>
    </message>
    <message>
        <source>Give every criterion a score from 1 to 5.</source>
        <translation>Dé a cada criterio una puntuación de 1 a 5.</translation>
    </message>
    <message>
        <source>Choose one of the request states.</source>
        <translation>Elija uno de los estados de la solicitud.</translation>
    </message>
</context>
<context>
    <name>DeskRequestList</name>
    <message>
        <source>Gathered requests; the one selected is shown beside them.</source>
        <translation>Solicitudes reunidas; la seleccionada se muestra al lado.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requests to the helpdesk</source>
        <translation>Solicitudes a la mesa de ayuda</translation>
    </message>
    <message>
        <source>{state} (not yet shared)</source>
        <translation>{state} (aún sin compartir)</translation>
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
        <translation>La solicitud tal como la escribió quien la envió.</translation>
    </message>
    <message>
        <source>Other requests of this requester or partner</source>
        <translation>Otras solicitudes del mismo solicitante o institución</translation>
    </message>
    <message>
        <source>The request as written</source>
        <translation>La solicitud tal como se escribió</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>De: {who}</translation>
    </message>
    <message>
        <source>Partner: {partner}</source>
        <translation>Institución aliada: {partner}</translation>
    </message>
    <message>
        <source>Received {date} by {channels}</source>
        <translation>Recibida el {date} por {channels}</translation>
    </message>
    <message>
        <source>— Later message from {sender} —</source>
        <translation>— Mensaje posterior de {sender} —</translation>
    </message>
    <message>
        <source>Attachment: {name} ({type}, {size} bytes)</source>
        <translation>Adjunto: {name} ({type}, {size} bytes)</translation>
    </message>
    <message>
        <source>— Reply by {author} {when} —</source>
        <translation>— Respuesta de {author} {when} —</translation>
    </message>
    <message>
        <source>(No longer on {where}.)</source>
        <translation>(Ya no está en {where}.)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsWidget</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Panel de la mesa de ayuda</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>Trabajo &amp;en una mesa de ayuda (mostrar su panel)</translation>
    </message>
    <message>
        <source>Re&amp;quest pages (one per line)</source>
        <translation>Pá&amp;ginas de solicitudes (una por línea)</translation>
    </message>
    <message>
        <source>Mail server (host:port)</source>
        <translation>Servidor de correo (host:puerto)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Usuario de correo</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Contraseña de correo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>Shows the Helpdesk desk, where requests are gathered, reviewed and answered.</source>
        <translation>Muestra el escritorio de la mesa de ayuda, donde se reúnen, evalúan y responden las solicitudes.</translation>
    </message>
    <message>
        <source>The wiki pages where people post requests to the helpdesk.</source>
        <translation>Las páginas wiki donde se publican las solicitudes a la mesa de ayuda.</translation>
    </message>
    <message>
        <source>The mailbox where requests sent by email arrive.</source>
        <translation>El buzón al que llegan las solicitudes enviadas por correo.</translation>
    </message>
    <message>
        <source>The login for that mailbox.</source>
        <translation>El usuario de ese buzón.</translation>
    </message>
    <message>
        <source>The mailbox folder to read, usually INBOX.</source>
        <translation>La carpeta del buzón que se lee, normalmente INBOX.</translation>
    </message>
    <message>
        <source>How the connection to the mail server is encrypted.</source>
        <translation>Cómo se cifra la conexión con el servidor de correo.</translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation>Guardar ajustes del panel</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Guarda los ajustes de este grupo.</translation>
    </message>
    <message>
        <source>Desk settings saved; the password is in the keyring.</source>
        <translation>Ajustes del panel guardados; la contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Desk settings saved, but not the password: this system has no keyring. Set FIELDKIT_IMAP_PASSWORD before starting Fieldkit.</source>
        <translation>Ajustes del panel guardados, pero no la contraseña: este sistema no tiene llavero. Defina FIELDKIT_IMAP_PASSWORD antes de iniciar Fieldkit.</translation>
    </message>
    <message>
        <source>Desk settings saved.</source>
        <translation>Ajustes del panel guardados.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} No se guardó nada.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>With the committee</source>
        <translation>En el comité</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Legal &amp; ethical</source>
        <translation>Legal y ético</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Pedir información</translation>
    </message>
    <message>
        <source>Decision with reasons</source>
        <translation>Decisión motivada</translation>
    </message>
    <message>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>pendiente de envío</translation>
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
        <translation>aún no enviado (se reintentará)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What Fieldkit read from the file itself.</source>
        <translation>Lo que Fieldkit leyó del propio archivo.</translation>
    </message>
    <message>
        <source>The file page as it will be uploaded; read only.</source>
        <translation>La página del archivo tal como se subirá; solo lectura.</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>T&amp;ítulo</translation>
    </message>
    <message>
        <source>Li&amp;cence &amp;&amp; location</source>
        <translation>Licencia y &amp;GPS</translation>
    </message>
    <message>
        <source>&amp;Wikitext</source>
        <translation>&amp;Wikitexto</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalles del archivo seleccionado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Facts about the file</source>
        <translation>Datos del archivo</translation>
    </message>
    <message>
        <source>Wikitext of the file page</source>
        <translation>Wikitexto de la página del archivo</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <source>No preview: the file cannot be shown.</source>
        <translation>Sin vista previa: el archivo no se puede mostrar.</translation>
    </message>
    <message>
        <source>Select a file in the table to see and edit it.</source>
        <translation>Seleccione un archivo en la tabla para verlo y editarlo.</translation>
    </message>
    <message>
        <source>On the wiki: {name}</source>
        <translation>En la wiki: {name}</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} píxeles</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Cámara: {camera}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Tomada: {time}</translation>
    </message>
    <message>
        <source>Records a camera location</source>
        <translation>Registra la ubicación de la cámara</translation>
    </message>
    <message>
        <source>No wikitext yet:</source>
        <translation>Aún no hay wikitexto:</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full: free {mb} MB on the disk of {folder}, then try again. What you typed is still here and nothing saved before is lost.</source>
        <translation>El disco está lleno: libere {mb} MB en el disco donde está {folder} y vuelva a intentarlo. Lo que escribió sigue aquí y no se ha perdido nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>Could not save (details in the log).</source>
        <translation>No se pudo guardar (detalles en el registro).</translation>
    </message>
    <message>
        <source>Fieldkit cannot open its data because the disk is full: free {mb} MB on the disk of {folder}, then start Fieldkit again. Nothing saved before is lost.</source>
        <translation>Fieldkit no puede abrir sus datos porque el disco está lleno: libere {mb} MB en el disco donde está {folder} y vuelva a iniciar Fieldkit. No se ha perdido nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Cannot write files without an extension: use .pdf, .odt or .html.</source>
        <translation>No se pueden escribir archivos sin extensión: use .pdf, .odt o .html.</translation>
    </message>
    <message>
        <source>Cannot write {suffix}: use .pdf, .odt or .html.</source>
        <translation>No se puede escribir {suffix}: use .pdf, .odt o .html.</translation>
    </message>
    <message>
        <source>Qt wrote no PDF to {path}.</source>
        <translation>Qt no escribió ningún PDF en {path}.</translation>
    </message>
    <message>
        <source>Qt could not write an ODT file to {path}.</source>
        <translation>Qt no pudo escribir un archivo ODT en {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {error}</source>
        <translation>No se pudo escribir en {folder}: {error}</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}</source>
        <translation>No se pudo escribir {target}: {error}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>A bundle carries a partnership — its checklists, help requests and batches, and the files themselves — to another computer on a USB stick. Import it there; later a receipt brings back what became of it.</source>
        <translation>Un paquete lleva una alianza —sus listas de verificación, solicitudes de ayuda y lotes, y los propios archivos— a otro equipo en una memoria USB. Impórtelo allí; más tarde, un comprobante trae de vuelta lo que pasó con ella.</translation>
    </message>
    <message>
        <source>Include the media files</source>
        <translation>Incluir los archivos multimedia</translation>
    </message>
    <message>
        <source>Parts of 3.9 GiB (for FAT32 sticks)</source>
        <translation>Partes de 3,9 GiB (para memorias FAT32)</translation>
    </message>
    <message>
        <source>Parts of 700 MiB</source>
        <translation>Partes de 700 MiB</translation>
    </message>
    <message>
        <source>One file, however large</source>
        <translation>Un solo archivo, sea cual sea su tamaño</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Alianza:</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Lotes:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>División:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Paquete de Fieldkit (*.fkb)</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Descriptions and captions</source>
        <translation>Descripciones y leyendas</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>Código de &amp;idioma:</translation>
    </message>
    <message>
        <source>e.g. sv</source>
        <translation>p. ej. es</translation>
    </message>
    <message>
        <source>Add description</source>
        <translation>Añadir descripción</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Añadir leyenda</translation>
    </message>
    <message>
        <source>Adds a description in the language code above.</source>
        <translation>Añade una descripción en el código de idioma de arriba.</translation>
    </message>
    <message>
        <source>Adds a caption in the language code above.</source>
        <translation>Añade un pie de foto en el código de idioma de arriba.</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Separe varias categorías con |</translation>
    </message>
    <message>
        <source>The file&apos;s name on Commons, without “File:” and the extension.</source>
        <translation>El nombre del archivo en Commons, sin «File:» ni la extensión.</translation>
    </message>
    <message>
        <source>When the work was made or the photo taken: a date, a year or circa.</source>
        <translation>Cuándo se hizo la obra o se tomó la foto: una fecha, un año o «circa».</translation>
    </message>
    <message>
        <source>Who made the work, as Commons should credit them.</source>
        <translation>Quién hizo la obra, tal como Commons debe atribuirla.</translation>
    </message>
    <message>
        <source>Where the file comes from: the collection, an inventory number.</source>
        <translation>De dónde procede el archivo: la colección, un número de inventario.</translation>
    </message>
    <message>
        <source>The museum, archive or library that holds the original.</source>
        <translation>El museo, archivo o biblioteca que conserva el original.</translation>
    </message>
    <message>
        <source>Wikidata items the file shows (Q-numbers), separated by |.</source>
        <translation>Elementos de Wikidata que muestra el archivo (números Q), separados por |.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees north.</source>
        <translation>Dónde se tomó la foto, en grados decimales norte.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees east.</source>
        <translation>Dónde se tomó la foto, en grados decimales este.</translation>
    </message>
    <message>
        <source>The file page&apos;s layout: information, artwork or photograph.</source>
        <translation>La plantilla de la página del archivo: information, artwork o photograph.</translation>
    </message>
    <message>
        <source>Your own note of where the file stands: new, done, skip…</source>
        <translation>Tu propia nota sobre el estado del archivo: nuevo, hecho, omitir…</translation>
    </message>
    <message>
        <source>What the file shows, in this language.</source>
        <translation>Lo que muestra el archivo, en este idioma.</translation>
    </message>
    <message>
        <source>One short line about the file, in this language.</source>
        <translation>Una línea breve sobre el archivo, en este idioma.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Find and replace in the selected files (%n)</source>
        <translation>
            <numerusform>Buscar y reemplazar en el archivo seleccionado (%n)</numerusform>
            <numerusform>Buscar y reemplazar en los archivos seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All text fields</source>
        <translation>Todos los campos de texto</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Reemplazar por:</translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation>&amp;En:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The sample partnership was removed.</source>
        <translation>Se eliminó la alianza de ejemplo.</translation>
    </message>
</context>
<context>
    <name>GuidesBrowser</name>
    <message>
        <source>The guides; the one selected is shown beside them.</source>
        <translation>Las guías; la seleccionada se muestra al lado.</translation>
    </message>
    <message>
        <source>The text of the selected guide.</source>
        <translation>El texto de la guía seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Search the guides</source>
        <translation>&amp;Buscar en las guías</translation>
    </message>
    <message>
        <source>e.g. licence, metadata, upload</source>
        <translation>p. ej. licencia, metadatos, subida</translation>
    </message>
    <message>
        <source>No guide contains all of these words. Try fewer or other words.</source>
        <translation>Ninguna guía contiene todas estas palabras. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
</context>
<context>
    <name>HelpWantedBox</name>
    <message>
        <source>Tick each kind of help you need.</source>
        <translation>Marca cada tipo de ayuda que necesitas.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Everything in the bundle is checked before anything is changed. Records edited on both computers are shown as conflicts with both values; nothing is overwritten. Its media files are copied into the folder below.</source>
        <translation>Todo el contenido del paquete se comprueba antes de modificar nada. Los datos editados en ambos equipos se muestran como conflictos, con los dos valores; no se sobrescribe nada. Sus archivos multimedia se copian en la carpeta indicada abajo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <source>Media files go to:</source>
        <translation>Destino de los archivos multimedia:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Paquete de Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Where the media files go</source>
        <translation>Dónde guardar los archivos multimedia</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificado</numerusform>
            <numerusform>%n modificados</numerusform>
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
            <numerusform>%n no encontrado</numerusform>
            <numerusform>%n no encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (unreadable)</source>
        <translation>
            <numerusform>%n omitido (ilegible)</numerusform>
            <numerusform>%n omitidos (ilegibles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not media, left out: {names}</source>
        <translation>
            <numerusform>%n no es multimedia y se dejó fuera: {names}</numerusform>
            <numerusform>%n no son multimedia y se dejaron fuera: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the files looked at so far are updated.</source>
        <translation>Detenido; los archivos revisados hasta ahora están actualizados.</translation>
    </message>
    <message>
        <source>Looked again: {counts}.</source>
        <translation>Revisado de nuevo: {counts}.</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>ningún archivo</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importación cancelada; no se añadió nada.</translation>
    </message>
    <message>
        <source>No files found to import.</source>
        <translation>No se encontraron archivos para importar.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importación terminada: {counts}.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Se omitió {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped.</source>
        <translation>
            <numerusform>…y se omitió %n más.</numerusform>
            <numerusform>…y se omitieron %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>Le damos la bienvenida a Fieldkit</translation>
    </message>
    <message>
        <source>Fieldkit helps you bring a museum&apos;s, an archive&apos;s or a library&apos;s collection to Wikimedia Commons: plan the partnership, prepare the files and upload them, also without a connection. Three short questions first.</source>
        <translation>Fieldkit le ayuda a llevar la colección de un museo, un archivo o una biblioteca a Wikimedia Commons: planificar la alianza, preparar los archivos y subirlos, también sin conexión. Primero, tres preguntas breves.</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldkit:</source>
        <translation>&amp;Idioma de Fieldkit:</translation>
    </message>
    <message>
        <source>You can change every answer later in Settings.</source>
        <translation>Puede cambiar cada respuesta más tarde en Ajustes.</translation>
    </message>
</context>
<context>
    <name>LicenceChooser</name>
    <message>
        <source>The free licence the partner agrees to publish the files under.</source>
        <translation>La licencia libre con la que el socio acepta publicar los archivos.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>What it means for the partner</source>
        <translation>Qué significa para la institución aliada</translation>
    </message>
    <message>
        <source>Choose the licence the partner agrees to; the guide “Talking about licences” helps with that conversation.</source>
        <translation>Elija la licencia que acepta la institución aliada; la guía «Hablar de licencias libres con las instituciones aliadas» ayuda en esa conversación.</translation>
    </message>
    <message>
        <source>This licence is no longer in Fieldkit&apos;s list; choose another.</source>
        <translation>Esta licencia ya no está en la lista de Fieldkit; elija otra.</translation>
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
        <translation>El registro de Fieldkit: lo que hizo y lo que falló.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>Reads the log file again.</source>
        <translation>Vuelve a leer el archivo de registro.</translation>
    </message>
    <message>
        <source>What Fieldkit did recently. The full log is in {path}</source>
        <translation>Lo que Fieldkit hizo recientemente. El registro completo está en {path}</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>El registro está vacío.</translation>
    </message>
    <message>
        <source>Recent log lines</source>
        <translation>Líneas recientes del registro</translation>
    </message>
    <message>
        <source>The log could not be read: {error}</source>
        <translation>No se pudo leer el registro: {error}</translation>
    </message>
</context>
<context>
    <name>LogLinks</name>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Requests to the helpdesk&apos;s email address are sent through your mail provider&apos;s outgoing server; its help pages name it (for example smtp.example.org:587).</source>
        <translation>Las solicitudes a la dirección de correo de la mesa de ayuda se envían a través del servidor de correo saliente de su proveedor; sus páginas de ayuda indican cuál es (por ejemplo, smtp.example.org:587).</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>Ci&amp;frado</translation>
    </message>
    <message>
        <source>Mail pa&amp;ssword</source>
        <translation>Co&amp;ntraseña de correo</translation>
    </message>
    <message>
        <source>Optional: the mailbox where the helpdesk&apos;s answers to your mailed requests arrive (IMAP), so Fieldkit shows them beside each request.</source>
        <translation>Opcional: el buzón donde llegan las respuestas de la mesa de ayuda a las solicitudes que usted envió por correo (IMAP), para que Fieldkit las muestre junto a cada solicitud.</translation>
    </message>
    <message>
        <source>Outgoing server (host:port)</source>
        <translation>Servidor de correo saliente (host:puerto)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Usuario de correo</translation>
    </message>
    <message>
        <source>S&amp;ender address</source>
        <translation>Dirección del &amp;remitente</translation>
    </message>
    <message>
        <source>Mailbox for replies (host:port)</source>
        <translation>Buzón para las respuestas (host:puerto)</translation>
    </message>
    <message>
        <source>Mailbo&amp;x user name</source>
        <translation>Usuario del bu&amp;zón</translation>
    </message>
    <message>
        <source>Mailbox passwor&amp;d</source>
        <translation>&amp;Contraseña del buzón</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>for example smtp.example.org:587</source>
        <translation>por ejemplo, smtp.example.org:587</translation>
    </message>
    <message>
        <source>for example imap.example.org:993</source>
        <translation>por ejemplo, imap.example.org:993</translation>
    </message>
    <message>
        <source>for example name@example.org</source>
        <translation>por ejemplo, nombre@example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <source>None (a server on this computer or network only)</source>
        <translation>Ninguno (solo para un servidor en este equipo o en esta red)</translation>
    </message>
    <message>
        <source>Save email settings</source>
        <translation>Guardar ajustes de correo</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Guarda los ajustes de este grupo.</translation>
    </message>
    <message>
        <source>Email settings saved, but not the mail password: the keyring refused it. Set FIELDKIT_SMTP_PASSWORD before starting Fieldkit.</source>
        <translation>Ajustes de correo guardados, pero no la contraseña de correo: el llavero del sistema no la aceptó. Defina FIELDKIT_SMTP_PASSWORD antes de iniciar Fieldkit.</translation>
    </message>
    <message>
        <source>Email settings saved.</source>
        <translation>Ajustes de correo guardados.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} No se guardó nada.</translation>
    </message>
    <message>
        <source>The email settings could not be saved; the log has the details.</source>
        <translation>No se pudieron guardar los ajustes de correo; los detalles están en el registro.</translation>
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
        <translation>Algo salió mal.</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Prepare a partner&apos;s files for Commons: import them into a batch, describe them, and fix what the checks find. Everything is saved at once, offline.</source>
        <translation>Prepare los archivos de una institución aliada para Commons: impórtelos en un lote, descríbalos y corrija lo que detecten las comprobaciones. Todo se guarda al instante, también sin conexión.</translation>
    </message>
    <message>
        <source>No batches yet. Press “New batch…” to start one for a partnership; then import files or drag a folder here.</source>
        <translation>Aún no hay lotes. Pulse «Nuevo lote…» para iniciar uno para una alianza; luego importe archivos o arrastre aquí una carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln files…</source>
        <translation>
            <numerusform>Cargando %Ln archivo…</numerusform>
            <numerusform>Cargando %Ln archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Cargando archivos…</translation>
    </message>
    <message>
        <source>This batch has no files yet. Press “Import files…” or “Import folder…”, or drag files and folders here. The files themselves are never changed.</source>
        <translation>Este lote aún no tiene archivos. Pulse «Importar archivos…» o «Importar carpeta…», o arrastre aquí archivos y carpetas. Los archivos en sí nunca se modifican.</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Marcadores desconocidos: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>New titles: %n.</source>
        <translation>
            <numerusform>Títulos nuevos: %n.</numerusform>
            <numerusform>Títulos nuevos: %n.</numerusform>
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
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Depicts (Wikidata)</source>
        <translation>Representa (Wikidata)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>MediaProblems</name>
    <message>
        <source>Choose a licence.</source>
        <translation>Elija una licencia.</translation>
    </message>
    <message>
        <source>The licence is not in Fieldkit&apos;s catalogue.</source>
        <translation>La licencia no está en el catálogo de Fieldkit.</translation>
    </message>
    <message>
        <source>Say who made the work.</source>
        <translation>Indique quién creó la obra.</translation>
    </message>
    <message>
        <source>Say where the file comes from.</source>
        <translation>Indique de dónde procede el archivo.</translation>
    </message>
    <message>
        <source>Give a date, or “unknown” if nobody knows it.</source>
        <translation>Indique una fecha, o «unknown» si nadie la conoce.</translation>
    </message>
    <message>
        <source>Write at least one description or caption.</source>
        <translation>Escriba al menos una descripción o leyenda.</translation>
    </message>
    <message>
        <source>The file has no title.</source>
        <translation>El archivo no tiene título.</translation>
    </message>
    <message>
        <source>The file records where it was taken. Choose for the batch whether to keep or remove the location before upload.</source>
        <translation>El archivo registra dónde se tomó. Decida para el lote si conservar o quitar la ubicación antes de la subida.</translation>
    </message>
    <message>
        <source>The file records where it was taken; the location will be published.</source>
        <translation>El archivo registra dónde se tomó; la ubicación se publicará.</translation>
    </message>
    <message>
        <source>The location will be removed from the uploaded copy (the original stays).</source>
        <translation>La ubicación se quitará de la copia subida (el original no cambia).</translation>
    </message>
    <message>
        <source>The file is not where it was imported from.</source>
        <translation>El archivo ya no está donde se importó.</translation>
    </message>
    <message>
        <source>The file changed on disk since it was imported.</source>
        <translation>El archivo cambió en el disco desde que se importó.</translation>
    </message>
    <message>
        <source>The file is damaged; it cannot be uploaded as it is.</source>
        <translation>El archivo está dañado; no se puede subir tal como está.</translation>
    </message>
    <message>
        <source>The file is cut short (incomplete); it cannot be uploaded.</source>
        <translation>El archivo está truncado (incompleto); no se puede subir.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>El archivo no se puede leer.</translation>
    </message>
    <message>
        <source>The same file is in this batch more than once.</source>
        <translation>El mismo archivo está más de una vez en este lote.</translation>
    </message>
    <message>
        <source>“{title}” is a camera file name and says nothing about the content.</source>
        <translation>«{title}» es un nombre de archivo de cámara y no dice nada del contenido.</translation>
    </message>
    <message>
        <source>The title contains characters not allowed: {characters}</source>
        <translation>El título contiene caracteres no permitidos: {characters}</translation>
    </message>
    <message>
        <source>The title is {bytes} bytes long; the limit is {limit} bytes.</source>
        <translation>El título ocupa {bytes} bytes; el límite es {limit} bytes.</translation>
    </message>
    <message>
        <source>Another file in this batch has the title “{title}”.</source>
        <translation>Otro archivo de este lote tiene el título «{title}».</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Marcadores desconocidos: {fields}</translation>
    </message>
    <message>
        <source>File names cannot contain {characters} (the wiki would rename the file); for example: “{suggestion}”.</source>
        <translation>Los nombres de archivo no pueden contener {characters} (la wiki cambiaría el nombre del archivo); por ejemplo: «{suggestion}».</translation>
    </message>
    <message>
        <source>Uploaded and verified as “{title}”.</source>
        <translation>Subido y verificado como «{title}».</translation>
    </message>
    <message>
        <source>The folder cannot be opened ({reason}), so its files were not imported. Check its permissions, or move it to a shorter path.</source>
        <translation>No se puede abrir la carpeta ({reason}), así que no se importaron sus archivos. Revise sus permisos o muévala a una ruta más corta.</translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid text (it has bytes that are not UTF-8), so it was not imported. Rename the file and import again.</source>
        <translation>El nombre del archivo no es un texto válido (tiene bytes que no son UTF-8), así que no se importó. Cambie el nombre del archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The batch needs a name.</source>
        <translation>El lote necesita un nombre.</translation>
    </message>
    <message>
        <source>The batch name is longer than {max} characters.</source>
        <translation>El nombre del lote tiene más de {max} caracteres.</translation>
    </message>
    <message>
        <source>The batch name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>El nombre del lote contiene caracteres de control ({characters}), como un salto de línea; escríbalo en una sola línea.</translation>
    </message>
    <message>
        <source>The folder&apos;s name is not valid text (it has bytes that are not UTF-8), so its files were not imported. Rename the folder and import again.</source>
        <translation>El nombre de la carpeta no es un texto válido (tiene bytes que no son UTF-8), así que no se importaron sus archivos. Cambie el nombre de la carpeta e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>The title contains control characters or “~~~”; remove them.</source>
        <translation>El título contiene caracteres de control o «~~~»; quítelos.</translation>
    </message>
    <message>
        <source>The title ends in .{title_extension} but the file is a .{file_extension} file.</source>
        <translation>El título termina en .{title_extension}, pero el archivo es de tipo .{file_extension}.</translation>
    </message>
    <message>
        <source>The title “{title}” is already used in the batch “{batch}”.</source>
        <translation>El título «{title}» ya se usa en el lote «{batch}».</translation>
    </message>
    <message>
        <source>A file named “{title}” already exists on the wiki.</source>
        <translation>Ya existe en la wiki un archivo llamado «{title}».</translation>
    </message>
    <message>
        <source>This file was already imported in the batch “{batch}”.</source>
        <translation>Este archivo ya se importó en el lote «{batch}».</translation>
    </message>
    <message>
        <source>This file is already on the wiki as “{title}”.</source>
        <translation>Este archivo ya está en la wiki como «{title}».</translation>
    </message>
    <message>
        <source>“{date}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”.</source>
        <translation>«{date}» no es una fecha; use AAAA, AAAA-MM, AAAA-MM-DD o «unknown».</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>El archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>The file is larger than {limit}; it is uploaded in chunks.</source>
        <translation>El archivo ocupa más de {limit}; se sube por partes.</translation>
    </message>
    <message>
        <source>The location cannot be removed from this kind of file without changing the picture; remove it with another program, or keep it.</source>
        <translation>La ubicación no se puede quitar de este tipo de archivo sin modificar la imagen; quítela con otro programa o consérvela.</translation>
    </message>
    <message>
        <source>The location could not be removed from a copy of the file (is the disk full?). The file was not queued.</source>
        <translation>No se pudo quitar la ubicación de una copia del archivo (¿está lleno el disco?). El archivo no se puso en cola.</translation>
    </message>
    <message>
        <source>The GPS position in the file cannot be read; it is ignored.</source>
        <translation>No se puede leer la posición GPS del archivo; se ignora.</translation>
    </message>
    <message>
        <source>The orientation recorded in the file is not valid; it is ignored.</source>
        <translation>La orientación registrada en el archivo no es válida; se ignora.</translation>
    </message>
    <message>
        <source>The embedded metadata (EXIF) could not be read; it is ignored.</source>
        <translation>No se pudieron leer los metadatos incrustados (EXIF); se ignoran.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>La fila {row} no corresponde a ningún archivo de este lote.</translation>
    </message>
    <message>
        <source>The column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>La columna «{column}» no es un campo de Fieldkit; se rechazan las filas que tengan un valor en ella.</translation>
    </message>
    <message>
        <source>This is a named pipe, not a file with content; it was not read.</source>
        <translation>Esto es una tubería con nombre (named pipe), no un archivo con contenido; no se leyó.</translation>
    </message>
    <message>
        <source>This is a socket, not a file with content; it was not read.</source>
        <translation>Esto es un socket, no un archivo con contenido; no se leyó.</translation>
    </message>
    <message>
        <source>This is a device or special file, not a file with content; it was not read.</source>
        <translation>Esto es un dispositivo o un archivo especial, no un archivo con contenido; no se leyó.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Convert it to JPEG (for example with GIMP or ImageMagick).</source>
        <translation>Conviértalo a JPEG (por ejemplo, con GIMP o ImageMagick).</translation>
    </message>
    <message>
        <source>Develop the camera RAW file to TIFF or JPEG (for example with darktable).</source>
        <translation>Revele el archivo RAW de la cámara a TIFF o JPEG (por ejemplo, con darktable).</translation>
    </message>
    <message>
        <source>Export the document to PDF (for example with LibreOffice).</source>
        <translation>Exporte el documento a PDF (por ejemplo, con LibreOffice).</translation>
    </message>
    <message>
        <source>Spreadsheets are not media: put the data in the file descriptions, or export to PDF.</source>
        <translation>Las hojas de cálculo no son archivos multimedia: ponga los datos en las descripciones de los archivos o exporte a PDF.</translation>
    </message>
    <message>
        <source>Export the presentation to PDF (for example with LibreOffice).</source>
        <translation>Exporte la presentación a PDF (por ejemplo, con LibreOffice).</translation>
    </message>
    <message>
        <source>Unpack the archive and import the files in it.</source>
        <translation>Descomprima el archivo comprimido e importe los archivos que contiene.</translation>
    </message>
    <message>
        <source>Convert it to PNG (lossless), for example with GIMP.</source>
        <translation>Conviértalo a PNG (sin pérdida), por ejemplo, con GIMP.</translation>
    </message>
    <message>
        <source>Convert the video to WebM (for example with ffmpeg or HandBrake).</source>
        <translation>Convierta el video a WebM (por ejemplo, con ffmpeg o HandBrake).</translation>
    </message>
    <message>
        <source>Convert the sound to Ogg or FLAC (for example with Audacity).</source>
        <translation>Convierta el audio a Ogg o FLAC (por ejemplo, con Audacity).</translation>
    </message>
    <message>
        <source>Not a media file; it was not added to the batch.</source>
        <translation>No es un archivo multimedia; no se añadió al lote.</translation>
    </message>
    <message>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>La wiki no acepta archivos .{extension}.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>not a recognised format</source>
        <translation>de un formato no reconocido</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>The file is named .{extension} but its content is {kind}.</source>
        <translation>El archivo tiene la extensión .{extension}, pero su contenido es {kind}.</translation>
    </message>
    <message>
        <source>The file is {size}; the wiki accepts at most {limit}.</source>
        <translation>El archivo ocupa {size}; la wiki acepta como máximo {limit}.</translation>
    </message>
    <message>
        <source>Make a smaller copy (a lower quality setting) or split the film into parts.</source>
        <translation>Haga una copia más pequeña (con un ajuste de calidad más bajo) o divida la película en partes.</translation>
    </message>
    <message>
        <source>Make a smaller copy (Opus at a lower bitrate) or split the recording into parts.</source>
        <translation>Haga una copia más pequeña (Opus con una tasa de bits más baja) o divida la grabación en partes.</translation>
    </message>
    <message>
        <source>Make a smaller copy in Opus, or split the recording into parts.</source>
        <translation>Haga una copia más pequeña en Opus o divida la grabación en partes.</translation>
    </message>
    <message>
        <source>Save it as FLAC (lossless, about half the size) or split the recording into parts.</source>
        <translation>Guárdelo como FLAC (sin pérdida, aproximadamente la mitad de tamaño) o divida la grabación en partes.</translation>
    </message>
    <message>
        <source>Split the document into volumes (for example with PDFsam or qpdf).</source>
        <translation>Divida el documento en volúmenes (por ejemplo, con PDFsam o qpdf).</translation>
    </message>
    <message>
        <source>Save a compressed copy (LZW or Deflate TIFF) or a JPEG for the wiki.</source>
        <translation>Guarde una copia comprimida (TIFF con LZW o Deflate) o un JPEG para la wiki.</translation>
    </message>
    <message>
        <source>Make a smaller copy or split it into parts first.</source>
        <translation>Primero haga una copia más pequeña o divídalo en partes.</translation>
    </message>
    <message>
        <source>For example: {command}</source>
        <translation>Por ejemplo: {command}</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Set licence</source>
        <translation>Asignar licencia</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Quitar ubicación</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Aplicar patrón de títulos</translation>
    </message>
    <message>
        <source>Replace with “-”</source>
        <translation>Reemplazar por «-»</translation>
    </message>
</context>
<context>
    <name>MediaTableEditor</name>
    <message>
        <source>The files of the batch; the one selected is shown beside them.</source>
        <translation>Los archivos del lote; el seleccionado se muestra al lado.</translation>
    </message>
    <message>
        <source>Hides the files that are ready to upload.</source>
        <translation>Oculta los archivos listos para subir.</translation>
    </message>
    <message>
        <source>Filter by file, title, description, author, source or category</source>
        <translation>Filtrar por archivo, título, descripción, autor, fuente o categoría</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar archivos</translation>
    </message>
    <message>
        <source>&amp;Only files with problems</source>
        <translation>Solo a&amp;rchivos con problemas</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Editar selección…</translation>
    </message>
    <message>
        <source>Give all selected files the same value (Ctrl+E)</source>
        <translation>Dar el mismo valor a todos los archivos seleccionados (Ctrl+E)</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>Rellenar aba&amp;jo</translation>
    </message>
    <message>
        <source>Copy the first selected row&apos;s value down the selection (Ctrl+D)</source>
        <translation>Copiar el valor de la primera fila seleccionada hacia abajo en la selección (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>Reempla&amp;zar…</translation>
    </message>
    <message>
        <source>Replace text in the selected files (Ctrl+H)</source>
        <translation>Reemplazar texto en los archivos seleccionados (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Deshacer la última modificación (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Files in the batch</source>
        <translation>Archivos del lote</translation>
    </message>
    <message>
        <source>Select the files to edit first.</source>
        <translation>Primero seleccione los archivos que desea editar.</translation>
    </message>
    <message numerus="yes">
        <source>Files changed: %n.</source>
        <translation>
            <numerusform>Archivos modificados: %n.</numerusform>
            <numerusform>Archivos modificados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more rows to fill down.</source>
        <translation>Seleccione dos o más filas para rellenar hacia abajo.</translation>
    </message>
    <message numerus="yes">
        <source>Files filled: %n.</source>
        <translation>
            <numerusform>Archivos rellenados: %n.</numerusform>
            <numerusform>Archivos rellenados: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fields changed: %n.</source>
        <translation>
            <numerusform>Campos modificados: %n.</numerusform>
            <numerusform>Campos modificados: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Preview</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Falta el archivo</translation>
    </message>
    <message>
        <source>The batch&apos;s licence (this file has no licence of its own)</source>
        <translation>La licencia del lote (este archivo no tiene licencia propia)</translation>
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
        <translation>Nuevo lote</translation>
    </message>
    <message>
        <source>e.g. Postcards 1920s</source>
        <translation>p. ej. Postales de los años 20</translation>
    </message>
    <message>
        <source>A new partnership name creates the partnership too.</source>
        <translation>Un nombre de alianza nuevo crea también la alianza.</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>&amp;Alianza:</translation>
    </message>
    <message>
        <source>&amp;Batch name:</source>
        <translation>&amp;Nombre del lote:</translation>
    </message>
</context>
<context>
    <name>NewPartnershipDialog</name>
    <message>
        <source>New partnership</source>
        <translation>Nueva alianza</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Nombre de la institución aliada:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>p. ej. Museo Nacional de Antropología</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
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
        <translation>Texto OpenDocument, editable (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Save the agreement draft</source>
        <translation>Guardar el borrador del convenio</translation>
    </message>
    <message>
        <source>Agreement draft - {name}</source>
        <translation>Borrador del convenio - {name}</translation>
    </message>
    <message>
        <source>Agreement draft: {name}</source>
        <translation>Borrador del convenio: {name}</translation>
    </message>
    <message>
        <source>The draft was not saved to {path}: check that the folder exists and can be written to, and that the name ends in .pdf, .odt or .html.</source>
        <translation>El borrador no se guardó en {path}: compruebe que la carpeta existe y admite escritura, y que el nombre termina en .pdf, .odt o .html.</translation>
    </message>
    <message>
        <source>Draft saved to {path}. It is not legal advice: have it checked.</source>
        <translation>Borrador guardado en {path}. No es asesoramiento jurídico: hágalo revisar.</translation>
    </message>
    <message>
        <source>Left blank to fill in: {parts}.</source>
        <translation>Quedan en blanco para completar: {parts}.</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Ficha</translation>
    </message>
    <message>
        <source>Checklist&amp;s</source>
        <translation>Listas &amp;de verificación</translation>
    </message>
    <message>
        <source>Agreement d&amp;raft…</source>
        <translation>&amp;Borrador del convenio…</translation>
    </message>
    <message>
        <source>Save a draft agreement (PDF, ODT or HTML) from what is filled in here</source>
        <translation>Guardar un borrador de convenio (PDF, ODT o HTML) con lo que se ha completado aquí</translation>
    </message>
    <message>
        <source>Choose a partnership in the list to see its details, checklists and agreement draft.</source>
        <translation>Elija una alianza en la lista para ver su ficha, sus listas de verificación y el borrador del convenio.</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>Saved as you type.</source>
        <translation>Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Not everything was saved: please fix what is marked in red.</source>
        <translation>No se guardó todo: corrija lo que está marcado en rojo.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
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
        <translation>P&amp;rimer contacto</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Fecha del acuerdo</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Credit &amp;line</source>
        <translation>Texto de atrib&amp;ución</translation>
    </message>
    <message>
        <source>&amp;Kind of institution</source>
        <translation>&amp;Tipo de institución</translation>
    </message>
    <message>
        <source>two-letter code, e.g. SE</source>
        <translation>código de dos letras, p. ej. MX</translation>
    </message>
    <message>
        <source>e.g. sv, en</source>
        <translation>p. ej. es, en</translation>
    </message>
    <message>
        <source>name and role</source>
        <translation>nombre y cargo</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Persona de contacto</translation>
    </message>
    <message>
        <source>Contact &amp;details</source>
        <translation>Datos de &amp;contacto</translation>
    </message>
    <message>
        <source>email, phone, address</source>
        <translation>correo electrónico, teléfono, dirección</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>which collection, roughly how many files, in what form</source>
        <translation>qué colección, cuántos archivos aproximadamente, en qué formato</translation>
    </message>
    <message>
        <source>how files should credit the partner; the name if empty</source>
        <translation>cómo deben los archivos mencionar a la institución aliada; si se deja vacío, su nombre</translation>
    </message>
    <message>
        <source>anything worth remembering</source>
        <translation>todo lo que valga la pena recordar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The partner&apos;s name as reports, credits and the agreement give it.</source>
        <translation>El nombre del socio tal como figura en los informes, los créditos y el convenio.</translation>
    </message>
    <message>
        <source>Museum, archive, library, university or another kind.</source>
        <translation>Museo, archivo, biblioteca, universidad u otro tipo.</translation>
    </message>
    <message>
        <source>How far the partnership has come, from first contact to done.</source>
        <translation>Hasta dónde ha llegado la alianza, del primer contacto al cierre.</translation>
    </message>
    <message>
        <source>L&amp;icence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <source>Partner</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>PartnershipListPane</name>
    <message>
        <source>All partnerships: {progress}</source>
        <translation>Todas las alianzas: {progress}</translation>
    </message>
    <message>
        <source>Shows only partners of the chosen kind.</source>
        <translation>Muestra solo los socios del tipo elegido.</translation>
    </message>
    <message>
        <source>Shows only partnerships at the chosen stage.</source>
        <translation>Muestra solo las alianzas en la etapa elegida.</translation>
    </message>
    <message>
        <source>Your partnerships; the one selected is shown beside them.</source>
        <translation>Tus alianzas; la seleccionada se muestra al lado.</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>Nu&amp;eva alianza…</translation>
    </message>
    <message>
        <source>Start a page for a partner institution</source>
        <translation>Crear una página para una institución aliada</translation>
    </message>
    <message>
        <source>Search names, contacts, notes</source>
        <translation>Buscar nombres, contactos, notas</translation>
    </message>
    <message>
        <source>Search partnerships</source>
        <translation>Buscar alianzas</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>Mostrar solo este tipo</translation>
    </message>
    <message>
        <source>Show only this stage</source>
        <translation>Mostrar solo esta etapa</translation>
    </message>
    <message>
        <source>No partnerships yet. Press “New partnership” and give the institution&apos;s name; everything you add later is saved as you type.</source>
        <translation>Aún no hay alianzas. Pulse «Nueva alianza» e indique el nombre de la institución; todo lo que añada después se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>No partnership matches. Clear the search or choose “All kinds” and “All stages”.</source>
        <translation>Ninguna alianza coincide. Borre la búsqueda o elija «Todos los tipos» y «Todas las etapas».</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Your first partnership</source>
        <translation>Su primera alianza</translation>
    </message>
    <message>
        <source>A partnership is one partner institution — a museum, an archive, a library — and everything you do with it: contacts, a checklist, batches of files.</source>
        <translation>Una alianza es una institución aliada (un museo, un archivo, una biblioteca) y todo lo que hace con ella: contactos, una lista de verificación, lotes de archivos.</translation>
    </message>
    <message>
        <source>C&amp;reate my first partnership</source>
        <translation>C&amp;rear mi primera alianza</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Nombre de la institución aliada:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>p. ej., Nordiska museet</translation>
    </message>
    <message>
        <source>&amp;Kind of institution:</source>
        <translation>Tipo de &amp;institución:</translation>
    </message>
    <message>
        <source>&amp;Open a sample partnership to explore</source>
        <translation>Abrir una alianza de &amp;ejemplo para explorar</translation>
    </message>
    <message>
        <source>A made-up museum with a checklist and four photos to try things on. Remove it with one click (“Remove sample”) when you are done.</source>
        <translation>Un museo inventado con una lista de verificación y cuatro fotos para hacer pruebas. Elimínelo con un clic («Eliminar ejemplo») cuando termine.</translation>
    </message>
    <message>
        <source>Ne&amp;ither, I will start later</source>
        <translation>Ninguna, empe&amp;zaré más tarde</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>Trabajo en una &amp;mesa de ayuda (mostrar su panel)</translation>
    </message>
    <message>
        <source>For helpdesk staff who answer partners&apos; requests. Settings has the rest: the pages and the mailbox to gather requests from.</source>
        <translation>Para el personal de la mesa de ayuda que responde a las solicitudes de las instituciones aliadas. El resto está en Ajustes: las páginas y el buzón de donde recoger las solicitudes.</translation>
    </message>
    <message>
        <source>Preparing the sample…</source>
        <translation>Preparando el ejemplo…</translation>
    </message>
    <message>
        <source>The sample could not be made. Create a partnership instead.</source>
        <translation>No se pudo crear el ejemplo. Cree una alianza en su lugar.</translation>
    </message>
</context>
<context>
    <name>PartnershipTexts</name>
    <message>
        <source>Museum</source>
        <translation>Museo</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Asociación o grupo local</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>En conversaciones</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Preparing files</source>
        <translation>Preparando archivos</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>Informando resultados</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>partnership stage</comment>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>checklist step</comment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation>Aún sin lista de verificación</translation>
    </message>
    <message numerus="yes">
        <source>%n of {applicable} steps done</source>
        <translation>
            <numerusform>%n de {applicable} pasos hechos</numerusform>
            <numerusform>%n de {applicable} pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>el nombre de la institución aliada</translation>
    </message>
    <message>
        <source>the contact at the partner</source>
        <translation>el contacto en la institución aliada</translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation>su nombre (Ajustes)</translation>
    </message>
    <message>
        <source>the material</source>
        <translation>el material</translation>
    </message>
    <message>
        <source>the credit line</source>
        <translation>el texto de atribución</translation>
    </message>
    <message>
        <source>the licence</source>
        <translation>la licencia</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>El nombre tiene más de {max} caracteres.</translation>
    </message>
    <message>
        <source>The name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>El nombre contiene caracteres de control ({characters}), como un salto de línea; escríbalo en una sola línea.</translation>
    </message>
    <message>
        <source>There already is a partnership called “{name}”.</source>
        <translation>Ya existe una alianza llamada «{name}».</translation>
    </message>
    <message>
        <source>Countries are best written as two-letter codes (SE, FR, EG).</source>
        <translation>Es mejor escribir los países como códigos de dos letras (AR, ES, MX).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2024-05-31.</source>
        <translation>Escriba la fecha como AAAA-MM-DD, por ejemplo 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose the kind from the list.</source>
        <translation>Elija el tipo de la lista.</translation>
    </message>
    <message>
        <source>Choose the status from the list.</source>
        <translation>Elija el estado de la lista.</translation>
    </message>
    <message>
        <source>Problem with {field}: {code}</source>
        <translation>Problema con {field}: {code}</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>One page per partner institution: contacts, what was agreed, the licence and a checklist of what is done. Everything is saved as you type.</source>
        <translation>Una página por institución aliada: contactos, lo acordado, la licencia y una lista de verificación de lo que está hecho. Todo se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>I&amp;nstituciones</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guías</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for your passwords</source>
        <translation>Frase de contraseña para sus contraseñas</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Choose a passphrase to lock it (at least {length} characters). You type it once each time Fieldkit starts; without it nobody can read the passwords in the file, and Fieldkit cannot send. A forgotten passphrase cannot be recovered: you would enter the passwords again.</source>
        <translation>Este equipo no tiene llavero del sistema, así que Fieldkit guarda las contraseñas de la wiki y del correo en un archivo cifrado en su carpeta de datos:
{path}

Elija una frase de contraseña para protegerlo (al menos {length} caracteres). La escribirá una vez cada vez que se inicie Fieldkit; sin ella nadie puede leer las contraseñas del archivo, y Fieldkit no puede enviar nada. Una frase de contraseña olvidada no se puede recuperar: tendría que volver a introducir las contraseñas.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Type its passphrase to use them until Fieldkit is closed.</source>
        <translation>Este equipo no tiene llavero del sistema, así que Fieldkit guarda las contraseñas de la wiki y del correo en un archivo cifrado en su carpeta de datos:
{path}

Escriba la frase de contraseña del archivo para usarlas hasta que se cierre Fieldkit.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {length} characters.</source>
        <translation>La frase de contraseña debe tener al menos {length} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>This passphrase does not open the password file. Try again.</source>
        <translation>Esta frase de contraseña no abre el archivo de contraseñas. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The password file cannot be used: {error}</source>
        <translation>No se puede usar el archivo de contraseñas: {error}</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Title &amp;pattern for this batch:</source>
        <translation>&amp;Patrón de títulos de este lote:</translation>
    </message>
    <message>
        <source>Placeholders: {fields}. {example} numbers with leading zeros.</source>
        <translation>Marcadores: {fields}. {example} numera con ceros a la izquierda.</translation>
    </message>
    <message>
        <source>&amp;Apply pattern to selected files</source>
        <translation>Aplicar &amp;el patrón a los archivos seleccionados</translation>
    </message>
    <message>
        <source>Gives the selected files titles made from this pattern.</source>
        <translation>Da a los archivos seleccionados títulos creados con este patrón.</translation>
    </message>
    <message>
        <source>Select a file to preview its title.</source>
        <translation>Seleccione un archivo para ver la vista previa de su título.</translation>
    </message>
    <message>
        <source>Preview: {file_name}</source>
        <translation>Vista previa: {file_name}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: what will be sent</source>
        <translation>Vista previa: lo que se enviará</translation>
    </message>
    <message>
        <source>This is exactly what Fieldkit will send with the current settings. The hidden marker line lets Fieldkit recognise the request on the wiki, so it is never posted twice.</source>
        <translation>Esto es exactamente lo que Fieldkit enviará con los ajustes actuales. La línea de marca oculta permite a Fieldkit reconocer la solicitud en la wiki, para que nunca se publique dos veces.</translation>
    </message>
    <message>
        <source>(not sent this way: not set up in Settings)</source>
        <translation>(no se envía por esta vía: no está configurado en Ajustes)</translation>
    </message>
    <message>
        <source>&amp;Wiki page</source>
        <translation>&amp;Página wiki</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>New section:</source>
        <translation>Sección nueva:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation>(ningún archivo)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Problems: select a file</source>
        <translation>Problemas: seleccione un archivo</translation>
    </message>
    <message>
        <source>Ready to upload: no problems found.</source>
        <translation>Listo para subir: no se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before upload: %n</source>
        <translation>
            <numerusform>Por corregir antes de subir: %n</numerusform>
            <numerusform>Por corregir antes de subir: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to upload; worth a look:</source>
        <translation>Listo para subir; conviene revisar:</translation>
    </message>
    <message>
        <source>Opens the licences to choose from.</source>
        <translation>Abre las licencias entre las que elegir.</translation>
    </message>
    <message>
        <source>Licence for the whole batch</source>
        <translation>Licencia para todo el lote</translation>
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
            <numerusform>¿Dejar de subir %n archivo de este lote que aún no está en la wiki? Los archivos ya subidos se conservan.</numerusform>
            <numerusform>¿Dejar de subir los %n archivos de este lote que aún no están en la wiki? Los archivos ya subidos se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the batch&apos;s ready files…</source>
        <translation>Poniendo en cola los archivos listos del lote…</translation>
    </message>
    <message>
        <source>&amp;Cancel batch…</source>
        <translation>Ca&amp;ncelar lote…</translation>
    </message>
    <message>
        <source>Stop the files of this batch that wait</source>
        <translation>Detener los archivos de este lote que están en espera</translation>
    </message>
    <message>
        <source>&amp;Queue fixed files</source>
        <translation>Poner en cola los corre&amp;gidos</translation>
    </message>
    <message>
        <source>Queue the batch&apos;s ready files again with their current titles and texts</source>
        <translation>Volver a poner en cola los archivos listos del lote con sus títulos y textos actuales</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decidir…</translation>
    </message>
    <message>
        <source>Answer the wiki&apos;s warning about this file</source>
        <translation>Responder a la advertencia de la wiki sobre este archivo</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try this file again now</source>
        <translation>Volver a intentarlo ahora con este archivo</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Do not upload this file</source>
        <translation>No subir este archivo</translation>
    </message>
    <message>
        <source>&amp;Fix metadata</source>
        <translation>Corregir &amp;metadatos</translation>
    </message>
    <message>
        <source>Open this file in Media to correct it</source>
        <translation>Abrir este archivo en Multimedia para corregirlo</translation>
    </message>
    <message>
        <source>&amp;Open on wiki</source>
        <translation>Abrir en la &amp;wiki</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Ajustes</translation>
    </message>
    <message>
        <source>Files in the upload queue</source>
        <translation>Archivos en la cola de subida</translation>
    </message>
    <message>
        <source>Nothing is queued for upload. In Media, check a batch and press “Upload”: its ready files wait here, continue after a dropped link or a restart, and you can follow each one to Wikimedia Commons.</source>
        <translation>No hay nada en cola para subir. En Multimedia, compruebe un lote y pulse «Subir»: sus archivos listos esperan aquí, continúan tras un corte de conexión o un reinicio, y puede seguir cada uno hasta Wikimedia Commons.</translation>
    </message>
    <message numerus="yes">
        <source>%n files queued again.</source>
        <translation>
            <numerusform>%n archivo se volvió a poner en cola.</numerusform>
            <numerusform>%n archivos se volvieron a poner en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>No funcionó.</translation>
    </message>
    <message>
        <source>Resume &amp;all</source>
        <translation>Reanudar &amp;todo</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Pausar &amp;todo</translation>
    </message>
    <message>
        <source>Every upload, every batch</source>
        <translation>Todas las subidas, todos los lotes</translation>
    </message>
    <message>
        <source>R&amp;esume batch</source>
        <translation>Reanudar &amp;lote</translation>
    </message>
    <message>
        <source>&amp;Pause batch</source>
        <translation>Pausar &amp;lote</translation>
    </message>
    <message>
        <source>Choose a batch in the list first</source>
        <translation>Primero elija un lote de la lista</translation>
    </message>
    <message>
        <source>Choose a file to see what happens to it.</source>
        <translation>Elija un archivo para ver qué ocurre con él.</translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation>{title} — {state}</translation>
    </message>
    <message>
        <source>The wiki warns: {warnings}. Press “Decide…”.</source>
        <translation>La wiki advierte: {warnings}. Pulse «Decidir…».</translation>
    </message>
    <message>
        <source>The decision could not be saved: the file no longer waits for one.</source>
        <translation>No se pudo guardar la decisión: el archivo ya no está a la espera de una.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Fieldkit found its database half-created, probably because it was stopped during its first start. It held no data yet, so Fieldkit created it again.

The damaged file is kept at:
{damaged}</source>
        <translation>Fieldkit encontró su base de datos a medio crear, probablemente porque se detuvo durante su primer inicio. Aún no contenía datos, así que Fieldkit la creó de nuevo.

El archivo dañado se conserva en:
{damaged}</translation>
    </message>
    <message>
        <source>Fieldkit found its database half-upgraded, probably because the computer stopped during an update. It put back the backup made just before the update ({backup}) and upgraded it again; what you saved before the update is there.

The damaged file is kept at:
{damaged}</source>
        <translation>Fieldkit encontró su base de datos a medio actualizar, probablemente porque el equipo se detuvo durante una actualización. Restauró la copia de seguridad hecha justo antes de la actualización ({backup}) y volvió a actualizarla; lo que usted guardó antes de la actualización está ahí.

El archivo dañado se conserva en:
{damaged}</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de datos restaurada</translation>
    </message>
</context>
<context>
    <name>RepliesPane</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>fetched {time}</source>
        <translation>obtenida el {time}</translation>
    </message>
    <message>
        <source>Choose a request to see the helpdesk&apos;s replies.</source>
        <translation>Elija una solicitud para ver las respuestas de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>Replies appear here after the request is on the wiki. Fieldkit looks for them when you are online and keeps them for reading offline.</source>
        <translation>Las respuestas aparecen aquí cuando la solicitud ya está en la wiki. Fieldkit las busca cuando hay conexión y las guarda para leerlas sin conexión.</translation>
    </message>
    <message>
        <source>No replies yet. Fieldkit looks at the helpdesk page every 15 minutes while you are online, and keeps replies here for reading offline.</source>
        <translation>Aún no hay respuestas. Fieldkit consulta la página de la mesa de ayuda cada 15 minutos mientras hay conexión y guarda aquí las respuestas para leerlas sin conexión.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>A ready-made reply to start from.</source>
        <translation>Una respuesta preparada de la que partir.</translation>
    </message>
    <message>
        <source>Puts the chosen template into the reply.</source>
        <translation>Pone la plantilla elegida en la respuesta.</translation>
    </message>
    <message>
        <source>The reply; the next sync sends it.</source>
        <translation>La respuesta; la próxima sincronización la envía.</translation>
    </message>
    <message>
        <source>The replies to this request so far, and whether they went.</source>
        <translation>Las respuestas a esta solicitud hasta ahora, y si se enviaron.</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Usar &amp;plantilla</translation>
    </message>
    <message>
        <source>&amp;Queue reply</source>
        <translation>Poner respuesta en &amp;cola</translation>
    </message>
    <message>
        <source>Puts the reply in the outbox; it is sent when online.</source>
        <translation>Pone la respuesta en la bandeja de salida; se envía al haber conexión.</translation>
    </message>
    <message>
        <source>Write the reply here, or start from a template.</source>
        <translation>Escriba aquí la respuesta o parta de una plantilla.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Replies so far</source>
        <translation>Respuestas anteriores</translation>
    </message>
    <message>
        <source>The reply goes into the request&apos;s own section on the wiki, signed.</source>
        <translation>La respuesta se publica, firmada, en la sección de la propia solicitud en la wiki.</translation>
    </message>
    <message>
        <source>The reply goes by email, in the same thread as the request.</source>
        <translation>La respuesta se envía por correo electrónico, en el mismo hilo que la solicitud.</translation>
    </message>
    <message>
        <source>This request is no longer on the wiki page: a reply cannot be sent.</source>
        <translation>Esta solicitud ya no está en la página de la wiki: no se puede enviar una respuesta.</translation>
    </message>
    <message>
        <source>{date} by {channel}: {state} — {start}</source>
        <translation>{date} por {channel}: {state} — {start}</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Making the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Asking the wiki where the files are used…</source>
        <translation>Consultando a la wiki dónde se usan los archivos…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Outcome report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <source>Could not write the report to {path}.</source>
        <translation>No se pudo escribir el informe en {path}.</translation>
    </message>
    <message>
        <source>Report saved as {path}</source>
        <translation>Informe guardado como {path}</translation>
    </message>
    <message>
        <source>The batch whose outcome is shown below.</source>
        <translation>El lote cuyo resultado se muestra abajo.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>L&amp;ote:</translation>
    </message>
    <message>
        <source>Refresh &amp;usage</source>
        <translation>Actualizar &amp;uso</translation>
    </message>
    <message>
        <source>Ask the wiki which pages use the uploaded files (needs a connection)</source>
        <translation>Consultar a la wiki qué páginas usan los archivos subidos (requiere conexión)</translation>
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
        <translation>Guarda el informe del lote elegido como archivo.</translation>
    </message>
    <message>
        <source>No report yet. Once files of a batch are uploaded, their report for the partner appears here: what went up, under which licence, and where it is used.</source>
        <translation>Aún no hay informe. Cuando se suban archivos de un lote, aquí aparecerá su informe para la institución aliada: qué se subió, con qué licencia y dónde se usa.</translation>
    </message>
    <message>
        <source>Usage as read from the wiki on {date}.</source>
        <translation>Uso según la wiki el {date}.</translation>
    </message>
    <message>
        <source>Usage not read yet: press “Refresh usage” when online.</source>
        <translation>Uso aún sin consultar: pulse «Actualizar uso» cuando tenga conexión.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>No se pudo generar el informe.</translation>
    </message>
    <message>
        <source>the wiki cannot be reached</source>
        <translation>no se puede acceder a la wiki</translation>
    </message>
    <message>
        <source>no wiki account is set up yet</source>
        <translation>aún no se ha configurado ninguna cuenta en la wiki</translation>
    </message>
    <message>
        <source>no password is stored for the wiki account</source>
        <translation>no hay ninguna contraseña guardada para la cuenta en la wiki</translation>
    </message>
    <message>
        <source>the wiki refused the login</source>
        <translation>la wiki rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>Could not read usage from the wiki ({reason}). The report shows what was read last time.</source>
        <translation>No se pudo consultar el uso en la wiki ({reason}). El informe muestra lo que se consultó la última vez.</translation>
    </message>
    <message>
        <source>the wiki answered with an error</source>
        <translation>la wiki respondió con un error</translation>
    </message>
    <message numerus="yes">
        <source>%n files checked on the wiki.</source>
        <translation>
            <numerusform>%n archivo comprobado en la wiki.</numerusform>
            <numerusform>%n archivos comprobados en la wiki.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Already sent; changes cannot be saved.</source>
        <translation>Ya se envió; los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>Already sent; it cannot be withdrawn.</source>
        <translation>Ya se envió; no se puede retirar.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>See the exact wiki text and email</source>
        <translation>Ver exactamente el wikitexto y el correo que se enviarán</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Take the request out of the outbox; it becomes a draft again</source>
        <translation>Sacar la solicitud de la bandeja de salida; vuelve a ser un borrador</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Queue this request; it is posted to the helpdesk when you are online.</source>
        <translation>Poner esta solicitud en cola; se publica en la mesa de ayuda cuando haya conexión.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Ajustes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not sent: please fix what is marked in the form.</source>
        <translation>No se envió: corrija lo que está marcado en el formulario.</translation>
    </message>
    <message>
        <source>Could not attach.</source>
        <translation>No se pudo adjuntar.</translation>
    </message>
    <message>
        <source>Sent requests cannot be changed.</source>
        <translation>Las solicitudes enviadas no se pueden modificar.</translation>
    </message>
    <message>
        <source>New request, not saved yet</source>
        <translation>Solicitud nueva, aún sin guardar</translation>
    </message>
    <message>
        <source>Saved. It has not gone out yet, so your changes go with it.</source>
        <translation>Guardada. Aún no ha salido, así que sus cambios van con ella.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <source>&amp;Subject</source>
        <translation>As&amp;unto</translation>
    </message>
    <message>
        <source>Message &amp;to the helpdesk</source>
        <translation>Mensaje a &amp;la mesa de ayuda</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Wiki user name</source>
        <translation>Nombre de usuario en la wiki</translation>
    </message>
    <message>
        <source>You ask as</source>
        <translation>Solicita como</translation>
    </message>
    <message>
        <source>Affiliate or group</source>
        <translation>Afiliado o grupo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Idiomas en los que trabaja</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Institución aliada</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <source>Rough volume</source>
        <translation>Volumen aproximado</translation>
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
        <translation>Brecha de conocimiento que cubre</translation>
    </message>
    <message>
        <source>Partner&apos;s commitment</source>
        <translation>Compromiso de la institución aliada</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Situación de la licencia</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>Ayuda que necesita</translation>
    </message>
    <message>
        <source>Other help</source>
        <translation>Otra ayuda</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>¿En qué necesita ayuda?</translation>
    </message>
    <message>
        <source>Describe the partner, the material and what you plan to do. Your text is saved as you type.</source>
        <translation>Describa la institución aliada, el material y lo que piensa hacer. Su texto se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>As on the wiki, without “User:”</source>
        <translation>Como en la wiki, sin «Usuario:»</translation>
    </message>
    <message>
        <source>e.g. Kenya</source>
        <translation>p. ej. Kenia</translation>
    </message>
    <message>
        <source>e.g. Swahili, English</source>
        <translation>p. ej. suajili, inglés</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>e.g. National Museum of …</source>
        <translation>p. ej. Museo Nacional de …</translation>
    </message>
    <message>
        <source>Photographs, maps, sound recordings, metadata…</source>
        <translation>Fotografías, mapas, grabaciones sonoras, metadatos…</translation>
    </message>
    <message>
        <source>e.g. about 2,000 scans, 40 GB</source>
        <translation>p. ej. unos 2000 escaneos, 40 GB</translation>
    </message>
    <message>
        <source>What should be on Commons when this is done?</source>
        <translation>¿Qué debería haber en Commons cuando esto termine?</translation>
    </message>
    <message>
        <source>Who will use it, on which wikis?</source>
        <translation>¿Quién lo usará y en qué wikis?</translation>
    </message>
    <message>
        <source>What is missing on the wikis today?</source>
        <translation>¿Qué falta hoy en las wikis?</translation>
    </message>
    <message>
        <source>Staff time, scanning, metadata the partner provides…</source>
        <translation>Tiempo del personal, escaneo, metadatos que aporta la institución aliada…</translation>
    </message>
    <message>
        <source>Agreed to CC BY-SA? Still discussing? Public domain?</source>
        <translation>¿Aceptó CC BY-SA? ¿Aún lo están hablando? ¿Dominio público?</translation>
    </message>
    <message>
        <source>Say what other help you need</source>
        <translation>Indique qué otra ayuda necesita</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>A Wikimedia affiliate (chapter, thematic organisation)</source>
        <translation>Un afiliado de Wikimedia (capítulo, organización temática)</translation>
    </message>
    <message>
        <source>A Wikimedia user group</source>
        <translation>Un grupo de usuarios de Wikimedia</translation>
    </message>
    <message>
        <source>An individual volunteer</source>
        <translation>Un voluntario a título individual</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Convenio de colaboración</translation>
    </message>
    <message>
        <source>Talking with the partner about free licences</source>
        <translation>Hablar de licencias libres con la institución aliada</translation>
    </message>
    <message>
        <source>Batch upload</source>
        <translation>Subida por lotes</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Sharing outcomes with the partner</source>
        <translation>Compartir los resultados con la institución aliada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Quién solicita</translation>
    </message>
    <message>
        <source>The material</source>
        <translation>El material</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Your name, so that the helpdesk knows whom it answers.</source>
        <translation>Tu nombre, para que la mesa de ayuda sepa a quién responde.</translation>
    </message>
    <message>
        <source>Whether you write for a Wikimedia affiliate, a user group or yourself.</source>
        <translation>Si escribes en nombre de un afiliado de Wikimedia, de un grupo de usuarios o en tu propio nombre.</translation>
    </message>
    <message>
        <source>The affiliate or user group you write for, if any.</source>
        <translation>El afiliado o grupo de usuarios en cuyo nombre escribes, si lo hay.</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Solicitudes de ayuda</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply from the helpdesk</source>
        <translation>
            <numerusform>%n respuesta nueva de la mesa de ayuda</numerusform>
            <numerusform>%n respuestas nuevas de la mesa de ayuda</numerusform>
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
        <translation>Con su nombre, la mesa de ayuda sabrá cómo dirigirse a usted.</translation>
    </message>
    <message>
        <source>Your wiki user name lets the helpdesk reply on your talk page.</source>
        <translation>Con su nombre de usuario en la wiki, la mesa de ayuda puede responderle en su página de discusión.</translation>
    </message>
    <message>
        <source>Which institution is this about?</source>
        <translation>¿De qué institución se trata?</translation>
    </message>
    <message>
        <source>A line on the expected impact helps the helpdesk prioritise.</source>
        <translation>Una línea sobre el impacto esperado permite a la mesa de ayuda establecer prioridades.</translation>
    </message>
    <message>
        <source>Say whether the partner has agreed to a free licence yet.</source>
        <translation>Indique si la institución aliada ya aceptó una licencia libre.</translation>
    </message>
    <message>
        <source>Tick the kind of help you want.</source>
        <translation>Marque el tipo de ayuda que necesita.</translation>
    </message>
    <message>
        <source>Give the request a subject.</source>
        <translation>Escriba un asunto para la solicitud.</translation>
    </message>
    <message>
        <source>The subject is longer than {max} characters.</source>
        <translation>El asunto tiene más de {max} caracteres.</translation>
    </message>
    <message>
        <source>Describe the partner&apos;s material and what you plan to do with it.</source>
        <translation>Describa el material de la institución aliada y lo que piensa hacer con él.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address (name@example.org).</source>
        <translation>«{address}» no es una dirección de correo electrónico (nombre@example.org).</translation>
    </message>
    <message>
        <source>Mail needs a sender: give your email address or set a From address.</source>
        <translation>El correo necesita un remitente: indique su dirección de correo electrónico o configure una dirección de remitente.</translation>
    </message>
    <message>
        <source>A wiki user name cannot contain # &lt; &gt; [ ] | { } / @ : =.</source>
        <translation>Un nombre de usuario de la wiki no puede contener # &lt; &gt; [ ] | { } / @ : =.</translation>
    </message>
    <message>
        <source>Say what other help you need.</source>
        <translation>Indique qué otra ayuda necesita.</translation>
    </message>
    <message>
        <source>{filename} is {size}; attachments may be at most {limit}. Attach a few sample files or an excerpt instead.</source>
        <translation>{filename} ocupa {size}; cada adjunto puede ocupar como máximo {limit}. Adjunte en su lugar algunos archivos de muestra o un extracto.</translation>
    </message>
    <message>
        <source>With {filename}, all attachments together come to {total}; the limit is {limit}.</source>
        <translation>Con {filename}, todos los adjuntos suman {total}; el límite es {limit}.</translation>
    </message>
    <message>
        <source>{filename} cannot be read (moved, deleted or not allowed).</source>
        <translation>No se puede leer {filename} (se movió, se borró o no hay permiso).</translation>
    </message>
    <message>
        <source>A helpdesk page must be chosen for this wiki: the Commons page does not exist here. Choose it in Settings.</source>
        <translation>Hay que elegir una página de la mesa de ayuda para esta wiki: la página de Commons no existe aquí. Elíjala en Ajustes.</translation>
    </message>
    <message>
        <source>Choose whether you ask for an affiliate, a user group or yourself.</source>
        <translation>Indique si solicita en nombre de un afiliado, de un grupo de usuarios o en el suyo propio.</translation>
    </message>
    <message>
        <source>Tick the kinds of help from the list.</source>
        <translation>Marque en la lista los tipos de ayuda.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be a number.</source>
        <translation>El puerto del servidor de correo debe ser un número.</translation>
    </message>
    <message>
        <source>Give the mailbox server as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Indique el servidor de correo como HOST:PUERTO, p. ej. imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none as the mail server&apos;s security.</source>
        <translation>Elija STARTTLS, TLS o ninguna como seguridad del servidor de correo.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}), as a binary file read as text does; remove them.</source>
        <translation>El texto contiene caracteres de control ({characters}), como ocurre al leer como texto un archivo binario; quítelos.</translation>
    </message>
    <message>
        <source>This request is a draft: send it first.</source>
        <translation>Esta solicitud es un borrador: envíela primero.</translation>
    </message>
    <message>
        <source>This request was sent already.</source>
        <translation>Esta solicitud ya se envió.</translation>
    </message>
    <message>
        <source>No helpdesk is set up: give a wiki page or an email address and mail server in Settings.</source>
        <translation>No hay ninguna mesa de ayuda configurada: indique en Ajustes una página wiki, o una dirección de correo electrónico y un servidor de correo.</translation>
    </message>
</context>
<context>
    <name>RequestStates</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Wiki page</source>
        <translation>Página wiki</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>RequestsArea</name>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Ask the Content Partnerships Helpdesk for help. You can write while offline: requests wait here and are posted when the wiki can be reached.</source>
        <translation>Solicite apoyo a la mesa de ayuda de alianzas de contenido (Content Partnerships Helpdesk). Puede escribir sin conexión: las solicitudes esperan aquí y se publican cuando se puede acceder a la wiki.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nueva solicitud</translation>
    </message>
    <message>
        <source>Start a new help request to the helpdesk</source>
        <translation>Iniciar una nueva solicitud de ayuda a la mesa de ayuda</translation>
    </message>
    <message>
        <source>No requests yet. Press “New request” and write what you need; it is saved as you type.</source>
        <translation>Aún no hay solicitudes. Pulse «Nueva solicitud» y escriba lo que necesita; se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Sol&amp;icitud</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replies (%n new)</source>
        <translation>
            <numerusform>&amp;Respuestas (%n nueva)</numerusform>
            <numerusform>&amp;Respuestas (%n nuevas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Respuestas</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>A score from {low} (low) to {high} (high).</source>
        <translation>Una puntuación de {low} (baja) a {high} (alta).</translation>
    </message>
    <message>
        <source>Your name as the reviewer.</source>
        <translation>Tu nombre como evaluador.</translation>
    </message>
    <message>
        <source>The reviews given so far.</source>
        <translation>Las evaluaciones hechas hasta ahora.</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>E&amp;valuador</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Comment on {criterion}</source>
        <translation>Comentario sobre {criterion}</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>Evaluaciones anteriores</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar evaluación</translation>
    </message>
    <message>
        <source>Saves your scores for this request.</source>
        <translation>Guarda tus puntuaciones para esta solicitud.</translation>
    </message>
    <message>
        <source>Scores from 1 (poor) to 5 (excellent). Reviews stay on this computer and go only into the committee pack.</source>
        <translation>Puntuaciones de 1 (deficiente) a 5 (excelente). Las evaluaciones se quedan en este equipo y solo se incluyen en el dossier para el comité.</translation>
    </message>
    <message>
        <source>Average: {scores}</source>
        <translation>Promedio: {scores}</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Aún no hay evaluaciones.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>&amp;Remove sample</source>
        <translation>&amp;Eliminar ejemplo</translation>
    </message>
    <message>
        <source>Delete the sample partnership with its checklists, batch and photos</source>
        <translation>Eliminar la alianza de ejemplo con sus listas de verificación, su lote y sus fotos</translation>
    </message>
    <message>
        <source>“{name}” is a sample partnership to explore. Remove it when you are done.</source>
        <translation>«{name}» es una alianza de ejemplo para explorar. Elimínela cuando termine.</translation>
    </message>
    <message>
        <source>The sample could not be removed.</source>
        <translation>No se pudo eliminar el ejemplo.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Wiki and account</source>
        <translation>Wiki y cuenta</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>SuNombre@Fieldkit</translation>
    </message>
    <message>
        <source>Bot &amp;password</source>
        <translation>C&amp;ontraseña del bot</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files.</source>
        <translation>Cree una contraseña de bot en la wiki, en Special:BotPasswords, e introduzca el usuario que allí se muestra (nombre@bot). La contraseña se guarda en el llavero de su sistema, no en los archivos de Fieldkit.</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). This computer has no system keyring, so the password is kept in an encrypted file in Fieldkit&apos;s data folder ({path}), locked with a passphrase you choose when you first save it. Fieldkit asks for the passphrase once each time it starts.</source>
        <translation>Cree una contraseña de bot en la wiki, en Special:BotPasswords, e introduzca el usuario que allí se muestra (nombre@bot). Este equipo no tiene llavero del sistema, así que la contraseña se guarda en un archivo cifrado en la carpeta de datos de Fieldkit ({path}), protegido con una frase de contraseña que usted elige la primera vez que la guarda. Fieldkit pide la frase de contraseña una vez cada vez que se inicia.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Mesa de ayuda</translation>
    </message>
    <message>
        <source>W&amp;iki API address</source>
        <translation>Dirección de &amp;la API de la wiki</translation>
    </message>
    <message>
        <source>The address of the wiki&apos;s api.php: Wikimedia Commons unless you use another.</source>
        <translation>La dirección del api.php de la wiki: Wikimedia Commons, salvo que uses otra.</translation>
    </message>
    <message>
        <source>&amp;Bot login</source>
        <translation>Usuario del &amp;bot</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Tries to log in with these details; saves nothing.</source>
        <translation>Intenta iniciar sesión con estos datos; no guarda nada.</translation>
    </message>
    <message>
        <source>In&amp;terface language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of Fieldkit&apos;s menus and texts; it changes at once.</source>
        <translation>El idioma de los menús y textos de Fieldkit; cambia al instante.</translation>
    </message>
    <message>
        <source>Helpdes&amp;k wiki page</source>
        <translation>Página &amp;wiki de la mesa de ayuda</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address for requests sent by email.</source>
        <translation>La dirección de la mesa de ayuda para las solicitudes enviadas por correo.</translation>
    </message>
    <message>
        <source>Helpdesk email</source>
        <translation>Correo de la mesa de ayuda</translation>
    </message>
    <message>
        <source>Save settin&amp;gs</source>
        <translation>G&amp;uardar ajustes</translation>
    </message>
    <message>
        <source>Saves the settings above.</source>
        <translation>Guarda los ajustes de arriba.</translation>
    </message>
    <message>
        <source>The login must have the form name@bot, as shown on Special:BotPasswords. Nothing was saved.</source>
        <translation>El usuario debe tener la forma nombre@bot, como aparece en Special:BotPasswords. No se guardó nada.</translation>
    </message>
    <message>
        <source>The helpdesk email address is not valid. Nothing was saved.</source>
        <translation>La dirección de correo de la mesa de ayuda no es válida. No se guardó nada.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Settings saved. Enter the bot login too, so the password can be stored.</source>
        <translation>Ajustes guardados. Introduzca también el usuario del bot para poder guardar la contraseña.</translation>
    </message>
    <message>
        <source>Settings saved. Storing the password…</source>
        <translation>Ajustes guardados. Guardando la contraseña…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in the keyring.</source>
        <translation>Ajustes guardados. La contraseña está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in Fieldkit&apos;s encrypted file.</source>
        <translation>Ajustes guardados. La contraseña está guardada en el archivo cifrado de Fieldkit.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: {reason}</source>
        <translation>Ajustes guardados, pero no la contraseña: {reason}</translation>
    </message>
    <message>
        <source>Settings saved, but the keyring refused to keep the password.</source>
        <translation>Ajustes guardados, pero el llavero del sistema no aceptó guardar la contraseña.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: it needs the passphrase of the password file. Save again to type it.</source>
        <translation>Ajustes guardados, pero no la contraseña: hace falta la frase de contraseña del archivo de contraseñas. Vuelva a guardar para escribirla.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password.</source>
        <translation>Ajustes guardados, pero no la contraseña.</translation>
    </message>
    <message>
        <source>this system has no keyring to keep it safe. Set the environment variable FIELDKIT_PASSWORD to the bot password before starting Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>este sistema no tiene un llavero donde guardarla de forma segura. Defina la variable de entorno FIELDKIT_PASSWORD con la contraseña del bot antes de iniciar Fieldkit, o instale y desbloquee un llavero (por ejemplo, GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached. Check the address and your connection.</source>
        <translation>No se puede acceder a la wiki. Revise la dirección y su conexión.</translation>
    </message>
    <message>
        <source>The wiki answered, but refused the login.</source>
        <translation>La wiki respondió, pero rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Enter the wiki API address first.</source>
        <translation>Introduzca primero la dirección de la API de la wiki.</translation>
    </message>
    <message>
        <source>Only the address was tested: no password is available.</source>
        <translation>Solo se probó la dirección: no hay ninguna contraseña disponible.</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keyring.</source>
        <translation>No se pudo leer la contraseña guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The test itself failed.</source>
        <translation>La propia prueba falló.</translation>
    </message>
    <message>
        <source>for example Project:Help desk</source>
        <translation>por ejemplo, Project:Help desk</translation>
    </message>
    <message>
        <source>This wiki is not Wikimedia Commons: choose the page where help requests go on it (Commons&apos; page does not exist here).</source>
        <translation>Esta wiki no es Wikimedia Commons: elija la página de esta wiki a la que deben ir las solicitudes de ayuda (la página de Commons no existe aquí).</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>E&amp;xport spreadsheet…</source>
        <translation>E&amp;xportar hoja de cálculo…</translation>
    </message>
    <message>
        <source>Save the batch&apos;s metadata as CSV or XLSX</source>
        <translation>Guardar los metadatos del lote como CSV o XLSX</translation>
    </message>
    <message>
        <source>Appl&amp;y spreadsheet…</source>
        <translation>Aplicar h&amp;oja de cálculo…</translation>
    </message>
    <message>
        <source>Read a CSV or XLSX edited elsewhere back into the batch (undoable)</source>
        <translation>Volver a leer en el lote un CSV o XLSX editado en otro programa (se puede deshacer)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportar hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;Comma-separated values (*.csv)</source>
        <translation>Hoja de cálculo (*.xlsx);;Valores separados por comas (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>No se puede leer la hoja de cálculo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {path} (files: %n).</source>
        <translation>
            <numerusform>Exportado a {path} (archivos: %n).</numerusform>
            <numerusform>Exportado a {path} (archivos: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts are longer than a spreadsheet cell holds: their cells say so, and the texts stay in Fieldkit unless you replace those cells.</source>
        <translation>
            <numerusform>%n texto es más largo de lo que cabe en una celda de hoja de cálculo: su celda lo indica, y el texto se conserva en Fieldkit a menos que reemplace esa celda.</numerusform>
            <numerusform>%n textos son más largos de lo que cabe en una celda de hoja de cálculo: sus celdas lo indican, y los textos se conservan en Fieldkit a menos que reemplace esas celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>Apply spreadsheet</source>
        <translation>Aplicar hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>No se puede leer la hoja de cálculo: {error}</translation>
    </message>
</context>
<context>
    <name>SheetProblems</name>
    <message>
        <source>“{file}” is not a text file, so it is not a CSV sheet. Save the sheet as CSV UTF-8 or XLSX.</source>
        <translation>«{file}» no es un archivo de texto, así que no es una hoja CSV. Guarde la hoja como CSV UTF-8 o XLSX.</translation>
    </message>
    <message>
        <source>Fieldkit cannot tell for sure how the letters in “{file}” are encoded. Save the sheet as “CSV UTF-8” and apply it again.</source>
        <translation>Fieldkit no puede determinar con certeza cómo están codificadas las letras de «{file}». Guarde la hoja como «CSV UTF-8» y vuelva a aplicarla.</translation>
    </message>
    <message>
        <source>“{file}” is damaged at byte {byte}. Save the sheet again as CSV UTF-8.</source>
        <translation>«{file}» está dañado en el byte {byte}. Vuelva a guardar la hoja como CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). If any letters look wrong, save it as “CSV UTF-8” and apply it again.</source>
        <translation>El archivo no está en UTF-8; se leyó como Windows-1252 (Europa occidental). Si alguna letra se ve mal, guárdelo como «CSV UTF-8» y vuelva a aplicarlo.</translation>
    </message>
    <message>
        <source>Cells are separated by “{separator}” in this file; it was read so.</source>
        <translation>En este archivo las celdas están separadas por «{separator}»; se leyó así.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or is not an XLSX spreadsheet. Open it in Excel or LibreOffice and save it as XLSX.</source>
        <translation>«{file}» está dañado o no es una hoja de cálculo XLSX. Ábralo en Excel o LibreOffice y guárdelo como XLSX.</translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation>La hoja de cálculo está vacía.</translation>
    </message>
    <message>
        <source>“{suffix}” files cannot be read: use a .csv or .xlsx spreadsheet.</source>
        <translation>No se pueden leer archivos «{suffix}»: use una hoja de cálculo .csv o .xlsx.</translation>
    </message>
    <message>
        <source>The rows above the header (1–{rows}) were skipped.</source>
        <translation>Se omitieron las filas situadas encima del encabezado (1–{rows}).</translation>
    </message>
    <message>
        <source>The merged cells {cells} were read as the same value in every row.</source>
        <translation>Las celdas combinadas {cells} se leyeron como el mismo valor en cada fila.</translation>
    </message>
    <message>
        <source>Header cells are merged ({cells}); unmerge them so that every column has its own name.</source>
        <translation>Hay celdas del encabezado combinadas ({cells}); sepárelas para que cada columna tenga su propio nombre.</translation>
    </message>
    <message>
        <source>The column “{column}” is there twice ({cells}); keep one.</source>
        <translation>La columna «{column}» aparece dos veces ({cells}); deje solo una.</translation>
    </message>
    <message>
        <source>The sheet needs a “fieldkit_id” or a “path”/“file” column to know which row is which file.</source>
        <translation>La hoja necesita una columna «fieldkit_id» o «path»/«file» para saber qué fila corresponde a qué archivo.</translation>
    </message>
    <message>
        <source>The sheet has no column of paths. Its columns: {columns}.</source>
        <translation>La hoja no tiene ninguna columna de rutas. Sus columnas: {columns}.</translation>
    </message>
    <message>
        <source>The column “{column}” of the sheet lists no paths.</source>
        <translation>La columna «{column}» de la hoja no contiene rutas.</translation>
    </message>
    <message>
        <source>Column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>La columna «{column}» no es un campo de Fieldkit; se rechazan las filas que tengan un valor en ella.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header; rows with a value in it are refused.</source>
        <translation>La columna {column} no tiene nombre en el encabezado; se rechazan las filas que tengan un valor en ella.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; a separator or line break is probably missing. The row was left unchanged.</source>
        <translation>La fila {row} tiene {cells} celdas, pero el encabezado tiene {columns} columnas; probablemente falta un separador o un salto de línea. La fila no se modificó.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; the extra cells hold text. The row was left unchanged.</source>
        <translation>La fila {row} tiene {cells} celdas, pero el encabezado tiene {columns} columnas; las celdas sobrantes contienen texto. La fila no se modificó.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>La fila {row} no corresponde a ningún archivo de este lote.</translation>
    </message>
    <message>
        <source>Row {row} is for the same file as row {first_row}; keep one.</source>
        <translation>La fila {row} es del mismo archivo que la fila {first_row}; deje solo una.</translation>
    </message>
    <message>
        <source>The cell holds a formula but no value ({formula}). Open and save the sheet in Excel or LibreOffice, or type the value.</source>
        <translation>La celda contiene una fórmula, pero ningún valor ({formula}). Abra y guarde la hoja en Excel o LibreOffice, o escriba el valor.</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {error}; correct it.</source>
        <translation>La celda muestra el error de hoja de cálculo {error}; corríjalo.</translation>
    </message>
    <message>
        <source>The “kept in Fieldkit” note in this cell was edited. Put it back as it was to keep the text, or replace the whole cell.</source>
        <translation>Se modificó la nota «kept in Fieldkit» de esta celda. Déjela como estaba para conservar el texto, o reemplace toda la celda.</translation>
    </message>
    <message>
        <source>The spreadsheet program cut this text at {limit} characters (Fieldkit has {length}); it was left unchanged. Edit long texts in Fieldkit.</source>
        <translation>El programa de hojas de cálculo cortó este texto a {limit} caracteres (Fieldkit tiene {length}); no se modificó. Edite los textos largos en Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Fieldkit can read: write YYYY-MM-DD, YYYY-MM, YYYY, “ca. YYYY”, a decade such as “1920s”, or “unknown”.</source>
        <translation>«{value}» no es una fecha que Fieldkit pueda leer: escriba AAAA-MM-DD, AAAA-MM, AAAA, «ca. AAAA», una década como «1920s», o «unknown».</translation>
    </message>
    <message>
        <source>Is “{value}” {day_first} (day first) or {month_first} (month first)? Write the one you mean as YYYY-MM-DD.</source>
        <translation>¿«{value}» es {day_first} (día primero) o {month_first} (mes primero)? Escriba la que corresponda como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Dates with slashes are read day first (DD/MM/YYYY), so “{value}” has no such month. Did you mean {suggestion}? Write it as YYYY-MM-DD.</source>
        <translation>Las fechas con barras se leen con el día primero (DD/MM/AAAA), así que «{value}» no tiene ese mes. ¿Quiso decir {suggestion}? Escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet&apos;s date number ({suggestion}?). Format the cell as a date, or write the date as YYYY-MM-DD.</source>
        <translation>«{value}» parece un número de fecha de hoja de cálculo (¿{suggestion}?). Dé a la celda formato de fecha o escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” is in the future.</source>
        <translation>«{value}» está en el futuro.</translation>
    </message>
    <message>
        <source>“{value}” is not a licence in Fieldkit&apos;s catalogue.</source>
        <translation>«{value}» no es una licencia del catálogo de Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a category name.</source>
        <translation>«{value}» no puede ser un nombre de categoría.</translation>
    </message>
    <message>
        <source>Use Wikidata item ids such as Q42, separated by |.</source>
        <translation>Use identificadores de elementos de Wikidata, como Q42, separados por |.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid coordinate.</source>
        <translation>«{value}» no es una coordenada válida.</translation>
    </message>
    <message>
        <source>The template must be information, artwork or photograph.</source>
        <translation>La plantilla debe ser information, artwork o photograph.</translation>
    </message>
    <message>
        <source>“{value}” is not a field Fieldkit knows.</source>
        <translation>«{value}» no es un campo que Fieldkit conozca.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; a field holds at most {limit}.</source>
        <translation>El texto tiene {length} caracteres; un campo admite como máximo {limit}.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}) that cannot be on a wiki page; remove them.</source>
        <translation>El texto contiene caracteres de control ({characters}) que no pueden ir en una página wiki; quítelos.</translation>
    </message>
    <message>
        <source>The brackets do not match: “{detail}” has no partner. Close every [[ with ]] and every {{{{ with }}}}.</source>
        <translation>Los corchetes o las llaves no cuadran: «{detail}» no tiene pareja. Cierre cada [[ con ]] y cada {{{{ con }}}}.</translation>
    </message>
    <message>
        <source>Category links are not taken from this cell; put categories in the categories column.</source>
        <translation>Los enlaces de categoría no se toman de esta celda; ponga las categorías en la columna de categorías.</translation>
    </message>
    <message>
        <source>“{detail}” is a magic word that changes the page itself; it is not allowed here.</source>
        <translation>«{detail}» es una palabra mágica que modifica la propia página; aquí no está permitida.</translation>
    </message>
    <message>
        <source>Closest: {closest}.</source>
        <translation>Lo más parecido: {closest}.</translation>
    </message>
</context>
<context>
    <name>SheetReportDialog</name>
    <message>
        <source>Spreadsheet applied</source>
        <translation>Hoja de cálculo aplicada</translation>
    </message>
    <message numerus="yes">
        <source>rows changed: %n</source>
        <translation>
            <numerusform>filas modificadas: %n</numerusform>
            <numerusform>filas modificadas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>sin cambios: %n</numerusform>
            <numerusform>sin cambios: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused: %n</source>
        <translation>
            <numerusform>rechazadas: %n</numerusform>
            <numerusform>rechazadas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet applied: {counts}. Undo (Ctrl+Z) reverses it.</source>
        <translation>Hoja de cálculo aplicada: {counts}. Deshacer (Ctrl+Z) revierte los cambios.</translation>
    </message>
    <message>
        <source>Spreadsheet not applied</source>
        <translation>Hoja de cálculo no aplicada</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be used as it is; nothing was changed.</source>
        <translation>La hoja de cálculo no se puede usar tal como está; no se modificó nada.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Abrir un menú</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + su letra subrayada</translation>
    </message>
    <message>
        <source>Press a button or tick a box</source>
        <translation>Pulsar un botón o marcar una casilla</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Move between the cells of a table</source>
        <translation>Moverse entre las celdas de una tabla</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Edit the chosen cell of a table</source>
        <translation>Editar la celda elegida de una tabla</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Next tab of a page</source>
        <translation>Pestaña siguiente de una página</translation>
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
        <translation>Fieldkit no puede usar su carpeta de datos {path}: {reason}.

Inícielo con otra carpeta (fieldkit --data-dir CARPETA, o la variable FIELDKIT_DATA_DIR), o corrija los permisos de la carpeta.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Bundle conflicts</source>
        <translation>Conflictos de paquetes</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message numerus="yes">
        <source>Edited on both computers (%n): the value here is kept until you choose.</source>
        <translation>
            <numerusform>Editado en ambos equipos (%n): se conserva el valor de aquí hasta que usted elija.</numerusform>
            <numerusform>Editados en ambos equipos (%n): se conservan los valores de aquí hasta que usted elija.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
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
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>text on a progress bar</comment>
        <translation>%p&#xa0;%</translation>
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
        <translation>En qué punto está la solicitud en el trabajo de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>Who at the helpdesk looks after this request.</source>
        <translation>Quién de la mesa de ayuda se ocupa de esta solicitud.</translation>
    </message>
    <message>
        <source>Private notes: never in replies or committee packs.</source>
        <translation>Notas privadas: nunca van en las respuestas ni en los dossieres para el comité.</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Asignada a</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>&amp;Notas privadas</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Saves the chosen state and who handles it.</source>
        <translation>Guarda el estado elegido y quién se encarga.</translation>
    </message>
    <message>
        <source>The state and assignee are shared with the rest of the helpdesk: on the wiki in the request&apos;s section, in the mailbox as a keyword. Sent with the next sync.</source>
        <translation>El estado y la persona asignada se comparten con el resto de la mesa de ayuda: en la wiki, en la sección de la solicitud; en el buzón, como palabra clave. Se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Notes stay on this computer. They are never published or sent.</source>
        <translation>Las notas se quedan en este equipo. Nunca se publican ni se envían.</translation>
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
            <numerusform>%n día restante</numerusform>
            <numerusform>%n días restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadJobModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>(no batch)</source>
        <translation>(sin lote)</translation>
    </message>
</context>
<context>
    <name>UploadSettingsWidget</name>
    <message>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>On a phone or pay-per-megabyte connection, uploads wait (they continue by themselves on Wi-Fi or a cable). If the computer cannot tell, they wait too.</source>
        <translation>En una conexión móvil o de pago por megabyte, las subidas esperan (continúan solas con Wi-Fi o cable). Si el equipo no puede saberlo, también esperan.</translation>
    </message>
    <message>
        <source>Upload &amp;only on unmetered connections</source>
        <translation>Subir solo con conexiones sin límite de &amp;datos</translation>
    </message>
    <message>
        <source>Ba&amp;ndwidth limit:</source>
        <translation>Lími&amp;te de ancho de banda:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Leave room for others on a shared link: uploads send at most this much per second. 0 means no limit.</source>
        <translation>Deje margen a los demás en una conexión compartida: las subidas envían como máximo esta cantidad por segundo. 0 significa sin límite.</translation>
    </message>
</context>
<context>
    <name>UploadSummary</name>
    <message numerus="yes">
        <source>Queued for upload: %n</source>
        <translation>
            <numerusform>En cola para subir: %n</numerusform>
            <numerusform>En cola para subir: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already queued: %n</source>
        <translation>
            <numerusform>ya en cola: %n</numerusform>
            <numerusform>ya en cola: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already uploaded: %n</source>
        <translation>
            <numerusform>ya subidos: %n</numerusform>
            <numerusform>ya subidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not ready yet: %n — see Problems</source>
        <translation>
            <numerusform>aún no listos: %n — vea Problemas</numerusform>
            <numerusform>aún no listos: %n — vea Problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be prepared: %n</source>
        <translation>
            <numerusform>no se pudieron preparar: %n</numerusform>
            <numerusform>no se pudieron preparar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch has no files to upload.</source>
        <translation>Este lote no tiene archivos para subir.</translation>
    </message>
    <message>
        <source>Nothing new was queued</source>
        <translation>No se puso nada nuevo en cola</translation>
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
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando reintento</translation>
    </message>
    <message>
        <source>The wiki assembles the file</source>
        <translation>La wiki ensambla el archivo</translation>
    </message>
    <message>
        <source>The wiki publishes the file</source>
        <translation>La wiki publica el archivo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
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
        <translation>Comprobando en la wiki</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Requiere su decisión</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Same file already on the wiki</source>
        <translation>El mismo archivo ya está en la wiki</translation>
    </message>
    <message>
        <source>Same file was deleted before</source>
        <translation>El mismo archivo se borró antes</translation>
    </message>
    <message>
        <source>A file with this name was deleted</source>
        <translation>Se borró un archivo con este nombre</translation>
    </message>
    <message>
        <source>A different file has this name</source>
        <translation>Otro archivo tiene este nombre</translation>
    </message>
    <message>
        <source>A similar name is taken</source>
        <translation>Ya existe un nombre parecido</translation>
    </message>
    <message>
        <source>A page with this name exists</source>
        <translation>Existe una página con este nombre</translation>
    </message>
    <message>
        <source>Name looks like a camera default</source>
        <translation>El nombre parece el predeterminado de una cámara</translation>
    </message>
    <message>
        <source>The wiki changed the name</source>
        <translation>La wiki cambió el nombre</translation>
    </message>
    <message>
        <source>Unwanted file type</source>
        <translation>Tipo de archivo no deseado</translation>
    </message>
    <message>
        <source>Very large file</source>
        <translation>Archivo muy grande</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Archivo vacío</translation>
    </message>
    <message>
        <source>Same as an older version</source>
        <translation>Igual a una versión anterior</translation>
    </message>
    <message>
        <source>Wiki warning: {code}</source>
        <translation>Advertencia de la wiki: {code}</translation>
    </message>
    <message>
        <source>Exactly the same file is already on the wiki as: {names}. Uploading it again makes a second copy, which Commons usually deletes. Skip it unless you are sure.</source>
        <translation>Exactamente el mismo archivo ya está en la wiki como: {names}. Si lo sube de nuevo se crea una segunda copia, que Commons suele borrar. Omítalo a menos que esté seguro.</translation>
    </message>
    <message>
        <source>Exactly the same file was uploaded before and then deleted ({names}). It may have been deleted for a reason; check before publishing it again.</source>
        <translation>Exactamente el mismo archivo se subió antes y luego se borró ({names}). Puede que se borrara por algún motivo; compruébelo antes de volver a publicarlo.</translation>
    </message>
    <message>
        <source>A file with this name was deleted from the wiki before. Publishing re-creates it; a new name avoids confusion.</source>
        <translation>Antes se borró de la wiki un archivo con este nombre. Publicarlo lo vuelve a crear; un nombre nuevo evita confusiones.</translation>
    </message>
    <message>
        <source>The name “{names}” is already taken by a different file. Publishing anyway would replace that file with this one. Choose a new name unless you mean to replace it.</source>
        <translation>El nombre «{names}» ya lo usa otro archivo. Publicar de todos modos reemplazaría ese archivo por este. Elija un nombre nuevo, salvo que quiera reemplazarlo.</translation>
    </message>
    <message>
        <source>A file with almost the same name exists: {names}. Choose a clearer name, or publish anyway if they really are different files.</source>
        <translation>Existe un archivo con un nombre casi igual: {names}. Elija un nombre más claro, o publique de todos modos si de verdad son archivos distintos.</translation>
    </message>
    <message>
        <source>A page with this name already exists ({names}). Choose a new name.</source>
        <translation>Ya existe una página con este nombre ({names}). Elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>The name starts like a camera&apos;s default file name (“{names}”), which says nothing about the picture. Give it a descriptive name.</source>
        <translation>El nombre empieza como el nombre de archivo predeterminado de una cámara («{names}»), que no dice nada de la imagen. Dele un nombre descriptivo.</translation>
    </message>
    <message>
        <source>The wiki would change the name to “{names}”.</source>
        <translation>La wiki cambiaría el nombre a «{names}».</translation>
    </message>
    <message>
        <source>The wiki discourages this file type. Publishing may still work.</source>
        <translation>La wiki desaconseja este tipo de archivo. Aun así, es posible que se pueda publicar.</translation>
    </message>
    <message>
        <source>The file is larger than the wiki recommends.</source>
        <translation>El archivo es más grande de lo que recomienda la wiki.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is the same as an older version of this page.</source>
        <translation>El archivo es igual a una versión anterior de esta página.</translation>
    </message>
    <message>
        <source>The wiki warned about this file ({code}). {names}</source>
        <translation>La wiki advirtió sobre este archivo ({code}). {names}</translation>
    </message>
    <message>
        <source>The connection dropped. Fieldkit tries again by itself.</source>
        <translation>Se cortó la conexión. Fieldkit vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>The wiki is busy. Fieldkit tries again by itself.</source>
        <translation>La wiki está ocupada. Fieldkit vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>The wiki asked us to slow down. Fieldkit tries again later.</source>
        <translation>La wiki pidió reducir el ritmo. Fieldkit volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance. Fieldkit tries again later.</source>
        <translation>La wiki está en modo de solo lectura por mantenimiento. Fieldkit volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password in Settings. Uploads continue after that.</source>
        <translation>Inicio de sesión rechazado: revise la contraseña del bot en Ajustes. Después, las subidas continuarán.</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings. Uploads start after that.</source>
        <translation>Aún no hay una cuenta en la wiki — configúrela en Ajustes. Después, las subidas comenzarán.</translation>
    </message>
    <message>
        <source>No password is stored for the wiki account — enter it in Settings. Uploads start after that.</source>
        <translation>No hay ninguna contraseña guardada para la cuenta en la wiki — introdúzcala en Ajustes. Después, las subidas comenzarán.</translation>
    </message>
    <message>
        <source>Something unexpected happened; Fieldkit tries again by itself.</source>
        <translation>Ocurrió algo inesperado; Fieldkit vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki. Uploads wait and try again when the block ends (and every hour, in case an administrator lifts it).</source>
        <translation>Esta cuenta está bloqueada en la wiki. Las subidas esperan y se reintentan cuando termine el bloqueo (y cada hora, por si un administrador lo levanta).</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki. Uploads wait and try again when the block ends.</source>
        <translation>Esta dirección de internet está bloqueada en la wiki. Las subidas esperan y se reintentan cuando termine el bloqueo.</translation>
    </message>
    <message>
        <source>The wiki refused the file; the reason it gave is in the log.</source>
        <translation>La wiki rechazó el archivo; el motivo que indicó está en el registro.</translation>
    </message>
    <message>
        <source>Refused by the wiki</source>
        <translation>Rechazado por la wiki</translation>
    </message>
    <message>
        <source>Waiting for a connection: uploads continue by themselves when the wiki can be reached.</source>
        <translation>Esperando conexión: las subidas continúan solas cuando se puede acceder a la wiki.</translation>
    </message>
    <message>
        <source>The wiki asked Fieldkit to slow down. Uploads wait and continue by themselves at {time}.</source>
        <translation>La wiki pidió a Fieldkit que redujera el ritmo. Las subidas esperan y continúan solas el {time}.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>La wiki está en modo de solo lectura por mantenimiento ({reason}). Las subidas esperan y se reintentan solas el {time}.</translation>
    </message>
    <message>
        <source>The wiki is overloaded and asked bots to wait. Uploads try again by themselves at {time}.</source>
        <translation>La wiki está sobrecargada y pidió a los bots que esperen. Las subidas se reintentan solas el {time}.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Esta cuenta está bloqueada en la wiki ({reason}). Las subidas esperan y se reintentan solas el {time}.</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Esta dirección de internet está bloqueada en la wiki ({reason}). Las subidas esperan y se reintentan solas el {time}.</translation>
    </message>
    <message>
        <source>The wiki takes no uploads for now ({reason}). Fieldkit tries again at {time}.</source>
        <translation>Por ahora la wiki no acepta subidas ({reason}). Fieldkit volverá a intentarlo el {time}.</translation>
    </message>
    <message>
        <source>Tries again by itself at {time}.</source>
        <translation>Nuevo intento automático el {time}.</translation>
    </message>
    <message>
        <source>The wiki named the file “{title}” (asked: “{asked}”).</source>
        <translation>La wiki dio al archivo el nombre «{title}» (se pidió: «{asked}»).</translation>
    </message>
    <message>
        <source>The file on this computer could not be read (moved, deleted or on a disk that is not connected). Put it back and press Retry.</source>
        <translation>No se pudo leer el archivo en este equipo (movido, borrado o en un disco no conectado). Vuelva a ponerlo en su sitio y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The file on the wiki is not the same as the one sent. Check it on the wiki.</source>
        <translation>El archivo en la wiki no es el mismo que se envió. Compruébelo en la wiki.</translation>
    </message>
    <message>
        <source>The wiki lost the partly sent file; it is sent again from the start.</source>
        <translation>La wiki perdió el archivo enviado a medias; se vuelve a enviar desde el principio.</translation>
    </message>
    <message>
        <source>The file name is not allowed on the wiki. Fix the title.</source>
        <translation>El nombre de archivo no está permitido en la wiki. Corrija el título.</translation>
    </message>
    <message>
        <source>The file name is too short. Fix the title.</source>
        <translation>El nombre de archivo es demasiado corto. Corrija el título.</translation>
    </message>
    <message>
        <source>The wiki does not allow this file name. Fix the title.</source>
        <translation>La wiki no permite este nombre de archivo. Corrija el título.</translation>
    </message>
    <message>
        <source>This file name is protected on the wiki. Fix the title.</source>
        <translation>Este nombre de archivo está protegido en la wiki. Corrija el título.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type.</source>
        <translation>La wiki no acepta este tipo de archivo.</translation>
    </message>
    <message>
        <source>The file is too large for the wiki.</source>
        <translation>El archivo es demasiado grande para la wiki.</translation>
    </message>
    <message>
        <source>Exactly this file is already on the wiki under this name.</source>
        <translation>Exactamente este archivo ya está en la wiki con este nombre.</translation>
    </message>
    <message>
        <source>This account may not upload files. Check its rights.</source>
        <translation>Esta cuenta no tiene permiso para subir archivos. Revise sus permisos.</translation>
    </message>
    <message>
        <source>A wiki filter refused the file. Check the description.</source>
        <translation>Un filtro de la wiki rechazó el archivo. Revise la descripción.</translation>
    </message>
    <message>
        <source>The wiki did not accept the file&apos;s contents or type.</source>
        <translation>La wiki no aceptó el contenido o el tipo del archivo.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type; nothing was sent. Convert the file (the media check says how) and queue it again.</source>
        <translation>La wiki no acepta este tipo de archivo; no se envió nada. Convierta el archivo (la comprobación en Multimedia indica cómo) y vuelva a ponerlo en cola.</translation>
    </message>
    <message>
        <source>The wiki could not put the file together from its parts; it is sent again.</source>
        <translation>La wiki no pudo unir las partes del archivo; se vuelve a enviar.</translation>
    </message>
    <message>
        <source>The wiki refused a part as too large; smaller parts are sent.</source>
        <translation>La wiki rechazó una parte por ser demasiado grande; se envían partes más pequeñas.</translation>
    </message>
    <message>
        <source>The wiki answered with an error ({code}). Fieldkit tries again by itself.</source>
        <translation>La wiki respondió con un error ({code}). Fieldkit vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Conexión cortada</translation>
    </message>
    <message>
        <source>Wiki busy</source>
        <translation>Wiki ocupada</translation>
    </message>
    <message>
        <source>Wiki asked to slow down</source>
        <translation>La wiki pidió reducir el ritmo</translation>
    </message>
    <message>
        <source>Wiki in maintenance</source>
        <translation>Wiki en mantenimiento</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>No wiki account yet</source>
        <translation>Aún no hay cuenta en la wiki</translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation>No hay contraseña guardada</translation>
    </message>
    <message>
        <source>Unexpected trouble</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>File missing on this computer</source>
        <translation>Falta el archivo en este equipo</translation>
    </message>
    <message>
        <source>Differs on the wiki</source>
        <translation>Distinto en la wiki</translation>
    </message>
    <message>
        <source>Starting again</source>
        <translation>Empezando de nuevo</translation>
    </message>
    <message>
        <source>Title not allowed</source>
        <translation>Título no permitido</translation>
    </message>
    <message>
        <source>Title too short</source>
        <translation>Título demasiado corto</translation>
    </message>
    <message>
        <source>Title protected</source>
        <translation>Título protegido</translation>
    </message>
    <message>
        <source>File type refused</source>
        <translation>Tipo de archivo rechazado</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Archivo demasiado grande</translation>
    </message>
    <message>
        <source>Already on the wiki</source>
        <translation>Ya está en la wiki</translation>
    </message>
    <message>
        <source>Account may not upload</source>
        <translation>La cuenta no puede subir</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>Dirección bloqueada</translation>
    </message>
    <message>
        <source>Refused by a wiki filter</source>
        <translation>Rechazado por un filtro de la wiki</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Reenviando</translation>
    </message>
    <message>
        <source>Smaller parts</source>
        <translation>Partes más pequeñas</translation>
    </message>
    <message>
        <source>Wiki error ({code})</source>
        <translation>Error de la wiki ({code})</translation>
    </message>
    <message>
        <source>All uploads are paused. Press “Resume all” to continue.</source>
        <translation>Todas las subidas están en pausa. Pulse «Reanudar todo» para continuar.</translation>
    </message>
    <message>
        <source>Uploads wait for an unmetered connection (as set in Settings). They continue by themselves on Wi-Fi or a cable.</source>
        <translation>Las subidas esperan una conexión sin límite de datos (según Ajustes). Continúan solas con Wi-Fi o cable.</translation>
    </message>
    <message>
        <source>Uploads wait: “unmetered connections only” is on, and this computer does not say whether its connection is metered. Switch it off in Settings to upload.</source>
        <translation>Las subidas esperan: «solo conexiones sin límite de datos» está activado y este equipo no indica si su conexión tiene límite. Desactívelo en Ajustes para subir.</translation>
    </message>
</context>
<context>
    <name>UploadsArea</name>
    <message>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>Files on their way to Wikimedia Commons. They wait while you are offline and continue where they stopped when the connection returns, also after a restart.</source>
        <translation>Archivos en camino a Wikimedia Commons. Esperan mientras no hay conexión y, cuando vuelve, continúan donde se detuvieron, incluso después de un reinicio.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>Le damos la bienvenida a Fieldkit</translation>
    </message>
    <message>
        <source>&amp;Skip the welcome</source>
        <translation>&amp;Omitir la bienvenida</translation>
    </message>
    <message>
        <source>Start with an empty Fieldkit; everything can be set up later</source>
        <translation>Empezar con un Fieldkit vacío; todo se puede configurar más tarde</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Later — &amp;I am offline now</source>
        <translation>Más &amp;tarde: ahora no tengo conexión</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>The wiki login could not be saved; enter it in Settings.</source>
        <translation>No se pudieron guardar sus datos de acceso a la wiki; introdúzcalos en Ajustes.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in the keyring.</source>
        <translation>Sus datos de acceso a la wiki están guardados; la contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in Fieldkit&apos;s encrypted file.</source>
        <translation>Sus datos de acceso a la wiki están guardados; la contraseña está en el archivo cifrado de Fieldkit.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: enter it in Settings.</source>
        <translation>Sus datos de acceso a la wiki están guardados, pero no la contraseña: introdúzcala en Ajustes.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: this system has no keyring to keep it. Settings says how to give it.</source>
        <translation>Sus datos de acceso a la wiki están guardados, pero no la contraseña: este sistema no tiene llavero donde guardarla. En Ajustes se explica cómo indicarla.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but the keyring refused to keep the password.</source>
        <translation>Sus datos de acceso a la wiki están guardados, pero el llavero del sistema no aceptó la contraseña.</translation>
    </message>
</context>
<context>
    <name>WikiPage</name>
    <message>
        <source>The login must have the form name@bot, as Special:BotPasswords shows it.</source>
        <translation>El usuario debe tener la forma nombre@bot, tal como lo muestra Special:BotPasswords.</translation>
    </message>
    <message>
        <source>Enter the bot login too, so the password can be kept.</source>
        <translation>Introduzca también el usuario del bot para que se pueda guardar la contraseña.</translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation>Consultando a la wiki…</translation>
    </message>
    <message>
        <source>Your wiki and bot login</source>
        <translation>Su wiki y su usuario de bot</translation>
    </message>
    <message>
        <source>Fieldkit uploads files and sends help requests with a bot password of your own. Most partnerships upload to Wikimedia Commons.</source>
        <translation>Fieldkit sube archivos y envía solicitudes de ayuda con una contraseña de bot propia. La mayoría de las alianzas suben a Wikimedia Commons.</translation>
    </message>
    <message>
        <source>Wikimedia &amp;Commons</source>
        <translation>Wikimedia &amp;Commons</translation>
    </message>
    <message>
        <source>Bot &amp;login:</source>
        <translation>&amp;Usuario del bot:</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>SuNombre@Fieldkit</translation>
    </message>
    <message>
        <source>Bot pass&amp;word:</source>
        <translation>Contraseña del &amp;bot:</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords: it shows the login (name@bot) and the password. The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files. Nothing is checked online now; if you are offline or have no bot password yet, choose “Later”.</source>
        <translation>Cree una contraseña de bot en la wiki, en Special:BotPasswords: muestra el usuario (nombre@bot) y la contraseña. La contraseña se guarda en el llavero del sistema, no en los archivos de Fieldkit. Ahora no se comprueba nada en línea; si no tiene conexión o aún no tiene contraseña de bot, elija «Más tarde».</translation>
    </message>
    <message>
        <source>&amp;Another MediaWiki, its API address:</source>
        <translation>Otra wiki &amp;MediaWiki, con su dirección de la API:</translation>
    </message>
    <message>
        <source>Check &amp;the login now</source>
        <translation>Com&amp;probar el acceso ahora</translation>
    </message>
    <message>
        <source>Optional: asks the wiki whether it accepts this login</source>
        <translation>Opcional: pregunta a la wiki si acepta estos datos de acceso</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address, for example https://wiki.example.org/w/api.php.</source>
        <translation>Introduzca la dirección de la API de la wiki, por ejemplo https://wiki.example.org/w/api.php.</translation>
    </message>
    <message>
        <source>The wiki answered and accepted the login.</source>
        <translation>La wiki respondió y aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The wiki answered (no password given: the login was not tried).</source>
        <translation>La wiki respondió (no se indicó contraseña: no se probó el inicio de sesión).</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. That is fine: what you entered is kept and used once you are online.</source>
        <translation>Ahora no se puede acceder a la wiki. No pasa nada: lo que ha introducido se guarda y se usará cuando tenga conexión.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the login and the password.</source>
        <translation>La wiki rechazó el inicio de sesión. Revise el usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address first.</source>
        <translation>Introduzca primero la dirección de la API de la wiki.</translation>
    </message>
    <message>
        <source>The check itself failed.</source>
        <translation>Falló la propia comprobación.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Multimedia</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Subidas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>Nu&amp;eva alianza…</translation>
    </message>
    <message>
        <source>New req&amp;uest</source>
        <translation>Nueva so&amp;licitud</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find in this area</source>
        <translation>&amp;Buscar en esta área</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>N&amp;uevo lote…</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Impor&amp;tar archivos…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Importar desde &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Start or resume uploads</source>
        <translation>&amp;Iniciar o reanudar subidas</translation>
    </message>
    <message>
        <source>&amp;Pause all uploads</source>
        <translation>&amp;Pausar todas las subidas</translation>
    </message>
    <message>
        <source>&amp;Connect and send now</source>
        <translation>&amp;Conectar y enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guías</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
</TS>
