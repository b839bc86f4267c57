<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Accessible</name>
    <message>
        <source>The arrow keys change the page.</source>
        <translation>Piltangenterna byter sida.</translation>
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
        <translation>Några exempelfiler eller ett utdrag ur metadata, inte hela samlingen: högst {one} per fil och {total} sammanlagt.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Inga bifogade filer.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>Attaches files to this request.</source>
        <translation>Bifogar filer till den här förfrågan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected file from this request</source>
        <translation>Ta bort den markerade filen från förfrågan</translation>
    </message>
    <message>
        <source>Attach files to the request</source>
        <translation>Bifoga filer till förfrågan</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <source>Check against the &amp;wiki</source>
        <translation>Kontrollera mot &amp;wikin</translation>
    </message>
    <message>
        <source>Look for files already on the wiki (same content or same title) and read the wiki&apos;s accepted file types; needs a connection</source>
        <translation>Leta efter filer som redan finns på wikin (samma innehåll eller samma titel) och läs in vilka filtyper wikin tar emot; kräver uppkoppling</translation>
    </message>
    <message>
        <source>Up&amp;load ready files</source>
        <translation>&amp;Ladda upp klara filer</translation>
    </message>
    <message>
        <source>Queue the files without problems for upload; the others stay here</source>
        <translation>Köa filerna utan problem för uppladdning; de andra stannar här</translation>
    </message>
    <message>
        <source>Checking against the wiki…</source>
        <translation>Kontrollerar mot wikin…</translation>
    </message>
    <message numerus="yes">
        <source>Checked against the wiki; already there: %n — see Problems.</source>
        <translation>
            <numerusform>Kontrollerat mot wikin; finns redan där: %n – se Problem.</numerusform>
            <numerusform>Kontrollerat mot wikin; finns redan där: %n – se Problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against the wiki: none of these files is there yet.</source>
        <translation>Kontrollerat mot wikin: ingen av de här filerna finns där än.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached</source>
        <translation>Wikin går inte att nå</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Inget wikikonto än – lägg till det under Inställningar</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>Inget lösenord för wikikontot – ange det under Inställningar</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Inloggningen avvisades: kontrollera botlösenordet</translation>
    </message>
    <message>
        <source>The check against the wiki failed.</source>
        <translation>Kontrollen mot wikin misslyckades.</translation>
    </message>
    <message>
        <source>The wiki answered with an error</source>
        <translation>Wikin svarade med ett fel</translation>
    </message>
    <message>
        <source>{reason}, so nothing was checked against it. The offline checks still apply; try again when that is solved.</source>
        <translation>{reason}, så ingenting kontrollerades mot wikin. Kontrollerna utan anslutning gäller fortfarande; försök igen när det är löst.</translation>
    </message>
    <message>
        <source>The files could not be queued.</source>
        <translation>Filerna kunde inte läggas i kö.</translation>
    </message>
    <message>
        <source>Queueing the ready files for upload…</source>
        <translation>Köar de klara filerna för uppladdning…</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Ny omgång…</translation>
    </message>
    <message>
        <source>Starts a new batch of files for a partnership.</source>
        <translation>Startar en ny omgång filer för ett partnerskap.</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Import&amp;era filer…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Importera mapp…</translation>
    </message>
    <message>
        <source>Add chosen files to this batch</source>
        <translation>Lägg till valda filer i den här omgången</translation>
    </message>
    <message>
        <source>Add every file of a folder to this batch</source>
        <translation>Lägg till alla filer i en mapp i den här omgången</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Importera från &amp;kalkylark…</translation>
    </message>
    <message>
        <source>Import the files listed in a column of a CSV or XLSX spreadsheet</source>
        <translation>Importera filerna som står i en kolumn i ett kalkylark (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Titta i&amp;gen</translation>
    </message>
    <message>
        <source>Look at this batch&apos;s files again: read the ones edited since, follow the ones moved, mark the ones gone (a missing file is never uploaded)</source>
        <translation>Titta på omgångens filer igen: läs om de som ändrats, följ de som flyttats, markera de som försvunnit (en fil som saknas laddas aldrig upp)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v av %m filer</translation>
    </message>
    <message>
        <source>No batches yet</source>
        <translation>Inga omgångar än</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importera en mapp</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importera från kalkylark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Kalkylark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Create or choose a batch first, then import files into it.</source>
        <translation>Skapa eller välj en omgång först och importera sedan filer till den.</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. {error}</source>
        <translation>Ingenting importerades: kalkylarket kan inte användas. {error}</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. It needs a column of file paths (path, file or filename) and must be a readable CSV or XLSX.</source>
        <translation>Ingenting importerades: kalkylarket går inte att använda. Det behöver en kolumn med filsökvägar (path, file eller filename) och måste vara en läsbar CSV- eller XLSX-fil.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>En import pågår redan.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Importen misslyckades.</translation>
    </message>
</context>
<context>
    <name>BatchEdits</name>
    <message>
        <source>Edit</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Fyll nedåt</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Sök och ersätt</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Tillämpa titelmönster</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Kalkylark</translation>
    </message>
    <message>
        <source>Batch licence</source>
        <translation>Omgångens licens</translation>
    </message>
    <message>
        <source>Location policy</source>
        <translation>Hantering av platsuppgifter</translation>
    </message>
    <message>
        <source>Title pattern</source>
        <translation>Titelmönster</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <source>Batch</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Batches in the upload queue</source>
        <translation>Omgångar i uppladdningskön</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Alla omgångar</translation>
    </message>
    <message>
        <source>Files without a batch</source>
        <translation>Filer utan omgång</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>Omgång {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 uploaded</source>
        <translation>
            <numerusform>%n av %1 uppladdad</numerusform>
            <numerusform>%n av %1 uppladdade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n behöver ett beslut</numerusform>
            <numerusform>%n behöver beslut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n misslyckades</numerusform>
            <numerusform>%n misslyckades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausad</numerusform>
            <numerusform>%n pausade</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded: {uploaded}
On their way: {active}
Need a decision: {decision}
Failed: {failed}
Cancelled or skipped: {cancelled}</source>
        <translation>Uppladdade: {uploaded}
På väg: {active}
Behöver beslut: {decision}
Misslyckade: {failed}
Avbrutna eller överhoppade: {cancelled}</translation>
    </message>
</context>
<context>
    <name>BatchSettings</name>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Camera location (whole batch)</source>
        <translation>Kamerans platsuppgifter (hela omgången)</translation>
    </message>
    <message>
        <source>Photos can record where they were taken. Publishing that can reveal homes.</source>
        <translation>Foton kan innehålla uppgifter om var de togs. Att publicera dem kan avslöja var någon bor.</translation>
    </message>
    <message>
        <source>Not decided yet (blocks upload)</source>
        <translation>Inte bestämt än (hindrar uppladdning)</translation>
    </message>
    <message>
        <source>&amp;Keep and publish the location</source>
        <translation>&amp;Behåll och publicera platsuppgifterna</translation>
    </message>
    <message>
        <source>Fo&amp;r the batch:</source>
        <translation>Fö&amp;r omgången:</translation>
    </message>
    <message>
        <source>For this fi&amp;le:</source>
        <translation>&amp;För den här filen:</translation>
    </message>
    <message>
        <source>Remove it from u&amp;ploaded copies</source>
        <translation>Ta bort &amp;dem från de uppladdade kopiorna</translation>
    </message>
    <message>
        <source>The licence of every file in the batch, unless a file has its own.</source>
        <translation>Licensen för alla filer i omgången, om inte en fil har en egen.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence, when it differs from the batch&apos;s.</source>
        <translation>Filens egen licens, när den skiljer sig från omgångens.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Inte vald än</translation>
    </message>
    <message>
        <source>Same as the batch</source>
        <translation>Samma som omgången</translation>
    </message>
    <message>
        <source>Choose a licence the partner agreed to.</source>
        <translation>Välj en licens som partnern har godkänt.</translation>
    </message>
    <message>
        <source>“{id}” is not in Fieldkit&apos;s licence list.</source>
        <translation>”{id}” finns inte i Fieldkits licenslista.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence: {licence}. {summary}</source>
        <translation>Filens egen licens: {licence}. {summary}</translation>
    </message>
    <message>
        <source>Batch licence: {licence}. {summary}</source>
        <translation>Omgångens licens: {licence}. {summary}</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit the selected files (%n)</source>
        <translation>
            <numerusform>Redigera den markerade filen (%n)</numerusform>
            <numerusform>Redigera de markerade filerna (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to clear the field</source>
        <translation>Lämna tomt för att tömma fältet</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Skilj flera kategorier åt med |</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Fält:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportera paket…</translation>
    </message>
    <message>
        <source>Write a partnership and its files to a bundle for another computer</source>
        <translation>Skriv ett partnerskap och dess filer till ett paket för en annan dator</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importera paket…</translation>
    </message>
    <message>
        <source>Merge a bundle made on another computer</source>
        <translation>Slå ihop ett paket som gjorts på en annan dator</translation>
    </message>
    <message>
        <source>Export &amp;receipt…</source>
        <translation>Exportera &amp;kvitto…</translation>
    </message>
    <message>
        <source>Tell the computer a bundle came from what became of its files and requests</source>
        <translation>Berätta för datorn som paketet kom från vad som hände med dess filer och förfrågningar</translation>
    </message>
    <message>
        <source>Import re&amp;ceipt…</source>
        <translation>Importera k&amp;vitto…</translation>
    </message>
    <message>
        <source>Mark the files and requests another computer uploaded and sent as done</source>
        <translation>Markera filer och förfrågningar som en annan dator har laddat upp och skickat som klara</translation>
    </message>
    <message>
        <source>&amp;Bundle conflicts…</source>
        <translation>K&amp;onflikter från paket…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Skriver paketet…</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is written (files: %n):</source>
        <translation>
            <numerusform>Paketet är skrivet (%n fil):</numerusform>
            <numerusform>Paketet är skrivet (%n filer):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, so their records travel without them: %n</source>
        <translation>
            <numerusform>Hittades inte, så uppgifterna följer med utan filen: %n</numerusform>
            <numerusform>Hittades inte, så uppgifterna följer med utan filerna: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paketet är exporterat</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Kontrollerar och importerar paketet…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Which bundle is the receipt for?</source>
        <translation>Vilket paket gäller kvittot?</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Fieldkit-paket (*.fkb)</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Spara kvittot</translation>
    </message>
    <message>
        <source>Fieldkit receipt (*.fkr)</source>
        <translation>Fieldkit-kvitto (*.fkr)</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Skriver kvittot…</translation>
    </message>
    <message>
        <source>Receipt exported</source>
        <translation>Kvittot är exporterat</translation>
    </message>
    <message>
        <source>The receipt is written to {path}: files uploaded {uploads}, requests delivered {deliveries}. Take it to the computer the bundle came from.</source>
        <translation>Kvittot är skrivet till {path}: uppladdade filer {uploads}, levererade förfrågningar {deliveries}. Ta det till datorn som paketet kom från.</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importera kvitto</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Läser kvittot…</translation>
    </message>
    <message>
        <source>Marked as uploaded: {files}; marked as delivered: {requests}; known already: {known}.</source>
        <translation>Markerade som uppladdade: {files}; markerade som levererade: {requests}; kända sedan tidigare: {known}.</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>Kvittot är importerat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ingenting ändrades</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>{error} (details in the log). Nothing was changed.</source>
        <translation>{error} (detaljer finns i loggen). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>Avbrutet: ingenting skrevs eller ändrades.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message>
        <source>This bundle was imported before; there was nothing new in it.</source>
        <translation>Paketet har importerats förut; det fanns inget nytt i det.</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, conflicting {conflicts}, skipped {skipped}. Files placed: {placed} (already there: {there}, not in the bundle: {missing}).</source>
        <translation>Tillagda {added}, uppdaterade {updated}, i konflikt {conflicts}, överhoppade {skipped}. Filer på plats: {placed} (fanns redan: {there}, saknas i paketet: {missing}).</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>There is no file {file}.</source>
        <translation>Filen {file} finns inte.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} går inte att läsa.</translation>
    </message>
    <message>
        <source>This file is not a Fieldkit bundle or receipt.</source>
        <translation>Filen är inte ett paket eller kvitto från Fieldkit.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({detail}). Copy it from the original again.</source>
        <translation>Paketet är skadat ({detail}). Kopiera det från originalet igen.</translation>
    </message>
    <message>
        <source>The bundle ends too early: the copy was cut off. Copy it again.</source>
        <translation>Paketet tar slut för tidigt: kopieringen avbröts. Kopiera det igen.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its checksum: it was damaged on the way. Copy it again.</source>
        <translation>En del av paketet ({name}) stämmer inte med sin kontrollsumma: den skadades på vägen. Kopiera paketet igen.</translation>
    </message>
    <message>
        <source>Part {volume} of {volumes} of this bundle is missing: {file}. Copy all its parts into the same folder.</source>
        <translation>Del {volume} av {volumes} av paketet saknas: {file}. Kopiera alla delar till samma mapp.</translation>
    </message>
    <message>
        <source>The bundle holds an entry named “{name}”, which could write outside its folder.</source>
        <translation>Paketet innehåller en post som heter ”{name}”, som skulle kunna skriva utanför sin mapp.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “{name}” is a link or a device file; bundles hold only plain files.</source>
        <translation>Posten ”{name}” i paketet är en länk eller en enhetsfil; paket innehåller bara vanliga filer.</translation>
    </message>
    <message>
        <source>The bundle holds two files whose names differ only in case; on a stick they would be one file.</source>
        <translation>Paketet innehåller två filer vars namn bara skiljer sig i stora och små bokstäver; på ett USB-minne skulle de bli en och samma fil.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) is far larger than it says (a decompression bomb?).</source>
        <translation>En del av paketet ({name}) är mycket större än det står (en dekomprimeringsbomb?).</translation>
    </message>
    <message>
        <source>The bundle holds “{name}”, which its table of contents does not list.</source>
        <translation>Paketet innehåller ”{name}”, som inte finns i dess innehållsförteckning.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Fieldkit ({fieldkit_version}). Update Fieldkit to import it.</source>
        <translation>Paketet gjordes med en nyare version av Fieldkit ({fieldkit_version}). Uppdatera Fieldkit för att kunna importera det.</translation>
    </message>
    <message>
        <source>This file is a receipt, not a bundle (or the other way round).</source>
        <translation>Filen är ett kvitto och inte ett paket (eller tvärtom).</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not valid ({detail}); nothing was imported.</source>
        <translation>Paketets uppgifter är inte giltiga ({detail}); ingenting importerades.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} är inte en mapp.</translation>
    </message>
    <message>
        <source>This receipt answers a bundle this computer never sent; nothing was changed.</source>
        <translation>Kvittot gäller ett paket som den här datorn aldrig har skickat; ingenting ändrades.</translation>
    </message>
    <message>
        <source>This bundle was never imported here, so there is no receipt to give for it.</source>
        <translation>Paketet har aldrig importerats här, så det finns inget kvitto att ge för det.</translation>
    </message>
    <message>
        <source>There is no partnership called “{partnership}”.</source>
        <translation>Det finns inget partnerskap som heter ”{partnership}”.</translation>
    </message>
    <message>
        <source>“{partnership}” has no batch called “{batch}”.</source>
        <translation>”{partnership}” har ingen omgång som heter ”{batch}”.</translation>
    </message>
    <message>
        <source>{path} changed since it was imported. Import its folder again in Media, then export.</source>
        <translation>{path} har ändrats sedan den importerades. Importera mappen igen under Media och exportera sedan.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {path}.</source>
        <translation>Paketet kunde inte skrivas till {path}.</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Steg i checklistan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediefil</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>Beskrivningar</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Bildtexter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation>Avbildar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Upphovsperson</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>The file itself</source>
        <translation>Själva filen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Choose a step in the list.</source>
        <translation>Välj ett steg i listan.</translation>
    </message>
    <message>
        <source>Where this step stands.</source>
        <translation>Hur långt det här steget har kommit.</translation>
    </message>
    <message>
        <source>Your note on this step: what was done, what is next.</source>
        <translation>Din anteckning om steget: vad som är gjort, vad som kommer härnäst.</translation>
    </message>
    <message>
        <source>Not &amp;done</source>
        <translation>&amp;Inte klart</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Klart</translation>
    </message>
    <message>
        <source>Not appl&amp;icable</source>
        <translation>&amp;Ej tillämpligt</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Senast</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>&amp;Vem gör det</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>Läs &amp;guiden</translation>
    </message>
    <message>
        <source>As&amp;k the helpdesk about this step…</source>
        <translation>&amp;Fråga supporten om det här steget…</translation>
    </message>
    <message>
        <source>Start a help request about this step; you can edit it before sending.</source>
        <translation>Skriv en förfrågan om det här steget; du kan redigera den innan den skickas.</translation>
    </message>
    <message>
        <source>Open the guide “{title}”</source>
        <translation>Öppna guiden ”{title}”</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>The checklist to add to this partnership.</source>
        <translation>Checklistan som ska läggas till i partnerskapet.</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checklista:</translation>
    </message>
    <message>
        <source>&amp;Add checklist</source>
        <translation>&amp;Lägg till checklista</translation>
    </message>
    <message>
        <source>Adds the chosen checklist to this partnership.</source>
        <translation>Lägger till den valda checklistan i det här partnerskapet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No checklist yet. Choose one above and press “Add checklist”: it lists the steps other volunteers found useful, with a guide for many of them.</source>
        <translation>Ingen checklista än. Välj en ovan och tryck på ”Lägg till checklista”: den listar de steg som andra volontärer har haft nytta av, många med en guide.</translation>
    </message>
    <message>
        <source>All checklists added</source>
        <translation>Alla checklistor är tillagda</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>I paketet</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Checking connection…</source>
        <translation>Kontrollerar anslutningen…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Inloggningen avvisades: kontrollera botlösenordet</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Inget wikikonto än – lägg till det under Inställningar</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>Inget lösenord för wikikontot – ange det under Inställningar</translation>
    </message>
    <message>
        <source>{state} (and offline)</source>
        <translation>{state} (och ingen anslutning)</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. Everything you do is saved on this computer and sent later, by itself, when the connection returns.</source>
        <translation>Wikin går inte att nå just nu. Allt du gör sparas på den här datorn och skickas senare, av sig självt, när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the bot login and password in Settings.</source>
        <translation>Wikin godtog inte inloggningen. Kontrollera botinloggningen och lösenordet under Inställningar.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until a wiki account is set up in Settings.</source>
        <translation>Förfrågningar och uppladdningar väntar tills ett wikikonto har lagts till under Inställningar.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until the bot password is entered in Settings.</source>
        <translation>Förfrågningar och uppladdningar väntar tills botlösenordet har angetts under Inställningar.</translation>
    </message>
    <message numerus="yes">
        <source>Requests waiting: %n</source>
        <translation>
            <numerusform>Förfrågningar som väntar: %n</numerusform>
            <numerusform>Förfrågningar som väntar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files to upload: %n</source>
        <translation>
            <numerusform>Filer att ladda upp: %n</numerusform>
            <numerusform>Filer att ladda upp: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{requests} · {uploads}</source>
        <translation>{requests} · {uploads}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Öppna Inställningar</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Kontrollera nu</translation>
    </message>
    <message>
        <source>Offline — your work is saved and will be sent later</source>
        <translation>Offline – ditt arbete är sparat och skickas senare</translation>
    </message>
    <message>
        <source>Check the connection and send what is waiting</source>
        <translation>Kontrollera anslutningen och skicka det som väntar</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>Inget väntar på att skickas</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The wiki warns about a file</source>
        <translation>Wikin varnar för en fil</translation>
    </message>
    <message>
        <source>“{title}” was sent, but the wiki has not published it yet.</source>
        <translation>”{title}” har skickats, men wikin har inte publicerat den än.</translation>
    </message>
    <message>
        <source>&amp;Publish anyway under this name</source>
        <translation>&amp;Publicera ändå under det här namnet</translation>
    </message>
    <message>
        <source>Publish under a &amp;new name:</source>
        <translation>Publicera under ett &amp;nytt namn:</translation>
    </message>
    <message>
        <source>&amp;Skip this file (it is not published)</source>
        <translation>&amp;Hoppa över filen (den publiceras inte)</translation>
    </message>
    <message>
        <source>New file name</source>
        <translation>Nytt filnamn</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>The file&apos;s bytes wait on the wiki: no choice sends them again.</source>
        <translation>Filens innehåll ligger redan och väntar på wikin: inget av valen skickar det igen.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Försök igen nu</translation>
    </message>
    <message>
        <source>Try to send this request at the next connection, without waiting</source>
        <translation>Försök skicka förfrågan vid nästa anslutning, utan att vänta</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Öppna &amp;Inställningar</translation>
    </message>
    <message>
        <source>{channel}: {state}</source>
        <translation>{channel}: {state}</translation>
    </message>
    <message>
        <source>Open the revision</source>
        <translation>Öppna versionen</translation>
    </message>
    <message>
        <source>Message-ID: {id}</source>
        <translation>Message-ID: {id}</translation>
    </message>
    <message>
        <source>It will not be retried until you press Retry now or Send.</source>
        <translation>Inga nya försök görs förrän du trycker på Försök igen nu eller Skicka.</translation>
    </message>
    <message>
        <source>Next try: {time}.</source>
        <translation>Nästa försök: {time}.</translation>
    </message>
    <message>
        <source>It goes out in a moment.</source>
        <translation>Den skickas om en stund.</translation>
    </message>
    <message>
        <source>It goes out at the next connection.</source>
        <translation>Den skickas vid nästa anslutning.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Skickad.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the wiki.</source>
        <translation>Väntar på anslutning till wikin.</translation>
    </message>
