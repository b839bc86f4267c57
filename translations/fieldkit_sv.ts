<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>Offline</source>
        <translation>Ingen anslutning</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Inloggningen misslyckades</translation>
    </message>
    <message>
        <source>No wiki account set up</source>
        <translation>Inget wikikonto inställt</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Kontrollera nu</translation>
    </message>
    <message>
        <source>Check the connection and send what is waiting</source>
        <translation>Kontrollera anslutningen och skicka det som väntar</translation>
    </message>
    <message>
        <source>The wiki cannot be reached. Your work is kept and sent later.</source>
        <translation>Wikin går inte att nå. Ditt arbete sparas och skickas senare.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the account in Settings.</source>
        <translation>Wikin godtog inte inloggningen. Kontrollera kontot under Inställningar.</translation>
    </message>
    <message>
        <source>Add your wiki account in Settings to send requests.</source>
        <translation>Lägg till ditt wikikonto under Inställningar för att kunna skicka förfrågningar.</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>Inget väntar på att skickas</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n väntar på att skickas</numerusform>
            <numerusform>%n väntar på att skickas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogArea</name>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
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
        <source>The log could not be read: {error}</source>
        <translation>Loggen kunde inte läsas: {error}</translation>
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
        <source>{area} (Ctrl+{number})</source>
        <translation>{area} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Something went wrong: {error} (details in the log)</source>
        <translation>Något gick fel: {error} (detaljer finns i loggen)</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Here you will add folders of photos and scans from a partner. Fieldkit will read their dates and camera details, find duplicates and help you write titles, descriptions and categories, all without a connection. This part of Fieldkit is not built yet.</source>
        <translation>Här kommer du att lägga till mappar med foton och skanningar från en partner. Fieldkit läser in datum och kamerauppgifter, hittar dubbletter och hjälper dig att skriva titlar, beskrivningar och kategorier, helt utan uppkoppling. Den här delen av Fieldkit är inte byggd än.</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <source>Partnerships</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>Here you will keep one page per partner institution: who your contacts are, what was agreed, which licence they chose and a checklist of what is done. This part of Fieldkit is not built yet. Until it is, you can ask the helpdesk for help under Requests.</source>
        <translation>Här kommer du att ha en sida per partnerinstitution: vilka dina kontaktpersoner är, vad ni har kommit överens om, vilken licens de har valt och en checklista över det som är klart. Den här delen av Fieldkit är inte byggd än. Till dess kan du be helpdesken om hjälp under Förfrågningar.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Already sent; changes cannot be saved.</source>
        <translation>Redan skickad; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Kunde inte spara: {error}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Ämne</translation>
    </message>
    <message>
        <source>&amp;Message to the helpdesk</source>
        <translation>&amp;Meddelande till helpdesken</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>Vad behöver du hjälp med?</translation>
    </message>
    <message>
        <source>Describe the partner, the files and what you tried. Your text is saved as you type.</source>
        <translation>Beskriv partnern, filerna och vad du har provat. Din text sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>S&amp;kicka</translation>
    </message>
    <message>
        <source>Queue this request; it is posted to the helpdesk page when you are online.</source>
        <translation>Lägg förfrågan i kö; den publiceras på helpdesksidan när du är ansluten.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
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
        <source>Sent. &lt;a href=&quot;{url}&quot;&gt;Open it on the wiki&lt;/a&gt;.</source>
        <translation>Skickad. &lt;a href=&quot;{url}&quot;&gt;Öppna den på wikin&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Skickad.</translation>
    </message>
    <message>
        <source>Last attempt: {error}</source>
        <translation>Senaste försöket: {error}</translation>
    </message>
    <message>
        <source>Next try: {time}.</source>
        <translation>Nästa försök: {time}.</translation>
    </message>
    <message>
        <source>It will not be retried until you press Send again.</source>
        <translation>Inga nya försök görs förrän du trycker på Skicka.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the wiki.</source>
        <translation>Väntar på anslutning till wikin.</translation>
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
        <translation>Be Content Partnerships Helpdesk om hjälp. Du kan skriva utan uppkoppling: förfrågningarna väntar här och publiceras när wikin går att nå.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Ny förfrågan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>No requests yet. Press “New request” and write what you need; it is saved as you type.</source>
        <translation>Inga förfrågningar än. Tryck på ”Ny förfrågan” och skriv vad du behöver; texten sparas medan du skriver.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
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
        <source>Wiki &amp;API address</source>
        <translation>Wikins &amp;API-adress</translation>
    </message>
    <message>
        <source>Bot &amp;login</source>
        <translation>&amp;Botinloggning</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>DittNamn@Fieldkit</translation>
    </message>
    <message>
        <source>Bot &amp;password</source>
        <translation>Bot&amp;lösenord</translation>
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
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Gränssnittsspråk</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Helpdesk &amp;wiki page</source>
        <translation>Helpdeskens &amp;wikisida</translation>
    </message>
    <message>
        <source>Helpdesk &amp;email</source>
        <translation>Helpdeskens &amp;e-post</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Spara inställningarna</translation>
    </message>
    <message>
        <source>The login must have the form name@bot, as shown on Special:BotPasswords. Nothing was saved.</source>
        <translation>Inloggningen måste ha formen namn@bot, som den visas på Special:BotPasswords. Inget sparades.</translation>
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
        <source>Settings saved, but not the password: {reason}</source>
        <translation>Inställningarna har sparats, men inte lösenordet: {reason}</translation>
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
        <source>The test itself failed: {error}</source>
        <translation>Själva testet misslyckades: {error}</translation>
    </message>
</context>
<context>
    <name>UploadsArea</name>
    <message>
        <source>Uploads</source>
        <translation>Uppladdningar</translation>
    </message>
    <message>
        <source>Here you will follow the files on their way to Wikimedia Commons. Uploads will wait while you are offline and continue where they stopped when the connection drops. This part of Fieldkit is not built yet.</source>
        <translation>Här kommer du att följa filerna på vägen till Wikimedia Commons. Uppladdningarna väntar medan du saknar uppkoppling och fortsätter där de slutade när anslutningen bryts. Den här delen av Fieldkit är inte byggd än.</translation>
    </message>
</context>
</TS>
