<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="73"/>
        <source>About Mission Planner</source>
        <translation>Over Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="84"/>
        <source>Plan official missions abroad: meetings across time zones, briefing packs, outcomes and follow-ups.</source>
        <translation>Officiële missies in het buitenland voorbereiden: vergaderingen over tijdzones heen, briefingdossiers, resultaten en opvolgingen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="134"/>
        <source>not versioned</source>
        <translation>zonder versie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="138"/>
        <source>{revision} (this version of the app expects {head})</source>
        <translation>{revision} (deze versie van de toepassing verwacht {head})</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="91"/>
        <source>standalone build</source>
        <translation>zelfstandige versie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="91"/>
        <source>Python package</source>
        <translation>Python-pakket</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="142"/>
        <source>{folder} (set by MISSIONPLANNER_HOME)</source>
        <translation>{folder} (ingesteld door MISSIONPLANNER_HOME)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="93"/>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="95"/>
        <source>Database:</source>
        <translation>Databank:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="96"/>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="97"/>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="98"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="98"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="100"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="102"/>
        <source>Licence:</source>
        <translation>Licentie:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="102"/>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="121"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="123"/>
        <source>Copy these details to the clipboard, e.g. for a support request</source>
        <translation>Deze details naar het klembord kopiëren, bv. voor een ondersteuningsvraag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="159"/>
        <source>{family} ({script}): {licence}</source>
        <translation>{family} ({script}): {licence}</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="166"/>
        <source>No fonts are shipped with this installation. Briefing packs use the fonts installed on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.</source>
        <translation>Bij deze installatie worden geen lettertypen geleverd. Briefingdossiers gebruiken de lettertypen die op deze computer zijn geïnstalleerd: IPAGothic, Yu Gothic of Meiryo voor Japans; NanumGothic of Malgun Gothic voor Koreaans; DejaVu Sans, Arial of Segoe UI voor Latijns schrift.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="171"/>
        <source>Fonts in {folder} ({variable}) are used first.</source>
        <translation>Lettertypen in {folder} ({variable}) krijgen voorrang.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="64"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="66"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Missie:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="77"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="82"/>
        <source>Scheduling problems</source>
        <translation>Planningsproblemen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="87"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="88"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuwe vergadering…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="92"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="103"/>
        <source>&amp;Log outcome…</source>
        <translation>&amp;Resultaat vastleggen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="94"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="105"/>
        <source>Doc&amp;uments…</source>
        <translation>Doc&amp;umenten…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="96"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="102"/>
        <source>&amp;Edit meeting…</source>
        <translation>Vergadering &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="104"/>
        <source>New &amp;follow-up…</source>
        <translation>Nieuwe &amp;opvolging…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="106"/>
        <source>&amp;Delete meeting…</source>
        <translation>Vergadering &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="140"/>
        <source>L&amp;ist</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="141"/>
        <source>Da&amp;y</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="142"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="143"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="225"/>
        <source>Home time: %1</source>
        <translation>Thuistijd: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="242"/>
        <source>Problems (checking…)</source>
        <translation>Problemen (controleren…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="263"/>
        <source>Problems: the scheduling checks are not installed</source>
        <translation>Problemen: de planningscontroles zijn niet geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="265"/>
        <source>Problems: the checks failed (%1)</source>
        <translation>Problemen: de controles zijn mislukt (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="278"/>
        <source>Problems: %1, %2</source>
        <translation>Problemen: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="496"/>
        <source>Delete the meeting “%1”?

Its %2 go with it. You can undo it with Edit ▸ Undo.</source>
        <translation>De vergadering „%1” verwijderen?

Haar opvolgingen (%2) worden mee verwijderd. U kunt dit ongedaan maken via Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="279"/>
        <source>No scheduling problems</source>
        <translation>Geen planningsproblemen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="287"/>
        <source>%1: %2</source>
        <comment>problem kind: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="371"/>
        <source>move meeting “%1”</source>
        <translation>vergadering ‘%1’ verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="381"/>
        <source>Move meeting</source>
        <translation>Vergadering verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="425"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="435"/>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="425"/>
        <source>Create a mission first.</source>
        <translation>Maak eerst een missie aan.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="436"/>
        <source>Add a leg (a city with its time zone) to the mission first.</source>
        <translation>Voeg eerst een etappe (een stad met haar tijdzone) aan de missie toe.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="467"/>
        <source>schedule “%1”</source>
        <translation>„%1” plannen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="470"/>
        <source>edit meeting “%1”</source>
        <translation>vergadering „%1” bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="498"/>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="501"/>
        <source>delete meeting “%1”</source>
        <translation>vergadering „%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="82"/>
        <source>Edit agreement</source>
        <translation>Overeenkomst bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="82"/>
        <source>New agreement</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="92"/>
        <source>Date approximate</source>
        <translation>Datum bij benadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="111"/>
        <source>Signatories</source>
        <translation>Ondertekenaars</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="116"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="116"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="117"/>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="117"/>
        <source>Si&amp;gned on</source>
        <translation>&amp;Ondertekend op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="119"/>
        <source>E&amp;xpires on</source>
        <translation>&amp;Verloopt op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="119"/>
        <source>S&amp;cope</source>
        <translation>&amp;Reikwijdte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="120"/>
        <source>&amp;Parties</source>
        <translation>&amp;Partijen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="121"/>
        <source>Signat&amp;ories</source>
        <translation>Onderte&amp;kenaars</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="122"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="135"/>
        <source>Trans&amp;lations…</source>
        <translation>Vertal&amp;ingen…</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="205"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="206"/>
        <source>Filter agreements</source>
        <translation>Overeenkomsten filteren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="211"/>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="220"/>
        <source>Agreement details</source>
        <translation>Details van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="221"/>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nieuwe overeenkomst…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="223"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="225"/>
        <source>De&amp;lete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="226"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="373"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="382"/>
        <source>Delete agreement</source>
        <translation>Overeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="228"/>
        <source>&amp;Delete agreement…</source>
        <translation>Overeenkomst &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="230"/>
        <source>&amp;Edit agreement…</source>
        <translation>Overeenkomst &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="237"/>
        <source>&amp;Attach document…</source>
        <translation>Document &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="239"/>
        <source>&amp;Open document</source>
        <translation>Document &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="297"/>
        <source>Attach the agreement&apos;s document</source>
        <translation>Het document van het akkoord toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="298"/>
        <source>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</source>
        <translation>Documenten (*.pdf *.docx *.odt *.doc);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="301"/>
        <source>Attach document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="341"/>
        <source>create agreement “%1”</source>
        <translation>overeenkomst ‘%1’ aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="345"/>
        <source>edit agreement “%1”</source>
        <translation>overeenkomst ‘%1’ bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="369"/>
        <source>Delete the agreement “%1”?

Its links to %2 and %3 and its %4 go with it; the organizations and people stay. You can undo it with Edit ▸ Undo.</source>
        <translation>Overeenkomst ‘%1’ verwijderen?

De koppelingen met %2 en %3 en de bijgevoegde documenten (%4) verdwijnen mee; de organisaties en personen blijven. U kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="375"/>
        <source>delete agreement “%1”</source>
        <translation>overeenkomst ‘%1’ verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="390"/>
        <source>approximate</source>
        <translation>bij benadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="391"/>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="392"/>
        <source>Expires on</source>
        <translation>Verloopt op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="393"/>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="394"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="395"/>
        <source>Signatories</source>
        <translation>Ondertekenaars</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="430"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="69"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="167"/>
        <source>%1 time · %2 time in grey</source>
        <translation>tijd in %1 · tijd in %2 in het grijs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="170"/>
        <source> (%1 h)</source>
        <comment>home&apos;s offset from the local time</comment>
        <translation> (%1 u)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="293"/>
        <source>%1 %2 (%3 time; %4 at home)</source>
        <translation>%1 %2 (tijd in %3; %4 thuis)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="300"/>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="301"/>
        <source>Until %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="305"/>
        <source>Departs %1</source>
        <translation>Vertrek %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="306"/>
        <source>Arrives %1</source>
        <translation>Aankomst %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="319"/>
        <source>No mission to show.</source>
        <translation>Geen missie om te tonen.</translation>
    </message>
</context>
<context>
    <name>CalendarHeader</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="431"/>
        <source>Local time</source>
        <translation>Lokale tijd</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="491"/>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="495"/>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="505"/>
        <source>Drag a meeting to move it, its lower edge to change its end; Alt+arrows move the selected one. Double-click a journey to edit it.</source>
        <translation>Sleep een vergadering om ze te verplaatsen, haar onderrand om het einde te wijzigen; Alt+pijltjes verplaatsen de geselecteerde. Dubbelklik op een reis om ze te bewerken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="576"/>
        <source>%1 (%2 time)</source>
        <translation>%1 (tijd in %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="580"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="32"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="33"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="34"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="35"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="36"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="37"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="74"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="78"/>
        <source>Conflicts waiting</source>
        <translation>Wachtende conflicten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="86"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="86"/>
        <source>Mine (this laptop)</source>
        <translation>Mijn versie (deze laptop)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="87"/>
        <source>Theirs (the server)</source>
        <translation>Hun versie (de server)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="94"/>
        <source>Merged text</source>
        <translation>Samengevoegde tekst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="95"/>
        <source>Write here the text to keep, from both sides</source>
        <translation>Schrijf hier de tekst die blijft, uit beide versies</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="98"/>
        <source>Merged &amp;text:</source>
        <translation>Samengevoegde &amp;tekst:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="100"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="101"/>
        <source>Keep t&amp;heirs</source>
        <translation>&amp;Hun versie houden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="102"/>
        <source>&amp;Save the merged text</source>
        <translation>Samengevoegde tekst op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="106"/>
        <source>No conflict is waiting: every change was merged.</source>
        <translation>Geen wachtende conflicten: alle wijzigingen zijn samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="140"/>
        <source>Seen at the sync of %1</source>
        <translation>Vastgesteld bij de synchronisatie van %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="159"/>
        <source>This mission is no longer shared with you: it left this laptop, and the changes you made to it were not sent. Its last state here is below; “Keep theirs” closes this notice.</source>
        <translation>Deze missie wordt niet meer met u gedeeld: ze is van deze laptop verdwenen en de wijzigingen die u eraan maakte, zijn niet verzonden. Haar laatste toestand hier staat hieronder; “Hun versie houden” sluit deze melding.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="163"/>
        <source>The server refused this change for your login (a reader&apos;s login changes nothing; a mission cannot be restricted away from the aide who restricts it). “Keep theirs” puts back the server&apos;s version; “Keep mine” sends it again.</source>
        <translation>De server heeft deze wijziging voor uw login geweigerd (een lezerslogin wijzigt niets; een missie kan niet worden voorbehouden aan anderen dan de medewerker die ze voorbehoudt). “Hun versie houden” zet de versie van de server terug; “Mijn versie houden” verstuurt ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="168"/>
        <source>Deleted on this laptop, changed on the server meanwhile.</source>
        <translation>Verwijderd op deze laptop, intussen gewijzigd op de server.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="170"/>
        <source>Changed on this laptop, deleted on the server meanwhile.</source>
        <translation>Gewijzigd op deze laptop, intussen verwijderd op de server.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="172"/>
        <source>Changed on both sides since the last sync:</source>
        <translation>Aan beide kanten gewijzigd sinds de laatste synchronisatie:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="16"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n vergadering</numerusform>
            <numerusform>%n vergaderingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="17"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n opvolging</numerusform>
            <numerusform>%n opvolgingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="18"/>
        <source>%n leg(s)</source>
        <translation>
            <numerusform>%n etappe</numerusform>
            <numerusform>%n etappes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="19"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="20"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="21"/>
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n partij</numerusform>
            <numerusform>%n partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="22"/>
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n ondertekenaar</numerusform>
            <numerusform>%n ondertekenaars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="23"/>
        <source>%n attached document(s)</source>
        <translation>
            <numerusform>%n bijgevoegd document</numerusform>
            <numerusform>%n bijgevoegde documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="24"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="25"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="26"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="27"/>
        <source>%n mission delegation(s)</source>
        <translation>
            <numerusform>%n missiedelegatie</numerusform>
            <numerusform>%n missiedelegaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="28"/>
        <source>%n agreement signature(s)</source>
        <translation>
            <numerusform>%n ondertekening van een overeenkomst</numerusform>
            <numerusform>%n ondertekeningen van overeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="29"/>
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n aansluiting</numerusform>
            <numerusform>%n aansluitingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="30"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="31"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n missie</numerusform>
            <numerusform>%n missies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyReminder</name>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="33"/>
        <source>Mission Planner</source>
        <translation>Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="49"/>
        <source>%1 overdue, %2 due today.</source>
        <translation>%1 achterstallig, %2 vandaag te doen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="74"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="52"/>
        <source>e.g. 9/6/2017 10:30 or 9 juin 14h30</source>
        <translation>bv. 9/6/2017 10:30 of 9 juni 14u30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="53"/>
        <source>e.g. 9/6/2017 or 9 juin 2017</source>
        <translation>bv. 9/6/2017 of 9 juni 2017</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="58"/>
        <source>Choose the date from a calendar</source>
        <translation>De datum in een kalender kiezen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="59"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>De datum in een kalender kiezen (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="195"/>
        <source>%1 in %2</source>
        <comment>the time at home: 03:30 à Bruxelles</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="72"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="44"/>
        <source>Documents: %1</source>
        <translation>Documenten: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="51"/>
        <source>Attached documents</source>
        <translation>Bijgevoegde documenten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="56"/>
        <source>&amp;Attach a file…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="57"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="58"/>
        <source>&amp;Remove…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="83"/>
        <source>No document attached yet.</source>
        <translation>Nog geen document bijgevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="84"/>
        <source>Double-click a document to open it.</source>
        <translation>Dubbelklik op een document om het te openen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="97"/>
        <source>Attach a document</source>
        <translation>Een document toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="98"/>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.png *.jpg);;All files (*)</source>
        <translation>Documenten (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.png *.jpg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="116"/>
        <source>No program was found to open it. A copy is in %1.</source>
        <translation>Er werd geen programma gevonden om het te openen. Een kopie staat in %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="123"/>
        <source>Remove a document</source>
        <translation>Een document verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="124"/>
        <source>Remove “%1” from this record? The file itself, if you kept a copy, is not touched.</source>
        <translation>“%1” uit deze fiche verwijderen? Het bestand zelf, als u een kopie bewaarde, blijft ongemoeid.</translation>
    </message>
</context>
<context>
    <name>DueFilter</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="64"/>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="66"/>
        <source>Type a date day first, such as 15/6/2017 or 15 June 2017, or choose it from the calendar (Alt+Down); empty: no limit</source>
        <translation>Typ een datum, de dag eerst, zoals 15/6/2017 of 15 juni 2017, of kies ze in de kalender (Alt+Omlaag); leeg: geen grens</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="36"/>
        <source>Duplicate people</source>
        <translation>Dubbele personen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="43"/>
        <source>Likely duplicate people</source>
        <translation>Waarschijnlijk dubbele personen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="46"/>
        <source>&amp;Merge (keep the first)</source>
        <translation>&amp;Samenvoegen (de eerste behouden)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="48"/>
        <source>&amp;Undo last merge</source>
        <translation>Laatste samenvoeging &amp;ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="77"/>
        <source>%n likely duplicate pair(s). Merging keeps every meeting, affiliation and follow-up of both.</source>
        <translation>
            <numerusform>%n waarschijnlijk dubbel paar. Samenvoegen behoudt alle vergaderingen, verbindingen en opvolgingen van beide.</numerusform>
            <numerusform>%n waarschijnlijk dubbele paren. Samenvoegen behoudt alle vergaderingen, verbindingen en opvolgingen van beide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="580"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="581"/>
        <source>You have unsaved changes. Discard them?</source>
        <translation>U hebt niet-opgeslagen wijzigingen. Wilt u ze verwerpen?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="189"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="190"/>
        <source>%1

Reload it? Your unsaved changes in this window will be lost.</source>
        <translation>%1

Opnieuw laden? Uw niet-opgeslagen wijzigingen in dit venster gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/saving.py" line="34"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="86"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="92"/>
        <source>No mission</source>
        <translation>Geen missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="86"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="92"/>
        <source>Select a mission first.</source>
        <translation>Selecteer eerst een missie.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="97"/>
        <source>Import mission file</source>
        <translation>Missiebestand importeren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="98"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="117"/>
        <source>Mission files (*.json)</source>
        <translation>Missiebestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="101"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="103"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="145"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="163"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="173"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="190"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="106"/>
        <source>Imported “%1”</source>
        <translation>„%1” geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="116"/>
        <source>Export mission file</source>
        <translation>Missiebestand exporteren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="120"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="132"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="121"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="133"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="128"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="129"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="140"/>
        <source>Calendars (*.ics)</source>
        <translation>Agenda&apos;s (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="139"/>
        <source>Import calendar into “%1”</source>
        <translation>Agenda importeren in „%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="148"/>
        <source>Importing this calendar into “%1” would create %2, update %3, leave %4 unchanged and skip %5. Import it?</source>
        <translation>Deze agenda importeren in „%1” zou %2 aanmaken, %3 bijwerken, %4 ongewijzigd laten en %5 overslaan. Importeren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/file_actions.py" line="153"/>
        <source>%n of the updated meetings will be marked cancelled: the calendar cancels them or no longer holds them. They are kept, not deleted.</source>
        <translation>
            <numerusform>%n van de bijgewerkte vergaderingen wordt als geannuleerd gemarkeerd: de agenda annuleert ze of bevat ze niet meer. Ze wordt bewaard, niet verwijderd.</numerusform>
            <numerusform>%n van de bijgewerkte vergaderingen worden als geannuleerd gemarkeerd: de agenda annuleert ze of bevat ze niet meer. Ze worden bewaard, niet verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="161"/>
        <source>%1 created, %2 updated</source>
        <translation>Aangemaakt: %1; bijgewerkt: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="176"/>
        <source>This file would add %1 and %2; %3 already known. Import it?</source>
        <translation>Dit bestand zou %1 en %2 toevoegen; al bekend: %3. Importeren?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="182"/>
        <source>%1

%2 of this file break a rule. Leave them out and import the others? Each row left out is listed with its reason in %3.</source>
        <translation>%1

Dit bestand bevat rijen die niet aan een regel voldoen (%2). Die weglaten en de andere importeren? Elke weggelaten rij staat met de reden in %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="193"/>
        <source>%1 added</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="195"/>
        <source>; %1 left out, listed in %2</source>
        <translation>; weggelaten: %1, vermeld in %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="158"/>
        <source>Import calendar</source>
        <translation>Agenda importeren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="167"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="186"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="168"/>
        <source>Contacts (*.csv *.xlsx)</source>
        <translation>Contacten (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>FillPositionDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="388"/>
        <source>Fill position: %1</source>
        <translation>Functie invullen: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="390"/>
        <source>Who holds the post “%1”? Its meetings, delegation seats, journeys, follow-ups and signatures pass to them.</source>
        <translation>Wie bekleedt de functie ‘%1’? Haar vergaderingen, plaatsen in de delegatie, reizen, opvolgingen en handtekeningen gaan naar die persoon.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="393"/>
        <source>Holder</source>
        <translation>Titularis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="397"/>
        <source>&amp;Holder</source>
        <translation>&amp;Titularis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="400"/>
        <source>&amp;Fill position</source>
        <translation>Functie &amp;invullen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="417"/>
        <source>Choose the person who holds the post.</source>
        <translation>Kies de persoon die de functie bekleedt.</translation>
    </message>
</context>
<context>
    <name>FollowupEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="105"/>
        <source>Edit follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="105"/>
        <source>New follow-up</source>
        <translation>Nieuwe opvolging</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="116"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="182"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="124"/>
        <source>From the meeting: %1</source>
        <translation>Uit de vergadering: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="126"/>
        <source>Open the meeting in the agenda</source>
        <translation>De vergadering in de agenda openen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="146"/>
        <source>&amp;Mission</source>
        <translation>&amp;Missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="147"/>
        <source>From &amp;meeting</source>
        <translation>Uit ver&amp;gadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="148"/>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="149"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="150"/>
        <source>&amp;Due on</source>
        <translation>Vervalda&amp;tum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="151"/>
        <source>&amp;Recurrence</source>
        <translation>&amp;Herhaling</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="152"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="294"/>
        <source>new follow-up “%1”</source>
        <translation>nieuwe opvolging “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="299"/>
        <source>Follow-up added: %1</source>
        <translation>Opvolging toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="313"/>
        <source>Filter by mission</source>
        <translation>Filteren op missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="315"/>
        <source>Filter by owner</source>
        <translation>Filteren op verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="317"/>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="318"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="319"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="320"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="321"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="427"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="322"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="439"/>
        <source>Due from</source>
        <translation>Vervalt vanaf</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="323"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="439"/>
        <source>Due until</source>
        <translation>Vervalt tot</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="347"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="348"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="375"/>
        <source>Mark &amp;done</source>
        <translation>Markeren als &amp;afgerond</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="351"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Uitstellen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="354"/>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="354"/>
        <source>For three days</source>
        <translation>Drie dagen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="355"/>
        <source>For a week</source>
        <translation>Een week</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="355"/>
        <source>For a month</source>
        <translation>Een maand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="358"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="377"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="360"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="379"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nieuwe opvolging…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="361"/>
        <source>Add a follow-up to a mission or one of its meetings (Ins)</source>
        <translation>Een opvolging toevoegen aan een missie of een van haar vergaderingen (Ins)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="363"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="384"/>
        <source>Go to &amp;meeting</source>
        <translation>Naar de &amp;vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="364"/>
        <source>Show the meeting the selected follow-up came from in the agenda</source>
        <translation>De vergadering waaruit de gekozen opvolging voortkomt in de agenda tonen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="366"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="367"/>
        <source>Edit follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="368"/>
        <source>Change the selected follow-up (Enter, F2 or double-click)</source>
        <translation>De geselecteerde opvolging wijzigen (Enter, F2 of dubbelklik)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="371"/>
        <source>&amp;Edit follow-up…</source>
        <translation>Opvolging &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="390"/>
        <source>Mission:</source>
        <translation>Missie:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="390"/>
        <source>Owner:</source>
        <translation>Verantwoordelijke:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="391"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="391"/>
        <source>Due from:</source>
        <translation>Vervalt vanaf:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="392"/>
        <source>until:</source>
        <translation>tot:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="442"/>
        <source>%1 is not applied: %2</source>
        <translation>Filter ‘%1’ niet toegepast: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="481"/>
        <source>%1 shown, %2 overdue; %3 overdue in all</source>
        <translation>Getoond: %1, waarvan %2 achterstallig; %3 achterstallig in totaal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="514"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="573"/>
        <source>edit follow-up “%1”</source>
        <translation>opvolging ‘%1’ bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="582"/>
        <source>mark follow-up “%1” done</source>
        <translation>opvolging ‘%1’ als gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="583"/>
        <source>Marked done: %1 — %2 to undo</source>
        <translation>Als gedaan gemarkeerd: %1 — %2 om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="598"/>
        <source>reopen follow-up “%1”</source>
        <translation>opvolging ‘%1’ heropenen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="604"/>
        <source>snooze follow-up “%1”</source>
        <translation>opvolging ‘%1’ uitstellen</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="49"/>
        <source>Find a free slot</source>
        <translation>Een vrij tijdslot zoeken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="67"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="68"/>
        <source>Dura&amp;tion</source>
        <translation>Duu&amp;r</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="69"/>
        <source>C&amp;ity</source>
        <translation>S&amp;tad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="72"/>
        <source>Free slots</source>
        <translation>Vrije tijdsloten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="75"/>
        <source>Free &amp;slots</source>
        <translation>&amp;Vrije tijdsloten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="91"/>
        <source>&amp;Use this slot</source>
        <translation>Dit tijdslot &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="143"/>
        <source>%1 (free until %2)</source>
        <translation>%1 (vrij tot %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="151"/>
        <source>Free slots of at least %1 in %2 on %3; the meeting starts at the beginning of the slot you pick.</source>
        <translation>Vrije tijdsloten van minstens %1 in %2 op %3; de vergadering begint bij het begin van het gekozen tijdslot.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="153"/>
        <source>No free slot of %1 in %2 on %3.</source>
        <translation>Geen vrij tijdslot van %1 in %2 op %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="167"/>
        <source>%n meeting(s) of the delegation fill the day; the longest free time left is %1.</source>
        <translation>
            <numerusform>%n vergadering van de delegatie vult de dag; de langste vrije tijd die overblijft is %1.</numerusform>
            <numerusform>%n vergaderingen van de delegatie vullen de dag; de langste vrije tijd die overblijft is %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="170"/>
        <source>The mission is not in %1 on %2.</source>
        <translation>De missie is niet in %1 op %2.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="173"/>
        <source>The stay in %1 ends at %2 on %3.</source>
        <translation>Het verblijf in %1 eindigt om %2 op %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="174"/>
        <source>The stay in %1 ended at %2 on %3.</source>
        <translation>Het verblijf in %1 eindigde om %2 op %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="175"/>
        <source>The stay in %1 begins at %2 on %3.</source>
        <translation>Het verblijf in %1 begint om %2 op %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="176"/>
        <source>The delegation arrives in %1 at %2 on %3, and needs %4 to settle.</source>
        <translation>De delegatie komt om %2 op %3 in %1 aan en heeft %4 nodig om zich te installeren.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="188"/>
        <source>Next free day in %1: %2, from %3</source>
        <translation>Volgende vrije dag in %1: %2, vanaf %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="190"/>
        <source>In %1 that day: %2, from %3</source>
        <translation>In %1 op die dag: %2, vanaf %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="194"/>
        <source>Show the free slots of that day in that city</source>
        <translation>De vrije tijdsloten van die dag in die stad tonen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="137"/>
        <source>History: %1</source>
        <translation>Geschiedenis: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="140"/>
        <source>Reading the history…</source>
        <translation>De geschiedenis wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>When / field</source>
        <translation>Wanneer / veld</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="146"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="159"/>
        <source>No recorded changes.</source>
        <translation>Geen geregistreerde wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="161"/>
        <source>Oldest first; times are in your home time zone.</source>
        <translation>Oudste eerst; tijden in uw thuistijdzone.</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="21"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="22"/>
        <source>Arrangements</source>
        <translation>Praktische regelingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="23"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="24"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="25"/>
        <source>Booking reference</source>
        <translation>Boekingsreferentie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="26"/>
        <source>Carrier</source>
        <translation>Vervoerder</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="27"/>
        <source>Check-in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="28"/>
        <source>Check-out</source>
        <translation>Uitchecken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="29"/>
        <source>City in native script</source>
        <translation>Stad in oorspronkelijk schrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="30"/>
        <source>Done on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="31"/>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="32"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="33"/>
        <source>Dress code</source>
        <translation>Kledingvoorschrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="34"/>
        <source>Duty officer</source>
        <translation>Permanentieverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="35"/>
        <source>Embassy</source>
        <translation>Ambassade</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="36"/>
        <source>Emergency contact</source>
        <translation>Contact in noodgevallen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="37"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="38"/>
        <source>Filled by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="39"/>
        <source>Form of address</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="40"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="41"/>
        <source>Departure terminal</source>
        <translation>Vertrekterminal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="42"/>
        <source>Honorific</source>
        <translation>Eretitel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="43"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="44"/>
        <source>Hotel address</source>
        <translation>Adres van het hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="45"/>
        <source>Hotel phone</source>
        <translation>Telefoon van het hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="46"/>
        <source>If raised</source>
        <translation>Indien aangekaart</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="47"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="48"/>
        <source>Led by</source>
        <translation>Geleid door</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="49"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="50"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="51"/>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="52"/>
        <source>Name order</source>
        <translation>Naamvolgorde</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="53"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="54"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="55"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="56"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="57"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="58"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="59"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="60"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="61"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="62"/>
        <source>Pronunciation</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="63"/>
        <source>Reason for the meeting</source>
        <translation>Reden van het onderhoud</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="64"/>
        <source>Requested by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="65"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="66"/>
        <source>Scope</source>
        <translation>Toepassingsgebied</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="67"/>
        <source>Seat</source>
        <translation>Zitplaats</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="68"/>
        <source>Side</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="69"/>
        <source>Signing date approximate</source>
        <translation>Ondertekeningsdatum bij benadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="70"/>
        <source>Snoozed until</source>
        <translation>Uitgesteld tot</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="71"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="72"/>
        <source>Points to make</source>
        <translation>Spreekpunten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="73"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="74"/>
        <source>Arrival terminal</source>
        <translation>Aankomstterminal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="75"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="76"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="77"/>
        <source>Without the lead</source>
        <translation>Zonder de leider</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="80"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="81"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="82"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>IfRaisedEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="24"/>
        <source>If raised: the question and the line to take</source>
        <translation>Indien aangekaart: de vraag en het in te nemen standpunt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="25"/>
        <source>If raised (question)</source>
        <translation>Indien aangekaart (vraag)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="25"/>
        <source>Line to take</source>
        <translation>In te nemen standpunt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="35"/>
        <source>Add a questi&amp;on</source>
        <translation>V&amp;raag toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="37"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="38"/>
        <source>Remove the question</source>
        <translation>De vraag verwijderen</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="117"/>
        <source>Official mission</source>
        <translation>Officiële missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="118"/>
        <source>Economic mission</source>
        <translation>Economische missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="119"/>
        <source>State visit</source>
        <translation>Staatsbezoek</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="120"/>
        <source>Trade fair</source>
        <translation>Vakbeurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="121"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="64"/>
        <source>Leg</source>
        <translation>Etappe</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="64"/>
        <source>New leg</source>
        <translation>Nieuwe etappe</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="91"/>
        <source>e.g. 8/6/2017 15:00 (optional)</source>
        <translation>bv. 8/6/2017 15:00 (optioneel)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="92"/>
        <source>e.g. 11/6/2017 11:00 (optional)</source>
        <translation>bv. 11/6/2017 11:00 (optioneel)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="95"/>
        <source>Embassy of Belgium, its duty phone</source>
        <translation>Belgische ambassade, het nummer van de permanentie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="97"/>
        <source>Police 110, fire and ambulance 119</source>
        <translation>Politie 110, brandweer en ambulance 119</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="103"/>
        <source>&amp;City</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="104"/>
        <source>City in native script</source>
        <translation>Stad in lokaal schrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="105"/>
        <source>C&amp;ountry (ISO code)</source>
        <translation>&amp;Land (ISO-code)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="106"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="107"/>
        <source>&amp;Arrival (local time)</source>
        <translation>&amp;Aankomst (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="108"/>
        <source>&amp;Departure (local time)</source>
        <translation>&amp;Vertrek (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="109"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="110"/>
        <source>Hotel add&amp;ress</source>
        <translation>Ad&amp;res van het hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="111"/>
        <source>Hotel &amp;phone</source>
        <translation>Tele&amp;foon van het hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="112"/>
        <source>Check-&amp;in (local time)</source>
        <translation>&amp;Inchecken (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="113"/>
        <source>Check-ou&amp;t (local time)</source>
        <translation>&amp;Uitchecken (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="114"/>
        <source>&amp;Embassy</source>
        <translation>Ambassa&amp;de</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="115"/>
        <source>Emer&amp;gency numbers</source>
        <translation>Noodnu&amp;mmers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="116"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="124"/>
        <source>Trans&amp;lations…</source>
        <translation>Vertalin&amp;gen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="571"/>
        <source>Finishing the work in progress…</source>
        <translation>Lopend werk wordt afgerond…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="77"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="773"/>
        <source>Mission Planner</source>
        <translation>Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="263"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="315"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="95"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="114"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="143"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="146"/>
        <source>Opening the database…</source>
        <translation>De databank wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="292"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="312"/>
        <source>Updated with a colleague’s changes</source>
        <translation>Bijgewerkt met de wijzigingen van een collega</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="318"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>Missions</source>
        <translation>Missies</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>Organizations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="409"/>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="416"/>
        <source>Follow-ups (%1 overdue)</source>
        <translation>Opvolgingen (%1 achterstallig)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="420"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="515"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="444"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nieuwe missie…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="446"/>
        <source>Create a mission</source>
        <translation>Een missie aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="447"/>
        <source>New &amp;meeting…</source>
        <translation>Nieuwe &amp;vergadering…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="449"/>
        <source>Schedule a meeting in the current mission</source>
        <translation>Een vergadering plannen in de huidige missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="450"/>
        <source>&amp;Import mission file…</source>
        <translation>Missiebestand &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="452"/>
        <source>&amp;Export mission file…</source>
        <translation>Missiebestand &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="454"/>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>&amp;Agenda importeren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="455"/>
        <source>Export calen&amp;dar (.ics)…</source>
        <translation>Agenda e&amp;xporteren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="456"/>
        <source>Import con&amp;tacts (CSV, XLSX)…</source>
        <translation>Con&amp;tacten importeren (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="458"/>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Briefingdossier…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="460"/>
        <source>&amp;Outcome report…</source>
        <translation>&amp;Resultatenrapport…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="462"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="463"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="470"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="472"/>
        <source>Search everything</source>
        <translation>Overal zoeken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="473"/>
        <source>Edit &amp;mission…</source>
        <translation>&amp;Missie bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="475"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="478"/>
        <source>&amp;Log outcome…</source>
        <translation>&amp;Resultaat vastleggen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="480"/>
        <source>&amp;Preferences…</source>
        <translation>Voor&amp;keuren…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="482"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="484"/>
        <source>&amp;About Mission Planner</source>
        <translation>&amp;Over Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="504"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="509"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="513"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="519"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="523"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="727"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="727"/>
        <source>Select a mission first.</source>
        <translation>Selecteer eerst een missie.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="41"/>
        <source>Welcome to Mission Planner</source>
        <translation>Welkom bij Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="42"/>
        <source>The database is empty. Load the demo missions (Japan 2016 and 2017, South Korea 2017) to look around?</source>
        <translation>De databank is leeg. De demomissies (Japan 2016 en 2017, Zuid-Korea 2017) laden om rond te kijken?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="47"/>
        <source>Loading the demo missions…</source>
        <translation>De demomissies worden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="66"/>
        <source>Demo missions loaded</source>
        <translation>Demomissies geladen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="122"/>
        <source>The database could not be opened:
%1</source>
        <translation>De databank kon niet worden geopend:
%1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="154"/>
        <source>Mission Planner was not closed properly last time, and the database check found problems:
%1

Use Tools &gt; Check and repair the database, or restore a backup.</source>
        <translation>Mission Planner werd de vorige keer niet correct afgesloten en de databankcontrole vond problemen:
%1

Gebruik Extra &gt; Databank controleren en herstellen, of zet een back-up terug.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="101"/>
        <source>Edit meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="101"/>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="111"/>
        <source>e.g. dark suit, national dress, business casual</source>
        <translation>bv. donker kostuum, klederdracht, business casual</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="133"/>
        <source>e.g. 9/6/2017 10:00 or 9 juin 14h30</source>
        <translation>bv. 9/6/2017 10:00 of 9 juni 14.30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="135"/>
        <source>e.g. 10:00 on %1</source>
        <translation>bv. 10:00 op %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="141"/>
        <source>Find a &amp;free slot…</source>
        <translation>&amp;Vrij tijdslot zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="153"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="154"/>
        <source>Kin&amp;d</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="155"/>
        <source>&amp;City</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="156"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="157"/>
        <source>Addr&amp;ess</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="158"/>
        <source>&amp;Starts (local time)</source>
        <translation>&amp;Begint (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="159"/>
        <source>E&amp;nds (local time)</source>
        <translation>&amp;Eindigt (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="160"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="161"/>
        <source>D&amp;ress code</source>
        <translation>&amp;Kledij</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="163"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="175"/>
        <source>Counterparts</source>
        <translation>Gesprekspartners</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="165"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="176"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="170"/>
        <source>&amp;Without the lead (the lead does not attend)</source>
        <translation>&amp;Zonder de leider (de leider is niet aanwezig)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="172"/>
        <source>The meeting does not clash with the lead&apos;s other meetings.</source>
        <translation>De vergadering botst niet met de andere vergaderingen van de leider.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="185"/>
        <source>Requested by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="186"/>
        <source>Who asked for the meeting</source>
        <translation>Wie heeft de vergadering aangevraagd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="188"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="206"/>
        <source>Talking points</source>
        <translation>Gesprekspunten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="191"/>
        <source>Reason</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="191"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="200"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="192"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="212"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="193"/>
        <source>Arrangements</source>
        <translation>Praktische regeling</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="198"/>
        <source>Reason for the meeting</source>
        <translation>Aanleiding van de vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="202"/>
        <source>Re&amp;quested by</source>
        <translation>&amp;Aangevraagd door</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="214"/>
        <source>Arrangements (interpreter, arrival, gifts)</source>
        <translation>Praktische regeling (tolk, aankomst, geschenken)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="219"/>
        <source>Translat&amp;ions…</source>
        <translation>Vertal&amp;ingen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="229"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="228"/>
        <source>&amp;Brief</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="208"/>
        <source>If raised, and the line to ta&amp;ke</source>
        <translation>Indien aangekaart, en &amp;het in te nemen standpunt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="244"/>
        <source>Conflicts with this meeting</source>
        <translation>Conflicten met deze vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="345"/>
        <source>(new meeting)</source>
        <translation>(nieuwe vergadering)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="376"/>
        <source>%1: %2</source>
        <comment>problem kind: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="382"/>
        <source>Conflicts: %1, %2</source>
        <translation>Conflicten: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="391"/>
        <source>Hide the conflicts</source>
        <translation>De conflicten verbergen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="391"/>
        <source>Show the conflicts</source>
        <translation>De conflicten tonen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="493"/>
        <source>Save with a conflict?</source>
        <translation>Opslaan ondanks een conflict?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="494"/>
        <source>The checks found %n error(s) in this meeting&apos;s schedule, first: %1

Save it anyway?</source>
        <translation>
            <numerusform>De controles vonden %n fout in de planning van deze vergadering: %1

Toch opslaan?</numerusform>
            <numerusform>De controles vonden %n fouten in de planning van deze vergadering, eerst: %1

Toch opslaan?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="534"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="535"/>
        <source>%1

Reload the meeting? Your unsaved changes in this window will be lost.</source>
        <translation>%1

De vergadering opnieuw laden? Uw niet-opgeslagen wijzigingen in dit venster gaan verloren.</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="11"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="12"/>
        <source>Courtesy call</source>
        <translation>Beleefdheidsbezoek</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="13"/>
        <source>Breakfast</source>
        <translation>Ontbijt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="14"/>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="15"/>
        <source>Dinner</source>
        <translation>Diner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="16"/>
        <source>Reception</source>
        <translation>Receptie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="17"/>
        <source>Site visit</source>
        <translation>Bedrijfsbezoek</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="18"/>
        <source>Press</source>
        <translation>Pers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="19"/>
        <source>Signing ceremony</source>
        <translation>Ondertekeningsceremonie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="20"/>
        <source>Internal</source>
        <translation>Intern overleg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="21"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>MeetingReminder</name>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="136"/>
        <source>%1 at %2 in %3 (in %4 min)</source>
        <translation>%1 om %2 in %3 (over %4 min)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="140"/>
        <source>%1 on this computer&apos;s clock (%2)</source>
        <translation>%1 volgens de klok van deze computer (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="154"/>
        <source>Meeting soon</source>
        <translation>Vergadering begint zo</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="199"/>
        <source>Edit mission</source>
        <translation>Missie bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="199"/>
        <source>New mission</source>
        <translation>Nieuwe missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="220"/>
        <source>Lead</source>
        <translation>Missieleider</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="222"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="225"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="226"/>
        <source>New message</source>
        <translation>Nieuwe boodschap</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="227"/>
        <source>Duty officer</source>
        <translation>Permanentieverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="230"/>
        <source>Everyone (or the logins who may see it: anne, bob)</source>
        <translation>Iedereen (of de logins die ze mogen zien: anne, bob)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="232"/>
        <source>On the cabinet&apos;s server, only these logins (and administrators) see the mission, its meetings and its documents; the server enforces it. Empty: everyone.</source>
        <translation>Op de server van het kabinet zien alleen deze logins (en de beheerders) de missie, haar vergaderingen en haar documenten; de server dwingt dat af. Leeg: iedereen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="240"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="241"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="242"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="243"/>
        <source>&amp;Start</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="244"/>
        <source>&amp;End</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="245"/>
        <source>&amp;Home time zone</source>
        <translation>T&amp;huistijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="246"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Doelstellingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="247"/>
        <source>&amp;Lead</source>
        <translation>&amp;Missieleider</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="248"/>
        <source>Dele&amp;gation</source>
        <translation>Dele&amp;gatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="249"/>
        <source>Restricte&amp;d to</source>
        <translation>Voorbehouden &amp;aan</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="255"/>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="269"/>
        <source>Legs</source>
        <translation>Etappes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="258"/>
        <source>&amp;Add leg…</source>
        <translation>Etappe toe&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="260"/>
        <source>Ed&amp;it leg…</source>
        <translation>Etappe be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="262"/>
        <source>&amp;Remove leg</source>
        <translation>Etappe ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="288"/>
        <source>&amp;Mission and legs</source>
        <translation>M&amp;issie en etappes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="289"/>
        <source>Tra&amp;vel</source>
        <translation>Rei&amp;zen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="290"/>
        <source>&amp;Briefing</source>
        <translation>Brie&amp;fingdossier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="301"/>
        <source>The briefing pack opens with these messages, one a line, and names the duty officer first among its contacts. Without messages it takes the objectives.</source>
        <translation>Het briefingdossier opent met deze boodschappen, één per regel, en noemt de permanentieverantwoordelijke als eerste bij de contacten. Zonder boodschappen neemt het de doelstellingen over.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="306"/>
        <source>&amp;Key messages</source>
        <translation>&amp;Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="309"/>
        <source>&amp;Duty officer</source>
        <translation>&amp;Permanentieverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="310"/>
        <source>Translat&amp;ions…</source>
        <translation>&amp;Vertalingen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="311"/>
        <source>The title, objectives and key messages in French, Dutch and English (once the mission is saved)</source>
        <translation>De titel, de doelstellingen en de kernboodschappen in het Frans, Nederlands en Engels (zodra de missie is opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="415"/>
        <source>removed leg</source>
        <translation>verwijderde etappe</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="458"/>
        <source>Leg %1: %2</source>
        <translation>Etappe %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="465"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="466"/>
        <source>%1

Reload the mission? Your unsaved changes in this window will be lost.</source>
        <translation>%1

De missie opnieuw laden? Uw niet-opgeslagen wijzigingen in dit venster gaan verloren.</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="73"/>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="74"/>
        <source>Filter missions</source>
        <translation>Missies filteren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="79"/>
        <source>Missions</source>
        <translation>Missies</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="94"/>
        <source>Mission summary</source>
        <translation>Samenvatting van de missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="96"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nieuwe missie…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="100"/>
        <source>Open &amp;agenda</source>
        <translation>&amp;Agenda openen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="102"/>
        <source>Doc&amp;uments…</source>
        <translation>Doc&amp;umenten…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="104"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="212"/>
        <source>Lead</source>
        <translation>Missieleider</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="213"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="214"/>
        <source>Legs</source>
        <translation>Etappes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="215"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/missions_page.py" line="241"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n vergadering</numerusform>
            <numerusform>%n vergaderingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/missions_page.py" line="242"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n opvolging</numerusform>
            <numerusform>%n opvolgingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="279"/>
        <source>create mission “%1”</source>
        <translation>missie „%1” aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="282"/>
        <source>edit mission “%1”</source>
        <translation>missie „%1” bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="307"/>
        <source>Delete the mission “%1”?

This also deletes its %2, %3 and %4. You can undo it with Edit ▸ Undo.</source>
        <translation>De missie „%1” verwijderen?

Dit verwijdert ook: %2, %3 en %4. U kunt dit ongedaan maken via Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="310"/>
        <source>Delete mission</source>
        <translation>Missie verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="313"/>
        <source>delete mission “%1”</source>
        <translation>missie „%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="170"/>
        <location filename="../../src/missionplanner/ui/models.py" line="473"/>
        <location filename="../../src/missionplanner/ui/models.py" line="503"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="170"/>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="171"/>
        <source>Cities</source>
        <translation>Steden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="171"/>
        <location filename="../../src/missionplanner/ui/models.py" line="491"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="172"/>
        <location filename="../../src/missionplanner/ui/models.py" line="219"/>
        <location filename="../../src/missionplanner/ui/models.py" line="504"/>
        <location filename="../../src/missionplanner/ui/models.py" line="530"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="193"/>
        <location filename="../../src/missionplanner/ui/models.py" line="492"/>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="193"/>
        <location filename="../../src/missionplanner/ui/models.py" line="491"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="194"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="194"/>
        <source>Arrival</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="195"/>
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="217"/>
        <source>Local time</source>
        <translation>Lokale tijd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="217"/>
        <source>Home time</source>
        <translation>Thuistijd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="218"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="218"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="219"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="275"/>
        <source>no meetings</source>
        <translation>geen vergaderingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="472"/>
        <location filename="../../src/missionplanner/ui/models.py" line="490"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="472"/>
        <location filename="../../src/missionplanner/ui/models.py" line="490"/>
        <source>Native name</source>
        <translation>Naam in lokaal schrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="473"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="503"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="504"/>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="527"/>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="527"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="528"/>
        <source>From meeting</source>
        <translation>Uit vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="529"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="529"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="536"/>
        <source>%1 (overdue)</source>
        <translation>%1 (achterstallig)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="555"/>
        <source>From the meeting: %1</source>
        <translation>Uit de vergadering: %1</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="409"/>
        <location filename="../../src/missionplanner/ui/widgets.py" line="457"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="415"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="420"/>
        <source>This is a position whose holder is not &amp;known yet</source>
        <translation>&amp;Dit is een functie waarvan de titularis nog niet bekend is</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="426"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="427"/>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="428"/>
        <source>Name in native script</source>
        <translation>Naam in lokaal schrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="429"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="430"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="456"/>
        <source>The post, e.g. Vice-Governor of Aichi</source>
        <translation>De functie, bv. vicegouverneur van Aichi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="457"/>
        <source>New position</source>
        <translation>Nieuwe functie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="491"/>
        <source>create position “%1”</source>
        <translation>functie ‘%1’ aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="493"/>
        <source>create person “%1”</source>
        <translation>persoon ‘%1’ aanmaken</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="126"/>
        <source>government</source>
        <translation>overheid</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="127"/>
        <source>region</source>
        <translation>gewest</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="128"/>
        <source>prefecture</source>
        <translation>prefectuur</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="129"/>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="130"/>
        <source>chamber of commerce</source>
        <translation>kamer van koophandel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="131"/>
        <source>district</source>
        <translation>wijk</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="132"/>
        <source>embassy</source>
        <translation>ambassade</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="133"/>
        <source>association</source>
        <translation>vereniging</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="134"/>
        <source>university</source>
        <translation>universiteit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="135"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="333"/>
        <source>Edit organization: %1</source>
        <translation>Organisatie bewerken: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="334"/>
        <source>New organization</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="343"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="344"/>
        <source>Name in nat&amp;ive script</source>
        <translation>Naam in eigen sc&amp;hrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="345"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="346"/>
        <source>C&amp;ountry (ISO code)</source>
        <translation>&amp;Land (ISO-code)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="347"/>
        <source>&amp;City</source>
        <translation>S&amp;tad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="348"/>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="349"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="350"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="351"/>
        <source>&amp;Phone</source>
        <translation>Telef&amp;oon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="352"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="355"/>
        <source>Trans&amp;lations…</source>
        <translation>Ve&amp;rtalingen…</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="444"/>
        <location filename="../../src/missionplanner/ui/people_page.py" line="445"/>
        <source>Filter organizations</source>
        <translation>Organisaties filteren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="449"/>
        <source>Organizations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="458"/>
        <source>Organization details</source>
        <translation>Details van de organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="459"/>
        <source>&amp;Edit organization…</source>
        <translation>Organisatie &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="460"/>
        <source>Change the selected organization (Enter, F2 or double-click)</source>
        <translation>De geselecteerde organisatie wijzigen (Enter, F2 of dubbelklik)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="462"/>
        <source>&amp;New organization…</source>
        <translation>&amp;Nieuwe organisatie…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="482"/>
        <source>Delete %1?

The %2 of its people go with it (the people stay), and it leaves %3 as a party. You can undo it with Edit ▸ Undo.</source>
        <translation>%1 verwijderen?

De aansluitingen van haar mensen (%2) verdwijnen mee (de personen blijven), en ze is geen partij meer bij: %3. U kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="485"/>
        <source>delete organization “%1”</source>
        <translation>organisatie ‘%1’ verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="486"/>
        <source>Delete organization</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="513"/>
        <source>create organization “%1”</source>
        <translation>organisatie ‘%1’ aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="516"/>
        <source>edit organization “%1”</source>
        <translation>organisatie ‘%1’ bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="549"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="549"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="550"/>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="550"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="551"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="551"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="552"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="552"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="580"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="35"/>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="36"/>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="37"/>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="38"/>
        <source>Monthly, 3 times</source>
        <translation>Maandelijks, 3 keer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="39"/>
        <source>Every quarter</source>
        <translation>Elk kwartaal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="40"/>
        <source>Every year</source>
        <translation>Elk jaar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="52"/>
        <source>Log outcome: %1</source>
        <translation>Resultaat vastleggen: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="61"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="64"/>
        <source>Decisions, one per line</source>
        <translation>Beslissingen, één per regel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="67"/>
        <source>New follow-ups</source>
        <translation>Nieuwe opvolgingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="69"/>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="121"/>
        <source>Recurrence</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="77"/>
        <source>&amp;Add follow-up</source>
        <translation>Opvolging &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="79"/>
        <source>&amp;Remove follow-up</source>
        <translation>Opvolging verw&amp;ijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="92"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="92"/>
        <source>&amp;Decisions (one per line)</source>
        <translation>&amp;Beslissingen (één per regel)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="94"/>
        <source>New &amp;follow-ups</source>
        <translation>Nieuwe &amp;opvolgingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="100"/>
        <source>Saving marks the meeting as held.</source>
        <translation>Bij het opslaan wordt de vergadering als gehouden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="118"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="157"/>
        <source>Follow-up %1: %2</source>
        <translation>Opvolging %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="184"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="177"/>
        <source>log outcome of “%1”</source>
        <translation>resultaat van ‘%1’ vastleggen</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <location filename="../../src/missionplanner/ui/owner_picker.py" line="23"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/owner_picker.py" line="24"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="77"/>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="95"/>
        <source>There is no page to print.</source>
        <translation>Er is geen pagina om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="100"/>
        <source>The printer could not be opened.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="132"/>
        <source>Printing stopped: %1</source>
        <translation>Afdrukken onderbroken: %1</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="89"/>
        <location filename="../../src/missionplanner/ui/widgets.py" line="240"/>
        <source>name to be confirmed</source>
        <translation>naam te bevestigen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="248"/>
        <source>%1 — position, name to be confirmed</source>
        <translation>%1 — functie, naam te bevestigen</translation>
    </message>
</context>
<context>
    <name>PeopleAndOrganizations</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="151"/>
        <source>Delete the selected entry</source>
        <translation>Het geselecteerde item verwijderen</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="232"/>
        <source>Filter people by name (either script), title or organization</source>
        <translation>Personen filteren op naam (in beide schriften), titel of organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="233"/>
        <source>Filter people</source>
        <translation>Personen filteren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="238"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="244"/>
        <source>Person details</source>
        <translation>Details van de persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="245"/>
        <source>&amp;Edit person…</source>
        <translation>Persoon &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="246"/>
        <source>Change the selected person&apos;s names, title, organization or contacts (Enter, F2 or double-click)</source>
        <translation>Namen, functie, organisatie of contactgegevens van de geselecteerde persoon wijzigen (Enter, F2 of dubbelklik)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="248"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="249"/>
        <source>New &amp;position…</source>
        <translation>Nieuwe &amp;functie…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="251"/>
        <source>A post whose holder is not known yet, e.g. the Vice-Governor of Aichi (name to be confirmed)</source>
        <translation>Een functie waarvan de titularis nog niet bekend is, bv. de vicegouverneur van Aichi (naam te bevestigen)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="254"/>
        <source>&amp;Fill position…</source>
        <translation>Functie &amp;invullen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="256"/>
        <source>The holder of the selected position is known: choose the person, and the position&apos;s meetings pass to them</source>
        <translation>De titularis van de gekozen functie is bekend: kies de persoon, en de vergaderingen van de functie gaan naar die persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="286"/>
        <source>fill position “%1” with %2</source>
        <translation>functie ‘%1’ invullen met %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="312"/>
        <source>Delete %1?

They leave %2, %3 and %4, with their %5. The %6 they own and the %7 they lead stay, without them. You can undo it with Edit ▸ Undo.</source>
        <translation>%1 verwijderen?

Deze persoon verlaat: %2, %3 en %4, met haar aansluitingen (%5). Haar opvolgingen (%6) en de missies die ze leidt (%7) blijven, zonder haar. U kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="317"/>
        <source>delete person “%1”</source>
        <translation>persoon ‘%1’ verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="318"/>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="347"/>
        <source>create person “%1”</source>
        <translation>persoon ‘%1’ aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="347"/>
        <source>create position “%1”</source>
        <translation>functie ‘%1’ aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="351"/>
        <source>edit person “%1”</source>
        <translation>persoon ‘%1’ bewerken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="378"/>
        <source>Affiliations</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="379"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="380"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="381"/>
        <source>No meetings, agreements or follow-ups yet.</source>
        <translation>Nog geen vergaderingen, overeenkomsten of opvolgingen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="401"/>
        <source>A position whose holder is not known yet: Fill position… once the person is known.</source>
        <translation>Een functie waarvan de titularis nog niet bekend is: Functie invullen… zodra de persoon bekend is.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="403"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="403"/>
        <source>Form of address</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="404"/>
        <source>Pronunciation</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="404"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="405"/>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="422"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="422"/>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="423"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="222"/>
        <source>Edit person: %1</source>
        <translation>Persoon bewerken: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="222"/>
        <source>Edit position: %1</source>
        <translation>Functie bewerken: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="225"/>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="290"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="228"/>
        <source>This is a position whose holder is not &amp;known yet</source>
        <translation>&amp;Dit is een functie waarvan de titularis nog niet bekend is</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="230"/>
        <source>For example the Vice-Governor of Aichi, name to be confirmed: write the post as its title; fill the position once the person is known, and its meetings pass to them</source>
        <translation>Bijvoorbeeld de vicegouverneur van Aichi, naam te bevestigen: vul de functie in als titel; vul de functie in zodra de persoon bekend is, en de vergaderingen gaan naar die persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="237"/>
        <source>Given name first</source>
        <translation>Voornaam eerst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="238"/>
        <source>Family name first</source>
        <translation>Familienaam eerst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="239"/>
        <source>Japanese, Korean and Chinese names put the family name first</source>
        <translation>Japanse, Koreaanse en Chinese namen zetten de familienaam vooraan</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="244"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="249"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="251"/>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="252"/>
        <source>&amp;Family name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="253"/>
        <source>Name in nat&amp;ive script</source>
        <translation>Naam in eigen sc&amp;hrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="263"/>
        <source>Hono&amp;rific</source>
        <translation>Aanspreek&amp;titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="273"/>
        <source>Note&amp;s</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="254"/>
        <source>Name &amp;order</source>
        <translation>Naamvol&amp;gorde</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="255"/>
        <source>&amp;Pronunciation</source>
        <translation>&amp;Uitspraak</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="256"/>
        <source>Form of &amp;address</source>
        <translation>&amp;Aanspreekvorm</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="260"/>
        <source>Position and contacts</source>
        <translation>Functie en contactgegevens</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="262"/>
        <source>&amp;Title</source>
        <translation>Funct&amp;ie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="264"/>
        <source>Organi&amp;zation</source>
        <translation>Organi&amp;satie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="265"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="266"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobiel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="267"/>
        <source>P&amp;hone</source>
        <translation>Telef&amp;oon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="272"/>
        <source>&amp;Biography</source>
        <translation>&amp;Biografie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="280"/>
        <source>Trans&amp;lations…</source>
        <translation>Ve&amp;rtalingen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="287"/>
        <source>The post, e.g. Vice-Governor of Aichi</source>
        <translation>De functie, bv. vicegouverneur van Aichi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="290"/>
        <source>New position</source>
        <translation>Nieuwe functie</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="265"/>
        <source>Type a name to add…</source>
        <translation>Typ een naam om toe te voegen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="266"/>
        <source>Search people to add to %1</source>
        <translation>Personen zoeken om toe te voegen aan %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="281"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="282"/>
        <source>Remove the selected person from %1</source>
        <translation>De geselecteerde persoon verwijderen uit %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="284"/>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="84"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="86"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="87"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="93"/>
        <source>Home time zone</source>
        <translation>Thuistijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="98"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="99"/>
        <source> min before</source>
        <translation> min vooraf</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="100"/>
        <source>Meeting reminders, minutes before the start</source>
        <translation>Herinneringen aan vergaderingen, minuten voor het begin</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="104"/>
        <source>By hand only</source>
        <translation>Alleen met de hand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="106"/>
        <source>Sync a laptop copy every so many minutes</source>
        <translation>Een laptopkopie om de zoveel minuten synchroniseren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="107"/>
        <source>On a laptop that joined the cabinet&apos;s server: how often it syncs by itself while the app is open</source>
        <translation>Op een laptop die aan de server van het kabinet gekoppeld is: hoe vaak hij vanzelf synchroniseert zolang de toepassing open is</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="112"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="114"/>
        <source>&amp;Home time zone</source>
        <translation>T&amp;huistijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="118"/>
        <source>&amp;Meeting reminders</source>
        <translation>Herinneringen aan &amp;vergaderingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="121"/>
        <source>S&amp;ync every</source>
        <translation>S&amp;ynchroniseren om de</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="124"/>
        <source>A new language applies when Mission Planner starts again; you can restart it right away.</source>
        <translation>Een nieuwe taal geldt zodra Mission Planner opnieuw start; u kunt het meteen herstarten.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="154"/>
        <source>Restart Mission Planner</source>
        <translation>Mission Planner herstarten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="155"/>
        <source>The new language applies after a restart. Restart now to apply it?

Open editors ask about unsaved changes first.</source>
        <translation>De nieuwe taal geldt na een herstart. Nu herstarten?

Open editors vragen eerst wat er met niet-opgeslagen wijzigingen moet gebeuren.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="38"/>
        <source>Cover</source>
        <translation>Voorblad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="39"/>
        <source>Table of contents</source>
        <translation>Inhoudstafel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="40"/>
        <source>Overview, delegation and logistics</source>
        <translation>Overzicht, delegatie en logistiek</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="41"/>
        <source>Day-by-day itinerary</source>
        <translation>Programma per dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="42"/>
        <source>One brief per meeting</source>
        <translation>Eén nota per vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="43"/>
        <source>People and organizations annex</source>
        <translation>Bijlage personen en organisaties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="84"/>
        <source>Briefing pack</source>
        <translation>Briefingdossier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="84"/>
        <source>Outcome report</source>
        <translation>Resultatenrapport</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="93"/>
        <source>RESTRICTED</source>
        <translation>BEPERKTE VERSPREIDING</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="93"/>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="97"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="98"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="113"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="118"/>
        <source>Open the PDF when it is ready</source>
        <translation>De pdf openen zodra hij klaar is</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="121"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="121"/>
        <source>&amp;Classification</source>
        <translation>&amp;Classificatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="122"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="103"/>
        <source>Minister&apos;s pack</source>
        <translation>Dossier voor de minister</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="104"/>
        <source>Working pack (private office)</source>
        <translation>Werkdossier (kabinet)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="106"/>
        <source>Your name, as the cover prints it</source>
        <translation>Uw naam, zoals het voorblad hem drukt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="124"/>
        <source>&amp;Edition</source>
        <translation>&amp;Editie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="124"/>
        <source>Drafting &amp;officer</source>
        <translation>Op&amp;steller</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="122"/>
        <source>&amp;Home time zone</source>
        <translation>T&amp;huistijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="130"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="131"/>
        <source>&amp;Save as</source>
        <translation>&amp;Opslaan als</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="144"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="150"/>
        <source>&amp;Generate</source>
        <translation>&amp;Genereren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="153"/>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="156"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="160"/>
        <source>Poc&amp;ket card…</source>
        <translation>&amp;Zakfiche…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="162"/>
        <source>The day at a glance of each day on A6, to carry in a pocket: in the language and classification chosen above, saved in the same folder as the pack</source>
        <translation>De dag in één oogopslag van elke dag op A6, voor in de zak: in de taal en de classificatie hierboven gekozen, opgeslagen in dezelfde map als het dossier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="213"/>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="227"/>
        <source>Choose where to save the PDF.</source>
        <translation>Kies waar de pdf moet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="241"/>
        <source>Generating…</source>
        <translation>Bezig met genereren…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="242"/>
        <source>Generating the PDF…</source>
        <translation>De pdf wordt gegenereerd…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="277"/>
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 wordt afgedrukt…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="279"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer verzonden.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="302"/>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="312"/>
        <source>No PDF viewer was found to open it. The PDF is saved as %1; open it from there, or install a PDF viewer.</source>
        <translation>Er is geen pdf-lezer gevonden om het te openen. De pdf is opgeslagen als %1; open hem daar, of installeer een pdf-lezer.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="315"/>
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="325"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="327"/>
        <source>This document cannot be produced by this version (%1).</source>
        <translation>Deze versie kan dit document niet maken (%1).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="329"/>
        <source>overlap</source>
        <translation>overlapping</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="330"/>
        <source>travel time</source>
        <translation>reistijd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="331"/>
        <source>outside the leg</source>
        <translation>buiten de etappe</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="332"/>
        <source>after hours</source>
        <translation>buiten de kantooruren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="333"/>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="334"/>
        <source>soon after arrival</source>
        <translation>kort na aankomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="335"/>
        <source>before arrival</source>
        <translation>vóór aankomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="336"/>
        <source>after departure</source>
        <translation>na vertrek</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="337"/>
        <source>no travel</source>
        <translation>geen reis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="338"/>
        <source>travel overlap</source>
        <translation>overlappende reizen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="339"/>
        <source>while travelling</source>
        <translation>onderweg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="534"/>
        <source>%1 cannot be in two meetings at once: %2 and %3 overlap</source>
        <translation>Twee vergaderingen tegelijk voor %1: %2 en %3 overlappen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="535"/>
        <source>%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7</source>
        <translation>%1: slechts %2 om van %3 naar %4 te reizen tussen %5 en %6; reken op minstens %7</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="537"/>
        <source>%1 is outside the stay in %2 (%3)</source>
        <translation>%1 valt buiten het verblijf in %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="538"/>
        <source>%1 is in %2, where the mission does not go (legs: %3)</source>
        <translation>%1 vindt plaats in %2, waar de missie niet heen gaat (etappes: %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="539"/>
        <source>%1 starts %2 after arriving in %3 (%4); allow at least %5</source>
        <translation>%1 begint %2 na de aankomst in %3 (%4); reken op minstens %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="540"/>
        <source>%1 is outside local business hours (%2–%3)</source>
        <translation>%1 valt buiten de lokale kantooruren (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="541"/>
        <source>%1 falls on a public holiday in %2: %3</source>
        <translation>%1 valt op een feestdag in %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="543"/>
        <source>%1 starts before the arrival of %2 (%3)</source>
        <translation>%1 begint vóór de aankomst van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="544"/>
        <source>%1 ends after the departure of %2 (%3)</source>
        <translation>%1 eindigt na het vertrek van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="545"/>
        <source>No travel is planned for %1 from %2 to %3 between %4 and %5</source>
        <translation>Geen reis gepland voor %1 van %2 naar %3 tussen %4 en %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="547"/>
        <source>%1 would have %2 between %3 and %4; allow at least %5</source>
        <translation>%1: slechts %2 tussen %3 en %4; reken op minstens %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="549"/>
        <source>%1 cannot be on %2 and %3 at once</source>
        <translation>%1 kan niet tegelijk %2 en %3 nemen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="550"/>
        <source>%1 would be travelling during %2: %3</source>
        <translation>%1 zou onderweg zijn tijdens %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="551"/>
        <source>“%1” (%2–%3 %4 time)</source>
        <translation>‘%1’ (%2–%3, lokale tijd in %4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="552"/>
        <source>“%1” (%2–%3 %4 time, mission “%5”)</source>
        <translation>‘%1’ (%2–%3, lokale tijd in %4, missie ‘%5’)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="553"/>
        <source>%1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="556"/>
        <source>%1 from %2 (%3) to %4 (%5)</source>
        <translation>%1 van %2 (%3) naar %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="557"/>
        <source>the flight</source>
        <translation>de vlucht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="558"/>
        <source>the train</source>
        <translation>de trein</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="559"/>
        <source>the car</source>
        <translation>de auto</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="560"/>
        <source>the boat</source>
        <translation>de boot</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="561"/>
        <source>the journey</source>
        <translation>de reis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="562"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="563"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="564"/>
        <source>%1 h %2</source>
        <translation>%1 u %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="565"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="566"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="113"/>
        <source>Bac&amp;k up now…</source>
        <translation>Nu een back-up &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="114"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Een back-up terug&amp;zetten…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="115"/>
        <source>&amp;Check and repair the database</source>
        <translation>Databank &amp;controleren en herstellen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="116"/>
        <source>&amp;History of the selected record…</source>
        <translation>&amp;Geschiedenis van het geselecteerde item…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="117"/>
        <source>Find d&amp;uplicate people…</source>
        <translation>D&amp;ubbele personen zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="118"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="131"/>
        <source>The cabinet&apos;s shared database is backed up and checked on its server, by IT</source>
        <translation>De gedeelde databank van het kabinet wordt op haar server geback-upt en gecontroleerd door de IT-dienst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="142"/>
        <source>Find d&amp;uplicates…</source>
        <translation>D&amp;ubbels zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="143"/>
        <source>Find duplicate people</source>
        <translation>Dubbele personen zoeken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="167"/>
        <source>Back up the database</source>
        <translation>Back-up van de databank maken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="169"/>
        <source>Mission Planner database (*.sqlite)</source>
        <translation>Mission Planner-databank (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="172"/>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="176"/>
        <source>Backup written to %1</source>
        <translation>Back-up geschreven naar %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="179"/>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="183"/>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="191"/>
        <source>Restore from a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="180"/>
        <source>Mission Planner database (*.sqlite);;All files (*)</source>
        <translation>Mission Planner-databank (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="184"/>
        <source>Replace all current data with the backup %1? The current data is saved first and can be restored in turn.</source>
        <translation>Alle huidige gegevens vervangen door de back-up %1? De huidige gegevens worden eerst bewaard en kunnen op hun beurt worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="192"/>
        <source>Restored. The data it replaced is saved in %1.</source>
        <translation>Teruggezet. De vervangen gegevens zijn bewaard in %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="196"/>
        <source>Checking the database…</source>
        <translation>De databank wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="202"/>
        <source>Integrity check: %1</source>
        <translation>Integriteitscontrole: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="203"/>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="203"/>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="204"/>
        <source>Links to deleted records: %1 found, %2 removed</source>
        <translation>Verwijzingen naar verwijderde records: %1 gevonden, %2 verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="206"/>
        <source>Fixed: %1</source>
        <translation>Hersteld: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="207"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="209"/>
        <source>No problems left.</source>
        <translation>Geen problemen meer.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="211"/>
        <source>Check and repair the database</source>
        <translation>Databank controleren en herstellen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>meeting</source>
        <translation>vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>organization</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>agreement</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="231"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="231"/>
        <source>Select a record first.</source>
        <translation>Selecteer eerst een item.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>mission</source>
        <translation>missie</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="35"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="36"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="37"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="38"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="39"/>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="40"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="43"/>
        <source>Missions</source>
        <translation>Missies</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="44"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="45"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="46"/>
        <source>Organizations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="47"/>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="48"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="148"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="152"/>
        <source>Search missions, meetings, people, organizations, agreements</source>
        <translation>Missies, vergaderingen, personen, organisaties, overeenkomsten zoeken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="153"/>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="157"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="204"/>
        <source>through %1</source>
        <translation>via %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="230"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="25"/>
        <source>is required and may not be empty</source>
        <translation>is verplicht en mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="26"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="27"/>
        <source>is required (YYYY-MM-DD)</source>
        <translation>is verplicht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="28"/>
        <source>expected text, got %1</source>
        <translation>tekst verwacht, kreeg %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="29"/>
        <source>contains the control character U+%1 at position %2; only tab and newline are allowed in text</source>
        <translation>bevat het stuurteken U+%1 op positie %2; alleen tab en nieuwe regel zijn toegestaan in tekst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="32"/>
        <source>is longer than %1 characters</source>
        <translation>is langer dan %1 tekens</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="33"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 is niet een van: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="34"/>
        <source>%1 is not a two-letter ISO country code (JP, KR, BE…)</source>
        <translation>%1 is geen ISO-landcode van twee letters (JP, KR, BE…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="36"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="37"/>
        <source>has %1 entries; the limit is %2</source>
        <translation>heeft %1 items; de limiet is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="38"/>
        <source>expected a list of texts</source>
        <translation>een lijst van teksten verwacht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="39"/>
        <source>expected a list of {topic, line}</source>
        <translation>een lijst van {topic, line} verwacht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="40"/>
        <source>each entry needs exactly a topic and a line</source>
        <translation>elk item heeft precies een onderwerp en een antwoord nodig</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="41"/>
        <source>%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)</source>
        <translation>%1 is geen herhalingsregel (bv. FREQ=MONTHLY;COUNT=3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="43"/>
        <source>%1 is not a valid recurrence rule: %2</source>
        <translation>%1 is geen geldige herhalingsregel: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="44"/>
        <source>expected true or false, got %1</source>
        <translation>waar of onwaar verwacht, kreeg %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="45"/>
        <source>unknown time zone %1 (use an IANA name such as Asia/Tokyo)</source>
        <translation>onbekende tijdzone %1 (gebruik een IANA-naam zoals Asia/Tokyo)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="47"/>
        <source>unknown time zone abbreviation %1; give an offset such as +09:00 or leave it out to use the venue&apos;s zone</source>
        <translation>onbekende tijdzone-afkorting %1; geef een verschuiving zoals +09:00 op of laat ze weg om de tijdzone van de locatie te gebruiken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="50"/>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation>het jaar %1 valt buiten het bereik (%2 tot %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="51"/>
        <source>%1: the year %2 is out of range (%3 to %4)</source>
        <translation>%1: het jaar %2 valt buiten het bereik (%3 tot %4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="52"/>
        <source>%1 does not exist in %2 (the clocks skip that hour); pick another time or give an explicit UTC offset</source>
        <translation>%1 bestaat niet in %2 (de klok slaat dat uur over); kies een ander tijdstip of geef een expliciete UTC-verschuiving op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="54"/>
        <source>%1 is ambiguous in %2 (the clocks go back and it happens twice); give an explicit UTC offset such as %3 or %4</source>
        <translation>%1 is dubbelzinnig in %2 (de klok gaat terug en het tijdstip komt twee keer voor); geef een expliciete UTC-verschuiving op, zoals %3 of %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="57"/>
        <source>expected a date and time as text, got %1</source>
        <translation>datum en tijd als tekst verwacht, kreeg %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="58"/>
        <source>cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>%1 kan niet als datum en tijd gelezen worden (JJJJ-MM-DDTUU:MM)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="60"/>
        <source>%1 has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)</source>
        <translation>%1 bevat seconden; geef de tijd tot op de minuut (JJJJ-MM-DDTUU:MM)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="62"/>
        <source>expected a date as text (YYYY-MM-DD), got %1</source>
        <translation>datum als tekst verwacht (JJJJ-MM-DD), kreeg %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="63"/>
        <source>cannot read %1 as a date (YYYY-MM-DD)</source>
        <translation>%1 kan niet als datum gelezen worden (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="64"/>
        <source>expected a date or time as text, got %1</source>
        <translation>datum of tijd als tekst verwacht, kreeg %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="65"/>
        <source>is empty; type a date and time such as &quot;9/6/2017 10:30&quot;</source>
        <translation>is leeg; typ een datum en tijd zoals &quot;9/6/2017 10:30&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="66"/>
        <source>cannot read %1… as a date and time (too long)</source>
        <translation>%1… kan niet als datum en tijd gelezen worden (te lang)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="67"/>
        <source>cannot read %1 as a date and time; type it day first, e.g. &quot;9/6/2017 10:30&quot;, &quot;9 juin 2017 10h30&quot; or &quot;June 9 2017 10:30am&quot;</source>
        <translation>%1 kan niet als datum en tijd gelezen worden; typ eerst de dag, bv. &quot;9/6/2017 10:30&quot;, &quot;9 juni 2017 10u30&quot; of &quot;June 9 2017 10:30am&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="73"/>
        <source>%1 gives no %2; type a full date such as &quot;9/6/2017&quot;</source>
        <translation>%1 geeft geen %2; typ een volledige datum zoals &quot;9/6/2017&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="75"/>
        <source>%1 gives no day of the month; type a full date such as &quot;9/6/2017&quot;</source>
        <translation>%1 geeft geen dag van de maand; typ een volledige datum zoals &quot;9/6/2017&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="77"/>
        <source>%1: the year %2 is out of range</source>
        <translation>%1: het jaar %2 valt buiten het bereik</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="78"/>
        <source>%1 is not a date that exists (%2/%3/%4)</source>
        <translation>%1 is geen bestaande datum (%2/%3/%4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="79"/>
        <source>%1: %2 is a %3, not %4</source>
        <translation>%1: %2 is een %3, geen %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="80"/>
        <source>%1 gives no time of day; add one such as 10:30</source>
        <translation>%1 geeft geen tijdstip; voeg er een toe zoals 10:30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="81"/>
        <source>%1 has seconds; type the time to the minute, such as 10:30</source>
        <translation>%1 bevat seconden; typ de tijd tot op de minuut, zoals 10:30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="83"/>
        <source>%1 has a time of day; type only the date, such as &quot;9/6/2017&quot;</source>
        <translation>%1 bevat een tijdstip; typ alleen de datum, zoals &quot;9/6/2017&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="85"/>
        <source>no %1 with id %2</source>
        <translation>geen item (%1) met id %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="86"/>
        <source>this %1 was changed by someone else since you opened it (your copy: version %2, stored: version %3); reload it and apply your change again</source>
        <translation>dit item (%1) werd door iemand anders gewijzigd sinds u het opende (uw kopie: versie %2, opgeslagen: versie %3); laad het opnieuw en breng uw wijziging opnieuw aan</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="95"/>
        <source>no mission named (give an id, slug or title)</source>
        <translation>geen missie opgegeven (geef een id, korte naam of titel)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="96"/>
        <source>%1 matches %2 missions; give more of the id</source>
        <translation>%1 komt overeen met %2 missies; geef meer van de id</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="97"/>
        <source>no mission %1 (give an id, a unique id prefix, the slug or the title)</source>
        <translation>geen missie %1 (geef een id, een uniek begin van een id, de korte naam of de titel)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="99"/>
        <source>%1 matches %2 people; give more of the id</source>
        <translation>%1 komt overeen met %2 personen; geef meer van de id</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="100"/>
        <source>no person with id %1 (the duplicates command lists ids)</source>
        <translation>geen persoon met id %1 (het commando duplicates toont de id&apos;s)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="102"/>
        <source>cannot merge a person with themselves</source>
        <translation>een persoon kan niet met zichzelf samengevoegd worden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="103"/>
        <source>no merge with id %1</source>
        <translation>geen samenvoeging met id %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="104"/>
        <source>the merge %1 was already undone</source>
        <translation>de samenvoeging %1 werd al ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="105"/>
        <source>%1 exists again; the merge cannot be undone twice</source>
        <translation>%1 bestaat opnieuw; de samenvoeging kan geen twee keer ongedaan gemaakt worden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="106"/>
        <source>this %1 exists already; nothing to restore</source>
        <translation>dit item (%1) bestaat al; niets te herstellen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="107"/>
        <source>cannot sort organizations by %1</source>
        <translation>organisaties kunnen niet gesorteerd worden op %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="108"/>
        <source>the mission ends (%1) before it starts (%2)</source>
        <translation>de missie eindigt (%1) voor ze begint (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="109"/>
        <source>a mission with slug %1 already exists</source>
        <translation>er bestaat al een missie met korte naam %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="110"/>
        <source>departure from %1 is not after arrival</source>
        <translation>het vertrek uit %1 valt niet na de aankomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="111"/>
        <source>the check-out in %1 is not after the check-in</source>
        <translation>het uitchecken in %1 valt niet na het inchecken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="113"/>
        <source>the meeting ends (%1) before or when it starts (%2)</source>
        <translation>de vergadering eindigt (%1) voor of wanneer ze begint (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="115"/>
        <source>the meeting ends before or when it starts</source>
        <translation>de vergadering eindigt voor of wanneer ze begint</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="117"/>
        <source>the meeting (%1) falls outside the mission (%2 to %3)</source>
        <translation>de vergadering (%1) valt buiten de missie (%2 tot %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="119"/>
        <source>the mission has %1 meetings; the limit is %2 per mission</source>
        <translation>de missie heeft %1 vergaderingen; de limiet is %2 per missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="121"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="122"/>
        <source>unknown field(s): %1</source>
        <translation>onbekend(e) veld(en): %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="123"/>
        <source>not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="124"/>
        <source>no such file</source>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="125"/>
        <source>larger than %1 bytes, the most a mission file may hold</source>
        <translation>groter dan %1 bytes, het maximum voor een missiebestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="127"/>
        <source>not UTF-8 text (%1 at byte %2)</source>
        <translation>geen UTF-8-tekst (%1 bij byte %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="128"/>
        <source>line %1, column %2: %3</source>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="129"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="130"/>
        <source>nested more than %1 levels deep</source>
        <translation>meer dan %1 niveaus diep genest</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="131"/>
        <source>the file must hold a JSON object</source>
        <translation>het bestand moet een JSON-object bevatten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="132"/>
        <source>expected format %1, found %2</source>
        <translation>formaat %1 verwacht, %2 gevonden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="133"/>
        <source>%1 meetings; the limit is %2 per mission</source>
        <translation>%1 vergaderingen; de grens is %2 per missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="135"/>
        <source>%1 is not an airport or station code (3 to 10 letters or digits, e.g. BRU)</source>
        <translation>%1 is geen luchthaven- of stationscode (3 tot 10 letters of cijfers, bv. BRU)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="137"/>
        <source>the arrival (%1) is not after the departure (%2)</source>
        <translation>de aankomst (%1) valt niet na het vertrek (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="139"/>
        <source>the journey (%1) falls outside the mission (%2 to %3)</source>
        <translation>de reis (%1) valt buiten de missie (%2 tot %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="141"/>
        <source>the same traveller is listed twice</source>
        <translation>dezelfde reiziger staat er twee keer in</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="142"/>
        <source>%1 is not in the mission&apos;s delegation; add them to the delegation first</source>
        <translation>%1 maakt geen deel uit van de delegatie van de missie; voeg die persoon eerst aan de delegatie toe</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="144"/>
        <source>a recurring follow-up needs a due date to count from</source>
        <translation>een terugkerende opvolging heeft een vervaldatum nodig om van te vertrekken</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="146"/>
        <source>this follow-up is already %1</source>
        <translation>deze opvolging is al %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="147"/>
        <source>expected text to search for, got %1</source>
        <translation>te zoeken tekst verwacht, kreeg %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="148"/>
        <source>the search text is %1 characters long; the limit is %2</source>
        <translation>de zoektekst is %1 tekens lang; de limiet is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="150"/>
        <source>the search text has %1 words; the limit is %2</source>
        <translation>de zoektekst heeft %1 woorden; de limiet is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="151"/>
        <source>cannot attach a file to a %1</source>
        <translation>kan geen bestand bijvoegen aan %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="152"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="246"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="467"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="153"/>
        <source>%1 is %2 MB; attachments are limited to %3 MB</source>
        <translation>%1 is %2 MB; bijlagen zijn beperkt tot %3 MB</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="154"/>
        <source>%1 is not a number of minutes above zero</source>
        <translation>%1 is geen aantal minuten groter dan nul</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="155"/>
        <source>%1 minutes is longer than a day</source>
        <translation>%1 minuten is langer dan een dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="156"/>
        <source>the mission has no leg in %1; its legs: %2</source>
        <translation>de missie heeft geen etappe in %1; haar etappes: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="157"/>
        <source>%1 is not during the stay in %2: %3</source>
        <translation>%1 valt niet tijdens het verblijf in %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="192"/>
        <source>%1 is read-only (a read-only file, folder or medium); it can be read, not changed; nothing was changed</source>
        <translation>%1 is alleen-lezen (een alleen-lezen bestand, map of medium); het kan gelezen worden, niet gewijzigd; er werd niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="158"/>
        <source>%1 is not FIELD=VALUE</source>
        <translation>%1 is niet van de vorm VELD=WAARDE</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="70"/>
        <source>cannot read %1 as a date; type it day first, e.g. &quot;9/6/2017&quot;, &quot;9 juin 2017&quot; or &quot;2017-06-09&quot;</source>
        <translation>kan %1 niet als datum lezen; typ eerst de dag, bv. &quot;9/6/2017&quot;, &quot;9 juni 2017&quot; of &quot;2017-06-09&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="89"/>
        <source>the change would put a mission out of %1&apos;s sight (it would be restricted to other people); name %1 among them, or ask an administrator; nothing was changed</source>
        <translation>door de wijziging zou %1 een missie niet meer zien (ze zou voorbehouden zijn aan andere personen); voeg %1 aan hen toe of vraag het aan een beheerder; er werd niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="92"/>
        <source>%1 changed this %2 at %3, since you opened it (your copy: version %4, stored: version %5); reload it and apply your change again</source>
        <translation>%1 heeft dit item (%2) gewijzigd op %3, sinds u het opende (uw kopie: versie %4, opgeslagen: versie %5); laad het opnieuw en breng uw wijziging opnieuw aan</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="159"/>
        <source>%1 cannot be edited here; the fields are: %2</source>
        <translation>%1 kan hier niet worden gewijzigd; de velden zijn: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="160"/>
        <source>%1 is given twice</source>
        <translation>%1 wordt twee keer opgegeven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="161"/>
        <source>nothing to change: give FIELD=VALUE</source>
        <translation>niets te wijzigen: geef VELD=WAARDE op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="162"/>
        <source>%1 may read %2 but not change it (a reader&apos;s login); nothing was changed; an aide&apos;s login is needed to edit</source>
        <translation>%1 mag %2 lezen maar niet wijzigen (een leesaccount); er werd niets gewijzigd; om te bewerken is een account van medewerker nodig</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="165"/>
        <source>%1 is not a PostgreSQL database; the team commands need the cabinet&apos;s server (postgresql+psycopg://…)</source>
        <translation>%1 is geen PostgreSQL-databank; de teamopdrachten hebben de server van het kabinet nodig (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="168"/>
        <source>%1 is not a login name (lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter)</source>
        <translation>%1 is geen inlognaam (kleine letters, cijfers, ‘.’, ‘-’ en ‘_’, te beginnen met een letter)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="171"/>
        <source>a merged value is written only for the fields in conflict (%1), and only when both sides kept the record</source>
        <translation>een samengevoegde waarde wordt alleen geschreven voor de velden in conflict (%1), en alleen als beide kanten het item hebben behouden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="173"/>
        <source>the server %1 cannot be reached (%2); nothing was lost, sync again later</source>
        <translation>de server %1 is niet bereikbaar (%2); er is niets verloren, synchroniseer later opnieuw</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="175"/>
        <source>%1 is not a SQLite file; a replica is a file on this computer</source>
        <translation>%1 is geen SQLite-bestand; een replica is een bestand op deze computer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="177"/>
        <source>%1 is already a replica of a server; run sync</source>
        <translation>%1 is al een replica van een server; voer sync uit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="178"/>
        <source>%1 already holds data of its own; join into a new file</source>
        <translation>%1 bevat al eigen gegevens; sluit aan in een nieuw bestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="180"/>
        <source>%1 has not joined a server; run join URL first</source>
        <translation>%1 is bij geen enkele server aangesloten; voer eerst join URL uit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="181"/>
        <source>this version of the app (schema %1) is newer than the server&apos;s (schema %2); ask IT to upgrade the server (server init) before syncing</source>
        <translation>deze versie van de toepassing (schema %1) is nieuwer dan die van de server (schema %2); vraag de informaticadienst de server bij te werken (server init) voor u synchroniseert</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="184"/>
        <source>the server&apos;s schema (%1) is newer than this app&apos;s (%2); upgrade the app, then sync: your offline edits are kept</source>
        <translation>het schema van de server (%1) is nieuwer dan dat van deze toepassing (%2); werk de toepassing bij en synchroniseer dan: uw offline wijzigingen blijven bewaard</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="187"/>
        <source>there is no open conflict %1; conflicts lists them</source>
        <translation>er is geen open conflict %1; conflicts toont ze</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="189"/>
        <source>conflict %1 is a mission no longer shared with you: it cannot be kept as yours; resolve it with --theirs, or ask its owner to share it again</source>
        <translation>conflict %1 betreft een missie die niet meer met u gedeeld wordt: ze kan niet als de uwe behouden worden; los het op met --theirs, of vraag de eigenaar ze opnieuw te delen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="195"/>
        <source>%1 needs upgrading to this version&apos;s schema but is read-only; open it from a writable folder</source>
        <translation>%1 moet bijgewerkt worden naar het schema van deze versie maar is alleen-lezen; open het vanuit een beschrijfbare map</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="198"/>
        <source>%1 stayed busy for %2 s (another Mission Planner is writing to it); nothing was changed, try again when it has finished</source>
        <translation>%1 bleef %2 s bezet (een andere Mission Planner schrijft erin); er werd niets gewijzigd, probeer opnieuw wanneer die klaar is</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="201"/>
        <source>%1 is damaged (%2); nothing was written; restore the newest good backup: missionplanner --db %1 restore %3</source>
        <translation>%1 is beschadigd (%2); er werd niets geschreven; zet de meest recente goede back-up terug: missionplanner --db %1 restore %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="204"/>
        <source>%1 is damaged (%2); nothing was written; no good backup was found in %3</source>
        <translation>%1 is beschadigd (%2); er werd niets geschreven; er werd geen goede back-up gevonden in %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="206"/>
        <source>%1 is not a regular file; give the path of a Mission Planner database</source>
        <translation>%1 is geen gewoon bestand; geef het pad van een Mission Planner-database</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="208"/>
        <source>%1 is an empty file (0 bytes), not a Mission Planner database; nothing was written (remove it to start a new database there, or restore a backup into it)</source>
        <translation>%1 is een leeg bestand (0 bytes), geen Mission Planner-database; er werd niets geschreven (verwijder het om daar een nieuwe database te beginnen, of zet er een back-up in terug)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="212"/>
        <source>%1 is not a Mission Planner database (not an SQLite file); nothing was written</source>
        <translation>%1 is geen Mission Planner-database (geen SQLite-bestand); er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="214"/>
        <source>%1 is not a Mission Planner database (not an SQLite file); a restore will not replace it; nothing was written</source>
        <translation>%1 is geen Mission Planner-database (geen SQLite-bestand); een terugzetting zal het niet vervangen; er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="217"/>
        <source>%1 was made by a newer version of Mission Planner (schema %2); update the application to open it; nothing was changed</source>
        <translation>%1 werd gemaakt door een nieuwere versie van Mission Planner (schema %2); werk de toepassing bij om het te openen; er werd niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="220"/>
        <source>the database was made by a newer version of Mission Planner (schema %1); update the application to open it; nothing was changed</source>
        <translation>de database werd gemaakt door een nieuwere versie van Mission Planner (schema %1); werk de toepassing bij om ze te openen; er werd niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="224"/>
        <source>backups, restore and the database doctor work on a SQLite database file only; a shared server is backed up and checked by its IT</source>
        <translation>back-ups, terugzetten en de databankcontrole werken alleen met een SQLite-databasebestand; een gedeelde server wordt geback-upt en gecontroleerd door zijn IT-dienst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="228"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="282"/>
        <source>%1: no such file</source>
        <translation>%1: bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="229"/>
        <source>%1: not a Mission Planner database (not an SQLite file)</source>
        <translation>%1: geen Mission Planner-database (geen SQLite-bestand)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="231"/>
        <source>%1: damaged or not a database (%2); nothing restored</source>
        <translation>%1: beschadigd of geen database (%2); er werd niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="233"/>
        <source>%1: fails the integrity check (%2); nothing restored</source>
        <translation>%1: faalt bij de integriteitscontrole (%2); er werd niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="235"/>
        <source>%1: an SQLite file, but not a Mission Planner database; nothing restored</source>
        <translation>%1: een SQLite-bestand, maar geen Mission Planner-database; er werd niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="237"/>
        <source>%1: made by a newer version of Mission Planner (schema %2); update the application first; nothing restored</source>
        <translation>%1: gemaakt door een nieuwere versie van Mission Planner (schema %2); werk eerst de toepassing bij; er werd niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="240"/>
        <source>%1: cannot be read whole (%2); nothing restored</source>
        <translation>%1: kan niet volledig gelezen worden (%2); er werd niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="242"/>
        <source>%1: its schema is not Mission Planner&apos;s (%2); nothing restored</source>
        <translation>%1: het schema is niet dat van Mission Planner (%2); er werd niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="244"/>
        <source>no output file named; give a file name such as pack.pdf</source>
        <translation>geen uitvoerbestand opgegeven; geef een bestandsnaam zoals pack.pdf</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="247"/>
        <source>%1 is a symbolic link; refusing to write through it</source>
        <translation>%1 is een symbolische koppeling; er wordt niet via geschreven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="248"/>
        <source>%1 is a folder; give a file name inside it</source>
        <translation>%1 is een map; geef een bestandsnaam in die map</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="249"/>
        <source>%1 is not a regular file (a device, pipe or socket); refusing to replace it</source>
        <translation>%1 is geen gewoon bestand (een apparaat, pipe of socket); het wordt niet vervangen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="251"/>
        <source>%1 is read-only; choose another name or make it writable</source>
        <translation>%1 is alleen-lezen; kies een andere naam of maak het beschrijfbaar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="253"/>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="254"/>
        <source>the folder %1 is read-only; choose another folder</source>
        <translation>de map %1 is alleen-lezen; kies een andere map</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="256"/>
        <source>not enough space on the disk to write %1; nothing was written</source>
        <translation>niet genoeg ruimte op de schijf om %1 te schrijven; er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="258"/>
        <source>%1: cannot write there (%2); nothing was written</source>
        <translation>%1: kan daar niet schrijven (%2); er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="260"/>
        <source>%1: %2; nothing was written</source>
        <translation>%1: %2; er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="261"/>
        <source>the key %1 appears twice in one object</source>
        <translation>de sleutel %1 komt twee keer voor in één object</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="262"/>
        <source>a number of %1 digits (the limit is %2)</source>
        <translation>een getal van %1 cijfers (de limiet is %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="263"/>
        <source>nested more than %1 levels deep (at %2)</source>
        <translation>meer dan %1 niveaus diep genest (bij %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="264"/>
        <source>a lone surrogate \u%1 (not a character) at %2</source>
        <translation>een los surrogaat \u%1 (geen teken) bij %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="266"/>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="267"/>
        <source>unknown field(s) %1 (allowed: %2)</source>
        <translation>onbekend(e) veld(en) %1 (toegestaan: %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="268"/>
        <source>expected a list, got %1</source>
        <translation>lijst verwacht, kreeg %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="269"/>
        <source>%1 is listed twice; list each one once</source>
        <translation>%1 staat er twee keer in; vermeld elk maar één keer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="270"/>
        <source>%1 is the same person as %2; list each one once</source>
        <translation>%1 is dezelfde persoon als %2; vermeld elk maar één keer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="271"/>
        <source>duplicate key %1</source>
        <translation>dubbele sleutel %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="272"/>
        <source>no person with key %1 in this file</source>
        <translation>geen persoon met sleutel %1 in dit bestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="273"/>
        <source>no organization with key %1 in this file</source>
        <translation>geen organisatie met sleutel %1 in dit bestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="274"/>
        <source>a mission with slug %1 is already in the database</source>
        <translation>er staat al een missie met korte naam %1 in de database</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="275"/>
        <source>a mission with the same title and dates is already in the database (slug %1); this file looks imported already. To import it as another mission, give it a &quot;slug&quot;</source>
        <translation>er staat al een missie met dezelfde titel en data in de database (korte naam %1); dit bestand lijkt al geïmporteerd. Geef het een „slug” om het als een andere missie te importeren</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="278"/>
        <source>a recurring follow-up needs a due date</source>
        <translation>een terugkerende opvolging heeft een vervaldatum nodig</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="279"/>
        <source>an agreement with this title is already in the database and differs in %1; make the file agree with it, or give this one another title</source>
        <translation>er staat al een overeenkomst met deze titel in de database en ze verschilt in %1; laat het bestand ermee overeenstemmen, of geef deze een andere titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="283"/>
        <source>%1: is a folder, not a contacts file</source>
        <translation>%1: is een map, geen contactenbestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="284"/>
        <source>the file is %1 MB, more than the limit of %2 MB for a contacts file</source>
        <translation>het bestand is %1 MB, meer dan de limiet van %2 MB voor een contactenbestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="286"/>
        <source>this is not a text file (it contains NUL bytes); save it as CSV or XLSX</source>
        <translation>dit is geen tekstbestand (het bevat NUL-bytes); sla het op als CSV of XLSX</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="288"/>
        <source>broken UTF-16 text at byte %1</source>
        <translation>beschadigde UTF-16-tekst bij byte %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="289"/>
        <source>the file is neither UTF-8 nor Windows-1252 text (byte %1)</source>
        <translation>het bestand is geen UTF-8- en geen Windows-1252-tekst (byte %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="291"/>
        <source>the cell holds %1 characters, more than the limit of %2 for one field</source>
        <translation>de cel bevat %1 tekens, meer dan de limiet van %2 voor één veld</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="293"/>
        <source>more than %1 contacts in one file (the limit); split it into several files</source>
        <translation>meer dan %1 contacten in één bestand (de limiet); verdeel ze over meerdere bestanden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="295"/>
        <source>a cell holds more than %1 characters, the limit for one field</source>
        <translation>een cel bevat meer dan %1 tekens, de limiet voor één veld</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="297"/>
        <source>cannot read the CSV text (%1)</source>
        <translation>kan de CSV-tekst niet lezen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="298"/>
        <source>the workbook expands to %1 MB once unzipped, more than the limit of %2 MB for a contacts file; save the contacts alone in a smaller sheet or as CSV</source>
        <translation>de werkmap is uitgepakt %1 MB, meer dan de limiet van %2 MB voor een contactenbestand; sla alleen de contacten op in een kleiner werkblad of als CSV</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="301"/>
        <source>cannot open the workbook, it may be damaged (%1: %2)</source>
        <translation>kan de werkmap niet openen, ze is misschien beschadigd (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="303"/>
        <source>cannot read the first sheet (%1)</source>
        <translation>kan het eerste werkblad niet lezen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="304"/>
        <source>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: %1)</source>
        <translation>geen kolom voor de familienaam gevonden (een kop zoals Family name, Nom of Achternaam verwacht; gevonden: %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="307"/>
        <source>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: nothing)</source>
        <translation>geen kolom voor de familienaam gevonden (een kop zoals Family name, Nom of Achternaam verwacht; niets gevonden)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="310"/>
        <source>the file is empty (expected a header line and one contact per line)</source>
        <translation>het bestand is leeg (een kopregel en één contact per regel verwacht)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="312"/>
        <source>the name is empty</source>
        <translation>de naam is leeg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="313"/>
        <source>the family name is empty</source>
        <translation>de familienaam is leeg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="314"/>
        <source>%1: is a folder, not a calendar file</source>
        <translation>%1: is een map, geen agendabestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="315"/>
        <source>the file is %1 MB, more than the limit of %2 MB for a calendar file</source>
        <translation>het bestand is %1 MB, meer dan de limiet van %2 MB voor een agendabestand</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="317"/>
        <source>not a text file in UTF-8 or Windows-1252 (byte %1)</source>
        <translation>geen tekstbestand in UTF-8 of Windows-1252 (byte %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="318"/>
        <source>the file starts with a continuation line (leading space)</source>
        <translation>het bestand begint met een vervolgregel (spatie vooraan)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="320"/>
        <source>the file is empty (expected BEGIN:VCALENDAR)</source>
        <translation>het bestand is leeg (BEGIN:VCALENDAR verwacht)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="321"/>
        <source>text after END:VCALENDAR, found %1</source>
        <translation>tekst na END:VCALENDAR, gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="322"/>
        <source>not an iCalendar file: expected BEGIN:VCALENDAR, found %1</source>
        <translation>geen iCalendar-bestand: BEGIN:VCALENDAR verwacht, gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="324"/>
        <source>expected NAME:VALUE, found %1</source>
        <translation>NAAM:WAARDE verwacht, gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="325"/>
        <source>expected PARAMETER=VALUE after %1;, found %2</source>
        <translation>PARAMETER=WAARDE verwacht na %1;, gevonden: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="326"/>
        <source>expected &apos;:&apos; before the value of %1, found %2</source>
        <translation>&apos;:&apos; verwacht voor de waarde van %1, gevonden: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="327"/>
        <source>%1 needs a component name, found %2</source>
        <translation>%1 heeft een componentnaam nodig, gevonden: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="328"/>
        <source>components nested too deeply</source>
        <translation>componenten te diep genest</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="329"/>
        <source>END:%1 closes BEGIN:%2 of line %3</source>
        <translation>END:%1 sluit BEGIN:%2 van regel %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="330"/>
        <source>BEGIN:%1 of line %2 is never closed (the file may be cut short)</source>
        <translation>BEGIN:%1 van regel %2 wordt nooit gesloten (het bestand is misschien afgekapt)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="332"/>
        <source>cannot read %1 as a real date or date-time (%2)</source>
        <translation>kan %1 niet lezen als een bestaande datum of datum-tijd (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="333"/>
        <source>cannot read the recurrence rule %1</source>
        <translation>kan de herhalingsregel %1 niet lezen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="334"/>
        <source>cannot read %1 as a duration (e.g. PT1H30M)</source>
        <translation>kan %1 niet lezen als een duur (bv. PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="335"/>
        <source>VTIMEZONE without a TZID</source>
        <translation>VTIMEZONE zonder TZID</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="336"/>
        <source>unknown time zone TZID=%1 and the file has no VTIMEZONE block defining it</source>
        <translation>onbekende tijdzone TZID=%1 en het bestand heeft geen VTIMEZONE-blok dat ze beschrijft</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="338"/>
        <source>cannot read the VTIMEZONE block for %1 (%2)</source>
        <translation>kan het VTIMEZONE-blok voor %1 niet lezen (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="339"/>
        <source>%1 cannot be placed in time (%2)</source>
        <translation>%1 kan niet in de tijd geplaatst worden (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="340"/>
        <source>%1 is not a whole number</source>
        <translation>%1 is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="341"/>
        <source>VEVENT without DTSTART</source>
        <translation>VEVENT zonder DTSTART</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="342"/>
        <source>DTEND is a date-time but DTSTART is a date</source>
        <translation>DTEND is een datum-tijd maar DTSTART is een datum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="343"/>
        <source>DTEND is a date but DTSTART is a date-time</source>
        <translation>DTEND is een datum maar DTSTART is een datum-tijd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="344"/>
        <source>the event ends before or when it starts</source>
        <translation>de gebeurtenis eindigt voor of wanneer ze begint</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="345"/>
        <source>the event lasts too long</source>
        <translation>de gebeurtenis duurt te lang</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="346"/>
        <source>the recurring event gives %1 meetings within the mission (at most %2)</source>
        <translation>de terugkerende gebeurtenis geeft %1 vergaderingen binnen de missie (hoogstens %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="348"/>
        <source>cannot read the recurrence rule %1 (%2)</source>
        <translation>kan de herhalingsregel %1 niet lezen (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="349"/>
        <source>the recurrence rule repeats too often to expand (more than %1 repetitions, the limit for one rule)</source>
        <translation>de herhalingsregel herhaalt te vaak om uit te werken (meer dan %1 herhalingen, de limiet voor één regel)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="352"/>
        <source>the recurring events of this file repeat too often to expand (more than %1 repetitions in all, the limit for one import; reached at the event of line %2)</source>
        <translation>de terugkerende gebeurtenissen van dit bestand herhalen te vaak om uit te werken (meer dan %1 herhalingen in totaal, de limiet voor één import; bereikt bij de gebeurtenis van regel %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="355"/>
        <source>cannot expand the recurrence rule (%1)</source>
        <translation>kan de herhalingsregel niet uitwerken (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="356"/>
        <source>the mission has %1 meetings; the limit is %2 per mission: this file would add %3 more</source>
        <translation>de missie heeft %1 vergaderingen; de limiet is %2 per missie: dit bestand zou er nog %3 toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="358"/>
        <source>%1 (and %2 more rows)</source>
        <translation>%1 (en nog %2 rij(en))</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="359"/>
        <source>the meeting it came from was deleted since; nothing to restore</source>
        <translation>de vergadering waar het bij hoorde werd intussen verwijderd; niets te herstellen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="361"/>
        <source>the mission it belonged to was deleted since; nothing to restore</source>
        <translation>de missie waartoe het behoorde werd intussen verwijderd; niets te herstellen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="363"/>
        <source>%1 is read-only; nothing restored</source>
        <translation>%1 is alleen-lezen; er werd niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="364"/>
        <source>only a SQLite file can be backed up this way</source>
        <translation>alleen van een SQLite-bestand kan zo een back-up gemaakt worden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="365"/>
        <source>it fails SQLite&apos;s check: %1</source>
        <translation>het faalt bij de controle van SQLite: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="366"/>
        <source>it cannot be read whole: %1</source>
        <translation>het kan niet volledig gelezen worden: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="367"/>
        <source>not enough space on the disk for the copy %1; nothing was kept</source>
        <translation>niet genoeg ruimte op de schijf voor de kopie %1; er werd niets bewaard</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="369"/>
        <source>the database stayed busy; no copy made to %1</source>
        <translation>de database bleef bezet; geen kopie gemaakt naar %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="370"/>
        <source>%1: %2; nothing was kept</source>
        <translation>%1: %2; er werd niets bewaard</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="371"/>
        <source>&apos;%1&apos; is not available yet in this version</source>
        <translation>„%1” is nog niet beschikbaar in deze versie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="372"/>
        <source>--scale must be positive, not %1</source>
        <translation>--scale moet positief zijn, niet %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="377"/>
        <source>unknown language %1 (use fr, nl or en)</source>
        <translation>onbekende taal %1 (gebruik fr, nl of en)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="429"/>
        <source>Talking point</source>
        <translation>Gesprekspunt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="430"/>
        <source>If raised</source>
        <translation>Indien aangekaart</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="431"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="432"/>
        <source>line to take</source>
        <translation>in te nemen standpunt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="433"/>
        <source>Restricted to</source>
        <translation>Voorbehouden aan</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="434"/>
        <source>Key message</source>
        <translation>Kernboodschap</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="435"/>
        <source>Duty officer</source>
        <translation>Permanentieverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="442"/>
        <source>Title is required</source>
        <translation>De titel is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="443"/>
        <source>Name is required</source>
        <translation>De naam is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="444"/>
        <source>Family name is required</source>
        <translation>De familienaam is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="445"/>
        <source>Start is required</source>
        <translation>Het begin is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="446"/>
        <source>End is required</source>
        <translation>Het einde is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="447"/>
        <source>Arrival is required</source>
        <translation>De aankomst is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="448"/>
        <source>Departure is required</source>
        <translation>Het vertrek is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="449"/>
        <source>City is required</source>
        <translation>De stad is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="450"/>
        <source>Country is required</source>
        <translation>Het land is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="451"/>
        <source>Action is required</source>
        <translation>De actie is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="452"/>
        <source>Date is required</source>
        <translation>De datum is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="453"/>
        <source>Time zone is required</source>
        <translation>De tijdzone is verplicht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="373"/>
        <source>unknown edition %1 (use minister or working)</source>
        <translation>onbekende editie %1 (gebruik minister of working)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="374"/>
        <source>is %1 characters long; the limit is %2</source>
        <translation>is %1 tekens lang; de grens is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="375"/>
        <source>contains a control character or a line break</source>
        <translation>bevat een stuurteken of een regeleinde</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="376"/>
        <source>must be a whole number from 1 (got %1)</source>
        <translation>moet een geheel getal vanaf 1 zijn (gekregen: %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="378"/>
        <source>unknown paper size %1 (use a4 or letter)</source>
        <translation>onbekend papierformaat %1 (gebruik a4 of letter)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="379"/>
        <source>the marking is %1 characters long; the limit is %2 characters (it is printed in full on every page)</source>
        <translation>de classificatiemarkering is %1 tekens lang; de limiet is %2 tekens (ze wordt volledig op elke pagina gedrukt)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="382"/>
        <source>contains a control character or a line break (it is printed as one marking)</source>
        <translation>bevat een stuurteken of een regeleinde (ze wordt als één markering gedrukt)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="384"/>
        <source>unknown section(s) %1 (choose from %2)</source>
        <translation>onbekende sectie(s) %1 (kies uit %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="385"/>
        <source>the mission has %1 meetings; a briefing pack holds at most %2 (the limit on meetings per pack)</source>
        <translation>de missie heeft %1 vergaderingen; een briefingdossier bevat er hoogstens %2 (de limiet voor vergaderingen per dossier)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="392"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="393"/>
        <source>organization</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="394"/>
        <source>mission</source>
        <translation>missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="395"/>
        <source>meeting</source>
        <translation>vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="396"/>
        <source>leg</source>
        <translation>etappe</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="397"/>
        <source>agreement</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="398"/>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="399"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="400"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="402"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="403"/>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="404"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="405"/>
        <source>true or false</source>
        <translation>waar of onwaar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="408"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="409"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="410"/>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="411"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="412"/>
        <source>Name in native script</source>
        <translation>Naam in eigen schrift</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="413"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="414"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="415"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="416"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="417"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="418"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="419"/>
        <source>Due on</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="420"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="421"/>
        <source>Recurrence</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="422"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="423"/>
        <source>Home time zone</source>
        <translation>Thuistijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="424"/>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="425"/>
        <source>Arrival</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="426"/>
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="427"/>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="428"/>
        <source>Expires on</source>
        <translation>Verloopt op</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="97"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="98"/>
        <source>requested</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="99"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="100"/>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="101"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="103"/>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="104"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="105"/>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="106"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="108"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="110"/>
        <source>negotiating</source>
        <translation>in onderhandeling</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="111"/>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="112"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="113"/>
        <source>terminated</source>
        <translation>beëindigd</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="30"/>
        <source>S&amp;ync with the server</source>
        <translation>S&amp;ynchroniseren met de server</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="32"/>
        <source>Send your changes to the cabinet&apos;s server and bring theirs</source>
        <translation>Uw wijzigingen naar de server van het kabinet sturen en die van de collega&apos;s ophalen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="89"/>
        <source>Not synced: %1.</source>
        <translation>Niet gesynchroniseerd: %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="99"/>
        <source>Sync (%1)</source>
        <translation>Synchroniseren (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="100"/>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="101"/>
        <source>Sync (%n conflict(s) waiting)</source>
        <translation>
            <numerusform>Synchroniseren (%n wachtend conflict)</numerusform>
            <numerusform>Synchroniseren (%n wachtende conflicten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="34"/>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="97"/>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flicten…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="96"/>
        <source>Con&amp;flicts (%1)…</source>
        <translation>Con&amp;flicten (%1)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="63"/>
        <source>Syncing with the server…</source>
        <translation>Synchroniseren met de server…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="71"/>
        <source>Synced: %1 received, %2 sent, %3 waiting in Conflicts</source>
        <translation>Gesynchroniseerd: %1 ontvangen, %2 verzonden, %3 wachtend in Conflicten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="82"/>
        <source>The server cannot be reached: your changes are kept and will be sent at the next sync.</source>
        <translation>De server is niet bereikbaar: uw wijzigingen blijven bewaard en worden bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="102"/>
        <source>Sync with the server (Ctrl+Shift+Y)</source>
        <translation>Synchroniseren met de server (Ctrl+Shift+Y)</translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="38"/>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="40"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="43"/>
        <source>Move the point up</source>
        <translation>Punt omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="44"/>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="48"/>
        <source>Move the point down</source>
        <translation>Punt omlaag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="49"/>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="68"/>
        <source>New point</source>
        <translation>Nieuw punt</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="156"/>
        <source>%1 %2 (%3 time)</source>
        <translation>%1 %2 (tijd in %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="166"/>
        <source>Departs %1 from %2</source>
        <translation>Vertrek %1 uit %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="167"/>
        <source>Arrives %1 in %2</source>
        <translation>Aankomst %1 in %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="169"/>
        <source>Travellers: %1</source>
        <translation>Reizigers: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="171"/>
        <source>Recorded on the mission “%1”</source>
        <translation>Vastgelegd bij de missie ‘%1’</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="174"/>
        <source>Check-in %1</source>
        <translation>Inchecken %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="175"/>
        <source>Check-out %1</source>
        <translation>Uitchecken %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="185"/>
        <source>Clocks change: %1 → %2 (%3 h) on arriving with %4</source>
        <translation>Klok verspringt: %1 → %2 (%3 u) bij aankomst met %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="199"/>
        <source>Nothing to show yet: add travel, legs or meetings to this mission.</source>
        <translation>Nog niets te tonen: voeg reizen, etappes of vergaderingen toe aan deze missie.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="219"/>
        <source> (home %1 h)</source>
        <translation> (thuis %1 u)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="276"/>
        <source>Travel</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="277"/>
        <source>Travel without the lead</source>
        <translation>Reis zonder de leider</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="278"/>
        <source>Stay</source>
        <translation>Verblijf</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="279"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="281"/>
        <source>Clocks change</source>
        <translation>Klok verspringt</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="34"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="35"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="36"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="39"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="40"/>
        <source>Reason for the meeting</source>
        <translation>Reden van de vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="41"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="42"/>
        <source>Points to make</source>
        <translation>Spreekpunten</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="43"/>
        <source>If raised</source>
        <translation>Indien aangekaart</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="44"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="45"/>
        <source>Arrangements</source>
        <translation>Praktische regelingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="46"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="47"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="48"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="49"/>
        <source>Scope</source>
        <translation>Draagwijdte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="50"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="53"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="54"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="55"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="56"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="57"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="110"/>
        <source>Translations — %1</source>
        <translation>Vertalingen — %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="119"/>
        <source>The pack prints the text in the language it is made in; where a box is empty it prints the text as typed, marked. Points to make and key messages: one per line. If raised: one per line, the question, then “—”, then the line to take.</source>
        <translation>Het dossier drukt de tekst af in de gekozen taal; is een vak leeg, dan drukt het de tekst zoals ingevoerd af, gemarkeerd. Spreekpunten en kernboodschappen: één per regel. Indien aangekaart: één per regel, de vraag, dan „—”, dan het antwoord.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="143"/>
        <source>As typed</source>
        <translation>Zoals ingevoerd</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="196"/>
        <source>Translations of “%1”</source>
        <translation>Vertalingen van ‘%1’</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="217"/>
        <source>The texts the briefing pack prints, in French, Dutch and English (once the record is saved)</source>
        <translation>De teksten die het briefingdossier afdrukt, in het Frans, Nederlands en Engels (zodra de fiche is opgeslagen)</translation>
    </message>
</context>
<context>
    <name>Travel</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="66"/>
        <source>+1 day</source>
        <translation>+1 dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="68"/>
        <source>-1 day</source>
        <translation>-1 dag</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="69"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="113"/>
        <source>Travel</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="113"/>
        <source>New travel</source>
        <translation>Nieuwe reis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="122"/>
        <source>e.g. All Nippon Airways, JR Central</source>
        <translation>bv. All Nippon Airways, JR Central</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="124"/>
        <source>e.g. NH 232, Nozomi 21</source>
        <translation>bv. NH 232, Nozomi 21</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="128"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="129"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Maatschappij</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="130"/>
        <source>N&amp;umber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="137"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="137"/>
        <source>&amp;Departure (local time)</source>
        <translation>&amp;Vertrek (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="138"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="138"/>
        <source>&amp;Arrival (local time)</source>
        <translation>&amp;Aankomst (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="140"/>
        <source>City, station or airport</source>
        <translation>Stad, station of luchthaven</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="142"/>
        <source>e.g. BRU, HND</source>
        <translation>bv. BRU, HND</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="149"/>
        <source>e.g. 7/6/2017 12:00</source>
        <translation>bv. 7/6/2017 12:00</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="157"/>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="157"/>
        <source>P&amp;lace</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="158"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="159"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="160"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="160"/>
        <source>Time z&amp;one</source>
        <translation>Tijdz&amp;one</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="179"/>
        <source>&amp;Booking reference</source>
        <translation>&amp;Boekingsreferentie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="180"/>
        <source>&amp;Seat</source>
        <translation>&amp;Zitplaats</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="197"/>
        <source>The mission has no lead or delegation yet.</source>
        <translation>De missie heeft nog geen leider of delegatie.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="198"/>
        <source>Travellers</source>
        <translation>Reizigers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="200"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="260"/>
        <source>%1 h %2 min under way</source>
        <translation>%1 u %2 min onderweg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="305"/>
        <source>Add travel %1</source>
        <translation>reis %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="312"/>
        <source>Edit travel %1</source>
        <translation>reis %1 bewerken</translation>
    </message>
</context>
<context>
    <name>TravelKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="25"/>
        <source>Flight</source>
        <translation>Vlucht</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="26"/>
        <source>Train</source>
        <translation>Trein</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="27"/>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="28"/>
        <source>Boat</source>
        <translation>Boot</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="29"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>TravelList</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="423"/>
        <source>Travel</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="424"/>
        <source>Departure (local)</source>
        <translation>Vertrek (lokaal)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="424"/>
        <source>From → to</source>
        <translation>Van → naar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="425"/>
        <source>Carrier and number</source>
        <translation>Maatschappij en nummer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="425"/>
        <source>Arrival (local)</source>
        <translation>Aankomst (lokaal)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="426"/>
        <source>Travellers</source>
        <translation>Reizigers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="435"/>
        <source>&amp;Add travel…</source>
        <translation>Reis &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="437"/>
        <source>&amp;Edit travel…</source>
        <translation>Reis &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="439"/>
        <source>&amp;Delete travel</source>
        <translation>Reis &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="457"/>
        <source>Save the mission first; then add its flights, trains and cars here.</source>
        <translation>Sla eerst de missie op; voeg daarna hier haar vluchten, treinen en auto’s toe.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="459"/>
        <source>Travellers are chosen among the mission&apos;s lead and delegation as saved.</source>
        <translation>De reizigers worden gekozen uit de leider en de delegatie van de missie zoals opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="532"/>
        <source>Delete travel</source>
        <translation>Reis verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="533"/>
        <source>Delete the travel %1?</source>
        <translation>De reis %1 verwijderen?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="544"/>
        <source>Delete travel %1</source>
        <translation>reis %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>UntranslatedNote</name>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="258"/>
        <source>%n text(s) not in French will print as typed:</source>
        <translation>
            <numerusform>%n tekst niet in het Frans wordt afgedrukt zoals ingevoerd:</numerusform>
            <numerusform>%n teksten niet in het Frans worden afgedrukt zoals ingevoerd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="259"/>
        <source>%n text(s) not in Dutch will print as typed:</source>
        <translation>
            <numerusform>%n tekst niet in het Nederlands wordt afgedrukt zoals ingevoerd:</numerusform>
            <numerusform>%n teksten niet in het Nederlands worden afgedrukt zoals ingevoerd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="260"/>
        <source>%n text(s) not in English will print as typed:</source>
        <translation>
            <numerusform>%n tekst niet in het Engels wordt afgedrukt zoals ingevoerd:</numerusform>
            <numerusform>%n teksten niet in het Engels worden afgedrukt zoals ingevoerd:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="49"/>
        <source>Printed versions: %1</source>
        <translation>Afgedrukte versies: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Issued</source>
        <translation>Uitgegeven op</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Edition</source>
        <translation>Editie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Classification</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Printed by</source>
        <translation>Afgedrukt door</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="56"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="57"/>
        <source>Printed versions</source>
        <translation>Afgedrukte versies</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="60"/>
        <source>Compare &amp;with</source>
        <translation>Vergelijken &amp;met</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="62"/>
        <source>&amp;Show changes</source>
        <translation>&amp;Wijzigingen tonen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="71"/>
        <source>What changed</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="72"/>
        <source>Reading the printed versions…</source>
        <translation>De afgedrukte versies worden gelezen…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="85"/>
        <source>Minister&apos;s pack</source>
        <translation>Dossier voor de minister</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="85"/>
        <source>Working pack (private office)</source>
        <translation>Werkdossier (kabinet)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="100"/>
        <source>No pack of this mission has been printed yet.</source>
        <translation>Van deze missie werd nog geen dossier afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="101"/>
        <source>Choose a version, then the version to compare it with.</source>
        <translation>Kies een versie en daarna de versie waarmee u ze wilt vergelijken.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="115"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="126"/>
        <source>Comparing…</source>
        <translation>Bezig met vergelijken…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="139"/>
        <source>From version %1 to version %2:</source>
        <translation>Van versie %1 naar versie %2:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="140"/>
        <source>No changes from version %1 to version %2.</source>
        <translation>Geen wijzigingen van versie %1 naar versie %2.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="143"/>
        <source>(The two were printed in different languages: their texts are not compared.)</source>
        <translation>(Beide versies werden in verschillende talen afgedrukt: hun teksten worden niet vergeleken.)</translation>
    </message>
</context>
<context>
    <name>ZoneComboBox</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="79"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
</context>
</TS>