</context>
<context>
    <name>DeliveryReasons</name>
    <message>
        <source>No wiki account yet — set it up in Settings.</source>
        <translation>Inget wikikonto än – lägg till det under Inställningar.</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings.</source>
        <translation>Inget lösenord för wikikontot – ange det under Inställningar.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password.</source>
        <translation>Inloggningen avvisades: kontrollera botlösenordet.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>Väntar på anslutning.</translation>
    </message>
    <message>
        <source>No helpdesk page is chosen for this wiki: choose one in Settings and the request goes out by itself.</source>
        <translation>Ingen supportsida är vald för den här wikin: välj en under Inställningar så skickas förfrågan av sig själv.</translation>
    </message>
    <message>
        <source>The wiki does not accept the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>Wikin godtar inte supportsidan: välj en annan under Inställningar så skickas förfrågan av sig själv.</translation>
    </message>
    <message>
        <source>The wiki does not accept “{page}” as the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>Wikin godtar inte ”{page}” som supportsida: välj en annan under Inställningar så skickas förfrågan av sig själv.</translation>
    </message>
    <message>
        <source>The wiki could not be reached.</source>
        <translation>Wikin gick inte att nå.</translation>
    </message>
    <message>
        <source>Someone edited the helpdesk page at the same moment.</source>
        <translation>Någon redigerade supportsidan i samma ögonblick.</translation>
    </message>
    <message>
        <source>The request was changed after sending and has problems to fix first.</source>
        <translation>Förfrågan ändrades efter att den skickats och har problem som måste rättas först.</translation>
    </message>
    <message>
        <source>Email to the helpdesk is not set up any more (Settings).</source>
        <translation>E-post till supporten är inte längre inställd (Inställningar).</translation>
    </message>
    <message>
        <source>The mail server could not be reached.</source>
        <translation>E-postservern gick inte att nå.</translation>
    </message>
    <message>
        <source>The mail server refused the login: check it in Settings.</source>
        <translation>E-postservern avvisade inloggningen: kontrollera den under Inställningar.</translation>
    </message>
    <message>
        <source>No password is stored for the mail server (Settings).</source>
        <translation>Inget lösenord är sparat för e-postservern (Inställningar).</translation>
    </message>
    <message>
        <source>A secure connection to the mail server failed (Settings).</source>
        <translation>En säker anslutning till e-postservern misslyckades (Inställningar).</translation>
    </message>
    <message>
        <source>The mail server refused the helpdesk&apos;s address.</source>
        <translation>E-postservern avvisade supportens adress.</translation>
    </message>
    <message>
        <source>The wiki answered with an error.</source>
        <translation>Wikin svarade med ett fel.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>E-postservern avvisade meddelandet.</translation>
    </message>
    <message>
        <source>The wiki refused the edit.</source>
        <translation>Wikin avvisade redigeringen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Något oväntat gick fel.</translation>
    </message>
