"""English for the Swedish source strings, used by tools/update_translations.py to
complete resources/vardflata_en.ts (Qt Linguist works on the .ts as well).

Domain terms follow shared/domain: kartläggning → mapping, förbättringsområde →
improvement area, förbättringsarbete → improvement work, PGSA → PDSA,
inomregionalt → intra-regional, länsövergripande → county-wide,
lärandeseminarium → learning session, avveckla → retire.
"""

EN = {
    "Tips: Visa → Organisationsträdet (Ctrl+Skift+1) döljer trädet och ger matrisen plats.":
        "Tip: View → Organisation tree (Ctrl+Shift+1) hides the tree and gives the matrix room.",
    "Organisations&trädet": "Organisation &tree",
    # The sync dialog's summary of an import or folder sync
    "Det egna paketet kunde inte skrivas: %1": "This copy's package could not be written: %1",
    "Eget paket oförändrat.": "This copy's package is unchanged.",
    "Eget paket skrivet, ändringar: %1.": "This copy's package written, changes: %1.",
    "Inget nytt från %1: allt fanns redan här.": "Nothing new from %1: everything was here already.",
    "Konflikter att granska: %1.": "Conflicts to review: %1.",
    "Nya ändringar från %1: %2 (%3).": "New changes from %1: %2 (%3).",
    "Paket med nytt: %1, nya ändringar: %2.": "Packages with news: %1, new changes: %2.",
    "Paket som inte kunde läsas: %1.": "Packages that could not be read: %1.",
    "Paket som väntar på äldre ändringar: %1.": "Packages waiting for older changes: %1.",
    "Paketet kommer från den här kopian; inget att importera.":
        "The package comes from this copy; nothing to import.",
    "Varning: avsändarens klocka går mer än ett dygn före.":
        "Warning: the sender's clock is more than a day ahead.",
    # Sync progress (app.core.sync_*), shown by the sync dialog
    "Säkerhetskopierar arbetsytan": "Backing up the workspace",
    "Läser och kontrollerar paketet": "Reading and checking the package",
    "Tillämpar ändringarna": "Applying the changes",
    "Sparar ändringarna": "Saving the changes",
    "Bygger posterna": "Building the records",
    "Letar efter konflikter": "Looking for conflicts",
    "Skriver det egna paketet": "Writing this copy's package",
    "Klart": "Done",
    "Läser %1": "Reading %1",
    # The core's choice tables (app.core.improvement, app.core.model), context Domain
    "Resultatmått": "Outcome measure",
    "Processmått": "Process measure",
    "Balansmått": "Balancing measure",
    "Antal": "Count",
    "Andel (täljare/nämnare)": "Proportion (numerator/denominator)",
    "Medelvärde": "Mean",
    "Tid": "Time",
    "Högre är bättre": "Higher is better",
    "Lägre är bättre": "Lower is better",
    "Varje vecka": "Weekly",
    "Varje månad": "Monthly",
    "Varje kvartal": "Quarterly",
    "Planering": "Planning",
    "Genomförande": "Implementation",
    "Utveckling": "Development",
    "Seriediagram": "Run chart",
    "I-diagram (styrdiagram)": "I chart (control chart)",
    "P-diagram (andelar)": "P chart (proportions)",
    "Anhøjs regler": "Anhøj's rules",
    "Planera": "Plan",
    "Göra": "Do",
    "Studera": "Study",
    "Agera": "Act",
    "Avslutad": "Completed",
    "Anta": "Adopt",
    "Anpassa": "Adapt",
    "Avbryta": "Abandon",
    "Avsikt att delta": "Intent to participate",
    "Team bildat": "Team formed",
    "Planering påbörjad": "Planning begun",
    "Aktivitet, inga förändringar": "Activity, but no changes",
    "Förändringar testade, ingen förbättring": "Changes tested, but no improvement",
    "Måttlig förbättring": "Modest improvement",
    "Förbättring": "Improvement",
    "Betydande förbättring": "Significant improvement",
    "Hållbar förbättring": "Sustainable improvement",
    "Enastående hållbara resultat": "Outstanding sustainable results",
    "Åtgärdas": "Being corrected",
    "Pågår": "In progress",
    "Öppen": "Open",
    # Backups
    "Säkerhetskopior": "Backups",
    "Vårdfläta sparar automatiskt säkerhetskopior av %1 i mappen %2.\nVälj en för att "
    "återställa den. Den nuvarande versionen sparas först.":
        "Vårdfläta automatically keeps backups of %1 in the folder %2.\nChoose one to "
        "restore it. The current version is saved first.",
    "%1   (%2 kB)": "%1   (%2 kB)",
    "(inga säkerhetskopior ännu)": "(no backups yet)",
    "Återställ": "Restore",
    "Återställ säkerhetskopia": "Restore backup",
    "Arbetsytan ersätts med kopian från %1. Fortsätt?":
        "The workspace will be replaced by the copy from %1. Continue?",
    # Charts
    "Diagramtyp": "Chart type",
    "IHI:s regler": "IHI rules",
    "Skift = 6 punkter i rad, trend = 5 punkter i rad, för få eller för många serier "
    "(annars Anhøjs regler). En astronomisk punkt bedöms med ögat.":
        "Shift = 6 points in a row, trend = 5 points in a row, too few or too many runs "
        "(otherwise the Anhøj rules). An astronomical point is judged by eye.",
    "ingen": "none",
    "Baslinje: ": "Baseline: ",
    " punkter": " points",
    "Frys centrumlinje och gränser efter så här många punkter":
        "Freeze the centre line and limits after this many points",
    "Dela vid vald period": "Split at selected period",
    "Ny del av diagrammet efter en avsiktlig ändring":
        "A new part of the chart after a deliberate change",
    "Ta bort delning": "Remove split",
    "&Diagram:": "&Chart:",
    "Välj ett mått för att se diagrammet.": "Choose a measure to see its chart.",
    # PDSA worksheet
    "PGSA-cykel %1 – arbetsblad": "PDSA cycle %1 – worksheet",
    "&Spara": "&Save",
    "Avbryt": "Cancel",
    "(inget)": "(none)",
    "(ingen – första cykeln)": "(none – first cycle)",
    "Ej angivet": "Not stated",
    "Ja": "Yes",
    "Nej": "No",
    "Inget beslut ännu": "No decision yet",
    "Nr": "No.",
    "PGSA-cykel": "PDSA cycle",
    "Team": "Team",
    "Förändringsidé": "Change idea",
    "Status": "Status",
    "Start": "Start",
    "Beslut": "Decision",
    "Period": "Period",
    "Täljare": "Numerator",
    "Nämnare": "Denominator",
    "Andel": "Proportion",
    "Anteckning": "Note",
    "Värde": "Value",
    "Skriv ett värde här för att lägga till nästa period.":
        "Type a value here to add the next period.",
    "Mätvärden": "Data points",
    # Domain labels
    "Ej kartlagt": "Not mapped",
    "Används inte": "Not used",
    "Planeras": "Planned",
    "Används delvis": "Partly used",
    "Används systematiskt": "Used systematically",
    "Ej aktuellt": "Not applicable",
    "Lokalt": "Local",
    "Inomregionalt": "Intra-regional",
    "Länsövergripande": "County-wide",
    "Behov av kompetensutveckling": "Need for competence development",
    "Behov av gemensamma riktlinjer": "Need for common guidelines",
    "Gemensamt utvecklingsområde": "Common development area",
    "Samordning": "Coordination",
    "Övrigt": "Other",
    "Kommun": "Municipality",
    "Regionens verksamhet": "Region service",
    "Annan organisation": "Other organisation",
    # Editing the catalogue and organisations
    "Lägg till metod": "Add method",
    "Metodens namn (underrubrik):": "Name of the method (sub-heading):",
    "Byt namn på metod": "Rename method",
    "Nytt namn:": "New name:",
    "Lägg till organisation": "Add organisation",
    "Lägg till område": "Add area",
    "Namn på det inomregionala samverkansområdet:":
        "Name of the intra-regional collaboration area:",
    "Byt namn": "Rename",
    "Flytta till område": "Move to area",
    "(inget område)": "(no area)",
    "Samverkansområde för %1:": "Collaboration area for %1:",
    # Findings (improvement areas)
    "Förbättringsområde": "Improvement area",
    "Rubrik": "Title",
    "Beskrivning": "Description",
    "Hela länet": "Whole county",
    "Samverkansområde: %1": "Collaboration area: %1",
    "Rutor i matrisen": "Cells of the matrix",
    "&Rubrik:": "&Title:",
    "&Beskrivning:": "&Description:",
    "&Kategori:": "&Category:",
    "&Nivå:": "&Level:",
    "&Gäller:": "&Applies to:",
    "S&tatus:": "S&tatus:",
    "R&utor:": "C&ells:",
    "Skriv en rubrik.": "Write a title.",
    "Kategori": "Category",
    "Nivå": "Level",
    "Organisation/område": "Organisation/area",
    "Förbättringsområden": "Improvement areas",
    "Bara den valda rutan i matrisen": "Only the selected cell of the matrix",
    "&Nytt förbättringsområde…": "&New improvement area…",
    "&Ändra…": "Chan&ge…",
    "&Ta bort": "&Delete",
    "Förbättringsområden – %1": "Improvement areas – %1",
    "Nytt förbättringsområde": "New improvement area",
    "Ändra förbättringsområde": "Change improvement area",
    "Ta bort förbättringsområde": "Delete improvement area",
    # Follow-up: progress and deviations
    "Framsteg per månad (IHI:s bedömningsskala)": "Progress per month (IHI assessment scale)",
    "Månad": "Month",
    "Poäng": "Score",
    "Kommentar": "Comment",
    "&Sätt månadens poäng…": "Set the month's s&core…",
    "Avvikelser": "Deviations",
    "Rapporterad": "Reported",
    "Avvikelse": "Deviation",
    "Åtgärd": "Action",
    "Åtgärdad": "Resolved",
    "&Ny avvikelse…": "&New deviation…",
    "Ändra avvike&lse…": "Wor&k on deviation…",
    "Framsteg %1": "Progress %1",
    "Ny avvikelse": "New deviation",
    "Ändra avvikelse": "Change deviation",
    # Improvement dialogs
    "&Namn:": "&Name:",
    "&Organisationer:": "&Organisations:",
    "Datum för lärandeseminarierna, t.ex. 2026-02-10, 2026-05-12":
        "Dates of the learning sessions, e.g. 2026-02-10, 2026-05-12",
    "&Lärandeseminarier:": "&Learning sessions:",
    "&Vad vill vi åstadkomma?": "&What are we trying to accomplish?",
    "&Hur mycket?": "&How much?",
    "&Till när?": "&By when?",
    "(inget mål)": "(no aim)",
    "&Mål:": "&Aim:",
    "&Uppföljning i överenskommelsen:": "Follo&w-up in the agreement:",
    "&Enhet:": "&Unit:",
    "Må&lvärde:": "Target va&lue:",
    "Operationell definition: vad räknas, hur, var ifrån?":
        "Operational definition: what is counted, how, from where?",
    "&Definition:": "&Definition:",
    "&Månad:": "&Month:",
    "&Poäng (IHI-skalan):": "&Score (IHI scale):",
    "&Kommentar:": "&Comment:",
    "&Avvikelse:": "&Deviation:",
    "(ingen)": "(none)",
    "&Organisation:": "&Organisation:",
    "t.ex. 80 % inom 30 dagar": "e.g. 80 % within 30 days",
    "t.ex. dagar": "e.g. days",
    "valfritt; andel som 0,8": "optional; a proportion as 0.8",
    "&Rapporterad:": "&Reported:",
    "&Status:": "&Status:",
    "Å&tgärd:": "A&ction:",
    "Lärandeseminarium %1": "Learning session %1",
    # Improvement view
    "Team, mål och mått": "Teams, aims and measures",
    "Nytt &team…": "New &team…",
    "Nytt &mål…": "New &aim…",
    "Nytt m&ått…": "New &measure…",
    "Ta &bort": "&Delete",
    "Team:": "Team:",
    "Status:": "Status:",
    "Förändringsidé:": "Change idea:",
    "Ny PGSA-cykel…": "New PDSA cycle…",
    "&Ny cykel… (Ctrl+Skift+N)": "&New cycle… (Ctrl+Shift+N)",
    "&Öppna arbetsblad…": "Open wor&ksheet…",
    "Ta bort cykel": "Delete cycle",
    "Mått och diagram": "Measures and charts",
    "PGSA-logg": "PDSA log",
    "Framsteg och avvikelser": "Progress and deviations",
    "Mål: %1": "Aim: %1",
    "Välj ett mått i listan, eller lägg till ett.": "Choose a measure in the list, or add one.",
    " · Målvärde: %1": " · Target: %1",
    "(ingen operationell definition ännu)": "(no operational definition yet)",
    "Alla": "All",
    "Ändra PGSA-cykel %1": "Change PDSA cycle %1",
    "Ny PGSA-cykel": "New PDSA cycle",
    "Ta bort PGSA-cykel": "Delete PDSA cycle",
    "Nytt team": "New team",
    "Nytt mål": "New aim",
    "Nytt mått": "New measure",
    "Ändra team": "Change team",
    "Ändra mål": "Change aim",
    "Ändra mått": "Change measure",
    "Ta bort": "Delete",
    "Mätvärde %1": "Data point %1",
    "Ändra diagrammet": "Change the chart",
    "Välj perioden där den nya delen börjar (efter ändringen).":
        "Choose the period where the new part begins (after the change).",
    # Methods list
    "Metod": "Method",
    "Kompetens": "Competence",
    "Utbildad personal": "Trained staff",
    "Behov/brist": "Need/gap",
    "I bruk": "In use",
    "Fördelning": "Spread",
    "Prioritet %1 (Socialstyrelsen)": "Priority %1 (National Board of Health and Welfare)",
    "Källa: %1": "Source: %1",
    "Obekräftad uppgift – kontrollera mot riktlinjerna.":
        "Unconfirmed – check against the guidelines.",
    "Tangenterna 0–5 sätter status, Enter skriver en anteckning":
        "Keys 0–5 set the status, Enter writes a note",
    "%1 av %2": "%1 of %2",
    "Metoder i vald ruta": "Methods in the selected cell",
    # Settings and language
    "&Inställningar": "&Settings",
    "&Språk": "&Language",
    "&Pseudospråk (långa texter, för att pröva layouten)":
        "&Pseudo-language (long texts, to test the layout)",
    "Språket är bytt.": "The language has been changed.",
    # Main window
    "Organisationer": "Organisations",
    "Välkommen till Vårdfläta": "Welcome to Vårdfläta",
    "Kartlägg hur verksamheterna följer de nationella riktlinjerna för missbruks- och "
    "beroendevården och följ förbättringsarbetet.":
        "Map how the services follow the national guidelines for addiction care and "
        "follow the improvement work.",
    "Öppna demo för Norrbotten": "Open the Norrbotten demo",
    "Ny arbetsyta…": "New workspace…",
    "Öppna arbetsyta…": "Open workspace…",
    "&Ny arbetsyta…": "&New workspace…",
    "&Öppna…": "&Open…",
    "Öppna &demo": "Open &demo",
    "Säker&hetskopior…": "&Backups…",
    "&Avsluta": "&Quit",
    "Ån&gra": "&Undo",
    "Gör &om": "&Redo",
    "Lägg till &metod i rutan…": "Add &method to the cell…",
    "&Byt namn på metod…": "Re&name method…",
    "&Avveckla metod": "Re&tire method",
    "Lägg till &organisation…": "Add &organisation…",
    "Lägg till om&råde…": "Add &area…",
    "&Byt namn…": "&Rename…",
    "&Flytta till område…": "&Move to area…",
    "&Avveckla / återta": "Re&tire / reinstate",
    "Visa &avvecklade": "Show &retired",
    "Tips: Visa → Organisationsträdet (Ctrl+Skift+1) döljer trädet och ger metodlistan plats för alla kolumner.":
        "Tip: View → Organisation tree (Ctrl+Shift+1) hides the tree and gives the method "
        "list room for every column.",
    "%1 är avvecklad och visas bara. Återta den (Organisationer → Avveckla / återta) för att ändra.":
        "%1 is retired and only shown. Reinstate it (Organisations → Retire / reinstate) "
        "to change it.",
    "Gå till &organisationer": "Go to &organisations",
    "Gå till &matrisen": "Go to the &matrix",
    "Gå till m&etoderna": "Go to the m&ethods",
    "&Om Vårdfläta": "&About Vårdfläta",
    "&Arkiv": "&File",
    "&Senaste": "&Recent",
    "S&ynkronisering": "S&ync",
    "&Rapporter och export": "Re&ports and export",
    "&Redigera": "&Edit",
    "&Organisationer": "&Organisations",
    "&Visa": "&View",
    "&Hjälp": "&Help",
    "(inga)": "(none)",
    "Arbetsytan är redan öppen": "The workspace is already open",
    "Filen finns inte längre (flyttad eller borttagen?) och har tagits bort ur listan Senaste.":
        "The file no longer exists (moved or deleted?) and has been removed from the Recent list.",
    "Arbetsytan kan inte ändras här": "The workspace cannot be changed here",
    "Vill du öppna den skrivskyddad? Kopiera filen till datorn för att kunna ändra i den.":
        "Do you want to open it read-only? Copy the file to the computer to be able to "
        "change it.",
    "%1 är redan öppen i ett annat Vårdfläta-fönster eller på en annan dator. Vill du "
    "öppna den skrivskyddad?":
        "%1 is already open in another Vårdfläta window or on another computer. Do you "
        "want to open it read-only?",
    "Kunde inte öppna %1": "Could not open %1",
    "&Kartläggning": "Ma&pping",
    "Förbättringsområ&den": "Improvement a&reas",
    "&Förbättringsarbete": "Improvement &work",
    "Ny arbetsyta": "New workspace",
    "Filen finns redan": "The file already exists",
    "Välj ett annat namn; befintliga filer skrivs aldrig över.":
        "Choose another name; existing files are never overwritten.",
    "Kunde inte skapa arbetsytan": "Could not create the workspace",
    "Öppna arbetsyta": "Open workspace",
    "Ändra bedömning": "Change assessment",
    "Ändringen kunde inte sparas": "The change could not be saved",
    "Personuppgifter?": "Personal data?",
    "Status: %1 → %2": "Status: %1 → %2",
    "%1 av %2 kartlagda": "%1 of %2 mapped",
    "I kolumnen nivå: ingen, lokalt, inomregionalt, länsövergripande":
        "In the level column: none, local, intra-regional, county-wide",
    "Bara två texter kan slås ihop; välj ett av värdena.":
        "Only two texts can be merged; choose one of the values.",
    "Det du skrev hamnade i parkeringsrutan: Enter parkerar det, Esc tar bort det.":
        "What you typed went into the parking box: Enter parks it, Esc removes it.",
    "Ej kartlagt: %1 av %2 bedömningar (en per organisation och metod)":
        "Not mapped: %1 of %2 assessments (one per organisation and method)",
    "Nivå: %1 → %2": "Level: %1 → %2",
    "Romb": "Diamond",
    "PgDn/PgUp: nästa/föregående · ←/→: ruta · P: parkera · T/R: tidtagning, +/−: minuter · Ctrl +/−: zooma · Esc: avsluta":
        "PgDn/PgUp: next/previous · ←/→: cell · P: park · T/R: timer, +/−: minutes · "
        "Ctrl +/−: zoom · Esc: leave",
    "En förhandsgranskning kan inte göras mitt i en annan ändring.":
        "A preview cannot be made in the middle of another change.",
    "&Fil att skriva:": "&File to write:",
    "&Ta bort personnumret": "&Remove the identity number",
    "&Behåll texten": "&Keep the text",
    "Texten har ändrats sedan varningen; ta bort personnumret i den.":
        "The text has changed since the warning; remove the identity number from it there.",
    "Personnumret är borttaget (Ctrl+Z ångrar).":
        "The identity number has been removed (Ctrl+Z undoes).",
    "Texten ser ut att innehålla ett personnummer. Vårdfläta är ett verktyg på "
    "organisationsnivå: ta bort personuppgifter ur texten (Ctrl+Z ångrar).":
        "The text seems to contain a Swedish personal identity number. Vårdfläta is a tool "
        "at the level of organisations: remove personal data from the text (Ctrl+Z undoes).",
    "%1 – kartläggning": "%1 – mapping",
    "%1 – inomregionalt, sammanvägt": "%1 – intra-regional, combined",
    "%1 – hela länet, sammanvägt": "%1 – whole county, combined",
    "Kunde inte återställa": "Could not restore",
    "Återställd. Den tidigare versionen sparades som %1":
        "Restored. The previous version was saved as %1",
    " (skrivskyddad)": " (read-only)",
    "Om Vårdfläta": "About Vårdfläta",
    "<h3>Vårdfläta %1</h3><p>Kartläggning och förbättringsarbete enligt de nationella "
    "riktlinjerna för missbruks- och beroendevården.</p><p>Allt sparas lokalt i arbetsytans "
    "fil. Programmet använder inget nätverk. Skriv inga personuppgifter.</p>"
    "<p>Hjälp → Kortkommandon (F1) visar programmets tangenter.</p>":
        "<h3>Vårdfläta %1</h3><p>Mapping and improvement work following the national "
        "guidelines for addiction care.</p><p>Everything is saved locally in the workspace "
        "file. The program uses no network. Do not write any personal data.</p>"
        "<p>Help → Keyboard shortcuts (F1) lists the program's keys.</p>",
    "&Kortkommandon…": "&Keyboard shortcuts…",
    "Kortkommandon": "Keyboard shortcuts",
    "Överallt": "Everywhere",
    "Ny arbetsyta / öppna en arbetsyta": "New workspace / open a workspace",
    "Ångra / gör om (och visa det som ändras)": "Undo / redo (and show what changes)",
    "Gå till organisationerna / matrisen / metoderna":
        "Go to the organisations / the matrix / the methods",
    "Visa eller dölj organisationsträdet": "Show or hide the organisation tree",
    "Presentationsläge": "Presentation mode",
    "bokstav": "letter",
    "Menyn, fliken eller knappen med den understrukna bokstaven":
        "The menu, tab or button with the underlined letter",
    "Organisationsträdet": "The organisation tree",
    "Skriv ett namn": "Type a name",
    "Hoppa till organisationen, även i ett stängt område":
        "Jump to the organisation, also inside a closed area",
    "Matrisen": "The matrix",
    "Piltangenter": "Arrow keys",
    "Flytta mellan rutorna": "Move between the cells",
    "Gå ner till rutans metoder": "Go down to the cell's methods",
    "Metodlistan": "The method list",
    "Flytta mellan metoderna och kolumnerna": "Move between the methods and the columns",
    "Sätt status: %1": "Set the status: %1",
    "Skriv en anteckning (i en textkolumn: redigera rutan)":
        "Write a note (in a text column: edit the cell)",
    "Redigera rutan": "Edit the cell",
    "Skift+Enter": "Shift+Enter",
    "Ctrl+Skift+1": "Ctrl+Shift+1",
    "Ctrl+Skift+N": "Ctrl+Shift+N",
    "Ny rad i texten": "New line in the text",
    "Tillbaka till matrisen": "Back to the matrix",
    "Förbättringsarbete": "Improvement work",
    "Ny PGSA-cykel (Ctrl+Enter skapar den)": "New PDSA cycle (Ctrl+Enter creates it)",
    "I PGSA-loggen: öppna cykelns arbetsblad": "In the PDSA log: open the cycle's worksheet",
    "Nästa / föregående ruta, metod eller mått": "Next / previous cell, method or measure",
    "Ruta": "Cell",
    "Sätt status på metoden": "Set the method's status",
    "Skriv en anteckning": "Write a note",
    "Parkera en fråga till senare": "Park a question for later",
    "Starta eller stoppa tidtagningen / nollställ den": "Start or stop the timer / reset it",
    "En minut mer / mindre": "One minute more / less",
    "Större / mindre / vanlig text": "Larger / smaller / normal text",
    "Lämna presentationsläget": "Leave presentation mode",
    "Länsrapport (PDF)…": "County report (PDF)…",
    "Organisationsrapport (PDF)…": "Organisation report (PDF)…",
    "PGSA-blankett (PDF)…": "PDSA form (PDF)…",
    "Exportera CSV…": "Export CSV…",
    # Mapping view and matrix
    "Färg: andel i bruk av de kartlagda metoderna (ljus = få, mörk = många). Tangenter i "
    "metodlistan – %1   ·   Enter: anteckning   ·   Esc: tillbaka till matrisen":
        "Colour: share in use of the mapped methods (light = few, dark = many). Keys in the "
        "method list – %1   ·   Enter: note   ·   Esc: back to the matrix",
    "Ej kartlagt: %1": "Not mapped: %1",
    "Andel i bruk av de kartlagda: %1 av %2 (%3 %)": "Share in use of those mapped: %1 of %2 (%3 %)",
    "Inga metoder": "No methods",
    "%1 av %2 används": "%1 of %2 in use",
    "%1 metoder, %2 organisationer": "%1 methods, %2 organisations",
    # worksheet close question
    "Spara ändringarna?": "Save changes?",
    "Spara ändringarna i PGSA-cykel %1 innan arbetsbladet stängs?":
        "Save the changes to PDSA cycle %1 before the worksheet closes?",
    "S&läng": "&Discard",
    # shortcuts help: the data grid
    "Mellanslag / F2": "Space / F2",
    "I mätvärdena: redigera rutan (värdet står kvar, markerat)":
        "In the data: edit the cell (the value stays, selected)",
    "Tab / Skift+Tab": "Tab / Shift+Tab",
    "I mätvärdena: nästa / föregående ruta; efter den sista rutan (före den första) ut ur "
    "tabellen":
        "In the data: next / previous cell; after the last cell (before the first) out of "
        "the table",
    "Ctrl+Tab / Ctrl+Skift+Tab": "Ctrl+Tab / Ctrl+Shift+Tab",
    "Ut ur mätvärdena direkt: framåt till Dela här, bakåt till diagramvalen (Baslinje, IHI:s "
    "regler, Diagram) och vidare till trädet":
        "Straight out of the data: forward to Split here, back to the chart options "
        "(Baseline, IHI rules, Chart) and on to the tree",
    "Anteckningen innehåller ett personnummer, som syns medan du skriver. Ta bort det.":
        "The note contains a personal identity number, which shows while you write. "
        "Remove it.",
    "M&ått:": "&Measures:",
    "Vad händer när vi testar?": "What will happen when we test it?",
    "I mätvärdena: spara och gå till nästa period (efter Tab: i kolumnen där du började)":
        "In the data: save and go to the next period (after Tab: in the column where you "
        "started)",
    "I mätvärdena: ta bort periodens mätvärde, hela raden (i en andel både täljare och "
    "nämnare); i anteckningen: töm bara anteckningen; Ctrl+Z ångrar":
        "In the data: delete the period's measurement, the whole row (for a proportion both "
        "numerator and denominator); on the note: empty only the note; Ctrl+Z undoes",
    "Perioden kan inte ändras här: skriv en ny period i den sista, tomma raden.":
        "The period cannot be changed here: type a new period in the last, blank row.",
    "Andelen räknas ut av täljaren och nämnaren.":
        "The proportion is worked out from the numerator and the denominator.",
    "1 metod": "1 method",
    "%1 metoder": "%1 methods",
    "I bruk räknas: %1": "Counted as in use: %1",
    "Kartläggningsmatris": "Mapping matrix",
    # Organisation tree
    "Hela länet: alla organisationer sammanvägda": "Whole county: all organisations combined",
    "Regionens verksamheter": "Region services",
    "Utan område": "Without area",
    "Inomregionalt samverkansområde: %1": "Intra-regional collaboration area: %1",
    "Indelningen är obekräftad och kan ändras.": "The division is unconfirmed and may change.",
    " (avvecklad)": " (retired)",
    # PDSA worksheet form
    "PGSA-cykel – arbetsblad": "PDSA cycle – worksheet",
    "&Namn på testet:": "&Name of the test:",
    "Övergripande &mål:": "Overall ai&m:",
    "&Förändringsidé:": "&Change idea:",
    "&Bygger på cykel:": "&Builds on cycle:",
    "S&tart:": "S&tart:",
    "ÅÅÅÅ-MM-DD": "YYYY-MM-DD",
    "S&lut:": "&End:",
    "&Planera": "&Plan",
    "S&yfte med testet:": "&Objective of the test:",
    "Vad vill vi ta reda på?": "What do we want to find out?",
    "&Frågor och förutsägelser:": "&Questions and predictions:",
    "Fråga": "Question",
    "Förutsägelse": "Prediction",
    "Lägg till fråga": "Add question",
    "Ta bort fråga": "Delete question",
    "&Uppgifter:": "&Tasks:",
    "Vad": "What",
    "Vem": "Who",
    "När": "When",
    "Var": "Where",
    "Lägg till uppgift": "Add task",
    "Ta bort uppgift": "Delete task",
    "&Data att samla in:": "Data to co&llect:",
    "Vad mäts, hur och av vem?": "What is measured, how and by whom?",
    "&Mått som visar om förutsägelsen håller:": "&Measures that show whether the prediction holds:",
    "&Göra": "&Do",
    "Genomfört &som planerat?": "Carried out &as planned?",
    "&Observationer:": "&Observations:",
    "Vad hände? Vad observerade ni?": "What happened? What did you observe?",
    "&Problem och oväntade händelser:": "&Problems and unexpected events:",
    "St&udera": "St&udy",
    "&Resultat jämfört med förutsägelserna:": "&Results compared with the predictions:",
    "&Vad lärde vi oss?": "&What did we learn?",
    "&Agera": "&Act",
    "&Beslut:": "Decisi&on:",
    "&Nästa cykel:": "&Next cycle:",
    "Vad testar vi härnäst?": "What do we test next?",
    # Presentation mode
    "&Presentationsläge": "&Presentation mode",
    "Presentationsläge för projektor, helskärm (F11)":
        "Presentation mode for a projector, full screen (F11)",
    "Verktygsfält": "Toolbar",
    "Tidtagning": "Timer",
    "Metoder i rutan": "Methods in the cell",
    "Parkera en kommentar": "Park a remark",
    "Parkera en kommentar – Enter sparar, Esc avbryter":
        "Park a remark – Enter saves, Esc cancels",
    "PgDn/PgUp: nästa/föregående · ←/→: ruta · 0–5: status · Enter: anteckning · "
    "P: parkera · T/R: tidtagning, +/−: minuter · Ctrl +/−: zooma · Esc: avsluta":
        "PgDn/PgUp: next/previous · ←/→: cell · 0–5: status · Enter: note · P: park · "
        "T/R: timer, +/−: minutes · Ctrl +/−: zoom · Esc: leave",
    "Tiden är ute": "Time is up",
    "Kvar %1": "Left %1",
    "%1 / %2": "%1 / %2",
    "Kartläggningsmatrisen": "The mapping matrix",
    "PgDn går igenom rutorna en i taget.": "PgDn goes through the cells one at a time.",
    "Inga metoder i rutan": "No methods in the cell",
    "%1 av %2 kartlagda metoder används (%3 %)": "%1 of %2 mapped methods in use (%3%)",
    "Används i %1 av %2 kartlagda fall – organisation och metod (%3 %)":
        "In use in %1 of %2 mapped cases – organisation and method (%3%)",
    "%1 %": "%1%",
    "Ingen anteckning – Enter skriver en": "No note – Enter writes one",
    "Välj en organisation för att ändra status och anteckningar":
        "Choose an organisation to change status and notes",
    "Parkeringsplatsen": "The parking lot",
    "%1 parkerade kommentarer": "%1 parked remarks",
    "Parkerat: %1": "Parked: %1",
    "Tid %1": "Time %1",
    "Välj en organisation och stega till en metod för att sätta status.":
        "Choose an organisation and step to a method to set its status.",
    "Parkera: %1": "Park: %1",
    "Kommentaren kunde inte sparas": "The remark could not be saved",
    # Quick PDSA cycle
    "Vad testar vi, och varför?": "What are we testing, and why?",
    "Vad tror vi händer?": "What do we think will happen?",
    "&Team:": "&Team:",
    "&Syfte:": "&Objective:",
    "&Förutsägelse:": "&Prediction:",
    "För&ändringsidé:": "Change &idea:",
    "&Bygger på:": "&Builds on:",
    "Skapa &cykel": "&Create cycle",
    # Reports
    "Rapporter och export": "Reports and export",
    "Länsrapport (PDF)": "County report (PDF)",
    "Organisationsrapport (PDF)": "Organisation report (PDF)",
    "PGSA-blanketter (PDF)": "PDSA forms (PDF)",
    "CSV-filer för Excel": "CSV files for Excel",
    "Omfattning": "Scope",
    "Tom blankett att fylla i för hand": "Blank form to fill in by hand",
    "Spara som": "Save as",
    "Bläddra…": "Browse…",
    "Rapport:": "Report:",
    "Omfattning:": "Scope:",
    "Spara som:": "Save as:",
    "Ta med": "Include",
    "Öppna PDF:en när den är klar": "Open the PDF when it is ready",
    "Skapa": "Create",
    "Möjliga personnummer": "Possible personal identity numbers",
    "Texten nedan ser ut att innehålla personnummer. Vårdfläta ska bara innehålla uppgifter "
    "på organisationsnivå. Rätta texten, eller skapa ändå om det inte är personnummer.":
        "The text below seems to contain personal identity numbers. Vårdfläta should only "
        "hold data at the level of organisations. Correct the text, or create anyway if they "
        "are not personal identity numbers.",
    "Gå och rätta": "Go and correct",
    "Skapa ändå": "Create anyway",
    "Samverkansområde %1": "Collaboration area %1",
    "Välj mapp": "Choose folder",
    "Spara rapporten": "Save the report",
    "Mappen finns inte: %1": "The folder does not exist: %1",
    "Kontrollerar att inga personnummer finns i texten …":
        "Checking that the text holds no personal identity numbers …",
    "Stäng": "Close",
    "Ett möjligt personnummer hittades.": "One possible personal identity number was found.",
    "%1 möjliga personnummer hittades.": "%1 possible personal identity numbers were found.",
    "Inget har skrivits.": "Nothing has been written.",
    "Klart: %1": "Done: %1",
    "Kunde inte skapa: %1": "Could not create: %1",
    "Avbröts. Ingen fil skrevs.": "Cancelled. No file was written.",
    "Avbryter …": "Cancelling …",
    "Matrisen (värmekarta)": "The matrix (heat map)",
    "Matrisen för varje organisation": "The matrix for each organisation",
    "Kompetenser och brister per behovsområde": "Competences and gaps per area of need",
    "Metoderna med anteckningar": "The methods with notes",
    "Förbättringsarbete och PGSA-cykler": "Improvement work and PDSA cycles",
    "Diagram över måtten": "Charts of the measures",
    "Uppföljning enligt överenskommelsen": "Follow-up according to the agreement",
    "Öppna avvikelser": "Open deviations",
    "Definiti&on:": "Definiti&on:",
    "&Idé:": "&Idea:",
    "(ingen ruta)": "(no cell)",
    "&Rutor i matrisen:": "&Cells of the matrix:",
    "&Förbättringsområde:": "&Improvement area:",
    "&Ny förändringsidé…": "&New change idea…",
    "Ny förändringsidé": "New change idea",
    # File exchange (sync)
    " (⚠ klockan går före)": " (⚠ clock is ahead)",
    "%1 matrisrutor": "%1 matrix cells",
    "%1 nya ändringar av %2 i paketet. Poster som berörs: %3.":
        "%1 new changes of %2 in the package. Records affected: %3.",
    "%1 olösta konflikter": "%1 unresolved conflicts",
    "1 olöst konflikt": "1 unresolved conflict",
    "%1: kan inte läsas – %2": "%1: cannot be read – %2",
    "(tomt)": "(empty)",
    "Använd det andra värdet": "Use the other value",
    "Bara det som de andra kopiorna saknar (litet paket)":
        "Only what the other copies lack (small package)",
    "Behåll det nuvarande": "Keep the current one",
    "Borttagen": "Deleted",
    "Ett synkpaket är en fil med dina ändringar (och dem du fått från andra kopior). Skicka "
    "den med e-post eller på ett USB-minne och importera den på den andra datorn.":
        "A sync package is a file with your changes (and those you received from other "
        "copies). Send it by e-mail or on a USB stick and import it on the other computer.",
    "Exportera synkpaket": "Export sync package",
    "Exportera synkpaket…": "Export sync package…",
    "Exportera": "Export",
    "Fil att skriva": "File to write",
    "Finns": "Present",
    "Från %1 (exporterat %2), fil %3": "From %1 (exported %2), file %3",
    "Fullständigt paket, för att starta en ny dator": "Full package, to set up a new computer",
    "Förhandsgranskning": "Preview",
    "Granska konflikter…": "Review conflicts…",
    "Importera synkpaket": "Import sync package",
    "Importera synkpaket…": "Import sync package…",
    "Importera": "Import",
    "Inga konflikter att granska.": "No conflicts to review.",
    "Inga nya paket från andra kopior. Ditt eget paket skrivs så att de andra får dina "
    "ändringar.": "No new packages from other copies. Your own package is written so that "
                 "the others get your changes.",
    "Inget nytt: allt i paketet finns redan här.":
        "Nothing new: everything in the package is already here.",
    "Inget ändrades. %1": "Nothing was changed. %1",
    "Klart: %1 ändringar (%2), %3 kB i %4.": "Done: %1 changes (%2), %3 kB in %4.",
    "Konflikter (%1)…": "Conflicts (%1)…",
    "Konflikter": "Conflicts",
    "Konflikter…": "Conflicts…",
    "Kunde inte exportera: %1": "Could not export: %1",
    "Läser och kontrollerar …": "Reading and checking …",
    "Löst: %1 – %2.": "Resolved: %1 – %2.",
    "Paketet bygger på ändringar som saknas här. Importera äldre paket först, eller be om "
    "ett fullständigt paket.": "The package builds on changes that are missing here. Import "
                               "older packages first, or ask for a full package.",
    "Paketet kommer från den här kopian; inget att göra.":
        "The package comes from this copy; nothing to do.",
    "Resultat": "Result",
    "Skriver %1 …": "Writing %1 …",
    "Spara synkpaket": "Save sync package",
    "Synkmapp: %1": "Sync folder: %1",
    "Synkronisera med mapp…": "Sync with folder…",
    "Synkronisera": "Sync",
    "Synkroniserar …": "Syncing …",
    "Synkronisering": "Sync",
    "Säkerhetskopia före importen: %1": "Backup before the import: %1",
    "Säkerhetskopierar och läser in …": "Backing up and reading in …",
    "Ta bort mätvärde %1": "Delete data point %1",
    "Två kopior ändrade samma uppgift samtidigt. Det senare värdet gäller nu; det andra "
    "sparades här. Välj vilket som ska gälla – valet följer med vid nästa synkronisering.":
        "Two copies changed the same item at the same time. The later value applies now; "
        "the other was saved here. Choose which one applies – the choice travels with the "
        "next sync.",
    "Varning: avsändarens klocka går %1 timmar före. Ändringar som vinner på grund av det "
    "visas som konflikter.": "Warning: the sender's clock is %1 hours ahead. Changes that "
                             "win because of it are shown as conflicts.",
    "Välj synkmapp": "Choose sync folder",
    "Välj synkmapp…": "Choose sync folder…",
    "Välj…": "Choose…",
    "Väntar på äldre ändringar: %1": "Waiting for older changes: %1",
    "det de andra saknar": "what the others lack",
    "fullständigt": "full",
    "inga": "none",
    "kopia %1": "copy %1",
    "De&la här": "Sp&lit here",
    "Dia&gram:": "&Chart:",
    "Ny del av diagrammet från vald period, efter en avsiktlig ändring":
        "A new part of the chart from the selected period, after a deliberate change",
    "Alla cykler i omfattningen": "All cycles in the scope",
    "Bygger på &cykel:": "&Builds on cycle:",
    "Cykel:": "Cycle:",
    "Diagram": "Chart",
    "Förbättringsarbete – %1": "Improvement work – %1",
    "Förändrings&idé:": "Change &idea:",
    "Genomf&ört som planerat?": "Carried out as p&lanned?",
    "Inga mått ännu": "No measures yet",
    "Mått som visar om förutsägelsen &håller:": "Measures that show whether the prediction &holds:",
    "Nästa cy&kel:": "Next cy&cle:",
    "PgDn/PgUp: nästa/föregående mått · P: parkera · T/R: tidtagning, +/−: minuter · "
    "Ctrl +/−: zooma · Esc: avsluta": "PgDn/PgUp: next/previous measure · P: park · "
                                     "T/R: timer, +/−: minutes · Ctrl +/−: zoom · Esc: leave",
    "Problem och ov&äntade händelser:": "P&roblems and unexpected events:",
    "Spara": "Save",
    "Uppgift&er:": "Tas&ks:",
    "Varning: %1": "Warning: %1",
    "\n⚠ Vann med en klocka som går mer än ett dygn före.":
        "\n⚠ Won with a clock more than a day ahead.",
    "Ändra förändringsidé": "Edit change idea",
    "Ändra förändringsidé…": "Edit change idea…",
    # The matrix's rows and columns
    "Bedömning/dokumentation": "Assessment/documentation",
    "Intervention/åtgärder": "Intervention/measures",
    "Uppföljning/utvärdering": "Follow-up/evaluation",
    "Kompetens hos personalen": "Competence of the staff",
    "Upptäckt/förebyggande verksamhet": "Detection/prevention",
    "Upptäckt/förebyggande": "Detection/prevention",
    "Missbruk och beroende av narkotika": "Misuse of and dependence on narcotics",
    "Narkotika": "Narcotics",
    "Missbruk och beroende av alkohol": "Misuse of and dependence on alcohol",
    "Alkohol": "Alcohol",
    "Gravida kvinnor": "Pregnant women",
    "Missbruk och beroende och samtidig psykiatrisk och/eller somatisk sjukdom":
        "Misuse and dependence with concurrent psychiatric and/or somatic illness",
    "Samsjuklighet": "Co-occurring disorders",
    "Arbetsytan är skrivskyddad.": "The workspace is read-only.",
    "Välj en organisation och stega till en metod för att skriva en anteckning.":
        "Choose an organisation and step to a method to write a note.",
    "Den här kopians namn (visas för mottagarna):":
        "The name of this copy (shown to the recipients):",
    "Den här kopians namn": "The name of this copy",
    "Synkmappen finns inte eller går inte att nå: %1":
        "The sync folder does not exist or cannot be reached: %1",
    "Översikt": "Overview",
    "Slut": "End",
    "Klart: 1 ändring (%2), %3 kB i %4.": "Done: 1 change (%2), %3 kB in %4.",
    "Synkroniseringen avbröts: %1 Paket som redan lästs in finns kvar.":
        "The sync was interrupted: %1 Packages already read in are kept.",
    # The measure form's choices, the forms' titles and date placeholders
    "&Typ av mått:": "&Type of measure:",
    "&Värde:": "&Value:",
    "&Riktning:": "&Direction:",
    "&Frekvens:": "&Frequency:",
    "Nytt förbättringsteam": "New improvement team",
    "Teamets framsteg": "The team's progress",
    "ÅÅÅÅ-MM": "YYYY-MM",
    # The conflicts dialog; the core's names of tables and fields (Domain)
    "Post": "Record",
    "Fält": "Field",
    "Värdet som gäller": "The value that applies",
    "Från": "From",
    "Det andra värdet": "The other value",
    "den här kopian": "this copy",
    "Avvecklad": "Retired",
    "Bedömning": "Assessment",
    "Behov": "Need",
    "Matriskolumn": "Matrix column",
    "Matrisrad": "Matrix row",
    "Matrisrutor": "Matrix cells",
    "Mätvärde": "Measurement",
    "Mål": "Aim",
    "Mått": "Measure",
    "Namn": "Name",
    "Samverkansområde": "Collaboration area",
    "Ordning": "Order",
    "Organisation": "Organisation",
    "Prioritet": "Priority",
    "Riktlinje": "Guideline",
    "Typ": "Type",
    "Utvecklingsbedömning": "Progress score",
    # The report dialog: the core's progress messages
    "Samlar kartläggningen …": "Gathering the mapping …",
    "Ritar diagrammen …": "Drawing the charts …",
    "Bygger rapporten …": "Building the report …",
    "Sätter sidorna …": "Laying out the pages …",
    "Klart.": "Done.",
    "Skriver bedömningar …": "Writing assessments …",
    "Skriver förbättringsområden …": "Writing improvement areas …",
    "Skriver mått och mätvärden …": "Writing measures and measurements …",
    "Skriver pgsa-cykler …": "Writing PDSA cycles …",
    "Diagram: %1": "Chart: %1",
    # Strings of other views (main window, presentation mode), added here so the
    # tool's run is complete
    "Arbetsytan är skrivskyddad; inget kan ändras.":
        "The workspace is read-only; nothing can be changed.",
    "Välj en organisation i trädet för att sätta status (här visas en sammanvägning).":
        "Choose an organisation in the tree to set a status (a combined view is shown here).",
    "Stega till en metod (PageDown) för att sätta status.":
        "Step to a method (PageDown) to set a status.",
    "Stega till en metod (PageDown) för att skriva en anteckning.":
        "Step to a method (PageDown) to write a note.",
    # The report worker's failures (app.gui.report_worker)
    "Filen kan inte skrivas (saknar behörighet): %1": "The file cannot be written (no permission): %1",
    "Filen kan inte skrivas: %1": "The file cannot be written: %1",
    "Rapporten kunde inte skapas: %1": "The report could not be created: %1",
    # Error messages of the Qt-free core, read off its source into app/gui/core_errors.py
    # (context CoreErrors) and shown by app.gui.core_messages.error_text
    "Arbetsytan används av ett annat program just nu. Försök igen.":
        "The workspace is being used by another program right now. Try again.",
    "Arbetsytan innehåller ett ogiltigt tal och kan inte exporteras.":
        "The workspace contains an invalid number and cannot be exported.",
    "Arbetsytan innehåller ett värde som inte kan exporteras (ogiltigt tal).":
        "The workspace contains a value that cannot be exported (an invalid number).",
    "Arbetsytan är skapad med en nyare version av Vårdfläta. Uppdatera programmet för att "
    "öppna den.":
        "The workspace was created with a newer version of Vårdfläta. Update the program "
        "to open it.",
    "Arbetsytan är öppnad skrivskyddad.": "The workspace is open read-only.",
    "Arbetsytan är öppnad skrivskyddad; paketet kan inte importeras.":
        "The workspace is open read-only; the package cannot be imported.",
    "Baslinjen är ett antal punkter (minst 1).":
        "The baseline is a number of points (at least 1).",
    "Disken är full. Ändringen sparades inte; frigör utrymme och försök igen.":
        "The disk is full. The change was not saved; free up space and try again.",
    "En cykel kan inte bygga på sig själv.": "A cycle cannot build on itself.",
    "En organisationsrapport gäller en organisation: ange vilken.":
        "An organisation report is about one organisation: say which.",
    "Filen eller mappen är skrivskyddad. Ändringen sparades inte.":
        "The file or folder is read-only. The change was not saved.",
    "Filen är ingen Vårdfläta-arbetsyta.": "The file is not a Vårdfläta workspace.",
    "Filen är skadad eller ingen Vårdfläta-arbetsyta.":
        "The file is damaged or not a Vårdfläta workspace.",
    "Ingen synkmapp är vald.": "No sync folder has been chosen.",
    "Konflikten har redan ändrats. Öppna listan på nytt.":
        "The conflict has already been changed. Open the list again.",
    "Nämnaren måste vara större än 0.": "The denominator must be greater than 0.",
    "Okänd rad eller kolumn i matrisen.": "Unknown row or column in the matrix.",
    "Okänd ruta i matrisen.": "Unknown cell in the matrix.",
    "Paketet innehåller bara de senaste ändringarna. En ny kopia behöver ett fullständigt "
    "paket (exportera med ”Fullständigt paket” eller --full).":
        "The package holds only the latest changes. A new copy needs a full package "
        "(export with “Full package” or --full).",
    "Poängen ska vara 0,5–5,0 i steg om 0,5.":
        "The score must be 0.5–5.0 in steps of 0.5.",
    "Synkpaketet hänvisar till poster som saknas eller motsäger arbetsytan; inget "
    "importerades.":
        "The sync package refers to records that are missing or contradicts the "
        "workspace; nothing was imported.",
    "Synkpaketet innehåller samma ändring två gånger eller en ändring som redan finns med "
    "ett annat värde. Det importeras inte.":
        "The sync package contains the same change twice, or a change that already exists "
        "with another value. It is not imported.",
    "Säkerhetskopian är skadad.": "The backup is damaged.",
    "Täljaren får inte vara negativ.": "The numerator must not be negative.",
    "Täljaren får inte vara större än nämnaren.":
        "The numerator must not be greater than the denominator.",
    "Synkpaketet från %1 bygger på ändringar som den här kopian inte har fått ännu. "
    "Importera först de paket som kom före det, eller be avsändaren om ett fullständigt "
    "paket.":
        "The sync package from %1 builds on changes this copy has not received yet. First "
        "import the packages that came before it, or ask the sender for a full package.",
    "Synkpaketet %1 är skapat med en nyare version av Vårdfläta. Uppdatera programmet för "
    "att importera det.":
        "The sync package %1 was created with a newer version of Vårdfläta. Update the "
        "program to import it.",
    "Synkpaketet %1 har ändrats efter att det skapades (kontrollsumman stämmer inte). Det "
    "importeras inte.":
        "The sync package %1 has been changed since it was created (the checksum does not "
        "match). It is not imported.",
    "Synkpaketet %1 är skadat eller ofullständigt (avbruten kopiering?). Be avsändaren om "
    "ett nytt paket.":
        "The sync package %1 is damaged or incomplete (interrupted copying?). Ask the "
        "sender for a new package.",
    "Filen %1 finns redan och är inget synkpaket; den skrivs inte över. Välj ett annat "
    "namn.":
        "The file %1 already exists and is not a sync package; it is not overwritten. "
        "Choose another name.",
    "Synkpaketet %1 skulle packas upp till en orimlig storlek. Det importeras inte.":
        "The sync package %1 would unpack to an unreasonable size. It is not imported.",
    "Synkpaketet %1 innehåller filnamn som inte är säkra (%2). Det importeras inte.":
        "The sync package %1 contains file names that are not safe (%2). It is not "
        "imported.",
    "Synkpaketet hör till en annan arbetsyta (”%1”) och kan inte importeras hit.":
        "The sync package belongs to another workspace (“%1”) and cannot be imported "
        "here.",
    "Kunde inte göra en säkerhetskopia före importen, så inget importerades: %1":
        "Could not make a backup before the import, so nothing was imported: %1",
    "Ingen behörighet att skriva eller läsa %1 (skrivskyddad fil eller mapp?).":
        "No permission to write or read %1 (a read-only file or folder?).",
    "Disken är full: %1 kunde inte skrivas. Frigör utrymme och försök igen.":
        "The disk is full: %1 could not be written. Free up space and try again.",
    "Synkpaketet %1 innehåller en ogiltig ändring (%2). Det importeras inte.":
        "The sync package %1 contains an invalid change (%2). It is not imported.",
    "Perioden ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, inte ”%1”.":
        "The period must be written YYYY-MM or YYYY-MM-DD, not “%1”.",
    "%1 är ingen fil för ett synkpaket; välj ett annat namn.":
        "%1 is not a file for a sync package; choose another name.",
    "Importen avbröts och inget ändrades: %1": "The import stopped and nothing was changed: %1",
    "Filen %1 är inget Vårdfläta-synkpaket.": "The file %1 is not a Vårdfläta sync package.",
    "%1 ska skrivas ÅÅÅÅ-MM-DD, inte ”%2”.": "%1 must be written YYYY-MM-DD, not “%2”.",
    "okänd tabell eller okänt fält (%1.%2)": "unknown table or field (%1.%2)",
    "Filen eller mappen finns inte: %1": "The file or folder does not exist: %1",
    "%1 måste vara ett tal, inte ”%2”.": "%1 must be a number, not “%2”.",
    "Kan inte skriva i mappen %1: %2": "Cannot write in the folder %1: %2",
    "Arbetsytan finns inte: %1": "The workspace does not exist: %1",
    "Kan inte öppna filen: %1": "Cannot open the file: %1",
    "%1 får inte vara tomt.": "%1 must not be empty.",
    "%1 måste vara ett tal.": "%1 must be a number.",
    "Filen finns redan: %1": "The file already exists: %1",
    "Okänd rapporttyp: %1.": "Unknown report type: %1.",
    "Filen finns inte: %1": "The file does not exist: %1",
    "%1: okänt värde %2.": "%1: unknown value %2.",
    "Filfel för %1: %2": "File error for %1: %2",
    "Filfel: %1": "File error: %1",
    # …and the labels the core fills into them (subjects of "%1 får inte vara tomt.",
    # "%1 måste vara ett tal." or names before "%1: okänt värde %2.")
    "Avvikelsen": "The deviation",
    "Baslinjen": "The baseline",
    "Cykelns namn": "The cycle's name",
    "Datumet": "The date",
    "Frekvens": "Frequency",
    "Förändringsidén": "The change idea",
    "Kopians namn": "The copy's name",
    "Måldatumet": "The target date",
    "Målet": "The aim",
    "Målvärdet": "The target value",
    "Måttets namn": "The measure's name",
    "Namnet": "The name",
    "Nämnaren": "The denominator",
    "Poängen": "The score",
    "Regler": "Rules",
    "Riktning": "Direction",
    "Rubriken": "The title",
    "Seminariets datum": "The learning session's date",
    "Seminariets namn": "The learning session's name",
    "Syftet": "The objective",
    "Teamets namn": "The team's name",
    "Typ av mått": "Measure type",
    "Typ av organisation": "Organisation type",
    "Typ av värde": "Value type",
    "Täljaren": "The numerator",
    "Uppföljning": "Follow-up",
    "Värdet": "The value",
    "fel form": "wrong shape",
    "för stort värde": "value too large",
    "ogiltig avsändare": "invalid sender",
    "ogiltig tidigare version": "invalid earlier version",
    "ogiltig version": "invalid version",
    "ogiltigt id": "invalid id",
    "ogiltigt värde": "invalid value",
    # Helpers' strings (reports: fonts, county report; chart options)
    "Tecken som inget typsnitt på datorn har skrivs som �: %1 – %2":
        "Characters no font on this computer has are printed as �: %1 – %2",
    "Tecken som inget typsnitt på datorn har skrivs som �: %1":
        "Characters no font on this computer has are printed as �: %1",
    "… och %1 ställen till med tecken som inget typsnitt på datorn har.":
        "… and %1 more places with characters no font on this computer has.",
    "En länsrapport gäller länet eller ett samverkansområde, inte en organisation: välj organisationsrapport.":
        "A county report covers the county or a collaboration area, not an organisation: "
        "choose the organisation report.",
    "Bara för mått med andelar (täljare/nämnare)":
        "Only for measures of proportions (numerator/denominator)",
    "Baslinjen används inte när diagrammet är delat: varje del har egen centrumlinje. Ta bort delningen för att frysa baslinjen.":
        "The baseline is not used while the chart is split: each part has its own centre "
        "line. Remove the split to freeze the baseline.",
    # Change ideas: their page, several findings, removal
    "Varje lärandeseminarium behöver ett datum (ÅÅÅÅ-MM-DD).":
        "Every learning session needs a date (YYYY-MM-DD).",
    "(borttagen) %1": "(removed) %1",
    "Perioden %1 finns redan: skriv värdet på dess rad.":
        "The period %1 already exists: type the value in its row.",
    "Förändringsidéer": "Change ideas",
    "&Förbättringsområden:": "&Improvement areas:",
    "(borttaget förbättringsområde)": "(removed improvement area)",
    "(borttaget)": "(removed)",
    "Ta bort förändringsidé": "Delete change idea",
    "Cykler": "Cycles",
    "Vilka förändringar kan leda till en förbättring? Varje idé kan kopplas till rutor i matrisen och förbättringsområden, och testas i PGSA-cykler.":
        "What changes can we make that will result in improvement? Each idea can be linked "
        "to cells of the matrix and to improvement areas, and tested in PDSA cycles.",
    "Visa &cyklerna": "Show the &cycles",
    "PGSA-loggen, filtrerad på idén": "The PDSA log, filtered on the idea",
    # The team's view: the Breakthrough timeline
    "Teamet": "The team",
    "Datum (ÅÅÅÅ-MM-DD)": "Date (YYYY-MM-DD)",
    "Lärandeseminarier": "Learning sessions",
    "Lägg &till seminarium": "&Add session",
    "Ta bort seminariet": "Remove the session",
    "Arbetsperiod %1": "Action period %1",
    "Genombrottsmetodens tidslinje": "The Breakthrough timeline",
    "Steg": "Step",
    "Till": "To",
    "Läge": "State",
    "Lärandeseminarier och arbetsperioder": "Learning sessions and action periods",
    "Ändra teamet och dess &seminarier…": "Edit the team and its sess&ions…",
    "Välj ett mått i listan till vänster för dess mätvärden och diagram, eller lägg till ett.":
        "Choose a measure in the list on the left for its data and chart, or add one.",
    "Inget team valt": "No team chosen",
    "Lägg till ett förbättringsteam med Nytt team…": "Add an improvement team with New team…",
    "pågår nu": "now",
    "klar": "done",
    "kommande": "to come",
    "till %1": "by %1",
    "Mått: %1 · PGSA-cykler: %2 · Förändringsidéer: %3":
        "Measures: %1 · PDSA cycles: %2 · Change ideas: %3",
    "Inga lärandeseminarier inlagda ännu: lägg till dem med knappen nedan.":
        "No learning sessions entered yet: add them with the button below.",
    "Nu (%1): förberedelse inför %2 den %3.": "Now (%1): preparing for %2 on %3.",
    "Nu (%1): efter det sista lärandeseminariet (%2, %3) – teamet arbetar vidare på egen hand.":
        "Now (%1): after the last learning session (%2, %3) – the team carries on by itself.",
    "Nu (%1): %2, i dag.": "Now (%1): %2, today.",
    "Nu (%1): %2, från %3 till %4.": "Now (%1): %2, from %3 to %4.",
    "Tidslinje": "Timeline",
    "Organisationer:": "Organisations:",
    "Mål:": "Aim:",
    "(nu)": "(now)",
    "Nu": "Now",
    "P-diagram passar bara mått med andelar (täljare och nämnare).":
        "A P chart suits only measures of proportions (numerator and denominator).",
    ' och ':
        ' and ',
    '%1 (ändrad på %2)':
        '%1 (changed on %2)',
    '%1 finns redan. Välj ett annat namn; en befintlig fil skrivs aldrig över.':
        '%1 already exists. Choose another name; an existing file is never overwritten.',
    '%1 ändringar. Välj var den nya arbetsytan ska sparas.':
        '%1 changes. Choose where to save the new workspace.',
    '%1 – senast hörd %2':
        '%1 – last heard from %2',
    '&Mottagare:':
        '&Recipient:',
    '(namnlös)':
        '(unnamed)',
    'Arbetsyta:':
        'Workspace:',
    'Behåll borttagen':
        'Keep it deleted',
    'Borttagen på %1 medan %2 ändrade den. Borttagningen gäller nu; ändringarna finns kvar och kan återställas med posten.':
        'Deleted on %1 while %2 changed it. The deletion applies now; the changes are kept and can be restored with the record.',
    'Den nya arbetsytans fil':
        "The new workspace's file",
    'Det andra värdet (från %1)':
        'The other value (from %1)',
    'En annan eller ny dator (allt)':
        'Another or a new computer (everything)',
    'En ny dator får sin egen kopia av arbetsytan från ett synkpaket som en annan kopia har exporterat utan mottagare. Därefter synkroniserar kopiorna med varandra.':
        'A new computer gets its own copy of the workspace from a sync package that another copy exported without a recipient. After that the copies synchronise with each other.',
    'Exporterat:':
        'Exported:',
    'Från:':
        'From:',
    'Ingen ny kopia skapades. %1':
        'No new copy was created. %1',
    'Konflikten i sin helhet':
        'The whole conflict',
    'Kopian %1 skapades men kunde inte öppnas.':
        'The copy %1 was created but could not be opened.',
    'Läser paketet …':
        'Reading the package …',
    'Mottagare':
        'Recipient',
    'Paket som väntar på äldre ändringar: %1. Det som saknas kommer med de andra kopiornas nästa synkronisering.':
        "Packages waiting for older changes: %1. What is missing comes with the other copies' next synchronisation.",
    'Paketet innehåller allt, så att vilken kopia som helst kan läsa in det och en ny dator kan starta från det.':
        'The package holds everything, so any copy can import it and a new computer can start from it.',
    'Paketet innehåller bara det som %1 saknar (ett litet paket). Det passar bara den kopian.':
        'The package holds only what %1 lacks (a small package). It suits only that copy.',
    'Paketet innehåller bara det som en viss kopia saknade och kan inte starta en ny kopia. Be om ett paket som är exporterat utan mottagare (”En annan eller ny dator (allt)”).':
        'The package holds only what one particular copy lacked and cannot start a new copy. Ask for a package exported without a recipient (“Another or a new computer (everything)”).',
    'Spara den nya arbetsytan':
        'Save the new workspace',
    'Starta en ny kopia':
        'Start a new copy',
    'Starta en ny kopia från ett synkpaket…':
        'Start a new copy from a sync package…',
    'Starta kopian och öppna den':
        'Start the copy and open it',
    'Startar kopian …':
        'Starting the copy …',
    'Synkpaket:':
        'Sync package:',
    'Varning: avsändarens klocka går %1 dagar före. Ändringar som vinner på grund av det visas som konflikter.':
        "Warning: the sender's clock is %1 days ahead. Changes that win because of it are shown as conflicts.",
    'Välj synkpaket att starta från':
        'Choose the sync package to start from',
    'Välj var den nya arbetsytan ska sparas.':
        'Choose where to save the new workspace.',
    'Värdet som gäller (från %1)':
        'The value that applies (from %1)',
    'det mottagaren saknar':
        'what the recipient lacks',
    'Ändrad: %1':
        'Changed: %1',
    'Återställ posten med ändringen':
        'Restore the record with the change',
    '⚠ Vann med en klocka som går mer än ett dygn före.':
        '⚠ Won with a clock more than a day ahead.',
    'Ange mottagarens namn.':
        "Enter the recipient's name.",
    'Flera kopior passar ”%1”: %2. Ange mer av kopians id i stället.':
        "Several copies match “%1”: %2. Enter more of the copy's id instead.",
    'Ingen känd kopia heter ”%1”. Kända kopior: %2. Utan mottagare blir paketet fullständigt och passar alla.':
        'No known copy is called “%1”. Known copies: %2. Without a recipient the package is complete and suits every copy.',
    'Kopian %1 är okänd här (inget paket har kommit från den), så det går inte att veta vad den saknar. Exportera utan mottagare: då får den allt.':
        'The copy %1 is unknown here (no package has come from it), so what it lacks cannot be known. Export without a recipient: then it gets everything.',
    'Mottagaren är den här kopian; välj en annan mottagare.':
        'The recipient is this copy; choose another recipient.',
    'Paketet innehåller bara det som en viss kopia saknade. En ny kopia behöver ett fullständigt paket: exportera utan mottagare.':
        'The package holds only what one particular copy lacked. A new copy needs a complete package: export without a recipient.',
    'Synkpaketet %1 har ändringar daterade mer än ett år fram i tiden, vilket ingen rätt ställd klocka ger (klockan på datorn som skapade det, eller på den här datorn, går fel, eller så har filen ändrats). Det importeras inte.':
        'The sync package %1 has changes dated more than a year ahead, which no correctly set clock gives (the clock of the computer that made it, or of this computer, is wrong, or the file has been altered). It is not imported.',
    'Synkpaketet %1 innehåller en ändring som redan finns här med ett annat värde. Det importeras inte.':
        'The sync package %1 contains a change that is already here with another value. It is not imported.',
    'behörighet saknas':
        'permission denied',
    'disken är full':
        'the disk is full',
    'filen används av ett annat program just nu':
        'the file is in use by another program just now',
    'filen eller mappen finns inte':
        'the file or folder does not exist',
    'filen eller mappen är skrivskyddad':
        'the file or folder is read-only',
    'filen kunde inte öppnas (saknad mapp, behörighet eller skrivskyddat medium?)':
        'the file could not be opened (missing folder, permissions or a read-only medium?)',
    'läs- eller skrivfel på disken (kontrollera USB-minnet eller disken)':
        'read or write error on the disk (check the USB stick or the disk)',
    'samma ändring två gånger':
        'the same change twice',
    '”%1” är den här kopian; välj en annan mottagare.':
        '“%1” is this copy; choose another recipient.',
    "Ångrat: %1": "Undone: %1",
    "Gjort om: %1": "Redone: %1",
    # Added with the data-safety fixes of session 10.
    'Det finns redan en fil %1 som inte är en CSV-fil; den skrivs inte över. Välj en annan mapp för exporten.':
        'There is already a file %1 that is not a CSV file; it is not overwritten. Choose another folder for the export.',
    'Det finns redan en fil %1 som inte är en PDF; den skrivs inte över. Välj ett annat namn för rapporten.':
        'There is already a file %1 that is not a PDF; it is not overwritten. Choose another name for the report.',
    '%1 är arbetsytans egen fil och skrivs inte över. Välj ett annat namn för rapporten.':
        "%1 is the workspace's own file and is not overwritten. Choose another name for the report.",
    '%1 är arbetsytans egen fil och skrivs inte över. Välj en annan mapp för exporten.':
        "%1 is the workspace's own file and is not overwritten. Choose another folder for the export.",
    'Texten är för lång (%1 tecken); högst %2 tecken får plats i ett fält. Korta texten.':
        'The text is too long (%1 characters); at most %2 characters fit in one field. Shorten the text.',
    'Det finns en mapp med namnet %1 i %2; välj en annan mapp för exporten.':
        'There is a folder named %1 in %2; choose another folder for the export.',
    '%1 är en mapp; ange ett filnamn för rapporten.':
        '%1 is a folder; give a file name for the report.',
    'Det finns redan en fil med det namnet: %1':
        'There is already a file with that name: %1',
    '%1 (teamets mål)':
        "%1 (the team's aim)",
    'Lägg till metod %1':
        'Add method %1',
    'Byt namn på metod: %1 → %2':
        'Rename method: %1 → %2',
    'Avveckla metod %1':
        'Retire method %1',
    'Återta metod %1':
        'Reinstate method %1',
    'Lägg till organisation %1':
        'Add organisation %1',
    'Lägg till område %1':
        'Add area %1',
    'Byt namn: %1 → %2':
        'Rename: %1 → %2',
    'Flytta %1 till %2':
        'Move %1 to %2',
    'Flytta %1 ur %2':
        'Move %1 out of %2',
    'Avveckla %1':
        'Retire %1',
    'Återta %1':
        'Reinstate %1',
    '&Typ:':
        '&Kind:',
    '&Område:':
        '&Area:',
    'Avveckla område':
        'Retire area',
    '%1 har en aktiv organisation: %2.':
        '%1 has one active organisation: %2.',
    '%1 har %2 aktiva organisationer: %3.':
        '%1 has %2 active organisations: %3.',
    'Avvecklas området förlorar de sitt område: de visas utan område i trädet tills du flyttar dem till ett annat område eller återtar området. Deras kartläggning finns kvar, och Redigera → Ångra tar tillbaka området.':
        'If the area is retired they lose their area: the tree shows them without an area until you move them to another area or reinstate the area. Their mapping is kept, and Edit → Undo brings the area back.',
    # Session 2026-11-24: grid paste, retire conflicts, team report, Alt letters
    '&Kopiera':
        '&Copy',
    'Klistra &in':
        '&Paste',
    'Klistra in mätvärden (%1)':
        'Paste measurements (%1)',
    'Mätvärden inklistrade: %1 (%2). Ctrl+Z ångrar.':
        'Measurements pasted: %1 (%2). Ctrl+Z undoes.',
    'Den första raden lästes som kolumnrubriker.':
        'The first line was read as column headings.',
    'Inget klistrades in.':
        'Nothing was pasted.',
    'I mätvärdena: kopiera de markerade rutorna (Skift+piltangenter markerar) som tabbavgränsad text, med decimalkomma, till Excel':
        'In the measurements: copy the selected cells (Shift+arrow keys select) as tab-separated text, with the decimal sign shown, for Excel',
    'I mätvärdena: klistra in från Excel eller en textfil. Rader med perioden först (period, värde eller täljare och nämnare, anteckning) skriver de perioderna; bara värden fyller kolumnerna från den markerade rutan, period efter period. Ett fel på en rad: inget klistras in. Ctrl+Z ångrar hela inklistringen':
        'In the measurements: paste from Excel or a text file. Lines that begin with the period (period, value or numerator and denominator, note) write those periods; values alone fill the columns from the selected cell, period after period. One wrong line: nothing is pasted. Ctrl+Z undoes the whole paste',
    'Andelen räknas ut av täljaren och nämnaren: markera täljaren eller nämnaren och klistra in där.':
        'The proportion is computed from the numerator and the denominator: select the numerator or the denominator and paste there.',
    'Det finns inga värden att klistra in.':
        'There are no values to paste.',
    'Det finns inget att klistra in.':
        'There is nothing to paste.',
    'Det inklistrade ser ut som HTML (en webbsida), inte som celler. Kopiera cellerna ur ett kalkylblad eller en textfil, eller klistra in dem som oformaterad text.':
        'The pasted text looks like HTML (a web page), not like cells. Copy the cells from a spreadsheet or a text file, or paste them as plain text.',
    'Perioden finns två gånger.':
        'The period is there twice.',
    'Perioden saknas först på raden.':
        'The period is missing at the start of the line.',
    'Raderna börjar inte med en period (ÅÅÅÅ-MM). Skriv perioden först på varje rad, eller markera rutan där värdena ska börja och klistra in där.':
        'The lines do not begin with a period (YYYY-MM). Write the period first on every line, or select the cell where the values should begin and paste there.',
    'Rad %1 i det inklistrade innehåller styrtecken (U+%2) och ser inte ut som text ur ett kalkylblad eller en textfil.':
        'Line %1 of the pasted text contains control characters (U+%2) and does not look like text from a spreadsheet or a text file.',
    'Det inklistrade är för stort (%1 rader). Högst %2 rader kan klistras in på en gång: klistra in en del i taget.':
        'The pasted text is too large (%1 lines). At most %2 lines can be pasted at once: paste a part at a time.',
    'Rad %1 i det inklistrade har %2 kolumner; högst %3 får plats från den markerade rutan till tabellens sista.':
        'Line %1 of the pasted text has %2 columns; at most %3 fit from the selected cell to the last column of the table.',
    'Rad %1 i det inklistrade har %2 kolumner; högst %3 får plats: perioden, måttets värden och en anteckning.':
        "Line %1 of the pasted text has %2 columns; at most %3 fit: the period, the measure's values and a note.",
    'Det inklistrade är för stort (%1 tecken; högst %2 får plats). Klistra in en del i taget.':
        'The pasted text is too large (%1 characters; at most %2 fit). Paste a part at a time.',
    'Rad %1 i det inklistrade kan inte läsas (ett citattecken som aldrig avslutas?).':
        'Line %1 of the pasted text cannot be read (a quotation mark that is never closed?).',
    'Rad %1 i det inklistrade: perioden %2 finns redan på rad %3.':
        'Line %1 of the pasted text: the period %2 is already on line %3.',
    'Rad %1 i det inklistrade (%2): %3':
        'Line %1 of the pasted text (%2): %3',
    'Rad %1 i det inklistrade: %2':
        'Line %1 of the pasted text: %2',
    'Perioden %1: %2':
        'Period %1: %2',
    'Döljer: %1':
        'Hides: %1',
    'Behåll avvecklad':
        'Keep it retired',
    'Återta organisationen':
        'Reinstate the organisation',
    'Återta metoden':
        'Reinstate the method',
    'Återta posten':
        'Reinstate the record',
    'Avvecklad på %1 medan %2 arbetade med den. Avvecklingen gäller nu, så arbetet nedan visas inte; det finns kvar och visas igen om den återtas.':
        'Retired on %1 while %2 worked on it. The retirement applies now, so the work below is not shown; it is kept and shows again if it is reinstated.',
    '%1 är avvecklad. Återta organisationen för att ändra dess kartläggning.':
        '%1 is retired. Reinstate the organisation to change its mapping.',
    'Metoden %1 är avvecklad. Återta metoden för att ändra kartläggningen av den.':
        'The method %1 is retired. Reinstate the method to change its mapping.',
    'Teamrapport – förbättringsarbete (PDF)':
        'Team report – improvement work (PDF)',
    'Inga förbättringsteam ännu':
        'No improvement teams yet',
    'PDF-rapporterna skrivs på svenska.':
        'The PDF reports are written in Swedish.',
    'Samlar förbättringsarbetet …':
        'Gathering the improvement work …',
    '&Rapport:':
        '&Report:',
    '&Omfattning:':
        '&Scope:',
    '&Cykel:':
        'C&ycle:',
    'Tom blankett att &fylla i för hand':
        '&Blank form to fill in by hand',
    'S&para som:':
        'Save &as:',
    '&Bläddra…':
        'Bro&wse…',
    '&Skapa':
        '&Create',
    '&Gå och rätta':
        '&Go and correct',
    'Skapa &ändå':
        'Cr&eate anyway',
    '&Öppna PDF:en när den är klar':
        'Open the &PDF when it is ready',
    '&Matrisen (värmekarta)':
        'The &matrix (heat map)',
    'Matrisen för varje orga&nisation':
        'The matrix for each &organisation',
    '&Kompetenser och brister per behovsområde':
        'Competences and gaps per area of nee&d',
    'Metoderna med &anteckningar':
        'The methods with &notes',
    '&Förbättringsarbete och PGSA-cykler':
        'Improvement wor&k and PDSA cycles',
    'D&iagram över måtten':
        'C&harts of the measures',
    '&Uppföljning enligt överenskommelsen':
        '&Follow-up according to the agreement',
    'Öppna a&vvikelser':
        'Open de&viations',
    'Mått och dia&gram':
        'Meas&ures and charts',
    'T&eamet':
        'Team s&ummary',
    '&PGSA-logg':
        'PDSA c&ycle log',
    'Förändring&sidéer':
        '&Change ideas',
    'Framsteg o&ch avvikelser':
        'Progress and dev&iations',
    'Diagramt&yp:':
        'Chart &kind:',
    'Ändra teamet och dess &lärandeseminarier…':
        'Edit the team and its &learning sessions…',
    'Visa cyk&lerna':
        'Show the cyc&les',
    'Sätt poäng f&ör månaden…':
        'Set the month&ly score…',
    'En teamrapport gäller ett förbättringsteam: ange vilket.':
        'A team report is about one improvement team: say which.',
    'Teamet finns inte i arbetsytan (det kan ha tagits bort).':
        'The team is not in the workspace (it may have been deleted).',
    # Menu entries with Alt letters
    '&Länsrapport (PDF)…':
        '&County report (PDF)…',
    '&Organisationsrapport (PDF)…':
        '&Organisation report (PDF)…',
    '&Teamrapport (PDF)…':
        '&Team report (PDF)…',
    '&PGSA-blankett (PDF)…':
        '&PDSA form (PDF)…',
    'Exportera &CSV…':
        'Export C&SV…',
    '&Exportera synkpaket…':
        '&Export sync package…',
    '&Importera synkpaket…':
        '&Import sync package…',
    'Synkronisera med &mapp…':
        'Sync with &folder…',
    '&Välj synkmapp…':
        'C&hoose sync folder…',
    '&Konflikter…':
        '&Conflicts…',
    '&Konflikter (%1)…':
        '&Conflicts (%1)…',
    'Starta en &ny kopia från ett synkpaket…':
        'Start a &new copy from a sync package…',
    # Session 2026-11-24: grid paste, retire conflicts, team report, Alt letters
    'Kryssa i minst en del under Ta med.':
        'Tick at least one part under Include.',
    'Mappen har redan CSV-filer från en tidigare export: %1. Vill du ersätta dem?':
        'The folder already has CSV files from an earlier export: %1. Do you want to replace them?',
    'Filen finns redan: %1. Vill du ersätta den?':
        'The file already exists: %1. Do you want to replace it?',
    '&Ersätt':
        '&Replace',
    # Session 2026-11-24 (2): improvement views and PGSA worksheet
    'Start&datum:':
        'Start &date:',
    'Så läser du diagrammet':
        'How to read the chart',
    'Median':
        'Median',
    'mittlinjen, hälften av punkterna över och hälften under':
        'the centre line, half of the points above it and half below',
    'Medel':
        'Mean',
    'mittlinjen, medelvärdet':
        'the centre line, the mean',
    'ÖSG/NSG':
        'UCL/LCL',
    'styrgränserna, inom dem varierar värdena av slumpen':
        'the control limits: within them the values vary by chance',
    'Röd punkt':
        'Red point',
    'del av en signal (se texten under diagrammet)':
        'part of a signal (see the text under the chart)',
    'utanför styrgränserna':
        'outside the control limits',
    'Skuggat':
        'Shaded',
    'för få korsningar av mittlinjen':
        'too few crossings of the centre line',
    'för få eller för många serier':
        'too few or too many runs',
    'LS':
        'LS',
    'lärandeseminarium':
        'learning session',
    'En signal är ett mönster som slumpen sällan ger: ett tecken på en verklig förändring. Skift: 6 punkter eller fler i rad på samma sida om mittlinjen; trend: 5 punkter eller fler i rad som stiger eller sjunker; för få eller för många serier.':
        'A signal is a pattern that chance seldom gives: a sign of a real change. Shift: 6 or more points in a row on the same side of the centre line; trend: 5 or more points in a row rising or falling; too few or too many runs.',
    'En signal är ett mönster som slumpen sällan ger: ett tecken på en verklig förändring. Skift: fler punkter i rad på samma sida om mittlinjen än slumpen brukar ge; för få korsningar av mittlinjen (Anhøjs regler).':
        "A signal is a pattern that chance seldom gives: a sign of a real change. Shift: more points in a row on the same side of the centre line than chance usually gives; too few crossings of the centre line (Anhøj's rules).",
    'Alt+G / Alt+P / Alt+S / Alt+C':
        'Alt+U / Alt+Y / Alt+C / Alt+I',
    'När fliken Förbättringsarbete visas (Alt+F): fliken och in i den: mätvärdena (Alt+E: teamet), PGSA-loggen, förändringsidéerna, framstegen':
        'With the Improvement work tab shown: the tab, and into it: the measurements (or the team summary), the PDSA cycle log, the change ideas, the progress',
    'I mätvärdena, PGSA-loggen och flikarnas tabeller: tillbaka till listan med team, mål och mått':
        "In the measurements, the PDSA cycle log and the tabs' tables: back to the list of teams, aims and measures",
    'Ny PGSA-cykel med startdatum (Ctrl+Enter skapar den)':
        'New PDSA cycle with its start date (Ctrl+Enter creates it)',
    'I arbetsbladet: spara; i en lista: öppna den och välj; i frågorna och uppgifterna: spara rutan':
        'In the worksheet: save; in a list: open it and choose; in the questions and tasks: save the cell',
    'Mellanslag':
        'Space',
    'I arbetsbladets frågor och uppgifter: redigera rutan (texten står kvar); i en lista med kryssrutor (teamets organisationer): kryssa i eller ur, även direkt efter att ha skrivit början av ett namn':
        "In the worksheet's questions and tasks: edit the cell (its text kept); in a list of check boxes (the team's organisations): check or uncheck, also right after typing the start of a name",
    # Session 2026-11-24 (2): presentation mode from the workshop trial
    'Parkera en kommentar på parkeringsplatsen':
        'Park a remark in the parking lot',
    'Enter sparar · Esc avbryter':
        'Enter saves · Esc cancels',
    'Skriv kommentaren här':
        'Type the remark here',
    'Ingen textruta är öppen – det du skriver sparas inte.':
        'No text field is open – what you type is not kept.',
    'senast: %1':
        'latest: %1',
    'Kompetens, utbildad personal, behov och nivå':
        'Competence, trained staff, need and level',
    'Anteckningar skrivs för en organisation: tryck Esc, välj organisationen i trädet och tryck F11.':
        'Notes are written for one organisation: press Esc, choose the organisation in the tree and press F11.',
    'Rutan har inga metoder att skriva en anteckning till.':
        'The cell has no methods to write a note for.',
    'Enter: skriv en anteckning · P: parkera en kommentar':
        'Enter: write a note · P: park a remark',
    'P: parkera en kommentar':
        'P: park a remark',
    '%1 org.':
        '%1 orgs',
    'ej kartlagt: %1':
        'not mapped: %1',
    'ej aktuellt: %1':
        'not applicable: %1',
    'Ej ifyllt: %1':
        'Not filled in: %1',
    'Diagrammen har inga anteckningar här – P parkerar en kommentar.':
        'Charts have no notes here – P parks a remark.',
    # Session 2026-11-24 (2): report dialog's area report
    'Områdesrapport (PDF)':
        'Area report (PDF)',
    # Session 2026-11-24 (2): sync dialogs from the workshop trial
    'Den här kopian: %1':
        'This copy: %1',
    'Stän&g':
        '&Close',
    '&Behåll det nuvarande':
        '&Keep the current one',
    '&Använd det andra värdet':
        '&Use the other value',
    '&Slå ihop':
        '&Merge',
    'Behåll båda texterna: den nuvarande, en tom rad, den andra.':
        'Keep both texts: the current one, a blank line, the other one.',
    'den här kopian (%1)':
        'this copy (%1)',
    '%1, %2':
        '%1, %2',
    '%1: %2 (avvecklad)':
        '%1: %2 (retired)',
    '%1: %2 (borttagen)':
        '%1: %2 (deleted)',
    'Välj: %1. Enter eller blanksteg trycker på knappen som är markerad, Esc stänger utan att välja.':
        'Choose: %1. Enter or Space presses the highlighted button, Esc closes without choosing.',
    ', ':
        ', ',
    'Alt+%1 %2':
        'Alt+%1 %2',
    '&Behåll borttagen':
        '&Keep it deleted',
    'Åte&rställ posten med ändringen':
        '&Restore the record with the change',
    '&Behåll avvecklad':
        '&Keep it retired',
    'Åte&rta organisationen':
        '&Reinstate the organisation',
    'Åte&rta metoden':
        '&Reinstate the method',
    'Åte&rta posten':
        '&Reinstate the record',
    'Avvecklad på %1 medan %2 arbetade med den. Avvecklingen gäller nu, så arbetet nedan visas inte; det finns kvar. Det döljs också av %3, så det visas först när även den återtas.':
        'Retired on %1 while %2 worked on it. The retirement applies now, so the work below is not shown; it is kept. It is also hidden by %3, so it shows only when that is reinstated too.',
    '%1 den %2':
        '%1 on %2',
    'Värdet som gäller (skrivet på %1, %2)':
        'The value that applies (written on %1, %2)',
    'Det andra värdet (skrivet på %1, %2)':
        'The other value (written on %1, %2)',
    'Löst: %1 – %2. Valt: %3.':
        'Resolved: %1 – %2. Chosen: %3.',
    'Arbetet döljs fortfarande av %1.':
        'The work is still hidden by %1.',
    'borttagen':
        'deleted',
    'återställd':
        'restored',
    'avvecklad':
        'retired',
    'återtagen':
        'reinstated',
    'ny':
        'new',
    'andra uppgifter':
        'other details',
    '%1 (%2)':
        '%1 (%2)',
    '%1: %2':
        '%1: %2',
    '%1 – konflikt':
        '%1 – conflict',
    'Poster som berörs: %1.':
        'Records affected: %1.',
    'Det här ändras:':
        'What changes:',
    'och %1 till.':
        'and %1 more.',
    'Importen ger inga konflikter.':
        'The import makes no conflicts.',
    'Importen ger 1 konflikt att granska efteråt (Arkiv → Synkronisering → Konflikter).':
        'The import makes 1 conflict to review afterwards (File → Sync → Conflicts).',
    'Importen ger %1 konflikter att granska efteråt (Arkiv → Synkronisering → Konflikter).':
        'The import makes %1 conflicts to review afterwards (File → Sync → Conflicts).',
    'Den här kopians &namn:':
        "This copy's &name:",
    'Visas för de andra kopiorna, t.ex. i deras konfliktlista. Ge kopian ett namn som de känner igen, t.ex. ”Luleå – samordnarens dator”; annars heter den som datorn (%1).':
        "Shown to the other copies, e.g. in their list of conflicts. Give this copy a name they recognise, e.g. “Luleå – coordinator's laptop”; otherwise it is named after the computer (%1).",
    'Visas för de andra kopiorna, t.ex. i deras konfliktlista.':
        'Shown to the other copies, e.g. in their list of conflicts.',
    '%1 nya ändringar av %2 i paketet.':
        '%1 new changes of %2 in the package.',
    'Den här kopians &namn (visas för mottagarna):':
        "This copy's &name (shown to the recipients):",
    'Ge kopian ett namn som mottagarna känner igen, t.ex. ”Luleå – samordnarens dator”; annars heter den som datorn (%1).':
        "Give this copy a name the recipients recognise, e.g. “Luleå – coordinator's laptop”; otherwise it is named after the computer (%1).",
    'Den nya kopians namn':
        "The new copy's name",
    'Den nya kopians &namn:':
        "The new copy's &name:",
    'Visas för de andra kopiorna. Ge den ett namn de känner igen, t.ex. ”Luleå – samordnarens dator”; annars heter den som datorn.':
        "Shown to the other copies. Give it a name they recognise, e.g. “Luleå – coordinator's laptop”; otherwise it is named after the computer.",
    # Session 2026-11-24 (2): sync review fixes
    'Namnet sparades inte: %1':
        'The name was not saved: %1',
    'Kopian skapades och är öppnad, men namnet sparades inte: %1 Ge kopian ett namn när du synkroniserar.':
        'The copy was created and is open, but its name was not saved: %1 Give the copy a name when you sync.',
    # Session 2026-11-24 (3): copies' names travel with packages
    'Inget paket har kommit hit från ”%1” (namnet kom med andra kopiors paket), så det går inte att veta vad den saknar. Utan mottagare blir paketet fullständigt och passar alla.':
        'No package has come here from “%1” (the name came with other copies’ packages), so what it lacks cannot be known. Without a recipient the package is complete and suits every copy.',
    'Kopians namn är för långt (%1 tecken); högst %2 tecken.':
        "The copy's name is too long (%1 characters); at most %2.",
    # Session 2026-11-24 (3): new-user trial
    '⚠ Status väljs med 0–5 (Enter skriver anteckningen). Text skrivs i Anteckning, Kompetens, Utbildad personal och Behov/brist.':
        '⚠ Status is chosen with 0–5 (Enter writes the note). Text is written in Note, Competence, Trained staff and Need/gap.',
    '⚠ Nivå väljs med 0–3 (F2 öppnar listan). Text skrivs i Anteckning, Kompetens, Utbildad personal och Behov/brist.':
        '⚠ Level is chosen with 0–3 (F2 opens the list). Text is written in Note, Competence, Trained staff and Need/gap.',
    'Esc: bort med varningen':
        'Esc: dismiss the warning',
    'Alla konflikter är lösta. Esc stänger fönstret.':
        'All conflicts are resolved. Esc closes the window.',
    'Inga olösta konflikter':
        'No unresolved conflicts',
    '%1 – skrivet på %2':
        '%1 – written on %2',
    'En version till av samma text väntar: Slå ihop igen för att behålla även den.':
        'Another version of the same text is waiting: Merge again to keep it too.',
    # Session 2026-11-24 (4): robustness review
    'Arbetsytan är skadad':
        'The workspace is damaged',
    'ogiltigt värde i %1':
        'an invalid value in %1',
    '%1 är skadad: SQLite hittar fel i filen och kan inte öppna den. Återställ en säkerhetskopia (Arkiv → Säkerhetskopior).':
        '%1 is damaged: SQLite finds errors in the file and cannot open it. Restore a backup (File → Backups).',
    'Sparat: %1 (Ctrl+Z ångrar)':
        'Saved: %1 (Ctrl+Z undoes)',
    'Ctrl+S / Ctrl+Enter':
        'Ctrl+S / Ctrl+Enter',
    'I arbetsbladet: spara, från vilket fält som helst':
        'In the worksheet: save, from any field',
    'Spara (Ctrl+S)':
        'Save (Ctrl+S)',
    '%1: för lång text (%2 tecken); högst %3 tecken. Längre text hör hemma i beskrivningen.':
        '%1: too long (%2 characters); at most %3. Longer text belongs in the description.',
    '⚠ %1 text(er) ser ut att innehålla personnummer och följer med paketet, först: %2. Ta bort dem och exportera paketet igen innan det skickas.':
        '⚠ %1 text(s) look like they hold a Swedish personal identity number and go with the package, first: %2. Remove them and export the package again before it is sent.',
    'Vill du välja en säkerhetskopia att återställa? Den skadade filen sparas först bland säkerhetskopiorna.':
        'Do you want to choose a backup to restore? The damaged file is saved among the backups first.',
    'Arbetsytan verkar vara skadad: SQLite hittar fel i filen (en USB-sticka som slutar fungera kan göra så). Ingen ny säkerhetskopia togs, så de äldre finns kvar. Återställ den senaste hela: Arkiv → Säkerhetskopior.':
        'The workspace seems to be damaged: SQLite finds errors in the file (a failing USB stick can do this). No new backup was taken, so the older ones are kept. Restore the latest whole one: File → Backups.',
    # Session 2026-11-25: files another program holds
    "%1 är öppen i ett annat program just nu. Stäng den där och försök igen.":
        "%1 is open in another program just now. Close it there and try again.",
    "Den nya kopian kunde inte sparas som %1: %2.":
        "The new copy could not be saved as %1: %2.",
    "Fetstil: prioritet 1–3 i riktlinjerna": "Bold: priority 1–3 in the guidelines",
    "Granska &konflikter…": "Review &conflicts…",
    "Inget att ångra.": "Nothing to undo.",
    "1 ny ändring av %2 i paketet.": "1 new change of %2 in the package.",
    "PDF:en kunde inte öppnas: datorn har inget program som visar PDF-filer. Öppna filen från mappen ovan.":
        "The PDF could not be opened: this computer has no program that shows PDF files. Open the file from the folder above.",
    # Session 2026-11-25 (2): key press, F5, smaller fixes
    "Synkronisera med synkmappen": "Sync with the sync folder",
    "Skriv": "Type",
    "I en textkolumn: ersätt rutans text (Esc: behåll den)":
        "In a text column: replace the cell's text (Esc: keep it)",
    "Perioden %1 har inte börjat än (i dag är det %2). Stämmer perioden?":
        "The period %1 has not begun yet (today is %2). Is the period right?",
    # Session 2026-11-25 (3): summary report
    "Sammanfa&ttning": "S&ummary",
    "En eller två sidor på vanlig svenska först i rapporten: hur långt kartläggningen har kommit, andelen metoder i bruk, det starkaste och svagaste i matrisen, förbättringsområdena och förbättringsarbetet.":
        "One or two pages of plain Swedish first in the report: how far the mapping has come, the share of methods in use, the strongest and weakest of the matrix, the improvement areas and the improvement work.",
    "Kort version (för politiker och st&yrgrupp)":
        "Shor&t version (for politicians and the steering group)",
    "Bara Sammanfattning: försättsbladet och en eller två sidor på vanlig svenska.":
        "Summary only: the cover and one or two pages of plain Swedish.",
    "He&la rapporten": "Fu&ll report",
    "Kryssar i alla delar.": "Ticks every part.",
    # Session 2026-11-25 (4): the mapping's divider by keyboard
    "&Fler metoder, mindre matris": "More metho&ds, smaller matrix",
    "&Större matris, färre metoder": "&Larger matrix, fewer methods",
    "Matrisen kan inte bli mindre här.": "The matrix cannot get smaller here.",
    "Metodlistan kan inte bli mindre här.": "The method list cannot get smaller here.",
    "Ctrl+Skift+Upp / Ned": "Ctrl+Shift+Up / Down",
    "Fler metoder och mindre matris / större matris (även i metodlistan)":
        "More methods and a smaller matrix / a larger matrix (in the method list too)",
    "Öppna det valda förbättringsområdet för att ändra det":
        "Open the chosen improvement area to change it",
    "Synkmapp: %1 – F5 synkroniserar med den.": "Sync folder: %1 – F5 syncs with it.",
}

# Where one Swedish source needs other English in one window (its Alt letter
# would clash there): (context, source) -> English, before EN.
EN_IN_CONTEXT = {
    ("ReportDialog", "Förbättringsområ&den"): "&Improvement areas",
}
