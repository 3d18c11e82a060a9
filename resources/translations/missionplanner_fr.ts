<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="78" />
            <source>About Mission Planner</source>
            <translation>À propos de Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="89" />
            <source>Plan official missions abroad: meetings across time zones, briefing packs, outcomes and follow-ups.</source>
            <translation>Préparer les missions officielles à l’étranger : réunions sur plusieurs fuseaux horaires, dossiers de briefing, résultats et suivis.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="98" />
            <source>not versioned</source>
            <translation>sans version</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="102" />
            <source>{revision} (this version of the app expects {head})</source>
            <translation>{revision} (cette version de l’application attend {head})</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="104" />
            <source>standalone build</source>
            <translation>version autonome</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="104" />
            <source>Python package</source>
            <translation>paquet Python</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="107" />
            <source>{folder} (set by MISSIONPLANNER_HOME)</source>
            <translation>{folder} (défini par MISSIONPLANNER_HOME)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="109" />
            <source>Version:</source>
            <translation>Version :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="110" />
            <source>Database:</source>
            <translation>Base de données :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="111" />
            <source>Schema version:</source>
            <translation>Version du schéma :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="112" />
            <source>Data folder:</source>
            <translation>Dossier des données :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="113" />
            <source>Qt:</source>
            <translation>Qt :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="113" />
            <source>Qt {qt}, PySide6 {pyside}</source>
            <translation>Qt {qt}, PySide6 {pyside}</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="115" />
            <source>Python:</source>
            <translation>Python :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="117" />
            <source>Licence:</source>
            <translation>Licence :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="117" />
            <source>MIT</source>
            <translation>MIT</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="135" />
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="137" />
            <source>Copy these details to the clipboard, e.g. for a support request</source>
            <translation>Copier ces détails dans le presse-papiers, p. ex. pour une demande d’assistance</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="154" />
            <source>{family} ({script}): {licence}</source>
            <translation>{family} ({script}) : {licence}</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="161" />
            <source>No fonts are shipped with this installation. Briefing packs use the fonts installed on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.</source>
            <translation>Aucune police n’est livrée avec cette installation. Les dossiers de briefing utilisent les polices installées sur cet ordinateur : IPAGothic, Yu Gothic ou Meiryo pour le japonais ; NanumGothic ou Malgun Gothic pour le coréen ; DejaVu Sans, Arial ou Segoe UI pour l’alphabet latin.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="166" />
            <source>Fonts in {folder} ({variable}) are used first.</source>
            <translation>Les polices de {folder} ({variable}) sont utilisées en priorité.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="47" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="49" />
            <source>&amp;Mission:</source>
            <translation>&amp;Mission :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="60" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="65" />
            <source>Scheduling problems</source>
            <translation>Problèmes de planification</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="70" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="71" />
            <source>&amp;New meeting…</source>
            <translation>&amp;Nouvelle réunion…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="73" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="75" />
            <source>&amp;Log outcome…</source>
            <translation>&amp;Consigner le résultat…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="77" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="143" />
            <source>Home time: %1</source>
            <translation>Heure de référence : %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="159" />
            <source>Problems (checking…)</source>
            <translation>Problèmes (vérification…)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="179" />
            <source>Problems: the scheduling checks are not installed</source>
            <translation>Problèmes : les vérifications de planification ne sont pas installées</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="181" />
            <source>Problems: the checks failed (%1)</source>
            <translation>Problèmes : les vérifications ont échoué (%1)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="192" />
            <source>Problems: %1 error(s), %2 warning(s)</source>
            <translation>Problèmes : %1 erreur(s), %2 avertissement(s)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="193" />
            <source>No scheduling problems</source>
            <translation>Aucun problème de planification</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="49" />
            <source>Edit agreement</source>
            <translation>Modifier l’accord</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="49" />
            <source>New agreement</source>
            <translation>Nouvel accord</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="59" />
            <source>Date approximate</source>
            <translation>Date approximative</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="78" />
            <source>Signatories</source>
            <translation>Signataires</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="83" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="83" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="84" />
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="84" />
            <source>Si&amp;gned on</source>
            <translation>Si&amp;gné le</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="86" />
            <source>E&amp;xpires on</source>
            <translation>E&amp;xpire le</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="86" />
            <source>S&amp;cope</source>
            <translation>&amp;Portée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="87" />
            <source>&amp;Parties</source>
            <translation>P&amp;arties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="88" />
            <source>Signat&amp;ories</source>
            <translation>Signatai&amp;res</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="89" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="153" />
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="154" />
            <source>Filter agreements</source>
            <translation>Filtrer les accords</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="159" />
            <source>Agreements</source>
            <translation>Accords</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="168" />
            <source>Agreement details</source>
            <translation>Détails de l’accord</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="169" />
            <source>&amp;New agreement…</source>
            <translation>&amp;Nouvel accord…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="171" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="173" />
            <source>&amp;Attach document…</source>
            <translation>&amp;Joindre un document…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="175" />
            <source>&amp;Open document</source>
            <translation>&amp;Ouvrir le document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="219" />
            <source>Attach the agreement's document</source>
            <translation>Joindre le document de l’accord</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="220" />
            <source>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</source>
            <translation>Documents (*.pdf *.docx *.odt *.doc);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="226" />
            <source>Attach document</source>
            <translation>Joindre un document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="261" />
            <source>approximate</source>
            <translation>approximative</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="262" />
            <source>Signed on</source>
            <translation>Signé le</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="263" />
            <source>Expires on</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="264" />
            <source>Scope</source>
            <translation>Portée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="265" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="266" />
            <source>Signatories</source>
            <translation>Signataires</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="295" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
    </context>
    <context>
        <name>DailyReminder</name>
        <message>
            <location filename="../../src/missionplanner/ui/reminders.py" line="28" />
            <source>Mission Planner</source>
            <translation>Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/reminders.py" line="45" />
            <source>%1 follow-up(s) overdue, %2 due today.</source>
            <translation>%1 suivi(s) en retard, %2 à échéance aujourd’hui.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/reminders.py" line="60" />
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="57" />
            <source>Duplicate people</source>
            <translation>Doublons de personnes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="64" />
            <source>Likely duplicate people</source>
            <translation>Doublons probables</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="67" />
            <source>&amp;Merge (keep the first)</source>
            <translation>&amp;Fusionner (garder la première)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="69" />
            <source>&amp;Undo last merge</source>
            <translation>&amp;Annuler la dernière fusion</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="88" />
            <source>%n likely duplicate pair(s). Merging keeps every meeting, affiliation and follow-up of both.</source>
            <translation>
                <numerusform>%n paire de doublons probable. La fusion conserve toutes les réunions, affiliations et suivis des deux.</numerusform>
                <numerusform>%n paires de doublons probables. La fusion conserve toutes les réunions, affiliations et suivis des deux.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="366" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="367" />
            <source>You have unsaved changes. Discard them?</source>
            <translation>Vous avez des modifications non enregistrées. Les abandonner ?</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="66" />
            <source>No mission</source>
            <translation>Aucune mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="66" />
            <source>Select a mission first.</source>
            <translation>Sélectionnez d’abord une mission.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="72" />
            <source>Import mission file</source>
            <translation>Importer un fichier de mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="73" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="92" />
            <source>Mission files (*.json)</source>
            <translation>Fichiers de mission (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="76" />
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="78" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="120" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="132" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="142" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="153" />
            <source>Import failed</source>
            <translation>Échec de l’importation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="81" />
            <source>Imported “%1”</source>
            <translation>« %1 » importée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="91" />
            <source>Export mission file</source>
            <translation>Exporter le fichier de mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="95" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="107" />
            <source>Exported to %1</source>
            <translation>Exporté vers %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="96" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="108" />
            <source>Export failed</source>
            <translation>Échec de l’exportation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="103" />
            <source>Export calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="104" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="115" />
            <source>Calendars (*.ics)</source>
            <translation>Calendriers (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="114" />
            <source>Import calendar into “%1”</source>
            <translation>Importer un calendrier dans « %1 »</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="123" />
            <source>Importing this calendar into “%1” would create %2 meeting(s), update %3, leave %4 unchanged and skip %5. Import it?</source>
            <translation>Importer ce calendrier dans « %1 » créerait %2 réunion(s), en mettrait %3 à jour, en laisserait %4 inchangée(s) et en ignorerait %5. L’importer ?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="127" />
            <source>Import calendar</source>
            <translation>Importer un calendrier</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="130" />
            <source>%1 meeting(s) created, %2 updated</source>
            <translation>%1 réunion(s) créée(s), %2 mise(s) à jour</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="136" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="148" />
            <source>Import contacts</source>
            <translation>Importer des contacts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="137" />
            <source>Contacts (*.csv *.xlsx)</source>
            <translation>Contacts (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="145" />
            <source>This file would add %1 person(s) and %2 organization(s); %3 person(s) are already known. Import it?</source>
            <translation>Ce fichier ajouterait %1 personne(s) et %2 organisation(s) ; %3 personne(s) sont déjà connues. L’importer ?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="151" />
            <source>%1 person(s) added</source>
            <translation>%1 personne(s) ajoutée(s)</translation>
        </message>
    </context>
    <context>
        <name>FollowupsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="51" />
            <source>Filter by mission</source>
            <translation>Filtrer par mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="53" />
            <source>Filter by owner</source>
            <translation>Filtrer par responsable</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="55" />
            <source>Filter by status</source>
            <translation>Filtrer par statut</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="56" />
            <source>Open</source>
            <translation>Ouverts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="57" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="58" />
            <source>Done</source>
            <translation>Terminés</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="59" />
            <location filename="../../src/missionplanner/ui/followups_page.py" line="111" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="60" />
            <source>Due from</source>
            <translation>Échéance à partir du</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="61" />
            <source>Due until</source>
            <translation>Échéance jusqu’au</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="71" />
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="72" />
            <source>Mark &amp;done</source>
            <translation>Marquer comme &amp;fait</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="75" />
            <source>&amp;Snooze</source>
            <translation>&amp;Reporter</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="78" />
            <source>Until tomorrow</source>
            <translation>À demain</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="78" />
            <source>For three days</source>
            <translation>De trois jours</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="79" />
            <source>For a week</source>
            <translation>D’une semaine</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="79" />
            <source>For a month</source>
            <translation>D’un mois</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="82" />
            <source>&amp;Reopen</source>
            <translation>R&amp;ouvrir</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="85" />
            <source>Mission:</source>
            <translation>Mission :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="85" />
            <source>Owner:</source>
            <translation>Responsable :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="86" />
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="86" />
            <source>Due from:</source>
            <translation>Échéance du :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="87" />
            <source>until:</source>
            <translation>au :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="150" />
            <source>%1 follow-up(s) shown, %2 overdue; %3 overdue in all</source>
            <translation>%1 suivi(s) affiché(s), %2 en retard ; %3 en retard au total</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="170" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
    </context>
    <context>
        <name>FreeSlotDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="126" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="129" />
            <source>Free slots</source>
            <translation>Créneaux libres</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="137" />
            <source>Free slots of at least %1 minutes; the meeting starts at the beginning of the slot you pick.</source>
            <translation>Créneaux libres d’au moins %1 minutes ; la réunion commence au début du créneau choisi.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="139" />
            <source>No free slot of %1 minutes that day.</source>
            <translation>Aucun créneau libre de %1 minutes ce jour-là.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="35" />
            <source>History: %1</source>
            <translation>Historique : %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="40" />
            <source>Change history</source>
            <translation>Historique des modifications</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="43" />
            <source>No recorded changes.</source>
            <translation>Aucune modification enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="82" />
            <source>Official mission</source>
            <translation>Mission officielle</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="83" />
            <source>Economic mission</source>
            <translation>Mission économique</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="84" />
            <source>State visit</source>
            <translation>Visite d’État</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="85" />
            <source>Trade fair</source>
            <translation>Salon professionnel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="86" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="62" />
            <source>Leg</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="62" />
            <source>New leg</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="83" />
            <source>&amp;City</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="84" />
            <source>City in native script</source>
            <translation>Ville en écriture locale</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="85" />
            <source>C&amp;ountry (ISO code)</source>
            <translation>&amp;Pays (code ISO)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="86" />
            <source>Time &amp;zone</source>
            <translation>&amp;Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="87" />
            <source>&amp;Arrival (local time)</source>
            <translation>&amp;Arrivée (heure locale)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="88" />
            <source>&amp;Departure (local time)</source>
            <translation>&amp;Départ (heure locale)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="89" />
            <source>&amp;Hotel</source>
            <translation>&amp;Hôtel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="90" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="119" />
            <source>the departure must come after the arrival</source>
            <translation>le départ doit suivre l’arrivée</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="61" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="529" />
            <source>Mission Planner</source>
            <translation>Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="67" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="84" />
            <source>Sections</source>
            <translation>Rubriques</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="103" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="132" />
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="142" />
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="142" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="142" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="142" />
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="143" />
            <source>Agreements</source>
            <translation>Accords</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="148" />
            <source>Follow-ups (%1 overdue)</source>
            <translation>Suivis (%1 en retard)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="151" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="234" />
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="170" />
            <source>&amp;New mission…</source>
            <translation>&amp;Nouvelle mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="172" />
            <source>Create a mission</source>
            <translation>Créer une mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="173" />
            <source>New &amp;meeting…</source>
            <translation>Nouvelle &amp;réunion…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="175" />
            <source>Schedule a meeting in the current mission</source>
            <translation>Planifier une réunion dans la mission courante</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="176" />
            <source>&amp;Import mission file…</source>
            <translation>&amp;Importer un fichier de mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="178" />
            <source>&amp;Export mission file…</source>
            <translation>&amp;Exporter le fichier de mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="180" />
            <source>Import &amp;calendar (.ics)…</source>
            <translation>Importer un &amp;calendrier (.ics)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="181" />
            <source>Export calen&amp;dar (.ics)…</source>
            <translation>Exporter le calen&amp;drier (.ics)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="182" />
            <source>Import con&amp;tacts (CSV, XLSX)…</source>
            <translation>Importer des con&amp;tacts (CSV, XLSX)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="184" />
            <source>&amp;Briefing pack…</source>
            <translation>&amp;Dossier de briefing…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="186" />
            <source>&amp;Outcome report…</source>
            <translation>&amp;Rapport de résultats…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="188" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="189" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="192" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="195" />
            <source>&amp;Search…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="197" />
            <source>Search everything</source>
            <translation>Rechercher partout</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="198" />
            <source>Edit &amp;mission…</source>
            <translation>Modifier la &amp;mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="200" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="203" />
            <source>&amp;Log outcome…</source>
            <translation>&amp;Consigner le résultat…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="205" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="207" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="209" />
            <source>&amp;About Mission Planner</source>
            <translation>À &amp;propos de Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="223" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="228" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="232" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="238" />
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="242" />
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="398" />
            <source>create mission “%1”</source>
            <translation>création de la mission « %1 »</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="403" />
            <source>edit mission “%1”</source>
            <translation>modification de la mission « %1 »</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="412" />
            <source>Delete the mission “%1”?

This also deletes its %2 leg(s), %3 meeting(s) and %4 follow-up(s). You can undo it with Edit ▸ Undo.</source>
            <translation>Supprimer la mission « %1 » ?

Ses %2 étape(s), %3 réunion(s) et %4 suivi(s) seront aussi supprimés. Vous pourrez l’annuler par Édition ▸ Annuler.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="416" />
            <source>Delete mission</source>
            <translation>Supprimer la mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="419" />
            <source>delete mission “%1”</source>
            <translation>suppression de la mission « %1 »</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="432" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="436" />
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="432" />
            <source>Create a mission first.</source>
            <translation>Créez d’abord une mission.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="437" />
            <source>Add a leg (a city with its time zone) to the mission first.</source>
            <translation>Ajoutez d’abord une étape (une ville et son fuseau horaire) à la mission.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="458" />
            <source>schedule “%1”</source>
            <translation>planification de « %1 »</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="463" />
            <source>edit meeting “%1”</source>
            <translation>modification de la réunion « %1 »</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="472" />
            <source>Delete the meeting “%1”?

Its %2 follow-up(s) go with it. You can undo it with Edit ▸ Undo.</source>
            <translation>Supprimer la réunion « %1 » ?

Ses %2 suivi(s) seront aussi supprimés. Vous pourrez l’annuler par Édition ▸ Annuler.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="474" />
            <source>Delete meeting</source>
            <translation>Supprimer la réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="477" />
            <source>delete meeting “%1”</source>
            <translation>suppression de la réunion « %1 »</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="503" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="503" />
            <source>Select a mission first.</source>
            <translation>Sélectionnez d’abord une mission.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="43" />
            <source>Welcome to Mission Planner</source>
            <translation>Bienvenue dans Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="44" />
            <source>The database is empty. Load the demo missions (Japan 2016 and 2017, South Korea 2017) to look around?</source>
            <translation>La base de données est vide. Charger les missions de démonstration (Japon 2016 et 2017, Corée du Sud 2017) pour découvrir l’application ?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="49" />
            <source>Loading the demo missions…</source>
            <translation>Chargement des missions de démonstration…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="68" />
            <source>Demo missions loaded</source>
            <translation>Missions de démonstration chargées</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="179" />
            <source>Edit meeting</source>
            <translation>Modifier la réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="179" />
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="203" />
            <source>e.g. 9/6/2017 10:00 or 9 juin 14h30</source>
            <translation>p. ex. 9/6/2017 10:00 ou 9 juin 14h30</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="213" />
            <source>Find a free &amp;slot…</source>
            <translation>Trouver un &amp;créneau libre…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="237" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="238" />
            <source>&amp;City</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="239" />
            <source>&amp;Venue</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="240" />
            <source>Addr&amp;ess</source>
            <translation>Adr&amp;esse</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="241" />
            <source>&amp;Starts (local time)</source>
            <translation>&amp;Début (heure locale)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="242" />
            <source>E&amp;nds (local time)</source>
            <translation>&amp;Fin (heure locale)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="243" />
            <source>Stat&amp;us</source>
            <translation>Stat&amp;ut</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="245" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="251" />
            <source>Counterparts</source>
            <translation>Interlocuteurs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="247" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="252" />
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="260" />
            <source>Requested by</source>
            <translation>Demandée par</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="261" />
            <source>Who asked for the meeting</source>
            <translation>Qui a demandé la réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="263" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="280" />
            <source>Talking points</source>
            <translation>Éléments de langage</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="266" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="266" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="274" />
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="267" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="282" />
            <source>Background</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="268" />
            <source>Arrangements</source>
            <translation>Aspects pratiques</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="272" />
            <source>Reason for the meeting</source>
            <translation>Motif de la réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="276" />
            <source>Re&amp;quested by</source>
            <translation>Dem&amp;andée par</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="284" />
            <source>Arrangements (interpreter, dress code, gifts)</source>
            <translation>Aspects pratiques (interprète, tenue, cadeaux)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="287" />
            <source>&amp;People</source>
            <translation>&amp;Personnes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="288" />
            <source>&amp;Brief</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="291" />
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="294" />
            <source>Conflicts with this meeting</source>
            <translation>Conflits avec cette réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="367" />
            <source>= %1 in %2</source>
            <translation>= %1 à %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="448" />
            <source>Conflicts: %1 error(s), %2 warning(s)</source>
            <translation>Conflits : %1 erreur(s), %2 avertissement(s)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="546" />
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="547" />
            <source>%1

Reload the meeting? Your unsaved changes in this window will be lost.</source>
            <translation>%1

Recharger la réunion ? Vos modifications non enregistrées dans cette fenêtre seront perdues.</translation>
        </message>
    </context>
    <context>
        <name>MissionEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="137" />
            <source>Edit mission</source>
            <translation>Modifier la mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="137" />
            <source>New mission</source>
            <translation>Nouvelle mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="159" />
            <source>Lead</source>
            <translation>Chef de mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="161" />
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="167" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="168" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="169" />
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="170" />
            <source>S&amp;tart</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="171" />
            <source>&amp;End</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="172" />
            <source>&amp;Home time zone</source>
            <translation>Fuseau &amp;de référence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="173" />
            <source>&amp;Objectives</source>
            <translation>&amp;Objectifs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="174" />
            <source>&amp;Lead</source>
            <translation>&amp;Chef de mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="175" />
            <source>Dele&amp;gation</source>
            <translation>Déléga&amp;tion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="181" />
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="195" />
            <source>Legs</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="184" />
            <source>&amp;Add leg…</source>
            <translation>&amp;Ajouter une étape…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="186" />
            <source>Ed&amp;it leg…</source>
            <translation>Modif&amp;ier l’étape…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="188" />
            <source>&amp;Remove leg</source>
            <translation>&amp;Retirer l’étape</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="312" />
            <source>removed leg</source>
            <translation>étape retirée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="331" />
            <source>Leg %1: %2</source>
            <translation>Étape %1 : %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="338" />
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="339" />
            <source>%1

Reload the mission? Your unsaved changes in this window will be lost.</source>
            <translation>%1

Recharger la mission ? Vos modifications non enregistrées dans cette fenêtre seront perdues.</translation>
        </message>
    </context>
    <context>
        <name>MissionsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="39" />
            <location filename="../../src/missionplanner/ui/missions_page.py" line="40" />
            <source>Filter missions</source>
            <translation>Filtrer les missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="45" />
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="56" />
            <source>Mission summary</source>
            <translation>Résumé de la mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="58" />
            <source>&amp;New mission…</source>
            <translation>&amp;Nouvelle mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="60" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="62" />
            <source>Open &amp;agenda</source>
            <translation>Ouvrir l’&amp;agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="64" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="123" />
            <source>Lead</source>
            <translation>Chef de mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="124" />
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="125" />
            <source>Legs</source>
            <translation>Étapes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/missions_page.py" line="143" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n réunion</numerusform>
                <numerusform>%n réunions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/missions_page.py" line="144" />
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n suivi</numerusform>
                <numerusform>%n suivis</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="108" />
            <location filename="../../src/missionplanner/ui/models.py" line="320" />
            <location filename="../../src/missionplanner/ui/models.py" line="350" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="108" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="109" />
            <source>Cities</source>
            <translation>Villes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="109" />
            <location filename="../../src/missionplanner/ui/models.py" line="338" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="110" />
            <location filename="../../src/missionplanner/ui/models.py" line="158" />
            <location filename="../../src/missionplanner/ui/models.py" line="351" />
            <location filename="../../src/missionplanner/ui/models.py" line="376" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="131" />
            <location filename="../../src/missionplanner/ui/models.py" line="339" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="131" />
            <location filename="../../src/missionplanner/ui/models.py" line="338" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="132" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="132" />
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="133" />
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="156" />
            <source>Local time</source>
            <translation>Heure locale</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="156" />
            <source>Home time</source>
            <translation>Heure de référence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="157" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="157" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="158" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="214" />
            <source>no meetings</source>
            <translation>aucune réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="319" />
            <location filename="../../src/missionplanner/ui/models.py" line="337" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="319" />
            <location filename="../../src/missionplanner/ui/models.py" line="337" />
            <source>Native name</source>
            <translation>Nom en écriture locale</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="320" />
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="350" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="351" />
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="374" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="374" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="375" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="375" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="382" />
            <source>%1 (overdue)</source>
            <translation>%1 (en retard)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="399" />
            <source>From the meeting: %1</source>
            <translation>Issu de la réunion : %1</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="220" />
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="226" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="232" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="233" />
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="234" />
            <source>Name in native script</source>
            <translation>Nom en écriture locale</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="235" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="236" />
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
    </context>
    <context>
        <name>OrgKind</name>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="91" />
            <source>government</source>
            <translation>gouvernement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="92" />
            <source>region</source>
            <translation>région</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="93" />
            <source>prefecture</source>
            <translation>préfecture</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="94" />
            <source>company</source>
            <translation>entreprise</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="95" />
            <source>chamber of commerce</source>
            <translation>chambre de commerce</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="96" />
            <source>district</source>
            <translation>quartier</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="97" />
            <source>embassy</source>
            <translation>ambassade</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="98" />
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="99" />
            <source>university</source>
            <translation>université</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="100" />
            <source>other</source>
            <translation>autre</translation>
        </message>
    </context>
    <context>
        <name>OrganizationsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="151" />
            <location filename="../../src/missionplanner/ui/people_page.py" line="152" />
            <source>Filter organizations</source>
            <translation>Filtrer les organisations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="159" />
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="163" />
            <source>Organization details</source>
            <translation>Détails de l’organisation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="198" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="198" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="199" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="199" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="200" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="200" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="201" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="201" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="206" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="30" />
            <source>Once</source>
            <translation>Une fois</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="31" />
            <source>Every week</source>
            <translation>Chaque semaine</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="32" />
            <source>Every month</source>
            <translation>Chaque mois</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="33" />
            <source>Monthly, 3 times</source>
            <translation>Mensuel, 3 fois</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="34" />
            <source>Every quarter</source>
            <translation>Chaque trimestre</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="35" />
            <source>Every year</source>
            <translation>Chaque année</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="46" />
            <source>Log outcome: %1</source>
            <translation>Consigner le résultat : %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="55" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="58" />
            <source>Decisions, one per line</source>
            <translation>Décisions, une par ligne</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="61" />
            <source>New follow-ups</source>
            <translation>Nouveaux suivis</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="62" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="62" />
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="105" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="62" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="63" />
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="118" />
            <source>Recurrence</source>
            <translation>Récurrence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="71" />
            <source>&amp;Add follow-up</source>
            <translation>&amp;Ajouter un suivi</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="73" />
            <source>&amp;Remove follow-up</source>
            <translation>&amp;Retirer le suivi</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="86" />
            <source>&amp;Outcome</source>
            <translation>&amp;Résultat</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="86" />
            <source>&amp;Decisions (one per line)</source>
            <translation>&amp;Décisions (une par ligne)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="88" />
            <source>New &amp;follow-ups</source>
            <translation>Nouveaux &amp;suivis</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="94" />
            <source>Saving marks the meeting as held.</source>
            <translation>L’enregistrement marque la réunion comme tenue.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="106" />
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="115" />
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="153" />
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="61" />
            <source>Filter people by name (either script), title or organization</source>
            <translation>Filtrer les personnes par nom (dans l’une ou l’autre écriture), titre ou organisation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="62" />
            <source>Filter people</source>
            <translation>Filtrer les personnes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="70" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="73" />
            <source>Person details</source>
            <translation>Détails de la personne</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="100" />
            <source>Affiliations</source>
            <translation>Affiliations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="101" />
            <source>Biography</source>
            <translation>Biographie</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="102" />
            <source>Timeline</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="103" />
            <source>No meetings, agreements or follow-ups yet.</source>
            <translation>Pas encore de réunion, d’accord ni de suivi.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="114" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="114" />
            <source>Form of address</source>
            <translation>Formule d’appel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="115" />
            <source>Pronunciation</source>
            <translation>Prononciation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="115" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="116" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="131" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="131" />
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="132" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="117" />
            <source>Type a name to add…</source>
            <translation>Tapez un nom à ajouter…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="118" />
            <source>Search people to add to %1</source>
            <translation>Rechercher des personnes à ajouter à %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="132" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="133" />
            <source>Remove the selected person from %1</source>
            <translation>Retirer la personne sélectionnée de %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="135" />
            <source>New person…</source>
            <translation>Nouvelle personne…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="15" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="17" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="18" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="23" />
            <source>Home time zone</source>
            <translation>Fuseau horaire de référence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="27" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="28" />
            <source>&amp;Home time zone</source>
            <translation>Fuseau &amp;de référence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="29" />
            <source>A new language applies the next time Mission Planner starts.</source>
            <translation>Une nouvelle langue s’applique au prochain démarrage de Mission Planner.</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="34" />
            <source>Cover</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="35" />
            <source>Table of contents</source>
            <translation>Table des matières</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="36" />
            <source>Overview, delegation and logistics</source>
            <translation>Aperçu, délégation et logistique</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="37" />
            <source>Day-by-day itinerary</source>
            <translation>Programme jour par jour</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="38" />
            <source>One brief per meeting</source>
            <translation>Une note par réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="39" />
            <source>People and organizations annex</source>
            <translation>Annexe personnes et organisations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="73" />
            <source>Briefing pack</source>
            <translation>Dossier de briefing</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="73" />
            <source>Outcome report</source>
            <translation>Rapport de résultats</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="81" />
            <source>RESTRICTED</source>
            <translation>DIFFUSION RESTREINTE</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="81" />
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIEL</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="84" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="85" />
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="91" />
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="96" />
            <source>Open the PDF when it is ready</source>
            <translation>Ouvrir le PDF une fois prêt</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="99" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="100" />
            <source>&amp;Classification</source>
            <translation>&amp;Classification</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="101" />
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="101" />
            <source>&amp;Home time zone</source>
            <translation>Fuseau &amp;de référence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="106" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="107" />
            <source>&amp;Save as</source>
            <translation>&amp;Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="120" />
            <source>Sections</source>
            <translation>Rubriques</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="126" />
            <source>&amp;Generate</source>
            <translation>&amp;Générer</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="138" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="152" />
            <source>Choose where to save the PDF.</source>
            <translation>Choisissez où enregistrer le PDF.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="157" />
            <source>Generating…</source>
            <translation>Génération…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="158" />
            <source>Generating the PDF…</source>
            <translation>Génération du PDF…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="158" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="187" />
            <source>Saved to %1</source>
            <translation>Enregistré dans %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="189" />
            <source>Warnings:</source>
            <translation>Avertissements :</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="200" />
            <source>Cancelled; nothing was written.</source>
            <translation>Annulé ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="202" />
            <source>This document cannot be produced by this version (%1).</source>
            <translation>Cette version ne peut pas produire ce document (%1).</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="266" />
            <source>overlap</source>
            <translation>chevauchement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="267" />
            <source>travel time</source>
            <translation>temps de trajet</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="268" />
            <source>outside the leg</source>
            <translation>hors de l’étape</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="269" />
            <source>after hours</source>
            <translation>hors des heures de bureau</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="270" />
            <source>public holiday</source>
            <translation>jour férié</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="271" />
            <source>soon after arrival</source>
            <translation>peu après l’arrivée</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="122" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Sauvegarder maintenant…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="123" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="124" />
            <source>&amp;Check and repair the database</source>
            <translation>&amp;Vérifier et réparer la base de données</translation>
        </message>
        <message>
            <source>Mission &amp;history…</source>
            <translation type="vanished">&amp;Historique de la mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="125" />
            <source>&amp;History of the selected record…</source>
            <translation>&amp;Historique de l’élément sélectionné…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="126" />
            <source>Find d&amp;uplicate people…</source>
            <translation>Trouver les d&amp;oublons de personnes…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="127" />
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="141" />
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="153" />
            <source>Find d&amp;uplicates…</source>
            <translation>Trouver les d&amp;oublons…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="154" />
            <source>Find duplicate people</source>
            <translation>Trouver les personnes en double</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="174" />
            <source>Back up the database</source>
            <translation>Sauvegarder la base de données</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="176" />
            <source>Mission Planner database (*.sqlite)</source>
            <translation>Base de données Mission Planner (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="179" />
            <source>Backing up…</source>
            <translation>Sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="183" />
            <source>Backup written to %1</source>
            <translation>Sauvegarde écrite dans %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="186" />
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="191" />
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="200" />
            <source>Restore from a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="187" />
            <source>Mission Planner database (*.sqlite);;All files (*)</source>
            <translation>Base de données Mission Planner (*.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="192" />
            <source>Replace all current data with the backup %1? The current data is saved first and can be restored in turn.</source>
            <translation>Remplacer toutes les données actuelles par la sauvegarde %1 ? Les données actuelles sont d’abord enregistrées et pourront être restaurées à leur tour.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="201" />
            <source>Restored. The data it replaced is saved in %1.</source>
            <translation>Restauration faite. Les données remplacées sont enregistrées dans %1.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="205" />
            <source>Checking the database…</source>
            <translation>Vérification de la base de données…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="211" />
            <source>Integrity check: %1</source>
            <translation>Contrôle d’intégrité : %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="212" />
            <source>ok</source>
            <translation>correct</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="212" />
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="213" />
            <source>Links to deleted records: %1 found, %2 removed</source>
            <translation>Liens vers des enregistrements supprimés : %1 trouvé(s), %2 retiré(s)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="215" />
            <source>Fixed: %1</source>
            <translation>Corrigé : %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="216" />
            <source>Problem: %1</source>
            <translation>Problème : %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="218" />
            <source>No problems left.</source>
            <translation>Plus aucun problème.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="220" />
            <source>Check and repair the database</source>
            <translation>Vérifier et réparer la base de données</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="237" />
            <source>meeting</source>
            <translation>réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="243" />
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="243" />
            <source>organization</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="247" />
            <source>agreement</source>
            <translation>accord</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="250" />
            <source>follow-up</source>
            <translation>suivi</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="257" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="257" />
            <source>Select a record first.</source>
            <translation>Sélectionnez d’abord un élément.</translation>
        </message>
        <message>
            <source>Mission history</source>
            <translation type="vanished">Historique de la mission</translation>
        </message>
        <message>
            <source>Select a mission first.</source>
            <translation type="vanished">Sélectionnez d’abord une mission.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="252" />
            <source>mission</source>
            <translation>mission</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="15" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="16" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="17" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="18" />
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="19" />
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="33" />
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="37" />
            <source>Search missions, meetings, people, organizations, agreements</source>
            <translation>Rechercher missions, réunions, personnes, organisations, accords</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="38" />
            <source>Search text</source>
            <translation>Texte recherché</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="42" />
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="99" />
            <source>%1 result(s)</source>
            <translation>%1 résultat(s)</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="62" />
            <source>proposed</source>
            <translation>proposée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="63" />
            <source>requested</source>
            <translation>demandée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="64" />
            <source>confirmed</source>
            <translation>confirmée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="65" />
            <source>held</source>
            <translation>tenue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="66" />
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="68" />
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="69" />
            <source>planned</source>
            <translation>planifiée</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="70" />
            <source>ongoing</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="71" />
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="73" />
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="75" />
            <source>negotiating</source>
            <translation>en négociation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="76" />
            <source>in force</source>
            <translation>en vigueur</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="77" />
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="78" />
            <source>terminated</source>
            <translation>résilié</translation>
        </message>
    </context>
    <context>
        <name>TalkingPoints</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="68" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="70" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="73" />
            <source>Move the point up</source>
            <translation>Monter l’élément</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="74" />
            <source>Move up (Alt+Up)</source>
            <translation>Monter (Alt+Haut)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="78" />
            <source>Move the point down</source>
            <translation>Descendre l’élément</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="79" />
            <source>Move down (Alt+Down)</source>
            <translation>Descendre (Alt+Bas)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="98" />
            <source>New point</source>
            <translation>Nouvel élément</translation>
        </message>
    </context>
    <context>
        <name>ZoneComboBox</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="55" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
    </context>
</TS>
