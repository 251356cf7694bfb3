<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <source>ReportDialog</source>
        <comment>&amp;Länsrapport (PDF)…</comment>
        <translation>&amp;County report (PDF)…</translation>
    </message>
    <message>
        <source>ReportDialog</source>
        <comment>&amp;Organisationsrapport (PDF)…</comment>
        <translation>&amp;Organisation report (PDF)…</translation>
    </message>
    <message>
        <source>ReportDialog</source>
        <comment>&amp;Teamrapport (PDF)…</comment>
        <translation>&amp;Team report (PDF)…</translation>
    </message>
    <message>
        <source>ReportDialog</source>
        <comment>&amp;PGSA-blankett (PDF)…</comment>
        <translation>&amp;PDSA form (PDF)…</translation>
    </message>
    <message>
        <source>ReportDialog</source>
        <comment>Exportera &amp;CSV…</comment>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <source>SyncDialog</source>
        <comment>&amp;Exportera synkpaket…</comment>
        <translation>&amp;Export sync package…</translation>
    </message>
    <message>
        <source>SyncDialog</source>
        <comment>&amp;Importera synkpaket…</comment>
        <translation>&amp;Import sync package…</translation>
    </message>
    <message>
        <source>SyncDialog</source>
        <comment>Synkronisera med &amp;mapp…</comment>
        <translation>Sync with &amp;folder…</translation>
    </message>
    <message>
        <source>SyncDialog</source>
        <comment>&amp;Välj synkmapp…</comment>
        <translation>C&amp;hoose sync folder…</translation>
    </message>
    <message>
        <source>SyncDialog</source>
        <comment>&amp;Konflikter…</comment>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>SyncDialog</source>
        <comment>Starta en &amp;ny kopia från ett synkpaket…</comment>
        <translation>Start a &amp;new copy from a sync package…</translation>
    </message>
    <message>
        <source>SyncDialog</source>
        <comment>&amp;Konflikter (%1)…</comment>
        <translation>&amp;Conflicts (%1)…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Vårdfläta sparar automatiskt säkerhetskopior av %1 i mappen %2.
Välj en för att återställa den. Den nuvarande versionen sparas först.</source>
        <translation>Vårdfläta automatically keeps backups of %1 in the folder %2.
Choose one to restore it. The current version is saved first.</translation>
    </message>
    <message>
        <source>%1   (%2 kB)</source>
        <translation>%1   (%2 kB)</translation>
    </message>
    <message>
        <source>(inga säkerhetskopior ännu)</source>
        <translation>(no backups yet)</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Arbetsytan ersätts med kopian från %1. Fortsätt?</source>
        <translation>The workspace will be replaced by the copy from %1. Continue?</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Diagramtyp</source>
        <translation>Chart type</translation>
    </message>
    <message>
        <source>IHI:s regler</source>
        <translation>IHI rules</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Baslinje: </source>
        <translation>Baseline: </translation>
    </message>
    <message>
        <source>De&amp;la här</source>
        <translation>Sp&amp;lit here</translation>
    </message>
    <message>
        <source>Så läser du diagrammet</source>
        <translation>How to read the chart</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>mittlinjen, hälften av punkterna över och hälften under</source>
        <translation>the centre line, half of the points above it and half below</translation>
    </message>
    <message>
        <source>Medel</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>mittlinjen, medelvärdet</source>
        <translation>the centre line, the mean</translation>
    </message>
    <message>
        <source>ÖSG/NSG</source>
        <translation>UCL/LCL</translation>
    </message>
    <message>
        <source>styrgränserna, inom dem varierar värdena av slumpen</source>
        <translation>the control limits: within them the values vary by chance</translation>
    </message>
    <message>
        <source>Röd punkt</source>
        <translation>Red point</translation>
    </message>
    <message>
        <source>del av en signal (se texten under diagrammet)</source>
        <translation>part of a signal (see the text under the chart)</translation>
    </message>
    <message>
        <source>utanför styrgränserna</source>
        <translation>outside the control limits</translation>
    </message>
    <message>
        <source>Romb</source>
        <translation>Diamond</translation>
    </message>
    <message>
        <source>Skuggat</source>
        <translation>Shaded</translation>
    </message>
    <message>
        <source>för få korsningar av mittlinjen</source>
        <translation>too few crossings of the centre line</translation>
    </message>
    <message>
        <source>för få eller för många serier</source>
        <translation>too few or too many runs</translation>
    </message>
    <message>
        <source>LS</source>
        <translation>LS</translation>
    </message>
    <message>
        <source>lärandeseminarium</source>
        <translation>learning session</translation>
    </message>
    <message>
        <source>En signal är ett mönster som slumpen sällan ger: ett tecken på en verklig förändring. Skift: 6 punkter eller fler i rad på samma sida om mittlinjen; trend: 5 punkter eller fler i rad som stiger eller sjunker; för få eller för många serier.</source>
        <translation>A signal is a pattern that chance seldom gives: a sign of a real change. Shift: 6 or more points in a row on the same side of the centre line; trend: 5 or more points in a row rising or falling; too few or too many runs.</translation>
    </message>
    <message>
        <source>En signal är ett mönster som slumpen sällan ger: ett tecken på en verklig förändring. Skift: fler punkter i rad på samma sida om mittlinjen än slumpen brukar ge; för få korsningar av mittlinjen (Anhøjs regler).</source>
        <translation>A signal is a pattern that chance seldom gives: a sign of a real change. Shift: more points in a row on the same side of the centre line than chance usually gives; too few crossings of the centre line (Anhøj&apos;s rules).</translation>
    </message>
    <message>
        <source>Bara för mått med andelar (täljare/nämnare)</source>
        <translation>Only for measures of proportions (numerator/denominator)</translation>
    </message>
    <message>
        <source>Baslinjen används inte när diagrammet är delat: varje del har egen centrumlinje. Ta bort delningen för att frysa baslinjen.</source>
        <translation>The baseline is not used while the chart is split: each part has its own centre line. Remove the split to freeze the baseline.</translation>
    </message>
    <message>
        <source> punkter</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Frys centrumlinje och gränser efter så här många punkter</source>
        <translation>Freeze the centre line and limits after this many points</translation>
    </message>
    <message>
        <source>Diagramt&amp;yp:</source>
        <translation>Chart &amp;kind:</translation>
    </message>
    <message>
        <source>Ta bort delning</source>
        <translation>Remove split</translation>
    </message>
    <message>
        <source>Skift = 6 punkter i rad, trend = 5 punkter i rad, för få eller för många serier (annars Anhøjs regler). En astronomisk punkt bedöms med ögat.</source>
        <translation>Shift = 6 points in a row, trend = 5 points in a row, too few or too many runs (otherwise the Anhøj rules). An astronomical point is judged by eye.</translation>
    </message>
    <message>
        <source>Ny del av diagrammet från vald period, efter en avsiktlig ändring</source>
        <translation>A new part of the chart from the selected period, after a deliberate change</translation>
    </message>
    <message>
        <source>Välj ett mått för att se diagrammet.</source>
        <translation>Choose a measure to see its chart.</translation>
    </message>
