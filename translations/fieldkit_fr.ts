<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessible</name>
    <message>
        <source>The arrow keys change the page.</source>
        <translation>Les flèches du clavier changent de page.</translation>
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
        <translation>Quelques fichiers d&apos;exemple ou un extrait des métadonnées, pas toute la collection&#xa0;: {one} au plus par fichier et {total} au total.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Ajouter &amp;des fichiers…</translation>
    </message>
    <message>
        <source>Attaches files to this request.</source>
        <translation>Joint des fichiers à cette demande.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file from this request</source>
        <translation>Retirer de la demande le fichier sélectionné</translation>
    </message>
    <message>
        <source>Attach files to the request</source>
        <translation>Joindre des fichiers à la demande</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <source>Check against the &amp;wiki</source>
        <translation>Vérifier sur le &amp;wiki</translation>
    </message>
    <message>
        <source>Look for files already on the wiki (same content or same title) and read the wiki&apos;s accepted file types; needs a connection</source>
        <translation>Rechercher les fichiers déjà présents sur le wiki (même contenu ou même titre) et lire les types de fichiers acceptés par le wiki&#xa0;; nécessite une connexion</translation>
    </message>
    <message>
        <source>Up&amp;load ready files</source>
        <translation>Télé&amp;verser les fichiers prêts</translation>
    </message>
    <message>
        <source>Queue the files without problems for upload; the others stay here</source>
        <translation>Mettre en file d&apos;attente les fichiers sans problème&#xa0;; les autres restent ici</translation>
    </message>
    <message>
        <source>Checking against the wiki…</source>
        <translation>Vérification sur le wiki…</translation>
    </message>
    <message numerus="yes">
        <source>Checked against the wiki; already there: %n — see Problems.</source>
        <translation>
            <numerusform>Vérifié sur le wiki&#xa0;; déjà présent&#xa0;: %n — voir Problèmes.</numerusform>
            <numerusform>Vérifié sur le wiki&#xa0;; déjà présents&#xa0;: %n — voir Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against the wiki: none of these files is there yet.</source>
        <translation>Vérifié sur le wiki&#xa0;: aucun de ces fichiers n&apos;y est encore.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached</source>
        <translation>Le wiki est injoignable</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Pas encore de compte wiki — configurez-le dans les Réglages</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>Pas de mot de passe pour le compte wiki — saisissez-le dans les Réglages</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Identification refusée&#xa0;: vérifiez le mot de passe du robot</translation>
    </message>
    <message>
        <source>The check against the wiki failed.</source>
        <translation>La vérification sur le wiki a échoué.</translation>
    </message>
    <message>
        <source>The wiki answered with an error</source>
        <translation>Le wiki a répondu par une erreur</translation>
    </message>
    <message>
        <source>{reason}, so nothing was checked against it. The offline checks still apply; try again when that is solved.</source>
        <translation>{reason}, donc rien n&apos;a été vérifié sur le wiki. Les vérifications hors ligne restent valables&#xa0;; réessayez une fois le problème réglé.</translation>
    </message>
    <message>
        <source>The files could not be queued.</source>
        <translation>Les fichiers n&apos;ont pas pu être mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Queueing the ready files for upload…</source>
        <translation>Mise en file d&apos;attente des fichiers prêts…</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>L&amp;ot&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Nouveau lot…</translation>
    </message>
    <message>
        <source>Starts a new batch of files for a partnership.</source>
        <translation>Commence un nouveau lot de fichiers pour un partenariat.</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Importer des fi&amp;chiers…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add chosen files to this batch</source>
        <translation>Ajouter les fichiers choisis à ce lot</translation>
    </message>
    <message>
        <source>Add every file of a folder to this batch</source>
        <translation>Ajouter tous les fichiers d&apos;un dossier à ce lot</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>&amp;Importer depuis un tableur…</translation>
    </message>
    <message>
        <source>Import the files listed in a column of a CSV or XLSX spreadsheet</source>
        <translation>Importer les fichiers listés dans une colonne d&apos;un tableur CSV ou XLSX</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Re&amp;voir les fichiers</translation>
    </message>
    <message>
        <source>Look at this batch&apos;s files again: read the ones edited since, follow the ones moved, mark the ones gone (a missing file is never uploaded)</source>
        <translation>Revoir les fichiers de ce lot&#xa0;: relire ceux modifiés depuis, suivre ceux déplacés, signaler ceux disparus (un fichier manquant n&apos;est jamais téléversé)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <source>No batches yet</source>
        <translation>Aucun lot pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Create or choose a batch first, then import files into it.</source>
        <translation>Créez ou choisissez d&apos;abord un lot, puis importez-y des fichiers.</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. {error}</source>
        <translation>Rien n&apos;a été importé&#xa0;: le tableur est inutilisable. {error}</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. It needs a column of file paths (path, file or filename) and must be a readable CSV or XLSX.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le tableur est inutilisable. Il lui faut une colonne de chemins de fichiers (path, file ou filename) et ce doit être un fichier CSV ou XLSX lisible.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>L&apos;importation a échoué.</translation>
    </message>