</context>
<context>
    <name>DeskArea</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Helpdeskens skrivbord</translation>
    </message>
    <message>
        <source>Requests to the helpdesk from the wiki pages and the mailbox, kept on this computer: triage, review and reply offline; the next sync sends what you queue.</source>
        <translation>Förfrågningar till helpdesken från wikisidorna och brevlådan, sparade på den här datorn: sortera, granska och svara utan uppkoppling; nästa synkronisering skickar det du köar.</translation>
    </message>
    <message>
        <source>Search requests, requesters, partners…</source>
        <translation>Sök förfrågningar, avsändare, partner…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla lägen</translation>
    </message>
    <message>
        <source>Committee &amp;pack…</source>
        <translation>Underlag till &amp;kommittén…</translation>
    </message>
    <message>
        <source>The requests of the month on the left, or the selected requests.</source>
        <translation>Förfrågningarna från månaden till vänster, eller de markerade förfrågningarna.</translation>
    </message>
    <message>
        <source>Month of the pack (YYYY-MM)</source>
        <translation>Underlagets månad (ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Sök förfrågningar</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Förfrågan</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Sortering</translation>
    </message>
    <message>
        <source>Fetch &amp;new requests</source>
        <translation>Hämta &amp;nya förfrågningar</translation>
    </message>
    <message>
        <source>Shows only requests in the chosen state.</source>
        <translation>Visar bara förfrågningar i det valda läget.</translation>
    </message>
    <message>
        <source>Reads the helpdesk pages now for new requests.</source>
        <translation>Läser helpdesksidorna nu efter nya förfrågningar.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>Sva&amp;r</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>State saved; it is shared with the next sync.</source>
        <translation>Läget är sparat; det delas vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Granskningen är sparad.</translation>
    </message>
    <message>
        <source>Reply queued; the next sync sends it.</source>
        <translation>Svaret ligger i kö; nästa synkronisering skickar det.</translation>
    </message>
    <message>
        <source>Writing the committee pack…</source>
        <translation>Skriver underlaget till kommittén…</translation>
    </message>
    <message>
        <source>Save the committee pack</source>
        <translation>Spara underlaget till kommittén</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Offline: showing what was fetched before.</source>
        <translation>Ingen uppkoppling: visar det som hämtades tidigare.</translation>
    </message>
    <message>
        <source>Fetched, but not everything could be read: {sources}</source>
        <translation>Hämtat, men allt kunde inte läsas: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s).</source>
        <translation>
            <numerusform>%n ny förfrågan.</numerusform>
            <numerusform>%n nya förfrågningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching failed; the log has the details.</source>
        <translation>Hämtningen misslyckades; loggen har detaljerna.</translation>
    </message>
    <message>
        <source>The pack could not be written; the log has the details.</source>
        <translation>Underlaget till kommittén kunde inte skrivas; loggen har detaljerna.</translation>
    </message>
    <message numerus="yes">
        <source>Committee pack written: {path} (%n request(s)).</source>
        <translation>
            <numerusform>Underlaget till kommittén är skrivet: {path} (%n förfrågan).</numerusform>
            <numerusform>Underlaget till kommittén är skrivet: {path} (%n förfrågningar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskProblems</name>
    <message>
        <source>Give the mailbox as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Ange brevlådan som VÄRD:PORT, t.ex. imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose implicit TLS, STARTTLS or none for the mailbox.</source>
        <translation>Välj TLS, STARTTLS eller ingen för brevlådan.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>Ange månaden som ÅÅÅÅ-MM.</translation>
    </message>
    <message>
        <source>Save the pack as .pdf, .html or .csv.</source>
        <translation>Spara underlaget som .pdf, .html eller .csv.</translation>
    </message>
    <message>
        <source>Choose one of the reply templates.</source>
        <translation>Välj en av svarsmallarna.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Svaret är tomt.</translation>
    </message>
    <message>
        <source>The reply is too long.</source>
        <translation>Svaret är för långt.</translation>
    </message>
    <message>
        <source>This request cannot be answered from here: it is no longer on the wiki page and did not come by mail.</source>
        <translation>Förfrågan kan inte besvaras härifrån: den finns inte längre på wikisidan och kom inte med e-post.</translation>
    </message>
    <message>
        <source>Give your name as reviewer.</source>
        <translation>Ange ditt namn som granskare.</translation>
    </message>
    <message>
        <source>Give every criterion a score from 1 to 5.</source>
        <translation>Ge varje kriterium ett betyg från 1 till 5.</translation>
    </message>
    <message>
        <source>Choose one of the request states.</source>
        <translation>Välj ett av förfrågningens lägen.</translation>
    </message>
</context>
<context>
    <name>DeskRequestList</name>
    <message>
        <source>Gathered requests; the one selected is shown beside them.</source>
        <translation>Insamlade förfrågningar; den valda visas bredvid.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Requests to the helpdesk</source>
        <translation>Förfrågningar till helpdesken</translation>
    </message>
    <message>
        <source>{state} (not yet shared)</source>
        <translation>{state} (inte delat än)</translation>
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
        <translation>Förfrågan så som den som frågade skrev den.</translation>
    </message>
    <message>
        <source>Other requests of this requester or partner</source>
        <translation>Andra förfrågningar från samma avsändare eller partner</translation>
    </message>
    <message>
        <source>The request as written</source>
        <translation>Förfrågan som den skrevs</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>Från: {who}</translation>
    </message>
    <message>
        <source>Partner: {partner}</source>
        <translation>Partner: {partner}</translation>
    </message>
    <message>
        <source>Received {date} by {channels}</source>
        <translation>Mottagen {date} via {channels}</translation>
    </message>
    <message>
        <source>— Later message from {sender} —</source>
        <translation>— Senare meddelande från {sender} —</translation>
    </message>
    <message>
        <source>Attachment: {name} ({type}, {size} bytes)</source>
        <translation>Bilaga: {name} ({type}, {size} byte)</translation>
    </message>
    <message>
        <source>— Reply by {author} {when} —</source>
        <translation>— Svar från {author} {when} —</translation>
    </message>
    <message>
        <source>(No longer on {where}.)</source>
        <translation>(Finns inte längre på {where}.)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsWidget</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Helpdeskens skrivbord</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>&amp;Jag arbetar på en helpdesk (visa helpdeskens skrivbord)</translation>
    </message>
    <message>
        <source>Re&amp;quest pages (one per line)</source>
        <translation>Sidor med &amp;förfrågningar (en per rad)</translation>
    </message>
    <message>
        <source>Mail server (host:port)</source>
        <translation>E-postserver (värd:port)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>E-postinloggning</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>E-postlösenord</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Lämna tomt för att behålla det sparade lösenordet</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>Shows the Helpdesk desk, where requests are gathered, reviewed and answered.</source>
        <translation>Visar supportens skrivbord, där förfrågningar samlas, granskas och besvaras.</translation>
    </message>
    <message>
        <source>The wiki pages where people post requests to the helpdesk.</source>
        <translation>Wikisidorna där man lämnar förfrågningar till supporten.</translation>
    </message>
    <message>
        <source>The mailbox where requests sent by email arrive.</source>
        <translation>Brevlådan dit förfrågningar som skickas med e-post kommer.</translation>
    </message>
    <message>
        <source>The login for that mailbox.</source>
        <translation>Inloggningen till den brevlådan.</translation>
    </message>
    <message>
        <source>The mailbox folder to read, usually INBOX.</source>
        <translation>Mappen i brevlådan som ska läsas, oftast INBOX.</translation>
    </message>
    <message>
        <source>How the connection to the mail server is encrypted.</source>
        <translation>Hur anslutningen till e-postservern krypteras.</translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation>Spara skrivbordets inställningar</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Sparar inställningarna i den här gruppen.</translation>
    </message>
    <message>
        <source>Desk settings saved; the password is in the keyring.</source>
        <translation>Skrivbordets inställningar är sparade; lösenordet ligger i nyckelringen.</translation>
    </message>
    <message>
        <source>Desk settings saved, but not the password: this system has no keyring. Set FIELDKIT_IMAP_PASSWORD before starting Fieldkit.</source>
        <translation>Skrivbordets inställningar är sparade, men inte lösenordet: systemet har ingen nyckelring. Sätt FIELDKIT_IMAP_PASSWORD innan du startar Fieldkit.</translation>
    </message>
    <message>
        <source>Desk settings saved.</source>
        <translation>Skrivbordets inställningar är sparade.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Inget sparades.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Inte sparat: {error}</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Behöver mer information</translation>
    </message>
    <message>
        <source>With the committee</source>
        <translation>Hos kommittén</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Legal &amp; ethical</source>
        <translation>Juridik och etik</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Hållbarhet</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bekräfta mottagandet</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Be om mer information</translation>
    </message>
    <message>
        <source>Decision with reasons</source>
        <translation>Beslut med motivering</translation>
    </message>
    <message>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>väntar på att skickas</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>skickas</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <source>not sent yet (will retry)</source>
        <translation>inte skickat än (försöker igen)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What Fieldkit read from the file itself.</source>
        <translation>Det som Fieldkit läste ur själva filen.</translation>
    </message>
    <message>
        <source>The file page as it will be uploaded; read only.</source>
        <translation>Filsidan så som den kommer att laddas upp; kan inte ändras här.</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>F&amp;ält</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Li&amp;cence &amp;&amp; location</source>
        <translation>Li&amp;cens och plats</translation>
    </message>
    <message>
        <source>&amp;Wikitext</source>
        <translation>&amp;Wikitext</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detaljer om den valda filen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Facts about the file</source>
        <translation>Fakta om filen</translation>
    </message>
    <message>
        <source>Wikitext of the file page</source>
        <translation>Filsidans wikitext</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Läser in förhandsvisning…</translation>
    </message>
    <message>
        <source>No preview: the file cannot be shown.</source>
        <translation>Ingen förhandsvisning: filen kan inte visas.</translation>
    </message>
    <message>
        <source>Select a file in the table to see and edit it.</source>
        <translation>Markera en fil i tabellen för att se och redigera den.</translation>
    </message>
    <message>
        <source>On the wiki: {name}</source>
        <translation>På wikin: {name}</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixlar</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Kamera: {camera}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Tagen: {time}</translation>
    </message>
    <message>
        <source>Records a camera location</source>
        <translation>Innehåller kamerans platsuppgifter</translation>
    </message>
    <message>
        <source>No wikitext yet:</source>
        <translation>Ingen wikitext än:</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full: free {mb} MB on the disk of {folder}, then try again. What you typed is still here and nothing saved before is lost.</source>
        <translation>Disken är full: frigör {mb} MB på disken där {folder} ligger och försök sedan igen. Det du skrev finns kvar och inget som sparats tidigare har gått förlorat.</translation>
    </message>
    <message>
        <source>Could not save (details in the log).</source>
        <translation>Kunde inte spara (detaljer i loggen).</translation>
    </message>
    <message>
        <source>Fieldkit cannot open its data because the disk is full: free {mb} MB on the disk of {folder}, then start Fieldkit again. Nothing saved before is lost.</source>
        <translation>Fieldkit kan inte öppna sina data eftersom disken är full: frigör {mb} MB på disken där {folder} ligger och starta sedan Fieldkit igen. Inget som sparats tidigare har gått förlorat.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Disken är full</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Cannot write files without an extension: use .pdf, .odt or .html.</source>
        <translation>Kan inte skriva filer utan filändelse: använd .pdf, .odt eller .html.</translation>
    </message>
    <message>
        <source>Cannot write {suffix}: use .pdf, .odt or .html.</source>
        <translation>Kan inte skriva {suffix}: använd .pdf, .odt eller .html.</translation>
    </message>
    <message>
        <source>Qt wrote no PDF to {path}.</source>
        <translation>Qt skrev ingen PDF till {path}.</translation>
    </message>
    <message>
        <source>Qt could not write an ODT file to {path}.</source>
        <translation>Qt kunde inte skriva en ODT-fil till {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {error}</source>
        <translation>Kunde inte skriva i {folder}: {error}</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}</source>
        <translation>Kunde inte skriva {target}: {error}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportera paket</translation>
    </message>
    <message>
        <source>A bundle carries a partnership — its checklists, help requests and batches, and the files themselves — to another computer on a USB stick. Import it there; later a receipt brings back what became of it.</source>
        <translation>Ett paket tar med ett partnerskap – dess checklistor, förfrågningar och omgångar, och själva filerna – till en annan dator på ett USB-minne. Importera det där; senare tar ett kvitto tillbaka besked om vad som hände med det.</translation>
    </message>
    <message>
        <source>Include the media files</source>
        <translation>Ta med mediefilerna</translation>
    </message>
    <message>
        <source>Parts of 3.9 GiB (for FAT32 sticks)</source>
        <translation>Delar på 3,9 GiB (för FAT32-minnen)</translation>
    </message>
    <message>
        <source>Parts of 700 MiB</source>
        <translation>Delar på 700 MiB</translation>
    </message>
    <message>
        <source>One file, however large</source>
        <translation>En enda fil, hur stor den än blir</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partnerskap:</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Omgångar:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Dela upp:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Fieldkit-paket (*.fkb)</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Descriptions and captions</source>
        <translation>Beskrivningar och bildtexter</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>&amp;Språkkod:</translation>
    </message>
    <message>
        <source>e.g. sv</source>
        <translation>t.ex. sv</translation>
    </message>
    <message>
        <source>Add description</source>
        <translation>Lägg till beskrivning</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Lägg till bildtext</translation>
    </message>
    <message>
        <source>Adds a description in the language code above.</source>
        <translation>Lägger till en beskrivning på språkkoden ovan.</translation>
    </message>
    <message>
        <source>Adds a caption in the language code above.</source>
        <translation>Lägger till en bildtext på språkkoden ovan.</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Skilj flera kategorier åt med |</translation>
    </message>
    <message>
        <source>The file&apos;s name on Commons, without “File:” and the extension.</source>
        <translation>Filens namn på Commons, utan ”File:” och filändelse.</translation>
    </message>
    <message>
        <source>When the work was made or the photo taken: a date, a year or circa.</source>
        <translation>När verket skapades eller fotot togs: ett datum, ett år eller ungefär.</translation>
    </message>
    <message>
        <source>Who made the work, as Commons should credit them.</source>
        <translation>Vem som skapade verket, så som Commons ska ange upphovspersonen.</translation>
    </message>
    <message>
        <source>Where the file comes from: the collection, an inventory number.</source>
        <translation>Var filen kommer ifrån: samlingen, ett inventarienummer.</translation>
    </message>
    <message>
        <source>The museum, archive or library that holds the original.</source>
        <translation>Museet, arkivet eller biblioteket som har originalet.</translation>
    </message>
    <message>
        <source>Wikidata items the file shows (Q-numbers), separated by |.</source>
        <translation>Wikidata-objekt som filen visar (Q-nummer), åtskilda med |.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees north.</source>
        <translation>Var fotot togs, i decimala grader nord.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees east.</source>
        <translation>Var fotot togs, i decimala grader öst.</translation>
    </message>
    <message>
        <source>The file page&apos;s layout: information, artwork or photograph.</source>
        <translation>Filsidans mall: information, artwork eller photograph.</translation>
    </message>
    <message>
        <source>Your own note of where the file stands: new, done, skip…</source>
        <translation>Din egen anteckning om var filen står: ny, klar, hoppa över …</translation>
    </message>
    <message>
        <source>What the file shows, in this language.</source>
        <translation>Vad filen visar, på det här språket.</translation>
    </message>
    <message>
        <source>One short line about the file, in this language.</source>
        <translation>En kort rad om filen, på det här språket.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Find and replace in the selected files (%n)</source>
        <translation>
            <numerusform>Sök och ersätt i den markerade filen (%n)</numerusform>
            <numerusform>Sök och ersätt i de markerade filerna (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All text fields</source>
        <translation>Alla textfält</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Reguljärt uttryck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Skilj på stora och små bokstäver</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Ersätt med:</translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation>&amp;I:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The sample partnership was removed.</source>
        <translation>Exempelpartnerskapet togs bort.</translation>
    </message>
</context>
<context>
    <name>GuidesBrowser</name>
    <message>
        <source>The guides; the one selected is shown beside them.</source>
        <translation>Guiderna; den valda visas bredvid.</translation>
    </message>
    <message>
        <source>The text of the selected guide.</source>
        <translation>Texten i den valda guiden.</translation>
    </message>
    <message>
        <source>&amp;Search the guides</source>
        <translation>&amp;Sök i guiderna</translation>
    </message>
    <message>
        <source>e.g. licence, metadata, upload</source>
        <translation>t.ex. licens, metadata, uppladdning</translation>
    </message>
    <message>
        <source>No guide contains all of these words. Try fewer or other words.</source>
        <translation>Ingen guide innehåller alla de här orden. Försök med färre eller andra ord.</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Guidens text</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
</context>
<context>
    <name>HelpWantedBox</name>
    <message>
        <source>Tick each kind of help you need.</source>
        <translation>Kryssa för varje slags hjälp du behöver.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importera paket</translation>
    </message>
    <message>
        <source>Everything in the bundle is checked before anything is changed. Records edited on both computers are shown as conflicts with both values; nothing is overwritten. Its media files are copied into the folder below.</source>
        <translation>Allt i paketet kontrolleras innan något ändras. Uppgifter som har redigerats på båda datorerna visas som konflikter med båda värdena; ingenting skrivs över. Paketets mediefiler kopieras till mappen nedan.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Media files go to:</source>
        <translation>Mediefilerna hamnar i:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Fieldkit-paket (*.fkb)</translation>
    </message>
    <message>
        <source>Where the media files go</source>
        <translation>Var mediefilerna ska hamna</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n tillagd</numerusform>
            <numerusform>%n tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n flyttad</numerusform>
            <numerusform>%n flyttade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n saknas</numerusform>
            <numerusform>%n saknas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (unreadable)</source>
        <translation>
            <numerusform>%n överhoppad (oläslig)</numerusform>
            <numerusform>%n överhoppade (oläsliga)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not media, left out: {names}</source>
        <translation>
            <numerusform>%n är inte media och lämnades utanför: {names}</numerusform>
            <numerusform>%n är inte media och lämnades utanför: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the files looked at so far are updated.</source>
        <translation>Avbrutet; filerna som hann granskas är uppdaterade.</translation>
    </message>
    <message>
        <source>Looked again: {counts}.</source>
        <translation>Granskat igen: {counts}.</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>inga filer</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importen avbröts; ingenting lades till.</translation>
    </message>
    <message>
        <source>No files found to import.</source>
        <translation>Inga filer att importera hittades.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importen är klar: {counts}.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Hoppade över {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped.</source>
        <translation>
            <numerusform>…och %n till hoppades över.</numerusform>
            <numerusform>…och %n till hoppades över.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>Välkommen till Fieldkit</translation>
    </message>
    <message>
        <source>Fieldkit helps you bring a museum&apos;s, an archive&apos;s or a library&apos;s collection to Wikimedia Commons: plan the partnership, prepare the files and upload them, also without a connection. Three short questions first.</source>
        <translation>Fieldkit hjälper dig att föra ett museums, ett arkivs eller ett biblioteks samling till Wikimedia Commons: planera partnerskapet, förbered filerna och ladda upp dem, också utan anslutning. Först tre korta frågor.</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldkit:</source>
        <translation>&amp;Språk i Fieldkit:</translation>
    </message>
    <message>
        <source>You can change every answer later in Settings.</source>
        <translation>Du kan ändra alla svar senare under Inställningar.</translation>
    </message>
</context>
<context>
    <name>LicenceChooser</name>
    <message>
        <source>The free licence the partner agrees to publish the files under.</source>
        <translation>Den fria licens som partnern går med på att filerna publiceras under.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Inte vald än</translation>
    </message>
    <message>
        <source>What it means for the partner</source>
        <translation>Vad den innebär för partnern</translation>
    </message>
    <message>
        <source>Choose the licence the partner agrees to; the guide “Talking about licences” helps with that conversation.</source>
        <translation>Välj den licens som partnern godkänner; guiden ”Talking about licences” hjälper dig i det samtalet.</translation>
    </message>
    <message>
        <source>This licence is no longer in Fieldkit&apos;s list; choose another.</source>
        <translation>Den här licensen finns inte längre i Fieldkits lista; välj en annan.</translation>
    </message>
</context>
<context>
    <name>LogArea</name>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Fieldkit&apos;s log: what it did and what went wrong.</source>
        <translation>Fieldkits logg: vad den gjorde och vad som gick fel.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Upp&amp;datera</translation>
    </message>
    <message>
        <source>Reads the log file again.</source>
        <translation>Läser loggfilen på nytt.</translation>
    </message>
    <message>
        <source>What Fieldkit did recently. The full log is in {path}</source>
        <translation>Vad Fieldkit har gjort på sistone. Hela loggen finns i {path}</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Loggen är tom.</translation>
    </message>
    <message>
        <source>Recent log lines</source>
        <translation>Senaste loggraderna</translation>
    </message>
    <message>
        <source>The log could not be read: {error}</source>
        <translation>Loggen kunde inte läsas: {error}</translation>
    </message>
</context>
<context>
    <name>LogLinks</name>
    <message>
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Requests to the helpdesk&apos;s email address are sent through your mail provider&apos;s outgoing server; its help pages name it (for example smtp.example.org:587).</source>
        <translation>Förfrågningar till helpdeskens e-postadress skickas via din e-postleverantörs server för utgående post; leverantörens hjälpsidor anger den (till exempel smtp.example.org:587).</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>Kr&amp;yptering</translation>
    </message>
    <message>
        <source>Mail pa&amp;ssword</source>
        <translation>E-postl&amp;ösenord</translation>
    </message>
    <message>
        <source>Optional: the mailbox where the helpdesk&apos;s answers to your mailed requests arrive (IMAP), so Fieldkit shows them beside each request.</source>
        <translation>Valfritt: brevlådan där helpdeskens svar på dina mejlade förfrågningar kommer (IMAP), så att Fieldkit visar dem vid varje förfrågan.</translation>
    </message>
    <message>
        <source>Outgoing server (host:port)</source>
        <translation>Utgående server (värd:port)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>E-postinloggning</translation>
    </message>
    <message>
        <source>S&amp;ender address</source>
        <translation>Avsända&amp;radress</translation>
    </message>
    <message>
        <source>Mailbox for replies (host:port)</source>
        <translation>Brevlåda för svar (värd:port)</translation>
    </message>
    <message>
        <source>Mailbo&amp;x user name</source>
        <translation>&amp;Brevlådans användarnamn</translation>
    </message>
    <message>
        <source>Mailbox passwor&amp;d</source>
        <translation>Brevl&amp;ådans lösenord</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Lämna tomt för att behålla det sparade lösenordet</translation>
    </message>
    <message>
        <source>for example smtp.example.org:587</source>
        <translation>till exempel smtp.example.org:587</translation>
    </message>
    <message>
        <source>for example imap.example.org:993</source>
        <translation>till exempel imap.example.org:993</translation>
    </message>
    <message>
        <source>for example name@example.org</source>
        <translation>till exempel namn@example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (a server on this computer or network only)</source>
        <translation>Ingen (bara för en server på den här datorn eller i nätverket)</translation>
    </message>
    <message>
        <source>Save email settings</source>
        <translation>Spara e-postinställningar</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Sparar inställningarna i den här gruppen.</translation>
    </message>
    <message>
        <source>Email settings saved, but not the mail password: the keyring refused it. Set FIELDKIT_SMTP_PASSWORD before starting Fieldkit.</source>
        <translation>E-postinställningarna är sparade, men inte e-postlösenordet: nyckelringen tog inte emot det. Sätt FIELDKIT_SMTP_PASSWORD innan du startar Fieldkit.</translation>
    </message>
    <message>
        <source>Email settings saved.</source>
        <translation>E-postinställningarna är sparade.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Inget sparades.</translation>
    </message>
    <message>
        <source>The email settings could not be saved; the log has the details.</source>
        <translation>E-postinställningarna kunde inte sparas; loggen har detaljerna.</translation>
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
        <translation>Områden</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Prepare a partner&apos;s files for Commons: import them into a batch, describe them, and fix what the checks find. Everything is saved at once, offline.</source>
        <translation>Förbered en partners filer för Commons: importera dem till en omgång, beskriv dem och åtgärda det som kontrollerna hittar. Allt sparas direkt, även utan uppkoppling.</translation>
    </message>
    <message>
        <source>No batches yet. Press “New batch…” to start one for a partnership; then import files or drag a folder here.</source>
        <translation>Inga omgångar än. Tryck på ”Ny omgång…” för att starta en för ett partnerskap; importera sedan filer eller dra hit en mapp.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln files…</source>
        <translation>
            <numerusform>Läser in %Ln fil…</numerusform>
            <numerusform>Läser in %Ln filer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Läser in filer…</translation>
    </message>
    <message>
        <source>This batch has no files yet. Press “Import files…” or “Import folder…”, or drag files and folders here. The files themselves are never changed.</source>
        <translation>Omgången har inga filer än. Tryck på ”Importera filer…” eller ”Importera mapp…”, eller dra hit filer och mappar. Själva filerna ändras aldrig.</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Okända platshållare: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>New titles: %n.</source>
        <translation>
            <numerusform>Nya titlar: %n.</numerusform>
            <numerusform>Nya titlar: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Upphovsperson</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Depicts (Wikidata)</source>
        <translation>Avbildar (Wikidata)</translation>
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
        <translation>Mall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MediaProblems</name>
    <message>
        <source>Choose a licence.</source>
        <translation>Välj en licens.</translation>
    </message>
    <message>
        <source>The licence is not in Fieldkit&apos;s catalogue.</source>
        <translation>Licensen finns inte i Fieldkits katalog.</translation>
    </message>
    <message>
        <source>Say who made the work.</source>
        <translation>Ange vem som har skapat verket.</translation>
    </message>
    <message>
        <source>Say where the file comes from.</source>
        <translation>Ange var filen kommer ifrån.</translation>
    </message>
    <message>
        <source>Give a date, or “unknown” if nobody knows it.</source>
        <translation>Ange ett datum, eller ”unknown” om ingen vet det.</translation>
    </message>
    <message>
        <source>Write at least one description or caption.</source>
        <translation>Skriv minst en beskrivning eller bildtext.</translation>
    </message>
    <message>
        <source>The file has no title.</source>
        <translation>Filen har ingen titel.</translation>
    </message>
    <message>
        <source>The file records where it was taken. Choose for the batch whether to keep or remove the location before upload.</source>
        <translation>Filen innehåller uppgifter om var den togs. Välj för omgången om platsuppgifterna ska behållas eller tas bort före uppladdningen.</translation>
    </message>
    <message>
        <source>The file records where it was taken; the location will be published.</source>
        <translation>Filen innehåller uppgifter om var den togs; platsen kommer att publiceras.</translation>
    </message>
    <message>
        <source>The location will be removed from the uploaded copy (the original stays).</source>
        <translation>Platsuppgifterna tas bort från den uppladdade kopian (originalet lämnas orört).</translation>
    </message>
    <message>
        <source>The file is not where it was imported from.</source>
        <translation>Filen finns inte kvar där den importerades från.</translation>
    </message>
    <message>
        <source>The file changed on disk since it was imported.</source>
        <translation>Filen har ändrats på disken sedan den importerades.</translation>
    </message>
    <message>
        <source>The file is damaged; it cannot be uploaded as it is.</source>
        <translation>Filen är skadad; den kan inte laddas upp som den är.</translation>
    </message>
    <message>
        <source>The file is cut short (incomplete); it cannot be uploaded.</source>
        <translation>Filen är avkortad (ofullständig); den kan inte laddas upp.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
    <message>
        <source>The same file is in this batch more than once.</source>
        <translation>Samma fil finns mer än en gång i omgången.</translation>
    </message>
    <message>
        <source>“{title}” is a camera file name and says nothing about the content.</source>
        <translation>”{title}” är ett filnamn från kameran och säger ingenting om innehållet.</translation>
    </message>
    <message>
        <source>The title contains characters not allowed: {characters}</source>
        <translation>Titeln innehåller otillåtna tecken: {characters}</translation>
    </message>
    <message>
        <source>The title is {bytes} bytes long; the limit is {limit} bytes.</source>
        <translation>Titeln är {bytes} byte lång; gränsen är {limit} byte.</translation>
    </message>
    <message>
        <source>Another file in this batch has the title “{title}”.</source>
        <translation>En annan fil i omgången har titeln ”{title}”.</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Okända platshållare: {fields}</translation>
    </message>
    <message>
        <source>File names cannot contain {characters} (the wiki would rename the file); for example: “{suggestion}”.</source>
        <translation>Filnamn får inte innehålla {characters} (wikin skulle byta namn på filen); till exempel: ”{suggestion}”.</translation>
    </message>
    <message>
        <source>Uploaded and verified as “{title}”.</source>
        <translation>Uppladdad och kontrollerad som ”{title}”.</translation>
    </message>
    <message>
        <source>The folder cannot be opened ({reason}), so its files were not imported. Check its permissions, or move it to a shorter path.</source>
        <translation>Mappen kan inte öppnas ({reason}), så dess filer importerades inte. Kontrollera behörigheterna, eller flytta den till en kortare sökväg.</translation>
    </message>
    <message>
        <source>The title contains control characters or “~~~”; remove them.</source>
        <translation>Titeln innehåller styrtecken eller ”~~~”; ta bort dem.</translation>
    </message>
    <message>
        <source>The title ends in .{title_extension} but the file is a .{file_extension} file.</source>
        <translation>Titeln slutar på .{title_extension} men filen är en .{file_extension}-fil.</translation>
    </message>
    <message>
        <source>The title “{title}” is already used in the batch “{batch}”.</source>
        <translation>Titeln ”{title}” används redan i omgången ”{batch}”.</translation>
    </message>
    <message>
        <source>A file named “{title}” already exists on the wiki.</source>
        <translation>En fil med namnet ”{title}” finns redan på wikin.</translation>
    </message>
    <message>
        <source>This file was already imported in the batch “{batch}”.</source>
        <translation>Filen har redan importerats i omgången ”{batch}”.</translation>
    </message>
    <message>
        <source>This file is already on the wiki as “{title}”.</source>
        <translation>Filen finns redan på wikin som ”{title}”.</translation>
    </message>
    <message>
        <source>“{date}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”.</source>
        <translation>”{date}” är inget datum; skriv ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller ”unknown”.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Filen är tom (0 byte).</translation>
    </message>
    <message>
        <source>The file is {size}; the wiki accepts at most {limit}.</source>
        <translation>Filen är {size}; wikin tar emot högst {limit}.</translation>
    </message>
    <message>
        <source>The file is larger than {limit}; it is uploaded in chunks.</source>
        <translation>Filen är större än {limit}; den laddas upp i delar.</translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid text (it has bytes that are not UTF-8), so it was not imported. Rename the file and import again.</source>
        <translation>Filens namn är inte giltig text (det innehåller byte som inte är UTF-8), så filen importerades inte. Byt namn på filen och importera den igen.</translation>
    </message>
    <message>
        <source>The batch needs a name.</source>
        <translation>Omgången behöver ett namn.</translation>
    </message>
    <message>
        <source>The batch name is longer than {max} characters.</source>
        <translation>Omgångens namn är längre än {max} tecken.</translation>
    </message>
    <message>
        <source>The batch name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>Omgångens namn innehåller styrtecken ({characters}), till exempel en radbrytning; skriv det på en rad.</translation>
    </message>
    <message>
        <source>The folder&apos;s name is not valid text (it has bytes that are not UTF-8), so its files were not imported. Rename the folder and import again.</source>
        <translation>Mappens namn är inte giltig text (det innehåller byte som inte är UTF-8), så dess filer importerades inte. Byt namn på mappen och importera den igen.</translation>
    </message>
    <message>
        <source>The location cannot be removed from this kind of file without changing the picture; remove it with another program, or keep it.</source>
        <translation>Platsuppgifterna går inte att ta bort ur den här sortens fil utan att ändra bilden; ta bort dem med ett annat program eller behåll dem.</translation>
    </message>
    <message>
        <source>The location could not be removed from a copy of the file (is the disk full?). The file was not queued.</source>
        <translation>Platsuppgifterna kunde inte tas bort ur en kopia av filen (är disken full?). Filen lades inte i kö.</translation>
    </message>
    <message>
        <source>The GPS position in the file cannot be read; it is ignored.</source>
        <translation>GPS-positionen i filen går inte att läsa; den ignoreras.</translation>
    </message>
    <message>
        <source>The orientation recorded in the file is not valid; it is ignored.</source>
        <translation>Orienteringen som är sparad i filen är inte giltig; den ignoreras.</translation>
    </message>
    <message>
        <source>The embedded metadata (EXIF) could not be read; it is ignored.</source>
        <translation>Den inbäddade metadatan (EXIF) gick inte att läsa; den ignoreras.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>Rad {row} motsvarar ingen fil i omgången.</translation>
    </message>
    <message>
        <source>The column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>Kolumnen ”{column}” är inget fält i Fieldkit; rader med ett värde i den avvisas.</translation>
    </message>
    <message>
        <source>This is a named pipe, not a file with content; it was not read.</source>
        <translation>Det här är ett namngivet rör (named pipe), ingen fil med innehåll; den lästes inte.</translation>
    </message>
    <message>
        <source>This is a socket, not a file with content; it was not read.</source>
        <translation>Det här är en socket, ingen fil med innehåll; den lästes inte.</translation>
    </message>
    <message>
        <source>This is a device or special file, not a file with content; it was not read.</source>
        <translation>Det här är en enhet eller specialfil, ingen fil med innehåll; den lästes inte.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Convert it to JPEG (for example with GIMP or ImageMagick).</source>
        <translation>Konvertera den till JPEG (till exempel med GIMP eller ImageMagick).</translation>
    </message>
    <message>
        <source>Develop the camera RAW file to TIFF or JPEG (for example with darktable).</source>
        <translation>Framkalla kamerans RAW-fil till TIFF eller JPEG (till exempel med darktable).</translation>
    </message>
    <message>
        <source>Export the document to PDF (for example with LibreOffice).</source>
        <translation>Exportera dokumentet till PDF (till exempel med LibreOffice).</translation>
    </message>
    <message>
        <source>Spreadsheets are not media: put the data in the file descriptions, or export to PDF.</source>
        <translation>Kalkylark är inte media: lägg uppgifterna i filbeskrivningarna eller exportera till PDF.</translation>
    </message>
    <message>
        <source>Export the presentation to PDF (for example with LibreOffice).</source>
        <translation>Exportera presentationen till PDF (till exempel med LibreOffice).</translation>
    </message>
    <message>
        <source>Unpack the archive and import the files in it.</source>
        <translation>Packa upp arkivet och importera filerna i det.</translation>
    </message>
    <message>
        <source>Convert it to PNG (lossless), for example with GIMP.</source>
        <translation>Konvertera den till PNG (förlustfritt), till exempel med GIMP.</translation>
    </message>
    <message>
        <source>Convert the video to WebM (for example with ffmpeg or HandBrake).</source>
        <translation>Konvertera videon till WebM (till exempel med ffmpeg eller HandBrake).</translation>
    </message>
    <message>
        <source>Convert the sound to Ogg or FLAC (for example with Audacity).</source>
        <translation>Konvertera ljudet till Ogg eller FLAC (till exempel med Audacity).</translation>
    </message>
    <message>
        <source>Not a media file; it was not added to the batch.</source>
        <translation>Ingen mediefil; den lades inte till i omgången.</translation>
    </message>
    <message>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>Wikin tar inte emot .{extension}-filer.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>vanlig text</translation>
    </message>
    <message>
        <source>not a recognised format</source>
        <translation>inget känt format</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source>The file is named .{extension} but its content is {kind}.</source>
        <translation>Filen heter .{extension} men innehållet är {kind}.</translation>
    </message>
    <message>
        <source>Make a smaller copy (a lower quality setting) or split the film into parts.</source>
        <translation>Gör en mindre kopia (med lägre kvalitetsinställning) eller dela upp filmen i delar.</translation>
    </message>
    <message>
        <source>Make a smaller copy (Opus at a lower bitrate) or split the recording into parts.</source>
        <translation>Gör en mindre kopia (Opus med lägre bithastighet) eller dela upp inspelningen i delar.</translation>
    </message>
    <message>
        <source>Make a smaller copy in Opus, or split the recording into parts.</source>
        <translation>Gör en mindre kopia i Opus, eller dela upp inspelningen i delar.</translation>
    </message>
    <message>
        <source>Save it as FLAC (lossless, about half the size) or split the recording into parts.</source>
        <translation>Spara den som FLAC (förlustfritt, ungefär halva storleken) eller dela upp inspelningen i delar.</translation>
    </message>
    <message>
        <source>Split the document into volumes (for example with PDFsam or qpdf).</source>
        <translation>Dela upp dokumentet i volymer (till exempel med PDFsam eller qpdf).</translation>
    </message>
    <message>
        <source>Save a compressed copy (LZW or Deflate TIFF) or a JPEG for the wiki.</source>
        <translation>Spara en komprimerad kopia (TIFF med LZW eller Deflate) eller en JPEG till wikin.</translation>
    </message>
    <message>
        <source>Make a smaller copy or split it into parts first.</source>
        <translation>Gör först en mindre kopia eller dela upp den i delar.</translation>
    </message>
    <message>
        <source>For example: {command}</source>
        <translation>Till exempel: {command}</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Måste åtgärdas</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Obs</translation>
    </message>
    <message>
        <source>Set licence</source>
        <translation>Ange licens</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Ta bort platsuppgifter</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Tillämpa titelmönster</translation>
    </message>
    <message>
        <source>Replace with “-”</source>
        <translation>Ersätt med ”-”</translation>
    </message>
</context>
<context>
    <name>MediaTableEditor</name>
    <message>
        <source>The files of the batch; the one selected is shown beside them.</source>
        <translation>Omgångens filer; den valda visas bredvid.</translation>
    </message>
    <message>
        <source>Hides the files that are ready to upload.</source>
        <translation>Döljer filerna som är klara att laddas upp.</translation>
    </message>
    <message>
        <source>Filter by file, title, description, author, source or category</source>
        <translation>Filtrera på fil, titel, beskrivning, upphovsperson, källa eller kategori</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrera filer</translation>
    </message>
    <message>
        <source>&amp;Only files with problems</source>
        <translation>Bara fi&amp;ler med problem</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Redigera markerade…</translation>
    </message>
    <message>
        <source>Give all selected files the same value (Ctrl+E)</source>
        <translation>Ge alla markerade filer samma värde (Ctrl+E)</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>Fyll ne&amp;dåt</translation>
    </message>
    <message>
        <source>Copy the first selected row&apos;s value down the selection (Ctrl+D)</source>
        <translation>Kopiera värdet i den första markerade raden nedåt i markeringen (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>&amp;Sök och ersätt…</translation>
    </message>
    <message>
        <source>Replace text in the selected files (Ctrl+H)</source>
        <translation>Ersätt text i de markerade filerna (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Ångra den senaste ändringen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gör om (Ctrl+Skift+Z)</translation>
    </message>
    <message>
        <source>Files in the batch</source>
        <translation>Filer i omgången</translation>
    </message>
    <message>
        <source>Select the files to edit first.</source>
        <translation>Markera först de filer som ska redigeras.</translation>
    </message>
    <message numerus="yes">
        <source>Files changed: %n.</source>
        <translation>
            <numerusform>Ändrade filer: %n.</numerusform>
            <numerusform>Ändrade filer: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more rows to fill down.</source>
        <translation>Markera två eller fler rader för att fylla nedåt.</translation>
    </message>
    <message numerus="yes">
        <source>Files filled: %n.</source>
        <translation>
            <numerusform>Ifyllda filer: %n.</numerusform>
            <numerusform>Ifyllda filer: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fields changed: %n.</source>
        <translation>
            <numerusform>Ändrade fält: %n.</numerusform>
            <numerusform>Ändrade fält: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Preview</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Upphovsperson</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Filen saknas</translation>
    </message>
    <message>
        <source>The batch&apos;s licence (this file has no licence of its own)</source>
        <translation>Omgångens licens (filen har ingen egen licens)</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>Problem: %n</numerusform>
            <numerusform>Problem: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>e.g. Postcards 1920s</source>
        <translation>t.ex. Vykort 1920-talet</translation>
    </message>
    <message>
        <source>A new partnership name creates the partnership too.</source>
        <translation>Ett nytt namn på ett partnerskap skapar också partnerskapet.</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerskap:</translation>
    </message>
    <message>
        <source>&amp;Batch name:</source>
        <translation>&amp;Omgångens namn:</translation>
    </message>
</context>
<context>
    <name>NewPartnershipDialog</name>
    <message>
        <source>New partnership</source>
        <translation>Nytt partnerskap</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Partnerinstitutionens namn:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>t.ex. Nordiska museet</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
</context>
<context>
    <name>PartnershipDetail</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>OpenDocument-text, redigerbar (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <source>Save the agreement draft</source>
        <translation>Spara avtalsutkastet</translation>
    </message>
    <message>
        <source>Agreement draft - {name}</source>
        <translation>Avtalsutkast - {name}</translation>
    </message>
    <message>
        <source>Agreement draft: {name}</source>
        <translation>Avtalsutkast: {name}</translation>
    </message>
    <message>
        <source>The draft was not saved to {path}: check that the folder exists and can be written to, and that the name ends in .pdf, .odt or .html.</source>
        <translation>Utkastet sparades inte i {path}: kontrollera att mappen finns och går att skriva i, och att namnet slutar på .pdf, .odt eller .html.</translation>
    </message>
    <message>
        <source>Draft saved to {path}. It is not legal advice: have it checked.</source>
        <translation>Utkastet har sparats i {path}. Det är ingen juridisk rådgivning: låt någon granska det.</translation>
    </message>
    <message>
        <source>Left blank to fill in: {parts}.</source>
        <translation>Tomt att fylla i: {parts}.</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>Upp&amp;gifter</translation>
    </message>
    <message>
        <source>Checklist&amp;s</source>
        <translation>Ch&amp;ecklistor</translation>
    </message>
    <message>
        <source>Agreement d&amp;raft…</source>
        <translation>Avtal&amp;sutkast…</translation>
    </message>
    <message>
        <source>Save a draft agreement (PDF, ODT or HTML) from what is filled in here</source>
        <translation>Spara ett utkast till avtal (PDF, ODT eller HTML) utifrån det som är ifyllt här</translation>
    </message>
    <message>
        <source>Choose a partnership in the list to see its details, checklists and agreement draft.</source>
        <translation>Välj ett partnerskap i listan för att se dess uppgifter, checklistor och avtalsutkast.</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>Saved as you type.</source>
        <translation>Sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Not everything was saved: please fix what is marked in red.</source>
        <translation>Allt sparades inte: rätta det som är markerat med rött.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>First contact &amp;on</source>
        <translation>&amp;Första kontakt</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Överenskommet</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Credit &amp;line</source>
        <translation>K&amp;reditering</translation>
    </message>
    <message>
        <source>&amp;Kind of institution</source>
        <translation>&amp;Typ av institution</translation>
    </message>
    <message>
        <source>two-letter code, e.g. SE</source>
        <translation>kod med två bokstäver, t.ex. SE</translation>
    </message>
    <message>
        <source>e.g. sv, en</source>
        <translation>t.ex. sv, en</translation>
    </message>
    <message>
        <source>name and role</source>
        <translation>namn och roll</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>K&amp;ontaktperson</translation>
    </message>
    <message>
        <source>Contact &amp;details</source>
        <translation>&amp;Kontaktuppgifter</translation>
    </message>
    <message>
        <source>email, phone, address</source>
        <translation>e-post, telefon, adress</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>which collection, roughly how many files, in what form</source>
        <translation>vilken samling, ungefär hur många filer, i vilken form</translation>
    </message>
    <message>
        <source>how files should credit the partner; the name if empty</source>
        <translation>hur filerna ska kreditera partnern; namnet om fältet är tomt</translation>
    </message>
    <message>
        <source>anything worth remembering</source>
        <translation>allt som är värt att komma ihåg</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>The partner&apos;s name as reports, credits and the agreement give it.</source>
        <translation>Partnerns namn så som rapporter, erkännanden och avtalet anger det.</translation>
    </message>
    <message>
        <source>Museum, archive, library, university or another kind.</source>
        <translation>Museum, arkiv, bibliotek, universitet eller något annat.</translation>
    </message>
    <message>
        <source>How far the partnership has come, from first contact to done.</source>
        <translation>Hur långt partnerskapet har kommit, från första kontakt till klart.</translation>
    </message>
    <message>
        <source>L&amp;icence</source>
        <translation>&amp;Licens</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
</context>
<context>
    <name>PartnershipListPane</name>
    <message>
        <source>All partnerships: {progress}</source>
        <translation>Alla partnerskap: {progress}</translation>
    </message>
    <message>
        <source>Shows only partners of the chosen kind.</source>
        <translation>Visar bara partner av det valda slaget.</translation>
    </message>
    <message>
        <source>Shows only partnerships at the chosen stage.</source>
        <translation>Visar bara partnerskap i det valda skedet.</translation>
    </message>
    <message>
        <source>Your partnerships; the one selected is shown beside them.</source>
        <translation>Dina partnerskap; det valda visas bredvid.</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>N&amp;ytt partnerskap…</translation>
    </message>
    <message>
        <source>Start a page for a partner institution</source>
        <translation>Skapa en sida för en partnerinstitution</translation>
    </message>
    <message>
        <source>Search names, contacts, notes</source>
        <translation>Sök i namn, kontakter, anteckningar</translation>
    </message>
    <message>
        <source>Search partnerships</source>
        <translation>Sök bland partnerskap</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla skeden</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>Visa bara den här typen</translation>
    </message>
    <message>
        <source>Show only this stage</source>
        <translation>Visa bara det här skedet</translation>
    </message>
    <message>
        <source>No partnerships yet. Press “New partnership” and give the institution&apos;s name; everything you add later is saved as you type.</source>
        <translation>Inga partnerskap än. Tryck på ”Nytt partnerskap” och ange institutionens namn; allt du lägger till sedan sparas medan du skriver.</translation>
    </message>
    <message>
        <source>No partnership matches. Clear the search or choose “All kinds” and “All stages”.</source>
        <translation>Inget partnerskap matchar. Töm sökfältet eller välj ”Alla typer” och ”Alla skeden”.</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Your first partnership</source>
        <translation>Ditt första partnerskap</translation>
    </message>
    <message>
        <source>A partnership is one partner institution — a museum, an archive, a library — and everything you do with it: contacts, a checklist, batches of files.</source>
        <translation>Ett partnerskap är en partnerinstitution – ett museum, ett arkiv, ett bibliotek – och allt du gör tillsammans med den: kontakter, en checklista, omgångar av filer.</translation>
    </message>
    <message>
        <source>C&amp;reate my first partnership</source>
        <translation>S&amp;kapa mitt första partnerskap</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Namn på partnerinstitutionen:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>t.ex. Nordiska museet</translation>
    </message>
    <message>
        <source>&amp;Kind of institution:</source>
        <translation>Typ av &amp;institution:</translation>
    </message>
    <message>
        <source>&amp;Open a sample partnership to explore</source>
        <translation>&amp;Öppna ett exempelpartnerskap att utforska</translation>
    </message>
    <message>
        <source>A made-up museum with a checklist and four photos to try things on. Remove it with one click (“Remove sample”) when you are done.</source>
        <translation>Ett påhittat museum med en checklista och fyra foton att prova på. Ta bort det med ett klick (”Ta bort exemplet”) när du är klar.</translation>
    </message>
    <message>
        <source>Ne&amp;ither, I will start later</source>
        <translation>Ingetd&amp;era, jag börjar senare</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>&amp;Jag arbetar på en helpdesk (visa helpdeskens skrivbord)</translation>
    </message>
    <message>
        <source>For helpdesk staff who answer partners&apos; requests. Settings has the rest: the pages and the mailbox to gather requests from.</source>
        <translation>För helpdeskpersonal som besvarar partnernas förfrågningar. Resten finns under Inställningar: sidorna och brevlådan som förfrågningarna hämtas från.</translation>
    </message>
    <message>
        <source>Preparing the sample…</source>
        <translation>Förbereder exemplet …</translation>
    </message>
    <message>
        <source>The sample could not be made. Create a partnership instead.</source>
        <translation>Exemplet kunde inte skapas. Skapa ett partnerskap i stället.</translation>
    </message>
</context>
<context>
    <name>PartnershipTexts</name>
    <message>
        <source>Museum</source>
        <translation>Museum</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitet</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Förening eller lokal grupp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>Samtal pågår</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Överenskommet</translation>
    </message>
    <message>
        <source>Preparing files</source>
        <translation>Förbereder filer</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Laddar upp</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>Återrapporterar</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>partnership stage</comment>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte klart</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>checklist step</comment>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej tillämpligt</translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation>Ingen checklista än</translation>
    </message>
    <message numerus="yes">
        <source>%n of {applicable} steps done</source>
        <translation>
            <numerusform>%n av {applicable} steg klart</numerusform>
            <numerusform>%n av {applicable} steg klara</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>partnerns namn</translation>
    </message>
    <message>
        <source>the contact at the partner</source>
        <translation>kontaktpersonen hos partnern</translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation>ditt namn (Inställningar)</translation>
    </message>
    <message>
        <source>the material</source>
        <translation>materialet</translation>
    </message>
    <message>
        <source>the credit line</source>
        <translation>krediteringen</translation>
    </message>
    <message>
        <source>the licence</source>
        <translation>licensen</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Ett namn behövs.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>Namnet är längre än {max} tecken.</translation>
    </message>
    <message>
        <source>The name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>Namnet innehåller styrtecken ({characters}), till exempel en radbrytning; skriv det på en rad.</translation>
    </message>
    <message>
        <source>There already is a partnership called “{name}”.</source>
        <translation>Det finns redan ett partnerskap som heter ”{name}”.</translation>
    </message>
    <message>
        <source>Countries are best written as two-letter codes (SE, FR, EG).</source>
        <translation>Länder skrivs helst som koder med två bokstäver (SE, FR, EG).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2024-05-31.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose the kind from the list.</source>
        <translation>Välj typ i listan.</translation>
    </message>
    <message>
        <source>Choose the status from the list.</source>
        <translation>Välj status i listan.</translation>
    </message>
    <message>
        <source>Problem with {field}: {code}</source>
        <translation>Problem med {field}: {code}</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <source>Partnerships</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>One page per partner institution: contacts, what was agreed, the licence and a checklist of what is done. Everything is saved as you type.</source>
        <translation>En sida per partnerinstitution: kontakter, vad ni har kommit överens om, licensen och en checklista över det som är klart. Allt sparas medan du skriver.</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>Gu&amp;ider</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for your passwords</source>
        <translation>Lösenfras för dina lösenord</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Choose a passphrase to lock it (at least {length} characters). You type it once each time Fieldkit starts; without it nobody can read the passwords in the file, and Fieldkit cannot send. A forgotten passphrase cannot be recovered: you would enter the passwords again.</source>
        <translation>Den här datorn har ingen nyckelring i systemet, så Fieldkit förvarar lösenorden till wikin och e-posten i en krypterad fil i sin datamapp:
{path}

Välj en lösenfras som låser filen (minst {length} tecken). Du skriver den en gång varje gång Fieldkit startar; utan den kan ingen läsa lösenorden i filen, och Fieldkit kan inte skicka något. En bortglömd lösenfras går inte att återskapa: då får du ange lösenorden på nytt.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Type its passphrase to use them until Fieldkit is closed.</source>
        <translation>Den här datorn har ingen nyckelring i systemet, så Fieldkit förvarar lösenorden till wikin och e-posten i en krypterad fil i sin datamapp:
{path}

Skriv filens lösenfras för att använda dem tills Fieldkit stängs.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {length} characters.</source>
        <translation>Lösenfrasen måste ha minst {length} tecken.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>This passphrase does not open the password file. Try again.</source>
        <translation>Den här lösenfrasen öppnar inte lösenordsfilen. Försök igen.</translation>
    </message>
    <message>
        <source>The password file cannot be used: {error}</source>
        <translation>Lösenordsfilen kan inte användas: {error}</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Title &amp;pattern for this batch:</source>
        <translation>Titelmönster &amp;för den här omgången:</translation>
    </message>
    <message>
        <source>Placeholders: {fields}. {example} numbers with leading zeros.</source>
        <translation>Platshållare: {fields}. {example} ger nummer med inledande nollor.</translation>
    </message>
    <message>
        <source>&amp;Apply pattern to selected files</source>
        <translation>Använd mönstret &amp;på markerade filer</translation>
    </message>
    <message>
        <source>Gives the selected files titles made from this pattern.</source>
        <translation>Ger de markerade filerna titlar enligt det här mönstret.</translation>
    </message>
    <message>
        <source>Select a file to preview its title.</source>
        <translation>Markera en fil för att förhandsvisa dess titel.</translation>
    </message>
    <message>
        <source>Preview: {file_name}</source>
        <translation>Förhandsvisning: {file_name}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: what will be sent</source>
        <translation>Förhandsvisning: det här skickas</translation>
    </message>
    <message>
        <source>This is exactly what Fieldkit will send with the current settings. The hidden marker line lets Fieldkit recognise the request on the wiki, so it is never posted twice.</source>
        <translation>Så här ser exakt det ut som Fieldkit skickar med nuvarande inställningar. Den dolda markeringsraden gör att Fieldkit känner igen förfrågan på wikin, så att den aldrig publiceras två gånger.</translation>
    </message>
    <message>
        <source>(not sent this way: not set up in Settings)</source>
        <translation>(skickas inte på det här sättet: inte inställt under Inställningar)</translation>
    </message>
    <message>
        <source>&amp;Wiki page</source>
        <translation>&amp;Wikisida</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Sida:</translation>
    </message>
    <message>
        <source>New section:</source>
        <translation>Nytt avsnitt:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Bifogat:</translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation>(inga filer)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Problems: select a file</source>
        <translation>Problem: markera en fil</translation>
    </message>
    <message>
        <source>Ready to upload: no problems found.</source>
        <translation>Klar att laddas upp: inga problem hittades.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before upload: %n</source>
        <translation>
            <numerusform>Att åtgärda före uppladdning: %n</numerusform>
            <numerusform>Att åtgärda före uppladdning: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to upload; worth a look:</source>
        <translation>Klar att laddas upp; värt att titta på:</translation>
    </message>
    <message>
        <source>Opens the licences to choose from.</source>
        <translation>Öppnar licenserna att välja bland.</translation>
    </message>
    <message>
        <source>Licence for the whole batch</source>
        <translation>Licens för hela omgången</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Cancel batch</source>
        <translation>Avbryt omgången</translation>
    </message>
    <message numerus="yes">
        <source>Stop uploading the %n files of this batch that are not on the wiki yet? Files already uploaded stay.</source>
        <translation>
            <numerusform>Sluta ladda upp %n fil i omgången som ännu inte finns på wikin? Filer som redan har laddats upp ligger kvar.</numerusform>
            <numerusform>Sluta ladda upp de %n filer i omgången som ännu inte finns på wikin? Filer som redan har laddats upp ligger kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the batch&apos;s ready files…</source>
        <translation>Lägger omgångens färdiga filer i kö…</translation>
    </message>
    <message>
        <source>&amp;Cancel batch…</source>
        <translation>&amp;Avbryt omgången…</translation>
    </message>
    <message>
        <source>Stop the files of this batch that wait</source>
        <translation>Stoppa de väntande filerna i omgången</translation>
    </message>
    <message>
        <source>&amp;Queue fixed files</source>
        <translation>Köa rättade fi&amp;ler</translation>
    </message>
    <message>
        <source>Queue the batch&apos;s ready files again with their current titles and texts</source>
        <translation>Lägg omgångens färdiga filer i kö igen med deras nuvarande titlar och texter</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Bestäm…</translation>
    </message>
    <message>
        <source>Answer the wiki&apos;s warning about this file</source>
        <translation>Svara på wikins varning om filen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Try this file again now</source>
        <translation>Försök med filen igen nu</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <source>Do not upload this file</source>
        <translation>Ladda inte upp filen</translation>
    </message>
    <message>
        <source>&amp;Fix metadata</source>
        <translation>&amp;Rätta metadata</translation>
    </message>
    <message>
        <source>Open this file in Media to correct it</source>
        <translation>Öppna filen under Media för att rätta den</translation>
    </message>
    <message>
        <source>&amp;Open on wiki</source>
        <translation>&amp;Öppna på wikin</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Öppna &amp;Inställningar</translation>
    </message>
    <message>
        <source>Files in the upload queue</source>
        <translation>Filer i uppladdningskön</translation>
    </message>
    <message>
        <source>Nothing is queued for upload. In Media, check a batch and press “Upload”: its ready files wait here, continue after a dropped link or a restart, and you can follow each one to Wikimedia Commons.</source>
        <translation>Inget väntar på uppladdning. Kontrollera en omgång under Media och tryck på ”Ladda upp”: dess färdiga filer väntar här, fortsätter efter ett avbrott eller en omstart, och du kan följa var och en till Wikimedia Commons.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Det fungerade inte.</translation>
    </message>
    <message numerus="yes">
        <source>%n files queued again.</source>
        <translation>
            <numerusform>%n fil har lagts i kö igen.</numerusform>
            <numerusform>%n filer har lagts i kö igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume &amp;all</source>
        <translation>Återuppta &amp;alla</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Pausa &amp;alla</translation>
    </message>
    <message>
        <source>Every upload, every batch</source>
        <translation>Alla uppladdningar, alla omgångar</translation>
    </message>
    <message>
        <source>R&amp;esume batch</source>
        <translation>Återuppta &amp;omgången</translation>
    </message>
    <message>
        <source>&amp;Pause batch</source>
        <translation>Pausa &amp;omgången</translation>
    </message>
    <message>
        <source>Choose a batch in the list first</source>
        <translation>Välj en omgång i listan först</translation>
    </message>
    <message>
        <source>Choose a file to see what happens to it.</source>
        <translation>Välj en fil för att se vad som händer med den.</translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation>{title} — {state}</translation>
    </message>
    <message>
        <source>The wiki warns: {warnings}. Press “Decide…”.</source>
        <translation>Wikin varnar: {warnings}. Tryck på ”Bestäm…”.</translation>
    </message>
    <message>
        <source>The decision could not be saved: the file no longer waits for one.</source>
        <translation>Beslutet kunde inte sparas: filen väntar inte längre på något beslut.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Fieldkit found its database half-created, probably because it was stopped during its first start. It held no data yet, so Fieldkit created it again.

The damaged file is kept at:
{damaged}</source>
        <translation>Fieldkit hittade sin databas halvfärdig, troligen för att programmet stoppades när det startade för första gången. Den innehöll ännu inga data, så Fieldkit skapade den på nytt.

Den skadade filen sparas här:
{damaged}</translation>
    </message>
    <message>
        <source>Fieldkit found its database half-upgraded, probably because the computer stopped during an update. It put back the backup made just before the update ({backup}) and upgraded it again; what you saved before the update is there.

The damaged file is kept at:
{damaged}</source>
        <translation>Fieldkit hittade sin databas halvt uppgraderad, troligen för att datorn stannade mitt i en uppdatering. Fieldkit lade tillbaka säkerhetskopian som gjordes precis före uppdateringen ({backup}) och uppgraderade den igen; det du sparade före uppdateringen finns kvar.

Den skadade filen sparas här:
{damaged}</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Databasen återställd</translation>
    </message>
</context>
<context>
    <name>RepliesPane</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>fetched {time}</source>
        <translation>hämtat {time}</translation>
    </message>
    <message>
        <source>Choose a request to see the helpdesk&apos;s replies.</source>
        <translation>Välj en förfrågan för att se supportens svar.</translation>
    </message>
    <message>
        <source>Replies appear here after the request is on the wiki. Fieldkit looks for them when you are online and keeps them for reading offline.</source>
        <translation>Svar visas här när förfrågan finns på wikin. Fieldkit letar efter dem när du är ansluten och sparar dem så att du kan läsa dem utan uppkoppling.</translation>
    </message>
    <message>
        <source>No replies yet. Fieldkit looks at the helpdesk page every 15 minutes while you are online, and keeps replies here for reading offline.</source>
        <translation>Inga svar än. Fieldkit tittar på supportens sida var 15:e minut när du är ansluten och sparar svaren här så att du kan läsa dem utan uppkoppling.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>A ready-made reply to start from.</source>
        <translation>Ett färdigt svar att utgå från.</translation>
    </message>
    <message>
        <source>Puts the chosen template into the reply.</source>
        <translation>Lägger in den valda mallen i svaret.</translation>
    </message>
    <message>
        <source>The reply; the next sync sends it.</source>
        <translation>Svaret; nästa synkronisering skickar det.</translation>
    </message>
    <message>
        <source>The replies to this request so far, and whether they went.</source>
        <translation>Svaren på förfrågan hittills, och om de har skickats.</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Använd &amp;mall</translation>
    </message>
    <message>
        <source>&amp;Queue reply</source>
        <translation>&amp;Köa svaret</translation>
    </message>
    <message>
        <source>Puts the reply in the outbox; it is sent when online.</source>
        <translation>Lägger svaret i utkorgen; det skickas när du är uppkopplad.</translation>
    </message>
    <message>
        <source>Write the reply here, or start from a template.</source>
        <translation>Skriv svaret här, eller börja från en mall.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Replies so far</source>
        <translation>Svar hittills</translation>
    </message>
    <message>
        <source>The reply goes into the request&apos;s own section on the wiki, signed.</source>
        <translation>Svaret hamnar, signerat, i förfrågans eget avsnitt på wikin.</translation>
    </message>
    <message>
        <source>The reply goes by email, in the same thread as the request.</source>
        <translation>Svaret skickas med e-post, i samma tråd som förfrågan.</translation>
    </message>
    <message>
        <source>This request is no longer on the wiki page: a reply cannot be sent.</source>
        <translation>Förfrågan finns inte längre på wikisidan: ett svar kan inte skickas.</translation>
    </message>
    <message>
        <source>{date} by {channel}: {state} — {start}</source>
        <translation>{date} via {channel}: {state} — {start}</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Inga svar än.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Making the report…</source>
        <translation>Skapar rapporten…</translation>
    </message>
    <message>
        <source>Asking the wiki where the files are used…</source>
        <translation>Frågar wikin var filerna används…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Kalkylark (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>Outcome report</source>
        <translation>Resultatrapport</translation>
    </message>
    <message>
        <source>Could not write the report to {path}.</source>
        <translation>Rapporten kunde inte skrivas till {path}.</translation>
    </message>
    <message>
        <source>Report saved as {path}</source>
        <translation>Rapporten har sparats som {path}</translation>
    </message>
    <message>
        <source>The batch whose outcome is shown below.</source>
        <translation>Omgången vars resultat visas nedan.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>Refresh &amp;usage</source>
        <translation>Uppdatera &amp;användning</translation>
    </message>
    <message>
        <source>Ask the wiki which pages use the uploaded files (needs a connection)</source>
        <translation>Fråga wikin vilka sidor som använder de uppladdade filerna (kräver anslutning)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportera &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Saves the report of the chosen batch as a file.</source>
        <translation>Sparar rapporten för den valda omgången som en fil.</translation>
    </message>
    <message>
        <source>No report yet. Once files of a batch are uploaded, their report for the partner appears here: what went up, under which licence, and where it is used.</source>
        <translation>Ingen rapport än. När filer i en omgång har laddats upp visas rapporten till partnern här: vad som laddades upp, under vilken licens och var det används.</translation>
    </message>
    <message>
        <source>Usage as read from the wiki on {date}.</source>
        <translation>Användning enligt wikin den {date}.</translation>
    </message>
    <message>
        <source>Usage not read yet: press “Refresh usage” when online.</source>
        <translation>Användningen har inte lästs in än: tryck på ”Uppdatera användning” när du är ansluten.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Rapporten kunde inte skapas.</translation>
    </message>
    <message>
        <source>the wiki cannot be reached</source>
        <translation>wikin går inte att nå</translation>
    </message>
    <message>
        <source>no wiki account is set up yet</source>
        <translation>inget wikikonto har lagts till än</translation>
    </message>
    <message>
        <source>no password is stored for the wiki account</source>
        <translation>inget lösenord är sparat för wikikontot</translation>
    </message>
    <message>
        <source>the wiki refused the login</source>
        <translation>wikin godtog inte inloggningen</translation>
    </message>
    <message>
        <source>Could not read usage from the wiki ({reason}). The report shows what was read last time.</source>
        <translation>Användningen kunde inte läsas från wikin ({reason}). Rapporten visar det som lästes förra gången.</translation>
    </message>
    <message>
        <source>the wiki answered with an error</source>
        <translation>wikin svarade med ett fel</translation>
    </message>
    <message numerus="yes">
        <source>%n files checked on the wiki.</source>
        <translation>
            <numerusform>%n fil har kontrollerats på wikin.</numerusform>
            <numerusform>%n filer har kontrollerats på wikin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Already sent; changes cannot be saved.</source>
        <translation>Redan skickad; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>Already sent; it cannot be withdrawn.</source>
        <translation>Redan skickad; den kan inte dras tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>För&amp;handsvisa…</translation>
    </message>
    <message>
        <source>See the exact wiki text and email</source>
        <translation>Se exakt den wikitext och det e-postmeddelande som skickas</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Dra tillbaka</translation>
    </message>
    <message>
        <source>Take the request out of the outbox; it becomes a draft again</source>
        <translation>Ta ut förfrågan ur utkorgen; den blir ett utkast igen</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>S&amp;kicka</translation>
    </message>
    <message>
        <source>Queue this request; it is posted to the helpdesk when you are online.</source>
        <translation>Lägg förfrågan i kö; den skickas till supporten när du är ansluten.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Öppna &amp;Inställningar</translation>
    </message>
    <message>
        <source>Not sent: please fix what is marked in the form.</source>
        <translation>Inte skickad: rätta det som är markerat i formuläret.</translation>
    </message>
    <message>
        <source>Saved. It has not gone out yet, so your changes go with it.</source>
        <translation>Sparad. Den har inte skickats än, så dina ändringar följer med.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Could not attach.</source>
        <translation>Det gick inte att bifoga.</translation>
    </message>
    <message>
        <source>Sent requests cannot be changed.</source>
        <translation>Skickade förfrågningar kan inte ändras.</translation>
    </message>
    <message>
        <source>New request, not saved yet</source>
        <translation>Ny förfrågan, inte sparad än</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Ämne</translation>
    </message>
    <message>
        <source>Message &amp;to the helpdesk</source>
        <translation>Meddelande &amp;till supporten</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Wiki user name</source>
        <translation>Användarnamn på wikin</translation>
    </message>
    <message>
        <source>You ask as</source>
        <translation>Du frågar som</translation>
    </message>
    <message>
        <source>Affiliate or group</source>
        <translation>Organisation eller grupp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Språk du arbetar på</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Partnerinstitution</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Typ av material</translation>
    </message>
    <message>
        <source>Rough volume</source>
        <translation>Ungefärlig omfattning</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Förväntat resultat</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Genomslag</translation>
    </message>
    <message>
        <source>Knowledge gap it fills</source>
        <translation>Kunskapslucka som fylls</translation>
    </message>
    <message>
        <source>Partner&apos;s commitment</source>
        <translation>Partnerns åtagande</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Licensläge</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>Önskad hjälp</translation>
    </message>
    <message>
        <source>Other help</source>
        <translation>Annan hjälp</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>Vad behöver du hjälp med?</translation>
    </message>
    <message>
        <source>Describe the partner, the material and what you plan to do. Your text is saved as you type.</source>
        <translation>Beskriv partnern, materialet och vad du planerar att göra. Din text sparas medan du skriver.</translation>
    </message>
    <message>
        <source>As on the wiki, without “User:”</source>
        <translation>Som på wikin, utan ”Användare:”</translation>
    </message>
    <message>
        <source>e.g. Kenya</source>
        <translation>t.ex. Kenya</translation>
    </message>
    <message>
        <source>e.g. Swahili, English</source>
        <translation>t.ex. swahili, engelska</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>namn@example.org</translation>
    </message>
    <message>
        <source>e.g. National Museum of …</source>
        <translation>t.ex. Statens museum för …</translation>
    </message>
    <message>
        <source>Photographs, maps, sound recordings, metadata…</source>
        <translation>Fotografier, kartor, ljudinspelningar, metadata…</translation>
    </message>
    <message>
        <source>e.g. about 2,000 scans, 40 GB</source>
        <translation>t.ex. cirka 2 000 skanningar, 40 GB</translation>
    </message>
    <message>
        <source>What should be on Commons when this is done?</source>
        <translation>Vad ska finnas på Commons när det här är klart?</translation>
    </message>
    <message>
        <source>Who will use it, on which wikis?</source>
        <translation>Vem kommer att använda det, och på vilka wikier?</translation>
    </message>
    <message>
        <source>What is missing on the wikis today?</source>
        <translation>Vad saknas på wikierna i dag?</translation>
    </message>
    <message>
        <source>Staff time, scanning, metadata the partner provides…</source>
        <translation>Personaltid, skanning, metadata som partnern bidrar med…</translation>
    </message>
    <message>
        <source>Agreed to CC BY-SA? Still discussing? Public domain?</source>
        <translation>Godkänt CC BY-SA? Diskuterar ni fortfarande? Allmän egendom?</translation>
    </message>
    <message>
        <source>Say what other help you need</source>
        <translation>Ange vilken annan hjälp du behöver</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(inte valt)</translation>
    </message>
    <message>
        <source>A Wikimedia affiliate (chapter, thematic organisation)</source>
        <translation>En ansluten Wikimedia-organisation (lokalavdelning, tematisk organisation)</translation>
    </message>
    <message>
        <source>A Wikimedia user group</source>
        <translation>En Wikimedia-användargrupp</translation>
    </message>
    <message>
        <source>An individual volunteer</source>
        <translation>En enskild volontär</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Avtal om partnerskap</translation>
    </message>
    <message>
        <source>Talking with the partner about free licences</source>
        <translation>Samtal med partnern om fria licenser</translation>
    </message>
    <message>
        <source>Batch upload</source>
        <translation>Massuppladdning</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Sharing outcomes with the partner</source>
        <translation>Dela resultaten med partnern</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Vem som frågar</translation>
    </message>
    <message>
        <source>The material</source>
        <translation>Materialet</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Varför det är viktigt</translation>
    </message>
    <message>
        <source>Your name, so that the helpdesk knows whom it answers.</source>
        <translation>Ditt namn, så att supporten vet vem den svarar.</translation>
    </message>
    <message>
        <source>Whether you write for a Wikimedia affiliate, a user group or yourself.</source>
        <translation>Om du skriver för en Wikimediaförening, en användargrupp eller för dig själv.</translation>
    </message>
    <message>
        <source>The affiliate or user group you write for, if any.</source>
        <translation>Föreningen eller användargruppen du skriver för, om någon.</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Förfrågningar om hjälp</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n nytt</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply from the helpdesk</source>
        <translation>
            <numerusform>%n nytt svar från supporten</numerusform>
            <numerusform>%n nya svar från supporten</numerusform>
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
        <translation>Med ditt namn kan supporten tilltala dig.</translation>
    </message>
    <message>
        <source>Your wiki user name lets the helpdesk reply on your talk page.</source>
        <translation>Med ditt användarnamn på wikin kan supporten svara på din diskussionssida.</translation>
    </message>
    <message>
        <source>Which institution is this about?</source>
        <translation>Vilken institution gäller det?</translation>
    </message>
    <message>
        <source>A line on the expected impact helps the helpdesk prioritise.</source>
        <translation>En rad om det förväntade genomslaget hjälper supporten att prioritera.</translation>
    </message>
    <message>
        <source>Say whether the partner has agreed to a free licence yet.</source>
        <translation>Ange om partnern redan har godkänt en fri licens.</translation>
    </message>
    <message>
        <source>Tick the kind of help you want.</source>
        <translation>Kryssa i vilken sorts hjälp du vill ha.</translation>
    </message>
    <message>
        <source>Give the request a subject.</source>
        <translation>Ge förfrågan ett ämne.</translation>
    </message>
    <message>
        <source>The subject is longer than {max} characters.</source>
        <translation>Ämnet är längre än {max} tecken.</translation>
    </message>
    <message>
        <source>Describe the partner&apos;s material and what you plan to do with it.</source>
        <translation>Beskriv partnerns material och vad du planerar att göra med det.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address (name@example.org).</source>
        <translation>”{address}” är ingen e-postadress (namn@example.org).</translation>
    </message>
    <message>
        <source>Mail needs a sender: give your email address or set a From address.</source>
        <translation>E-post behöver en avsändare: ange din e-postadress eller ställ in en avsändaradress.</translation>
    </message>
    <message>
        <source>A wiki user name cannot contain # &lt; &gt; [ ] | { } / @ : =.</source>
        <translation>Ett användarnamn på wikin får inte innehålla # &lt; &gt; [ ] | { } / @ : =.</translation>
    </message>
    <message>
        <source>Say what other help you need.</source>
        <translation>Ange vilken annan hjälp du behöver.</translation>
    </message>
    <message>
        <source>{filename} is {size}; attachments may be at most {limit}. Attach a few sample files or an excerpt instead.</source>
        <translation>{filename} är {size}; bilagor får vara högst {limit}. Bifoga några exempelfiler eller ett utdrag i stället.</translation>
    </message>
    <message>
        <source>With {filename}, all attachments together come to {total}; the limit is {limit}.</source>
        <translation>Med {filename} blir alla bilagor tillsammans {total}; gränsen är {limit}.</translation>
    </message>
    <message>
        <source>{filename} cannot be read (moved, deleted or not allowed).</source>
        <translation>{filename} går inte att läsa (flyttad, raderad eller inte tillåten).</translation>
    </message>
    <message>
        <source>A helpdesk page must be chosen for this wiki: the Commons page does not exist here. Choose it in Settings.</source>
        <translation>En supportsida måste väljas för den här wikin: sidan på Commons finns inte här. Välj den under Inställningar.</translation>
    </message>
    <message>
        <source>Choose whether you ask for an affiliate, a user group or yourself.</source>
        <translation>Välj om du frågar för en affiliate, en användargrupp eller dig själv.</translation>
    </message>
    <message>
        <source>Tick the kinds of help from the list.</source>
        <translation>Kryssa för vilken sorts hjälp du vill ha i listan.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be a number.</source>
        <translation>E-postserverns port måste vara ett tal.</translation>
    </message>
    <message>
        <source>Give the mailbox server as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Ange e-postservern som VÄRD:PORT, t.ex. imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none as the mail server&apos;s security.</source>
        <translation>Välj STARTTLS, TLS eller ingen som e-postserverns säkerhet.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}), as a binary file read as text does; remove them.</source>
        <translation>Texten innehåller styrtecken ({characters}), som när en binärfil läses som text; ta bort dem.</translation>
    </message>
    <message>
        <source>This request is a draft: send it first.</source>
        <translation>Förfrågan är ett utkast: skicka den först.</translation>
    </message>
    <message>
        <source>This request was sent already.</source>
        <translation>Förfrågan har redan skickats.</translation>
    </message>
    <message>
        <source>No helpdesk is set up: give a wiki page or an email address and mail server in Settings.</source>
        <translation>Ingen support är inställd: ange en wikisida eller en e-postadress och e-postserver under Inställningar.</translation>
    </message>
</context>
<context>
    <name>RequestStates</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickas…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>väntar på att skickas</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>skickas…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>Wiki page</source>
        <translation>Wikisida</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>RequestsArea</name>
    <message>
        <source>Requests</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <source>Ask the Content Partnerships Helpdesk for help. You can write while offline: requests wait here and are posted when the wiki can be reached.</source>
        <translation>Be supporten för innehållspartnerskap (Content Partnerships Helpdesk) om hjälp. Du kan skriva utan uppkoppling: förfrågningarna väntar här och skickas när wikin går att nå.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Ny förfrågan</translation>
    </message>
    <message>
        <source>Start a new help request to the helpdesk</source>
        <translation>Skriv en ny förfrågan till supporten</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Förfrågan</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replies (%n new)</source>
        <translation>
            <numerusform>&amp;Svar (%n nytt)</numerusform>
            <numerusform>&amp;Svar (%n nya)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>No requests yet. Press “New request” and write what you need; it is saved as you type.</source>
        <translation>Inga förfrågningar än. Tryck på ”Ny förfrågan” och skriv vad du behöver; texten sparas medan du skriver.</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>A score from {low} (low) to {high} (high).</source>
        <translation>Ett betyg från {low} (lågt) till {high} (högt).</translation>
    </message>
    <message>
        <source>Your name as the reviewer.</source>
        <translation>Ditt namn som granskare.</translation>
    </message>
    <message>
        <source>The reviews given so far.</source>
        <translation>Granskningarna hittills.</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Granskare</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment on {criterion}</source>
        <translation>Kommentar om {criterion}</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>Granskningar hittills</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Spara granskningen</translation>
    </message>
    <message>
        <source>Saves your scores for this request.</source>
        <translation>Sparar dina poäng för den här förfrågan.</translation>
    </message>
    <message>
        <source>Scores from 1 (poor) to 5 (excellent). Reviews stay on this computer and go only into the committee pack.</source>
        <translation>Betyg från 1 (svagt) till 5 (utmärkt). Granskningar stannar på den här datorn och hamnar bara i underlaget till kommittén.</translation>
    </message>
    <message>
        <source>Average: {scores}</source>
        <translation>Medelvärde: {scores}</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Inga granskningar än.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>&amp;Remove sample</source>
        <translation>&amp;Ta bort exemplet</translation>
    </message>
    <message>
        <source>Delete the sample partnership with its checklists, batch and photos</source>
        <translation>Radera exempelpartnerskapet med dess checklistor, omgång och foton</translation>
    </message>
    <message>
        <source>“{name}” is a sample partnership to explore. Remove it when you are done.</source>
        <translation>”{name}” är ett exempelpartnerskap att utforska. Ta bort det när du är klar.</translation>
    </message>
    <message>
        <source>The sample could not be removed.</source>
        <translation>Exemplet kunde inte tas bort.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Wiki and account</source>
        <translation>Wiki och konto</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>DittNamn@Fieldkit</translation>
    </message>
    <message>
        <source>Bot &amp;password</source>
        <translation>B&amp;otlösenord</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Lämna tomt för att behålla det sparade lösenordet</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files.</source>
        <translation>Skapa ett botlösenord på wikin under Special:BotPasswords och ange inloggningen som visas där (namn@bot). Lösenordet förvaras i systemets nyckelring, inte i Fieldkits filer.</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). This computer has no system keyring, so the password is kept in an encrypted file in Fieldkit&apos;s data folder ({path}), locked with a passphrase you choose when you first save it. Fieldkit asks for the passphrase once each time it starts.</source>
        <translation>Skapa ett botlösenord på wikin under Special:BotPasswords och ange inloggningen som visas där (namn@bot). Den här datorn har ingen nyckelring i systemet, så lösenordet förvaras i en krypterad fil i Fieldkits datamapp ({path}), låst med en lösenfras som du väljer när du sparar det första gången. Fieldkit frågar efter lösenfrasen en gång varje gång programmet startar.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>W&amp;iki API address</source>
        <translation>&amp;Wikins API-adress</translation>
    </message>
    <message>
        <source>The address of the wiki&apos;s api.php: Wikimedia Commons unless you use another.</source>
        <translation>Adressen till wikins api.php: Wikimedia Commons om du inte använder en annan.</translation>
    </message>
    <message>
        <source>&amp;Bot login</source>
        <translation>Bo&amp;tinloggning</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Testa a&amp;nslutningen</translation>
    </message>
    <message>
        <source>Tries to log in with these details; saves nothing.</source>
        <translation>Försöker logga in med de här uppgifterna; sparar inget.</translation>
    </message>
    <message>
        <source>In&amp;terface language</source>
        <translation>&amp;Gränssnittsspråk</translation>
    </message>
    <message>
        <source>The language of Fieldkit&apos;s menus and texts; it changes at once.</source>
        <translation>Språket i Fieldkits menyer och texter; det byts direkt.</translation>
    </message>
    <message>
        <source>Helpdes&amp;k wiki page</source>
        <translation>&amp;Supportens wikisida</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address for requests sent by email.</source>
        <translation>Supportens adress för förfrågningar som skickas med e-post.</translation>
    </message>
    <message>
        <source>Helpdesk email</source>
        <translation>Supportens e-post</translation>
    </message>
    <message>
        <source>Save settin&amp;gs</source>
        <translation>S&amp;para inställningarna</translation>
    </message>
    <message>
        <source>Saves the settings above.</source>
        <translation>Sparar inställningarna ovan.</translation>
    </message>
    <message>
        <source>The login must have the form name@bot, as shown on Special:BotPasswords. Nothing was saved.</source>
        <translation>Inloggningen måste ha formen namn@bot, som den visas på Special:BotPasswords. Inget sparades.</translation>
    </message>
    <message>
        <source>The helpdesk email address is not valid. Nothing was saved.</source>
        <translation>Helpdeskens e-postadress är inte giltig. Inget sparades.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <source>Settings saved. Enter the bot login too, so the password can be stored.</source>
        <translation>Inställningarna har sparats. Ange även botinloggningen så att lösenordet kan sparas.</translation>
    </message>
    <message>
        <source>Settings saved. Storing the password…</source>
        <translation>Inställningarna har sparats. Sparar lösenordet…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in the keyring.</source>
        <translation>Inställningarna har sparats. Lösenordet finns nu i nyckelringen.</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in Fieldkit&apos;s encrypted file.</source>
        <translation>Inställningarna har sparats. Lösenordet finns nu i Fieldkits krypterade fil.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: {reason}</source>
        <translation>Inställningarna har sparats, men inte lösenordet: {reason}</translation>
    </message>
    <message>
        <source>Settings saved, but the keyring refused to keep the password.</source>
        <translation>Inställningarna har sparats, men nyckelringen vägrade spara lösenordet.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: it needs the passphrase of the password file. Save again to type it.</source>
        <translation>Inställningarna har sparats, men inte lösenordet: det behövs lösenfrasen till lösenordsfilen. Spara igen för att skriva den.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password.</source>
        <translation>Inställningarna har sparats, men inte lösenordet.</translation>
    </message>
    <message>
        <source>this system has no keyring to keep it safe. Set the environment variable FIELDKIT_PASSWORD to the bot password before starting Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>systemet har ingen nyckelring där det kan förvaras säkert. Sätt miljövariabeln FIELDKIT_PASSWORD till botlösenordet innan du startar Fieldkit, eller installera och lås upp en nyckelring (till exempel GNOME Keyring eller KWallet).</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Ansluten.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached. Check the address and your connection.</source>
        <translation>Wikin går inte att nå. Kontrollera adressen och din uppkoppling.</translation>
    </message>
    <message>
        <source>The wiki answered, but refused the login.</source>
        <translation>Wikin svarade men godtog inte inloggningen.</translation>
    </message>
    <message>
        <source>Enter the wiki API address first.</source>
        <translation>Ange wikins API-adress först.</translation>
    </message>
    <message>
        <source>Only the address was tested: no password is available.</source>
        <translation>Bara adressen testades: inget lösenord finns tillgängligt.</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keyring.</source>
        <translation>Det sparade lösenordet kunde inte läsas från nyckelringen.</translation>
    </message>
    <message>
        <source>The test itself failed.</source>
        <translation>Själva testet misslyckades.</translation>
    </message>
    <message>
        <source>for example Project:Help desk</source>
        <translation>till exempel Project:Help desk</translation>
    </message>
    <message>
        <source>This wiki is not Wikimedia Commons: choose the page where help requests go on it (Commons&apos; page does not exist here).</source>
        <translation>Den här wikin är inte Wikimedia Commons: välj sidan där förfrågningar om hjälp ska hamna (sidan på Commons finns inte här).</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>E&amp;xport spreadsheet…</source>
        <translation>E&amp;xportera kalkylark…</translation>
    </message>
    <message>
        <source>Save the batch&apos;s metadata as CSV or XLSX</source>
        <translation>Spara omgångens metadata som CSV eller XLSX</translation>
    </message>
    <message>
        <source>Appl&amp;y spreadsheet…</source>
        <translation>Tillämpa kalk&amp;ylark…</translation>
    </message>
    <message>
        <source>Read a CSV or XLSX edited elsewhere back into the batch (undoable)</source>
        <translation>Läs tillbaka en CSV- eller XLSX-fil som redigerats på annat håll till omgången (kan ångras)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportera kalkylark</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;Comma-separated values (*.csv)</source>
        <translation>Kalkylark (*.xlsx);;Kommaseparerade värden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {path} (files: %n).</source>
        <translation>
            <numerusform>Exporterat till {path} (filer: %n).</numerusform>
            <numerusform>Exporterat till {path} (filer: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Exporten misslyckades: {error}</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>Kalkylarket går inte att läsa.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts are longer than a spreadsheet cell holds: their cells say so, and the texts stay in Fieldkit unless you replace those cells.</source>
        <translation>
            <numerusform>%n text är längre än en kalkylbladscell rymmer: cellen säger det, och texten stannar i Fieldkit om du inte ersätter cellen.</numerusform>
            <numerusform>%n texter är längre än en kalkylbladscell rymmer: cellerna säger det, och texterna stannar i Fieldkit om du inte ersätter cellerna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Exporten misslyckades.</translation>
    </message>
    <message>
        <source>Apply spreadsheet</source>
        <translation>Tillämpa kalkylark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Kalkylark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>Kalkylarket kan inte läsas: {error}</translation>
    </message>
</context>
<context>
    <name>SheetProblems</name>
    <message>
        <source>“{file}” is not a text file, so it is not a CSV sheet. Save the sheet as CSV UTF-8 or XLSX.</source>
        <translation>”{file}” är ingen textfil och alltså inget CSV-kalkylblad. Spara bladet som CSV UTF-8 eller XLSX.</translation>
    </message>
    <message>
        <source>Fieldkit cannot tell for sure how the letters in “{file}” are encoded. Save the sheet as “CSV UTF-8” and apply it again.</source>
        <translation>Fieldkit kan inte säkert avgöra hur bokstäverna i ”{file}” är kodade. Spara bladet som ”CSV UTF-8” och läs in det igen.</translation>
    </message>
    <message>
        <source>“{file}” is damaged at byte {byte}. Save the sheet again as CSV UTF-8.</source>
        <translation>”{file}” är skadad vid byte {byte}. Spara bladet på nytt som CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). If any letters look wrong, save it as “CSV UTF-8” and apply it again.</source>
        <translation>Filen är inte UTF-8; den lästes som Windows-1252 (västeuropeisk). Om några bokstäver ser fel ut, spara den som ”CSV UTF-8” och läs in den igen.</translation>
    </message>
    <message>
        <source>Cells are separated by “{separator}” in this file; it was read so.</source>
        <translation>Cellerna skiljs åt med ”{separator}” i den här filen; den lästes så.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or is not an XLSX spreadsheet. Open it in Excel or LibreOffice and save it as XLSX.</source>
        <translation>”{file}” är skadad eller inget XLSX-kalkylblad. Öppna den i Excel eller LibreOffice och spara den som XLSX.</translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation>Kalkylbladet är tomt.</translation>
    </message>
    <message>
        <source>“{suffix}” files cannot be read: use a .csv or .xlsx spreadsheet.</source>
        <translation>”{suffix}”-filer kan inte läsas: använd ett kalkylblad i .csv eller .xlsx.</translation>
    </message>
    <message>
        <source>The rows above the header (1–{rows}) were skipped.</source>
        <translation>Raderna ovanför rubrikraden (1–{rows}) hoppades över.</translation>
    </message>
    <message>
        <source>The merged cells {cells} were read as the same value in every row.</source>
        <translation>De sammanfogade cellerna {cells} lästes som samma värde på varje rad.</translation>
    </message>
    <message>
        <source>Header cells are merged ({cells}); unmerge them so that every column has its own name.</source>
        <translation>Rubrikceller är sammanfogade ({cells}); dela upp dem så att varje kolumn får ett eget namn.</translation>
    </message>
    <message>
        <source>The column “{column}” is there twice ({cells}); keep one.</source>
        <translation>Kolumnen ”{column}” finns två gånger ({cells}); behåll en.</translation>
    </message>
    <message>
        <source>The sheet needs a “fieldkit_id” or a “path”/“file” column to know which row is which file.</source>
        <translation>Bladet behöver en kolumn ”fieldkit_id” eller ”path”/”file” för att veta vilken rad som hör till vilken fil.</translation>
    </message>
    <message>
        <source>The sheet has no column of paths. Its columns: {columns}.</source>
        <translation>Bladet har ingen kolumn med sökvägar. Dess kolumner: {columns}.</translation>
    </message>
    <message>
        <source>The column “{column}” of the sheet lists no paths.</source>
        <translation>Kolumnen ”{column}” i bladet innehåller inga sökvägar.</translation>
    </message>
    <message>
        <source>Column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>Kolumnen ”{column}” är inget fält i Fieldkit; rader med ett värde i den avvisas.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header; rows with a value in it are refused.</source>
        <translation>Kolumn {column} saknar namn i rubrikraden; rader med ett värde i den avvisas.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; a separator or line break is probably missing. The row was left unchanged.</source>
        <translation>Rad {row} har {cells} celler men rubrikraden har {columns} kolumner; troligen saknas en avgränsare eller en radbrytning. Raden lämnades oförändrad.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; the extra cells hold text. The row was left unchanged.</source>
        <translation>Rad {row} har {cells} celler men rubrikraden har {columns} kolumner; de extra cellerna innehåller text. Raden lämnades oförändrad.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>Rad {row} motsvarar ingen fil i den här omgången.</translation>
    </message>
    <message>
        <source>Row {row} is for the same file as row {first_row}; keep one.</source>
        <translation>Rad {row} gäller samma fil som rad {first_row}; behåll en.</translation>
    </message>
    <message>
        <source>The cell holds a formula but no value ({formula}). Open and save the sheet in Excel or LibreOffice, or type the value.</source>
        <translation>Cellen innehåller en formel men inget värde ({formula}). Öppna och spara bladet i Excel eller LibreOffice, eller skriv in värdet.</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {error}; correct it.</source>
        <translation>Cellen visar kalkylbladsfelet {error}; rätta det.</translation>
    </message>
    <message>
        <source>The “kept in Fieldkit” note in this cell was edited. Put it back as it was to keep the text, or replace the whole cell.</source>
        <translation>Anteckningen ”sparad i Fieldkit” i den här cellen har ändrats. Återställ den för att behålla texten, eller ersätt hela cellen.</translation>
    </message>
    <message>
        <source>The spreadsheet program cut this text at {limit} characters (Fieldkit has {length}); it was left unchanged. Edit long texts in Fieldkit.</source>
        <translation>Kalkylprogrammet kortade texten till {limit} tecken (Fieldkit har {length}); den lämnades oförändrad. Redigera långa texter i Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Fieldkit can read: write YYYY-MM-DD, YYYY-MM, YYYY, “ca. YYYY”, a decade such as “1920s”, or “unknown”.</source>
        <translation>”{value}” är inget datum som Fieldkit kan läsa: skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ, ”ca. ÅÅÅÅ”, ett decennium som ”1920s” eller ”unknown”.</translation>
    </message>
    <message>
        <source>Is “{value}” {day_first} (day first) or {month_first} (month first)? Write the one you mean as YYYY-MM-DD.</source>
        <translation>Är ”{value}” {day_first} (dagen först) eller {month_first} (månaden först)? Skriv det du menar som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Dates with slashes are read day first (DD/MM/YYYY), so “{value}” has no such month. Did you mean {suggestion}? Write it as YYYY-MM-DD.</source>
        <translation>Datum med snedstreck läses med dagen först (DD/MM/ÅÅÅÅ), så ”{value}” har ingen sådan månad. Menade du {suggestion}? Skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet&apos;s date number ({suggestion}?). Format the cell as a date, or write the date as YYYY-MM-DD.</source>
        <translation>”{value}” ser ut som ett datumnummer från ett kalkylblad ({suggestion}?). Formatera cellen som datum, eller skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” is in the future.</source>
        <translation>”{value}” ligger i framtiden.</translation>
    </message>
    <message>
        <source>“{value}” is not a licence in Fieldkit&apos;s catalogue.</source>
        <translation>”{value}” är ingen licens i Fieldkits katalog.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a category name.</source>
        <translation>”{value}” kan inte vara ett kategorinamn.</translation>
    </message>
    <message>
        <source>Use Wikidata item ids such as Q42, separated by |.</source>
        <translation>Använd id:n för Wikidata-objekt, till exempel Q42, åtskilda med |.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid coordinate.</source>
        <translation>”{value}” är ingen giltig koordinat.</translation>
    </message>
    <message>
        <source>The template must be information, artwork or photograph.</source>
        <translation>Mallen måste vara information, artwork eller photograph.</translation>
    </message>
    <message>
        <source>“{value}” is not a field Fieldkit knows.</source>
        <translation>”{value}” är inget fält som Fieldkit känner till.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; a field holds at most {limit}.</source>
        <translation>Texten är {length} tecken lång; ett fält rymmer högst {limit}.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}) that cannot be on a wiki page; remove them.</source>
        <translation>Texten innehåller styrtecken ({characters}) som inte kan stå på en wikisida; ta bort dem.</translation>
    </message>
    <message>
        <source>The brackets do not match: “{detail}” has no partner. Close every [[ with ]] and every {{{{ with }}}}.</source>
        <translation>Hakparenteserna och klamrarna stämmer inte: ”{detail}” saknar motsvarighet. Stäng varje [[ med ]] och varje {{{{ med }}}}.</translation>
    </message>
    <message>
        <source>Category links are not taken from this cell; put categories in the categories column.</source>
        <translation>Kategorilänkar hämtas inte från den här cellen; skriv kategorier i kategorikolumnen.</translation>
    </message>
    <message>
        <source>“{detail}” is a magic word that changes the page itself; it is not allowed here.</source>
        <translation>”{detail}” är ett magiskt ord som ändrar själva sidan; det är inte tillåtet här.</translation>
    </message>
    <message>
        <source>Closest: {closest}.</source>
        <translation>Närmast: {closest}.</translation>
    </message>
</context>
<context>
    <name>SheetReportDialog</name>
    <message>
        <source>Spreadsheet applied</source>
        <translation>Kalkylarket har tillämpats</translation>
    </message>
    <message numerus="yes">
        <source>rows changed: %n</source>
        <translation>
            <numerusform>ändrade rader: %n</numerusform>
            <numerusform>ändrade rader: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>oförändrade: %n</numerusform>
            <numerusform>oförändrade: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused: %n</source>
        <translation>
            <numerusform>avvisade: %n</numerusform>
            <numerusform>avvisade: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet applied: {counts}. Undo (Ctrl+Z) reverses it.</source>
        <translation>Kalkylarket har tillämpats: {counts}. Ångra (Ctrl+Z) tar bort ändringarna.</translation>
    </message>
    <message>
        <source>Spreadsheet not applied</source>
        <translation>Kalkylbladet lästes inte in</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be used as it is; nothing was changed.</source>
        <translation>Kalkylbladet kan inte användas som det är; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Nästa eller föregående fält</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Öppna en meny</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + dess understrukna bokstav</translation>
    </message>
    <message>
        <source>Press a button or tick a box</source>
        <translation>Tryck på en knapp eller kryssa i en ruta</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Blanksteg</translation>
    </message>
    <message>
        <source>Move between the cells of a table</source>
        <translation>Flytta mellan cellerna i en tabell</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltangenterna</translation>
    </message>
    <message>
        <source>Edit the chosen cell of a table</source>
        <translation>Redigera den valda cellen i en tabell</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Next tab of a page</source>
        <translation>Nästa flik på en sida</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tabb</translation>
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
        <translation>Fieldkit kan inte använda sin datamapp {path}: {reason}.

Starta programmet med en annan mapp (fieldkit --data-dir MAPP, eller variabeln FIELDKIT_DATA_DIR), eller rätta mappens behörigheter.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Bundle conflicts</source>
        <translation>Konflikter från paket</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paketet är importerat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>I konflikt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message numerus="yes">
        <source>Edited on both computers (%n): the value here is kept until you choose.</source>
        <translation>
            <numerusform>Redigerad på båda datorerna (%n): värdet här behålls tills du väljer.</numerusform>
            <numerusform>Redigerade på båda datorerna (%n): värdena här behålls tills du väljer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
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
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>text on a progress bar</comment>
        <translation>%p %</translation>
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
        <translation>Hur långt supporten har kommit med förfrågan.</translation>
    </message>
    <message>
        <source>Who at the helpdesk looks after this request.</source>
        <translation>Vem på supporten som tar hand om förfrågan.</translation>
    </message>
    <message>
        <source>Private notes: never in replies or committee packs.</source>
        <translation>Privata anteckningar: kommer aldrig med i svar eller kommittéunderlag.</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Läge</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>Privata &amp;anteckningar</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Ändra läge</translation>
    </message>
    <message>
        <source>Saves the chosen state and who handles it.</source>
        <translation>Sparar valt läge och vem som hanterar det.</translation>
    </message>
    <message>
        <source>The state and assignee are shared with the rest of the helpdesk: on the wiki in the request&apos;s section, in the mailbox as a keyword. Sent with the next sync.</source>
        <translation>Läget och den ansvariga delas med resten av helpdesken: på wikin i förfrågans avsnitt, i brevlådan som ett nyckelord. Skickas vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Notes stay on this computer. They are never published or sent.</source>
        <translation>Anteckningarna stannar på den här datorn. De publiceras eller skickas aldrig.</translation>
    </message>
</context>
<context>
    <name>UploadFormatting</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s kvar</numerusform>
            <numerusform>%n s kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min kvar</numerusform>
            <numerusform>%n min kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n tim kvar</numerusform>
            <numerusform>%n tim kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadJobModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(no batch)</source>
        <translation>(ingen omgång)</translation>
    </message>
</context>
<context>
    <name>UploadSettingsWidget</name>
    <message>
        <source>Uploads</source>
        <translation>Uppladdningar</translation>
    </message>
    <message>
        <source>On a phone or pay-per-megabyte connection, uploads wait (they continue by themselves on Wi-Fi or a cable). If the computer cannot tell, they wait too.</source>
        <translation>På en mobilanslutning eller en anslutning där man betalar per megabyte väntar uppladdningarna (de fortsätter av sig själva via wifi eller kabel). Om datorn inte kan avgöra vilket det är väntar de också.</translation>
    </message>
    <message>
        <source>Upload &amp;only on unmetered connections</source>
        <translation>&amp;Ladda bara upp via anslutningar utan datapriser</translation>
    </message>
    <message>
        <source>Ba&amp;ndwidth limit:</source>
        <translation>Ban&amp;dbreddsgräns:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Leave room for others on a shared link: uploads send at most this much per second. 0 means no limit.</source>
        <translation>Lämna utrymme åt andra på en delad uppkoppling: uppladdningar skickar högst så här mycket per sekund. 0 betyder ingen gräns.</translation>
    </message>
</context>
<context>
    <name>UploadSummary</name>
    <message numerus="yes">
        <source>Queued for upload: %n</source>
        <translation>
            <numerusform>Köade för uppladdning: %n</numerusform>
            <numerusform>Köade för uppladdning: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already queued: %n</source>
        <translation>
            <numerusform>redan köade: %n</numerusform>
            <numerusform>redan köade: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already uploaded: %n</source>
        <translation>
            <numerusform>redan uppladdade: %n</numerusform>
            <numerusform>redan uppladdade: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not ready yet: %n — see Problems</source>
        <translation>
            <numerusform>inte klara än: %n – se Problem</numerusform>
            <numerusform>inte klara än: %n – se Problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be prepared: %n</source>
        <translation>
            <numerusform>kunde inte förberedas: %n</numerusform>
            <numerusform>kunde inte förberedas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch has no files to upload.</source>
        <translation>Den här omgången har inga filer att ladda upp.</translation>
    </message>
    <message>
        <source>Nothing new was queued</source>
        <translation>Inget nytt köades</translation>
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
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Väntar på nytt försök</translation>
    </message>
    <message>
        <source>The wiki assembles the file</source>
        <translation>Wikin sätter ihop filen</translation>
    </message>
    <message>
        <source>The wiki publishes the file</source>
        <translation>Wikin publicerar filen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Laddas upp</translation>
    </message>
    <message>
        <source>Sent, publishing</source>
        <translation>Skickad, publiceras</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publiceras</translation>
    </message>
    <message>
        <source>Checking on the wiki</source>
        <translation>Kontrolleras på wikin</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Uppladdad</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Behöver ditt beslut</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Same file already on the wiki</source>
        <translation>Samma fil finns redan på wikin</translation>
    </message>
    <message>
        <source>Same file was deleted before</source>
        <translation>Samma fil har raderats tidigare</translation>
    </message>
    <message>
        <source>A file with this name was deleted</source>
        <translation>En fil med det här namnet har raderats</translation>
    </message>
    <message>
        <source>A different file has this name</source>
        <translation>En annan fil har det här namnet</translation>
    </message>
    <message>
        <source>A similar name is taken</source>
        <translation>Ett liknande namn är upptaget</translation>
    </message>
    <message>
        <source>A page with this name exists</source>
        <translation>Det finns en sida med det här namnet</translation>
    </message>
    <message>
        <source>Name looks like a camera default</source>
        <translation>Namnet ser ut som kamerans standardnamn</translation>
    </message>
    <message>
        <source>The wiki changed the name</source>
        <translation>Wikin ändrade namnet</translation>
    </message>
    <message>
        <source>Unwanted file type</source>
        <translation>Oönskad filtyp</translation>
    </message>
    <message>
        <source>Very large file</source>
        <translation>Mycket stor fil</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Tom fil</translation>
    </message>
    <message>
        <source>Same as an older version</source>
        <translation>Samma som en äldre version</translation>
    </message>
    <message>
        <source>Wiki warning: {code}</source>
        <translation>Varning från wikin: {code}</translation>
    </message>
    <message>
        <source>Exactly the same file is already on the wiki as: {names}. Uploading it again makes a second copy, which Commons usually deletes. Skip it unless you are sure.</source>
        <translation>Exakt samma fil finns redan på wikin som: {names}. Om du laddar upp den igen blir det en kopia till, som Commons oftast raderar. Hoppa över den om du inte är säker.</translation>
    </message>
    <message>
        <source>Exactly the same file was uploaded before and then deleted ({names}). It may have been deleted for a reason; check before publishing it again.</source>
        <translation>Exakt samma fil har laddats upp tidigare och sedan raderats ({names}). Den kan ha raderats av en anledning; kontrollera innan du publicerar den igen.</translation>
    </message>
    <message>
        <source>A file with this name was deleted from the wiki before. Publishing re-creates it; a new name avoids confusion.</source>
        <translation>En fil med det här namnet har tidigare raderats från wikin. Om du publicerar återskapas den; ett nytt namn undviker förväxling.</translation>
    </message>
    <message>
        <source>The name “{names}” is already taken by a different file. Publishing anyway would replace that file with this one. Choose a new name unless you mean to replace it.</source>
        <translation>Namnet ”{names}” används redan av en annan fil. Om du publicerar ändå ersätts den filen med den här. Välj ett nytt namn om du inte verkligen vill ersätta den.</translation>
    </message>
    <message>
        <source>A file with almost the same name exists: {names}. Choose a clearer name, or publish anyway if they really are different files.</source>
        <translation>Det finns en fil med nästan samma namn: {names}. Välj ett tydligare namn, eller publicera ändå om det verkligen är olika filer.</translation>
    </message>
    <message>
        <source>A page with this name already exists ({names}). Choose a new name.</source>
        <translation>Det finns redan en sida med det här namnet ({names}). Välj ett nytt namn.</translation>
    </message>
    <message>
        <source>The name starts like a camera&apos;s default file name (“{names}”), which says nothing about the picture. Give it a descriptive name.</source>
        <translation>Namnet börjar som en kameras standardfilnamn (”{names}”), vilket inte säger något om bilden. Ge den ett beskrivande namn.</translation>
    </message>
    <message>
        <source>The wiki would change the name to “{names}”.</source>
        <translation>Wikin skulle ändra namnet till ”{names}”.</translation>
    </message>
    <message>
        <source>The wiki discourages this file type. Publishing may still work.</source>
        <translation>Wikin avråder från den här filtypen. Det kan ändå gå att publicera.</translation>
    </message>
    <message>
        <source>The file is larger than the wiki recommends.</source>
        <translation>Filen är större än wikin rekommenderar.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is the same as an older version of this page.</source>
        <translation>Filen är samma som en äldre version av den här sidan.</translation>
    </message>
    <message>
        <source>The wiki warned about this file ({code}). {names}</source>
        <translation>Wikin varnade för filen ({code}). {names}</translation>
    </message>
    <message>
        <source>The connection dropped. Fieldkit tries again by itself.</source>
        <translation>Anslutningen bröts. Fieldkit försöker igen av sig självt.</translation>
    </message>
    <message>
        <source>The wiki is busy. Fieldkit tries again by itself.</source>
        <translation>Wikin är upptagen. Fieldkit försöker igen av sig självt.</translation>
    </message>
    <message>
        <source>The wiki asked us to slow down. Fieldkit tries again later.</source>
        <translation>Wikin bad oss att sakta ner. Fieldkit försöker igen senare.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance. Fieldkit tries again later.</source>
        <translation>Wikin är skrivskyddad på grund av underhåll. Fieldkit försöker igen senare.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password in Settings. Uploads continue after that.</source>
        <translation>Inloggningen avvisades: kontrollera botlösenordet under Inställningar. Uppladdningarna fortsätter sedan.</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings. Uploads start after that.</source>
        <translation>Inget wikikonto än – lägg till det under Inställningar. Uppladdningarna börjar sedan.</translation>
    </message>
    <message>
        <source>No password is stored for the wiki account — enter it in Settings. Uploads start after that.</source>
        <translation>Inget lösenord är sparat för wikikontot – ange det under Inställningar. Uppladdningarna börjar sedan.</translation>
    </message>
    <message>
        <source>Something unexpected happened; Fieldkit tries again by itself.</source>
        <translation>Något oväntat hände; Fieldkit försöker igen av sig själv.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki. Uploads wait and try again when the block ends (and every hour, in case an administrator lifts it).</source>
        <translation>Kontot är blockerat på wikin. Uppladdningarna väntar och försöker igen när blockeringen upphör (och varje timme, ifall en administratör häver den).</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki. Uploads wait and try again when the block ends.</source>
        <translation>Den här internetadressen är blockerad på wikin. Uppladdningarna väntar och försöker igen när blockeringen upphör.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type; nothing was sent. Convert the file (the media check says how) and queue it again.</source>
        <translation>Wikin tar inte emot den här filtypen; ingenting skickades. Konvertera filen (kontrollen av mediefilerna visar hur) och köa den igen.</translation>
    </message>
    <message>
        <source>The wiki could not put the file together from its parts; it is sent again.</source>
        <translation>Wikin kunde inte sätta ihop filen av dess delar; den skickas igen.</translation>
    </message>
    <message>
        <source>The wiki refused a part as too large; smaller parts are sent.</source>
        <translation>Wikin avvisade en del som för stor; mindre delar skickas.</translation>
    </message>
    <message>
        <source>The wiki refused the file; the reason it gave is in the log.</source>
        <translation>Wikin avvisade filen; skälet den angav finns i loggen.</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>Adressen är blockerad</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Skickas igen</translation>
    </message>
    <message>
        <source>Smaller parts</source>
        <translation>Mindre delar</translation>
    </message>
    <message>
        <source>Refused by the wiki</source>
        <translation>Avvisad av wikin</translation>
    </message>
    <message>
        <source>Waiting for a connection: uploads continue by themselves when the wiki can be reached.</source>
        <translation>Väntar på anslutning: uppladdningarna fortsätter av sig själva när wikin går att nå.</translation>
    </message>
    <message>
        <source>The wiki asked Fieldkit to slow down. Uploads wait and continue by themselves at {time}.</source>
        <translation>Wikin bad Fieldkit att sakta ner. Uppladdningarna väntar och fortsätter av sig själva vid {time}.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Wikin är skrivskyddad på grund av underhåll ({reason}). Uppladdningarna väntar och försöker igen av sig själva vid {time}.</translation>
    </message>
    <message>
        <source>The wiki is overloaded and asked bots to wait. Uploads try again by themselves at {time}.</source>
        <translation>Wikin är överbelastad och bad robotar att vänta. Uppladdningarna försöker igen av sig själva vid {time}.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Kontot är blockerat på wikin ({reason}). Uppladdningarna väntar och försöker igen av sig själva vid {time}.</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Den här internetadressen är blockerad på wikin ({reason}). Uppladdningarna väntar och försöker igen av sig själva vid {time}.</translation>
    </message>
    <message>
        <source>The wiki takes no uploads for now ({reason}). Fieldkit tries again at {time}.</source>
        <translation>Wikin tar inte emot uppladdningar just nu ({reason}). Fieldkit försöker igen vid {time}.</translation>
    </message>
    <message>
        <source>Tries again by itself at {time}.</source>
        <translation>Försöker igen av sig självt vid {time}.</translation>
    </message>
    <message>
        <source>The wiki named the file “{title}” (asked: “{asked}”).</source>
        <translation>Wikin gav filen namnet ”{title}” (önskat: ”{asked}”).</translation>
    </message>
    <message>
        <source>The file on this computer could not be read (moved, deleted or on a disk that is not connected). Put it back and press Retry.</source>
        <translation>Filen på den här datorn kunde inte läsas (flyttad, raderad eller på en disk som inte är ansluten). Lägg tillbaka den och tryck på Försök igen.</translation>
    </message>
    <message>
        <source>The file on the wiki is not the same as the one sent. Check it on the wiki.</source>
        <translation>Filen på wikin är inte densamma som den som skickades. Kontrollera den på wikin.</translation>
    </message>
    <message>
        <source>The wiki lost the partly sent file; it is sent again from the start.</source>
        <translation>Wikin tappade bort den delvis skickade filen; den skickas om från början.</translation>
    </message>
    <message>
        <source>The file name is not allowed on the wiki. Fix the title.</source>
        <translation>Filnamnet är inte tillåtet på wikin. Rätta titeln.</translation>
    </message>
    <message>
        <source>The file name is too short. Fix the title.</source>
        <translation>Filnamnet är för kort. Rätta titeln.</translation>
    </message>
    <message>
        <source>The wiki does not allow this file name. Fix the title.</source>
        <translation>Wikin tillåter inte det här filnamnet. Rätta titeln.</translation>
    </message>
    <message>
        <source>This file name is protected on the wiki. Fix the title.</source>
        <translation>Filnamnet är skyddat på wikin. Rätta titeln.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type.</source>
        <translation>Wikin tar inte emot den här filtypen.</translation>
    </message>
    <message>
        <source>The file is too large for the wiki.</source>
        <translation>Filen är för stor för wikin.</translation>
    </message>
    <message>
        <source>Exactly this file is already on the wiki under this name.</source>
        <translation>Exakt den här filen finns redan på wikin under det här namnet.</translation>
    </message>
    <message>
        <source>This account may not upload files. Check its rights.</source>
        <translation>Kontot får inte ladda upp filer. Kontrollera dess rättigheter.</translation>
    </message>
    <message>
        <source>A wiki filter refused the file. Check the description.</source>
        <translation>Ett filter på wikin avvisade filen. Kontrollera beskrivningen.</translation>
    </message>
    <message>
        <source>The wiki did not accept the file&apos;s contents or type.</source>
        <translation>Wikin godtog inte filens innehåll eller typ.</translation>
    </message>
    <message>
        <source>The wiki answered with an error ({code}). Fieldkit tries again by itself.</source>
        <translation>Wikin svarade med ett fel ({code}). Fieldkit försöker igen av sig självt.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Anslutningen bröts</translation>
    </message>
    <message>
        <source>Wiki busy</source>
        <translation>Wikin är upptagen</translation>
    </message>
    <message>
        <source>Wiki asked to slow down</source>
        <translation>Wikin bad om lägre takt</translation>
    </message>
    <message>
        <source>Wiki in maintenance</source>
        <translation>Underhåll pågår på wikin</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Inloggningen avvisades</translation>
    </message>
    <message>
        <source>No wiki account yet</source>
        <translation>Inget wikikonto än</translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation>Inget lösenord sparat</translation>
    </message>
    <message>
        <source>Unexpected trouble</source>
        <translation>Oväntat problem</translation>
    </message>
    <message>
        <source>File missing on this computer</source>
        <translation>Filen saknas på datorn</translation>
    </message>
    <message>
        <source>Differs on the wiki</source>
        <translation>Avviker på wikin</translation>
    </message>
    <message>
        <source>Starting again</source>
        <translation>Börjar om</translation>
    </message>
    <message>
        <source>Title not allowed</source>
        <translation>Titeln är inte tillåten</translation>
    </message>
    <message>
        <source>Title too short</source>
        <translation>Titeln är för kort</translation>
    </message>
    <message>
        <source>Title protected</source>
        <translation>Titeln är skyddad</translation>
    </message>
    <message>
        <source>File type refused</source>
        <translation>Filtypen avvisades</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Filen är för stor</translation>
    </message>
    <message>
        <source>Already on the wiki</source>
        <translation>Finns redan på wikin</translation>
    </message>
    <message>
        <source>Account may not upload</source>
        <translation>Kontot får inte ladda upp</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>Kontot är blockerat</translation>
    </message>
    <message>
        <source>Refused by a wiki filter</source>
        <translation>Avvisad av ett filter på wikin</translation>
    </message>
    <message>
        <source>Wiki error ({code})</source>
        <translation>Fel på wikin ({code})</translation>
    </message>
    <message>
        <source>All uploads are paused. Press “Resume all” to continue.</source>
        <translation>Alla uppladdningar är pausade. Tryck på ”Återuppta alla” för att fortsätta.</translation>
    </message>
    <message>
        <source>Uploads wait for an unmetered connection (as set in Settings). They continue by themselves on Wi-Fi or a cable.</source>
        <translation>Uppladdningarna väntar på en anslutning utan datapriser (enligt Inställningar). De fortsätter av sig själva via wifi eller kabel.</translation>
    </message>
    <message>
        <source>Uploads wait: “unmetered connections only” is on, and this computer does not say whether its connection is metered. Switch it off in Settings to upload.</source>
        <translation>Uppladdningarna väntar: ”bara anslutningar utan datapriser” är på, och datorn anger inte om anslutningen har datapriser. Stäng av det under Inställningar för att ladda upp.</translation>
    </message>
</context>
<context>
    <name>UploadsArea</name>
    <message>
        <source>Uploads</source>
        <translation>Uppladdningar</translation>
    </message>
    <message>
        <source>Files on their way to Wikimedia Commons. They wait while you are offline and continue where they stopped when the connection returns, also after a restart.</source>
        <translation>Filer på väg till Wikimedia Commons. De väntar medan du saknar uppkoppling och fortsätter där de slutade när anslutningen är tillbaka, även efter en omstart.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Kö</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>Välkommen till Fieldkit</translation>
    </message>
    <message>
        <source>&amp;Skip the welcome</source>
        <translation>&amp;Hoppa över välkomsten</translation>
    </message>
    <message>
        <source>Start with an empty Fieldkit; everything can be set up later</source>
        <translation>Börja med ett tomt Fieldkit; allt kan ställas in senare</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Later — &amp;I am offline now</source>
        <translation>&amp;Senare – jag är offline nu</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Steg {number} av {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>The wiki login could not be saved; enter it in Settings.</source>
        <translation>Wikiinloggningen kunde inte sparas; ange den under Inställningar.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in the keyring.</source>
        <translation>Din wikiinloggning är sparad; lösenordet finns i nyckelringen.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in Fieldkit&apos;s encrypted file.</source>
        <translation>Din wikiinloggning är sparad; lösenordet ligger i Fieldkits krypterade fil.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: enter it in Settings.</source>
        <translation>Din wikiinloggning är sparad, men inte lösenordet: ange det i Inställningar.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: this system has no keyring to keep it. Settings says how to give it.</source>
        <translation>Din wikiinloggning är sparad, men inte lösenordet: systemet har ingen nyckelring att spara det i. Under Inställningar står det hur du anger det.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but the keyring refused to keep the password.</source>
        <translation>Din wikiinloggning är sparad, men nyckelringen vägrade spara lösenordet.</translation>
    </message>
</context>
<context>
    <name>WikiPage</name>
    <message>
        <source>The login must have the form name@bot, as Special:BotPasswords shows it.</source>
        <translation>Inloggningen måste ha formen namn@bot, som den visas på Special:BotPasswords.</translation>
    </message>
    <message>
        <source>Enter the bot login too, so the password can be kept.</source>
        <translation>Ange även botinloggningen, så att lösenordet kan sparas.</translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation>Frågar wikin …</translation>
    </message>
    <message>
        <source>Your wiki and bot login</source>
        <translation>Din wiki och botinloggning</translation>
    </message>
    <message>
        <source>Fieldkit uploads files and sends help requests with a bot password of your own. Most partnerships upload to Wikimedia Commons.</source>
        <translation>Fieldkit laddar upp filer och skickar hjälpförfrågningar med ett eget botlösenord. De flesta partnerskap laddar upp till Wikimedia Commons.</translation>
    </message>
    <message>
        <source>Wikimedia &amp;Commons</source>
        <translation>Wikimedia &amp;Commons</translation>
    </message>
    <message>
        <source>Bot &amp;login:</source>
        <translation>Bot&amp;inloggning:</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>DittNamn@Fieldkit</translation>
    </message>
    <message>
        <source>Bot pass&amp;word:</source>
        <translation>Bot&amp;lösenord:</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords: it shows the login (name@bot) and the password. The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files. Nothing is checked online now; if you are offline or have no bot password yet, choose “Later”.</source>
        <translation>Skapa ett botlösenord på wikin under Special:BotPasswords: där visas inloggningen (namn@bot) och lösenordet. Lösenordet förvaras i systemets nyckelring, inte i Fieldkits filer. Inget kontrolleras online nu; om du är offline eller inte har något botlösenord än, välj ”Senare”.</translation>
    </message>
    <message>
        <source>&amp;Another MediaWiki, its API address:</source>
        <translation>&amp;En annan MediaWiki, dess API-adress:</translation>
    </message>
    <message>
        <source>Check &amp;the login now</source>
        <translation>&amp;Kontrollera inloggningen nu</translation>
    </message>
    <message>
        <source>Optional: asks the wiki whether it accepts this login</source>
        <translation>Valfritt: frågar wikin om den godtar inloggningen</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address, for example https://wiki.example.org/w/api.php.</source>
        <translation>Ange wikins API-adress, till exempel https://wiki.example.org/w/api.php.</translation>
    </message>
    <message>
        <source>The wiki answered and accepted the login.</source>
        <translation>Wikin svarade och godtog inloggningen.</translation>
    </message>
    <message>
        <source>The wiki answered (no password given: the login was not tried).</source>
        <translation>Wikin svarade (inget lösenord angavs: inloggningen prövades inte).</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. That is fine: what you entered is kept and used once you are online.</source>
        <translation>Wikin går inte att nå just nu. Det gör inget: det du angav sparas och används när du är online.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the login and the password.</source>
        <translation>Wikin godtog inte inloggningen. Kontrollera inloggningen och lösenordet.</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address first.</source>
        <translation>Ange först wikins API-adress.</translation>
    </message>
    <message>
        <source>The check itself failed.</source>
        <translation>Själva kontrollen misslyckades.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Uppladdningar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>N&amp;ytt partnerskap…</translation>
    </message>
    <message>
        <source>New req&amp;uest</source>
        <translation>Ny &amp;förfrågan</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Inställnin&amp;gar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find in this area</source>
        <translation>&amp;Sök i det här området</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Ny omgång…</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Import&amp;era filer…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Importera mapp…</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Importera från &amp;kalkylark…</translation>
    </message>
    <message>
        <source>&amp;Start or resume uploads</source>
        <translation>&amp;Starta eller återuppta uppladdningar</translation>
    </message>
    <message>
        <source>&amp;Pause all uploads</source>
        <translation>&amp;Pausa alla uppladdningar</translation>
    </message>
    <message>
        <source>&amp;Connect and send now</source>
        <translation>&amp;Anslut och skicka nu</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>Gu&amp;ider</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
</context>
</TS>