</context>
<context>
    <name>ChartPresentation</name>
    <message>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>PgDn/PgUp: nästa/föregående mått · P: parkera · T/R: tidtagning, +/−: minuter · Ctrl +/−: zooma · Esc: avsluta</source>
        <translation>PgDn/PgUp: next/previous measure · P: park · T/R: timer, +/−: minutes · Ctrl +/−: zoom · Esc: leave</translation>
    </message>
    <message>
        <source>Diagrammen har inga anteckningar här – P parkerar en kommentar.</source>
        <translation>Charts have no notes here – P parks a remark.</translation>
    </message>
    <message>
        <source>P: parkera en kommentar</source>
        <translation>P: park a remark</translation>
    </message>
    <message>
        <source>Inga mått ännu</source>
        <translation>No measures yet</translation>
    </message>
    <message>
        <source>Förbättringsarbete – %1</source>
        <translation>Improvement work – %1</translation>
    </message>
    <message>
        <source>Mål: %1</source>
        <translation>Aim: %1</translation>
    </message>
    <message>
        <source>Förbättringsarbete</source>
        <translation>Improvement work</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Värdet som gäller</source>
        <translation>The value that applies</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Det andra värdet</source>
        <translation>The other value</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Två kopior ändrade samma uppgift samtidigt. Det senare värdet gäller nu; det andra sparades här. Välj vilket som ska gälla – valet följer med vid nästa synkronisering.</source>
        <translation>Two copies changed the same item at the same time. The later value applies now; the other was saved here. Choose which one applies – the choice travels with the next sync.</translation>
    </message>
    <message>
        <source>Alla konflikter är lösta. Esc stänger fönstret.</source>
        <translation>All conflicts are resolved. Esc closes the window.</translation>
    </message>
    <message>
        <source>Konflikten i sin helhet</source>
        <translation>The whole conflict</translation>
    </message>
    <message>
        <source>Stän&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Behåll det nuvarande</source>
        <translation>&amp;Keep the current one</translation>
    </message>
    <message>
        <source>&amp;Använd det andra värdet</source>
        <translation>&amp;Use the other value</translation>
    </message>
    <message>
        <source>&amp;Slå ihop</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Behåll båda texterna: den nuvarande, en tom rad, den andra.</source>
        <translation>Keep both texts: the current one, a blank line, the other one.</translation>
    </message>
    <message>
        <source>den här kopian</source>
        <translation>this copy</translation>
    </message>
    <message>
        <source>den här kopian (%1)</source>
        <translation>this copy (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1: %2 (avvecklad)</source>
        <translation>%1: %2 (retired)</translation>
    </message>
    <message>
        <source>%1: %2 (borttagen)</source>
        <translation>%1: %2 (deleted)</translation>
    </message>
    <message>
        <source>Avvecklad</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Döljer: %1</source>
        <translation>Hides: %1</translation>
    </message>
    <message>
        <source>Ändrad: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>
⚠ Vann med en klocka som går mer än ett dygn före.</source>
        <translation>
⚠ Won with a clock more than a day ahead.</translation>
    </message>
    <message>
        <source>Den här kopian: %1</source>
        <translation>This copy: %1</translation>
    </message>
    <message>
        <source>1 olöst konflikt</source>
        <translation>1 unresolved conflict</translation>
    </message>
    <message>
        <source>%1 olösta konflikter</source>
        <translation>%1 unresolved conflicts</translation>
    </message>
    <message>
        <source>Välj: %1. Enter eller blanksteg trycker på knappen som är markerad, Esc stänger utan att välja.</source>
        <translation>Choose: %1. Enter or Space presses the highlighted button, Esc closes without choosing.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Alt+%1 %2</source>
        <translation>Alt+%1 %2</translation>
    </message>
    <message>
        <source>&amp;Behåll borttagen</source>
        <translation>&amp;Keep it deleted</translation>
    </message>
    <message>
        <source>Åte&amp;rställ posten med ändringen</source>
        <translation>&amp;Restore the record with the change</translation>
    </message>
    <message>
        <source>&amp;Behåll avvecklad</source>
        <translation>&amp;Keep it retired</translation>
    </message>
    <message>
        <source>Åte&amp;rta organisationen</source>
        <translation>&amp;Reinstate the organisation</translation>
    </message>
    <message>
        <source>Åte&amp;rta metoden</source>
        <translation>&amp;Reinstate the method</translation>
    </message>
    <message>
        <source>Åte&amp;rta posten</source>
        <translation>&amp;Reinstate the record</translation>
    </message>
    <message>
        <source>Avvecklad på %1 medan %2 arbetade med den. Avvecklingen gäller nu, så arbetet nedan visas inte; det finns kvar. Det döljs också av %3, så det visas först när även den återtas.</source>
        <translation>Retired on %1 while %2 worked on it. The retirement applies now, so the work below is not shown; it is kept. It is also hidden by %3, so it shows only when that is reinstated too.</translation>
    </message>
    <message>
        <source>Värdet som gäller (skrivet på %1, %2)</source>
        <translation>The value that applies (written on %1, %2)</translation>
    </message>
    <message>
        <source>Det andra värdet (skrivet på %1, %2)</source>
        <translation>The other value (written on %1, %2)</translation>
    </message>
    <message>
        <source>Löst: %1 – %2. Valt: %3.</source>
        <translation>Resolved: %1 – %2. Chosen: %3.</translation>
    </message>
    <message>
        <source>Arbetet döljs fortfarande av %1.</source>
        <translation>The work is still hidden by %1.</translation>
    </message>
    <message>
        <source>En version till av samma text väntar: Slå ihop igen för att behålla även den.</source>
        <translation>Another version of the same text is waiting: Merge again to keep it too.</translation>
    </message>
    <message>
        <source>Avvecklad på %1 medan %2 arbetade med den. Avvecklingen gäller nu, så arbetet nedan visas inte; det finns kvar och visas igen om den återtas.</source>
        <translation>Retired on %1 while %2 worked on it. The retirement applies now, so the work below is not shown; it is kept and shows again if it is reinstated.</translation>
    </message>
    <message>
        <source>Inga olösta konflikter</source>
        <translation>No unresolved conflicts</translation>
    </message>
    <message>
        <source>Borttagen på %1 medan %2 ändrade den. Borttagningen gäller nu; ändringarna finns kvar och kan återställas med posten.</source>
        <translation>Deleted on %1 while %2 changed it. The deletion applies now; the changes are kept and can be restored with the record.</translation>
    </message>
    <message>
        <source>%1 den %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 (ändrad på %2)</source>
        <translation>%1 (changed on %2)</translation>
    </message>
    <message>
        <source>⚠ Vann med en klocka som går mer än ett dygn före.</source>
        <translation>⚠ Won with a clock more than a day ahead.</translation>
    </message>
    <message>
        <source>%1 matrisrutor</source>
        <translation>%1 matrix cells</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Finns</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>Arbetsytan används av ett annat program just nu. Försök igen.</source>
        <translation>The workspace is being used by another program right now. Try again.</translation>
    </message>
    <message>
        <source>Arbetsytan innehåller ett ogiltigt tal och kan inte exporteras.</source>
        <translation>The workspace contains an invalid number and cannot be exported.</translation>
    </message>
    <message>
        <source>Arbetsytan innehåller ett värde som inte kan exporteras (ogiltigt tal).</source>
        <translation>The workspace contains a value that cannot be exported (an invalid number).</translation>
    </message>
    <message>
        <source>Arbetsytan verkar vara skadad: SQLite hittar fel i filen (en USB-sticka som slutar fungera kan göra så). Ingen ny säkerhetskopia togs, så de äldre finns kvar. Återställ den senaste hela: Arkiv → Säkerhetskopior.</source>
        <translation>The workspace seems to be damaged: SQLite finds errors in the file (a failing USB stick can do this). No new backup was taken, so the older ones are kept. Restore the latest whole one: File → Backups.</translation>
    </message>
    <message>
        <source>Arbetsytan är skapad med en nyare version av Vårdfläta. Uppdatera programmet för att öppna den.</source>
        <translation>The workspace was created with a newer version of Vårdfläta. Update the program to open it.</translation>
    </message>
    <message>
        <source>Arbetsytan är öppnad skrivskyddad.</source>
        <translation>The workspace is open read-only.</translation>
    </message>
    <message>
        <source>Arbetsytan är öppnad skrivskyddad; paketet kan inte importeras.</source>
        <translation>The workspace is open read-only; the package cannot be imported.</translation>
    </message>
    <message>
        <source>Bara två texter kan slås ihop; välj ett av värdena.</source>
        <translation>Only two texts can be merged; choose one of the values.</translation>
    </message>
    <message>
        <source>Baslinjen är ett antal punkter (minst 1).</source>
        <translation>The baseline is a number of points (at least 1).</translation>
    </message>
    <message>
        <source>Det finns inga värden att klistra in.</source>
        <translation>There are no values to paste.</translation>
    </message>
    <message>
        <source>Det finns inget att klistra in.</source>
        <translation>There is nothing to paste.</translation>
    </message>
    <message>
        <source>Det inklistrade ser ut som HTML (en webbsida), inte som celler. Kopiera cellerna ur ett kalkylblad eller en textfil, eller klistra in dem som oformaterad text.</source>
        <translation>The pasted text looks like HTML (a web page), not like cells. Copy the cells from a spreadsheet or a text file, or paste them as plain text.</translation>
    </message>
    <message>
        <source>Disken är full. Ändringen sparades inte; frigör utrymme och försök igen.</source>
        <translation>The disk is full. The change was not saved; free up space and try again.</translation>
    </message>
    <message>
        <source>En cykel kan inte bygga på sig själv.</source>
        <translation>A cycle cannot build on itself.</translation>
    </message>
    <message>
        <source>En förhandsgranskning kan inte göras mitt i en annan ändring.</source>
        <translation>A preview cannot be made in the middle of another change.</translation>
    </message>
    <message>
        <source>En länsrapport gäller länet eller ett samverkansområde, inte en organisation: välj organisationsrapport.</source>
        <translation>A county report covers the county or a collaboration area, not an organisation: choose the organisation report.</translation>
    </message>
    <message>
        <source>En organisationsrapport gäller en organisation: ange vilken.</source>
        <translation>An organisation report is about one organisation: say which.</translation>
    </message>
    <message>
        <source>En teamrapport gäller ett förbättringsteam: ange vilket.</source>
        <translation>A team report is about one improvement team: say which.</translation>
    </message>
    <message>
        <source>Filen eller mappen är skrivskyddad. Ändringen sparades inte.</source>
        <translation>The file or folder is read-only. The change was not saved.</translation>
    </message>
    <message>
        <source>Filen är ingen Vårdfläta-arbetsyta.</source>
        <translation>The file is not a Vårdfläta workspace.</translation>
    </message>
    <message>
        <source>Filen är skadad eller ingen Vårdfläta-arbetsyta.</source>
        <translation>The file is damaged or not a Vårdfläta workspace.</translation>
    </message>
    <message>
        <source>Ingen synkmapp är vald.</source>
        <translation>No sync folder has been chosen.</translation>
    </message>
    <message>
        <source>Konflikten har redan ändrats. Öppna listan på nytt.</source>
        <translation>The conflict has already been changed. Open the list again.</translation>
    </message>
    <message>
        <source>Nämnaren måste vara större än 0.</source>
        <translation>The denominator must be greater than 0.</translation>
    </message>
    <message>
        <source>Okänd rad eller kolumn i matrisen.</source>
        <translation>Unknown row or column in the matrix.</translation>
    </message>
    <message>
        <source>Okänd ruta i matrisen.</source>
        <translation>Unknown cell in the matrix.</translation>
    </message>
    <message>
        <source>Perioden finns två gånger.</source>
        <translation>The period is there twice.</translation>
    </message>
    <message>
        <source>Perioden saknas först på raden.</source>
        <translation>The period is missing at the start of the line.</translation>
    </message>
    <message>
        <source>Poängen ska vara 0,5–5,0 i steg om 0,5.</source>
        <translation>The score must be 0.5–5.0 in steps of 0.5.</translation>
    </message>
    <message>
        <source>Raderna börjar inte med en period (ÅÅÅÅ-MM). Skriv perioden först på varje rad, eller markera rutan där värdena ska börja och klistra in där.</source>
        <translation>The lines do not begin with a period (YYYY-MM). Write the period first on every line, or select the cell where the values should begin and paste there.</translation>
    </message>
    <message>
        <source>Synkpaketet hänvisar till poster som saknas eller motsäger arbetsytan; inget importerades.</source>
        <translation>The sync package refers to records that are missing or contradicts the workspace; nothing was imported.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är skadad.</source>
        <translation>The backup is damaged.</translation>
    </message>
    <message>
        <source>Teamet finns inte i arbetsytan (det kan ha tagits bort).</source>
        <translation>The team is not in the workspace (it may have been deleted).</translation>
    </message>
    <message>
        <source>Täljaren får inte vara negativ.</source>
        <translation>The numerator must not be negative.</translation>
    </message>
    <message>
        <source>Täljaren får inte vara större än nämnaren.</source>
        <translation>The numerator must not be greater than the denominator.</translation>
    </message>
    <message>
        <source>Varje lärandeseminarium behöver ett datum (ÅÅÅÅ-MM-DD).</source>
        <translation>Every learning session needs a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>behörighet saknas</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>disken är full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>filen används av ett annat program just nu</source>
        <translation>the file is in use by another program just now</translation>
    </message>
    <message>
        <source>filen eller mappen finns inte</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>filen eller mappen är skrivskyddad</source>
        <translation>the file or folder is read-only</translation>
    </message>
    <message>
        <source>filen kunde inte öppnas (saknad mapp, behörighet eller skrivskyddat medium?)</source>
        <translation>the file could not be opened (missing folder, permissions or a read-only medium?)</translation>
    </message>
    <message>
        <source>läs- eller skrivfel på disken (kontrollera USB-minnet eller disken)</source>
        <translation>read or write error on the disk (check the USB stick or the disk)</translation>
    </message>
    <message>
        <source>Inget paket har kommit hit från ”%1” (namnet kom med andra kopiors paket), så det går inte att veta vad den saknar. Utan mottagare blir paketet fullständigt och passar alla.</source>
        <translation>No package has come here from “%1” (the name came with other copies’ packages), so what it lacks cannot be known. Without a recipient the package is complete and suits every copy.</translation>
    </message>
    <message>
        <source>Synkpaketet från %1 bygger på ändringar som den här kopian inte har fått ännu. Importera först de paket som kom före det, eller be avsändaren om ett fullständigt paket.</source>
        <translation>The sync package from %1 builds on changes this copy has not received yet. First import the packages that came before it, or ask the sender for a full package.</translation>
    </message>
    <message>
        <source>%1 är skadad: SQLite hittar fel i filen och kan inte öppna den. Återställ en säkerhetskopia (Arkiv → Säkerhetskopior).</source>
        <translation>%1 is damaged: SQLite finds errors in the file and cannot open it. Restore a backup (File → Backups).</translation>
    </message>
    <message>
        <source>Rad %1 i det inklistrade innehåller styrtecken (U+%2) och ser inte ut som text ur ett kalkylblad eller en textfil.</source>
        <translation>Line %1 of the pasted text contains control characters (U+%2) and does not look like text from a spreadsheet or a text file.</translation>
    </message>
    <message>
        <source>Det inklistrade är för stort (%1 rader). Högst %2 rader kan klistras in på en gång: klistra in en del i taget.</source>
        <translation>The pasted text is too large (%1 lines). At most %2 lines can be pasted at once: paste a part at a time.</translation>
    </message>
    <message>
        <source>Det finns redan en fil %1 som inte är en CSV-fil; den skrivs inte över. Välj en annan mapp för exporten.</source>
        <translation>There is already a file %1 that is not a CSV file; it is not overwritten. Choose another folder for the export.</translation>
    </message>
    <message>
        <source>Rad %1 i det inklistrade har %2 kolumner; högst %3 får plats från den markerade rutan till tabellens sista.</source>
        <translation>Line %1 of the pasted text has %2 columns; at most %3 fit from the selected cell to the last column of the table.</translation>
    </message>
    <message>
        <source>Synkpaketet %1 är skapat med en nyare version av Vårdfläta. Uppdatera programmet för att importera det.</source>
        <translation>The sync package %1 was created with a newer version of Vårdfläta. Update the program to import it.</translation>
    </message>
    <message>
        <source>Det finns redan en fil %1 som inte är en PDF; den skrivs inte över. Välj ett annat namn för rapporten.</source>
        <translation>There is already a file %1 that is not a PDF; it is not overwritten. Choose another name for the report.</translation>
    </message>
    <message>
        <source>Rad %1 i det inklistrade har %2 kolumner; högst %3 får plats: perioden, måttets värden och en anteckning.</source>
        <translation>Line %1 of the pasted text has %2 columns; at most %3 fit: the period, the measure&apos;s values and a note.</translation>
    </message>
    <message>
        <source>Synkpaketet %1 har ändrats efter att det skapades (kontrollsumman stämmer inte). Det importeras inte.</source>
        <translation>The sync package %1 has been changed since it was created (the checksum does not match). It is not imported.</translation>
    </message>
    <message>
        <source>Synkpaketet %1 är skadat eller ofullständigt (avbruten kopiering?). Be avsändaren om ett nytt paket.</source>
        <translation>The sync package %1 is damaged or incomplete (interrupted copying?). Ask the sender for a new package.</translation>
    </message>
    <message>
        <source>Filen %1 finns redan och är inget synkpaket; den skrivs inte över. Välj ett annat namn.</source>
        <translation>The file %1 already exists and is not a sync package; it is not overwritten. Choose another name.</translation>
    </message>
    <message>
        <source>Det inklistrade är för stort (%1 tecken; högst %2 får plats). Klistra in en del i taget.</source>
        <translation>The pasted text is too large (%1 characters; at most %2 fit). Paste a part at a time.</translation>
    </message>
    <message>
        <source>%1 är arbetsytans egen fil och skrivs inte över. Välj ett annat namn för rapporten.</source>
        <translation>%1 is the workspace&apos;s own file and is not overwritten. Choose another name for the report.</translation>
    </message>
    <message>
        <source>%1: för lång text (%2 tecken); högst %3 tecken. Längre text hör hemma i beskrivningen.</source>
        <translation>%1: too long (%2 characters); at most %3. Longer text belongs in the description.</translation>
    </message>
    <message>
        <source>%1 är arbetsytans egen fil och skrivs inte över. Välj en annan mapp för exporten.</source>
        <translation>%1 is the workspace&apos;s own file and is not overwritten. Choose another folder for the export.</translation>
    </message>
    <message>
        <source>Texten är för lång (%1 tecken); högst %2 tecken får plats i ett fält. Korta texten.</source>
        <translation>The text is too long (%1 characters); at most %2 characters fit in one field. Shorten the text.</translation>
    </message>
    <message>
        <source>Rad %1 i det inklistrade kan inte läsas (ett citattecken som aldrig avslutas?).</source>
        <translation>Line %1 of the pasted text cannot be read (a quotation mark that is never closed?).</translation>
    </message>
    <message>
        <source>Synkpaketet %1 skulle packas upp till en orimlig storlek. Det importeras inte.</source>
        <translation>The sync package %1 would unpack to an unreasonable size. It is not imported.</translation>
    </message>
    <message>
        <source>Metoden %1 är avvecklad. Återta metoden för att ändra kartläggningen av den.</source>
        <translation>The method %1 is retired. Reinstate the method to change its mapping.</translation>
    </message>
    <message>
        <source>Synkpaketet %1 innehåller filnamn som inte är säkra (%2). Det importeras inte.</source>
        <translation>The sync package %1 contains file names that are not safe (%2). It is not imported.</translation>
    </message>
    <message>
        <source>Synkpaketet hör till en annan arbetsyta (”%1”) och kan inte importeras hit.</source>
        <translation>The sync package belongs to another workspace (“%1”) and cannot be imported here.</translation>
    </message>
    <message>
        <source>Kunde inte göra en säkerhetskopia före importen, så inget importerades: %1</source>
        <translation>Could not make a backup before the import, so nothing was imported: %1</translation>
    </message>
    <message>
        <source>Ingen behörighet att skriva eller läsa %1 (skrivskyddad fil eller mapp?).</source>
        <translation>No permission to write or read %1 (a read-only file or folder?).</translation>
    </message>
    <message>
        <source>%1 är avvecklad. Återta organisationen för att ändra dess kartläggning.</source>
        <translation>%1 is retired. Reinstate the organisation to change its mapping.</translation>
    </message>
    <message>
        <source>%1 är öppen i ett annat program just nu. Stäng den där och försök igen.</source>
        <translation>%1 is open in another program just now. Close it there and try again.</translation>
    </message>
    <message>
        <source>Disken är full: %1 kunde inte skrivas. Frigör utrymme och försök igen.</source>
        <translation>The disk is full: %1 could not be written. Free up space and try again.</translation>
    </message>
    <message>
        <source>Synkpaketet %1 innehåller en ogiltig ändring (%2). Det importeras inte.</source>
        <translation>The sync package %1 contains an invalid change (%2). It is not imported.</translation>
    </message>
    <message>
        <source>Det finns en mapp med namnet %1 i %2; välj en annan mapp för exporten.</source>
        <translation>There is a folder named %1 in %2; choose another folder for the export.</translation>
    </message>
    <message>
        <source>Flera kopior passar ”%1”: %2. Ange mer av kopians id i stället.</source>
        <translation>Several copies match “%1”: %2. Enter more of the copy&apos;s id instead.</translation>
    </message>
    <message>
        <source>Perioden ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, inte ”%1”.</source>
        <translation>The period must be written YYYY-MM or YYYY-MM-DD, not “%1”.</translation>
    </message>
    <message>
        <source>Rad %1 i det inklistrade: perioden %2 finns redan på rad %3.</source>
        <translation>Line %1 of the pasted text: the period %2 is already on line %3.</translation>
    </message>
    <message>
        <source>%1 är ingen fil för ett synkpaket; välj ett annat namn.</source>
        <translation>%1 is not a file for a sync package; choose another name.</translation>
    </message>
    <message>
        <source>Kopians namn är för långt (%1 tecken); högst %2 tecken.</source>
        <translation>The copy&apos;s name is too long (%1 characters); at most %2.</translation>
    </message>
    <message>
        <source>Synkmappen finns inte eller går inte att nå: %1</source>
        <translation>The sync folder does not exist or cannot be reached: %1</translation>
    </message>
    <message>
        <source>%1 är en mapp; ange ett filnamn för rapporten.</source>
        <translation>%1 is a folder; give a file name for the report.</translation>
    </message>
    <message>
        <source>Den nya kopian kunde inte sparas som %1: %2.</source>
        <translation>The new copy could not be saved as %1: %2.</translation>
    </message>
    <message>
        <source>Det finns redan en fil med det namnet: %1</source>
        <translation>There is already a file with that name: %1</translation>
    </message>
    <message>
        <source>Importen avbröts och inget ändrades: %1</source>
        <translation>The import stopped and nothing was changed: %1</translation>
    </message>
    <message>
        <source>Filen %1 är inget Vårdfläta-synkpaket.</source>
        <translation>The file %1 is not a Vårdfläta sync package.</translation>
    </message>
    <message>
        <source>%1 ska skrivas ÅÅÅÅ-MM-DD, inte ”%2”.</source>
        <translation>%1 must be written YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>okänd tabell eller okänt fält (%1.%2)</source>
        <translation>unknown table or field (%1.%2)</translation>
    </message>
    <message>
        <source>Filen eller mappen finns inte: %1</source>
        <translation>The file or folder does not exist: %1</translation>
    </message>
    <message>
        <source>%1 måste vara ett tal, inte ”%2”.</source>
        <translation>%1 must be a number, not “%2”.</translation>
    </message>
    <message>
        <source>Kan inte skriva i mappen %1: %2</source>
        <translation>Cannot write in the folder %1: %2</translation>
    </message>
    <message>
        <source>Rad %1 i det inklistrade (%2): %3</source>
        <translation>Line %1 of the pasted text (%2): %3</translation>
    </message>
    <message>
        <source>Rad %1 i det inklistrade: %2</source>
        <translation>Line %1 of the pasted text: %2</translation>
    </message>
    <message>
        <source>Arbetsytan finns inte: %1</source>
        <translation>The workspace does not exist: %1</translation>
    </message>
    <message>
        <source>Kan inte öppna filen: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>%1 får inte vara tomt.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1 måste vara ett tal.</source>
        <translation>%1 must be a number.</translation>
    </message>
    <message>
        <source>Filen finns redan: %1</source>
        <translation>The file already exists: %1</translation>
    </message>
    <message>
        <source>Okänd rapporttyp: %1.</source>
        <translation>Unknown report type: %1.</translation>
    </message>
    <message>
        <source>Filen finns inte: %1</source>
        <translation>The file does not exist: %1</translation>
    </message>
    <message>
        <source>ogiltigt värde i %1</source>
        <translation>an invalid value in %1</translation>
    </message>
    <message>
        <source>%1: okänt värde %2.</source>
        <translation>%1: unknown value %2.</translation>
    </message>
    <message>
        <source>Filfel för %1: %2</source>
        <translation>File error for %1: %2</translation>
    </message>
    <message>
        <source>Perioden %1: %2</source>
        <translation>Period %1: %2</translation>
    </message>
    <message>
        <source>Filfel: %1</source>
        <translation>File error: %1</translation>
    </message>
    <message>
        <source>Ange mottagarens namn.</source>
        <translation>Enter the recipient&apos;s name.</translation>
    </message>
    <message>
        <source>Andelen räknas ut av täljaren och nämnaren: markera täljaren eller nämnaren och klistra in där.</source>
        <translation>The proportion is computed from the numerator and the denominator: select the numerator or the denominator and paste there.</translation>
    </message>
    <message>
        <source>Mottagaren är den här kopian; välj en annan mottagare.</source>
        <translation>The recipient is this copy; choose another recipient.</translation>
    </message>
    <message>
        <source>P-diagram passar bara mått med andelar (täljare och nämnare).</source>
        <translation>A P chart suits only measures of proportions (numerator and denominator).</translation>
    </message>
    <message>
        <source>Paketet innehåller bara det som en viss kopia saknade. En ny kopia behöver ett fullständigt paket: exportera utan mottagare.</source>
        <translation>The package holds only what one particular copy lacked. A new copy needs a complete package: export without a recipient.</translation>
    </message>
    <message>
        <source>Synkpaketet %1 har ändringar daterade mer än ett år fram i tiden, vilket ingen rätt ställd klocka ger (klockan på datorn som skapade det, eller på den här datorn, går fel, eller så har filen ändrats). Det importeras inte.</source>
        <translation>The sync package %1 has changes dated more than a year ahead, which no correctly set clock gives (the clock of the computer that made it, or of this computer, is wrong, or the file has been altered). It is not imported.</translation>
    </message>
    <message>
        <source>Kopian %1 är okänd här (inget paket har kommit från den), så det går inte att veta vad den saknar. Exportera utan mottagare: då får den allt.</source>
        <translation>The copy %1 is unknown here (no package has come from it), so what it lacks cannot be known. Export without a recipient: then it gets everything.</translation>
    </message>
    <message>
        <source>Ingen känd kopia heter ”%1”. Kända kopior: %2. Utan mottagare blir paketet fullständigt och passar alla.</source>
        <translation>No known copy is called “%1”. Known copies: %2. Without a recipient the package is complete and suits every copy.</translation>
    </message>
    <message>
        <source>Synkpaketet %1 innehåller en ändring som redan finns här med ett annat värde. Det importeras inte.</source>
        <translation>The sync package %1 contains a change that is already here with another value. It is not imported.</translation>
    </message>
    <message>
        <source>”%1” är den här kopian; välj en annan mottagare.</source>
        <translation>“%1” is this copy; choose another recipient.</translation>
    </message>
    <message>
        <source>Avvikelsen</source>
        <translation>The deviation</translation>
    </message>
    <message>
        <source>Baslinjen</source>
        <translation>The baseline</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Cykelns namn</source>
        <translation>The cycle&apos;s name</translation>
    </message>
    <message>
        <source>Datumet</source>
        <translation>The date</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Frekvens</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Förändringsidén</source>
        <translation>The change idea</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kopians namn</source>
        <translation>The copy&apos;s name</translation>
    </message>
    <message>
        <source>Måldatumet</source>
        <translation>The target date</translation>
    </message>
    <message>
        <source>Målet</source>
        <translation>The aim</translation>
    </message>
    <message>
        <source>Målvärdet</source>
        <translation>The target value</translation>
    </message>
    <message>
        <source>Måttets namn</source>
        <translation>The measure&apos;s name</translation>
    </message>
    <message>
        <source>Namnet</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Nämnaren</source>
        <translation>The denominator</translation>
    </message>
    <message>
        <source>Poängen</source>
        <translation>The score</translation>
    </message>
    <message>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Riktning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Rubriken</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>Seminariets datum</source>
        <translation>The learning session&apos;s date</translation>
    </message>
    <message>
        <source>Seminariets namn</source>
        <translation>The learning session&apos;s name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Syftet</source>
        <translation>The objective</translation>
    </message>
    <message>
        <source>Teamets namn</source>
        <translation>The team&apos;s name</translation>
    </message>
    <message>
        <source>Typ av mått</source>
        <translation>Measure type</translation>
    </message>
    <message>
        <source>Typ av organisation</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Typ av värde</source>
        <translation>Value type</translation>
    </message>
    <message>
        <source>Täljaren</source>
        <translation>The numerator</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Värdet</source>
        <translation>The value</translation>
    </message>
    <message>
        <source>fel form</source>
        <translation>wrong shape</translation>
    </message>
    <message>
        <source>för stort värde</source>
        <translation>value too large</translation>
    </message>
    <message>
        <source>ogiltig avsändare</source>
        <translation>invalid sender</translation>
    </message>
    <message>
        <source>ogiltig tidigare version</source>
        <translation>invalid earlier version</translation>
    </message>
    <message>
        <source>ogiltig version</source>
        <translation>invalid version</translation>
    </message>
    <message>
        <source>ogiltigt id</source>
        <translation>invalid id</translation>
    </message>
    <message>
        <source>ogiltigt värde</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>samma ändring två gånger</source>
        <translation>the same change twice</translation>
    </message>
</context>
<context>
    <name>CycleForm</name>
    <message>
        <source>PGSA-cykel %1 – arbetsblad</source>
        <translation>PDSA cycle %1 – worksheet</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Spara ändringarna?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Spara ändringarna i PGSA-cykel %1 innan arbetsbladet stängs?</source>
        <translation>Save the changes to PDSA cycle %1 before the worksheet closes?</translation>
    </message>
    <message>
        <source>S&amp;läng</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (teamets mål)</source>
        <translation>%1 (the team&apos;s aim)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(ingen – första cykeln)</source>
        <translation>(none – first cycle)</translation>
    </message>
    <message>
        <source>Ej angivet</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Inget beslut ännu</source>
        <translation>No decision yet</translation>
    </message>
</context>
<context>
    <name>CyclesModel</name>
    <message>
        <source>(borttagen) %1</source>
        <translation>(removed) %1</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>PGSA-cykel</source>
        <translation>PDSA cycle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Förändringsidé</source>
        <translation>Change idea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>DataPointsModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Täljare</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Nämnare</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Proportion</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Arbetsytan är öppnad skrivskyddad.</source>
        <translation>The workspace is open read-only.</translation>
    </message>
    <message>
        <source>Perioden kan inte ändras här: skriv en ny period i den sista, tomma raden.</source>
        <translation>The period cannot be changed here: type a new period in the last, blank row.</translation>
    </message>
    <message>
        <source>Andelen räknas ut av täljaren och nämnaren.</source>
        <translation>The proportion is worked out from the numerator and the denominator.</translation>
    </message>
    <message>
        <source>Skriv ett värde här för att lägga till nästa period.</source>
        <translation>Type a value here to add the next period.</translation>
    </message>
    <message>
        <source>Perioden %1 finns redan: skriv värdet på dess rad.</source>
        <translation>The period %1 already exists: type the value in its row.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Mätvärden</source>
        <translation>Data points</translation>
    </message>
    <message>
        <source>&amp;Kopiera</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Klistra &amp;in</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Inget klistrades in.</source>
        <translation>Nothing was pasted.</translation>
    </message>
    <message>
        <source>Klistra in mätvärden (%1)</source>
        <translation>Paste measurements (%1)</translation>
    </message>
    <message>
        <source>Mätvärden inklistrade: %1 (%2). Ctrl+Z ångrar.</source>
        <translation>Measurements pasted: %1 (%2). Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Den första raden lästes som kolumnrubriker.</source>
        <translation>The first line was read as column headings.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Ej kartlagt</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <source>Används inte</source>
        <translation>Not used</translation>
    </message>
    <message>
        <source>Planeras</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Används delvis</source>
        <translation>Partly used</translation>
    </message>
    <message>
        <source>Används systematiskt</source>
        <translation>Used systematically</translation>
    </message>
    <message>
        <source>Ej aktuellt</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Lokalt</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Inomregionalt</source>
        <translation>Intra-regional</translation>
    </message>
    <message>
        <source>Länsövergripande</source>
        <translation>County-wide</translation>
    </message>
    <message>
        <source>Behov av kompetensutveckling</source>
        <translation>Need for competence development</translation>
    </message>
    <message>
        <source>Behov av gemensamma riktlinjer</source>
        <translation>Need for common guidelines</translation>
    </message>
    <message>
        <source>Gemensamt utvecklingsområde</source>
        <translation>Common development area</translation>
    </message>
    <message>
        <source>Samordning</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Regionens verksamhet</source>
        <translation>Region service</translation>
    </message>
    <message>
        <source>Annan organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>Bedömning/dokumentation</source>
        <translation>Assessment/documentation</translation>
    </message>
    <message>
        <source>Intervention/åtgärder</source>
        <translation>Intervention/measures</translation>
    </message>
    <message>
        <source>Uppföljning/utvärdering</source>
        <translation>Follow-up/evaluation</translation>
    </message>
    <message>
        <source>Kompetens hos personalen</source>
        <translation>Competence of the staff</translation>
    </message>
    <message>
        <source>Upptäckt/förebyggande verksamhet</source>
        <translation>Detection/prevention</translation>
    </message>
    <message>
        <source>Upptäckt/förebyggande</source>
        <translation>Detection/prevention</translation>
    </message>
    <message>
        <source>Missbruk och beroende av narkotika</source>
        <translation>Misuse of and dependence on narcotics</translation>
    </message>
    <message>
        <source>Narkotika</source>
        <translation>Narcotics</translation>
    </message>
    <message>
        <source>Missbruk och beroende av alkohol</source>
        <translation>Misuse of and dependence on alcohol</translation>
    </message>
    <message>
        <source>Alkohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Gravida kvinnor</source>
        <translation>Pregnant women</translation>
    </message>
    <message>
        <source>Missbruk och beroende och samtidig psykiatrisk och/eller somatisk sjukdom</source>
        <translation>Misuse and dependence with concurrent psychiatric and/or somatic illness</translation>
    </message>
    <message>
        <source>Samsjuklighet</source>
        <translation>Co-occurring disorders</translation>
    </message>
    <message>
        <source>kopia %1</source>
        <translation>copy %1</translation>
    </message>
    <message>
        <source>Agera</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Aktivitet, inga förändringar</source>
        <translation>Activity, but no changes</translation>
    </message>
    <message>
        <source>Andel (täljare/nämnare)</source>
        <translation>Proportion (numerator/denominator)</translation>
    </message>
    <message>
        <source>Anhøjs regler</source>
        <translation>Anhøj&apos;s rules</translation>
    </message>
    <message>
        <source>Anpassa</source>
        <translation>Adapt</translation>
    </message>
    <message>
        <source>Anta</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Avbryta</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Avsikt att delta</source>
        <translation>Intent to participate</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Avvecklad</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Balansmått</source>
        <translation>Balancing measure</translation>
    </message>
    <message>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Betydande förbättring</source>
        <translation>Significant improvement</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Enastående hållbara resultat</source>
        <translation>Outstanding sustainable results</translation>
    </message>
    <message>
        <source>Förbättring</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <source>Förbättringsområde</source>
        <translation>Improvement area</translation>
    </message>
    <message>
        <source>Förändringar testade, ingen förbättring</source>
        <translation>Changes tested, but no improvement</translation>
    </message>
    <message>
        <source>Förändringsidé</source>
        <translation>Change idea</translation>
    </message>
    <message>
        <source>Genomförande</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Göra</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Hållbar förbättring</source>
        <translation>Sustainable improvement</translation>
    </message>
    <message>
        <source>Högre är bättre</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>I-diagram (styrdiagram)</source>
        <translation>I chart (control chart)</translation>
    </message>
    <message>
        <source>IHI:s regler</source>
        <translation>IHI rules</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kompetens</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Lägre är bättre</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Matriskolumn</source>
        <translation>Matrix column</translation>
    </message>
    <message>
        <source>Matrisrad</source>
        <translation>Matrix row</translation>
    </message>
    <message>
        <source>Matrisrutor</source>
        <translation>Matrix cells</translation>
    </message>
    <message>
        <source>Medelvärde</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Metod</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Mätvärde</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Måttlig förbättring</source>
        <translation>Modest improvement</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Nämnare</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>P-diagram (andelar)</source>
        <translation>P chart (proportions)</translation>
    </message>
    <message>
        <source>PGSA-cykel</source>
        <translation>PDSA cycle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Planera</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Planering påbörjad</source>
        <translation>Planning begun</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Processmått</source>
        <translation>Process measure</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Rapporterad</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Resultatmått</source>
        <translation>Outcome measure</translation>
    </message>
    <message>
        <source>Riktlinje</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Samverkansområde</source>
        <translation>Collaboration area</translation>
    </message>
    <message>
        <source>Seriediagram</source>
        <translation>Run chart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Studera</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team bildat</source>
        <translation>Team formed</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Täljare</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Utbildad personal</source>
        <translation>Trained staff</translation>
    </message>
    <message>
        <source>Utveckling</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Utvecklingsbedömning</source>
        <translation>Progress score</translation>
    </message>
    <message>
        <source>Varje kvartal</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Varje månad</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Varje vecka</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Åtgärdad</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Åtgärdas</source>
        <translation>Being corrected</translation>
    </message>
    <message>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Lägg till metod</source>
        <translation>Add method</translation>
    </message>
    <message>
        <source>Metodens namn (underrubrik):</source>
        <translation>Name of the method (sub-heading):</translation>
    </message>
    <message>
        <source>Byt namn på metod</source>
        <translation>Rename method</translation>
    </message>
    <message>
        <source>%1 har %2 aktiva organisationer: %3.</source>
        <translation>%1 has %2 active organisations: %3.</translation>
    </message>
    <message>
        <source>%1 har en aktiv organisation: %2.</source>
        <translation>%1 has one active organisation: %2.</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avveckla %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <source>Avveckla metod %1</source>
        <translation>Retire method %1</translation>
    </message>
    <message>
        <source>Avveckla område</source>
        <translation>Retire area</translation>
    </message>
    <message>
        <source>Avvecklas området förlorar de sitt område: de visas utan område i trädet tills du flyttar dem till ett annat område eller återtar området. Deras kartläggning finns kvar, och Redigera → Ångra tar tillbaka området.</source>
        <translation>If the area is retired they lose their area: the tree shows them without an area until you move them to another area or reinstate the area. Their mapping is kept, and Edit → Undo brings the area back.</translation>
    </message>
    <message>
        <source>Byt namn på metod: %1 → %2</source>
        <translation>Rename method: %1 → %2</translation>
    </message>
    <message>
        <source>Byt namn: %1 → %2</source>
        <translation>Rename: %1 → %2</translation>
    </message>
    <message>
        <source>Flytta %1 till %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>Flytta %1 ur %2</source>
        <translation>Move %1 out of %2</translation>
    </message>
    <message>
        <source>Lägg till metod %1</source>
        <translation>Add method %1</translation>
    </message>
    <message>
        <source>Lägg till område %1</source>
        <translation>Add area %1</translation>
    </message>
    <message>
        <source>Lägg till organisation %1</source>
        <translation>Add organisation %1</translation>
    </message>
    <message>
        <source>Nytt namn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Återta %1</source>
        <translation>Reinstate %1</translation>
    </message>
    <message>
        <source>Återta metod %1</source>
        <translation>Reinstate method %1</translation>
    </message>
    <message>
        <source>Lägg till organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Lägg till område</source>
        <translation>Add area</translation>
    </message>
    <message>
        <source>Namn på det inomregionala samverkansområdet:</source>
        <translation>Name of the intra-regional collaboration area:</translation>
    </message>
    <message>
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Flytta till område</source>
        <translation>Move to area</translation>
    </message>
    <message>
        <source>Samverkansområde för %1:</source>
        <translation>Collaboration area for %1:</translation>
    </message>
    <message>
        <source>(inget område)</source>
        <translation>(no area)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exportera synkpaket</source>
        <translation>Export sync package</translation>
    </message>
    <message>
        <source>Ett synkpaket är en fil med dina ändringar (och dem du fått från andra kopior). Skicka den med e-post eller på ett USB-minne och importera den på den andra datorn.</source>
        <translation>A sync package is a file with your changes (and those you received from other copies). Send it by e-mail or on a USB stick and import it on the other computer.</translation>
    </message>
    <message>
        <source>Den här kopians namn</source>
        <translation>The name of this copy</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>En annan eller ny dator (allt)</source>
        <translation>Another or a new computer (everything)</translation>
    </message>
    <message>
        <source>%1 – senast hörd %2</source>
        <translation>%1 – last heard from %2</translation>
    </message>
    <message>
        <source>&amp;Mottagare:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>Den här kopians &amp;namn (visas för mottagarna):</source>
        <translation>This copy&apos;s &amp;name (shown to the recipients):</translation>
    </message>
    <message>
        <source>Ge kopian ett namn som mottagarna känner igen, t.ex. ”Luleå – samordnarens dator”; annars heter den som datorn (%1).</source>
        <translation>Give this copy a name the recipients recognise, e.g. “Luleå – coordinator&apos;s laptop”; otherwise it is named after the computer (%1).</translation>
    </message>
    <message>
        <source>Fil att skriva</source>
        <translation>File to write</translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Fil att skriva:</source>
        <translation>&amp;File to write:</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Paketet innehåller allt, så att vilken kopia som helst kan läsa in det och en ny dator kan starta från det.</source>
        <translation>The package holds everything, so any copy can import it and a new computer can start from it.</translation>
    </message>
    <message>
        <source>Paketet innehåller bara det som %1 saknar (ett litet paket). Det passar bara den kopian.</source>
        <translation>The package holds only what %1 lacks (a small package). It suits only that copy.</translation>
    </message>
    <message>
        <source>Spara synkpaket</source>
        <translation>Save sync package</translation>
    </message>
    <message>
        <source>Namnet sparades inte: %1</source>
        <translation>The name was not saved: %1</translation>
    </message>
    <message>
        <source>Skriver %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <source>fullständigt</source>
        <translation>full</translation>
    </message>
    <message>
        <source>det mottagaren saknar</source>
        <translation>what the recipient lacks</translation>
    </message>
    <message>
        <source>Klart: 1 ändring (%2), %3 kB i %4.</source>
        <translation>Done: 1 change (%2), %3 kB in %4.</translation>
    </message>
    <message>
        <source>Klart: %1 ändringar (%2), %3 kB i %4.</source>
        <translation>Done: %1 changes (%2), %3 kB in %4.</translation>
    </message>
    <message>
        <source>⚠ %1 text(er) ser ut att innehålla personnummer och följer med paketet, först: %2. Ta bort dem och exportera paketet igen innan det skickas.</source>
        <translation>⚠ %1 text(s) look like they hold a Swedish personal identity number and go with the package, first: %2. Remove them and export the package again before it is sent.</translation>
    </message>
    <message>
        <source>Kunde inte exportera: %1</source>
        <translation>Could not export: %1</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Förbättringsområde</source>
        <translation>Improvement area</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Samverkansområde: %1</source>
        <translation>Collaboration area: %1</translation>
    </message>
    <message>
        <source>Rutor i matrisen</source>
        <translation>Cells of the matrix</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Nivå:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Gäller:</source>
        <translation>&amp;Applies to:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>R&amp;utor:</source>
        <translation>C&amp;ells:</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skriv en rubrik.</source>
        <translation>Write a title.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Förbättringsområde</source>
        <translation>Improvement area</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Organisation/område</source>
        <translation>Organisation/area</translation>
    </message>
    <message>
        <source>Rutor i matrisen</source>
        <translation>Cells of the matrix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Förändringsidéer</source>
        <translation>Change ideas</translation>
    </message>
    <message>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Förbättringsområden</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>Bara den valda rutan i matrisen</source>
        <translation>Only the selected cell of the matrix</translation>
    </message>
    <message>
        <source>&amp;Nytt förbättringsområde…</source>
        <translation>&amp;New improvement area…</translation>
    </message>
    <message>
        <source>&amp;Ändra…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Arbetsytan är öppnad skrivskyddad.</source>
        <translation>The workspace is open read-only.</translation>
    </message>
    <message>
        <source>Förbättringsområden – %1</source>
        <translation>Improvement areas – %1</translation>
    </message>
    <message>
        <source>Nytt förbättringsområde</source>
        <translation>New improvement area</translation>
    </message>
    <message>
        <source>Ändra förbättringsområde</source>
        <translation>Change improvement area</translation>
    </message>
    <message>
        <source>Ta bort förbättringsområde</source>
        <translation>Delete improvement area</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Framsteg per månad (IHI:s bedömningsskala)</source>
        <translation>Progress per month (IHI assessment scale)</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Poäng</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Sätt poäng f&amp;ör månaden…</source>
        <translation>Set the month&amp;ly score…</translation>
    </message>
    <message>
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <source>Rapporterad</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Åtgärdad</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>&amp;Ny avvikelse…</source>
        <translation>&amp;New deviation…</translation>
    </message>
    <message>
        <source>Ändra avvike&amp;lse…</source>
        <translation>Wor&amp;k on deviation…</translation>
    </message>
    <message>
        <source>Framsteg %1</source>
        <translation>Progress %1</translation>
    </message>
    <message>
        <source>Ny avvikelse</source>
        <translation>New deviation</translation>
    </message>
    <message>
        <source>Ändra avvikelse</source>
        <translation>Change deviation</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Typ av mått:</source>
        <translation>&amp;Type of measure:</translation>
    </message>
    <message>
        <source>&amp;Värde:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Riktning:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>&amp;Frekvens:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisationer:</source>
        <translation>&amp;Organisations:</translation>
    </message>
    <message>
        <source>&amp;Lärandeseminarier:</source>
        <translation>&amp;Learning sessions:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Vad vill vi åstadkomma?</source>
        <translation>&amp;What are we trying to accomplish?</translation>
    </message>
    <message>
        <source>&amp;Hur mycket?</source>
        <translation>&amp;How much?</translation>
    </message>
    <message>
        <source>&amp;Till när?</source>
        <translation>&amp;By when?</translation>
    </message>
    <message>
        <source>(inget mål)</source>
        <translation>(no aim)</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Aim:</translation>
    </message>
    <message>
        <source>&amp;Uppföljning i överenskommelsen:</source>
        <translation>Follo&amp;w-up in the agreement:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Operationell definition: vad räknas, hur, var ifrån?</source>
        <translation>Operational definition: what is counted, how, from where?</translation>
    </message>
    <message>
        <source>Definiti&amp;on:</source>
        <translation>Definiti&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Poäng (IHI-skalan):</source>
        <translation>&amp;Score (IHI scale):</translation>
    </message>
    <message>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Idé:</source>
        <translation>&amp;Idea:</translation>
    </message>
    <message>
        <source>&amp;Avvikelse:</source>
        <translation>&amp;Deviation:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Förbättringsområden:</source>
        <translation>&amp;Improvement areas:</translation>
    </message>
    <message>
        <source>&amp;Rutor i matrisen:</source>
        <translation>&amp;Cells of the matrix:</translation>
    </message>
    <message>
        <source>(borttaget förbättringsområde)</source>
        <translation>(removed improvement area)</translation>
    </message>
    <message>
        <source>Förbättringsområden</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>Må&amp;lvärde:</source>
        <translation>Target va&amp;lue:</translation>
    </message>
    <message>
        <source>Ny avvikelse</source>
        <translation>New deviation</translation>
    </message>
    <message>
        <source>Ny förändringsidé</source>
        <translation>New change idea</translation>
    </message>
    <message>
        <source>Nytt förbättringsteam</source>
        <translation>New improvement team</translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation>New aim</translation>
    </message>
    <message>
        <source>Nytt mått</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Rutor i matrisen</source>
        <translation>Cells of the matrix</translation>
    </message>
    <message>
        <source>Teamets framsteg</source>
        <translation>The team&apos;s progress</translation>
    </message>
    <message>
        <source>t.ex. 80 % inom 30 dagar</source>
        <translation>e.g. 80 % within 30 days</translation>
    </message>
    <message>
        <source>t.ex. dagar</source>
        <translation>e.g. days</translation>
    </message>
    <message>
        <source>valfritt; andel som 0,8</source>
        <translation>optional; a proportion as 0.8</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>&amp;Rapporterad:</source>
        <translation>&amp;Reported:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Ändra avvikelse</source>
        <translation>Change deviation</translation>
    </message>
    <message>
        <source>Ändra förändringsidé</source>
        <translation>Edit change idea</translation>
    </message>
    <message>
        <source>Ändra mål</source>
        <translation>Change aim</translation>
    </message>
    <message>
        <source>Ändra mått</source>
        <translation>Change measure</translation>
    </message>
    <message>
        <source>Ändra team</source>
        <translation>Change team</translation>
    </message>
    <message>
        <source>Å&amp;tgärd:</source>
        <translation>A&amp;ction:</translation>
    </message>
</context>
<context>
    <name>IdeaActions</name>
    <message>
        <source>Ny förändringsidé</source>
        <translation>New change idea</translation>
    </message>
    <message>
        <source>Ändra förändringsidé</source>
        <translation>Edit change idea</translation>
    </message>
    <message>
        <source>Ta bort förändringsidé</source>
        <translation>Delete change idea</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Förändringsidé</source>
        <translation>Change idea</translation>
    </message>
    <message>
        <source>Rutor i matrisen</source>
        <translation>Cells of the matrix</translation>
    </message>
    <message>
        <source>Förbättringsområden</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>Cykler</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Förändringsidéer</source>
        <translation>Change ideas</translation>
    </message>
    <message>
        <source>Vilka förändringar kan leda till en förbättring? Varje idé kan kopplas till rutor i matrisen och förbättringsområden, och testas i PGSA-cykler.</source>
        <translation>What changes can we make that will result in improvement? Each idea can be linked to cells of the matrix and to improvement areas, and tested in PDSA cycles.</translation>
    </message>
    <message>
        <source>&amp;Ny förändringsidé…</source>
        <translation>&amp;New change idea…</translation>
    </message>
    <message>
        <source>Ändra förändringsidé…</source>
        <translation>Edit change idea…</translation>
    </message>
    <message>
        <source>Ta bort förändringsidé</source>
        <translation>Delete change idea</translation>
    </message>
    <message>
        <source>Visa cyk&amp;lerna</source>
        <translation>Show the cyc&amp;les</translation>
    </message>
    <message>
        <source>PGSA-loggen, filtrerad på idén</source>
        <translation>The PDSA log, filtered on the idea</translation>
    </message>
    <message>
        <source>(borttaget)</source>
        <translation>(removed)</translation>
    </message>
</context>
<context>
    <name>ImprovementView</name>
    <message>
        <source>Team, mål och mått</source>
        <translation>Teams, aims and measures</translation>
    </message>
    <message>
        <source>Nytt &amp;team…</source>
        <translation>New &amp;team…</translation>
    </message>
    <message>
        <source>Nytt &amp;mål…</source>
        <translation>New &amp;aim…</translation>
    </message>
    <message>
        <source>Nytt m&amp;ått…</source>
        <translation>New &amp;measure…</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Förändringsidé:</source>
        <translation>Change idea:</translation>
    </message>
    <message>
        <source>Ny PGSA-cykel…</source>
        <translation>New PDSA cycle…</translation>
    </message>
    <message>
        <source>&amp;Ny cykel… (Ctrl+Skift+N)</source>
        <translation>&amp;New cycle… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Mått och dia&amp;gram</source>
        <translation>Meas&amp;ures and charts</translation>
    </message>
    <message>
        <source>&amp;PGSA-logg</source>
        <translation>PDSA c&amp;ycle log</translation>
    </message>
    <message>
        <source>Förändring&amp;sidéer</source>
        <translation>&amp;Change ideas</translation>
    </message>
    <message>
        <source>Framsteg o&amp;ch avvikelser</source>
        <translation>Progress and dev&amp;iations</translation>
    </message>
    <message>
        <source>T&amp;eamet</source>
        <translation>Team s&amp;ummary</translation>
    </message>
    <message>
        <source>&amp;Öppna arbetsblad…</source>
        <translation>Open wor&amp;ksheet…</translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>&amp;Ändra…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>Ta bort cykel</source>
        <translation>Delete cycle</translation>
    </message>
    <message>
        <source>Mål: %1</source>
        <translation>Aim: %1</translation>
    </message>
    <message>
        <source>Välj ett mått i listan, eller lägg till ett.</source>
        <translation>Choose a measure in the list, or add one.</translation>
    </message>
    <message>
        <source> · Målvärde: %1</source>
        <translation> · Target: %1</translation>
    </message>
    <message>
        <source>(ingen operationell definition ännu)</source>
        <translation>(no operational definition yet)</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ändra PGSA-cykel %1</source>
        <translation>Change PDSA cycle %1</translation>
    </message>
    <message>
        <source>Ny PGSA-cykel</source>
        <translation>New PDSA cycle</translation>
    </message>
    <message>
        <source>Ta bort PGSA-cykel</source>
        <translation>Delete PDSA cycle</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Metod</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kompetens</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Utbildad personal</source>
        <translation>Trained staff</translation>
    </message>
    <message>
        <source>Behov/brist</source>
        <translation>Need/gap</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>I bruk</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Fördelning</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Prioritet %1 (Socialstyrelsen)</source>
        <translation>Priority %1 (National Board of Health and Welfare)</translation>
    </message>
    <message>
        <source>Källa: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Obekräftad uppgift – kontrollera mot riktlinjerna.</source>
        <translation>Unconfirmed – check against the guidelines.</translation>
    </message>
    <message>
        <source>Tangenterna 0–5 sätter status, Enter skriver en anteckning</source>
        <translation>Keys 0–5 set the status, Enter writes a note</translation>
    </message>
    <message>
        <source>%1 av %2 kartlagda</source>
        <translation>%1 of %2 mapped</translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>Metoder i vald ruta</source>
        <translation>Methods in the selected cell</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Välj synkpaket att starta från</source>
        <translation>Choose the sync package to start from</translation>
    </message>
    <message>
        <source>Starta en ny kopia</source>
        <translation>Start a new copy</translation>
    </message>
    <message>
        <source>En ny dator får sin egen kopia av arbetsytan från ett synkpaket som en annan kopia har exporterat utan mottagare. Därefter synkroniserar kopiorna med varandra.</source>
        <translation>A new computer gets its own copy of the workspace from a sync package that another copy exported without a recipient. After that the copies synchronise with each other.</translation>
    </message>
    <message>
        <source>Läser paketet …</source>
        <translation>Reading the package …</translation>
    </message>
    <message>
        <source>Synkpaket:</source>
        <translation>Sync package:</translation>
    </message>
    <message>
        <source>Arbetsyta:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Exporterat:</source>
        <translation>Exported:</translation>
    </message>
    <message>
        <source>Den nya arbetsytans fil</source>
        <translation>The new workspace&apos;s file</translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Spara som:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Den nya kopians namn</source>
        <translation>The new copy&apos;s name</translation>
    </message>
    <message>
        <source>Den nya kopians &amp;namn:</source>
        <translation>The new copy&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Visas för de andra kopiorna. Ge den ett namn de känner igen, t.ex. ”Luleå – samordnarens dator”; annars heter den som datorn.</source>
        <translation>Shown to the other copies. Give it a name they recognise, e.g. “Luleå – coordinator&apos;s laptop”; otherwise it is named after the computer.</translation>
    </message>
    <message>
        <source>Starta kopian och öppna den</source>
        <translation>Start the copy and open it</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(namnlös)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Paketet innehåller bara det som en viss kopia saknade och kan inte starta en ny kopia. Be om ett paket som är exporterat utan mottagare (”En annan eller ny dator (allt)”).</source>
        <translation>The package holds only what one particular copy lacked and cannot start a new copy. Ask for a package exported without a recipient (“Another or a new computer (everything)”).</translation>
    </message>
    <message>
        <source>%1 ändringar. Välj var den nya arbetsytan ska sparas.</source>
        <translation>%1 changes. Choose where to save the new workspace.</translation>
    </message>
    <message>
        <source>Spara den nya arbetsytan</source>
        <translation>Save the new workspace</translation>
    </message>
    <message>
        <source>Välj var den nya arbetsytan ska sparas.</source>
        <translation>Choose where to save the new workspace.</translation>
    </message>
    <message>
        <source>%1 finns redan. Välj ett annat namn; en befintlig fil skrivs aldrig över.</source>
        <translation>%1 already exists. Choose another name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <source>Mappen finns inte: %1</source>
        <translation>The folder does not exist: %1</translation>
    </message>
    <message>
        <source>Startar kopian …</source>
        <translation>Starting the copy …</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopian %1 skapades men kunde inte öppnas.</source>
        <translation>The copy %1 was created but could not be opened.</translation>
    </message>
    <message>
        <source>Namnet sparades inte: %1</source>
        <translation>The name was not saved: %1</translation>
    </message>
    <message>
        <source>Kopian skapades och är öppnad, men namnet sparades inte: %1 Ge kopian ett namn när du synkroniserar.</source>
        <translation>The copy was created and is open, but its name was not saved: %1 Give the copy a name when you sync.</translation>
    </message>
    <message>
        <source>Ingen ny kopia skapades. %1</source>
        <translation>No new copy was created. %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Inställningar</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Språket är bytt.</source>
        <translation>The language has been changed.</translation>
    </message>
    <message>
        <source>&amp;Pseudospråk (långa texter, för att pröva layouten)</source>
        <translation>&amp;Pseudo-language (long texts, to test the layout)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Välkommen till Vårdfläta</source>
        <translation>Welcome to Vårdfläta</translation>
    </message>
    <message>
        <source>Kartlägg hur verksamheterna följer de nationella riktlinjerna för missbruks- och beroendevården och följ förbättringsarbetet.</source>
        <translation>Map how the services follow the national guidelines for addiction care and follow the improvement work.</translation>
    </message>
    <message>
        <source>Öppna demo för Norrbotten</source>
        <translation>Open the Norrbotten demo</translation>
    </message>
    <message>
        <source>Ny arbetsyta…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <source>Öppna arbetsyta…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <source>&amp;Ny arbetsyta…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Öppna &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ån&amp;gra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Lägg till &amp;metod i rutan…</source>
        <translation>Add &amp;method to the cell…</translation>
    </message>
    <message>
        <source>&amp;Byt namn på metod…</source>
        <translation>Re&amp;name method…</translation>
    </message>
    <message>
        <source>&amp;Avveckla metod</source>
        <translation>Re&amp;tire method</translation>
    </message>
    <message>
        <source>Lägg till &amp;organisation…</source>
        <translation>Add &amp;organisation…</translation>
    </message>
    <message>
        <source>Säker&amp;hetskopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Starta en ny kopia från ett synkpaket…</source>
        <translation>Start a new copy from a sync package…</translation>
    </message>
    <message>
        <source>Gör &amp;om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Lägg till om&amp;råde…</source>
        <translation>Add &amp;area…</translation>
    </message>
    <message>
        <source>&amp;Byt namn…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Flytta till område…</source>
        <translation>&amp;Move to area…</translation>
    </message>
    <message>
        <source>&amp;Avveckla / återta</source>
        <translation>Re&amp;tire / reinstate</translation>
    </message>
    <message>
        <source>Visa &amp;avvecklade</source>
        <translation>Show &amp;retired</translation>
    </message>
    <message>
        <source>Gå till &amp;organisationer</source>
        <translation>Go to &amp;organisations</translation>
    </message>
    <message>
        <source>Gå till &amp;matrisen</source>
        <translation>Go to the &amp;matrix</translation>
    </message>
    <message>
        <source>Gå till m&amp;etoderna</source>
        <translation>Go to the m&amp;ethods</translation>
    </message>
    <message>
        <source>&amp;Fler metoder, mindre matris</source>
        <translation>More metho&amp;ds, smaller matrix</translation>
    </message>
    <message>
        <source>&amp;Större matris, färre metoder</source>
        <translation>&amp;Larger matrix, fewer methods</translation>
    </message>
    <message>
        <source>&amp;Om Vårdfläta</source>
        <translation>&amp;About Vårdfläta</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Senaste</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>S&amp;ynkronisering</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Rapporter och export</source>
        <translation>Re&amp;ports and export</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Organisationer</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Organisations&amp;trädet</source>
        <translation>Organisation &amp;tree</translation>
    </message>
    <message>
        <source>Ångrat: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Gjort om: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Arbetsytan är redan öppen</source>
        <translation>The workspace is already open</translation>
    </message>
    <message>
        <source>%1 är redan öppen i ett annat Vårdfläta-fönster eller på en annan dator. Vill du öppna den skrivskyddad?</source>
        <translation>%1 is already open in another Vårdfläta window or on another computer. Do you want to open it read-only?</translation>
    </message>
    <message>
        <source>Kunde inte öppna %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>&amp;Kortkommandon…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>Filen finns inte längre (flyttad eller borttagen?) och har tagits bort ur listan Senaste.</source>
        <translation>The file no longer exists (moved or deleted?) and has been removed from the Recent list.</translation>
    </message>
    <message>
        <source>Vill du öppna den skrivskyddad? Kopiera filen till datorn för att kunna ändra i den.</source>
        <translation>Do you want to open it read-only? Copy the file to the computer to be able to change it.</translation>
    </message>
    <message>
        <source>Arbetsytan kan inte ändras här</source>
        <translation>The workspace cannot be changed here</translation>
    </message>
    <message>
        <source>Tips: Visa → Organisationsträdet (Ctrl+Skift+1) döljer trädet och ger metodlistan plats för alla kolumner.</source>
        <translation>Tip: View → Organisation tree (Ctrl+Shift+1) hides the tree and gives the method list room for every column.</translation>
    </message>
    <message>
        <source>&amp;Kartläggning</source>
        <translation>Ma&amp;pping</translation>
    </message>
    <message>
        <source>Förbättringsområ&amp;den</source>
        <translation>Improvement a&amp;reas</translation>
    </message>
    <message>
        <source>&amp;Förbättringsarbete</source>
        <translation>Improvement &amp;work</translation>
    </message>
    <message>
        <source>Ny arbetsyta</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Filen finns redan</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <source>Välj ett annat namn; befintliga filer skrivs aldrig över.</source>
        <translation>Choose another name; existing files are never overwritten.</translation>
    </message>
    <message>
        <source>Kunde inte skapa arbetsytan</source>
        <translation>Could not create the workspace</translation>
    </message>
    <message>
        <source>Öppna arbetsyta</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Ändra bedömning</source>
        <translation>Change assessment</translation>
    </message>
    <message>
        <source>Tips: Visa → Organisationsträdet (Ctrl+Skift+1) döljer trädet och ger matrisen plats.</source>
        <translation>Tip: View → Organisation tree (Ctrl+Shift+1) hides the tree and gives the matrix room.</translation>
    </message>
    <message>
        <source>Inget att ångra.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Vill du välja en säkerhetskopia att återställa? Den skadade filen sparas först bland säkerhetskopiorna.</source>
        <translation>Do you want to choose a backup to restore? The damaged file is saved among the backups first.</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kompetens</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Utbildad personal</source>
        <translation>Trained staff</translation>
    </message>
    <message>
        <source>Behov/brist</source>
        <translation>Need/gap</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Nivå: %1 → %2</source>
        <translation>Level: %1 → %2</translation>
    </message>
    <message>
        <source>Arbetsytan är skrivskyddad; inget kan ändras.</source>
        <translation>The workspace is read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>%1 är avvecklad och visas bara. Återta den (Organisationer → Avveckla / återta) för att ändra.</source>
        <translation>%1 is retired and only shown. Reinstate it (Organisations → Retire / reinstate) to change it.</translation>
    </message>
    <message>
        <source>Välj en organisation i trädet för att sätta status (här visas en sammanvägning).</source>
        <translation>Choose an organisation in the tree to set a status (a combined view is shown here).</translation>
    </message>
    <message>
        <source>⚠ Status väljs med 0–5 (Enter skriver anteckningen). Text skrivs i Anteckning, Kompetens, Utbildad personal och Behov/brist.</source>
        <translation>⚠ Status is chosen with 0–5 (Enter writes the note). Text is written in Note, Competence, Trained staff and Need/gap.</translation>
    </message>
    <message>
        <source>⚠ Nivå väljs med 0–3 (F2 öppnar listan). Text skrivs i Anteckning, Kompetens, Utbildad personal och Behov/brist.</source>
        <translation>⚠ Level is chosen with 0–3 (F2 opens the list). Text is written in Note, Competence, Trained staff and Need/gap.</translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>Sparat: %1 (Ctrl+Z ångrar)</source>
        <translation>Saved: %1 (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Texten har ändrats sedan varningen; ta bort personnumret i den.</source>
        <translation>The text has changed since the warning; remove the identity number from it there.</translation>
    </message>
    <message>
        <source>Personnumret är borttaget (Ctrl+Z ångrar).</source>
        <translation>The identity number has been removed (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <source>Personuppgifter?</source>
        <translation>Personal data?</translation>
    </message>
    <message>
        <source>Texten ser ut att innehålla ett personnummer. Vårdfläta är ett verktyg på organisationsnivå: ta bort personuppgifter ur texten (Ctrl+Z ångrar).</source>
        <translation>The text seems to contain a Swedish personal identity number. Vårdfläta is a tool at the level of organisations: remove personal data from the text (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <source>&amp;Ta bort personnumret</source>
        <translation>&amp;Remove the identity number</translation>
    </message>
    <message>
        <source>&amp;Behåll texten</source>
        <translation>&amp;Keep the text</translation>
    </message>
    <message>
        <source>%1 – kartläggning</source>
        <translation>%1 – mapping</translation>
    </message>
    <message>
        <source>%1 – inomregionalt, sammanvägt</source>
        <translation>%1 – intra-regional, combined</translation>
    </message>
    <message>
        <source>%1 – hela länet, sammanvägt</source>
        <translation>%1 – whole county, combined</translation>
    </message>
    <message>
        <source>Arbetsytan är skadad</source>
        <translation>The workspace is damaged</translation>
    </message>
    <message>
        <source>Matrisen kan inte bli mindre här.</source>
        <translation>The matrix cannot get smaller here.</translation>
    </message>
    <message>
        <source>Metodlistan kan inte bli mindre här.</source>
        <translation>The method list cannot get smaller here.</translation>
    </message>
    <message>
        <source>Kunde inte återställa</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Återställd. Den tidigare versionen sparades som %1</source>
        <translation>Restored. The previous version was saved as %1</translation>
    </message>
    <message>
        <source> (skrivskyddad)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Om Vårdfläta</source>
        <translation>About Vårdfläta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vårdfläta %1&lt;/h3&gt;&lt;p&gt;Kartläggning och förbättringsarbete enligt de nationella riktlinjerna för missbruks- och beroendevården.&lt;/p&gt;&lt;p&gt;Allt sparas lokalt i arbetsytans fil. Programmet använder inget nätverk. Skriv inga personuppgifter.&lt;/p&gt;&lt;p&gt;Hjälp → Kortkommandon (F1) visar programmets tangenter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vårdfläta %1&lt;/h3&gt;&lt;p&gt;Mapping and improvement work following the national guidelines for addiction care.&lt;/p&gt;&lt;p&gt;Everything is saved locally in the workspace file. The program uses no network. Do not write any personal data.&lt;/p&gt;&lt;p&gt;Help → Keyboard shortcuts (F1) lists the program&apos;s keys.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Färg: andel i bruk av de kartlagda metoderna (ljus = få, mörk = många). Tangenter i metodlistan – %1   ·   Enter: anteckning   ·   Esc: tillbaka till matrisen</source>
        <translation>Colour: share in use of the mapped methods (light = few, dark = many). Keys in the method list – %1   ·   Enter: note   ·   Esc: back to the matrix</translation>
    </message>
    <message>
        <source>Fetstil: prioritet 1–3 i riktlinjerna</source>
        <translation>Bold: priority 1–3 in the guidelines</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Inga metoder</source>
        <translation>No methods</translation>
    </message>
    <message>
        <source>Ej aktuellt</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>1 metod</source>
        <translation>1 method</translation>
    </message>
    <message>
        <source>%1 metoder</source>
        <translation>%1 methods</translation>
    </message>
    <message>
        <source>Ej kartlagt</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Andel i bruk av de kartlagda: %1 av %2 (%3 %)</source>
        <translation>Share in use of those mapped: %1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>Ej kartlagt: %1 av %2 bedömningar (en per organisation och metod)</source>
        <translation>Not mapped: %1 of %2 assessments (one per organisation and method)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Ej kartlagt: %1</source>
        <translation>Not mapped: %1</translation>
    </message>
    <message>
        <source>%1 metoder, %2 organisationer</source>
        <translation>%1 methods, %2 organisations</translation>
    </message>
    <message>
        <source>I bruk räknas: %1</source>
        <translation>Counted as in use: %1</translation>
    </message>
</context>
<context>
    <name>MatrixPresentation</name>
    <message>
        <source>PgDn/PgUp: nästa/föregående · ←/→: ruta · 0–5: status · Enter: anteckning · P: parkera · T/R: tidtagning, +/−: minuter · Ctrl +/−: zooma · Esc: avsluta</source>
        <translation>PgDn/PgUp: next/previous · ←/→: cell · 0–5: status · Enter: note · P: park · T/R: timer, +/−: minutes · Ctrl +/−: zoom · Esc: leave</translation>
    </message>
    <message>
        <source>PgDn/PgUp: nästa/föregående · ←/→: ruta · P: parkera · T/R: tidtagning, +/−: minuter · Ctrl +/−: zooma · Esc: avsluta</source>
        <translation>PgDn/PgUp: next/previous · ←/→: cell · P: park · T/R: timer, +/−: minutes · Ctrl +/−: zoom · Esc: leave</translation>
    </message>
    <message>
        <source>Metoder i rutan</source>
        <translation>Methods in the cell</translation>
    </message>
    <message>
        <source>Kompetens, utbildad personal, behov och nivå</source>
        <translation>Competence, trained staff, need and level</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Kartläggningsmatrisen</source>
        <translation>The mapping matrix</translation>
    </message>
    <message>
        <source>PgDn går igenom rutorna en i taget.</source>
        <translation>PgDn goes through the cells one at a time.</translation>
    </message>
    <message>
        <source>Inga metoder i rutan</source>
        <translation>No methods in the cell</translation>
    </message>
    <message>
        <source>Ej aktuellt</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Ej kartlagt</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <source>%1 av %2 kartlagda metoder används (%3 %)</source>
        <translation>%1 of %2 mapped methods in use (%3%)</translation>
    </message>
    <message>
        <source>Används i %1 av %2 kartlagda fall – organisation och metod (%3 %)</source>
        <translation>In use in %1 of %2 mapped cases – organisation and method (%3%)</translation>
    </message>
    <message>
        <source>Ej kartlagt: %1</source>
        <translation>Not mapped: %1</translation>
    </message>
    <message>
        <source>Anteckningar skrivs för en organisation: tryck Esc, välj organisationen i trädet och tryck F11.</source>
        <translation>Notes are written for one organisation: press Esc, choose the organisation in the tree and press F11.</translation>
    </message>
    <message>
        <source>Rutan har inga metoder att skriva en anteckning till.</source>
        <translation>The cell has no methods to write a note for.</translation>
    </message>
    <message>
        <source>Ingen anteckning – Enter skriver en</source>
        <translation>No note – Enter writes one</translation>
    </message>
    <message>
        <source>Parkeringsplatsen</source>
        <translation>The parking lot</translation>
    </message>
    <message>
        <source>%1 parkerade kommentarer</source>
        <translation>%1 parked remarks</translation>
    </message>
    <message>
        <source>Välj en organisation och stega till en metod för att sätta status.</source>
        <translation>Choose an organisation and step to a method to set its status.</translation>
    </message>
    <message>
        <source>Stega till en metod (PageDown) för att sätta status.</source>
        <translation>Step to a method (PageDown) to set a status.</translation>
    </message>
    <message>
        <source>Arbetsytan är skrivskyddad.</source>
        <translation>The workspace is read-only.</translation>
    </message>
    <message>
        <source>Stega till en metod (PageDown) för att skriva en anteckning.</source>
        <translation>Step to a method (PageDown) to write a note.</translation>
    </message>
    <message>
        <source>Anteckningen innehåller ett personnummer, som syns medan du skriver. Ta bort det.</source>
        <translation>The note contains a personal identity number, which shows while you write. Remove it.</translation>
    </message>
    <message>
        <source>Enter: skriv en anteckning · P: parkera en kommentar</source>
        <translation>Enter: write a note · P: park a remark</translation>
    </message>
    <message>
        <source>P: parkera en kommentar</source>
        <translation>P: park a remark</translation>
    </message>
    <message>
        <source>Matrisen</source>
        <translation>The matrix</translation>
    </message>
    <message>
        <source>%1 org.</source>
        <translation>%1 orgs</translation>
    </message>
    <message>
        <source>Behov/brist</source>
        <translation>Need/gap</translation>
    </message>
    <message>
        <source>Ej ifyllt: %1</source>
        <translation>Not filled in: %1</translation>
    </message>
    <message>
        <source>Kompetens</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Utbildad personal</source>
        <translation>Trained staff</translation>
    </message>
    <message>
        <source>ej aktuellt: %1</source>
        <translation>not applicable: %1</translation>
    </message>
    <message>
        <source>ej kartlagt: %1</source>
        <translation>not mapped: %1</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Kartläggningsmatris</source>
        <translation>Mapping matrix</translation>
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <source>Hela länet: alla organisationer sammanvägda</source>
        <translation>Whole county: all organisations combined</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Regionens verksamheter</source>
        <translation>Region services</translation>
    </message>
    <message>
        <source>Utan område</source>
        <translation>Without area</translation>
    </message>
    <message>
        <source>Inomregionalt samverkansområde: %1</source>
        <translation>Intra-regional collaboration area: %1</translation>
    </message>
    <message>
        <source>Indelningen är obekräftad och kan ändras.</source>
        <translation>The division is unconfirmed and may change.</translation>
    </message>
    <message>
        <source> (avvecklad)</source>
        <translation> (retired)</translation>
    </message>
</context>
<context>
    <name>PgsaCycleDialog</name>
    <message>
        <source>PGSA-cykel – arbetsblad</source>
        <translation>PDSA cycle – worksheet</translation>
    </message>
    <message>
        <source>&amp;Namn på testet:</source>
        <translation>&amp;Name of the test:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Övergripande &amp;mål:</source>
        <translation>Overall ai&amp;m:</translation>
    </message>
    <message>
        <source>Förändrings&amp;idé:</source>
        <translation>Change &amp;idea:</translation>
    </message>
    <message>
        <source>Bygger på &amp;cykel:</source>
        <translation>&amp;Builds on cycle:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>S&amp;lut:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Planera</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>S&amp;yfte med testet:</source>
        <translation>&amp;Objective of the test:</translation>
    </message>
    <message>
        <source>Vad vill vi ta reda på?</source>
        <translation>What do we want to find out?</translation>
    </message>
    <message>
        <source>&amp;Frågor och förutsägelser:</source>
        <translation>&amp;Questions and predictions:</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Förutsägelse</source>
        <translation>Prediction</translation>
    </message>
    <message>
        <source>Lägg till fråga</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Ta bort fråga</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <source>Uppgift&amp;er:</source>
        <translation>Tas&amp;ks:</translation>
    </message>
    <message>
        <source>Mått som visar om förutsägelsen &amp;håller:</source>
        <translation>Measures that show whether the prediction &amp;holds:</translation>
    </message>
    <message>
        <source>Genomf&amp;ört som planerat?</source>
        <translation>Carried out as p&amp;lanned?</translation>
    </message>
    <message>
        <source>Problem och ov&amp;äntade händelser:</source>
        <translation>P&amp;roblems and unexpected events:</translation>
    </message>
    <message>
        <source>Nästa cy&amp;kel:</source>
        <translation>Next cy&amp;cle:</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Var</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Lägg till uppgift</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Ta bort uppgift</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>&amp;Data att samla in:</source>
        <translation>Data to co&amp;llect:</translation>
    </message>
    <message>
        <source>Vad mäts, hur och av vem?</source>
        <translation>What is measured, how and by whom?</translation>
    </message>
    <message>
        <source>&amp;Göra</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>&amp;Observationer:</source>
        <translation>&amp;Observations:</translation>
    </message>
    <message>
        <source>Vad hände? Vad observerade ni?</source>
        <translation>What happened? What did you observe?</translation>
    </message>
    <message>
        <source>St&amp;udera</source>
        <translation>St&amp;udy</translation>
    </message>
    <message>
        <source>&amp;Resultat jämfört med förutsägelserna:</source>
        <translation>&amp;Results compared with the predictions:</translation>
    </message>
    <message>
        <source>&amp;Vad lärde vi oss?</source>
        <translation>&amp;What did we learn?</translation>
    </message>
    <message>
        <source>&amp;Agera</source>
        <translation>&amp;Act</translation>
    </message>
    <message>
        <source>&amp;Beslut:</source>
        <translation>Decisi&amp;on:</translation>
    </message>
    <message>
        <source>Vad testar vi härnäst?</source>
        <translation>What do we test next?</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Presentationsläge</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Presentationsläge för projektor, helskärm (F11)</source>
        <translation>Presentation mode for a projector, full screen (F11)</translation>
    </message>
    <message>
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>PresentationBase</name>
    <message>
        <source>Presentationsläge</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Tidtagning</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Parkera en kommentar på parkeringsplatsen</source>
        <translation>Park a remark in the parking lot</translation>
    </message>
    <message>
        <source>Enter sparar · Esc avbryter</source>
        <translation>Enter saves · Esc cancels</translation>
    </message>
    <message>
        <source>Skriv kommentaren här</source>
        <translation>Type the remark here</translation>
    </message>
    <message>
        <source>Parkera en kommentar</source>
        <translation>Park a remark</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Ingen textruta är öppen – det du skriver sparas inte.</source>
        <translation>No text field is open – what you type is not kept.</translation>
    </message>
    <message>
        <source>Esc: bort med varningen</source>
        <translation>Esc: dismiss the warning</translation>
    </message>
    <message>
        <source>Parkerat: %1</source>
        <translation>Parked: %1</translation>
    </message>
    <message>
        <source>Tiden är ute</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Kvar %1</source>
        <translation>Left %1</translation>
    </message>
    <message>
        <source>Tid %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <source>Arbetsytan är skrivskyddad.</source>
        <translation>The workspace is read-only.</translation>
    </message>
    <message>
        <source>Det du skrev hamnade i parkeringsrutan: Enter parkerar det, Esc tar bort det.</source>
        <translation>What you typed went into the parking box: Enter parks it, Esc removes it.</translation>
    </message>
    <message>
        <source>Parkera: %1</source>
        <translation>Park: %1</translation>
    </message>
    <message>
        <source>Kommentaren kunde inte sparas</source>
        <translation>The remark could not be saved</translation>
    </message>
</context>
<context>
    <name>QuickCycleDialog</name>
    <message>
        <source>Ny PGSA-cykel</source>
        <translation>New PDSA cycle</translation>
    </message>
    <message>
        <source>Vad testar vi, och varför?</source>
        <translation>What are we testing, and why?</translation>
    </message>
    <message>
        <source>Vad tror vi händer?</source>
        <translation>What do we think will happen?</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Syfte:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>&amp;Förutsägelse:</source>
        <translation>&amp;Prediction:</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Aim:</translation>
    </message>
    <message>
        <source>M&amp;ått:</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <source>För&amp;ändringsidé:</source>
        <translation>Change &amp;idea:</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Start&amp;datum:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <source>Vad händer när vi testar?</source>
        <translation>What will happen when we test it?</translation>
    </message>
    <message>
        <source>&amp;Bygger på:</source>
        <translation>&amp;Builds on:</translation>
    </message>
    <message>
        <source>Skapa &amp;cykel</source>
        <translation>&amp;Create cycle</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(ingen – första cykeln)</source>
        <translation>(none – first cycle)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Nytt team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation>New aim</translation>
    </message>
    <message>
        <source>Nytt mått</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Ändra team</source>
        <translation>Change team</translation>
    </message>
    <message>
        <source>Ändra mål</source>
        <translation>Change aim</translation>
    </message>
    <message>
        <source>Ändra mått</source>
        <translation>Change measure</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>Mätvärde %1</source>
        <translation>Data point %1</translation>
    </message>
    <message>
        <source>Perioden %1 har inte börjat än (i dag är det %2). Stämmer perioden?</source>
        <translation>The period %1 has not begun yet (today is %2). Is the period right?</translation>
    </message>
    <message>
        <source>Ta bort mätvärde %1</source>
        <translation>Delete data point %1</translation>
    </message>
    <message>
        <source>Ändra diagrammet</source>
        <translation>Change the chart</translation>
    </message>
    <message>
        <source>Välj perioden där den nya delen börjar (efter ändringen).</source>
        <translation>Choose the period where the new part begins (after the change).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Matrisen (värmekarta)</source>
        <translation>The &amp;matrix (heat map)</translation>
    </message>
    <message>
        <source>Matrisen för varje orga&amp;nisation</source>
        <translation>The matrix for each &amp;organisation</translation>
    </message>
    <message>
        <source>&amp;Kompetenser och brister per behovsområde</source>
        <translation>Competences and gaps per area of nee&amp;d</translation>
    </message>
    <message>
        <source>Förbättringsområ&amp;den</source>
        <translation>&amp;Improvement areas</translation>
    </message>
    <message>
        <source>Metoderna med &amp;anteckningar</source>
        <translation>The methods with &amp;notes</translation>
    </message>
    <message>
        <source>&amp;Förbättringsarbete och PGSA-cykler</source>
        <translation>Improvement wor&amp;k and PDSA cycles</translation>
    </message>
    <message>
        <source>D&amp;iagram över måtten</source>
        <translation>C&amp;harts of the measures</translation>
    </message>
    <message>
        <source>&amp;Uppföljning enligt överenskommelsen</source>
        <translation>&amp;Follow-up according to the agreement</translation>
    </message>
    <message>
        <source>Öppna a&amp;vvikelser</source>
        <translation>Open de&amp;viations</translation>
    </message>
    <message>
        <source>Samlar kartläggningen …</source>
        <translation>Gathering the mapping …</translation>
    </message>
    <message>
        <source>Samlar förbättringsarbetet …</source>
        <translation>Gathering the improvement work …</translation>
    </message>
    <message>
        <source>Ritar diagrammen …</source>
        <translation>Drawing the charts …</translation>
    </message>
    <message>
        <source>Bygger rapporten …</source>
        <translation>Building the report …</translation>
    </message>
    <message>
        <source>Sätter sidorna …</source>
        <translation>Laying out the pages …</translation>
    </message>
    <message>
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Skriver bedömningar …</source>
        <translation>Writing assessments …</translation>
    </message>
    <message>
        <source>Skriver förbättringsområden …</source>
        <translation>Writing improvement areas …</translation>
    </message>
    <message>
        <source>Skriver mått och mätvärden …</source>
        <translation>Writing measures and measurements …</translation>
    </message>
    <message>
        <source>Skriver pgsa-cykler …</source>
        <translation>Writing PDSA cycles …</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <source>Tecken som inget typsnitt på datorn har skrivs som �: %1 – %2</source>
        <translation>Characters no font on this computer has are printed as �: %1 – %2</translation>
    </message>
    <message>
        <source>Tecken som inget typsnitt på datorn har skrivs som �: %1</source>
        <translation>Characters no font on this computer has are printed as �: %1</translation>
    </message>
    <message>
        <source>… och %1 ställen till med tecken som inget typsnitt på datorn har.</source>
        <translation>… and %1 more places with characters no font on this computer has.</translation>
    </message>
    <message>
        <source>Rapporter och export</source>
        <translation>Reports and export</translation>
    </message>
    <message>
        <source>Länsrapport (PDF)</source>
        <translation>County report (PDF)</translation>
    </message>
    <message>
        <source>Organisationsrapport (PDF)</source>
        <translation>Organisation report (PDF)</translation>
    </message>
    <message>
        <source>Teamrapport – förbättringsarbete (PDF)</source>
        <translation>Team report – improvement work (PDF)</translation>
    </message>
    <message>
        <source>PGSA-blanketter (PDF)</source>
        <translation>PDSA forms (PDF)</translation>
    </message>
    <message>
        <source>CSV-filer för Excel</source>
        <translation>CSV files for Excel</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Inga förbättringsteam ännu</source>
        <translation>No improvement teams yet</translation>
    </message>
    <message>
        <source>Tom blankett att &amp;fylla i för hand</source>
        <translation>&amp;Blank form to fill in by hand</translation>
    </message>
    <message>
        <source>&amp;Bläddra…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>PDF-rapporterna skrivs på svenska.</source>
        <translation>The PDF reports are written in Swedish.</translation>
    </message>
    <message>
        <source>&amp;Rapport:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Omfattning:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Cykel:</source>
        <translation>C&amp;ycle:</translation>
    </message>
    <message>
        <source>S&amp;para som:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>En eller två sidor på vanlig svenska först i rapporten: hur långt kartläggningen har kommit, andelen metoder i bruk, det starkaste och svagaste i matrisen, förbättringsområdena och förbättringsarbetet.</source>
        <translation>One or two pages of plain Swedish first in the report: how far the mapping has come, the share of methods in use, the strongest and weakest of the matrix, the improvement areas and the improvement work.</translation>
    </message>
    <message>
        <source>Kort version (för politiker och st&amp;yrgrupp)</source>
        <translation>Shor&amp;t version (for politicians and the steering group)</translation>
    </message>
    <message>
        <source>Bara Sammanfattning: försättsbladet och en eller två sidor på vanlig svenska.</source>
        <translation>Summary only: the cover and one or two pages of plain Swedish.</translation>
    </message>
    <message>
        <source>He&amp;la rapporten</source>
        <translation>Fu&amp;ll report</translation>
    </message>
    <message>
        <source>Kryssar i alla delar.</source>
        <translation>Ticks every part.</translation>
    </message>
    <message>
        <source>Kryssa i minst en del under Ta med.</source>
        <translation>Tick at least one part under Include.</translation>
    </message>
    <message>
        <source>&amp;Öppna PDF:en när den är klar</source>
        <translation>Open the &amp;PDF when it is ready</translation>
    </message>
    <message>
        <source>&amp;Skapa</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Gå och rätta</source>
        <translation>&amp;Go and correct</translation>
    </message>
    <message>
        <source>Skapa &amp;ändå</source>
        <translation>Cr&amp;eate anyway</translation>
    </message>
    <message>
        <source>PGSA-cykel</source>
        <translation>PDSA cycle</translation>
    </message>
    <message>
        <source>Sammanfa&amp;ttning</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>Alla cykler i omfattningen</source>
        <translation>All cycles in the scope</translation>
    </message>
    <message>
        <source>Spara som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Möjliga personnummer</source>
        <translation>Possible personal identity numbers</translation>
    </message>
    <message>
        <source>Texten nedan ser ut att innehålla personnummer. Vårdfläta ska bara innehålla uppgifter på organisationsnivå. Rätta texten, eller skapa ändå om det inte är personnummer.</source>
        <translation>The text below seems to contain personal identity numbers. Vårdfläta should only hold data at the level of organisations. Correct the text, or create anyway if they are not personal identity numbers.</translation>
    </message>
    <message>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Samverkansområde %1</source>
        <translation>Collaboration area %1</translation>
    </message>
    <message>
        <source>Områdesrapport (PDF)</source>
        <translation>Area report (PDF)</translation>
    </message>
    <message>
        <source>Välj mapp</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Spara rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Mappen finns inte: %1</source>
        <translation>The folder does not exist: %1</translation>
    </message>
    <message>
        <source>Kontrollerar att inga personnummer finns i texten …</source>
        <translation>Checking that the text holds no personal identity numbers …</translation>
    </message>
    <message>
        <source>Mappen har redan CSV-filer från en tidigare export: %1. Vill du ersätta dem?</source>
        <translation>The folder already has CSV files from an earlier export: %1. Do you want to replace them?</translation>
    </message>
    <message>
        <source>Filen finns redan: %1. Vill du ersätta den?</source>
        <translation>The file already exists: %1. Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Ersätt</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ett möjligt personnummer hittades.</source>
        <translation>One possible personal identity number was found.</translation>
    </message>
    <message>
        <source>%1 möjliga personnummer hittades.</source>
        <translation>%1 possible personal identity numbers were found.</translation>
    </message>
    <message>
        <source>Inget har skrivits.</source>
        <translation>Nothing has been written.</translation>
    </message>
    <message>
        <source>Klart: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>PDF:en kunde inte öppnas: datorn har inget program som visar PDF-filer. Öppna filen från mappen ovan.</source>
        <translation>The PDF could not be opened: this computer has no program that shows PDF files. Open the file from the folder above.</translation>
    </message>
    <message>
        <source>Kunde inte skapa: %1</source>
        <translation>Could not create: %1</translation>
    </message>
    <message>
        <source>Avbröts. Ingen fil skrevs.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>&amp;Länsrapport (PDF)…</source>
        <translation>&amp;County report (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Organisationsrapport (PDF)…</source>
        <translation>&amp;Organisation report (PDF)…</translation>
    </message>
    <message>
        <source>&amp;PGSA-blankett (PDF)…</source>
        <translation>&amp;PDSA form (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Teamrapport (PDF)…</source>
        <translation>&amp;Team report (PDF)…</translation>
    </message>
    <message>
        <source>Exportera &amp;CSV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
</context>
<context>
    <name>ReportWorker</name>
    <message>
        <source>Filen kan inte skrivas (saknar behörighet): %1</source>
        <translation>The file cannot be written (no permission): %1</translation>
    </message>
    <message>
        <source>Filen kan inte skrivas: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>Rapporten kunde inte skapas: %1</source>
        <translation>The report could not be created: %1</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Datum (ÅÅÅÅ-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Lärandeseminarier</source>
        <translation>Learning sessions</translation>
    </message>
    <message>
        <source>Lägg &amp;till seminarium</source>
        <translation>&amp;Add session</translation>
    </message>
    <message>
        <source>Ta bort seminariet</source>
        <translation>Remove the session</translation>
    </message>
    <message>
        <source>Lärandeseminarium %1</source>
        <translation>Learning session %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Ctrl+Skift+1</source>
        <translation>Ctrl+Shift+1</translation>
    </message>
    <message>
        <source>Ctrl+Skift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Skift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>En minut mer / mindre</source>
        <translation>One minute more / less</translation>
    </message>
    <message>
        <source>Flytta mellan metoderna och kolumnerna</source>
        <translation>Move between the methods and the columns</translation>
    </message>
    <message>
        <source>Flytta mellan rutorna</source>
        <translation>Move between the cells</translation>
    </message>
    <message>
        <source>Förbättringsarbete</source>
        <translation>Improvement work</translation>
    </message>
    <message>
        <source>Gå ner till rutans metoder</source>
        <translation>Go down to the cell&apos;s methods</translation>
    </message>
    <message>
        <source>Gå till organisationerna / matrisen / metoderna</source>
        <translation>Go to the organisations / the matrix / the methods</translation>
    </message>
    <message>
        <source>Hoppa till organisationen, även i ett stängt område</source>
        <translation>Jump to the organisation, also inside a closed area</translation>
    </message>
    <message>
        <source>I PGSA-loggen: öppna cykelns arbetsblad</source>
        <translation>In the PDSA log: open the cycle&apos;s worksheet</translation>
    </message>
    <message>
        <source>I mätvärdena: klistra in från Excel eller en textfil. Rader med perioden först (period, värde eller täljare och nämnare, anteckning) skriver de perioderna; bara värden fyller kolumnerna från den markerade rutan, period efter period. Ett fel på en rad: inget klistras in. Ctrl+Z ångrar hela inklistringen</source>
        <translation>In the measurements: paste from Excel or a text file. Lines that begin with the period (period, value or numerator and denominator, note) write those periods; values alone fill the columns from the selected cell, period after period. One wrong line: nothing is pasted. Ctrl+Z undoes the whole paste</translation>
    </message>
    <message>
        <source>I mätvärdena: kopiera de markerade rutorna (Skift+piltangenter markerar) som tabbavgränsad text, med decimalkomma, till Excel</source>
        <translation>In the measurements: copy the selected cells (Shift+arrow keys select) as tab-separated text, with the decimal sign shown, for Excel</translation>
    </message>
    <message>
        <source>I mätvärdena: nästa / föregående ruta; efter den sista rutan (före den första) ut ur tabellen</source>
        <translation>In the data: next / previous cell; after the last cell (before the first) out of the table</translation>
    </message>
    <message>
        <source>I mätvärdena: redigera rutan (värdet står kvar, markerat)</source>
        <translation>In the data: edit the cell (the value stays, selected)</translation>
    </message>
    <message>
        <source>I mätvärdena: spara och gå till nästa period (efter Tab: i kolumnen där du började)</source>
        <translation>In the data: save and go to the next period (after Tab: in the column where you started)</translation>
    </message>
    <message>
        <source>I mätvärdena: ta bort periodens mätvärde, hela raden (i en andel både täljare och nämnare); i anteckningen: töm bara anteckningen; Ctrl+Z ångrar</source>
        <translation>In the data: delete the period&apos;s measurement, the whole row (for a proportion both numerator and denominator); on the note: empty only the note; Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Lämna presentationsläget</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>Matrisen</source>
        <translation>The matrix</translation>
    </message>
    <message>
        <source>Mellanslag / F2</source>
        <translation>Space / F2</translation>
    </message>
    <message>
        <source>Menyn, fliken eller knappen med den understrukna bokstaven</source>
        <translation>The menu, tab or button with the underlined letter</translation>
    </message>
    <message>
        <source>Metodlistan</source>
        <translation>The method list</translation>
    </message>
    <message>
        <source>Alt+G / Alt+P / Alt+S / Alt+C</source>
        <translation>Alt+U / Alt+Y / Alt+C / Alt+I</translation>
    </message>
    <message>
        <source>Ctrl+S / Ctrl+Enter</source>
        <translation>Ctrl+S / Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Skift+Upp / Ned</source>
        <translation>Ctrl+Shift+Up / Down</translation>
    </message>
    <message>
        <source>Fler metoder och mindre matris / större matris (även i metodlistan)</source>
        <translation>More methods and a smaller matrix / a larger matrix (in the method list too)</translation>
    </message>
    <message>
        <source>Förbättringsområden</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>I arbetsbladet: spara, från vilket fält som helst</source>
        <translation>In the worksheet: save, from any field</translation>
    </message>
    <message>
        <source>I arbetsbladet: spara; i en lista: öppna den och välj; i frågorna och uppgifterna: spara rutan</source>
        <translation>In the worksheet: save; in a list: open it and choose; in the questions and tasks: save the cell</translation>
    </message>
    <message>
        <source>I arbetsbladets frågor och uppgifter: redigera rutan (texten står kvar); i en lista med kryssrutor (teamets organisationer): kryssa i eller ur, även direkt efter att ha skrivit början av ett namn</source>
        <translation>In the worksheet&apos;s questions and tasks: edit the cell (its text kept); in a list of check boxes (the team&apos;s organisations): check or uncheck, also right after typing the start of a name</translation>
    </message>
    <message>
        <source>I en textkolumn: ersätt rutans text (Esc: behåll den)</source>
        <translation>In a text column: replace the cell&apos;s text (Esc: keep it)</translation>
    </message>
    <message>
        <source>I kolumnen nivå: ingen, lokalt, inomregionalt, länsövergripande</source>
        <translation>In the level column: none, local, intra-regional, county-wide</translation>
    </message>
    <message>
        <source>I mätvärdena, PGSA-loggen och flikarnas tabeller: tillbaka till listan med team, mål och mått</source>
        <translation>In the measurements, the PDSA cycle log and the tabs&apos; tables: back to the list of teams, aims and measures</translation>
    </message>
    <message>
        <source>Mellanslag</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Ny PGSA-cykel med startdatum (Ctrl+Enter skapar den)</source>
        <translation>New PDSA cycle with its start date (Ctrl+Enter creates it)</translation>
    </message>
    <message>
        <source>Ny arbetsyta / öppna en arbetsyta</source>
        <translation>New workspace / open a workspace</translation>
    </message>
    <message>
        <source>Ny rad i texten</source>
        <translation>New line in the text</translation>
    </message>
    <message>
        <source>När fliken Förbättringsarbete visas (Alt+F): fliken och in i den: mätvärdena (Alt+E: teamet), PGSA-loggen, förändringsidéerna, framstegen</source>
        <translation>With the Improvement work tab shown: the tab, and into it: the measurements (or the team summary), the PDSA cycle log, the change ideas, the progress</translation>
    </message>
    <message>
        <source>Nästa / föregående ruta, metod eller mått</source>
        <translation>Next / previous cell, method or measure</translation>
    </message>
    <message>
        <source>Organisationsträdet</source>
        <translation>The organisation tree</translation>
    </message>
    <message>
        <source>Parkera en fråga till senare</source>
        <translation>Park a question for later</translation>
    </message>
    <message>
        <source>Piltangenter</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Presentationsläge</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Redigera rutan</source>
        <translation>Edit the cell</translation>
    </message>
    <message>
        <source>Ruta</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Skift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Skriv</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Skriv en anteckning</source>
        <translation>Write a note</translation>
    </message>
    <message>
        <source>Skriv en anteckning (i en textkolumn: redigera rutan)</source>
        <translation>Write a note (in a text column: edit the cell)</translation>
    </message>
    <message>
        <source>Skriv ett namn</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Starta eller stoppa tidtagningen / nollställ den</source>
        <translation>Start or stop the timer / reset it</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Större / mindre / vanlig text</source>
        <translation>Larger / smaller / normal text</translation>
    </message>
    <message>
        <source>Synkronisera med synkmappen</source>
        <translation>Sync with the sync folder</translation>
    </message>
    <message>
        <source>Sätt status på metoden</source>
        <translation>Set the method&apos;s status</translation>
    </message>
    <message>
        <source>Sätt status: %1</source>
        <translation>Set the status: %1</translation>
    </message>
    <message>
        <source>Tab / Skift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Tillbaka till matrisen</source>
        <translation>Back to the matrix</translation>
    </message>
    <message>
        <source>Ut ur mätvärdena direkt: framåt till Dela här, bakåt till diagramvalen (Baslinje, IHI:s regler, Diagram) och vidare till trädet</source>
        <translation>Straight out of the data: forward to Split here, back to the chart options (Baseline, IHI rules, Chart) and on to the tree</translation>
    </message>
    <message>
        <source>Visa eller dölj organisationsträdet</source>
        <translation>Show or hide the organisation tree</translation>
    </message>
    <message>
        <source>bokstav</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>Ångra / gör om (och visa det som ändras)</source>
        <translation>Undo / redo (and show what changes)</translation>
    </message>
    <message>
        <source>Öppna det valda förbättringsområdet för att ändra det</source>
        <translation>Open the chosen improvement area to change it</translation>
    </message>
    <message>
        <source>Överallt</source>
        <translation>Everywhere</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Säkerhetskopierar arbetsytan</source>
        <translation>Backing up the workspace</translation>
    </message>
    <message>
        <source>Läser och kontrollerar paketet</source>
        <translation>Reading and checking the package</translation>
    </message>
    <message>
        <source>Tillämpar ändringarna</source>
        <translation>Applying the changes</translation>
    </message>
    <message>
        <source>Sparar ändringarna</source>
        <translation>Saving the changes</translation>
    </message>
    <message>
        <source>Bygger posterna</source>
        <translation>Building the records</translation>
    </message>
    <message>
        <source>Letar efter konflikter</source>
        <translation>Looking for conflicts</translation>
    </message>
    <message>
        <source>Skriver det egna paketet</source>
        <translation>Writing this copy&apos;s package</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Läser %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Importera synkpaket</source>
        <translation>Import sync package</translation>
    </message>
    <message>
        <source>Välj synkmapp</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <source>Synkmapp: %1</source>
        <translation>Sync folder: %1</translation>
    </message>
    <message>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Synkmapp: %1 – F5 synkroniserar med den.</source>
        <translation>Sync folder: %1 – F5 syncs with it.</translation>
    </message>
    <message>
        <source>Den här kopians namn</source>
        <translation>The name of this copy</translation>
    </message>
    <message>
        <source>Den här kopians &amp;namn:</source>
        <translation>This copy&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Visas för de andra kopiorna, t.ex. i deras konfliktlista. Ge kopian ett namn som de känner igen, t.ex. ”Luleå – samordnarens dator”; annars heter den som datorn (%1).</source>
        <translation>Shown to the other copies, e.g. in their list of conflicts. Give this copy a name they recognise, e.g. “Luleå – coordinator&apos;s laptop”; otherwise it is named after the computer (%1).</translation>
    </message>
    <message>
        <source>Visas för de andra kopiorna, t.ex. i deras konfliktlista.</source>
        <translation>Shown to the other copies, e.g. in their list of conflicts.</translation>
    </message>
    <message>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Synkroniserar …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Synkronisera</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Granska &amp;konflikter…</source>
        <translation>Review &amp;conflicts…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Läser och kontrollerar …</source>
        <translation>Reading and checking …</translation>
    </message>
    <message>
        <source>Synkmappen finns inte eller går inte att nå: %1</source>
        <translation>The sync folder does not exist or cannot be reached: %1</translation>
    </message>
    <message>
        <source>Inga nya paket från andra kopior. Ditt eget paket skrivs så att de andra får dina ändringar.</source>
        <translation>No new packages from other copies. Your own package is written so that the others get your changes.</translation>
    </message>
    <message>
        <source>%1: kan inte läsas – %2</source>
        <translation>%1: cannot be read – %2</translation>
    </message>
    <message>
        <source>Från %1 (exporterat %2), fil %3</source>
        <translation>From %1 (exported %2), file %3</translation>
    </message>
    <message>
        <source>Paketet kommer från den här kopian; inget att göra.</source>
        <translation>The package comes from this copy; nothing to do.</translation>
    </message>
    <message>
        <source>Paketet bygger på ändringar som saknas här. Importera äldre paket först, eller be om ett fullständigt paket.</source>
        <translation>The package builds on changes that are missing here. Import older packages first, or ask for a full package.</translation>
    </message>
    <message>
        <source>Inget nytt: allt i paketet finns redan här.</source>
        <translation>Nothing new: everything in the package is already here.</translation>
    </message>
    <message>
        <source>1 ny ändring av %2 i paketet.</source>
        <translation>1 new change of %2 in the package.</translation>
    </message>
    <message>
        <source>%1 nya ändringar av %2 i paketet.</source>
        <translation>%1 new changes of %2 in the package.</translation>
    </message>
    <message>
        <source>Varning: avsändarens klocka går %1 timmar före. Ändringar som vinner på grund av det visas som konflikter.</source>
        <translation>Warning: the sender&apos;s clock is %1 hours ahead. Changes that win because of it are shown as conflicts.</translation>
    </message>
    <message>
        <source>Säkerhetskopierar och läser in …</source>
        <translation>Backing up and reading in …</translation>
    </message>
    <message>
        <source>Väntar på äldre ändringar: %1</source>
        <translation>Waiting for older changes: %1</translation>
    </message>
    <message>
        <source>Säkerhetskopia före importen: %1</source>
        <translation>Backup before the import: %1</translation>
    </message>
    <message>
        <source>Inget ändrades. %1</source>
        <translation>Nothing was changed. %1</translation>
    </message>
    <message>
        <source>Synkroniseringen avbröts: %1 Paket som redan lästs in finns kvar.</source>
        <translation>The sync was interrupted: %1 Packages already read in are kept.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Det egna paketet kunde inte skrivas: %1</source>
        <translation>This copy&apos;s package could not be written: %1</translation>
    </message>
    <message>
        <source>Eget paket oförändrat.</source>
        <translation>This copy&apos;s package is unchanged.</translation>
    </message>
    <message>
        <source>Eget paket skrivet, ändringar: %1.</source>
        <translation>This copy&apos;s package written, changes: %1.</translation>
    </message>
    <message>
        <source>&amp;Exportera synkpaket…</source>
        <translation>&amp;Export sync package…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – konflikt</source>
        <translation>%1 – conflict</translation>
    </message>
    <message>
        <source>%1 – skrivet på %2</source>
        <translation>%1 – written on %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Importera synkpaket…</source>
        <translation>&amp;Import sync package…</translation>
    </message>
    <message>
        <source>&amp;Konflikter (%1)…</source>
        <translation>&amp;Conflicts (%1)…</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Välj synkmapp…</source>
        <translation>C&amp;hoose sync folder…</translation>
    </message>
    <message>
        <source>Det här ändras:</source>
        <translation>What changes:</translation>
    </message>
    <message>
        <source>Importen ger %1 konflikter att granska efteråt (Arkiv → Synkronisering → Konflikter).</source>
        <translation>The import makes %1 conflicts to review afterwards (File → Sync → Conflicts).</translation>
    </message>
    <message>
        <source>Importen ger 1 konflikt att granska efteråt (Arkiv → Synkronisering → Konflikter).</source>
        <translation>The import makes 1 conflict to review afterwards (File → Sync → Conflicts).</translation>
    </message>
    <message>
        <source>Importen ger inga konflikter.</source>
        <translation>The import makes no conflicts.</translation>
    </message>
    <message>
        <source>Inget nytt från %1: allt fanns redan här.</source>
        <translation>Nothing new from %1: everything was here already.</translation>
    </message>
    <message>
        <source>Konflikter att granska: %1.</source>
        <translation>Conflicts to review: %1.</translation>
    </message>
    <message>
        <source>Nya ändringar från %1: %2 (%3).</source>
        <translation>New changes from %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Paket med nytt: %1, nya ändringar: %2.</source>
        <translation>Packages with news: %1, new changes: %2.</translation>
    </message>
    <message>
        <source>Paket som inte kunde läsas: %1.</source>
        <translation>Packages that could not be read: %1.</translation>
    </message>
    <message>
        <source>Paket som väntar på äldre ändringar: %1. Det som saknas kommer med de andra kopiornas nästa synkronisering.</source>
        <translation>Packages waiting for older changes: %1. What is missing comes with the other copies&apos; next synchronisation.</translation>
    </message>
    <message>
        <source>Poster som berörs: %1.</source>
        <translation>Records affected: %1.</translation>
    </message>
    <message>
        <source>Starta en &amp;ny kopia från ett synkpaket…</source>
        <translation>Start a &amp;new copy from a sync package…</translation>
    </message>
    <message>
        <source>Synkronisera med &amp;mapp…</source>
        <translation>Sync with &amp;folder…</translation>
    </message>
    <message>
        <source>Varning: avsändarens klocka går %1 dagar före. Ändringar som vinner på grund av det visas som konflikter.</source>
        <translation>Warning: the sender&apos;s clock is %1 days ahead. Changes that win because of it are shown as conflicts.</translation>
    </message>
    <message>
        <source>andra uppgifter</source>
        <translation>other details</translation>
    </message>
    <message>
        <source>avvecklad</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>och %1 till.</source>
        <translation>and %1 more.</translation>
    </message>
    <message>
        <source>återställd</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>återtagen</source>
        <translation>reinstated</translation>
    </message>
    <message>
        <source>Paketet kommer från den här kopian; inget att importera.</source>
        <translation>The package comes from this copy; nothing to import.</translation>
    </message>
</context>
<context>
    <name>TeamOverview</name>
    <message>
        <source>Arbetsperiod %1</source>
        <translation>Action period %1</translation>
    </message>
    <message>
        <source>Genombrottsmetodens tidslinje</source>
        <translation>The Breakthrough timeline</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Lärandeseminarier och arbetsperioder</source>
        <translation>Learning sessions and action periods</translation>
    </message>
    <message>
        <source>Ändra teamet och dess &amp;lärandeseminarier…</source>
        <translation>Edit the team and its &amp;learning sessions…</translation>
    </message>
    <message>
        <source>Välj ett mått i listan till vänster för dess mätvärden och diagram, eller lägg till ett.</source>
        <translation>Choose a measure in the list on the left for its data and chart, or add one.</translation>
    </message>
    <message>
        <source>Inget team valt</source>
        <translation>No team chosen</translation>
    </message>
    <message>
        <source>Lägg till ett förbättringsteam med Nytt team…</source>
        <translation>Add an improvement team with New team…</translation>
    </message>
    <message>
        <source>pågår nu</source>
        <translation>now</translation>
    </message>
    <message>
        <source>klar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>kommande</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Organisationer:</source>
        <translation>Organisations:</translation>
    </message>
    <message>
        <source>Mål:</source>
        <translation>Aim:</translation>
    </message>
    <message>
        <source>till %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Mått: %1 · PGSA-cykler: %2 · Förändringsidéer: %3</source>
        <translation>Measures: %1 · PDSA cycles: %2 · Change ideas: %3</translation>
    </message>
    <message>
        <source>Inga lärandeseminarier inlagda ännu: lägg till dem med knappen nedan.</source>
        <translation>No learning sessions entered yet: add them with the button below.</translation>
    </message>
    <message>
        <source>Nu (%1): förberedelse inför %2 den %3.</source>
        <translation>Now (%1): preparing for %2 on %3.</translation>
    </message>
    <message>
        <source>Nu (%1): efter det sista lärandeseminariet (%2, %3) – teamet arbetar vidare på egen hand.</source>
        <translation>Now (%1): after the last learning session (%2, %3) – the team carries on by itself.</translation>
    </message>
    <message>
        <source>Nu (%1): %2, i dag.</source>
        <translation>Now (%1): %2, today.</translation>
    </message>
    <message>
        <source>Nu (%1): %2, från %3 till %4.</source>
        <translation>Now (%1): %2, from %3 to %4.</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>(nu)</source>
        <translation>(now)</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>d</name>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Organisationer:</source>
        <translation>&amp;Organisations:</translation>
    </message>
    <message>
        <source>&amp;Lärandeseminarier:</source>
        <translation>&amp;Learning sessions:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Vad vill vi åstadkomma?</source>
        <translation>&amp;What are we trying to accomplish?</translation>
    </message>
    <message>
        <source>&amp;Hur mycket?</source>
        <translation>&amp;How much?</translation>
    </message>
    <message>
        <source>t.ex. 80 % inom 30 dagar</source>
        <translation>e.g. 80 % within 30 days</translation>
    </message>
    <message>
        <source>&amp;Till när?</source>
        <translation>&amp;By when?</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>(inget mål)</source>
        <translation>(no aim)</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Aim:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Uppföljning i överenskommelsen:</source>
        <translation>Follo&amp;w-up in the agreement:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>t.ex. dagar</source>
        <translation>e.g. days</translation>
    </message>
    <message>
        <source>Må&amp;lvärde:</source>
        <translation>Target va&amp;lue:</translation>
    </message>
    <message>
        <source>valfritt; andel som 0,8</source>
        <translation>optional; a proportion as 0.8</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>Operationell definition: vad räknas, hur, var ifrån?</source>
        <translation>Operational definition: what is counted, how, from where?</translation>
    </message>
    <message>
        <source>Definiti&amp;on:</source>
        <translation>Definiti&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Poäng (IHI-skalan):</source>
        <translation>&amp;Score (IHI scale):</translation>
    </message>
    <message>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Idé:</source>
        <translation>&amp;Idea:</translation>
    </message>
    <message>
        <source>Rutor i matrisen</source>
        <translation>Cells of the matrix</translation>
    </message>
    <message>
        <source>&amp;Rutor i matrisen:</source>
        <translation>&amp;Cells of the matrix:</translation>
    </message>
    <message>
        <source>(borttaget förbättringsområde)</source>
        <translation>(removed improvement area)</translation>
    </message>
    <message>
        <source>Förbättringsområden</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>&amp;Förbättringsområden:</source>
        <translation>&amp;Improvement areas:</translation>
    </message>
    <message>
        <source>&amp;Avvikelse:</source>
        <translation>&amp;Deviation:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Rapporterad:</source>
        <translation>&amp;Reported:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Å&amp;tgärd:</source>
        <translation>A&amp;ction:</translation>
    </message>
</context>
</TS>