</context>
<context>
    <name>BatchEdits</name>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Remplissage vers le bas</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Application du modèle de titre</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <source>Batch licence</source>
        <translation>Licence du lot</translation>
    </message>
    <message>
        <source>Location policy</source>
        <translation>Choix pour le lieu de prise de vue</translation>
    </message>
    <message>
        <source>Title pattern</source>
        <translation>Modèle de titre</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Batches in the upload queue</source>
        <translation>Lots dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Files without a batch</source>
        <translation>Fichiers sans lot</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>Lot {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 uploaded</source>
        <translation>
            <numerusform>%n sur %1 téléversé</numerusform>
            <numerusform>%n sur %1 téléversés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n en attente de décision</numerusform>
            <numerusform>%n en attente de décision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded: {uploaded}
On their way: {active}
Need a decision: {decision}
Failed: {failed}
Cancelled or skipped: {cancelled}</source>
        <translation>Téléversés&#xa0;: {uploaded}
En cours d&apos;envoi&#xa0;: {active}
Décision requise&#xa0;: {decision}
En échec&#xa0;: {failed}
Annulés ou ignorés&#xa0;: {cancelled}</translation>
    </message>
</context>
<context>
    <name>BatchSettings</name>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Camera location (whole batch)</source>
        <translation>Lieu de prise de vue (tout le lot)</translation>
    </message>
    <message>
        <source>Photos can record where they were taken. Publishing that can reveal homes.</source>
        <translation>Les photos peuvent enregistrer le lieu de prise de vue. Le publier peut révéler un domicile.</translation>
    </message>
    <message>
        <source>Not decided yet (blocks upload)</source>
        <translation>Pas encore décidé (bloque le téléversement)</translation>
    </message>
    <message>
        <source>&amp;Keep and publish the location</source>
        <translation>&amp;Garder et publier le lieu</translation>
    </message>
    <message>
        <source>Fo&amp;r the batch:</source>
        <translation>Pour le &amp;lot&#xa0;:</translation>
    </message>
    <message>
        <source>For this fi&amp;le:</source>
        <translation>Po&amp;ur ce fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Remove it from u&amp;ploaded copies</source>
        <translation>Retirer le lieu des copies t&amp;éléversées</translation>
    </message>
    <message>
        <source>The licence of every file in the batch, unless a file has its own.</source>
        <translation>La licence de tous les fichiers du lot, sauf si un fichier a la sienne.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence, when it differs from the batch&apos;s.</source>
        <translation>La licence propre à ce fichier, lorsqu&apos;elle diffère de celle du lot.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisie</translation>
    </message>
    <message>
        <source>Same as the batch</source>
        <translation>Comme le lot</translation>
    </message>
    <message>
        <source>Choose a licence the partner agreed to.</source>
        <translation>Choisissez une licence acceptée par le partenaire.</translation>
    </message>
    <message>
        <source>“{id}” is not in Fieldkit&apos;s licence list.</source>
        <translation>«&#xa0;{id}&#xa0;» ne figure pas dans la liste des licences de Fieldkit.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence: {licence}. {summary}</source>
        <translation>Licence propre à ce fichier&#xa0;: {licence}. {summary}</translation>
    </message>
    <message>
        <source>Batch licence: {licence}. {summary}</source>
        <translation>Licence du lot&#xa0;: {licence}. {summary}</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit the selected files (%n)</source>
        <translation>
            <numerusform>Modifier le fichier sélectionné (%n)</numerusform>
            <numerusform>Modifier les fichiers sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to clear the field</source>
        <translation>Laisser vide pour effacer le champ</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Séparez plusieurs catégories par |</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>Write a partnership and its files to a bundle for another computer</source>
        <translation>Enregistrer un partenariat et ses fichiers dans un paquet destiné à un autre ordinateur</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Merge a bundle made on another computer</source>
        <translation>Fusionner un paquet créé sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Export &amp;receipt…</source>
        <translation>Exporter un ré&amp;cépissé…</translation>
    </message>
    <message>
        <source>Tell the computer a bundle came from what became of its files and requests</source>
        <translation>Indiquer à l&apos;ordinateur d&apos;où vient un paquet ce que sont devenus ses fichiers et ses demandes</translation>
    </message>
    <message>
        <source>Import re&amp;ceipt…</source>
        <translation>Imp&amp;orter un récépissé…</translation>
    </message>
    <message>
        <source>Mark the files and requests another computer uploaded and sent as done</source>
        <translation>Marquer comme terminés les fichiers téléversés et les demandes envoyées par un autre ordinateur</translation>
    </message>
    <message>
        <source>&amp;Bundle conflicts…</source>
        <translation>Conflits de paq&amp;uets…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is written (files: %n):</source>
        <translation>
            <numerusform>Le paquet a été écrit (fichier&#xa0;: %n)&#xa0;:</numerusform>
            <numerusform>Le paquet a été écrit (fichiers&#xa0;: %n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, so their records travel without them: %n</source>
        <translation>
            <numerusform>Introuvable, ses données voyagent donc sans lui&#xa0;: %n</numerusform>
            <numerusform>Introuvables, leurs données voyagent donc sans eux&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Vérification et importation du paquet…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Which bundle is the receipt for?</source>
        <translation>À quel paquet ce récépissé se rapporte-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Paquet Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le récépissé</translation>
    </message>
    <message>
        <source>Fieldkit receipt (*.fkr)</source>
        <translation>Récépissé Fieldkit (*.fkr)</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Écriture du récépissé…</translation>
    </message>
    <message>
        <source>Receipt exported</source>
        <translation>Récépissé exporté</translation>
    </message>
    <message>
        <source>The receipt is written to {path}: files uploaded {uploads}, requests delivered {deliveries}. Take it to the computer the bundle came from.</source>
        <translation>Le récépissé a été écrit dans {path} (fichiers téléversés&#xa0;: {uploads}&#xa0;; demandes transmises&#xa0;: {deliveries}). Apportez-le à l&apos;ordinateur d&apos;où vient le paquet.</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importer un récépissé</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Lecture du récépissé…</translation>
    </message>
    <message>
        <source>Marked as uploaded: {files}; marked as delivered: {requests}; known already: {known}.</source>
        <translation>Marqués comme téléversés&#xa0;: {files}&#xa0;; marquées comme transmises&#xa0;: {requests}&#xa0;; déjà connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>Récépissé importé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>{error} (details in the log). Nothing was changed.</source>
        <translation>{error} (détails dans le journal). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été écrit ni modifié.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message>
        <source>This bundle was imported before; there was nothing new in it.</source>
        <translation>Ce paquet a déjà été importé&#xa0;; il ne contenait rien de nouveau.</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, conflicting {conflicts}, skipped {skipped}. Files placed: {placed} (already there: {there}, not in the bundle: {missing}).</source>
        <translation>Ajoutés&#xa0;: {added}&#xa0;; mis à jour&#xa0;: {updated}&#xa0;; en conflit&#xa0;: {conflicts}&#xa0;; ignorés&#xa0;: {skipped}. Fichiers placés&#xa0;: {placed} (déjà présents&#xa0;: {there}&#xa0;; absents du paquet&#xa0;: {missing}).</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>There is no file {file}.</source>
        <translation>Le fichier {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} est illisible.</translation>
    </message>
    <message>
        <source>This file is not a Fieldkit bundle or receipt.</source>
        <translation>Ce fichier n&apos;est ni un paquet ni un récépissé Fieldkit.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({detail}). Copy it from the original again.</source>
        <translation>Le paquet est endommagé ({detail}). Copiez-le de nouveau depuis l&apos;original.</translation>
    </message>
    <message>
        <source>The bundle ends too early: the copy was cut off. Copy it again.</source>
        <translation>Le paquet se termine trop tôt&#xa0;: la copie a été interrompue. Copiez-le de nouveau.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its checksum: it was damaged on the way. Copy it again.</source>
        <translation>Une partie du paquet ({name}) ne correspond pas à sa somme de contrôle&#xa0;: elle a été endommagée en route. Copiez-le de nouveau.</translation>
    </message>
    <message>
        <source>Part {volume} of {volumes} of this bundle is missing: {file}. Copy all its parts into the same folder.</source>
        <translation>La partie {volume} sur {volumes} de ce paquet est manquante&#xa0;: {file}. Copiez toutes ses parties dans le même dossier.</translation>
    </message>
    <message>
        <source>The bundle holds an entry named “{name}”, which could write outside its folder.</source>
        <translation>Le paquet contient une entrée nommée «&#xa0;{name}&#xa0;», qui pourrait écrire en dehors de son dossier.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “{name}” is a link or a device file; bundles hold only plain files.</source>
        <translation>L&apos;entrée «&#xa0;{name}&#xa0;» du paquet est un lien ou un fichier de périphérique&#xa0;; les paquets ne contiennent que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>The bundle holds two files whose names differ only in case; on a stick they would be one file.</source>
        <translation>Le paquet contient deux fichiers dont les noms ne diffèrent que par la casse&#xa0;; sur une clé USB, ils ne formeraient qu&apos;un seul fichier.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) is far larger than it says (a decompression bomb?).</source>
        <translation>Une partie du paquet ({name}) est bien plus volumineuse qu&apos;annoncé (une bombe de décompression&#xa0;?).</translation>
    </message>
    <message>
        <source>The bundle holds “{name}”, which its table of contents does not list.</source>
        <translation>Le paquet contient «&#xa0;{name}&#xa0;», qui ne figure pas dans sa table des matières.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Fieldkit ({fieldkit_version}). Update Fieldkit to import it.</source>
        <translation>Ce paquet a été créé par une version plus récente de Fieldkit ({fieldkit_version}). Mettez Fieldkit à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>This file is a receipt, not a bundle (or the other way round).</source>
        <translation>Ce fichier est un récépissé et non un paquet (ou l&apos;inverse).</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not valid ({detail}); nothing was imported.</source>
        <translation>Les données du paquet ne sont pas valides ({detail})&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>This receipt answers a bundle this computer never sent; nothing was changed.</source>
        <translation>Ce récépissé répond à un paquet que cet ordinateur n&apos;a jamais envoyé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This bundle was never imported here, so there is no receipt to give for it.</source>
        <translation>Ce paquet n&apos;a jamais été importé ici&#xa0;; il n&apos;y a donc pas de récépissé à fournir pour lui.</translation>
    </message>
    <message>
        <source>There is no partnership called “{partnership}”.</source>
        <translation>Il n&apos;existe aucun partenariat nommé «&#xa0;{partnership}&#xa0;».</translation>
    </message>
    <message>
        <source>“{partnership}” has no batch called “{batch}”.</source>
        <translation>«&#xa0;{partnership}&#xa0;» n&apos;a aucun lot nommé «&#xa0;{batch}&#xa0;».</translation>
    </message>
    <message>
        <source>{path} changed since it was imported. Import its folder again in Media, then export.</source>
        <translation>{path} a été modifié depuis son importation. Importez de nouveau son dossier dans Médias, puis exportez.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {path}.</source>
        <translation>Le paquet n&apos;a pas pu être écrit dans {path}.</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Étape de la liste de contrôle</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Fichier média</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Demande d&apos;aide</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>Descriptions</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Légendes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation>Dépeint</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The file itself</source>
        <translation>Le fichier lui-même</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Choose a step in the list.</source>
        <translation>Choisissez une étape dans la liste.</translation>
    </message>
    <message>
        <source>Where this step stands.</source>
        <translation>Où en est cette étape.</translation>
    </message>
    <message>
        <source>Your note on this step: what was done, what is next.</source>
        <translation>Votre note sur cette étape : ce qui a été fait, ce qui vient ensuite.</translation>
    </message>
    <message>
        <source>Not &amp;done</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Fai&amp;t</translation>
    </message>
    <message>
        <source>Not appl&amp;icable</source>
        <translation>&amp;Sans objet</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>&amp;Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>Lire le gu&amp;ide</translation>
    </message>
    <message>
        <source>As&amp;k the helpdesk about this step…</source>
        <translation>De&amp;mander de l&apos;aide sur cette étape…</translation>
    </message>
    <message>
        <source>Start a help request about this step; you can edit it before sending.</source>
        <translation>Rédiger une demande d&apos;aide sur cette étape&#xa0;; vous pourrez la modifier avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Open the guide “{title}”</source>
        <translation>Ouvrir le guide «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>The checklist to add to this partnership.</source>
        <translation>La liste de contrôle à ajouter à ce partenariat.</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Liste de &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add checklist</source>
        <translation>A&amp;jouter la liste</translation>
    </message>
    <message>
        <source>Adds the chosen checklist to this partnership.</source>
        <translation>Ajoute la liste de contrôle choisie à ce partenariat.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No checklist yet. Choose one above and press “Add checklist”: it lists the steps other volunteers found useful, with a guide for many of them.</source>
        <translation>Pas encore de liste de contrôle. Choisissez-en une ci-dessus et cliquez sur «&#xa0;Ajouter la liste&#xa0;»&#xa0;: elle reprend les étapes que d&apos;autres bénévoles ont trouvées utiles, souvent avec un guide.</translation>
    </message>
    <message>
        <source>All checklists added</source>
        <translation>Toutes les listes sont ajoutées</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder celle d&apos;ici</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre celle du paquet</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Checking connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>Identification refusée&#xa0;: vérifiez le mot de passe du robot</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>Pas encore de compte wiki — configurez-le dans les Réglages</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>Pas de mot de passe pour le compte wiki — saisissez-le dans les Réglages</translation>
    </message>
    <message>
        <source>{state} (and offline)</source>
        <translation>{state} (et hors ligne)</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. Everything you do is saved on this computer and sent later, by itself, when the connection returns.</source>
        <translation>Le wiki est injoignable pour le moment. Tout ce que vous faites est enregistré sur cet ordinateur et sera envoyé plus tard, automatiquement, dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the bot login and password in Settings.</source>
        <translation>Le wiki a refusé l&apos;identification. Vérifiez l&apos;identifiant et le mot de passe du robot dans les Réglages.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until a wiki account is set up in Settings.</source>
        <translation>Les demandes et les téléversements attendent qu&apos;un compte wiki soit configuré dans les Réglages.</translation>
    </message>
    <message>
        <source>Requests and uploads wait until the bot password is entered in Settings.</source>
        <translation>Les demandes et les téléversements attendent que le mot de passe du robot soit saisi dans les Réglages.</translation>
    </message>
    <message numerus="yes">
        <source>Requests waiting: %n</source>
        <translation>
            <numerusform>Demande en attente&#xa0;: %n</numerusform>
            <numerusform>Demandes en attente&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files to upload: %n</source>
        <translation>
            <numerusform>Fichier à téléverser&#xa0;: %n</numerusform>
            <numerusform>Fichiers à téléverser&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{requests} · {uploads}</source>
        <translation>{requests} · {uploads}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Réglages</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Offline — your work is saved and will be sent later</source>
        <translation>Hors ligne — votre travail est enregistré et sera envoyé plus tard</translation>
    </message>
    <message>
        <source>Check the connection and send what is waiting</source>
        <translation>Vérifier la connexion et envoyer ce qui attend</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>Rien en attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The wiki warns about a file</source>
        <translation>Le wiki signale un problème sur un fichier</translation>
    </message>
    <message>
        <source>“{title}” was sent, but the wiki has not published it yet.</source>
        <translation>«&#xa0;{title}&#xa0;» a été envoyé, mais le wiki ne l&apos;a pas encore publié.</translation>
    </message>
    <message>
        <source>&amp;Publish anyway under this name</source>
        <translation>&amp;Publier quand même sous ce nom</translation>
    </message>
    <message>
        <source>Publish under a &amp;new name:</source>
        <translation>Publier sous un &amp;nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Skip this file (it is not published)</source>
        <translation>&amp;Ignorer ce fichier (il n&apos;est pas publié)</translation>
    </message>
    <message>
        <source>New file name</source>
        <translation>Nouveau nom de fichier</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>The file&apos;s bytes wait on the wiki: no choice sends them again.</source>
        <translation>Le contenu du fichier attend déjà sur le wiki&#xa0;: aucun choix ne le renvoie.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to send this request at the next connection, without waiting</source>
        <translation>Essayer d&apos;envoyer cette demande dès la prochaine connexion, sans attendre</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ouvrir les Ré&amp;glages</translation>
    </message>
    <message>
        <source>{channel}: {state}</source>
        <translation>{channel}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Open the revision</source>
        <translation>Ouvrir la version</translation>
    </message>
    <message>
        <source>Message-ID: {id}</source>
        <translation>Message-ID&#xa0;: {id}</translation>
    </message>
    <message>
        <source>It will not be retried until you press Retry now or Send.</source>
        <translation>Aucun nouvel essai avant que vous cliquiez sur Réessayer maintenant ou Envoyer.</translation>
    </message>
    <message>
        <source>Next try: {time}.</source>
        <translation>Prochain essai&#xa0;: {time}.</translation>
    </message>
    <message>
        <source>It goes out in a moment.</source>
        <translation>Elle partira dans un instant.</translation>
    </message>
    <message>
        <source>It goes out at the next connection.</source>
        <translation>Elle partira à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyée.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the wiki.</source>
        <translation>En attente d&apos;une connexion au wiki.</translation>
    </message>
</context>
<context>
    <name>DeliveryReasons</name>
    <message>
        <source>No wiki account yet — set it up in Settings.</source>
        <translation>Pas encore de compte wiki — configurez-le dans les Réglages.</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings.</source>
        <translation>Pas de mot de passe pour le compte wiki — saisissez-le dans les Réglages.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password.</source>
        <translation>Identification refusée&#xa0;: vérifiez le mot de passe du robot.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>En attente d&apos;une connexion.</translation>
    </message>
    <message>
        <source>No helpdesk page is chosen for this wiki: choose one in Settings and the request goes out by itself.</source>
        <translation>Aucune page du service d&apos;assistance n&apos;est choisie pour ce wiki&#xa0;: choisissez-en une dans les Réglages et la demande partira d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The wiki does not accept the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>Le wiki n&apos;accepte pas la page du service d&apos;assistance&#xa0;: choisissez-en une autre dans les Réglages et la demande partira d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The wiki does not accept “{page}” as the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>Le wiki n&apos;accepte pas «&#xa0;{page}&#xa0;» comme page du service d&apos;assistance&#xa0;: choisissez-en une autre dans les Réglages et la demande partira d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The wiki could not be reached.</source>
        <translation>Le wiki n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>Someone edited the helpdesk page at the same moment.</source>
        <translation>Quelqu&apos;un a modifié la page du service d&apos;assistance au même moment.</translation>
    </message>
    <message>
        <source>The request was changed after sending and has problems to fix first.</source>
        <translation>La demande a été modifiée après l&apos;envoi et comporte des problèmes à corriger d&apos;abord.</translation>
    </message>
    <message>
        <source>Email to the helpdesk is not set up any more (Settings).</source>
        <translation>L&apos;envoi par e-mail au service d&apos;assistance n&apos;est plus configuré (Réglages).</translation>
    </message>
    <message>
        <source>The mail server could not be reached.</source>
        <translation>Le serveur de messagerie n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>The mail server refused the login: check it in Settings.</source>
        <translation>Le serveur de messagerie a refusé l&apos;identification&#xa0;: vérifiez l&apos;identifiant dans les Réglages.</translation>
    </message>
    <message>
        <source>No password is stored for the mail server (Settings).</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le serveur de messagerie (Réglages).</translation>
    </message>
    <message>
        <source>A secure connection to the mail server failed (Settings).</source>
        <translation>La connexion sécurisée au serveur de messagerie a échoué (Réglages).</translation>
    </message>
    <message>
        <source>The mail server refused the helpdesk&apos;s address.</source>
        <translation>Le serveur de messagerie a refusé l&apos;adresse du service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The wiki answered with an error.</source>
        <translation>Le wiki a répondu par une erreur.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>Le serveur de messagerie a refusé le message.</translation>
    </message>
    <message>
        <source>The wiki refused the edit.</source>
        <translation>Le wiki a refusé la modification.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>DeskArea</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Bureau de l&apos;assistance</translation>
    </message>
    <message>
        <source>Requests to the helpdesk from the wiki pages and the mailbox, kept on this computer: triage, review and reply offline; the next sync sends what you queue.</source>
        <translation>Les demandes adressées au service d&apos;assistance depuis les pages wiki et la messagerie, conservées sur cet ordinateur&#xa0;: triez, évaluez et répondez hors ligne&#xa0;; la prochaine synchronisation envoie ce que vous mettez en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Search requests, requesters, partners…</source>
        <translation>Rechercher demandes, demandeurs, partenaires…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Committee &amp;pack…</source>
        <translation>Dossier pour le &amp;comité…</translation>
    </message>
    <message>
        <source>The requests of the month on the left, or the selected requests.</source>
        <translation>Les demandes du mois indiqué à gauche, ou les demandes sélectionnées.</translation>
    </message>
    <message>
        <source>Month of the pack (YYYY-MM)</source>
        <translation>Mois du dossier (AAAA-MM)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>D&amp;emande</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>Tr&amp;i</translation>
    </message>
    <message>
        <source>Fetch &amp;new requests</source>
        <translation>&amp;Récupérer les demandes</translation>
    </message>
    <message>
        <source>Shows only requests in the chosen state.</source>
        <translation>N&apos;affiche que les demandes dans l&apos;état choisi.</translation>
    </message>
    <message>
        <source>Reads the helpdesk pages now for new requests.</source>
        <translation>Lit maintenant les pages du service d’aide pour trouver de nouvelles demandes.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>State saved; it is shared with the next sync.</source>
        <translation>État enregistré&#xa0;; il sera partagé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Reply queued; the next sync sends it.</source>
        <translation>Réponse mise en file d&apos;attente&#xa0;; la prochaine synchronisation l&apos;enverra.</translation>
    </message>
    <message>
        <source>Writing the committee pack…</source>
        <translation>Rédaction du dossier pour le comité…</translation>
    </message>
    <message>
        <source>Save the committee pack</source>
        <translation>Enregistrer le dossier pour le comité</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Offline: showing what was fetched before.</source>
        <translation>Hors ligne&#xa0;: affichage de ce qui a été récupéré précédemment.</translation>
    </message>
    <message>
        <source>Fetched, but not everything could be read: {sources}</source>
        <translation>Récupéré, mais tout n&apos;a pas pu être lu&#xa0;: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s).</source>
        <translation>
            <numerusform>%n nouvelle demande.</numerusform>
            <numerusform>%n nouvelles demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching failed; the log has the details.</source>
        <translation>La récupération a échoué&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The pack could not be written; the log has the details.</source>
        <translation>Le dossier pour le comité n&apos;a pas pu être enregistré&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message numerus="yes">
        <source>Committee pack written: {path} (%n request(s)).</source>
        <translation>
            <numerusform>Dossier pour le comité enregistré&#xa0;: {path} (%n demande).</numerusform>
            <numerusform>Dossier pour le comité enregistré&#xa0;: {path} (%n demandes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskProblems</name>
    <message>
        <source>Give the mailbox as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Indiquez le serveur de messagerie sous la forme HÔTE:PORT, p.&#xa0;ex. imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose implicit TLS, STARTTLS or none for the mailbox.</source>
        <translation>Choisissez TLS implicite, STARTTLS ou aucun chiffrement pour la messagerie.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>Indiquez le mois sous la forme AAAA-MM.</translation>
    </message>
    <message>
        <source>Save the pack as .pdf, .html or .csv.</source>
        <translation>Enregistrez le dossier en .pdf, .html ou .csv.</translation>
    </message>
    <message>
        <source>Choose one of the reply templates.</source>
        <translation>Choisissez l&apos;un des modèles de réponse.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>The reply is too long.</source>
        <translation>La réponse est trop longue.</translation>
    </message>
    <message>
        <source>This request cannot be answered from here: it is no longer on the wiki page and did not come by mail.</source>
        <translation>Impossible de répondre à cette demande d&apos;ici&#xa0;: elle ne figure plus sur la page wiki et n&apos;est pas arrivée par e-mail.</translation>
    </message>
    <message>
        <source>Give your name as reviewer.</source>
        <translation>Indiquez votre nom dans «&#xa0;Évalué par&#xa0;».</translation>
    </message>
    <message>
        <source>Give every criterion a score from 1 to 5.</source>
        <translation>Attribuez à chaque critère une note de 1 à 5.</translation>
    </message>
    <message>
        <source>Choose one of the request states.</source>
        <translation>Choisissez l&apos;un des états de demande.</translation>
    </message>
</context>
<context>
    <name>DeskRequestList</name>
    <message>
        <source>Gathered requests; the one selected is shown beside them.</source>
        <translation>Les demandes rassemblées ; celle sélectionnée s&apos;affiche à côté.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Requests to the helpdesk</source>
        <translation>Demandes au service d&apos;assistance</translation>
    </message>
    <message>
        <source>{state} (not yet shared)</source>
        <translation>{state} (pas encore partagé)</translation>
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
        <translation>La demande telle que son auteur l&apos;a écrite.</translation>
    </message>
    <message>
        <source>Other requests of this requester or partner</source>
        <translation>Autres demandes du même demandeur ou partenaire</translation>
    </message>
    <message>
        <source>The request as written</source>
        <translation>La demande telle que rédigée</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>De&#xa0;: {who}</translation>
    </message>
    <message>
        <source>Partner: {partner}</source>
        <translation>Partenaire&#xa0;: {partner}</translation>
    </message>
    <message>
        <source>Received {date} by {channels}</source>
        <translation>Reçue le {date} par {channels}</translation>
    </message>
    <message>
        <source>— Later message from {sender} —</source>
        <translation>— Message ultérieur de {sender} —</translation>
    </message>
    <message>
        <source>Attachment: {name} ({type}, {size} bytes)</source>
        <translation>Pièce jointe&#xa0;: {name} ({type}, {size}&#xa0;octets)</translation>
    </message>
    <message>
        <source>— Reply by {author} {when} —</source>
        <translation>— Réponse de {author} {when} —</translation>
    </message>
    <message>
        <source>(No longer on {where}.)</source>
        <translation>(Ne figure plus sur {where}.)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsWidget</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>Bureau de l&apos;assistance</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>&amp;Je travaille pour un service d&apos;assistance (afficher le Bureau de l&apos;assistance)</translation>
    </message>
    <message>
        <source>Re&amp;quest pages (one per line)</source>
        <translation>Pa&amp;ges de demandes (une par ligne)</translation>
    </message>
    <message>
        <source>Mail server (host:port)</source>
        <translation>Serveur de messagerie (hôte:port)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Identifiant de messagerie</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mot de passe de messagerie</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour garder le mot de passe enregistré</translation>
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
        <translation>Affiche le bureau du service d&apos;assistance, où les demandes sont rassemblées, évaluées et traitées.</translation>
    </message>
    <message>
        <source>The wiki pages where people post requests to the helpdesk.</source>
        <translation>Les pages wiki où sont déposées les demandes au service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The mailbox where requests sent by email arrive.</source>
        <translation>La boîte aux lettres où arrivent les demandes envoyées par courriel.</translation>
    </message>
    <message>
        <source>The login for that mailbox.</source>
        <translation>L&apos;identifiant de cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>The mailbox folder to read, usually INBOX.</source>
        <translation>Le dossier de la boîte à lire, en général INBOX.</translation>
    </message>
    <message>
        <source>How the connection to the mail server is encrypted.</source>
        <translation>Comment la connexion au serveur de courriel est chiffrée.</translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation>Enregistrer les réglages du bureau</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Enregistre les réglages de ce groupe.</translation>
    </message>
    <message>
        <source>Desk settings saved; the password is in the keyring.</source>
        <translation>Réglages du bureau enregistrés&#xa0;; le mot de passe est dans le trousseau.</translation>
    </message>
    <message>
        <source>Desk settings saved, but not the password: this system has no keyring. Set FIELDKIT_IMAP_PASSWORD before starting Fieldkit.</source>
        <translation>Réglages du bureau enregistrés, mais pas le mot de passe&#xa0;: ce système n&apos;a pas de trousseau. Définissez FIELDKIT_IMAP_PASSWORD avant de lancer Fieldkit.</translation>
    </message>
    <message>
        <source>Desk settings saved.</source>
        <translation>Réglages du bureau enregistrés.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Précisions requises</translation>
    </message>
    <message>
        <source>With the committee</source>
        <translation>Au comité</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Legal &amp; ethical</source>
        <translation>Juridique et éthique</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Pérennité</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Demande de précisions</translation>
    </message>
    <message>
        <source>Decision with reasons</source>
        <translation>Décision motivée</translation>
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
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>not sent yet (will retry)</source>
        <translation>pas encore envoyée (nouvel essai prévu)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What Fieldkit read from the file itself.</source>
        <translation>Ce que Fieldkit a lu dans le fichier lui-même.</translation>
    </message>
    <message>
        <source>The file page as it will be uploaded; read only.</source>
        <translation>La page du fichier telle qu&apos;elle sera téléversée ; en lecture seule.</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>Champ&amp;s</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>Tit&amp;re</translation>
    </message>
    <message>
        <source>Li&amp;cence &amp;&amp; location</source>
        <translation>Licence &amp;et lieu</translation>
    </message>
    <message>
        <source>&amp;Wikitext</source>
        <translation>Wikite&amp;xte</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Détails du fichier sélectionné</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Facts about the file</source>
        <translation>Informations sur le fichier</translation>
    </message>
    <message>
        <source>Wikitext of the file page</source>
        <translation>Wikicode de la page du fichier</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No preview: the file cannot be shown.</source>
        <translation>Pas d&apos;aperçu&#xa0;: le fichier ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Select a file in the table to see and edit it.</source>
        <translation>Sélectionnez un fichier dans le tableau pour le voir et le modifier.</translation>
    </message>
    <message>
        <source>On the wiki: {name}</source>
        <translation>Sur le wiki&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Appareil&#xa0;: {camera}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Prise de vue&#xa0;: {time}</translation>
    </message>
    <message>
        <source>Records a camera location</source>
        <translation>Contient le lieu de prise de vue</translation>
    </message>
    <message>
        <source>No wikitext yet:</source>
        <translation>Pas encore de wikitexte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full: free {mb} MB on the disk of {folder}, then try again. What you typed is still here and nothing saved before is lost.</source>
        <translation>Le disque est plein&#xa0;: libérez {mb}&#xa0;Mo sur le disque où se trouve {folder}, puis réessayez. Ce que vous avez saisi est toujours là et rien de ce qui avait été enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Could not save (details in the log).</source>
        <translation>Impossible d&apos;enregistrer (détails dans le journal).</translation>
    </message>
    <message>
        <source>Fieldkit cannot open its data because the disk is full: free {mb} MB on the disk of {folder}, then start Fieldkit again. Nothing saved before is lost.</source>
        <translation>Fieldkit ne peut pas ouvrir ses données, car le disque est plein&#xa0;: libérez {mb}&#xa0;Mo sur le disque où se trouve {folder}, puis relancez Fieldkit. Rien de ce qui avait été enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Cannot write files without an extension: use .pdf, .odt or .html.</source>
        <translation>Impossible d&apos;écrire un fichier sans extension&#xa0;: utilisez .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Cannot write {suffix}: use .pdf, .odt or .html.</source>
        <translation>Impossible d&apos;écrire en {suffix}&#xa0;: utilisez .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Qt wrote no PDF to {path}.</source>
        <translation>Qt n&apos;a écrit aucun PDF dans {path}.</translation>
    </message>
    <message>
        <source>Qt could not write an ODT file to {path}.</source>
        <translation>Qt n&apos;a pas pu écrire de fichier ODT dans {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {error}</source>
        <translation>Impossible d&apos;écrire dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}</source>
        <translation>Impossible d&apos;écrire {target}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>A bundle carries a partnership — its checklists, help requests and batches, and the files themselves — to another computer on a USB stick. Import it there; later a receipt brings back what became of it.</source>
        <translation>Un paquet transporte un partenariat — ses listes de contrôle, ses demandes d&apos;aide, ses lots et les fichiers eux-mêmes — vers un autre ordinateur sur une clé USB. Importez-le là-bas&#xa0;; plus tard, un récépissé rapporte ce qu&apos;il est devenu.</translation>
    </message>
    <message>
        <source>Include the media files</source>
        <translation>Inclure les fichiers médias</translation>
    </message>
    <message>
        <source>Parts of 3.9 GiB (for FAT32 sticks)</source>
        <translation>Parties de 3,9&#xa0;Gio (pour les clés FAT32)</translation>
    </message>
    <message>
        <source>Parts of 700 MiB</source>
        <translation>Parties de 700&#xa0;Mio</translation>
    </message>
    <message>
        <source>One file, however large</source>
        <translation>Un seul fichier, quelle que soit sa taille</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat&#xa0;:</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Lots&#xa0;:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Découpage&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Paquet Fieldkit (*.fkb)</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Descriptions and captions</source>
        <translation>Descriptions et légendes</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>Code de &amp;langue&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. sv</source>
        <translation>p.&#xa0;ex. fr</translation>
    </message>
    <message>
        <source>Add description</source>
        <translation>Ajouter une description</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Ajouter une légende</translation>
    </message>
    <message>
        <source>Adds a description in the language code above.</source>
        <translation>Ajoute une description dans le code de langue ci-dessus.</translation>
    </message>
    <message>
        <source>Adds a caption in the language code above.</source>
        <translation>Ajoute une légende dans le code de langue ci-dessus.</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>Séparez plusieurs catégories par |</translation>
    </message>
    <message>
        <source>The file&apos;s name on Commons, without “File:” and the extension.</source>
        <translation>Le nom du fichier sur Commons, sans « File: » ni l&apos;extension.</translation>
    </message>
    <message>
        <source>When the work was made or the photo taken: a date, a year or circa.</source>
        <translation>Quand l&apos;œuvre a été créée ou la photo prise : une date, une année ou « circa ».</translation>
    </message>
    <message>
        <source>Who made the work, as Commons should credit them.</source>
        <translation>Qui a créé l&apos;œuvre, tel que Commons doit l&apos;attribuer.</translation>
    </message>
    <message>
        <source>Where the file comes from: the collection, an inventory number.</source>
        <translation>D&apos;où vient le fichier : la collection, un numéro d&apos;inventaire.</translation>
    </message>
    <message>
        <source>The museum, archive or library that holds the original.</source>
        <translation>Le musée, le service d&apos;archives ou la bibliothèque qui conserve l&apos;original.</translation>
    </message>
    <message>
        <source>Wikidata items the file shows (Q-numbers), separated by |.</source>
        <translation>Les éléments Wikidata que montre le fichier (numéros Q), séparés par |.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees north.</source>
        <translation>Où la photo a été prise, en degrés décimaux nord.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees east.</source>
        <translation>Où la photo a été prise, en degrés décimaux est.</translation>
    </message>
    <message>
        <source>The file page&apos;s layout: information, artwork or photograph.</source>
        <translation>Le modèle de la page du fichier : information, artwork ou photograph.</translation>
    </message>
    <message>
        <source>Your own note of where the file stands: new, done, skip…</source>
        <translation>Votre propre note sur l&apos;état du fichier : nouveau, fait, à ignorer…</translation>
    </message>
    <message>
        <source>What the file shows, in this language.</source>
        <translation>Ce que montre le fichier, dans cette langue.</translation>
    </message>
    <message>
        <source>One short line about the file, in this language.</source>
        <translation>Une courte ligne sur le fichier, dans cette langue.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Find and replace in the selected files (%n)</source>
        <translation>
            <numerusform>Rechercher et remplacer dans le fichier sélectionné (%n)</numerusform>
            <numerusform>Rechercher et remplacer dans les fichiers sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All text fields</source>
        <translation>Tous les champs de texte</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Remplacer par&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation>Da&amp;ns&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The sample partnership was removed.</source>
        <translation>Le partenariat d&apos;exemple a été supprimé.</translation>
    </message>
</context>
<context>
    <name>GuidesBrowser</name>
    <message>
        <source>The guides; the one selected is shown beside them.</source>
        <translation>Les guides ; celui sélectionné s&apos;affiche à côté.</translation>
    </message>
    <message>
        <source>The text of the selected guide.</source>
        <translation>Le texte du guide sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Search the guides</source>
        <translation>&amp;Rechercher dans les guides</translation>
    </message>
    <message>
        <source>e.g. licence, metadata, upload</source>
        <translation>p.&#xa0;ex. licence, métadonnées, téléverser</translation>
    </message>
    <message>
        <source>No guide contains all of these words. Try fewer or other words.</source>
        <translation>Aucun guide ne contient tous ces mots. Essayez avec moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
</context>
<context>
    <name>HelpWantedBox</name>
    <message>
        <source>Tick each kind of help you need.</source>
        <translation>Cochez chaque type d&apos;aide dont vous avez besoin.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Everything in the bundle is checked before anything is changed. Records edited on both computers are shown as conflicts with both values; nothing is overwritten. Its media files are copied into the folder below.</source>
        <translation>Tout le contenu du paquet est vérifié avant la moindre modification. Les données modifiées sur les deux ordinateurs apparaissent comme des conflits, avec les deux valeurs&#xa0;; rien n&apos;est écrasé. Ses fichiers médias sont copiés dans le dossier ci-dessous.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Media files go to:</source>
        <translation>Destination des fichiers médias&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>Paquet Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Where the media files go</source>
        <translation>Où copier les fichiers médias</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacé</numerusform>
            <numerusform>%n déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (unreadable)</source>
        <translation>
            <numerusform>%n ignoré (illisible)</numerusform>
            <numerusform>%n ignorés (illisibles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not media, left out: {names}</source>
        <translation>
            <numerusform>%n fichier non média, laissé de côté&#xa0;: {names}</numerusform>
            <numerusform>%n fichiers non médias, laissés de côté&#xa0;: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the files looked at so far are updated.</source>
        <translation>Arrêté&#xa0;; les fichiers déjà revus sont à jour.</translation>
    </message>
    <message>
        <source>Looked again: {counts}.</source>
        <translation>Fichiers revus&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>No files found to import.</source>
        <translation>Aucun fichier à importer n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importation terminée&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>{path} ignoré&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped.</source>
        <translation>
            <numerusform>… et %n autre ignoré.</numerusform>
            <numerusform>… et %n autres ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>Bienvenue dans Fieldkit</translation>
    </message>
    <message>
        <source>Fieldkit helps you bring a museum&apos;s, an archive&apos;s or a library&apos;s collection to Wikimedia Commons: plan the partnership, prepare the files and upload them, also without a connection. Three short questions first.</source>
        <translation>Fieldkit vous aide à verser la collection d&apos;un musée, d&apos;un service d&apos;archives ou d&apos;une bibliothèque sur Wikimedia Commons&#xa0;: planifier le partenariat, préparer les fichiers et les téléverser, même sans connexion. D&apos;abord, trois questions rapides.</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldkit:</source>
        <translation>&amp;Langue de Fieldkit&#xa0;:</translation>
    </message>
    <message>
        <source>You can change every answer later in Settings.</source>
        <translation>Vous pourrez modifier chaque réponse plus tard dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>LicenceChooser</name>
    <message>
        <source>The free licence the partner agrees to publish the files under.</source>
        <translation>La licence libre sous laquelle le partenaire accepte de publier les fichiers.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisie</translation>
    </message>
    <message>
        <source>What it means for the partner</source>
        <translation>Ce qu&apos;elle implique pour le partenaire</translation>
    </message>
    <message>
        <source>Choose the licence the partner agrees to; the guide “Talking about licences” helps with that conversation.</source>
        <translation>Choisissez la licence acceptée par le partenaire&#xa0;; le guide «&#xa0;Parler des licences libres avec les partenaires&#xa0;» aide à mener cette conversation.</translation>
    </message>
    <message>
        <source>This licence is no longer in Fieldkit&apos;s list; choose another.</source>
        <translation>Cette licence ne figure plus dans la liste de Fieldkit&#xa0;; choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>LogArea</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Fieldkit&apos;s log: what it did and what went wrong.</source>
        <translation>Le journal de Fieldkit : ce qu&apos;il a fait et ce qui a échoué.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reads the log file again.</source>
        <translation>Relit le fichier journal.</translation>
    </message>
    <message>
        <source>What Fieldkit did recently. The full log is in {path}</source>
        <translation>Ce que Fieldkit a fait récemment. Le journal complet se trouve dans {path}</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Le journal est vide.</translation>
    </message>
    <message>
        <source>Recent log lines</source>
        <translation>Dernières lignes du journal</translation>
    </message>
    <message>
        <source>The log could not be read: {error}</source>
        <translation>Le journal n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>LogLinks</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
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
        <translation>Les demandes adressées à l&apos;adresse e-mail du service d&apos;assistance passent par le serveur d&apos;envoi de votre fournisseur de messagerie&#xa0;; ses pages d&apos;aide l&apos;indiquent (par exemple smtp.example.org:587).</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>Ch&amp;iffrement</translation>
    </message>
    <message>
        <source>Mail pa&amp;ssword</source>
        <translation>M&amp;ot de passe de messagerie</translation>
    </message>
    <message>
        <source>Optional: the mailbox where the helpdesk&apos;s answers to your mailed requests arrive (IMAP), so Fieldkit shows them beside each request.</source>
        <translation>Facultatif&#xa0;: la boîte aux lettres où arrivent les réponses du service d&apos;assistance aux demandes que vous avez envoyées par e-mail (IMAP), pour que Fieldkit les affiche à côté de chaque demande.</translation>
    </message>
    <message>
        <source>Outgoing server (host:port)</source>
        <translation>Serveur d&apos;envoi (hôte:port)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Identifiant de messagerie</translation>
    </message>
    <message>
        <source>S&amp;ender address</source>
        <translation>Adresse d&apos;&amp;expéditeur</translation>
    </message>
    <message>
        <source>Mailbox for replies (host:port)</source>
        <translation>Boîte aux lettres des réponses (hôte:port)</translation>
    </message>
    <message>
        <source>Mailbo&amp;x user name</source>
        <translation>Nom d&apos;utilisateur de la boîte au&amp;x lettres</translation>
    </message>
    <message>
        <source>Mailbox passwor&amp;d</source>
        <translation>Mot de passe de la &amp;boîte aux lettres</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <source>for example smtp.example.org:587</source>
        <translation>p.&#xa0;ex. smtp.example.org:587</translation>
    </message>
    <message>
        <source>for example imap.example.org:993</source>
        <translation>p.&#xa0;ex. imap.example.org:993</translation>
    </message>
    <message>
        <source>for example name@example.org</source>
        <translation>p.&#xa0;ex. nom@example.org</translation>
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
        <translation>Aucun (uniquement pour un serveur sur cet ordinateur ou ce réseau)</translation>
    </message>
    <message>
        <source>Save email settings</source>
        <translation>Enregistrer les réglages de messagerie</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>Enregistre les réglages de ce groupe.</translation>
    </message>
    <message>
        <source>Email settings saved, but not the mail password: the keyring refused it. Set FIELDKIT_SMTP_PASSWORD before starting Fieldkit.</source>
        <translation>Réglages de messagerie enregistrés, mais pas le mot de passe de messagerie&#xa0;: le trousseau l&apos;a refusé. Définissez FIELDKIT_SMTP_PASSWORD avant de lancer Fieldkit.</translation>
    </message>
    <message>
        <source>Email settings saved.</source>
        <translation>Réglages de messagerie enregistrés.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The email settings could not be saved; the log has the details.</source>
        <translation>Les réglages de messagerie n&apos;ont pas pu être enregistrés&#xa0;; les détails sont dans le journal.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Prepare a partner&apos;s files for Commons: import them into a batch, describe them, and fix what the checks find. Everything is saved at once, offline.</source>
        <translation>Préparez les fichiers d&apos;un partenaire pour Commons&#xa0;: importez-les dans un lot, décrivez-les et corrigez ce que les vérifications signalent. Tout est enregistré immédiatement, même hors ligne.</translation>
    </message>
    <message>
        <source>No batches yet. Press “New batch…” to start one for a partnership; then import files or drag a folder here.</source>
        <translation>Aucun lot pour l&apos;instant. Cliquez sur «&#xa0;Nouveau lot…&#xa0;» pour en créer un pour un partenariat, puis importez des fichiers ou faites glisser un dossier ici.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln files…</source>
        <translation>
            <numerusform>Chargement de %Ln fichier…</numerusform>
            <numerusform>Chargement de %Ln fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Chargement des fichiers…</translation>
    </message>
    <message>
        <source>This batch has no files yet. Press “Import files…” or “Import folder…”, or drag files and folders here. The files themselves are never changed.</source>
        <translation>Ce lot ne contient encore aucun fichier. Cliquez sur «&#xa0;Importer des fichiers…&#xa0;» ou «&#xa0;Importer un dossier…&#xa0;», ou faites glisser des fichiers et des dossiers ici. Les fichiers eux-mêmes ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Variables inconnues&#xa0;: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>New titles: %n.</source>
        <translation>
            <numerusform>Nouveau titre&#xa0;: %n.</numerusform>
            <numerusform>Nouveaux titres&#xa0;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFields</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Depicts (Wikidata)</source>
        <translation>Dépeint (Wikidata)</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>MediaProblems</name>
    <message>
        <source>Choose a licence.</source>
        <translation>Choisissez une licence.</translation>
    </message>
    <message>
        <source>The licence is not in Fieldkit&apos;s catalogue.</source>
        <translation>La licence ne figure pas dans le catalogue de Fieldkit.</translation>
    </message>
    <message>
        <source>Say who made the work.</source>
        <translation>Indiquez qui a créé l&apos;œuvre.</translation>
    </message>
    <message>
        <source>Say where the file comes from.</source>
        <translation>Indiquez d&apos;où provient le fichier.</translation>
    </message>
    <message>
        <source>Give a date, or “unknown” if nobody knows it.</source>
        <translation>Indiquez une date, ou «&#xa0;unknown&#xa0;» si personne ne la connaît.</translation>
    </message>
    <message>
        <source>Write at least one description or caption.</source>
        <translation>Rédigez au moins une description ou une légende.</translation>
    </message>
    <message>
        <source>The file has no title.</source>
        <translation>Le fichier n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>The file records where it was taken. Choose for the batch whether to keep or remove the location before upload.</source>
        <translation>Le fichier enregistre son lieu de prise de vue. Choisissez pour le lot de garder ou de retirer ce lieu avant le téléversement.</translation>
    </message>
    <message>
        <source>The file records where it was taken; the location will be published.</source>
        <translation>Le fichier enregistre son lieu de prise de vue&#xa0;; ce lieu sera publié.</translation>
    </message>
    <message>
        <source>The location will be removed from the uploaded copy (the original stays).</source>
        <translation>Le lieu sera retiré de la copie téléversée (l&apos;original reste intact).</translation>
    </message>
    <message>
        <source>The file is not where it was imported from.</source>
        <translation>Le fichier n&apos;est plus là d&apos;où il a été importé.</translation>
    </message>
    <message>
        <source>The file changed on disk since it was imported.</source>
        <translation>Le fichier a été modifié sur le disque depuis son importation.</translation>
    </message>
    <message>
        <source>The file is damaged; it cannot be uploaded as it is.</source>
        <translation>Le fichier est endommagé&#xa0;; il ne peut pas être téléversé tel quel.</translation>
    </message>
    <message>
        <source>The file is cut short (incomplete); it cannot be uploaded.</source>
        <translation>Le fichier est tronqué (incomplet)&#xa0;; il ne peut pas être téléversé.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier est illisible.</translation>
    </message>
    <message>
        <source>The same file is in this batch more than once.</source>
        <translation>Le même fichier figure plusieurs fois dans ce lot.</translation>
    </message>
    <message>
        <source>“{title}” is a camera file name and says nothing about the content.</source>
        <translation>«&#xa0;{title}&#xa0;» est un nom de fichier d&apos;appareil photo et ne dit rien du contenu.</translation>
    </message>
    <message>
        <source>The title contains characters not allowed: {characters}</source>
        <translation>Le titre contient des caractères non autorisés&#xa0;: {characters}</translation>
    </message>
    <message>
        <source>The title is {bytes} bytes long; the limit is {limit} bytes.</source>
        <translation>Le titre fait {bytes}&#xa0;octets&#xa0;; la limite est de {limit}&#xa0;octets.</translation>
    </message>
    <message>
        <source>Another file in this batch has the title “{title}”.</source>
        <translation>Un autre fichier de ce lot porte le titre «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>Variables inconnues&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>File names cannot contain {characters} (the wiki would rename the file); for example: “{suggestion}”.</source>
        <translation>Les noms de fichiers ne peuvent pas contenir {characters} (le wiki renommerait le fichier)&#xa0;; par exemple&#xa0;: «&#xa0;{suggestion}&#xa0;».</translation>
    </message>
    <message>
        <source>Uploaded and verified as “{title}”.</source>
        <translation>Téléversé et vérifié sous le nom «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>The folder cannot be opened ({reason}), so its files were not imported. Check its permissions, or move it to a shorter path.</source>
        <translation>Le dossier ne peut pas être ouvert ({reason}), ses fichiers n&apos;ont donc pas été importés. Vérifiez ses droits d&apos;accès, ou déplacez-le vers un chemin plus court.</translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid text (it has bytes that are not UTF-8), so it was not imported. Rename the file and import again.</source>
        <translation>Le nom du fichier n&apos;est pas un texte valide (il contient des octets qui ne sont pas de l&apos;UTF-8), il n&apos;a donc pas été importé. Renommez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The batch needs a name.</source>
        <translation>Le lot doit avoir un nom.</translation>
    </message>
    <message>
        <source>The batch name is longer than {max} characters.</source>
        <translation>Le nom du lot dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The batch name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>Le nom du lot contient des caractères de contrôle ({characters}), comme un saut de ligne&#xa0;; écrivez-le sur une seule ligne.</translation>
    </message>
    <message>
        <source>The folder&apos;s name is not valid text (it has bytes that are not UTF-8), so its files were not imported. Rename the folder and import again.</source>
        <translation>Le nom du dossier n&apos;est pas un texte valide (il contient des octets qui ne sont pas de l&apos;UTF-8), ses fichiers n&apos;ont donc pas été importés. Renommez le dossier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The title contains control characters or “~~~”; remove them.</source>
        <translation>Le titre contient des caractères de contrôle ou «&#xa0;~~~&#xa0;»&#xa0;; supprimez-les.</translation>
    </message>
    <message>
        <source>The title ends in .{title_extension} but the file is a .{file_extension} file.</source>
        <translation>Le titre se termine par .{title_extension}, mais le fichier est au format .{file_extension}.</translation>
    </message>
    <message>
        <source>The title “{title}” is already used in the batch “{batch}”.</source>
        <translation>Le titre «&#xa0;{title}&#xa0;» est déjà utilisé dans le lot «&#xa0;{batch}&#xa0;».</translation>
    </message>
    <message>
        <source>A file named “{title}” already exists on the wiki.</source>
        <translation>Un fichier nommé «&#xa0;{title}&#xa0;» existe déjà sur le wiki.</translation>
    </message>
    <message>
        <source>This file was already imported in the batch “{batch}”.</source>
        <translation>Ce fichier a déjà été importé dans le lot «&#xa0;{batch}&#xa0;».</translation>
    </message>
    <message>
        <source>This file is already on the wiki as “{title}”.</source>
        <translation>Ce fichier est déjà sur le wiki sous le nom «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>“{date}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”.</source>
        <translation>«&#xa0;{date}&#xa0;» n&apos;est pas une date&#xa0;; utilisez AAAA, AAAA-MM, AAAA-MM-JJ ou «&#xa0;unknown&#xa0;».</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0&#xa0;octet).</translation>
    </message>
    <message>
        <source>The file is larger than {limit}; it is uploaded in chunks.</source>
        <translation>Le fichier dépasse {limit}&#xa0;; il est téléversé par morceaux.</translation>
    </message>
    <message>
        <source>The location cannot be removed from this kind of file without changing the picture; remove it with another program, or keep it.</source>
        <translation>Le lieu ne peut pas être retiré de ce type de fichier sans modifier l&apos;image&#xa0;; retirez-le avec un autre logiciel, ou gardez-le.</translation>
    </message>
    <message>
        <source>The location could not be removed from a copy of the file (is the disk full?). The file was not queued.</source>
        <translation>Le lieu n&apos;a pas pu être retiré d&apos;une copie du fichier (le disque est-il plein&#xa0;?). Le fichier n&apos;a pas été mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The GPS position in the file cannot be read; it is ignored.</source>
        <translation>La position GPS du fichier est illisible&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>The orientation recorded in the file is not valid; it is ignored.</source>
        <translation>L&apos;orientation enregistrée dans le fichier n&apos;est pas valide&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>The embedded metadata (EXIF) could not be read; it is ignored.</source>
        <translation>Les métadonnées intégrées (EXIF) n&apos;ont pas pu être lues&#xa0;; elles sont ignorées.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>La ligne {row} ne correspond à aucun fichier de ce lot.</translation>
    </message>
    <message>
        <source>The column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» n&apos;est pas un champ de Fieldkit&#xa0;; les lignes qui y ont une valeur sont refusées.</translation>
    </message>
    <message>
        <source>This is a named pipe, not a file with content; it was not read.</source>
        <translation>Ceci est un tube nommé (named pipe), pas un fichier avec un contenu&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>This is a socket, not a file with content; it was not read.</source>
        <translation>Ceci est un socket, pas un fichier avec un contenu&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>This is a device or special file, not a file with content; it was not read.</source>
        <translation>Ceci est un périphérique ou un fichier spécial, pas un fichier avec un contenu&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>Convert it to JPEG (for example with GIMP or ImageMagick).</source>
        <translation>Convertissez-le en JPEG (par exemple avec GIMP ou ImageMagick).</translation>
    </message>
    <message>
        <source>Develop the camera RAW file to TIFF or JPEG (for example with darktable).</source>
        <translation>Développez le fichier RAW de l&apos;appareil photo en TIFF ou en JPEG (par exemple avec darktable).</translation>
    </message>
    <message>
        <source>Export the document to PDF (for example with LibreOffice).</source>
        <translation>Exportez le document en PDF (par exemple avec LibreOffice).</translation>
    </message>
    <message>
        <source>Spreadsheets are not media: put the data in the file descriptions, or export to PDF.</source>
        <translation>Un tableur n&apos;est pas un média&#xa0;: mettez les données dans les descriptions des fichiers, ou exportez-le en PDF.</translation>
    </message>
    <message>
        <source>Export the presentation to PDF (for example with LibreOffice).</source>
        <translation>Exportez la présentation en PDF (par exemple avec LibreOffice).</translation>
    </message>
    <message>
        <source>Unpack the archive and import the files in it.</source>
        <translation>Décompressez l&apos;archive et importez les fichiers qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Convert it to PNG (lossless), for example with GIMP.</source>
        <translation>Convertissez-le en PNG (sans perte), par exemple avec GIMP.</translation>
    </message>
    <message>
        <source>Convert the video to WebM (for example with ffmpeg or HandBrake).</source>
        <translation>Convertissez la vidéo en WebM (par exemple avec ffmpeg ou HandBrake).</translation>
    </message>
    <message>
        <source>Convert the sound to Ogg or FLAC (for example with Audacity).</source>
        <translation>Convertissez le son en Ogg ou en FLAC (par exemple avec Audacity).</translation>
    </message>
    <message>
        <source>Not a media file; it was not added to the batch.</source>
        <translation>Ce n&apos;est pas un fichier média&#xa0;; il n&apos;a pas été ajouté au lot.</translation>
    </message>
    <message>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>Le wiki n&apos;accepte pas les fichiers .{extension}.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>du texte brut</translation>
    </message>
    <message>
        <source>not a recognised format</source>
        <translation>d&apos;un format non reconnu</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>The file is named .{extension} but its content is {kind}.</source>
        <translation>Le fichier porte l&apos;extension .{extension}, mais son contenu est {kind}.</translation>
    </message>
    <message>
        <source>The file is {size}; the wiki accepts at most {limit}.</source>
        <translation>Le fichier fait {size}&#xa0;; le wiki accepte au plus {limit}.</translation>
    </message>
    <message>
        <source>Make a smaller copy (a lower quality setting) or split the film into parts.</source>
        <translation>Faites une copie plus légère (avec un réglage de qualité plus bas) ou découpez le film en plusieurs parties.</translation>
    </message>
    <message>
        <source>Make a smaller copy (Opus at a lower bitrate) or split the recording into parts.</source>
        <translation>Faites une copie plus légère (Opus à un débit plus faible) ou découpez l&apos;enregistrement en plusieurs parties.</translation>
    </message>
    <message>
        <source>Make a smaller copy in Opus, or split the recording into parts.</source>
        <translation>Faites une copie plus légère en Opus, ou découpez l&apos;enregistrement en plusieurs parties.</translation>
    </message>
    <message>
        <source>Save it as FLAC (lossless, about half the size) or split the recording into parts.</source>
        <translation>Enregistrez-le en FLAC (sans perte, environ deux fois plus léger) ou découpez l&apos;enregistrement en plusieurs parties.</translation>
    </message>
    <message>
        <source>Split the document into volumes (for example with PDFsam or qpdf).</source>
        <translation>Découpez le document en volumes (par exemple avec PDFsam ou qpdf).</translation>
    </message>
    <message>
        <source>Save a compressed copy (LZW or Deflate TIFF) or a JPEG for the wiki.</source>
        <translation>Enregistrez une copie compressée (TIFF LZW ou Deflate) ou un JPEG pour le wiki.</translation>
    </message>
    <message>
        <source>Make a smaller copy or split it into parts first.</source>
        <translation>Faites d&apos;abord une copie plus légère ou découpez-le en plusieurs parties.</translation>
    </message>
    <message>
        <source>For example: {command}</source>
        <translation>Par exemple&#xa0;: {command}</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Set licence</source>
        <translation>Choisir la licence</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Retirer le lieu</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>Appliquer le modèle</translation>
    </message>
    <message>
        <source>Replace with “-”</source>
        <translation>Remplacer par «&#xa0;-&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MediaTableEditor</name>
    <message>
        <source>The files of the batch; the one selected is shown beside them.</source>
        <translation>Les fichiers du lot ; celui sélectionné s&apos;affiche à côté.</translation>
    </message>
    <message>
        <source>Hides the files that are ready to upload.</source>
        <translation>Masque les fichiers prêts à être téléversés.</translation>
    </message>
    <message>
        <source>Filter by file, title, description, author, source or category</source>
        <translation>Filtrer par fichier, titre, description, auteur, source ou catégorie</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrer les fichiers</translation>
    </message>
    <message>
        <source>&amp;Only files with problems</source>
        <translation>Seulement les fichiers à &amp;problèmes</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <source>Give all selected files the same value (Ctrl+E)</source>
        <translation>Donner la même valeur à tous les fichiers sélectionnés (Ctrl+E)</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>Remplir vers le ba&amp;s</translation>
    </message>
    <message>
        <source>Copy the first selected row&apos;s value down the selection (Ctrl+D)</source>
        <translation>Recopier la valeur de la première ligne sélectionnée dans toute la sélection (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>Replace text in the selected files (Ctrl+H)</source>
        <translation>Remplacer du texte dans les fichiers sélectionnés (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Files in the batch</source>
        <translation>Fichiers du lot</translation>
    </message>
    <message>
        <source>Select the files to edit first.</source>
        <translation>Sélectionnez d&apos;abord les fichiers à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>Files changed: %n.</source>
        <translation>
            <numerusform>Fichier modifié&#xa0;: %n.</numerusform>
            <numerusform>Fichiers modifiés&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more rows to fill down.</source>
        <translation>Sélectionnez au moins deux lignes pour remplir vers le bas.</translation>
    </message>
    <message numerus="yes">
        <source>Files filled: %n.</source>
        <translation>
            <numerusform>Fichier rempli&#xa0;: %n.</numerusform>
            <numerusform>Fichiers remplis&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fields changed: %n.</source>
        <translation>
            <numerusform>Champ modifié&#xa0;: %n.</numerusform>
            <numerusform>Champs modifiés&#xa0;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Fichier manquant</translation>
    </message>
    <message>
        <source>The batch&apos;s licence (this file has no licence of its own)</source>
        <translation>La licence du lot (ce fichier n&apos;a pas de licence propre)</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>Problème&#xa0;: %n</numerusform>
            <numerusform>Problèmes&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>e.g. Postcards 1920s</source>
        <translation>p.&#xa0;ex. Cartes postales 1920</translation>
    </message>
    <message>
        <source>A new partnership name creates the partnership too.</source>
        <translation>Un nouveau nom de partenariat crée aussi le partenariat.</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partenariat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Batch name:</source>
        <translation>&amp;Nom du lot&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NewPartnershipDialog</name>
    <message>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Nom de l&apos;institution partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>p.&#xa0;ex. Musée de Bretagne</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>PartnershipDetail</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>Texte OpenDocument, modifiable (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Save the agreement draft</source>
        <translation>Enregistrer le projet de convention</translation>
    </message>
    <message>
        <source>Agreement draft - {name}</source>
        <translation>Projet de convention - {name}</translation>
    </message>
    <message>
        <source>Agreement draft: {name}</source>
        <translation>Projet de convention&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The draft was not saved to {path}: check that the folder exists and can be written to, and that the name ends in .pdf, .odt or .html.</source>
        <translation>Le projet n&apos;a pas été enregistré dans {path}&#xa0;: vérifiez que le dossier existe et qu&apos;il est accessible en écriture, et que le nom se termine par .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Draft saved to {path}. It is not legal advice: have it checked.</source>
        <translation>Projet enregistré dans {path}. Ce n&apos;est pas un avis juridique&#xa0;: faites-le relire.</translation>
    </message>
    <message>
        <source>Left blank to fill in: {parts}.</source>
        <translation>Laissé en blanc, à compléter&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;étails</translation>
    </message>
    <message>
        <source>Checklist&amp;s</source>
        <translation>&amp;Listes de contrôle</translation>
    </message>
    <message>
        <source>Agreement d&amp;raft…</source>
        <translation>P&amp;rojet de convention…</translation>
    </message>
    <message>
        <source>Save a draft agreement (PDF, ODT or HTML) from what is filled in here</source>
        <translation>Enregistrer un projet de convention (PDF, ODT ou HTML) à partir de ce qui est rempli ici</translation>
    </message>
    <message>
        <source>Choose a partnership in the list to see its details, checklists and agreement draft.</source>
        <translation>Choisissez un partenariat dans la liste pour voir ses détails, ses listes de contrôle et son projet de convention.</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>Saved as you type.</source>
        <translation>Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Not everything was saved: please fix what is marked in red.</source>
        <translation>Tout n&apos;a pas été enregistré&#xa0;: corrigez ce qui est marqué en rouge.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>Pay&amp;s</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>First contact &amp;on</source>
        <translation>&amp;Premier contact le</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Accord conclu le</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Contenus</translation>
    </message>
    <message>
        <source>Credit &amp;line</source>
        <translation>Mention de &amp;crédit</translation>
    </message>
    <message>
        <source>&amp;Kind of institution</source>
        <translation>T&amp;ype d&apos;institution</translation>
    </message>
    <message>
        <source>two-letter code, e.g. SE</source>
        <translation>code à deux lettres, p.&#xa0;ex. FR</translation>
    </message>
    <message>
        <source>e.g. sv, en</source>
        <translation>p.&#xa0;ex. fr, en</translation>
    </message>
    <message>
        <source>name and role</source>
        <translation>nom et fonction</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>Personne &amp;de contact</translation>
    </message>
    <message>
        <source>Contact &amp;details</source>
        <translation>C&amp;oordonnées</translation>
    </message>
    <message>
        <source>email, phone, address</source>
        <translation>e-mail, téléphone, adresse</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>which collection, roughly how many files, in what form</source>
        <translation>quelle collection, combien de fichiers environ, sous quelle forme</translation>
    </message>
    <message>
        <source>how files should credit the partner; the name if empty</source>
        <translation>comment les fichiers doivent créditer le partenaire&#xa0;; son nom si vide</translation>
    </message>
    <message>
        <source>anything worth remembering</source>
        <translation>tout ce qui mérite d&apos;être retenu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The partner&apos;s name as reports, credits and the agreement give it.</source>
        <translation>Le nom du partenaire tel qu&apos;il figure dans les rapports, les crédits et la convention.</translation>
    </message>
    <message>
        <source>Museum, archive, library, university or another kind.</source>
        <translation>Musée, service d&apos;archives, bibliothèque, université ou autre.</translation>
    </message>
    <message>
        <source>How far the partnership has come, from first contact to done.</source>
        <translation>Où en est le partenariat, du premier contact à la clôture.</translation>
    </message>
    <message>
        <source>L&amp;icence</source>
        <translation>L&amp;icence</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>PartnershipListPane</name>
    <message>
        <source>All partnerships: {progress}</source>
        <translation>Tous les partenariats&#xa0;: {progress}</translation>
    </message>
    <message>
        <source>Shows only partners of the chosen kind.</source>
        <translation>N&apos;affiche que les partenaires du type choisi.</translation>
    </message>
    <message>
        <source>Shows only partnerships at the chosen stage.</source>
        <translation>N&apos;affiche que les partenariats à l&apos;étape choisie.</translation>
    </message>
    <message>
        <source>Your partnerships; the one selected is shown beside them.</source>
        <translation>Vos partenariats ; celui sélectionné s&apos;affiche à côté.</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>Nou&amp;veau partenariat…</translation>
    </message>
    <message>
        <source>Start a page for a partner institution</source>
        <translation>Créer une fiche pour une institution partenaire</translation>
    </message>
    <message>
        <source>Search names, contacts, notes</source>
        <translation>Rechercher dans les noms, contacts, notes</translation>
    </message>
    <message>
        <source>Search partnerships</source>
        <translation>Rechercher des partenariats</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>N&apos;afficher que ce type</translation>
    </message>
    <message>
        <source>Show only this stage</source>
        <translation>N&apos;afficher que cette phase</translation>
    </message>
    <message>
        <source>No partnerships yet. Press “New partnership” and give the institution&apos;s name; everything you add later is saved as you type.</source>
        <translation>Aucun partenariat pour l&apos;instant. Cliquez sur «&#xa0;Nouveau partenariat…&#xa0;» et indiquez le nom de l&apos;institution&#xa0;; tout ce que vous ajoutez ensuite est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>No partnership matches. Clear the search or choose “All kinds” and “All stages”.</source>
        <translation>Aucun partenariat ne correspond. Effacez la recherche ou choisissez «&#xa0;Tous les types&#xa0;» et «&#xa0;Toutes les phases&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Your first partnership</source>
        <translation>Votre premier partenariat</translation>
    </message>
    <message>
        <source>A partnership is one partner institution — a museum, an archive, a library — and everything you do with it: contacts, a checklist, batches of files.</source>
        <translation>Un partenariat, c&apos;est une institution partenaire — un musée, un service d&apos;archives, une bibliothèque — et tout ce que vous faites avec elle&#xa0;: contacts, liste de contrôle, lots de fichiers.</translation>
    </message>
    <message>
        <source>C&amp;reate my first partnership</source>
        <translation>&amp;Créer mon premier partenariat</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>&amp;Nom de l&apos;institution partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>p. ex. Nordiska museet</translation>
    </message>
    <message>
        <source>&amp;Kind of institution:</source>
        <translation>T&amp;ype d&apos;institution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open a sample partnership to explore</source>
        <translation>&amp;Ouvrir un partenariat d&apos;exemple à explorer</translation>
    </message>
    <message>
        <source>A made-up museum with a checklist and four photos to try things on. Remove it with one click (“Remove sample”) when you are done.</source>
        <translation>Un musée fictif avec une liste de contrôle et quatre photos pour faire des essais. Supprimez-le d&apos;un clic («&#xa0;Supprimer l&apos;exemple&#xa0;») quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Ne&amp;ither, I will start later</source>
        <translation>&amp;Aucun des deux, je commencerai plus tard</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>Je tra&amp;vaille pour un service d&apos;assistance (afficher le Bureau de l&apos;assistance)</translation>
    </message>
    <message>
        <source>For helpdesk staff who answer partners&apos; requests. Settings has the rest: the pages and the mailbox to gather requests from.</source>
        <translation>Pour le personnel d&apos;assistance qui répond aux demandes des partenaires. Le reste se trouve dans les Réglages&#xa0;: les pages et la boîte aux lettres où recueillir les demandes.</translation>
    </message>
    <message>
        <source>Preparing the sample…</source>
        <translation>Préparation de l&apos;exemple…</translation>
    </message>
    <message>
        <source>The sample could not be made. Create a partnership instead.</source>
        <translation>L&apos;exemple n&apos;a pas pu être créé. Créez plutôt un partenariat.</translation>
    </message>
</context>
<context>
    <name>PartnershipTexts</name>
    <message>
        <source>Museum</source>
        <translation>Musée</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Association locale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>En discussion</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accord conclu</translation>
    </message>
    <message>
        <source>Preparing files</source>
        <translation>Préparation des fichiers</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>partnership stage</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>checklist step</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation>Pas encore de liste</translation>
    </message>
    <message numerus="yes">
        <source>%n of {applicable} steps done</source>
        <translation>
            <numerusform>%n étape faite sur {applicable}</numerusform>
            <numerusform>%n étapes faites sur {applicable}</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>le nom du partenaire</translation>
    </message>
    <message>
        <source>the contact at the partner</source>
        <translation>le contact chez le partenaire</translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation>votre nom (Réglages)</translation>
    </message>
    <message>
        <source>the material</source>
        <translation>les contenus</translation>
    </message>
    <message>
        <source>the credit line</source>
        <translation>la mention de crédit</translation>
    </message>
    <message>
        <source>the licence</source>
        <translation>la licence</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Un nom est nécessaire.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>Le nom dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>Le nom contient des caractères de contrôle ({characters}), comme un saut de ligne&#xa0;; écrivez-le sur une seule ligne.</translation>
    </message>
    <message>
        <source>There already is a partnership called “{name}”.</source>
        <translation>Un partenariat s&apos;appelle déjà «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Countries are best written as two-letter codes (SE, FR, EG).</source>
        <translation>Écrivez de préférence les pays en codes à deux lettres (FR, BE, CH).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2024-05-31.</source>
        <translation>Écrivez la date sous la forme AAAA-MM-JJ, par exemple 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose the kind from the list.</source>
        <translation>Choisissez le type dans la liste.</translation>
    </message>
    <message>
        <source>Choose the status from the list.</source>
        <translation>Choisissez l&apos;état dans la liste.</translation>
    </message>
    <message>
        <source>Problem with {field}: {code}</source>
        <translation>Problème avec {field}&#xa0;: {code}</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>One page per partner institution: contacts, what was agreed, the licence and a checklist of what is done. Everything is saved as you type.</source>
        <translation>Une fiche par institution partenaire&#xa0;: contacts, ce qui a été convenu, la licence et une liste de contrôle de ce qui est fait. Tout est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Part&amp;enaires</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guides</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for your passwords</source>
        <translation>Phrase secrète de vos mots de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Choose a passphrase to lock it (at least {length} characters). You type it once each time Fieldkit starts; without it nobody can read the passwords in the file, and Fieldkit cannot send. A forgotten passphrase cannot be recovered: you would enter the passwords again.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système, donc Fieldkit conserve les mots de passe du wiki et de la messagerie dans un fichier chiffré de son dossier de données&#xa0;:
{path}

Choisissez une phrase secrète pour le verrouiller (au moins {length}&#xa0;caractères). Vous la saisirez une fois à chaque lancement de Fieldkit&#xa0;; sans elle, personne ne peut lire les mots de passe du fichier, et Fieldkit ne peut rien envoyer. Une phrase secrète oubliée ne peut pas être récupérée&#xa0;: il faudrait alors saisir de nouveau les mots de passe.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Type its passphrase to use them until Fieldkit is closed.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système, donc Fieldkit conserve les mots de passe du wiki et de la messagerie dans un fichier chiffré de son dossier de données&#xa0;:
{path}

Saisissez la phrase secrète du fichier pour les utiliser jusqu&apos;à la fermeture de Fieldkit.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {length} characters.</source>
        <translation>La phrase secrète doit comporter au moins {length}&#xa0;caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This passphrase does not open the password file. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas le fichier des mots de passe. Réessayez.</translation>
    </message>
    <message>
        <source>The password file cannot be used: {error}</source>
        <translation>Le fichier des mots de passe ne peut pas être utilisé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Title &amp;pattern for this batch:</source>
        <translation>Modèle de titre po&amp;ur ce lot&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: {fields}. {example} numbers with leading zeros.</source>
        <translation>Variables&#xa0;: {fields}. {example} numérote avec des zéros en tête.</translation>
    </message>
    <message>
        <source>&amp;Apply pattern to selected files</source>
        <translation>Appliquer &amp;le modèle aux fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Gives the selected files titles made from this pattern.</source>
        <translation>Donne aux fichiers sélectionnés des titres faits avec ce modèle.</translation>
    </message>
    <message>
        <source>Select a file to preview its title.</source>
        <translation>Sélectionnez un fichier pour prévisualiser son titre.</translation>
    </message>
    <message>
        <source>Preview: {file_name}</source>
        <translation>Aperçu&#xa0;: {file_name}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: what will be sent</source>
        <translation>Aperçu&#xa0;: ce qui sera envoyé</translation>
    </message>
    <message>
        <source>This is exactly what Fieldkit will send with the current settings. The hidden marker line lets Fieldkit recognise the request on the wiki, so it is never posted twice.</source>
        <translation>Voici exactement ce que Fieldkit enverra avec les réglages actuels. La ligne de repère masquée permet à Fieldkit de reconnaître la demande sur le wiki, pour qu&apos;elle ne soit jamais publiée deux fois.</translation>
    </message>
    <message>
        <source>(not sent this way: not set up in Settings)</source>
        <translation>(pas envoyé par ce moyen&#xa0;: non configuré dans les Réglages)</translation>
    </message>
    <message>
        <source>&amp;Wiki page</source>
        <translation>Page &amp;wiki</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <source>New section:</source>
        <translation>Nouvelle section&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID&#xa0;:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation>(aucun fichier)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Problems: select a file</source>
        <translation>Problèmes&#xa0;: sélectionnez un fichier</translation>
    </message>
    <message>
        <source>Ready to upload: no problems found.</source>
        <translation>Prêt à téléverser&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before upload: %n</source>
        <translation>
            <numerusform>À corriger avant le téléversement&#xa0;: %n</numerusform>
            <numerusform>À corriger avant le téléversement&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to upload; worth a look:</source>
        <translation>Prêt à téléverser&#xa0;; à regarder&#xa0;:</translation>
    </message>
    <message>
        <source>Opens the licences to choose from.</source>
        <translation>Ouvre les licences parmi lesquelles choisir.</translation>
    </message>
    <message>
        <source>Licence for the whole batch</source>
        <translation>Licence pour tout le lot</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Cancel batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message numerus="yes">
        <source>Stop uploading the %n files of this batch that are not on the wiki yet? Files already uploaded stay.</source>
        <translation>
            <numerusform>Arrêter le téléversement de %n fichier de ce lot qui n&apos;est pas encore sur le wiki&#xa0;? Les fichiers déjà téléversés restent.</numerusform>
            <numerusform>Arrêter le téléversement des %n fichiers de ce lot qui ne sont pas encore sur le wiki&#xa0;? Les fichiers déjà téléversés restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the batch&apos;s ready files…</source>
        <translation>Mise en file d&apos;attente des fichiers prêts du lot…</translation>
    </message>
    <message>
        <source>&amp;Cancel batch…</source>
        <translation>A&amp;nnuler le lot…</translation>
    </message>
    <message>
        <source>Stop the files of this batch that wait</source>
        <translation>Arrêter les fichiers de ce lot qui attendent</translation>
    </message>
    <message>
        <source>&amp;Queue fixed files</source>
        <translation>Relancer les fichiers &amp;corrigés</translation>
    </message>
    <message>
        <source>Queue the batch&apos;s ready files again with their current titles and texts</source>
        <translation>Remettre en file d&apos;attente les fichiers prêts du lot, avec leurs titres et textes actuels</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Décider…</translation>
    </message>
    <message>
        <source>Answer the wiki&apos;s warning about this file</source>
        <translation>Répondre à l&apos;avertissement du wiki sur ce fichier</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Try this file again now</source>
        <translation>Réessayer ce fichier maintenant</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Do not upload this file</source>
        <translation>Ne pas téléverser ce fichier</translation>
    </message>
    <message>
        <source>&amp;Fix metadata</source>
        <translation>Corriger les &amp;métadonnées</translation>
    </message>
    <message>
        <source>Open this file in Media to correct it</source>
        <translation>Ouvrir ce fichier dans Médias pour le corriger</translation>
    </message>
    <message>
        <source>&amp;Open on wiki</source>
        <translation>&amp;Ouvrir sur le wiki</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ouvrir les Ré&amp;glages</translation>
    </message>
    <message>
        <source>Files in the upload queue</source>
        <translation>Fichiers dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Nothing is queued for upload. In Media, check a batch and press “Upload”: its ready files wait here, continue after a dropped link or a restart, and you can follow each one to Wikimedia Commons.</source>
        <translation>Rien n&apos;est en attente de téléversement. Dans Médias, vérifiez un lot et cliquez sur «&#xa0;Téléverser les fichiers prêts&#xa0;»&#xa0;: ses fichiers prêts attendent ici, reprennent après une coupure ou un redémarrage, et vous pouvez suivre chacun jusqu&apos;à Wikimedia Commons.</translation>
    </message>
    <message numerus="yes">
        <source>%n files queued again.</source>
        <translation>
            <numerusform>%n fichier remis en file d&apos;attente.</numerusform>
            <numerusform>%n fichiers remis en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Cela n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>Resume &amp;all</source>
        <translation>&amp;Tout reprendre</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>&amp;Tout suspendre</translation>
    </message>
    <message>
        <source>Every upload, every batch</source>
        <translation>Tous les téléversements, tous les lots</translation>
    </message>
    <message>
        <source>R&amp;esume batch</source>
        <translation>Reprendre le &amp;lot</translation>
    </message>
    <message>
        <source>&amp;Pause batch</source>
        <translation>Suspendre le &amp;lot</translation>
    </message>
    <message>
        <source>Choose a batch in the list first</source>
        <translation>Choisissez d&apos;abord un lot dans la liste</translation>
    </message>
    <message>
        <source>Choose a file to see what happens to it.</source>
        <translation>Choisissez un fichier pour voir ce qu&apos;il devient.</translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation>{title} — {state}</translation>
    </message>
    <message>
        <source>The wiki warns: {warnings}. Press “Decide…”.</source>
        <translation>Le wiki avertit&#xa0;: {warnings}. Cliquez sur «&#xa0;Décider…&#xa0;».</translation>
    </message>
    <message>
        <source>The decision could not be saved: the file no longer waits for one.</source>
        <translation>La décision n&apos;a pas pu être enregistrée&#xa0;: le fichier n&apos;attend plus de décision.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Fieldkit found its database half-created, probably because it was stopped during its first start. It held no data yet, so Fieldkit created it again.

The damaged file is kept at:
{damaged}</source>
        <translation>Fieldkit a trouvé sa base de données à moitié créée, sans doute parce qu&apos;il a été arrêté pendant son premier lancement. Elle ne contenait encore aucune donnée, donc Fieldkit l&apos;a recréée.

Le fichier endommagé est conservé ici&#xa0;:
{damaged}</translation>
    </message>
    <message>
        <source>Fieldkit found its database half-upgraded, probably because the computer stopped during an update. It put back the backup made just before the update ({backup}) and upgraded it again; what you saved before the update is there.

The damaged file is kept at:
{damaged}</source>
        <translation>Fieldkit a trouvé sa base de données à moitié mise à niveau, sans doute parce que l&apos;ordinateur s&apos;est arrêté pendant une mise à jour. Il a remis en place la sauvegarde faite juste avant la mise à jour ({backup}) et l&apos;a de nouveau mise à niveau&#xa0;; ce que vous aviez enregistré avant la mise à jour s&apos;y trouve.

Le fichier endommagé est conservé ici&#xa0;:
{damaged}</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de données restaurée</translation>
    </message>
</context>
<context>
    <name>RepliesPane</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>fetched {time}</source>
        <translation>récupérée le {time}</translation>
    </message>
    <message>
        <source>Choose a request to see the helpdesk&apos;s replies.</source>
        <translation>Choisissez une demande pour voir les réponses du service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Replies appear here after the request is on the wiki. Fieldkit looks for them when you are online and keeps them for reading offline.</source>
        <translation>Les réponses s&apos;affichent ici une fois la demande publiée sur le wiki. Fieldkit les recherche quand vous êtes en ligne et les conserve pour que vous puissiez les lire hors ligne.</translation>
    </message>
    <message>
        <source>No replies yet. Fieldkit looks at the helpdesk page every 15 minutes while you are online, and keeps replies here for reading offline.</source>
        <translation>Pas encore de réponse. Fieldkit consulte la page du service d&apos;assistance toutes les 15 minutes quand vous êtes en ligne, et conserve les réponses ici pour que vous puissiez les lire hors ligne.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>A ready-made reply to start from.</source>
        <translation>Une réponse toute prête pour commencer.</translation>
    </message>
    <message>
        <source>Puts the chosen template into the reply.</source>
        <translation>Insère le modèle choisi dans la réponse.</translation>
    </message>
    <message>
        <source>The reply; the next sync sends it.</source>
        <translation>La réponse ; la prochaine synchronisation l&apos;envoie.</translation>
    </message>
    <message>
        <source>The replies to this request so far, and whether they went.</source>
        <translation>Les réponses à cette demande jusqu&apos;ici, et si elles sont parties.</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Utiliser un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Queue reply</source>
        <translation>Mettre en file d&apos;&amp;attente</translation>
    </message>
    <message>
        <source>Puts the reply in the outbox; it is sent when online.</source>
        <translation>Met la réponse dans la boîte d’envoi ; elle part dès la connexion.</translation>
    </message>
    <message>
        <source>Write the reply here, or start from a template.</source>
        <translation>Rédigez la réponse ici, ou partez d&apos;un modèle.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Replies so far</source>
        <translation>Réponses précédentes</translation>
    </message>
    <message>
        <source>The reply goes into the request&apos;s own section on the wiki, signed.</source>
        <translation>La réponse est publiée, signée, dans la section de la demande sur le wiki.</translation>
    </message>
    <message>
        <source>The reply goes by email, in the same thread as the request.</source>
        <translation>La réponse part par e-mail, dans le même fil que la demande.</translation>
    </message>
    <message>
        <source>This request is no longer on the wiki page: a reply cannot be sent.</source>
        <translation>Cette demande n&apos;est plus sur la page wiki&#xa0;: impossible d&apos;envoyer une réponse.</translation>
    </message>
    <message>
        <source>{date} by {channel}: {state} — {start}</source>
        <translation>{date} par {channel}&#xa0;: {state} — {start}</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Asking the wiki where the files are used…</source>
        <translation>Interrogation du wiki sur l&apos;utilisation des fichiers…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Outcome report</source>
        <translation>Rapport de résultats</translation>
    </message>
    <message>
        <source>Could not write the report to {path}.</source>
        <translation>Impossible d&apos;écrire le rapport dans {path}.</translation>
    </message>
    <message>
        <source>Report saved as {path}</source>
        <translation>Rapport enregistré sous {path}</translation>
    </message>
    <message>
        <source>The batch whose outcome is shown below.</source>
        <translation>Le lot dont le résultat s&apos;affiche ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>L&amp;ot&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh &amp;usage</source>
        <translation>Actualiser l&apos;&amp;utilisation</translation>
    </message>
    <message>
        <source>Ask the wiki which pages use the uploaded files (needs a connection)</source>
        <translation>Demander au wiki quelles pages utilisent les fichiers téléversés (nécessite une connexion)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Saves the report of the chosen batch as a file.</source>
        <translation>Enregistre le rapport du lot choisi dans un fichier.</translation>
    </message>
    <message>
        <source>No report yet. Once files of a batch are uploaded, their report for the partner appears here: what went up, under which licence, and where it is used.</source>
        <translation>Pas encore de rapport. Dès que des fichiers d&apos;un lot sont téléversés, leur rapport pour le partenaire apparaît ici&#xa0;: ce qui a été mis en ligne, sous quelle licence et où c&apos;est utilisé.</translation>
    </message>
    <message>
        <source>Usage as read from the wiki on {date}.</source>
        <translation>Utilisation telle que relevée sur le wiki le {date}.</translation>
    </message>
    <message>
        <source>Usage not read yet: press “Refresh usage” when online.</source>
        <translation>Utilisation pas encore relevée&#xa0;: cliquez sur «&#xa0;Actualiser l&apos;utilisation&#xa0;» une fois en ligne.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Le rapport n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>the wiki cannot be reached</source>
        <translation>le wiki est injoignable</translation>
    </message>
    <message>
        <source>no wiki account is set up yet</source>
        <translation>aucun compte wiki n&apos;est encore configuré</translation>
    </message>
    <message>
        <source>no password is stored for the wiki account</source>
        <translation>aucun mot de passe n&apos;est enregistré pour le compte wiki</translation>
    </message>
    <message>
        <source>the wiki refused the login</source>
        <translation>le wiki a refusé l&apos;identification</translation>
    </message>
    <message>
        <source>Could not read usage from the wiki ({reason}). The report shows what was read last time.</source>
        <translation>Impossible de relever l&apos;utilisation sur le wiki ({reason}). Le rapport montre ce qui a été relevé la dernière fois.</translation>
    </message>
    <message>
        <source>the wiki answered with an error</source>
        <translation>le wiki a répondu par une erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n files checked on the wiki.</source>
        <translation>
            <numerusform>%n fichier vérifié sur le wiki.</numerusform>
            <numerusform>%n fichiers vérifiés sur le wiki.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Already sent; changes cannot be saved.</source>
        <translation>Déjà envoyée&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Already sent; it cannot be withdrawn.</source>
        <translation>Déjà envoyée&#xa0;; elle ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>See the exact wiki text and email</source>
        <translation>Voir exactement le texte wiki et l&apos;e-mail qui seront envoyés</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Take the request out of the outbox; it becomes a draft again</source>
        <translation>Sortir la demande de la boîte d&apos;envoi&#xa0;; elle redevient un brouillon</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Queue this request; it is posted to the helpdesk when you are online.</source>
        <translation>Mettre cette demande en file d&apos;attente&#xa0;; elle sera envoyée au service d&apos;assistance dès que vous serez en ligne.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ouvrir les Ré&amp;glages</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not sent: please fix what is marked in the form.</source>
        <translation>Non envoyée&#xa0;: corrigez ce qui est signalé dans le formulaire.</translation>
    </message>
    <message>
        <source>Could not attach.</source>
        <translation>Impossible de joindre le fichier.</translation>
    </message>
    <message>
        <source>Sent requests cannot be changed.</source>
        <translation>Les demandes envoyées ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>New request, not saved yet</source>
        <translation>Nouvelle demande, pas encore enregistrée</translation>
    </message>
    <message>
        <source>Saved. It has not gone out yet, so your changes go with it.</source>
        <translation>Enregistrée. Elle n&apos;est pas encore partie, vos modifications partiront donc avec elle.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Message &amp;to the helpdesk</source>
        <translation>Message au &amp;service d&apos;assistance</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Wiki user name</source>
        <translation>Nom d&apos;utilisateur sur le wiki</translation>
    </message>
    <message>
        <source>You ask as</source>
        <translation>Vous demandez en tant que</translation>
    </message>
    <message>
        <source>Affiliate or group</source>
        <translation>Affilié ou groupe</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Institution partenaire</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Type de contenus</translation>
    </message>
    <message>
        <source>Rough volume</source>
        <translation>Volume approximatif</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Knowledge gap it fills</source>
        <translation>Lacune de connaissances comblée</translation>
    </message>
    <message>
        <source>Partner&apos;s commitment</source>
        <translation>Engagement du partenaire</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Situation de la licence</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>Aide souhaitée</translation>
    </message>
    <message>
        <source>Other help</source>
        <translation>Autre aide</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>Sur quoi avez-vous besoin d&apos;aide&#xa0;?</translation>
    </message>
    <message>
        <source>Describe the partner, the material and what you plan to do. Your text is saved as you type.</source>
        <translation>Décrivez le partenaire, les contenus et ce que vous prévoyez de faire. Votre texte est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>As on the wiki, without “User:”</source>
        <translation>Comme sur le wiki, sans «&#xa0;Utilisateur:&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. Kenya</source>
        <translation>p.&#xa0;ex. Sénégal</translation>
    </message>
    <message>
        <source>e.g. Swahili, English</source>
        <translation>p.&#xa0;ex. wolof, français</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>e.g. National Museum of …</source>
        <translation>p.&#xa0;ex. Musée national de …</translation>
    </message>
    <message>
        <source>Photographs, maps, sound recordings, metadata…</source>
        <translation>Photographies, cartes, enregistrements sonores, métadonnées…</translation>
    </message>
    <message>
        <source>e.g. about 2,000 scans, 40 GB</source>
        <translation>p.&#xa0;ex. environ 2&#xa0;000 numérisations, 40&#xa0;Go</translation>
    </message>
    <message>
        <source>What should be on Commons when this is done?</source>
        <translation>Que devrait-il y avoir sur Commons une fois le projet terminé&#xa0;?</translation>
    </message>
    <message>
        <source>Who will use it, on which wikis?</source>
        <translation>Qui l&apos;utilisera, et sur quels wikis&#xa0;?</translation>
    </message>
    <message>
        <source>What is missing on the wikis today?</source>
        <translation>Que manque-t-il aujourd&apos;hui sur les wikis&#xa0;?</translation>
    </message>
    <message>
        <source>Staff time, scanning, metadata the partner provides…</source>
        <translation>Temps du personnel, numérisation, métadonnées fournies par le partenaire…</translation>
    </message>
    <message>
        <source>Agreed to CC BY-SA? Still discussing? Public domain?</source>
        <translation>CC BY-SA accepté&#xa0;? Encore en discussion&#xa0;? Domaine public&#xa0;?</translation>
    </message>
    <message>
        <source>Say what other help you need</source>
        <translation>Précisez de quelle autre aide vous avez besoin</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>A Wikimedia affiliate (chapter, thematic organisation)</source>
        <translation>Un affilié Wikimédia (chapitre, organisation thématique)</translation>
    </message>
    <message>
        <source>A Wikimedia user group</source>
        <translation>Un groupe d&apos;utilisateurs Wikimédia</translation>
    </message>
    <message>
        <source>An individual volunteer</source>
        <translation>Un ou une bénévole à titre individuel</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Convention de partenariat</translation>
    </message>
    <message>
        <source>Talking with the partner about free licences</source>
        <translation>Parler des licences libres avec le partenaire</translation>
    </message>
    <message>
        <source>Batch upload</source>
        <translation>Téléversement par lots</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Sharing outcomes with the partner</source>
        <translation>Partager les résultats avec le partenaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Qui demande</translation>
    </message>
    <message>
        <source>The material</source>
        <translation>Les contenus</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Your name, so that the helpdesk knows whom it answers.</source>
        <translation>Votre nom, pour que le service d&apos;assistance sache à qui il répond.</translation>
    </message>
    <message>
        <source>Whether you write for a Wikimedia affiliate, a user group or yourself.</source>
        <translation>Si vous écrivez pour un affilié Wikimédia, un groupe d&apos;utilisateurs ou en votre nom.</translation>
    </message>
    <message>
        <source>The affiliate or user group you write for, if any.</source>
        <translation>L&apos;affilié ou le groupe d&apos;utilisateurs pour lequel vous écrivez, le cas échéant.</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Demandes d&apos;aide</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply from the helpdesk</source>
        <translation>
            <numerusform>%n nouvelle réponse du service d&apos;assistance</numerusform>
            <numerusform>%n nouvelles réponses du service d&apos;assistance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestProblems</name>
    <message>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>Your name helps the helpdesk address you.</source>
        <translation>Votre nom permet au service d&apos;assistance de s&apos;adresser à vous.</translation>
    </message>
    <message>
        <source>Your wiki user name lets the helpdesk reply on your talk page.</source>
        <translation>Votre nom d&apos;utilisateur sur le wiki permet au service d&apos;assistance de vous répondre sur votre page de discussion.</translation>
    </message>
    <message>
        <source>Which institution is this about?</source>
        <translation>De quelle institution s&apos;agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>A line on the expected impact helps the helpdesk prioritise.</source>
        <translation>Une ligne sur l&apos;impact attendu aide le service d&apos;assistance à fixer ses priorités.</translation>
    </message>
    <message>
        <source>Say whether the partner has agreed to a free licence yet.</source>
        <translation>Indiquez si le partenaire a déjà accepté une licence libre.</translation>
    </message>
    <message>
        <source>Tick the kind of help you want.</source>
        <translation>Cochez le type d&apos;aide souhaité.</translation>
    </message>
    <message>
        <source>Give the request a subject.</source>
        <translation>Donnez un objet à la demande.</translation>
    </message>
    <message>
        <source>The subject is longer than {max} characters.</source>
        <translation>L&apos;objet dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>Describe the partner&apos;s material and what you plan to do with it.</source>
        <translation>Décrivez les contenus du partenaire et ce que vous prévoyez d&apos;en faire.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address (name@example.org).</source>
        <translation>«&#xa0;{address}&#xa0;» n&apos;est pas une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <source>Mail needs a sender: give your email address or set a From address.</source>
        <translation>L&apos;e-mail doit avoir un expéditeur&#xa0;: indiquez votre adresse e-mail ou définissez une adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>A wiki user name cannot contain # &lt; &gt; [ ] | { } / @ : =.</source>
        <translation>Un nom d&apos;utilisateur wiki ne peut pas contenir # &lt; &gt; [ ] | { } / @ : =.</translation>
    </message>
    <message>
        <source>Say what other help you need.</source>
        <translation>Précisez de quelle autre aide vous avez besoin.</translation>
    </message>
    <message>
        <source>{filename} is {size}; attachments may be at most {limit}. Attach a few sample files or an excerpt instead.</source>
        <translation>{filename} fait {size}&#xa0;; une pièce jointe ne peut pas dépasser {limit}. Joignez plutôt quelques fichiers d&apos;exemple ou un extrait.</translation>
    </message>
    <message>
        <source>With {filename}, all attachments together come to {total}; the limit is {limit}.</source>
        <translation>Avec {filename}, l&apos;ensemble des pièces jointes atteint {total}&#xa0;; la limite est de {limit}.</translation>
    </message>
    <message>
        <source>{filename} cannot be read (moved, deleted or not allowed).</source>
        <translation>{filename} est illisible (déplacé, supprimé ou accès refusé).</translation>
    </message>
    <message>
        <source>A helpdesk page must be chosen for this wiki: the Commons page does not exist here. Choose it in Settings.</source>
        <translation>Une page du service d&apos;assistance doit être choisie pour ce wiki&#xa0;: la page de Commons n&apos;existe pas ici. Choisissez-la dans les Réglages.</translation>
    </message>
    <message>
        <source>Choose whether you ask for an affiliate, a user group or yourself.</source>
        <translation>Indiquez si vous demandez pour un affilié, pour un groupe d&apos;utilisateurs ou pour vous-même.</translation>
    </message>
    <message>
        <source>Tick the kinds of help from the list.</source>
        <translation>Cochez dans la liste les types d&apos;aide souhaités.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be a number.</source>
        <translation>Le port du serveur de messagerie doit être un nombre.</translation>
    </message>
    <message>
        <source>Give the mailbox server as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>Indiquez le serveur de messagerie sous la forme HÔTE:PORT, p.&#xa0;ex. imap.example.org:993.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none as the mail server&apos;s security.</source>
        <translation>Choisissez la sécurité du serveur de messagerie&#xa0;: STARTTLS, TLS ou aucune.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}), as a binary file read as text does; remove them.</source>
        <translation>Le texte contient des caractères de contrôle ({characters}), comme un fichier binaire lu comme du texte&#xa0;; supprimez-les.</translation>
    </message>
    <message>
        <source>This request is a draft: send it first.</source>
        <translation>Cette demande est un brouillon&#xa0;: envoyez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>This request was sent already.</source>
        <translation>Cette demande a déjà été envoyée.</translation>
    </message>
    <message>
        <source>No helpdesk is set up: give a wiki page or an email address and mail server in Settings.</source>
        <translation>Aucun service d&apos;assistance n&apos;est configuré&#xa0;: indiquez une page wiki, ou une adresse e-mail et un serveur de messagerie, dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>RequestStates</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoi réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>Wiki page</source>
        <translation>Page wiki</translation>
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
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Ask the Content Partnerships Helpdesk for help. You can write while offline: requests wait here and are posted when the wiki can be reached.</source>
        <translation>Demandez de l&apos;aide au service d&apos;assistance des partenariats de contenu (Content Partnerships Helpdesk). Vous pouvez écrire hors ligne&#xa0;: les demandes attendent ici et sont publiées dès que le wiki est joignable.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>Start a new help request to the helpdesk</source>
        <translation>Commencer une nouvelle demande d&apos;aide au service d&apos;assistance</translation>
    </message>
    <message>
        <source>No requests yet. Press “New request” and write what you need; it is saved as you type.</source>
        <translation>Aucune demande pour l&apos;instant. Cliquez sur «&#xa0;Nouvelle demande&#xa0;» et écrivez ce dont vous avez besoin&#xa0;; tout est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>D&amp;emande</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replies (%n new)</source>
        <translation>
            <numerusform>&amp;Réponses (%n nouvelle)</numerusform>
            <numerusform>&amp;Réponses (%n nouvelles)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Réponses</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>A score from {low} (low) to {high} (high).</source>
        <translation>Une note de {low} (faible) à {high} (élevée).</translation>
    </message>
    <message>
        <source>Your name as the reviewer.</source>
        <translation>Votre nom en tant qu&apos;évaluateur.</translation>
    </message>
    <message>
        <source>The reviews given so far.</source>
        <translation>Les évaluations données jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>Évalué &amp;par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment on {criterion}</source>
        <translation>Commentaire sur {criterion}</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>Évaluations précédentes</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Saves your scores for this request.</source>
        <translation>Enregistre vos notes pour cette demande.</translation>
    </message>
    <message>
        <source>Scores from 1 (poor) to 5 (excellent). Reviews stay on this computer and go only into the committee pack.</source>
        <translation>Notes de 1 (faible) à 5 (excellent). Les évaluations restent sur cet ordinateur et ne figurent que dans le dossier pour le comité.</translation>
    </message>
    <message>
        <source>Average: {scores}</source>
        <translation>Moyenne&#xa0;: {scores}</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Pas encore d&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>&amp;Remove sample</source>
        <translation>&amp;Supprimer l&apos;exemple</translation>
    </message>
    <message>
        <source>Delete the sample partnership with its checklists, batch and photos</source>
        <translation>Supprimer le partenariat d&apos;exemple avec ses listes de contrôle, son lot et ses photos</translation>
    </message>
    <message>
        <source>“{name}” is a sample partnership to explore. Remove it when you are done.</source>
        <translation>«&#xa0;{name}&#xa0;» est un partenariat d&apos;exemple à explorer. Supprimez-le quand vous avez terminé.</translation>
    </message>
    <message>
        <source>The sample could not be removed.</source>
        <translation>L&apos;exemple n&apos;a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Wiki and account</source>
        <translation>Wiki et compte</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>VotreNom@Fieldkit</translation>
    </message>
    <message>
        <source>Bot &amp;password</source>
        <translation>Mot de &amp;passe du robot</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files.</source>
        <translation>Créez un mot de passe de robot sur le wiki, sous Special:BotPasswords, et saisissez l&apos;identifiant que le wiki affiche (nom@bot). Le mot de passe est conservé dans le trousseau de votre système, pas dans les fichiers de Fieldkit.</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). This computer has no system keyring, so the password is kept in an encrypted file in Fieldkit&apos;s data folder ({path}), locked with a passphrase you choose when you first save it. Fieldkit asks for the passphrase once each time it starts.</source>
        <translation>Créez un mot de passe de robot sur le wiki, sous Special:BotPasswords, et saisissez l&apos;identifiant que le wiki affiche (nom@bot). Cet ordinateur n&apos;a pas de trousseau système, donc le mot de passe est conservé dans un fichier chiffré du dossier de données de Fieldkit ({path}), verrouillé par une phrase secrète que vous choisissez au premier enregistrement. Fieldkit demande la phrase secrète une fois à chaque lancement.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Service d&apos;assistance</translation>
    </message>
    <message>
        <source>W&amp;iki API address</source>
        <translation>Adresse &amp;de l&apos;API du wiki</translation>
    </message>
    <message>
        <source>The address of the wiki&apos;s api.php: Wikimedia Commons unless you use another.</source>
        <translation>L&apos;adresse de l&apos;api.php du wiki : Wikimedia Commons, sauf si vous en utilisez un autre.</translation>
    </message>
    <message>
        <source>&amp;Bot login</source>
        <translation>Identifiant d&amp;u robot</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Te&amp;ster la connexion</translation>
    </message>
    <message>
        <source>Tries to log in with these details; saves nothing.</source>
        <translation>Essaie de se connecter avec ces informations ; n’enregistre rien.</translation>
    </message>
    <message>
        <source>In&amp;terface language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of Fieldkit&apos;s menus and texts; it changes at once.</source>
        <translation>La langue des menus et des textes de Fieldkit ; elle change aussitôt.</translation>
    </message>
    <message>
        <source>Helpdes&amp;k wiki page</source>
        <translation>Page &amp;wiki du service d&apos;assistance</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address for requests sent by email.</source>
        <translation>L&apos;adresse du service d&apos;assistance pour les demandes envoyées par courriel.</translation>
    </message>
    <message>
        <source>Helpdesk email</source>
        <translation>Adresse e-mail du service d&apos;assistance</translation>
    </message>
    <message>
        <source>Save settin&amp;gs</source>
        <translation>Enregistrer les &amp;réglages</translation>
    </message>
    <message>
        <source>Saves the settings above.</source>
        <translation>Enregistre les réglages ci-dessus.</translation>
    </message>
    <message>
        <source>The login must have the form name@bot, as shown on Special:BotPasswords. Nothing was saved.</source>
        <translation>L&apos;identifiant doit avoir la forme nom@bot, comme affiché sur Special:BotPasswords. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The helpdesk email address is not valid. Nothing was saved.</source>
        <translation>L&apos;adresse e-mail du service d&apos;assistance n&apos;est pas valide. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>Settings saved. Enter the bot login too, so the password can be stored.</source>
        <translation>Réglages enregistrés. Saisissez aussi l&apos;identifiant du robot pour que le mot de passe puisse être conservé.</translation>
    </message>
    <message>
        <source>Settings saved. Storing the password…</source>
        <translation>Réglages enregistrés. Enregistrement du mot de passe…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in the keyring.</source>
        <translation>Réglages enregistrés. Le mot de passe est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in Fieldkit&apos;s encrypted file.</source>
        <translation>Réglages enregistrés. Le mot de passe est conservé dans le fichier chiffré de Fieldkit.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: {reason}</source>
        <translation>Réglages enregistrés, mais pas le mot de passe&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Settings saved, but the keyring refused to keep the password.</source>
        <translation>Réglages enregistrés, mais le trousseau a refusé de conserver le mot de passe.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: it needs the passphrase of the password file. Save again to type it.</source>
        <translation>Réglages enregistrés, mais pas le mot de passe&#xa0;: il faut la phrase secrète du fichier des mots de passe. Enregistrez de nouveau pour la saisir.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password.</source>
        <translation>Réglages enregistrés, mais pas le mot de passe.</translation>
    </message>
    <message>
        <source>this system has no keyring to keep it safe. Set the environment variable FIELDKIT_PASSWORD to the bot password before starting Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>ce système n&apos;a pas de trousseau pour le conserver en sécurité. Définissez la variable d&apos;environnement FIELDKIT_PASSWORD avec le mot de passe du robot avant de lancer Fieldkit, ou installez et déverrouillez un trousseau (par exemple GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connexion réussie.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached. Check the address and your connection.</source>
        <translation>Le wiki est injoignable. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The wiki answered, but refused the login.</source>
        <translation>Le wiki a répondu, mais a refusé l&apos;identification.</translation>
    </message>
    <message>
        <source>Enter the wiki API address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de l&apos;API du wiki.</translation>
    </message>
    <message>
        <source>Only the address was tested: no password is available.</source>
        <translation>Seule l&apos;adresse a été testée&#xa0;: aucun mot de passe n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keyring.</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être lu dans le trousseau.</translation>
    </message>
    <message>
        <source>The test itself failed.</source>
        <translation>Le test lui-même a échoué.</translation>
    </message>
    <message>
        <source>for example Project:Help desk</source>
        <translation>p.&#xa0;ex. Project:Help desk</translation>
    </message>
    <message>
        <source>This wiki is not Wikimedia Commons: choose the page where help requests go on it (Commons&apos; page does not exist here).</source>
        <translation>Ce wiki n&apos;est pas Wikimedia Commons&#xa0;: choisissez la page de ce wiki où envoyer les demandes d&apos;aide (la page de Commons n&apos;existe pas ici).</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>E&amp;xport spreadsheet…</source>
        <translation>&amp;Exporter en tableur…</translation>
    </message>
    <message>
        <source>Save the batch&apos;s metadata as CSV or XLSX</source>
        <translation>Enregistrer les métadonnées du lot en CSV ou XLSX</translation>
    </message>
    <message>
        <source>Appl&amp;y spreadsheet…</source>
        <translation>Appli&amp;quer un tableur…</translation>
    </message>
    <message>
        <source>Read a CSV or XLSX edited elsewhere back into the batch (undoable)</source>
        <translation>Réimporter dans le lot un CSV ou XLSX modifié ailleurs (annulable)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exporter en tableur</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;Comma-separated values (*.csv)</source>
        <translation>Tableur (*.xlsx);;Valeurs séparées par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>L&apos;exportation a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>Le tableur est illisible.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {path} (files: %n).</source>
        <translation>
            <numerusform>Exporté vers {path} (fichier&#xa0;: %n).</numerusform>
            <numerusform>Exporté vers {path} (fichiers&#xa0;: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts are longer than a spreadsheet cell holds: their cells say so, and the texts stay in Fieldkit unless you replace those cells.</source>
        <translation>
            <numerusform>%n texte dépasse la taille d&apos;une cellule de tableur&#xa0;: sa cellule l&apos;indique, et le texte reste dans Fieldkit tant que vous ne remplacez pas cette cellule.</numerusform>
            <numerusform>%n textes dépassent la taille d&apos;une cellule de tableur&#xa0;: leurs cellules l&apos;indiquent, et les textes restent dans Fieldkit tant que vous ne remplacez pas ces cellules.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L&apos;exportation a échoué.</translation>
    </message>
    <message>
        <source>Apply spreadsheet</source>
        <translation>Appliquer un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>Le tableur est illisible&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>SheetProblems</name>
    <message>
        <source>“{file}” is not a text file, so it is not a CSV sheet. Save the sheet as CSV UTF-8 or XLSX.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;est pas un fichier texte, ce n&apos;est donc pas une feuille CSV. Enregistrez la feuille en CSV UTF-8 ou en XLSX.</translation>
    </message>
    <message>
        <source>Fieldkit cannot tell for sure how the letters in “{file}” are encoded. Save the sheet as “CSV UTF-8” and apply it again.</source>
        <translation>Fieldkit ne peut pas déterminer avec certitude l&apos;encodage des lettres de «&#xa0;{file}&#xa0;». Enregistrez la feuille en «&#xa0;CSV UTF-8&#xa0;» et appliquez-la de nouveau.</translation>
    </message>
    <message>
        <source>“{file}” is damaged at byte {byte}. Save the sheet again as CSV UTF-8.</source>
        <translation>«&#xa0;{file}&#xa0;» est endommagé à l&apos;octet {byte}. Enregistrez de nouveau la feuille en CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). If any letters look wrong, save it as “CSV UTF-8” and apply it again.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu en Windows-1252 (Europe occidentale). Si des lettres semblent incorrectes, enregistrez-le en «&#xa0;CSV UTF-8&#xa0;» et appliquez-le de nouveau.</translation>
    </message>
    <message>
        <source>Cells are separated by “{separator}” in this file; it was read so.</source>
        <translation>Dans ce fichier, les cellules sont séparées par «&#xa0;{separator}&#xa0;»&#xa0;; il a été lu ainsi.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or is not an XLSX spreadsheet. Open it in Excel or LibreOffice and save it as XLSX.</source>
        <translation>«&#xa0;{file}&#xa0;» est endommagé ou n&apos;est pas un tableur XLSX. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en XLSX.</translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation>La feuille est vide.</translation>
    </message>
    <message>
        <source>“{suffix}” files cannot be read: use a .csv or .xlsx spreadsheet.</source>
        <translation>Les fichiers «&#xa0;{suffix}&#xa0;» ne peuvent pas être lus&#xa0;: utilisez un tableur .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>The rows above the header (1–{rows}) were skipped.</source>
        <translation>Les lignes au-dessus de l&apos;en-tête (1–{rows}) ont été ignorées.</translation>
    </message>
    <message>
        <source>The merged cells {cells} were read as the same value in every row.</source>
        <translation>Les cellules fusionnées {cells} ont été lues comme la même valeur sur chaque ligne.</translation>
    </message>
    <message>
        <source>Header cells are merged ({cells}); unmerge them so that every column has its own name.</source>
        <translation>Des cellules d&apos;en-tête sont fusionnées ({cells})&#xa0;; annulez la fusion pour que chaque colonne ait son propre nom.</translation>
    </message>
    <message>
        <source>The column “{column}” is there twice ({cells}); keep one.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» figure deux fois ({cells})&#xa0;; gardez-en une.</translation>
    </message>
    <message>
        <source>The sheet needs a “fieldkit_id” or a “path”/“file” column to know which row is which file.</source>
        <translation>La feuille a besoin d&apos;une colonne «&#xa0;fieldkit_id&#xa0;» ou «&#xa0;path&#xa0;»/«&#xa0;file&#xa0;» pour savoir quelle ligne correspond à quel fichier.</translation>
    </message>
    <message>
        <source>The sheet has no column of paths. Its columns: {columns}.</source>
        <translation>La feuille n&apos;a pas de colonne de chemins. Ses colonnes&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>The column “{column}” of the sheet lists no paths.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» de la feuille ne contient aucun chemin.</translation>
    </message>
    <message>
        <source>Column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» n&apos;est pas un champ de Fieldkit&#xa0;; les lignes qui y ont une valeur sont refusées.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header; rows with a value in it are refused.</source>
        <translation>La colonne {column} n&apos;a pas de nom dans l&apos;en-tête&#xa0;; les lignes qui y ont une valeur sont refusées.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; a separator or line break is probably missing. The row was left unchanged.</source>
        <translation>La ligne {row} a {cells} cellules, mais l&apos;en-tête a {columns} colonnes&#xa0;; il manque probablement un séparateur ou un saut de ligne. La ligne est restée inchangée.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; the extra cells hold text. The row was left unchanged.</source>
        <translation>La ligne {row} a {cells} cellules, mais l&apos;en-tête a {columns} colonnes&#xa0;; les cellules en trop contiennent du texte. La ligne est restée inchangée.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>La ligne {row} ne correspond à aucun fichier de ce lot.</translation>
    </message>
    <message>
        <source>Row {row} is for the same file as row {first_row}; keep one.</source>
        <translation>La ligne {row} concerne le même fichier que la ligne {first_row}&#xa0;; gardez-en une.</translation>
    </message>
    <message>
        <source>The cell holds a formula but no value ({formula}). Open and save the sheet in Excel or LibreOffice, or type the value.</source>
        <translation>La cellule contient une formule mais pas de valeur ({formula}). Ouvrez et enregistrez la feuille dans Excel ou LibreOffice, ou saisissez la valeur.</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {error}; correct it.</source>
        <translation>La cellule affiche l&apos;erreur de tableur {error}&#xa0;; corrigez-la.</translation>
    </message>
    <message>
        <source>The “kept in Fieldkit” note in this cell was edited. Put it back as it was to keep the text, or replace the whole cell.</source>
        <translation>La mention «&#xa0;kept in Fieldkit&#xa0;» de cette cellule a été modifiée. Remettez-la telle qu&apos;elle était pour garder le texte, ou remplacez toute la cellule.</translation>
    </message>
    <message>
        <source>The spreadsheet program cut this text at {limit} characters (Fieldkit has {length}); it was left unchanged. Edit long texts in Fieldkit.</source>
        <translation>Le tableur a tronqué ce texte à {limit} caractères (Fieldkit en a {length})&#xa0;; il est resté inchangé. Modifiez les textes longs dans Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Fieldkit can read: write YYYY-MM-DD, YYYY-MM, YYYY, “ca. YYYY”, a decade such as “1920s”, or “unknown”.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date lisible par Fieldkit&#xa0;: écrivez AAAA-MM-JJ, AAAA-MM, AAAA, «&#xa0;ca. AAAA&#xa0;», une décennie comme «&#xa0;1920s&#xa0;», ou «&#xa0;unknown&#xa0;».</translation>
    </message>
    <message>
        <source>Is “{value}” {day_first} (day first) or {month_first} (month first)? Write the one you mean as YYYY-MM-DD.</source>
        <translation>«&#xa0;{value}&#xa0;» signifie-t-il {day_first} (jour en premier) ou {month_first} (mois en premier)&#xa0;? Écrivez la date voulue sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Dates with slashes are read day first (DD/MM/YYYY), so “{value}” has no such month. Did you mean {suggestion}? Write it as YYYY-MM-DD.</source>
        <translation>Les dates avec des barres obliques sont lues jour en premier (JJ/MM/AAAA)&#xa0;: ce mois n&apos;existe donc pas dans «&#xa0;{value}&#xa0;». Vouliez-vous dire {suggestion}&#xa0;? Écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet&apos;s date number ({suggestion}?). Format the cell as a date, or write the date as YYYY-MM-DD.</source>
        <translation>«&#xa0;{value}&#xa0;» ressemble à un numéro de date de tableur ({suggestion}&#xa0;?). Mettez la cellule au format date, ou écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“{value}” is in the future.</source>
        <translation>«&#xa0;{value}&#xa0;» est dans le futur.</translation>
    </message>
    <message>
        <source>“{value}” is not a licence in Fieldkit&apos;s catalogue.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une licence du catalogue de Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a category name.</source>
        <translation>«&#xa0;{value}&#xa0;» ne peut pas être un nom de catégorie.</translation>
    </message>
    <message>
        <source>Use Wikidata item ids such as Q42, separated by |.</source>
        <translation>Utilisez des identifiants d&apos;éléments Wikidata comme Q42, séparés par |.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid coordinate.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une coordonnée valide.</translation>
    </message>
    <message>
        <source>The template must be information, artwork or photograph.</source>
        <translation>Le modèle doit être information, artwork ou photograph.</translation>
    </message>
    <message>
        <source>“{value}” is not a field Fieldkit knows.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un champ connu de Fieldkit.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; a field holds at most {limit}.</source>
        <translation>Le texte fait {length} caractères&#xa0;; un champ en contient au plus {limit}.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}) that cannot be on a wiki page; remove them.</source>
        <translation>Le texte contient des caractères de contrôle ({characters}) qui ne peuvent pas figurer sur une page wiki&#xa0;; supprimez-les.</translation>
    </message>
    <message>
        <source>The brackets do not match: “{detail}” has no partner. Close every [[ with ]] and every {{{{ with }}}}.</source>
        <translation>Les crochets et accolades ne correspondent pas&#xa0;: «&#xa0;{detail}&#xa0;» n&apos;a pas de pendant. Fermez chaque [[ par ]] et chaque {{{{ par }}}}.</translation>
    </message>
    <message>
        <source>Category links are not taken from this cell; put categories in the categories column.</source>
        <translation>Les liens de catégorie ne sont pas repris de cette cellule&#xa0;; mettez les catégories dans la colonne des catégories.</translation>
    </message>
    <message>
        <source>“{detail}” is a magic word that changes the page itself; it is not allowed here.</source>
        <translation>«&#xa0;{detail}&#xa0;» est un mot magique qui modifie la page elle-même&#xa0;; il n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>Closest: {closest}.</source>
        <translation>Le plus proche&#xa0;: {closest}.</translation>
    </message>
</context>
<context>
    <name>SheetReportDialog</name>
    <message>
        <source>Spreadsheet applied</source>
        <translation>Tableur appliqué</translation>
    </message>
    <message numerus="yes">
        <source>rows changed: %n</source>
        <translation>
            <numerusform>ligne modifiée&#xa0;: %n</numerusform>
            <numerusform>lignes modifiées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>inchangée&#xa0;: %n</numerusform>
            <numerusform>inchangées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused: %n</source>
        <translation>
            <numerusform>refusée&#xa0;: %n</numerusform>
            <numerusform>refusées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet applied: {counts}. Undo (Ctrl+Z) reverses it.</source>
        <translation>Tableur appliqué&#xa0;: {counts}. Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>Spreadsheet not applied</source>
        <translation>Tableur non appliqué</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be used as it is; nothing was changed.</source>
        <translation>Le tableur est inutilisable tel quel&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Champ suivant ou précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Ouvrir un menu</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + sa lettre soulignée</translation>
    </message>
    <message>
        <source>Press a button or tick a box</source>
        <translation>Appuyer sur un bouton ou cocher une case</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Move between the cells of a table</source>
        <translation>Se déplacer entre les cellules d&apos;un tableau</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Edit the chosen cell of a table</source>
        <translation>Modifier la cellule choisie d&apos;un tableau</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Next tab of a page</source>
        <translation>Onglet suivant d&apos;une page</translation>
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
        <translation>Fieldkit ne peut pas utiliser son dossier de données {path}&#xa0;: {reason}.

Lancez-le avec un autre dossier (fieldkit --data-dir DOSSIER, ou la variable FIELDKIT_DATA_DIR), ou corrigez les droits d&apos;accès du dossier.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Bundle conflicts</source>
        <translation>Conflits de paquets</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message numerus="yes">
        <source>Edited on both computers (%n): the value here is kept until you choose.</source>
        <translation>
            <numerusform>Modifié sur les deux ordinateurs (%n)&#xa0;: la valeur d&apos;ici est conservée jusqu&apos;à ce que vous choisissiez.</numerusform>
            <numerusform>Modifiés sur les deux ordinateurs (%n)&#xa0;: les valeurs d&apos;ici sont conservées jusqu&apos;à ce que vous choisissiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
</context>
<context>
    <name>TextPatterns</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between clauses of one sentence (keep the spaces you need)</comment>
        <translation>&#xa0;; </translation>
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
        <translation>Où en est la demande dans le travail du service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Who at the helpdesk looks after this request.</source>
        <translation>Qui, au service d&apos;assistance, s&apos;occupe de cette demande.</translation>
    </message>
    <message>
        <source>Private notes: never in replies or committee packs.</source>
        <translation>Notes privées : jamais dans les réponses ni dans les dossiers pour le comité.</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>Ét&amp;at</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>Re&amp;sponsable</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>&amp;Notes privées</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <source>Saves the chosen state and who handles it.</source>
        <translation>Enregistre l’état choisi et qui s’en occupe.</translation>
    </message>
    <message>
        <source>The state and assignee are shared with the rest of the helpdesk: on the wiki in the request&apos;s section, in the mailbox as a keyword. Sent with the next sync.</source>
        <translation>L&apos;état et le responsable sont partagés avec le reste du service d&apos;assistance&#xa0;: sur le wiki dans la section de la demande, dans la messagerie sous forme de mot-clé. Envoyés à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Notes stay on this computer. They are never published or sent.</source>
        <translation>Les notes restent sur cet ordinateur. Elles ne sont jamais publiées ni envoyées.</translation>
    </message>
</context>
<context>
    <name>UploadFormatting</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n&#xa0;s restante</numerusform>
            <numerusform>%n&#xa0;s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n&#xa0;min restante</numerusform>
            <numerusform>%n&#xa0;min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n&#xa0;h restante</numerusform>
            <numerusform>%n&#xa0;h restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n&#xa0;jour restant</numerusform>
            <numerusform>%n&#xa0;jours restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadJobModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>(no batch)</source>
        <translation>(aucun lot)</translation>
    </message>
</context>
<context>
    <name>UploadSettingsWidget</name>
    <message>
        <source>Uploads</source>
        <translation>Téléversements</translation>
    </message>
    <message>
        <source>On a phone or pay-per-megabyte connection, uploads wait (they continue by themselves on Wi-Fi or a cable). If the computer cannot tell, they wait too.</source>
        <translation>Sur une connexion mobile ou facturée au mégaoctet, les téléversements attendent (ils reprennent d&apos;eux-mêmes en Wi-Fi ou par câble). Si l&apos;ordinateur ne peut pas le déterminer, ils attendent aussi.</translation>
    </message>
    <message>
        <source>Upload &amp;only on unmetered connections</source>
        <translation>Téléverser uniquement via une connexion &amp;non limitée</translation>
    </message>
    <message>
        <source>Ba&amp;ndwidth limit:</source>
        <translation>D&amp;ébit maximal&#xa0;:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Leave room for others on a shared link: uploads send at most this much per second. 0 means no limit.</source>
        <translation>Laissez de la place aux autres sur une connexion partagée&#xa0;: les téléversements ne dépassent jamais ce débit. 0 signifie aucune limite.</translation>
    </message>
</context>
<context>
    <name>UploadSummary</name>
    <message numerus="yes">
        <source>Queued for upload: %n</source>
        <translation>
            <numerusform>Mis en file d&apos;attente&#xa0;: %n</numerusform>
            <numerusform>Mis en file d&apos;attente&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already queued: %n</source>
        <translation>
            <numerusform>déjà en attente&#xa0;: %n</numerusform>
            <numerusform>déjà en attente&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already uploaded: %n</source>
        <translation>
            <numerusform>déjà téléversé&#xa0;: %n</numerusform>
            <numerusform>déjà téléversés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not ready yet: %n — see Problems</source>
        <translation>
            <numerusform>pas encore prêt&#xa0;: %n — voir Problèmes</numerusform>
            <numerusform>pas encore prêts&#xa0;: %n — voir Problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be prepared: %n</source>
        <translation>
            <numerusform>préparation impossible&#xa0;: %n</numerusform>
            <numerusform>préparation impossible&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch has no files to upload.</source>
        <translation>Ce lot n&apos;a aucun fichier à téléverser.</translation>
    </message>
    <message>
        <source>Nothing new was queued</source>
        <translation>Rien de nouveau n&apos;a été mis en file d&apos;attente</translation>
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
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d&apos;un nouvel essai</translation>
    </message>
    <message>
        <source>The wiki assembles the file</source>
        <translation>Le wiki assemble le fichier</translation>
    </message>
    <message>
        <source>The wiki publishes the file</source>
        <translation>Le wiki publie le fichier</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Téléversement en cours</translation>
    </message>
    <message>
        <source>Sent, publishing</source>
        <translation>Envoyé, publication en cours</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <source>Checking on the wiki</source>
        <translation>Vérification sur le wiki</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Décision requise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Same file already on the wiki</source>
        <translation>Fichier identique déjà sur le wiki</translation>
    </message>
    <message>
        <source>Same file was deleted before</source>
        <translation>Fichier identique déjà supprimé</translation>
    </message>
    <message>
        <source>A file with this name was deleted</source>
        <translation>Un fichier de ce nom a été supprimé</translation>
    </message>
    <message>
        <source>A different file has this name</source>
        <translation>Un autre fichier porte ce nom</translation>
    </message>
    <message>
        <source>A similar name is taken</source>
        <translation>Un nom similaire est déjà pris</translation>
    </message>
    <message>
        <source>A page with this name exists</source>
        <translation>Une page de ce nom existe</translation>
    </message>
    <message>
        <source>Name looks like a camera default</source>
        <translation>Nom par défaut d&apos;appareil photo</translation>
    </message>
    <message>
        <source>The wiki changed the name</source>
        <translation>Le wiki a modifié le nom</translation>
    </message>
    <message>
        <source>Unwanted file type</source>
        <translation>Type de fichier déconseillé</translation>
    </message>
    <message>
        <source>Very large file</source>
        <translation>Fichier très volumineux</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <source>Same as an older version</source>
        <translation>Identique à une version antérieure</translation>
    </message>
    <message>
        <source>Wiki warning: {code}</source>
        <translation>Avertissement du wiki&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Exactly the same file is already on the wiki as: {names}. Uploading it again makes a second copy, which Commons usually deletes. Skip it unless you are sure.</source>
        <translation>Exactement le même fichier est déjà sur le wiki sous&#xa0;: {names}. Le téléverser à nouveau crée une deuxième copie, que Commons supprime généralement. En cas de doute, ignorez-le.</translation>
    </message>
    <message>
        <source>Exactly the same file was uploaded before and then deleted ({names}). It may have been deleted for a reason; check before publishing it again.</source>
        <translation>Exactement le même fichier a déjà été téléversé puis supprimé ({names}). Il a pu être supprimé pour une bonne raison&#xa0;; vérifiez avant de le republier.</translation>
    </message>
    <message>
        <source>A file with this name was deleted from the wiki before. Publishing re-creates it; a new name avoids confusion.</source>
        <translation>Un fichier de ce nom a déjà été supprimé du wiki. Le publier le recrée&#xa0;; un nouveau nom évite toute confusion.</translation>
    </message>
    <message>
        <source>The name “{names}” is already taken by a different file. Publishing anyway would replace that file with this one. Choose a new name unless you mean to replace it.</source>
        <translation>Le nom «&#xa0;{names}&#xa0;» est déjà pris par un autre fichier. Publier quand même remplacerait ce fichier par celui-ci. Choisissez un nouveau nom, sauf si vous voulez vraiment le remplacer.</translation>
    </message>
    <message>
        <source>A file with almost the same name exists: {names}. Choose a clearer name, or publish anyway if they really are different files.</source>
        <translation>Un fichier au nom presque identique existe&#xa0;: {names}. Choisissez un nom plus clair, ou publiez quand même s&apos;il s&apos;agit vraiment de fichiers différents.</translation>
    </message>
    <message>
        <source>A page with this name already exists ({names}). Choose a new name.</source>
        <translation>Une page de ce nom existe déjà ({names}). Choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>The name starts like a camera&apos;s default file name (“{names}”), which says nothing about the picture. Give it a descriptive name.</source>
        <translation>Le nom commence comme un nom de fichier par défaut d&apos;appareil photo («&#xa0;{names}&#xa0;»), qui ne dit rien de l&apos;image. Donnez-lui un nom descriptif.</translation>
    </message>
    <message>
        <source>The wiki would change the name to “{names}”.</source>
        <translation>Le wiki changerait le nom en «&#xa0;{names}&#xa0;».</translation>
    </message>
    <message>
        <source>The wiki discourages this file type. Publishing may still work.</source>
        <translation>Le wiki déconseille ce type de fichier. La publication peut tout de même fonctionner.</translation>
    </message>
    <message>
        <source>The file is larger than the wiki recommends.</source>
        <translation>Le fichier est plus volumineux que ce que recommande le wiki.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is the same as an older version of this page.</source>
        <translation>Le fichier est identique à une version antérieure de cette page.</translation>
    </message>
    <message>
        <source>The wiki warned about this file ({code}). {names}</source>
        <translation>Le wiki a émis un avertissement sur ce fichier ({code}). {names}</translation>
    </message>
    <message>
        <source>The connection dropped. Fieldkit tries again by itself.</source>
        <translation>La connexion a été coupée. Fieldkit réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The wiki is busy. Fieldkit tries again by itself.</source>
        <translation>Le wiki est surchargé. Fieldkit réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The wiki asked us to slow down. Fieldkit tries again later.</source>
        <translation>Le wiki nous a demandé de ralentir. Fieldkit réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance. Fieldkit tries again later.</source>
        <translation>Le wiki est en lecture seule pour maintenance. Fieldkit réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password in Settings. Uploads continue after that.</source>
        <translation>Identification refusée&#xa0;: vérifiez le mot de passe du robot dans les Réglages. Les téléversements reprendront ensuite.</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings. Uploads start after that.</source>
        <translation>Pas encore de compte wiki — configurez-le dans les Réglages. Les téléversements commenceront ensuite.</translation>
    </message>
    <message>
        <source>No password is stored for the wiki account — enter it in Settings. Uploads start after that.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le compte wiki — saisissez-le dans les Réglages. Les téléversements commenceront ensuite.</translation>
    </message>
    <message>
        <source>Something unexpected happened; Fieldkit tries again by itself.</source>
        <translation>Un incident inattendu s&apos;est produit&#xa0;; Fieldkit réessaie de lui-même.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki. Uploads wait and try again when the block ends (and every hour, in case an administrator lifts it).</source>
        <translation>Ce compte est bloqué sur le wiki. Les téléversements attendent et réessaieront à la fin du blocage (et toutes les heures, au cas où un administrateur le lèverait).</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki. Uploads wait and try again when the block ends.</source>
        <translation>Cette adresse Internet est bloquée sur le wiki. Les téléversements attendent et réessaieront à la fin du blocage.</translation>
    </message>
    <message>
        <source>The wiki refused the file; the reason it gave is in the log.</source>
        <translation>Le wiki a refusé le fichier&#xa0;; le motif indiqué figure dans le journal.</translation>
    </message>
    <message>
        <source>Refused by the wiki</source>
        <translation>Refusé par le wiki</translation>
    </message>
    <message>
        <source>Waiting for a connection: uploads continue by themselves when the wiki can be reached.</source>
        <translation>En attente d&apos;une connexion&#xa0;: les téléversements reprennent d&apos;eux-mêmes dès que le wiki est joignable.</translation>
    </message>
    <message>
        <source>The wiki asked Fieldkit to slow down. Uploads wait and continue by themselves at {time}.</source>
        <translation>Le wiki a demandé à Fieldkit de ralentir. Les téléversements attendent et reprendront d&apos;eux-mêmes le {time}.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Le wiki est en lecture seule pour maintenance ({reason}). Les téléversements attendent et réessaieront d&apos;eux-mêmes le {time}.</translation>
    </message>
    <message>
        <source>The wiki is overloaded and asked bots to wait. Uploads try again by themselves at {time}.</source>
        <translation>Le wiki est surchargé et a demandé aux robots de patienter. Les téléversements réessaieront d&apos;eux-mêmes le {time}.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Ce compte est bloqué sur le wiki ({reason}). Les téléversements attendent et réessaieront d&apos;eux-mêmes le {time}.</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>Cette adresse Internet est bloquée sur le wiki ({reason}). Les téléversements attendent et réessaieront d&apos;eux-mêmes le {time}.</translation>
    </message>
    <message>
        <source>The wiki takes no uploads for now ({reason}). Fieldkit tries again at {time}.</source>
        <translation>Le wiki n&apos;accepte pas de téléversements pour le moment ({reason}). Fieldkit réessaiera le {time}.</translation>
    </message>
    <message>
        <source>Tries again by itself at {time}.</source>
        <translation>Nouvel essai automatique le {time}.</translation>
    </message>
    <message>
        <source>The wiki named the file “{title}” (asked: “{asked}”).</source>
        <translation>Le wiki a nommé le fichier «&#xa0;{title}&#xa0;» (nom demandé&#xa0;: «&#xa0;{asked}&#xa0;»).</translation>
    </message>
    <message>
        <source>The file on this computer could not be read (moved, deleted or on a disk that is not connected). Put it back and press Retry.</source>
        <translation>Le fichier sur cet ordinateur n&apos;a pas pu être lu (déplacé, supprimé ou sur un disque non connecté). Remettez-le en place et cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>The file on the wiki is not the same as the one sent. Check it on the wiki.</source>
        <translation>Le fichier sur le wiki n&apos;est pas celui qui a été envoyé. Vérifiez-le sur le wiki.</translation>
    </message>
    <message>
        <source>The wiki lost the partly sent file; it is sent again from the start.</source>
        <translation>Le wiki a perdu le fichier partiellement envoyé&#xa0;; il est renvoyé depuis le début.</translation>
    </message>
    <message>
        <source>The file name is not allowed on the wiki. Fix the title.</source>
        <translation>Ce nom de fichier n&apos;est pas autorisé sur le wiki. Corrigez le titre.</translation>
    </message>
    <message>
        <source>The file name is too short. Fix the title.</source>
        <translation>Le nom de fichier est trop court. Corrigez le titre.</translation>
    </message>
    <message>
        <source>The wiki does not allow this file name. Fix the title.</source>
        <translation>Le wiki n&apos;autorise pas ce nom de fichier. Corrigez le titre.</translation>
    </message>
    <message>
        <source>This file name is protected on the wiki. Fix the title.</source>
        <translation>Ce nom de fichier est protégé sur le wiki. Corrigez le titre.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type.</source>
        <translation>Le wiki n&apos;accepte pas ce type de fichier.</translation>
    </message>
    <message>
        <source>The file is too large for the wiki.</source>
        <translation>Le fichier est trop volumineux pour le wiki.</translation>
    </message>
    <message>
        <source>Exactly this file is already on the wiki under this name.</source>
        <translation>Ce fichier exact est déjà sur le wiki sous ce nom.</translation>
    </message>
    <message>
        <source>This account may not upload files. Check its rights.</source>
        <translation>Ce compte n&apos;a pas le droit de téléverser des fichiers. Vérifiez ses droits.</translation>
    </message>
    <message>
        <source>A wiki filter refused the file. Check the description.</source>
        <translation>Un filtre du wiki a refusé le fichier. Vérifiez la description.</translation>
    </message>
    <message>
        <source>The wiki did not accept the file&apos;s contents or type.</source>
        <translation>Le wiki n&apos;a pas accepté le contenu ou le type du fichier.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type; nothing was sent. Convert the file (the media check says how) and queue it again.</source>
        <translation>Le wiki n&apos;accepte pas ce type de fichier&#xa0;; rien n&apos;a été envoyé. Convertissez le fichier (la vérification dans Médias indique comment) et remettez-le en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The wiki could not put the file together from its parts; it is sent again.</source>
        <translation>Le wiki n&apos;a pas pu reconstituer le fichier à partir de ses morceaux&#xa0;; il est renvoyé.</translation>
    </message>
    <message>
        <source>The wiki refused a part as too large; smaller parts are sent.</source>
        <translation>Le wiki a refusé un morceau trop volumineux&#xa0;; des morceaux plus petits sont envoyés.</translation>
    </message>
    <message>
        <source>The wiki answered with an error ({code}). Fieldkit tries again by itself.</source>
        <translation>Le wiki a répondu par une erreur ({code}). Fieldkit réessaie de lui-même.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Connexion coupée</translation>
    </message>
    <message>
        <source>Wiki busy</source>
        <translation>Wiki surchargé</translation>
    </message>
    <message>
        <source>Wiki asked to slow down</source>
        <translation>Le wiki demande de ralentir</translation>
    </message>
    <message>
        <source>Wiki in maintenance</source>
        <translation>Wiki en maintenance</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Identification refusée</translation>
    </message>
    <message>
        <source>No wiki account yet</source>
        <translation>Pas encore de compte wiki</translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation>Aucun mot de passe enregistré</translation>
    </message>
    <message>
        <source>Unexpected trouble</source>
        <translation>Incident inattendu</translation>
    </message>
    <message>
        <source>File missing on this computer</source>
        <translation>Fichier absent de cet ordinateur</translation>
    </message>
    <message>
        <source>Differs on the wiki</source>
        <translation>Différent sur le wiki</translation>
    </message>
    <message>
        <source>Starting again</source>
        <translation>Reprise depuis le début</translation>
    </message>
    <message>
        <source>Title not allowed</source>
        <translation>Titre non autorisé</translation>
    </message>
    <message>
        <source>Title too short</source>
        <translation>Titre trop court</translation>
    </message>
    <message>
        <source>Title protected</source>
        <translation>Titre protégé</translation>
    </message>
    <message>
        <source>File type refused</source>
        <translation>Type de fichier refusé</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>Already on the wiki</source>
        <translation>Déjà sur le wiki</translation>
    </message>
    <message>
        <source>Account may not upload</source>
        <translation>Compte non autorisé à téléverser</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>Compte bloqué</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>Adresse bloquée</translation>
    </message>
    <message>
        <source>Refused by a wiki filter</source>
        <translation>Refusé par un filtre du wiki</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Nouvel envoi</translation>
    </message>
    <message>
        <source>Smaller parts</source>
        <translation>Morceaux plus petits</translation>
    </message>
    <message>
        <source>Wiki error ({code})</source>
        <translation>Erreur du wiki ({code})</translation>
    </message>
    <message>
        <source>All uploads are paused. Press “Resume all” to continue.</source>
        <translation>Tous les téléversements sont suspendus. Cliquez sur «&#xa0;Tout reprendre&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <source>Uploads wait for an unmetered connection (as set in Settings). They continue by themselves on Wi-Fi or a cable.</source>
        <translation>Les téléversements attendent une connexion non limitée (selon les Réglages). Ils reprennent d&apos;eux-mêmes en Wi-Fi ou par câble.</translation>
    </message>
    <message>
        <source>Uploads wait: “unmetered connections only” is on, and this computer does not say whether its connection is metered. Switch it off in Settings to upload.</source>
        <translation>Les téléversements attendent&#xa0;: «&#xa0;Téléverser uniquement via une connexion non limitée&#xa0;» est activé, et cet ordinateur n&apos;indique pas si sa connexion est limitée. Désactivez cette option dans les Réglages pour téléverser.</translation>
    </message>
</context>
<context>
    <name>UploadsArea</name>
    <message>
        <source>Uploads</source>
        <translation>Téléversements</translation>
    </message>
    <message>
        <source>Files on their way to Wikimedia Commons. They wait while you are offline and continue where they stopped when the connection returns, also after a restart.</source>
        <translation>Fichiers en route vers Wikimedia Commons. Ils attendent tant que vous êtes hors ligne et reprennent là où ils s&apos;étaient arrêtés au retour de la connexion, même après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>File &amp;d&apos;attente</translation>
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
        <translation>Bienvenue dans Fieldkit</translation>
    </message>
    <message>
        <source>&amp;Skip the welcome</source>
        <translation>&amp;Ignorer l&apos;accueil</translation>
    </message>
    <message>
        <source>Start with an empty Fieldkit; everything can be set up later</source>
        <translation>Commencer avec un Fieldkit vide&#xa0;; tout peut être configuré plus tard</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Later — &amp;I am offline now</source>
        <translation>Plus &amp;tard — je suis hors ligne</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ter&amp;miner</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>The wiki login could not be saved; enter it in Settings.</source>
        <translation>L&apos;identifiant du wiki n&apos;a pas pu être enregistré&#xa0;; saisissez-le dans les Réglages.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in the keyring.</source>
        <translation>Votre identifiant du wiki est enregistré&#xa0;; le mot de passe est dans le trousseau.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in Fieldkit&apos;s encrypted file.</source>
        <translation>Votre identifiant du wiki est enregistré&#xa0;; le mot de passe est dans le fichier chiffré de Fieldkit.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: enter it in Settings.</source>
        <translation>Votre identifiant du wiki est enregistré, mais pas le mot de passe&#xa0;: saisissez-le dans les Réglages.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: this system has no keyring to keep it. Settings says how to give it.</source>
        <translation>Votre identifiant du wiki est enregistré, mais pas le mot de passe&#xa0;: ce système n&apos;a pas de trousseau pour le conserver. Les Réglages expliquent comment le fournir.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but the keyring refused to keep the password.</source>
        <translation>Votre identifiant du wiki est enregistré, mais le trousseau a refusé de conserver le mot de passe.</translation>
    </message>
</context>
<context>
    <name>WikiPage</name>
    <message>
        <source>The login must have the form name@bot, as Special:BotPasswords shows it.</source>
        <translation>L&apos;identifiant doit avoir la forme nom@bot, comme l&apos;affiche Special:BotPasswords.</translation>
    </message>
    <message>
        <source>Enter the bot login too, so the password can be kept.</source>
        <translation>Saisissez aussi l&apos;identifiant du robot, pour que le mot de passe puisse être conservé.</translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation>Interrogation du wiki…</translation>
    </message>
    <message>
        <source>Your wiki and bot login</source>
        <translation>Votre wiki et votre identifiant de robot</translation>
    </message>
    <message>
        <source>Fieldkit uploads files and sends help requests with a bot password of your own. Most partnerships upload to Wikimedia Commons.</source>
        <translation>Fieldkit téléverse les fichiers et envoie les demandes d&apos;aide avec votre propre mot de passe de robot. La plupart des partenariats téléversent vers Wikimedia Commons.</translation>
    </message>
    <message>
        <source>Wikimedia &amp;Commons</source>
        <translation>Wikimedia &amp;Commons</translation>
    </message>
    <message>
        <source>Bot &amp;login:</source>
        <translation>Identifiant du ro&amp;bot&#xa0;:</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>VotreNom@Fieldkit</translation>
    </message>
    <message>
        <source>Bot pass&amp;word:</source>
        <translation>Mot &amp;de passe du robot&#xa0;:</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords: it shows the login (name@bot) and the password. The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files. Nothing is checked online now; if you are offline or have no bot password yet, choose “Later”.</source>
        <translation>Créez un mot de passe de robot sur le wiki, dans Special:BotPasswords&#xa0;: la page affiche l&apos;identifiant (nom@bot) et le mot de passe. Le mot de passe est conservé dans le trousseau de votre système, pas dans les fichiers de Fieldkit. Rien n&apos;est vérifié en ligne pour l&apos;instant&#xa0;; si vous êtes hors ligne ou n&apos;avez pas encore de mot de passe de robot, choisissez «&#xa0;Plus tard&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Another MediaWiki, its API address:</source>
        <translation>Un a&amp;utre MediaWiki, son adresse d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Check &amp;the login now</source>
        <translation>&amp;Vérifier l&apos;identifiant maintenant</translation>
    </message>
    <message>
        <source>Optional: asks the wiki whether it accepts this login</source>
        <translation>Facultatif&#xa0;: demande au wiki s&apos;il accepte cet identifiant</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address, for example https://wiki.example.org/w/api.php.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API du wiki, par exemple https://wiki.example.org/w/api.php.</translation>
    </message>
    <message>
        <source>The wiki answered and accepted the login.</source>
        <translation>Le wiki a répondu et a accepté l&apos;identification.</translation>
    </message>
    <message>
        <source>The wiki answered (no password given: the login was not tried).</source>
        <translation>Le wiki a répondu (aucun mot de passe saisi&#xa0;: l&apos;identification n&apos;a pas été essayée).</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. That is fine: what you entered is kept and used once you are online.</source>
        <translation>Le wiki est injoignable pour le moment. Ce n&apos;est pas grave&#xa0;: ce que vous avez saisi est conservé et sera utilisé dès que vous serez en ligne.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the login and the password.</source>
        <translation>Le wiki a refusé l&apos;identification. Vérifiez l&apos;identifiant et le mot de passe.</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de l&apos;API du wiki.</translation>
    </message>
    <message>
        <source>The check itself failed.</source>
        <translation>La vérification elle-même a échoué.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Médias</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Téléversements</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>Nou&amp;veau partenariat…</translation>
    </message>
    <message>
        <source>New req&amp;uest</source>
        <translation>Nouvelle &amp;demande</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find in this area</source>
        <translation>&amp;Rechercher dans cette zone</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Nouveau lot…</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>Importer des fi&amp;chiers…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>&amp;Importer depuis un tableur…</translation>
    </message>
    <message>
        <source>&amp;Start or resume uploads</source>
        <translation>&amp;Démarrer ou reprendre les téléversements</translation>
    </message>
    <message>
        <source>&amp;Pause all uploads</source>
        <translation>Mettre en &amp;pause tous les téléversements</translation>
    </message>
    <message>
        <source>&amp;Connect and send now</source>
        <translation>Se &amp;connecter et envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
</TS>
