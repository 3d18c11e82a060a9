<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="73"/>
        <source>About Mission Planner</source>
        <translation>À propos de Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="84"/>
        <source>Plan official missions abroad: meetings across time zones, briefing packs, outcomes and follow-ups.</source>
        <translation>Préparer les missions officielles à l’étranger : réunions sur plusieurs fuseaux horaires, dossiers de briefing, résultats et suivis.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="134"/>
        <source>not versioned</source>
        <translation>sans version</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="138"/>
        <source>{revision} (this version of the app expects {head})</source>
        <translation>{revision} (cette version de l’application attend {head})</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="91"/>
        <source>standalone build</source>
        <translation>version autonome</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="91"/>
        <source>Python package</source>
        <translation>paquet Python</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="142"/>
        <source>{folder} (set by MISSIONPLANNER_HOME)</source>
        <translation>{folder} (défini par MISSIONPLANNER_HOME)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="93"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="95"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="96"/>
        <source>Schema version:</source>
        <translation>Version du schéma :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="97"/>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="98"/>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="98"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="100"/>
        <source>Python:</source>
        <translation>Python :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="102"/>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="102"/>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="121"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="123"/>
        <source>Copy these details to the clipboard, e.g. for a support request</source>
        <translation>Copier ces détails dans le presse-papiers, p. ex. pour une demande d’assistance</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="159"/>
        <source>{family} ({script}): {licence}</source>
        <translation>{family} ({script}) : {licence}</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="166"/>
        <source>No fonts are shipped with this installation. Briefing packs use the fonts installed on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.</source>
        <translation>Aucune police n’est livrée avec cette installation. Les dossiers de briefing utilisent les polices installées sur cet ordinateur : IPAGothic, Yu Gothic ou Meiryo pour le japonais ; NanumGothic ou Malgun Gothic pour le coréen ; DejaVu Sans, Arial ou Segoe UI pour l’alphabet latin.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="171"/>
        <source>Fonts in {folder} ({variable}) are used first.</source>
        <translation>Les polices de {folder} ({variable}) sont utilisées en priorité.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="64"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="66"/>
        <source>&amp;Mission:</source>
        <translation>Missi&amp;on :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="77"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="82"/>
        <source>Scheduling problems</source>
        <translation>Problèmes de planification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="87"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="88"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="92"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="103"/>
        <source>&amp;Log outcome…</source>
        <translation>&amp;Consigner le résultat…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="94"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="105"/>
        <source>Doc&amp;uments…</source>
        <translation>Doc&amp;uments…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="96"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="102"/>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Modifier la réunion…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="104"/>
        <source>New &amp;follow-up…</source>
        <translation>Nouveau &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="106"/>
        <source>&amp;Delete meeting…</source>
        <translation>Su&amp;pprimer la réunion…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="140"/>
        <source>L&amp;ist</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="141"/>
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="142"/>
        <source>&amp;Week</source>
        <translation>Sema&amp;ine</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="143"/>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="225"/>
        <source>Home time: %1</source>
        <translation>Heure de référence : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="242"/>
        <source>Problems (checking…)</source>
        <translation>Problèmes (vérification…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="263"/>
        <source>Problems: the scheduling checks are not installed</source>
        <translation>Problèmes : les vérifications de planification ne sont pas installées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="265"/>
        <source>Problems: the checks failed (%1)</source>
        <translation>Problèmes : les vérifications ont échoué (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="278"/>
        <source>Problems: %1, %2</source>
        <translation>Problèmes : %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="496"/>
        <source>Delete the meeting “%1”?

Its %2 go with it. You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer la réunion « %1 » ?

Ses suivis (%2) seront aussi supprimés. Vous pourrez l’annuler par Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="279"/>
        <source>No scheduling problems</source>
        <translation>Aucun problème de planification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="287"/>
        <source>%1: %2</source>
        <comment>problem kind: what is wrong</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="371"/>
        <source>move meeting “%1”</source>
        <translation>déplacement de la réunion « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="381"/>
        <source>Move meeting</source>
        <translation>Déplacer la réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="425"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="435"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="425"/>
        <source>Create a mission first.</source>
        <translation>Créez d’abord une mission.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="436"/>
        <source>Add a leg (a city with its time zone) to the mission first.</source>
        <translation>Ajoutez d’abord une étape (une ville et son fuseau horaire) à la mission.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="467"/>
        <source>schedule “%1”</source>
        <translation>planification de « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="470"/>
        <source>edit meeting “%1”</source>
        <translation>modification de la réunion « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="498"/>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="501"/>
        <source>delete meeting “%1”</source>
        <translation>suppression de la réunion « %1 »</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="82"/>
        <source>Edit agreement</source>
        <translation>Modifier l’accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="82"/>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="92"/>
        <source>Date approximate</source>
        <translation>Date approximative</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="111"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="116"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="116"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="117"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="117"/>
        <source>Si&amp;gned on</source>
        <translation>Si&amp;gné le</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="119"/>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpire le</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="119"/>
        <source>S&amp;cope</source>
        <translation>&amp;Portée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="120"/>
        <source>&amp;Parties</source>
        <translation>P&amp;arties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="121"/>
        <source>Signat&amp;ories</source>
        <translation>Signatai&amp;res</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="122"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="135"/>
        <source>Trans&amp;lations…</source>
        <translation>Traduct&amp;ions…</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="205"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="206"/>
        <source>Filter agreements</source>
        <translation>Filtrer les accords</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="211"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="220"/>
        <source>Agreement details</source>
        <translation>Détails de l’accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="221"/>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nouvel accord…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="223"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="225"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="226"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="373"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="382"/>
        <source>Delete agreement</source>
        <translation>Supprimer l’accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="228"/>
        <source>&amp;Delete agreement…</source>
        <translation>&amp;Supprimer l’accord…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="230"/>
        <source>&amp;Edit agreement…</source>
        <translation>&amp;Modifier l’accord…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="237"/>
        <source>&amp;Attach document…</source>
        <translation>&amp;Joindre un document…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="239"/>
        <source>&amp;Open document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="297"/>
        <source>Attach the agreement&apos;s document</source>
        <translation>Joindre le document de l’accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="298"/>
        <source>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.odt *.doc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="301"/>
        <source>Attach document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="341"/>
        <source>create agreement “%1”</source>
        <translation>créer l’accord « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="345"/>
        <source>edit agreement “%1”</source>
        <translation>modifier l’accord « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="369"/>
        <source>Delete the agreement “%1”?

Its links to %2 and %3 and its %4 go with it; the organizations and people stay. You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer l’accord « %1 » ?

Ses liens vers %2 et %3 ainsi que ses documents joints (%4) disparaissent avec lui ; les organisations et les personnes restent. Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="375"/>
        <source>delete agreement “%1”</source>
        <translation>supprimer l’accord « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="390"/>
        <source>approximate</source>
        <translation>approximative</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="391"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="392"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="393"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="394"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="395"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="430"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="69"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="167"/>
        <source>%1 time · %2 time in grey</source>
        <translation>heure de %1 · heure de %2 en gris</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="170"/>
        <source> (%1 h)</source>
        <comment>home&apos;s offset from the local time</comment>
        <translation> (%1 h)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="293"/>
        <source>%1 %2 (%3 time; %4 at home)</source>
        <translation>%1 %2 (heure de %3 ; %4 à domicile)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="300"/>
        <source>From %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="301"/>
        <source>Until %1</source>
        <translation>Jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="305"/>
        <source>Departs %1</source>
        <translation>Départ %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="306"/>
        <source>Arrives %1</source>
        <translation>Arrivée %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="319"/>
        <source>No mission to show.</source>
        <translation>Aucune mission à afficher.</translation>
    </message>
</context>
<context>
    <name>CalendarHeader</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="431"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="491"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="495"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="505"/>
        <source>Drag a meeting to move it, its lower edge to change its end; Alt+arrows move the selected one. Double-click a journey to edit it.</source>
        <translation>Faites glisser une réunion pour la déplacer, son bord inférieur pour changer sa fin ; Alt+flèches déplacent la réunion sélectionnée. Double-cliquez sur un trajet pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="576"/>
        <source>%1 (%2 time)</source>
        <translation>%1 (heure de %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="580"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="32"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="33"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="34"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="35"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="36"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="37"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="74"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="78"/>
        <source>Conflicts waiting</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="86"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="86"/>
        <source>Mine (this laptop)</source>
        <translation>La mienne (cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="87"/>
        <source>Theirs (the server)</source>
        <translation>La leur (le serveur)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="94"/>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="95"/>
        <source>Write here the text to keep, from both sides</source>
        <translation>Écrivez ici le texte à garder, tiré des deux versions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="98"/>
        <source>Merged &amp;text:</source>
        <translation>&amp;Texte fusionné&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="100"/>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="101"/>
        <source>Keep t&amp;heirs</source>
        <translation>Garder &amp;la leur</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="102"/>
        <source>&amp;Save the merged text</source>
        <translation>&amp;Enregistrer le texte fusionné</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="106"/>
        <source>No conflict is waiting: every change was merged.</source>
        <translation>Aucun conflit en attente&#xa0;: toutes les modifications ont été fusionnées.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="140"/>
        <source>Seen at the sync of %1</source>
        <translation>Constaté lors de la synchronisation du %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="159"/>
        <source>This mission is no longer shared with you: it left this laptop, and the changes you made to it were not sent. Its last state here is below; “Keep theirs” closes this notice.</source>
        <translation>Cette mission n&apos;est plus partagée avec vous&#xa0;: elle a quitté cet ordinateur, et les modifications que vous y aviez faites n&apos;ont pas été envoyées. Son dernier état ici figure ci-dessous&#xa0;; «&#xa0;Garder la leur&#xa0;» ferme cet avis.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="163"/>
        <source>The server refused this change for your login (a reader&apos;s login changes nothing; a mission cannot be restricted away from the aide who restricts it). “Keep theirs” puts back the server&apos;s version; “Keep mine” sends it again.</source>
        <translation>Le serveur a refusé cette modification pour votre identifiant (un identifiant de lecteur ne modifie rien&#xa0;; une mission ne peut pas être réservée à d’autres que le collaborateur qui la réserve). «&#xa0;Garder la leur&#xa0;» rétablit la version du serveur&#xa0;; «&#xa0;Garder la mienne&#xa0;» l&apos;envoie à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="168"/>
        <source>Deleted on this laptop, changed on the server meanwhile.</source>
        <translation>Supprimé sur cet ordinateur, modifié entre-temps sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="170"/>
        <source>Changed on this laptop, deleted on the server meanwhile.</source>
        <translation>Modifié sur cet ordinateur, supprimé entre-temps sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="172"/>
        <source>Changed on both sides since the last sync:</source>
        <translation>Modifié des deux côtés depuis la dernière synchronisation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="16"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="17"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="18"/>
        <source>%n leg(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="19"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="20"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="21"/>
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="22"/>
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n signataire</numerusform>
            <numerusform>%n signataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="23"/>
        <source>%n attached document(s)</source>
        <translation>
            <numerusform>%n document joint</numerusform>
            <numerusform>%n documents joints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="24"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="25"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="26"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="27"/>
        <source>%n mission delegation(s)</source>
        <translation>
            <numerusform>%n délégation de mission</numerusform>
            <numerusform>%n délégations de mission</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="28"/>
        <source>%n agreement signature(s)</source>
        <translation>
            <numerusform>%n signature d’accord</numerusform>
            <numerusform>%n signatures d’accord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="29"/>
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n affiliation</numerusform>
            <numerusform>%n affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="30"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accord</numerusform>
            <numerusform>%n accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="31"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
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
        <translation>%1 en retard, %2 à échéance aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="74"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="52"/>
        <source>e.g. 9/6/2017 10:30 or 9 juin 14h30</source>
        <translation>p. ex. 9/6/2017 10:30 ou 9 juin 14h30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="53"/>
        <source>e.g. 9/6/2017 or 9 juin 2017</source>
        <translation>p. ex. 9/6/2017 ou 9 juin 2017</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="58"/>
        <source>Choose the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="59"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="195"/>
        <source>%1 in %2</source>
        <comment>the time at home: 03:30 à Bruxelles</comment>
        <translation>%1 à %2</translation>
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
        <translation>Documents : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="51"/>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="56"/>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="57"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="58"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="83"/>
        <source>No document attached yet.</source>
        <translation>Aucun document joint pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="84"/>
        <source>Double-click a document to open it.</source>
        <translation>Double-cliquez sur un document pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="97"/>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="98"/>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.png *.jpg);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.png *.jpg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="116"/>
        <source>No program was found to open it. A copy is in %1.</source>
        <translation>Aucun programme n’a été trouvé pour l’ouvrir. Une copie se trouve dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="123"/>
        <source>Remove a document</source>
        <translation>Retirer un document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="124"/>
        <source>Remove “%1” from this record? The file itself, if you kept a copy, is not touched.</source>
        <translation>Retirer « %1 » de cette fiche ? Le fichier lui-même, si vous en avez gardé une copie, n’est pas touché.</translation>
    </message>
</context>
<context>
    <name>DueFilter</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="64"/>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="66"/>
        <source>Type a date day first, such as 15/6/2017 or 15 June 2017, or choose it from the calendar (Alt+Down); empty: no limit</source>
        <translation>Tapez une date, le jour d’abord, comme 15/6/2017 ou 15 juin 2017, ou choisissez-la dans le calendrier (Alt+Bas)&#xa0;; vide&#xa0;: pas de limite</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="36"/>
        <source>Duplicate people</source>
        <translation>Doublons de personnes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="43"/>
        <source>Likely duplicate people</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="46"/>
        <source>&amp;Merge (keep the first)</source>
        <translation>&amp;Fusionner (garder la première)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="48"/>
        <source>&amp;Undo last merge</source>
        <translation>&amp;Annuler la dernière fusion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="77"/>
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
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="580"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="581"/>
        <source>You have unsaved changes. Discard them?</source>
        <translation>Vous avez des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="189"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="190"/>
        <source>%1

Reload it? Your unsaved changes in this window will be lost.</source>
        <translation>%1

Le recharger ? Les modifications non enregistrées de cette fenêtre seront perdues.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/saving.py" line="34"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="86"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="92"/>
        <source>No mission</source>
        <translation>Aucune mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="86"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="92"/>
        <source>Select a mission first.</source>
        <translation>Sélectionnez d’abord une mission.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="97"/>
        <source>Import mission file</source>
        <translation>Importer un fichier de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="98"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="117"/>
        <source>Mission files (*.json)</source>
        <translation>Fichiers de mission (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="101"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="103"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="145"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="163"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="173"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="190"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="106"/>
        <source>Imported “%1”</source>
        <translation>« %1 » importée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="116"/>
        <source>Export mission file</source>
        <translation>Exporter le fichier de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="120"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="132"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="121"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="133"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="128"/>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="129"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="140"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="139"/>
        <source>Import calendar into “%1”</source>
        <translation>Importer un calendrier dans « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="148"/>
        <source>Importing this calendar into “%1” would create %2, update %3, leave %4 unchanged and skip %5. Import it?</source>
        <translation>Importer ce calendrier dans « %1 » créerait %2, en mettrait %3 à jour, en laisserait %4 inchangées et en ignorerait %5. L’importer ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/file_actions.py" line="153"/>
        <source>%n of the updated meetings will be marked cancelled: the calendar cancels them or no longer holds them. They are kept, not deleted.</source>
        <translation>
            <numerusform>%n des réunions mises à jour sera marquée annulée : le calendrier l’annule ou ne la contient plus. Elle est conservée, pas supprimée.</numerusform>
            <numerusform>%n des réunions mises à jour seront marquées annulées : le calendrier les annule ou ne les contient plus. Elles sont conservées, pas supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="161"/>
        <source>%1 created, %2 updated</source>
        <translation>Créé : %1 ; mises à jour : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="176"/>
        <source>This file would add %1 and %2; %3 already known. Import it?</source>
        <translation>Ce fichier ajouterait %1 et %2 ; déjà connues : %3. L’importer ?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="182"/>
        <source>%1

%2 of this file break a rule. Leave them out and import the others? Each row left out is listed with its reason in %3.</source>
        <translation>%1

Ce fichier compte des lignes qui ne respectent pas une règle (%2). Les laisser de côté et importer les autres ? Chaque ligne laissée de côté figure avec sa raison dans %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="193"/>
        <source>%1 added</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="195"/>
        <source>; %1 left out, listed in %2</source>
        <translation> ; laissées de côté : %1, reprises dans %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="158"/>
        <source>Import calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="167"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="186"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="168"/>
        <source>Contacts (*.csv *.xlsx)</source>
        <translation>Contacts (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>FillPositionDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="388"/>
        <source>Fill position: %1</source>
        <translation>Pourvoir le poste : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="390"/>
        <source>Who holds the post “%1”? Its meetings, delegation seats, journeys, follow-ups and signatures pass to them.</source>
        <translation>Qui occupe le poste « %1 » ? Ses réunions, places dans la délégation, trajets, suivis et signatures lui sont transférés.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="393"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="397"/>
        <source>&amp;Holder</source>
        <translation>&amp;Titulaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="400"/>
        <source>&amp;Fill position</source>
        <translation>&amp;Pourvoir le poste</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="417"/>
        <source>Choose the person who holds the post.</source>
        <translation>Choisissez la personne qui occupe le poste.</translation>
    </message>
</context>
<context>
    <name>FollowupEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="105"/>
        <source>Edit follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="105"/>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="116"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="182"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="124"/>
        <source>From the meeting: %1</source>
        <translation>Issu de la réunion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="126"/>
        <source>Open the meeting in the agenda</source>
        <translation>Ouvrir la réunion dans l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="146"/>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="147"/>
        <source>From &amp;meeting</source>
        <translation>Réunion d&apos;ori&amp;gine</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="148"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="149"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="150"/>
        <source>&amp;Due on</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="151"/>
        <source>&amp;Recurrence</source>
        <translation>Récurr&amp;ence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="152"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="294"/>
        <source>new follow-up “%1”</source>
        <translation>nouveau suivi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="299"/>
        <source>Follow-up added: %1</source>
        <translation>Suivi ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="313"/>
        <source>Filter by mission</source>
        <translation>Filtrer par mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="315"/>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="317"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="318"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="319"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="320"/>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="321"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="427"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="322"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="439"/>
        <source>Due from</source>
        <translation>Échéance à partir du</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="323"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="439"/>
        <source>Due until</source>
        <translation>Échéance jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="347"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="348"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="375"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="351"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="354"/>
        <source>Until tomorrow</source>
        <translation>À demain</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="354"/>
        <source>For three days</source>
        <translation>De trois jours</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="355"/>
        <source>For a week</source>
        <translation>D’une semaine</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="355"/>
        <source>For a month</source>
        <translation>D’un mois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="358"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="377"/>
        <source>&amp;Reopen</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="360"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="379"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nouveau suivi…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="361"/>
        <source>Add a follow-up to a mission or one of its meetings (Ins)</source>
        <translation>Ajouter un suivi à une mission ou à l&apos;une de ses réunions (Inser)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="363"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="384"/>
        <source>Go to &amp;meeting</source>
        <translation>A&amp;ller à la réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="364"/>
        <source>Show the meeting the selected follow-up came from in the agenda</source>
        <translation>Afficher dans l&apos;agenda la réunion dont est issu le suivi sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="366"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="367"/>
        <source>Edit follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="368"/>
        <source>Change the selected follow-up (Enter, F2 or double-click)</source>
        <translation>Modifier le suivi sélectionné (Entrée, F2 ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="371"/>
        <source>&amp;Edit follow-up…</source>
        <translation>&amp;Modifier le suivi…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="390"/>
        <source>Mission:</source>
        <translation>Mission :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="390"/>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="391"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="391"/>
        <source>Due from:</source>
        <translation>Échéance du :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="392"/>
        <source>until:</source>
        <translation>au :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="442"/>
        <source>%1 is not applied: %2</source>
        <translation>Filtre «&#xa0;%1&#xa0;» non appliqué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="481"/>
        <source>%1 shown, %2 overdue; %3 overdue in all</source>
        <translation>Affichés : %1, dont %2 en retard ; %3 en retard au total</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="514"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="573"/>
        <source>edit follow-up “%1”</source>
        <translation>modifier le suivi « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="582"/>
        <source>mark follow-up “%1” done</source>
        <translation>marquer le suivi « %1 » comme fait</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="583"/>
        <source>Marked done: %1 — %2 to undo</source>
        <translation>Marqué comme fait : %1 — %2 pour annuler</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="598"/>
        <source>reopen follow-up “%1”</source>
        <translation>rouvrir le suivi « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="604"/>
        <source>snooze follow-up “%1”</source>
        <translation>reporter le suivi « %1 »</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="49"/>
        <source>Find a free slot</source>
        <translation>Trouver un créneau libre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="67"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="68"/>
        <source>Dura&amp;tion</source>
        <translation>Du&amp;rée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="69"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="72"/>
        <source>Free slots</source>
        <translation>Créneaux libres</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="75"/>
        <source>Free &amp;slots</source>
        <translation>&amp;Créneaux libres</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="91"/>
        <source>&amp;Use this slot</source>
        <translation>&amp;Utiliser ce créneau</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="143"/>
        <source>%1 (free until %2)</source>
        <translation>%1 (libre jusqu’à %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="151"/>
        <source>Free slots of at least %1 in %2 on %3; the meeting starts at the beginning of the slot you pick.</source>
        <translation>Créneaux libres d’au moins %1 à %2 le %3&#xa0;; la réunion commence au début du créneau choisi.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="153"/>
        <source>No free slot of %1 in %2 on %3.</source>
        <translation>Aucun créneau libre de %1 à %2 le %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="167"/>
        <source>%n meeting(s) of the delegation fill the day; the longest free time left is %1.</source>
        <translation>
            <numerusform>%n réunion de la délégation occupe la journée&#xa0;; le plus long moment libre restant est de %1.</numerusform>
            <numerusform>%n réunions de la délégation occupent la journée&#xa0;; le plus long moment libre restant est de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="170"/>
        <source>The mission is not in %1 on %2.</source>
        <translation>La mission n’est pas à %1 le %2.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="173"/>
        <source>The stay in %1 ends at %2 on %3.</source>
        <translation>Le séjour à %1 se termine à %2 le %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="174"/>
        <source>The stay in %1 ended at %2 on %3.</source>
        <translation>Le séjour à %1 s’est terminé à %2 le %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="175"/>
        <source>The stay in %1 begins at %2 on %3.</source>
        <translation>Le séjour à %1 commence à %2 le %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="176"/>
        <source>The delegation arrives in %1 at %2 on %3, and needs %4 to settle.</source>
        <translation>La délégation arrive à %1 à %2 le %3 et a besoin de %4 pour s’installer.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="188"/>
        <source>Next free day in %1: %2, from %3</source>
        <translation>Prochain jour libre à %1&#xa0;: %2, à partir de %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="190"/>
        <source>In %1 that day: %2, from %3</source>
        <translation>À %1 ce jour-là&#xa0;: %2, à partir de %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="194"/>
        <source>Show the free slots of that day in that city</source>
        <translation>Afficher les créneaux libres de ce jour dans cette ville</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="137"/>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="140"/>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>When / field</source>
        <translation>Quand / champ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="146"/>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="159"/>
        <source>No recorded changes.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="161"/>
        <source>Oldest first; times are in your home time zone.</source>
        <translation>Du plus ancien au plus récent ; heures dans votre fuseau horaire de référence.</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="21"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="22"/>
        <source>Arrangements</source>
        <translation>Dispositions pratiques</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="23"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="24"/>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="25"/>
        <source>Booking reference</source>
        <translation>Référence de réservation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="26"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="27"/>
        <source>Check-in</source>
        <translation>Arrivée à l’hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="28"/>
        <source>Check-out</source>
        <translation>Départ de l’hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="29"/>
        <source>City in native script</source>
        <translation>Ville en écriture d’origine</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="30"/>
        <source>Done on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="31"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="32"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="33"/>
        <source>Dress code</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="34"/>
        <source>Duty officer</source>
        <translation>Agent de permanence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="35"/>
        <source>Embassy</source>
        <translation>Ambassade</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="36"/>
        <source>Emergency contact</source>
        <translation>Contact d’urgence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="37"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="38"/>
        <source>Filled by</source>
        <translation>Occupé par</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="39"/>
        <source>Form of address</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="40"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="41"/>
        <source>Departure terminal</source>
        <translation>Terminal de départ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="42"/>
        <source>Honorific</source>
        <translation>Titre honorifique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="43"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="44"/>
        <source>Hotel address</source>
        <translation>Adresse de l’hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="45"/>
        <source>Hotel phone</source>
        <translation>Téléphone de l’hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="46"/>
        <source>If raised</source>
        <translation>Si la question est soulevée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="47"/>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="48"/>
        <source>Led by</source>
        <translation>Conduite par</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="49"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="50"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="51"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="52"/>
        <source>Name order</source>
        <translation>Ordre du nom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="53"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="54"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="55"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="56"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="57"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="58"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="59"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="60"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="61"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="62"/>
        <source>Pronunciation</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="63"/>
        <source>Reason for the meeting</source>
        <translation>Raison de l’entretien</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="64"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="65"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="66"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="67"/>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="68"/>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="69"/>
        <source>Signing date approximate</source>
        <translation>Date de signature approximative</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="70"/>
        <source>Snoozed until</source>
        <translation>Reporté jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="71"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="72"/>
        <source>Points to make</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="73"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="74"/>
        <source>Arrival terminal</source>
        <translation>Terminal d’arrivée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="75"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="76"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="77"/>
        <source>Without the lead</source>
        <translation>Sans le chef de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="80"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="81"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="82"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>IfRaisedEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="24"/>
        <source>If raised: the question and the line to take</source>
        <translation>Si la question est abordée&#xa0;: la question et la position à tenir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="25"/>
        <source>If raised (question)</source>
        <translation>Si la question est abordée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="25"/>
        <source>Line to take</source>
        <translation>Position à tenir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="35"/>
        <source>Add a questi&amp;on</source>
        <translation>Ajouter une &amp;question</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="37"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="38"/>
        <source>Remove the question</source>
        <translation>Retirer la question</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="117"/>
        <source>Official mission</source>
        <translation>Mission officielle</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="118"/>
        <source>Economic mission</source>
        <translation>Mission économique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="119"/>
        <source>State visit</source>
        <translation>Visite d’État</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="120"/>
        <source>Trade fair</source>
        <translation>Salon professionnel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="121"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="64"/>
        <source>Leg</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="64"/>
        <source>New leg</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="91"/>
        <source>e.g. 8/6/2017 15:00 (optional)</source>
        <translation>p. ex. 8/6/2017 15:00 (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="92"/>
        <source>e.g. 11/6/2017 11:00 (optional)</source>
        <translation>p. ex. 11/6/2017 11:00 (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="95"/>
        <source>Embassy of Belgium, its duty phone</source>
        <translation>Ambassade de Belgique, son numéro de permanence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="97"/>
        <source>Police 110, fire and ambulance 119</source>
        <translation>Police 110, pompiers et ambulance 119</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="103"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="104"/>
        <source>City in native script</source>
        <translation>Ville en écriture locale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="105"/>
        <source>C&amp;ountry (ISO code)</source>
        <translation>&amp;Pays (code ISO)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="106"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="107"/>
        <source>&amp;Arrival (local time)</source>
        <translation>&amp;Arrivée (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="108"/>
        <source>&amp;Departure (local time)</source>
        <translation>&amp;Départ (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="109"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="110"/>
        <source>Hotel add&amp;ress</source>
        <translation>Ad&amp;resse de l’hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="111"/>
        <source>Hotel &amp;phone</source>
        <translation>&amp;Téléphone de l’hôtel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="112"/>
        <source>Check-&amp;in (local time)</source>
        <translation>Arrivée à l’hôtel (heure &amp;locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="113"/>
        <source>Check-ou&amp;t (local time)</source>
        <translation>Départ de l’hôtel (heure l&amp;ocale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="114"/>
        <source>&amp;Embassy</source>
        <translation>Ambassad&amp;e</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="115"/>
        <source>Emer&amp;gency numbers</source>
        <translation>&amp;Urgences</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="116"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="124"/>
        <source>Trans&amp;lations…</source>
        <translation>Tradu&amp;ctions…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="571"/>
        <source>Finishing the work in progress…</source>
        <translation>Fin du travail en cours…</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="95"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="114"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="143"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="146"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="292"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="312"/>
        <source>Updated with a colleague’s changes</source>
        <translation>Mis à jour avec les modifications d’un collègue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="318"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="409"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="416"/>
        <source>Follow-ups (%1 overdue)</source>
        <translation>Suivis (%1 en retard)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="420"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="515"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="444"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="446"/>
        <source>Create a mission</source>
        <translation>Créer une mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="447"/>
        <source>New &amp;meeting…</source>
        <translation>Nouvelle ré&amp;union…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="449"/>
        <source>Schedule a meeting in the current mission</source>
        <translation>Planifier une réunion dans la mission courante</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="450"/>
        <source>&amp;Import mission file…</source>
        <translation>&amp;Importer un fichier de mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="452"/>
        <source>&amp;Export mission file…</source>
        <translation>&amp;Exporter le fichier de mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="454"/>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>Importer un &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="455"/>
        <source>Export calen&amp;dar (.ics)…</source>
        <translation>Exporter le ca&amp;lendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="456"/>
        <source>Import con&amp;tacts (CSV, XLSX)…</source>
        <translation>Importer des con&amp;tacts (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="458"/>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Dossier de briefing…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="460"/>
        <source>&amp;Outcome report…</source>
        <translation>Compte rendu de &amp;mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="462"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="463"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="470"/>
        <source>&amp;Search…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="472"/>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="473"/>
        <source>Edit &amp;mission…</source>
        <translation>Modifier la &amp;mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="475"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="478"/>
        <source>&amp;Log outcome…</source>
        <translation>&amp;Consigner le résultat…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="480"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="482"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="484"/>
        <source>&amp;About Mission Planner</source>
        <translation>À &amp;propos de Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="504"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="509"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="513"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="519"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="523"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="727"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="727"/>
        <source>Select a mission first.</source>
        <translation>Sélectionnez d’abord une mission.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="41"/>
        <source>Welcome to Mission Planner</source>
        <translation>Bienvenue dans Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="42"/>
        <source>The database is empty. Load the demo missions (Japan 2016 and 2017, South Korea 2017) to look around?</source>
        <translation>La base de données est vide. Charger les missions de démonstration (Japon 2016 et 2017, Corée du Sud 2017) pour découvrir l’application ?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="47"/>
        <source>Loading the demo missions…</source>
        <translation>Chargement des missions de démonstration…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="66"/>
        <source>Demo missions loaded</source>
        <translation>Missions de démonstration chargées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="122"/>
        <source>The database could not be opened:
%1</source>
        <translation>La base de données n’a pas pu être ouverte :
%1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="154"/>
        <source>Mission Planner was not closed properly last time, and the database check found problems:
%1

Use Tools &gt; Check and repair the database, or restore a backup.</source>
        <translation>Mission Planner n’a pas été fermé correctement la dernière fois, et la vérification de la base de données a trouvé des problèmes :
%1

Utilisez Outils &gt; Vérifier et réparer la base de données, ou restaurez une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="101"/>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="101"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="111"/>
        <source>e.g. dark suit, national dress, business casual</source>
        <translation>p. ex. costume sombre, tenue nationale, tenue de ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="133"/>
        <source>e.g. 9/6/2017 10:00 or 9 juin 14h30</source>
        <translation>p. ex. 9/6/2017 10:00 ou 9 juin 14h30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="135"/>
        <source>e.g. 10:00 on %1</source>
        <translation>p. ex. 10:00 le %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="141"/>
        <source>Find a &amp;free slot…</source>
        <translation>Trouver un &amp;créneau libre…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="153"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="154"/>
        <source>Kin&amp;d</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="155"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="156"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="157"/>
        <source>Addr&amp;ess</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="158"/>
        <source>&amp;Starts (local time)</source>
        <translation>&amp;Début (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="159"/>
        <source>E&amp;nds (local time)</source>
        <translation>&amp;Fin (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="160"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="161"/>
        <source>D&amp;ress code</source>
        <translation>T&amp;enue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="163"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="175"/>
        <source>Counterparts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="165"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="176"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="170"/>
        <source>&amp;Without the lead (the lead does not attend)</source>
        <translation>Sans le c&amp;hef de mission (il n’y assiste pas)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="172"/>
        <source>The meeting does not clash with the lead&apos;s other meetings.</source>
        <translation>La réunion n’entre pas en conflit avec les autres réunions du chef de mission.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="185"/>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="186"/>
        <source>Who asked for the meeting</source>
        <translation>Qui a demandé la réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="188"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="206"/>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="191"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="191"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="200"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="192"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="212"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="193"/>
        <source>Arrangements</source>
        <translation>Aspects pratiques</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="198"/>
        <source>Reason for the meeting</source>
        <translation>Motif de la réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="202"/>
        <source>Re&amp;quested by</source>
        <translation>De&amp;mandée par</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="214"/>
        <source>Arrangements (interpreter, arrival, gifts)</source>
        <translation>Dispositions pratiques (interprète, arrivée, cadeaux)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="219"/>
        <source>Translat&amp;ions…</source>
        <translation>Traduct&amp;ions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="229"/>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="228"/>
        <source>&amp;Brief</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="208"/>
        <source>If raised, and the line to ta&amp;ke</source>
        <translation>&amp;Si la question est abordée, et la position à tenir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="244"/>
        <source>Conflicts with this meeting</source>
        <translation>Conflits avec cette réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="345"/>
        <source>(new meeting)</source>
        <translation>(nouvelle réunion)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="376"/>
        <source>%1: %2</source>
        <comment>problem kind: what is wrong</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="382"/>
        <source>Conflicts: %1, %2</source>
        <translation>Conflits : %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="391"/>
        <source>Hide the conflicts</source>
        <translation>Masquer les conflits</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="391"/>
        <source>Show the conflicts</source>
        <translation>Afficher les conflits</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="493"/>
        <source>Save with a conflict?</source>
        <translation>Enregistrer malgré un conflit ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="494"/>
        <source>The checks found %n error(s) in this meeting&apos;s schedule, first: %1

Save it anyway?</source>
        <translation>
            <numerusform>Les vérifications ont trouvé %n erreur dans l’horaire de cette réunion : %1

L’enregistrer quand même ?</numerusform>
            <numerusform>Les vérifications ont trouvé %n erreurs dans l’horaire de cette réunion, dont : %1

L’enregistrer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="534"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="535"/>
        <source>%1

Reload the meeting? Your unsaved changes in this window will be lost.</source>
        <translation>%1

Recharger la réunion ? Vos modifications non enregistrées dans cette fenêtre seront perdues.</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="11"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="12"/>
        <source>Courtesy call</source>
        <translation>Visite de courtoisie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="13"/>
        <source>Breakfast</source>
        <translation>Petit-déjeuner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="14"/>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="15"/>
        <source>Dinner</source>
        <translation>Dîner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="16"/>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="17"/>
        <source>Site visit</source>
        <translation>Visite de site</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="18"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="19"/>
        <source>Signing ceremony</source>
        <translation>Cérémonie de signature</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="20"/>
        <source>Internal</source>
        <translation>Réunion interne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="21"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MeetingReminder</name>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="136"/>
        <source>%1 at %2 in %3 (in %4 min)</source>
        <translation>%1 à %2 à %3 (dans %4&#xa0;min)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="140"/>
        <source>%1 on this computer&apos;s clock (%2)</source>
        <translation>%1 à l&apos;heure de cet ordinateur (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="154"/>
        <source>Meeting soon</source>
        <translation>Réunion imminente</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="199"/>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="199"/>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="220"/>
        <source>Lead</source>
        <translation>Chef de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="222"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="225"/>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="226"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="227"/>
        <source>Duty officer</source>
        <translation>Agent de permanence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="230"/>
        <source>Everyone (or the logins who may see it: anne, bob)</source>
        <translation>Tout le monde (ou les identifiants autorisés : anne, bob)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="232"/>
        <source>On the cabinet&apos;s server, only these logins (and administrators) see the mission, its meetings and its documents; the server enforces it. Empty: everyone.</source>
        <translation>Sur le serveur du cabinet, seuls ces identifiants (et les administrateurs) voient la mission, ses réunions et ses documents ; le serveur l’impose. Vide : tout le monde.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="240"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="241"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="242"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="243"/>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="244"/>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="245"/>
        <source>&amp;Home time zone</source>
        <translation>Fuseau &amp;horaire de référence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="246"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="247"/>
        <source>&amp;Lead</source>
        <translation>&amp;Chef de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="248"/>
        <source>Dele&amp;gation</source>
        <translation>Dé&amp;légation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="249"/>
        <source>Restricte&amp;d to</source>
        <translation>Ré&amp;servée à</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="255"/>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="269"/>
        <source>Legs</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="258"/>
        <source>&amp;Add leg…</source>
        <translation>&amp;Ajouter une étape…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="260"/>
        <source>Ed&amp;it leg…</source>
        <translation>Modif&amp;ier l’étape…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="262"/>
        <source>&amp;Remove leg</source>
        <translation>&amp;Retirer l’étape</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="288"/>
        <source>&amp;Mission and legs</source>
        <translation>&amp;Mission et étapes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="289"/>
        <source>Tra&amp;vel</source>
        <translation>&amp;Voyage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="290"/>
        <source>&amp;Briefing</source>
        <translation>Dossier de &amp;briefing</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="301"/>
        <source>The briefing pack opens with these messages, one a line, and names the duty officer first among its contacts. Without messages it takes the objectives.</source>
        <translation>Le dossier de briefing s’ouvre sur ces messages, un par ligne, et nomme l’agent de permanence en tête de ses contacts. Sans messages, il reprend les objectifs.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="306"/>
        <source>&amp;Key messages</source>
        <translation>Messages &amp;clés</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="309"/>
        <source>&amp;Duty officer</source>
        <translation>Agent de &amp;permanence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="310"/>
        <source>Translat&amp;ions…</source>
        <translation>Traduct&amp;ions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="311"/>
        <source>The title, objectives and key messages in French, Dutch and English (once the mission is saved)</source>
        <translation>Le titre, les objectifs et les messages clés en français, néerlandais et anglais (une fois la mission enregistrée)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="415"/>
        <source>removed leg</source>
        <translation>étape retirée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="458"/>
        <source>Leg %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="465"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="466"/>
        <source>%1

Reload the mission? Your unsaved changes in this window will be lost.</source>
        <translation>%1

Recharger la mission ? Vos modifications non enregistrées dans cette fenêtre seront perdues.</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="73"/>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="74"/>
        <source>Filter missions</source>
        <translation>Filtrer les missions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="79"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="94"/>
        <source>Mission summary</source>
        <translation>Résumé de la mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="96"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="100"/>
        <source>Open &amp;agenda</source>
        <translation>Ouvrir l’&amp;agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="102"/>
        <source>Doc&amp;uments…</source>
        <translation>Doc&amp;uments…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="104"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="212"/>
        <source>Lead</source>
        <translation>Chef de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="213"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="214"/>
        <source>Legs</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="215"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/missions_page.py" line="241"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/missions_page.py" line="242"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="279"/>
        <source>create mission “%1”</source>
        <translation>création de la mission « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="282"/>
        <source>edit mission “%1”</source>
        <translation>modification de la mission « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="307"/>
        <source>Delete the mission “%1”?

This also deletes its %2, %3 and %4. You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer la mission « %1 » ?

Ceci supprime aussi : %2, %3 et %4. Vous pourrez l’annuler par Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="310"/>
        <source>Delete mission</source>
        <translation>Supprimer la mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="313"/>
        <source>delete mission “%1”</source>
        <translation>suppression de la mission « %1 »</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="170"/>
        <location filename="../../src/missionplanner/ui/models.py" line="473"/>
        <location filename="../../src/missionplanner/ui/models.py" line="503"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="170"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="171"/>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="171"/>
        <location filename="../../src/missionplanner/ui/models.py" line="491"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="172"/>
        <location filename="../../src/missionplanner/ui/models.py" line="219"/>
        <location filename="../../src/missionplanner/ui/models.py" line="504"/>
        <location filename="../../src/missionplanner/ui/models.py" line="530"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="193"/>
        <location filename="../../src/missionplanner/ui/models.py" line="492"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="193"/>
        <location filename="../../src/missionplanner/ui/models.py" line="491"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="194"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="194"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="195"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="217"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="217"/>
        <source>Home time</source>
        <translation>Heure de référence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="218"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="218"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="219"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="275"/>
        <source>no meetings</source>
        <translation>aucune réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="472"/>
        <location filename="../../src/missionplanner/ui/models.py" line="490"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="472"/>
        <location filename="../../src/missionplanner/ui/models.py" line="490"/>
        <source>Native name</source>
        <translation>Nom en écriture locale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="473"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="503"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="504"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="527"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="527"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="528"/>
        <source>From meeting</source>
        <translation>Réunion d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="529"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="529"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="536"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="555"/>
        <source>From the meeting: %1</source>
        <translation>Issu de la réunion : %1</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="409"/>
        <location filename="../../src/missionplanner/ui/widgets.py" line="457"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="415"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="420"/>
        <source>This is a position whose holder is not &amp;known yet</source>
        <translation>&amp;Il s’agit d’un poste dont le titulaire n’est pas encore connu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="426"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="427"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="428"/>
        <source>Name in native script</source>
        <translation>Nom en écriture locale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="429"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="430"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="456"/>
        <source>The post, e.g. Vice-Governor of Aichi</source>
        <translation>Le poste, p. ex. Vice-gouverneur d’Aichi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="457"/>
        <source>New position</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="491"/>
        <source>create position “%1”</source>
        <translation>création du poste « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="493"/>
        <source>create person “%1”</source>
        <translation>créer la personne « %1 »</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="126"/>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="127"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="128"/>
        <source>prefecture</source>
        <translation>préfecture</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="129"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="130"/>
        <source>chamber of commerce</source>
        <translation>chambre de commerce</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="131"/>
        <source>district</source>
        <translation>quartier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="132"/>
        <source>embassy</source>
        <translation>ambassade</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="133"/>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="134"/>
        <source>university</source>
        <translation>université</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="135"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="333"/>
        <source>Edit organization: %1</source>
        <translation>Modifier l’organisation : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="334"/>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="343"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="344"/>
        <source>Name in nat&amp;ive script</source>
        <translation>Nom en écriture &amp;locale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="345"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="346"/>
        <source>C&amp;ountry (ISO code)</source>
        <translation>&amp;Pays (code ISO)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="347"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="348"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="349"/>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="350"/>
        <source>&amp;E-mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="351"/>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="352"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="355"/>
        <source>Trans&amp;lations…</source>
        <translation>T&amp;raductions…</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="444"/>
        <location filename="../../src/missionplanner/ui/people_page.py" line="445"/>
        <source>Filter organizations</source>
        <translation>Filtrer les organisations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="449"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="458"/>
        <source>Organization details</source>
        <translation>Détails de l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="459"/>
        <source>&amp;Edit organization…</source>
        <translation>&amp;Modifier l’organisation…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="460"/>
        <source>Change the selected organization (Enter, F2 or double-click)</source>
        <translation>Modifier l’organisation sélectionnée (Entrée, F2 ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="462"/>
        <source>&amp;New organization…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="482"/>
        <source>Delete %1?

The %2 of its people go with it (the people stay), and it leaves %3 as a party. You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer %1 ?

Les affiliations de ses membres (%2) disparaissent avec elle (les personnes restent), et elle n’est plus partie à : %3. Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="485"/>
        <source>delete organization “%1”</source>
        <translation>supprimer l’organisation « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="486"/>
        <source>Delete organization</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="513"/>
        <source>create organization “%1”</source>
        <translation>créer l’organisation « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="516"/>
        <source>edit organization “%1”</source>
        <translation>modifier l’organisation « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="549"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="549"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="550"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="550"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="551"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="551"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="552"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="552"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="580"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="35"/>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="36"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="37"/>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="38"/>
        <source>Monthly, 3 times</source>
        <translation>Mensuel, 3 fois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="39"/>
        <source>Every quarter</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="40"/>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="52"/>
        <source>Log outcome: %1</source>
        <translation>Consigner le résultat : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="61"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="64"/>
        <source>Decisions, one per line</source>
        <translation>Décisions, une par ligne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="67"/>
        <source>New follow-ups</source>
        <translation>Nouveaux suivis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="69"/>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="121"/>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="77"/>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Ajouter un suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="79"/>
        <source>&amp;Remove follow-up</source>
        <translation>Re&amp;tirer le suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="92"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="92"/>
        <source>&amp;Decisions (one per line)</source>
        <translation>&amp;Décisions (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="94"/>
        <source>New &amp;follow-ups</source>
        <translation>Nouveaux &amp;suivis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="100"/>
        <source>Saving marks the meeting as held.</source>
        <translation>L’enregistrement marque la réunion comme tenue.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="118"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="157"/>
        <source>Follow-up %1: %2</source>
        <translation>Suivi %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="184"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="177"/>
        <source>log outcome of “%1”</source>
        <translation>consigner le résultat de « %1 »</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <location filename="../../src/missionplanner/ui/owner_picker.py" line="23"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/owner_picker.py" line="24"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="77"/>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="95"/>
        <source>There is no page to print.</source>
        <translation>Il n’y a aucune page à imprimer.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="100"/>
        <source>The printer could not be opened.</source>
        <translation>L’imprimante n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="132"/>
        <source>Printing stopped: %1</source>
        <translation>Impression interrompue : %1</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="89"/>
        <location filename="../../src/missionplanner/ui/widgets.py" line="240"/>
        <source>name to be confirmed</source>
        <translation>nom à confirmer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="248"/>
        <source>%1 — position, name to be confirmed</source>
        <translation>%1 — poste, nom à confirmer</translation>
    </message>
</context>
<context>
    <name>PeopleAndOrganizations</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="151"/>
        <source>Delete the selected entry</source>
        <translation>Supprimer l’élément sélectionné</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="232"/>
        <source>Filter people by name (either script), title or organization</source>
        <translation>Filtrer les personnes par nom (dans l’une ou l’autre écriture), titre ou organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="233"/>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="238"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="244"/>
        <source>Person details</source>
        <translation>Détails de la personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="245"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="246"/>
        <source>Change the selected person&apos;s names, title, organization or contacts (Enter, F2 or double-click)</source>
        <translation>Modifier les noms, la fonction, l’organisation ou les coordonnées de la personne sélectionnée (Entrée, F2 ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="248"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="249"/>
        <source>New &amp;position…</source>
        <translation>Nouveau &amp;poste…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="251"/>
        <source>A post whose holder is not known yet, e.g. the Vice-Governor of Aichi (name to be confirmed)</source>
        <translation>Un poste dont le titulaire n’est pas encore connu, p. ex. le Vice-gouverneur d’Aichi (nom à confirmer)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="254"/>
        <source>&amp;Fill position…</source>
        <translation>Pour&amp;voir le poste…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="256"/>
        <source>The holder of the selected position is known: choose the person, and the position&apos;s meetings pass to them</source>
        <translation>Le titulaire du poste sélectionné est connu : choisissez la personne, les réunions du poste lui sont transférées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="286"/>
        <source>fill position “%1” with %2</source>
        <translation>attribution du poste « %1 » à %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="312"/>
        <source>Delete %1?

They leave %2, %3 and %4, with their %5. The %6 they own and the %7 they lead stay, without them. You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer %1 ?

Cette personne quitte : %2, %3 et %4, avec ses affiliations (%5). Ses suivis (%6) et les missions qu’elle dirige (%7) restent, sans elle. Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="317"/>
        <source>delete person “%1”</source>
        <translation>supprimer la personne « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="318"/>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="347"/>
        <source>create person “%1”</source>
        <translation>créer la personne « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="347"/>
        <source>create position “%1”</source>
        <translation>création du poste « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="351"/>
        <source>edit person “%1”</source>
        <translation>modifier la personne « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="378"/>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="379"/>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="380"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="381"/>
        <source>No meetings, agreements or follow-ups yet.</source>
        <translation>Pas encore de réunion, d’accord ni de suivi.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="401"/>
        <source>A position whose holder is not known yet: Fill position… once the person is known.</source>
        <translation>Un poste dont le titulaire n’est pas encore connu : Pourvoir le poste… dès que la personne est connue.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="403"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="403"/>
        <source>Form of address</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="404"/>
        <source>Pronunciation</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="404"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="405"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="422"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="422"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="423"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="222"/>
        <source>Edit person: %1</source>
        <translation>Modifier la personne : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="222"/>
        <source>Edit position: %1</source>
        <translation>Modifier le poste : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="225"/>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="290"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="228"/>
        <source>This is a position whose holder is not &amp;known yet</source>
        <translation>&amp;Il s’agit d’un poste dont le titulaire n’est pas encore connu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="230"/>
        <source>For example the Vice-Governor of Aichi, name to be confirmed: write the post as its title; fill the position once the person is known, and its meetings pass to them</source>
        <translation>Par exemple le Vice-gouverneur d’Aichi, nom à confirmer : indiquez le poste comme fonction ; pourvoyez le poste dès que la personne est connue, ses réunions lui seront transférées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="237"/>
        <source>Given name first</source>
        <translation>Prénom d’abord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="238"/>
        <source>Family name first</source>
        <translation>Nom de famille d’abord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="239"/>
        <source>Japanese, Korean and Chinese names put the family name first</source>
        <translation>Les noms japonais, coréens et chinois placent le nom de famille en premier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="244"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="249"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="251"/>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="252"/>
        <source>&amp;Family name</source>
        <translation>Nom de famill&amp;e</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="253"/>
        <source>Name in nat&amp;ive script</source>
        <translation>Nom en écriture &amp;locale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="263"/>
        <source>Hono&amp;rific</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="273"/>
        <source>Note&amp;s</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="254"/>
        <source>Name &amp;order</source>
        <translation>&amp;Ordre du nom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="255"/>
        <source>&amp;Pronunciation</source>
        <translation>Pro&amp;nonciation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="256"/>
        <source>Form of &amp;address</source>
        <translation>Formule d’&amp;appel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="260"/>
        <source>Position and contacts</source>
        <translation>Fonction et coordonnées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="262"/>
        <source>&amp;Title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="264"/>
        <source>Organi&amp;zation</source>
        <translation>Organi&amp;sation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="265"/>
        <source>&amp;E-mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="266"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="267"/>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="272"/>
        <source>&amp;Biography</source>
        <translation>&amp;Biographie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="280"/>
        <source>Trans&amp;lations…</source>
        <translation>T&amp;raductions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="287"/>
        <source>The post, e.g. Vice-Governor of Aichi</source>
        <translation>Le poste, p. ex. Vice-gouverneur d’Aichi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="290"/>
        <source>New position</source>
        <translation>Nouveau poste</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="265"/>
        <source>Type a name to add…</source>
        <translation>Tapez un nom à ajouter…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="266"/>
        <source>Search people to add to %1</source>
        <translation>Rechercher des personnes à ajouter à %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="281"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="282"/>
        <source>Remove the selected person from %1</source>
        <translation>Retirer la personne sélectionnée de %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="284"/>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="84"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="86"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="87"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="93"/>
        <source>Home time zone</source>
        <translation>Fuseau horaire de référence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="98"/>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="99"/>
        <source> min before</source>
        <translation>&#xa0;min avant</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="100"/>
        <source>Meeting reminders, minutes before the start</source>
        <translation>Rappels de réunion, minutes avant le début</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="104"/>
        <source>By hand only</source>
        <translation>Manuellement seulement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="105"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="106"/>
        <source>Sync a laptop copy every so many minutes</source>
        <translation>Synchroniser une copie locale toutes les N minutes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="107"/>
        <source>On a laptop that joined the cabinet&apos;s server: how often it syncs by itself while the app is open</source>
        <translation>Sur un ordinateur portable relié au serveur du cabinet&#xa0;: la fréquence de synchronisation automatique tant que l&apos;application est ouverte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="112"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="114"/>
        <source>&amp;Home time zone</source>
        <translation>Fuseau &amp;horaire de référence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="118"/>
        <source>&amp;Meeting reminders</source>
        <translation>&amp;Rappels de réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="121"/>
        <source>S&amp;ync every</source>
        <translation>S&amp;ynchroniser toutes les</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="124"/>
        <source>A new language applies when Mission Planner starts again; you can restart it right away.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Mission Planner ; vous pouvez le redémarrer tout de suite.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="154"/>
        <source>Restart Mission Planner</source>
        <translation>Redémarrer Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="155"/>
        <source>The new language applies after a restart. Restart now to apply it?

Open editors ask about unsaved changes first.</source>
        <translation>La nouvelle langue s’applique après un redémarrage. Redémarrer maintenant ?

Les éditeurs ouverts demandent d’abord quoi faire des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="38"/>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="39"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="40"/>
        <source>Overview, delegation and logistics</source>
        <translation>Aperçu, délégation et logistique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="41"/>
        <source>Day-by-day itinerary</source>
        <translation>Programme jour par jour</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="42"/>
        <source>One brief per meeting</source>
        <translation>Une note par réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="43"/>
        <source>People and organizations annex</source>
        <translation>Annexe personnes et organisations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="84"/>
        <source>Briefing pack</source>
        <translation>Dossier de briefing</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="84"/>
        <source>Outcome report</source>
        <translation>Rapport de résultats</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="93"/>
        <source>RESTRICTED</source>
        <translation>DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="93"/>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="97"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="98"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="113"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="118"/>
        <source>Open the PDF when it is ready</source>
        <translation>Ouvrir le PDF une fois prêt</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="121"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="121"/>
        <source>&amp;Classification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="122"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="103"/>
        <source>Minister&apos;s pack</source>
        <translation>Dossier du ministre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="104"/>
        <source>Working pack (private office)</source>
        <translation>Dossier de travail (cabinet)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="106"/>
        <source>Your name, as the cover prints it</source>
        <translation>Votre nom, tel que la couverture l’imprime</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="124"/>
        <source>&amp;Edition</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="124"/>
        <source>Drafting &amp;officer</source>
        <translation>Rédac&amp;teur</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="122"/>
        <source>&amp;Home time zone</source>
        <translation>Fuseau &amp;horaire de référence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="130"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="131"/>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="144"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="150"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="153"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="156"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="160"/>
        <source>Poc&amp;ket card…</source>
        <translation>Fiche de poche (&amp;A6)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="162"/>
        <source>The day at a glance of each day on A6, to carry in a pocket: in the language and classification chosen above, saved in the same folder as the pack</source>
        <translation>La journée en bref de chaque jour au format A6, à glisser dans une poche&#xa0;: dans la langue et la classification choisies ci-dessus, enregistrée dans le même répertoire que le dossier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="213"/>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="227"/>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="241"/>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="242"/>
        <source>Generating the PDF…</source>
        <translation>Génération du PDF…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="277"/>
        <source>Printing page %1 of %2…</source>
        <translation>Impression de la page %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="279"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="302"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="312"/>
        <source>No PDF viewer was found to open it. The PDF is saved as %1; open it from there, or install a PDF viewer.</source>
        <translation>Aucune visionneuse PDF n’a été trouvée pour l’ouvrir. Le PDF est enregistré sous %1 ; ouvrez-le à partir de là, ou installez une visionneuse PDF.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="315"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="325"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="327"/>
        <source>This document cannot be produced by this version (%1).</source>
        <translation>Cette version ne peut pas produire ce document (%1).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="329"/>
        <source>overlap</source>
        <translation>chevauchement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="330"/>
        <source>travel time</source>
        <translation>temps de trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="331"/>
        <source>outside the leg</source>
        <translation>hors de l’étape</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="332"/>
        <source>after hours</source>
        <translation>hors des heures de bureau</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="333"/>
        <source>public holiday</source>
        <translation>jour férié</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="334"/>
        <source>soon after arrival</source>
        <translation>peu après l’arrivée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="335"/>
        <source>before arrival</source>
        <translation>avant l’arrivée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="336"/>
        <source>after departure</source>
        <translation>après le départ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="337"/>
        <source>no travel</source>
        <translation>pas de trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="338"/>
        <source>travel overlap</source>
        <translation>trajets simultanés</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="339"/>
        <source>while travelling</source>
        <translation>en route</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="534"/>
        <source>%1 cannot be in two meetings at once: %2 and %3 overlap</source>
        <translation>Deux réunions à la fois pour %1 : %2 et %3 se chevauchent</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="535"/>
        <source>%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7</source>
        <translation>%1 : seulement %2 pour aller de %3 à %4 entre %5 et %6 ; prévoir au moins %7</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="537"/>
        <source>%1 is outside the stay in %2 (%3)</source>
        <translation>%1 tombe en dehors du séjour à %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="538"/>
        <source>%1 is in %2, where the mission does not go (legs: %3)</source>
        <translation>%1 a lieu à %2, où la mission ne va pas (étapes : %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="539"/>
        <source>%1 starts %2 after arriving in %3 (%4); allow at least %5</source>
        <translation>%1 commence %2 après l’arrivée à %3 (%4) ; prévoir au moins %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="540"/>
        <source>%1 is outside local business hours (%2–%3)</source>
        <translation>%1 est en dehors des heures de bureau locales (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="541"/>
        <source>%1 falls on a public holiday in %2: %3</source>
        <translation>%1 tombe un jour férié : %3, %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="543"/>
        <source>%1 starts before the arrival of %2 (%3)</source>
        <translation>%1 commence avant l’arrivée de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="544"/>
        <source>%1 ends after the departure of %2 (%3)</source>
        <translation>%1 finit après le départ de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="545"/>
        <source>No travel is planned for %1 from %2 to %3 between %4 and %5</source>
        <translation>Aucun trajet prévu pour %1 de %2 à %3 entre %4 et %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="547"/>
        <source>%1 would have %2 between %3 and %4; allow at least %5</source>
        <translation>%1 : seulement %2 entre %3 et %4 ; prévoir au moins %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="549"/>
        <source>%1 cannot be on %2 and %3 at once</source>
        <translation>%1 ne peut pas prendre à la fois %2 et %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="550"/>
        <source>%1 would be travelling during %2: %3</source>
        <translation>%1 serait en route pendant %2 : %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="551"/>
        <source>“%1” (%2–%3 %4 time)</source>
        <translation>« %1 » (%2–%3, heure locale à %4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="552"/>
        <source>“%1” (%2–%3 %4 time, mission “%5”)</source>
        <translation>« %1 » (%2–%3, heure locale à %4, mission « %5 »)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="553"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="556"/>
        <source>%1 from %2 (%3) to %4 (%5)</source>
        <translation>%1 de %2 (%3) à %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="557"/>
        <source>the flight</source>
        <translation>le vol</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="558"/>
        <source>the train</source>
        <translation>le train</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="559"/>
        <source>the car</source>
        <translation>la voiture</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="560"/>
        <source>the boat</source>
        <translation>le bateau</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="561"/>
        <source>the journey</source>
        <translation>le trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="562"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="563"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="564"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="565"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
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
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="114"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="115"/>
        <source>&amp;Check and repair the database</source>
        <translation>&amp;Vérifier et réparer la base de données</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="116"/>
        <source>&amp;History of the selected record…</source>
        <translation>&amp;Historique de l’élément sélectionné…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="117"/>
        <source>Find d&amp;uplicate people…</source>
        <translation>Trouver les d&amp;oublons de personnes…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="118"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="131"/>
        <source>The cabinet&apos;s shared database is backed up and checked on its server, by IT</source>
        <translation>La base partagée du cabinet est sauvegardée et vérifiée sur son serveur, par le service informatique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="142"/>
        <source>Find d&amp;uplicates…</source>
        <translation>Trouver les d&amp;oublons…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="143"/>
        <source>Find duplicate people</source>
        <translation>Trouver les personnes en double</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="167"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="169"/>
        <source>Mission Planner database (*.sqlite)</source>
        <translation>Base de données Mission Planner (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="172"/>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="176"/>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="179"/>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="183"/>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="191"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="180"/>
        <source>Mission Planner database (*.sqlite);;All files (*)</source>
        <translation>Base de données Mission Planner (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="184"/>
        <source>Replace all current data with the backup %1? The current data is saved first and can be restored in turn.</source>
        <translation>Remplacer toutes les données actuelles par la sauvegarde %1 ? Les données actuelles sont d’abord enregistrées et pourront être restaurées à leur tour.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="192"/>
        <source>Restored. The data it replaced is saved in %1.</source>
        <translation>Restauration faite. Les données remplacées sont enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="196"/>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="202"/>
        <source>Integrity check: %1</source>
        <translation>Contrôle d’intégrité : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="203"/>
        <source>ok</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="203"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="204"/>
        <source>Links to deleted records: %1 found, %2 removed</source>
        <translation>Liens vers des enregistrements supprimés : %1 trouvé(s), %2 retiré(s)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="206"/>
        <source>Fixed: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="207"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="209"/>
        <source>No problems left.</source>
        <translation>Plus aucun problème.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="211"/>
        <source>Check and repair the database</source>
        <translation>Vérifier et réparer la base de données</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="231"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="231"/>
        <source>Select a record first.</source>
        <translation>Sélectionnez d’abord un élément.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>mission</source>
        <translation>mission</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="35"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="36"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="37"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="38"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="39"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="40"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="43"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="44"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="45"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="46"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="47"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="48"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="148"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="152"/>
        <source>Search missions, meetings, people, organizations, agreements</source>
        <translation>Rechercher missions, réunions, personnes, organisations, accords</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="153"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="157"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="204"/>
        <source>through %1</source>
        <translation>par %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="230"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="25"/>
        <source>is required and may not be empty</source>
        <translation>est obligatoire et ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="26"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="27"/>
        <source>is required (YYYY-MM-DD)</source>
        <translation>est obligatoire (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="28"/>
        <source>expected text, got %1</source>
        <translation>texte attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="29"/>
        <source>contains the control character U+%1 at position %2; only tab and newline are allowed in text</source>
        <translation>contient le caractère de contrôle U+%1 en position %2 ; seuls la tabulation et le saut de ligne sont admis dans un texte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="32"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="33"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 ne fait pas partie de : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="34"/>
        <source>%1 is not a two-letter ISO country code (JP, KR, BE…)</source>
        <translation>%1 n’est pas un code pays ISO à deux lettres (JP, KR, BE…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="36"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 n’est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="37"/>
        <source>has %1 entries; the limit is %2</source>
        <translation>compte %1 entrées ; la limite est de %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="38"/>
        <source>expected a list of texts</source>
        <translation>une liste de textes est attendue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="39"/>
        <source>expected a list of {topic, line}</source>
        <translation>une liste de {topic, line} est attendue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="40"/>
        <source>each entry needs exactly a topic and a line</source>
        <translation>chaque entrée doit avoir exactement un sujet et une réponse</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="41"/>
        <source>%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)</source>
        <translation>%1 n’est pas une règle de récurrence (p. ex. FREQ=MONTHLY;COUNT=3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="43"/>
        <source>%1 is not a valid recurrence rule: %2</source>
        <translation>%1 n’est pas une règle de récurrence valide : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="44"/>
        <source>expected true or false, got %1</source>
        <translation>vrai ou faux attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="45"/>
        <source>unknown time zone %1 (use an IANA name such as Asia/Tokyo)</source>
        <translation>fuseau horaire inconnu %1 (utilisez un nom IANA comme Asia/Tokyo)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="47"/>
        <source>unknown time zone abbreviation %1; give an offset such as +09:00 or leave it out to use the venue&apos;s zone</source>
        <translation>abréviation de fuseau horaire inconnue %1 ; indiquez un décalage comme +09:00 ou omettez-la pour utiliser le fuseau du lieu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="50"/>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation>l’année %1 est hors limites (de %2 à %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="51"/>
        <source>%1: the year %2 is out of range (%3 to %4)</source>
        <translation>%1 : l’année %2 est hors limites (de %3 à %4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="52"/>
        <source>%1 does not exist in %2 (the clocks skip that hour); pick another time or give an explicit UTC offset</source>
        <translation>%1 n’existe pas à %2 (les horloges sautent cette heure) ; choisissez une autre heure ou indiquez un décalage UTC explicite</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="54"/>
        <source>%1 is ambiguous in %2 (the clocks go back and it happens twice); give an explicit UTC offset such as %3 or %4</source>
        <translation>%1 est ambigu à %2 (les horloges reculent et cette heure se produit deux fois) ; indiquez un décalage UTC explicite comme %3 ou %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="57"/>
        <source>expected a date and time as text, got %1</source>
        <translation>date et heure attendues sous forme de texte, reçu %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="58"/>
        <source>cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>impossible de lire %1 comme une date et une heure (AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="60"/>
        <source>%1 has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)</source>
        <translation>%1 comporte des secondes ; donnez l’heure à la minute (AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="62"/>
        <source>expected a date as text (YYYY-MM-DD), got %1</source>
        <translation>date attendue sous forme de texte (AAAA-MM-JJ), reçu %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="63"/>
        <source>cannot read %1 as a date (YYYY-MM-DD)</source>
        <translation>impossible de lire %1 comme une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="64"/>
        <source>expected a date or time as text, got %1</source>
        <translation>date ou heure attendue sous forme de texte, reçu %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="65"/>
        <source>is empty; type a date and time such as &quot;9/6/2017 10:30&quot;</source>
        <translation>est vide ; tapez une date et une heure comme « 9/6/2017 10:30 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="66"/>
        <source>cannot read %1… as a date and time (too long)</source>
        <translation>impossible de lire %1… comme une date et une heure (trop long)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="67"/>
        <source>cannot read %1 as a date and time; type it day first, e.g. &quot;9/6/2017 10:30&quot;, &quot;9 juin 2017 10h30&quot; or &quot;June 9 2017 10:30am&quot;</source>
        <translation>impossible de lire %1 comme une date et une heure ; tapez le jour en premier, p. ex. « 9/6/2017 10:30 », « 9 juin 2017 10h30 » ou « June 9 2017 10:30am »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="73"/>
        <source>%1 gives no %2; type a full date such as &quot;9/6/2017&quot;</source>
        <translation>%1 ne donne pas : %2 ; tapez une date complète comme « 9/6/2017 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="75"/>
        <source>%1 gives no day of the month; type a full date such as &quot;9/6/2017&quot;</source>
        <translation>%1 ne donne pas le jour du mois ; tapez une date complète comme « 9/6/2017 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="77"/>
        <source>%1: the year %2 is out of range</source>
        <translation>%1 : l’année %2 est hors limites</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="78"/>
        <source>%1 is not a date that exists (%2/%3/%4)</source>
        <translation>%1 n’est pas une date qui existe (%2/%3/%4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="79"/>
        <source>%1: %2 is a %3, not %4</source>
        <translation>%1 : le %2 est un %3, pas %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="80"/>
        <source>%1 gives no time of day; add one such as 10:30</source>
        <translation>%1 ne donne pas d’heure ; ajoutez-en une comme 10:30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="81"/>
        <source>%1 has seconds; type the time to the minute, such as 10:30</source>
        <translation>%1 comporte des secondes ; tapez l’heure à la minute, comme 10:30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="83"/>
        <source>%1 has a time of day; type only the date, such as &quot;9/6/2017&quot;</source>
        <translation>%1 comporte une heure ; tapez seulement la date, comme « 9/6/2017 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="85"/>
        <source>no %1 with id %2</source>
        <translation>aucun élément (%1) avec l’identifiant %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="86"/>
        <source>this %1 was changed by someone else since you opened it (your copy: version %2, stored: version %3); reload it and apply your change again</source>
        <translation>cet élément (%1) a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert (votre copie : version %2, enregistrée : version %3) ; rechargez-le et appliquez à nouveau votre modification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="95"/>
        <source>no mission named (give an id, slug or title)</source>
        <translation>aucune mission indiquée (donnez un identifiant, un identifiant court ou un titre)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="96"/>
        <source>%1 matches %2 missions; give more of the id</source>
        <translation>%1 correspond à %2 missions ; donnez une plus grande partie de l’identifiant</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="97"/>
        <source>no mission %1 (give an id, a unique id prefix, the slug or the title)</source>
        <translation>aucune mission %1 (donnez un identifiant, un début d’identifiant unique, l’identifiant court ou le titre)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="99"/>
        <source>%1 matches %2 people; give more of the id</source>
        <translation>%1 correspond à %2 personnes ; donnez une plus grande partie de l’identifiant</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="100"/>
        <source>no person with id %1 (the duplicates command lists ids)</source>
        <translation>aucune personne avec l’identifiant %1 (la commande duplicates liste les identifiants)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="102"/>
        <source>cannot merge a person with themselves</source>
        <translation>impossible de fusionner une personne avec elle-même</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="103"/>
        <source>no merge with id %1</source>
        <translation>aucune fusion avec l’identifiant %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="104"/>
        <source>the merge %1 was already undone</source>
        <translation>la fusion %1 a déjà été annulée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="105"/>
        <source>%1 exists again; the merge cannot be undone twice</source>
        <translation>%1 existe de nouveau ; la fusion ne peut pas être annulée deux fois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="106"/>
        <source>this %1 exists already; nothing to restore</source>
        <translation>cet élément (%1) existe déjà ; rien à rétablir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="107"/>
        <source>cannot sort organizations by %1</source>
        <translation>impossible de trier les organisations par %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="108"/>
        <source>the mission ends (%1) before it starts (%2)</source>
        <translation>la mission se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="109"/>
        <source>a mission with slug %1 already exists</source>
        <translation>une mission avec l’identifiant court %1 existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="110"/>
        <source>departure from %1 is not after arrival</source>
        <translation>le départ de %1 n’est pas après l’arrivée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="111"/>
        <source>the check-out in %1 is not after the check-in</source>
        <translation>le départ de l’hôtel à %1 n’est pas postérieur à l’arrivée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="113"/>
        <source>the meeting ends (%1) before or when it starts (%2)</source>
        <translation>la réunion se termine (%1) avant ou au moment où elle commence (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="115"/>
        <source>the meeting ends before or when it starts</source>
        <translation>la réunion se termine avant ou au moment où elle commence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="117"/>
        <source>the meeting (%1) falls outside the mission (%2 to %3)</source>
        <translation>la réunion (%1) tombe en dehors de la mission (du %2 au %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="119"/>
        <source>the mission has %1 meetings; the limit is %2 per mission</source>
        <translation>la mission compte %1 réunions ; la limite est de %2 par mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="121"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="122"/>
        <source>unknown field(s): %1</source>
        <translation>champ(s) inconnu(s) : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="123"/>
        <source>not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="124"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="125"/>
        <source>larger than %1 bytes, the most a mission file may hold</source>
        <translation>plus de %1 octets, le maximum pour un fichier de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="127"/>
        <source>not UTF-8 text (%1 at byte %2)</source>
        <translation>n’est pas du texte UTF-8 (%1 à l’octet %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="128"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="129"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="130"/>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="131"/>
        <source>the file must hold a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="132"/>
        <source>expected format %1, found %2</source>
        <translation>format attendu %1, trouvé %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="133"/>
        <source>%1 meetings; the limit is %2 per mission</source>
        <translation>%1 réunions ; la limite est de %2 par mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="135"/>
        <source>%1 is not an airport or station code (3 to 10 letters or digits, e.g. BRU)</source>
        <translation>%1 n’est pas un code d’aéroport ou de gare (3 à 10 lettres ou chiffres, p. ex. BRU)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="137"/>
        <source>the arrival (%1) is not after the departure (%2)</source>
        <translation>l’arrivée (%1) n’est pas postérieure au départ (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="139"/>
        <source>the journey (%1) falls outside the mission (%2 to %3)</source>
        <translation>le trajet (%1) tombe en dehors de la mission (du %2 au %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="141"/>
        <source>the same traveller is listed twice</source>
        <translation>le même voyageur figure deux fois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="142"/>
        <source>%1 is not in the mission&apos;s delegation; add them to the delegation first</source>
        <translation>%1 ne fait pas partie de la délégation de la mission ; ajoutez d’abord cette personne à la délégation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="144"/>
        <source>a recurring follow-up needs a due date to count from</source>
        <translation>un suivi récurrent a besoin d’une échéance de départ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="146"/>
        <source>this follow-up is already %1</source>
        <translation>ce suivi est déjà %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="147"/>
        <source>expected text to search for, got %1</source>
        <translation>texte à rechercher attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="148"/>
        <source>the search text is %1 characters long; the limit is %2</source>
        <translation>le texte recherché fait %1 caractères ; la limite est de %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="150"/>
        <source>the search text has %1 words; the limit is %2</source>
        <translation>le texte recherché compte %1 mots ; la limite est de %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="151"/>
        <source>cannot attach a file to a %1</source>
        <translation>impossible de joindre un fichier à %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="152"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="246"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="467"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="153"/>
        <source>%1 is %2 MB; attachments are limited to %3 MB</source>
        <translation>%1 fait %2 Mo ; les pièces jointes sont limitées à %3 Mo</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="154"/>
        <source>%1 is not a number of minutes above zero</source>
        <translation>%1 n’est pas un nombre de minutes supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="155"/>
        <source>%1 minutes is longer than a day</source>
        <translation>%1 minutes, c’est plus long qu’une journée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="156"/>
        <source>the mission has no leg in %1; its legs: %2</source>
        <translation>la mission n’a pas d’étape à %1 ; ses étapes : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="157"/>
        <source>%1 is not during the stay in %2: %3</source>
        <translation>le %1 ne tombe pas pendant le séjour à %2 : %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="192"/>
        <source>%1 is read-only (a read-only file, folder or medium); it can be read, not changed; nothing was changed</source>
        <translation>%1 est en lecture seule (fichier, dossier ou support en lecture seule) ; il peut être lu, pas modifié ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="158"/>
        <source>%1 is not FIELD=VALUE</source>
        <translation>%1 n’est pas de la forme CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="70"/>
        <source>cannot read %1 as a date; type it day first, e.g. &quot;9/6/2017&quot;, &quot;9 juin 2017&quot; or &quot;2017-06-09&quot;</source>
        <translation>impossible de lire %1 comme une date&#xa0;; tapez le jour en premier, p. ex. « 9/6/2017 », « 9 juin 2017 » ou « 2017-06-09 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="89"/>
        <source>the change would put a mission out of %1&apos;s sight (it would be restricted to other people); name %1 among them, or ask an administrator; nothing was changed</source>
        <translation>la modification rendrait une mission invisible pour %1 (elle serait réservée à d’autres personnes) ; ajoutez %1 parmi elles ou adressez-vous à un administrateur ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="92"/>
        <source>%1 changed this %2 at %3, since you opened it (your copy: version %4, stored: version %5); reload it and apply your change again</source>
        <translation>%1 a modifié cet élément (%2) le %3, depuis que vous l’avez ouvert (votre copie : version %4, enregistrée : version %5) ; rechargez-le et appliquez à nouveau votre modification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="159"/>
        <source>%1 cannot be edited here; the fields are: %2</source>
        <translation>%1 ne peut pas être modifié ici ; les champs sont : %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="160"/>
        <source>%1 is given twice</source>
        <translation>%1 est donné deux fois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="161"/>
        <source>nothing to change: give FIELD=VALUE</source>
        <translation>rien à modifier : indiquez CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="162"/>
        <source>%1 may read %2 but not change it (a reader&apos;s login); nothing was changed; an aide&apos;s login is needed to edit</source>
        <translation>%1 peut lire %2 mais pas le modifier (accès en lecture) ; rien n’a été modifié ; il faut un accès de collaborateur pour modifier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="165"/>
        <source>%1 is not a PostgreSQL database; the team commands need the cabinet&apos;s server (postgresql+psycopg://…)</source>
        <translation>%1 n’est pas une base PostgreSQL ; les commandes d’équipe demandent le serveur du cabinet (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="168"/>
        <source>%1 is not a login name (lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter)</source>
        <translation>%1 n’est pas un nom de connexion (minuscules, chiffres, « . », « - » et « _ », en commençant par une lettre)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="171"/>
        <source>a merged value is written only for the fields in conflict (%1), and only when both sides kept the record</source>
        <translation>une valeur fusionnée ne s&apos;écrit que pour les champs en conflit (%1), et seulement si les deux côtés ont gardé l&apos;élément</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="173"/>
        <source>the server %1 cannot be reached (%2); nothing was lost, sync again later</source>
        <translation>le serveur %1 est injoignable (%2) ; rien n’est perdu, synchronisez plus tard</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="175"/>
        <source>%1 is not a SQLite file; a replica is a file on this computer</source>
        <translation>%1 n’est pas un fichier SQLite ; une réplique est un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="177"/>
        <source>%1 is already a replica of a server; run sync</source>
        <translation>%1 est déjà une réplique d’un serveur ; lancez sync</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="178"/>
        <source>%1 already holds data of its own; join into a new file</source>
        <translation>%1 contient déjà ses propres données ; rejoignez le serveur dans un nouveau fichier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="180"/>
        <source>%1 has not joined a server; run join URL first</source>
        <translation>%1 n’a rejoint aucun serveur ; lancez d’abord join URL</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="181"/>
        <source>this version of the app (schema %1) is newer than the server&apos;s (schema %2); ask IT to upgrade the server (server init) before syncing</source>
        <translation>cette version de l’application (schéma %1) est plus récente que celle du serveur (schéma %2) ; demandez au service informatique de mettre le serveur à niveau (server init) avant de synchroniser</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="184"/>
        <source>the server&apos;s schema (%1) is newer than this app&apos;s (%2); upgrade the app, then sync: your offline edits are kept</source>
        <translation>le schéma du serveur (%1) est plus récent que celui de cette application (%2) ; mettez l’application à jour, puis synchronisez : vos modifications hors ligne sont conservées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="187"/>
        <source>there is no open conflict %1; conflicts lists them</source>
        <translation>il n’y a pas de conflit ouvert %1 ; conflicts les liste</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="189"/>
        <source>conflict %1 is a mission no longer shared with you: it cannot be kept as yours; resolve it with --theirs, or ask its owner to share it again</source>
        <translation>le conflit %1 concerne une mission qui n’est plus partagée avec vous&#xa0;: elle ne peut pas être gardée comme la vôtre&#xa0;; résolvez-le avec --theirs, ou demandez à son responsable de la partager à nouveau</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="195"/>
        <source>%1 needs upgrading to this version&apos;s schema but is read-only; open it from a writable folder</source>
        <translation>%1 doit être mis à niveau vers le schéma de cette version mais est en lecture seule ; ouvrez-le depuis un dossier accessible en écriture</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="198"/>
        <source>%1 stayed busy for %2 s (another Mission Planner is writing to it); nothing was changed, try again when it has finished</source>
        <translation>%1 est resté occupé pendant %2 s (un autre Mission Planner y écrit) ; rien n’a été modifié, réessayez quand il aura terminé</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="201"/>
        <source>%1 is damaged (%2); nothing was written; restore the newest good backup: missionplanner --db %1 restore %3</source>
        <translation>%1 est endommagé (%2) ; rien n’a été écrit ; restaurez la sauvegarde saine la plus récente : missionplanner --db %1 restore %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="204"/>
        <source>%1 is damaged (%2); nothing was written; no good backup was found in %3</source>
        <translation>%1 est endommagé (%2) ; rien n’a été écrit ; aucune sauvegarde saine n’a été trouvée dans %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="206"/>
        <source>%1 is not a regular file; give the path of a Mission Planner database</source>
        <translation>%1 n’est pas un fichier ordinaire ; donnez le chemin d’une base de données Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="208"/>
        <source>%1 is an empty file (0 bytes), not a Mission Planner database; nothing was written (remove it to start a new database there, or restore a backup into it)</source>
        <translation>%1 est un fichier vide (0 octet), pas une base de données Mission Planner ; rien n’a été écrit (supprimez-le pour y commencer une nouvelle base, ou restaurez-y une sauvegarde)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="212"/>
        <source>%1 is not a Mission Planner database (not an SQLite file); nothing was written</source>
        <translation>%1 n’est pas une base de données Mission Planner (pas un fichier SQLite) ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="214"/>
        <source>%1 is not a Mission Planner database (not an SQLite file); a restore will not replace it; nothing was written</source>
        <translation>%1 n’est pas une base de données Mission Planner (pas un fichier SQLite) ; une restauration ne le remplacera pas ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="217"/>
        <source>%1 was made by a newer version of Mission Planner (schema %2); update the application to open it; nothing was changed</source>
        <translation>%1 a été créé par une version plus récente de Mission Planner (schéma %2) ; mettez l’application à jour pour l’ouvrir ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="220"/>
        <source>the database was made by a newer version of Mission Planner (schema %1); update the application to open it; nothing was changed</source>
        <translation>la base de données a été créée par une version plus récente de Mission Planner (schéma %1) ; mettez l’application à jour pour l’ouvrir ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="224"/>
        <source>backups, restore and the database doctor work on a SQLite database file only; a shared server is backed up and checked by its IT</source>
        <translation>les sauvegardes, la restauration et le contrôle de la base ne fonctionnent que sur un fichier de base de données SQLite ; un serveur partagé est sauvegardé et vérifié par son service informatique</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="228"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="282"/>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="229"/>
        <source>%1: not a Mission Planner database (not an SQLite file)</source>
        <translation>%1 : pas une base de données Mission Planner (pas un fichier SQLite)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="231"/>
        <source>%1: damaged or not a database (%2); nothing restored</source>
        <translation>%1 : endommagé ou pas une base de données (%2) ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="233"/>
        <source>%1: fails the integrity check (%2); nothing restored</source>
        <translation>%1 : échoue au contrôle d’intégrité (%2) ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="235"/>
        <source>%1: an SQLite file, but not a Mission Planner database; nothing restored</source>
        <translation>%1 : un fichier SQLite, mais pas une base de données Mission Planner ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="237"/>
        <source>%1: made by a newer version of Mission Planner (schema %2); update the application first; nothing restored</source>
        <translation>%1 : créé par une version plus récente de Mission Planner (schéma %2) ; mettez d’abord l’application à jour ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="240"/>
        <source>%1: cannot be read whole (%2); nothing restored</source>
        <translation>%1 : ne peut pas être lu entièrement (%2) ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="242"/>
        <source>%1: its schema is not Mission Planner&apos;s (%2); nothing restored</source>
        <translation>%1 : son schéma n’est pas celui de Mission Planner (%2) ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="244"/>
        <source>no output file named; give a file name such as pack.pdf</source>
        <translation>aucun fichier de sortie indiqué ; donnez un nom de fichier comme pack.pdf</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="247"/>
        <source>%1 is a symbolic link; refusing to write through it</source>
        <translation>%1 est un lien symbolique ; refus d’écrire à travers lui</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="248"/>
        <source>%1 is a folder; give a file name inside it</source>
        <translation>%1 est un dossier ; donnez un nom de fichier dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="249"/>
        <source>%1 is not a regular file (a device, pipe or socket); refusing to replace it</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique, un tube ou un socket) ; refus de le remplacer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="251"/>
        <source>%1 is read-only; choose another name or make it writable</source>
        <translation>%1 est en lecture seule ; choisissez un autre nom ou rendez-le modifiable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="253"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="254"/>
        <source>the folder %1 is read-only; choose another folder</source>
        <translation>le dossier %1 est en lecture seule ; choisissez un autre dossier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="256"/>
        <source>not enough space on the disk to write %1; nothing was written</source>
        <translation>pas assez d’espace sur le disque pour écrire %1 ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="258"/>
        <source>%1: cannot write there (%2); nothing was written</source>
        <translation>%1 : impossible d’écrire à cet endroit (%2) ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="260"/>
        <source>%1: %2; nothing was written</source>
        <translation>%1 : %2 ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="261"/>
        <source>the key %1 appears twice in one object</source>
        <translation>la clé %1 apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="262"/>
        <source>a number of %1 digits (the limit is %2)</source>
        <translation>un nombre de %1 chiffres (la limite est de %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="263"/>
        <source>nested more than %1 levels deep (at %2)</source>
        <translation>imbriqué sur plus de %1 niveaux (à %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="264"/>
        <source>a lone surrogate \u%1 (not a character) at %2</source>
        <translation>un demi-codet isolé \u%1 (qui n’est pas un caractère) à %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="266"/>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="267"/>
        <source>unknown field(s) %1 (allowed: %2)</source>
        <translation>champ(s) inconnu(s) %1 (admis : %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="268"/>
        <source>expected a list, got %1</source>
        <translation>liste attendue, reçu %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="269"/>
        <source>%1 is listed twice; list each one once</source>
        <translation>%1 figure deux fois ; indiquez chacun une seule fois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="270"/>
        <source>%1 is the same person as %2; list each one once</source>
        <translation>%1 est la même personne que %2 ; indiquez chacun une seule fois</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="271"/>
        <source>duplicate key %1</source>
        <translation>clé en double %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="272"/>
        <source>no person with key %1 in this file</source>
        <translation>aucune personne avec la clé %1 dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="273"/>
        <source>no organization with key %1 in this file</source>
        <translation>aucune organisation avec la clé %1 dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="274"/>
        <source>a mission with slug %1 is already in the database</source>
        <translation>une mission avec l’identifiant court %1 est déjà dans la base de données</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="275"/>
        <source>a mission with the same title and dates is already in the database (slug %1); this file looks imported already. To import it as another mission, give it a &quot;slug&quot;</source>
        <translation>une mission avec le même titre et les mêmes dates est déjà dans la base de données (identifiant court %1) ; ce fichier semble déjà importé. Pour l’importer comme une autre mission, donnez-lui un « slug »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="278"/>
        <source>a recurring follow-up needs a due date</source>
        <translation>un suivi récurrent a besoin d’une échéance</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="279"/>
        <source>an agreement with this title is already in the database and differs in %1; make the file agree with it, or give this one another title</source>
        <translation>un accord portant ce titre est déjà dans la base de données et en diffère par %1 ; faites concorder le fichier avec lui, ou donnez un autre titre à celui-ci</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="283"/>
        <source>%1: is a folder, not a contacts file</source>
        <translation>%1 : est un dossier, pas un fichier de contacts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="284"/>
        <source>the file is %1 MB, more than the limit of %2 MB for a contacts file</source>
        <translation>le fichier fait %1 Mo, plus que la limite de %2 Mo pour un fichier de contacts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="286"/>
        <source>this is not a text file (it contains NUL bytes); save it as CSV or XLSX</source>
        <translation>ce n’est pas un fichier texte (il contient des octets NUL) ; enregistrez-le en CSV ou en XLSX</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="288"/>
        <source>broken UTF-16 text at byte %1</source>
        <translation>texte UTF-16 endommagé à l’octet %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="289"/>
        <source>the file is neither UTF-8 nor Windows-1252 text (byte %1)</source>
        <translation>le fichier n’est ni du texte UTF-8 ni du texte Windows-1252 (octet %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="291"/>
        <source>the cell holds %1 characters, more than the limit of %2 for one field</source>
        <translation>la cellule contient %1 caractères, plus que la limite de %2 pour un champ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="293"/>
        <source>more than %1 contacts in one file (the limit); split it into several files</source>
        <translation>plus de %1 contacts dans un seul fichier (la limite) ; répartissez-les en plusieurs fichiers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="295"/>
        <source>a cell holds more than %1 characters, the limit for one field</source>
        <translation>une cellule contient plus de %1 caractères, la limite pour un champ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="297"/>
        <source>cannot read the CSV text (%1)</source>
        <translation>impossible de lire le texte CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="298"/>
        <source>the workbook expands to %1 MB once unzipped, more than the limit of %2 MB for a contacts file; save the contacts alone in a smaller sheet or as CSV</source>
        <translation>le classeur occupe %1 Mo une fois décompressé, plus que la limite de %2 Mo pour un fichier de contacts ; enregistrez les contacts seuls dans une feuille plus petite ou en CSV</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="301"/>
        <source>cannot open the workbook, it may be damaged (%1: %2)</source>
        <translation>impossible d’ouvrir le classeur, il est peut-être endommagé (%1 : %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="303"/>
        <source>cannot read the first sheet (%1)</source>
        <translation>impossible de lire la première feuille (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="304"/>
        <source>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: %1)</source>
        <translation>aucune colonne de nom de famille trouvée (un en-tête comme Family name, Nom ou Achternaam est attendu ; trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="307"/>
        <source>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: nothing)</source>
        <translation>aucune colonne de nom de famille trouvée (un en-tête comme Family name, Nom ou Achternaam est attendu ; rien trouvé)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="310"/>
        <source>the file is empty (expected a header line and one contact per line)</source>
        <translation>le fichier est vide (une ligne d’en-tête puis un contact par ligne sont attendus)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="312"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="313"/>
        <source>the family name is empty</source>
        <translation>le nom de famille est vide</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="314"/>
        <source>%1: is a folder, not a calendar file</source>
        <translation>%1 : est un dossier, pas un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="315"/>
        <source>the file is %1 MB, more than the limit of %2 MB for a calendar file</source>
        <translation>le fichier fait %1 Mo, plus que la limite de %2 Mo pour un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="317"/>
        <source>not a text file in UTF-8 or Windows-1252 (byte %1)</source>
        <translation>n’est pas un fichier texte en UTF-8 ou Windows-1252 (octet %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="318"/>
        <source>the file starts with a continuation line (leading space)</source>
        <translation>le fichier commence par une ligne de continuation (espace initiale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="320"/>
        <source>the file is empty (expected BEGIN:VCALENDAR)</source>
        <translation>le fichier est vide (BEGIN:VCALENDAR attendu)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="321"/>
        <source>text after END:VCALENDAR, found %1</source>
        <translation>texte après END:VCALENDAR, trouvé %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="322"/>
        <source>not an iCalendar file: expected BEGIN:VCALENDAR, found %1</source>
        <translation>n’est pas un fichier iCalendar : BEGIN:VCALENDAR attendu, trouvé %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="324"/>
        <source>expected NAME:VALUE, found %1</source>
        <translation>NOM:VALEUR attendu, trouvé %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="325"/>
        <source>expected PARAMETER=VALUE after %1;, found %2</source>
        <translation>PARAMÈTRE=VALEUR attendu après %1;, trouvé %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="326"/>
        <source>expected &apos;:&apos; before the value of %1, found %2</source>
        <translation>« : » attendu avant la valeur de %1, trouvé %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="327"/>
        <source>%1 needs a component name, found %2</source>
        <translation>%1 doit être suivi d’un nom de composant, trouvé %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="328"/>
        <source>components nested too deeply</source>
        <translation>composants imbriqués trop profondément</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="329"/>
        <source>END:%1 closes BEGIN:%2 of line %3</source>
        <translation>END:%1 ferme le BEGIN:%2 de la ligne %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="330"/>
        <source>BEGIN:%1 of line %2 is never closed (the file may be cut short)</source>
        <translation>le BEGIN:%1 de la ligne %2 n’est jamais fermé (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="332"/>
        <source>cannot read %1 as a real date or date-time (%2)</source>
        <translation>impossible de lire %1 comme une date ou une date et heure existante (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="333"/>
        <source>cannot read the recurrence rule %1</source>
        <translation>impossible de lire la règle de récurrence %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="334"/>
        <source>cannot read %1 as a duration (e.g. PT1H30M)</source>
        <translation>impossible de lire %1 comme une durée (p. ex. PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="335"/>
        <source>VTIMEZONE without a TZID</source>
        <translation>VTIMEZONE sans TZID</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="336"/>
        <source>unknown time zone TZID=%1 and the file has no VTIMEZONE block defining it</source>
        <translation>fuseau horaire inconnu TZID=%1 et le fichier n’a pas de bloc VTIMEZONE qui le définit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="338"/>
        <source>cannot read the VTIMEZONE block for %1 (%2)</source>
        <translation>impossible de lire le bloc VTIMEZONE de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="339"/>
        <source>%1 cannot be placed in time (%2)</source>
        <translation>%1 ne peut pas être situé dans le temps (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="340"/>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="341"/>
        <source>VEVENT without DTSTART</source>
        <translation>VEVENT sans DTSTART</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="342"/>
        <source>DTEND is a date-time but DTSTART is a date</source>
        <translation>DTEND est une date et heure mais DTSTART est une date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="343"/>
        <source>DTEND is a date but DTSTART is a date-time</source>
        <translation>DTEND est une date mais DTSTART est une date et heure</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="344"/>
        <source>the event ends before or when it starts</source>
        <translation>l’événement se termine avant ou au moment où il commence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="345"/>
        <source>the event lasts too long</source>
        <translation>l’événement dure trop longtemps</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="346"/>
        <source>the recurring event gives %1 meetings within the mission (at most %2)</source>
        <translation>l’événement récurrent donne %1 réunions pendant la mission (au plus %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="348"/>
        <source>cannot read the recurrence rule %1 (%2)</source>
        <translation>impossible de lire la règle de récurrence %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="349"/>
        <source>the recurrence rule repeats too often to expand (more than %1 repetitions, the limit for one rule)</source>
        <translation>la règle de récurrence se répète trop souvent pour être développée (plus de %1 répétitions, la limite pour une règle)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="352"/>
        <source>the recurring events of this file repeat too often to expand (more than %1 repetitions in all, the limit for one import; reached at the event of line %2)</source>
        <translation>les événements récurrents de ce fichier se répètent trop souvent pour être développés (plus de %1 répétitions en tout, la limite pour une importation ; atteinte à l’événement de la ligne %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="355"/>
        <source>cannot expand the recurrence rule (%1)</source>
        <translation>impossible de développer la règle de récurrence (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="356"/>
        <source>the mission has %1 meetings; the limit is %2 per mission: this file would add %3 more</source>
        <translation>la mission compte %1 réunions ; la limite est de %2 par mission : ce fichier en ajouterait %3 de plus</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="358"/>
        <source>%1 (and %2 more rows)</source>
        <translation>%1 (et %2 ligne(s) de plus)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="359"/>
        <source>the meeting it came from was deleted since; nothing to restore</source>
        <translation>la réunion dont il provient a été supprimée depuis ; rien à rétablir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="361"/>
        <source>the mission it belonged to was deleted since; nothing to restore</source>
        <translation>la mission à laquelle il appartenait a été supprimée depuis ; rien à rétablir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="363"/>
        <source>%1 is read-only; nothing restored</source>
        <translation>%1 est en lecture seule ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="364"/>
        <source>only a SQLite file can be backed up this way</source>
        <translation>seul un fichier SQLite peut être sauvegardé de cette façon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="365"/>
        <source>it fails SQLite&apos;s check: %1</source>
        <translation>il échoue au contrôle de SQLite : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="366"/>
        <source>it cannot be read whole: %1</source>
        <translation>il ne peut pas être lu entièrement : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="367"/>
        <source>not enough space on the disk for the copy %1; nothing was kept</source>
        <translation>pas assez d’espace sur le disque pour la copie %1 ; rien n’a été conservé</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="369"/>
        <source>the database stayed busy; no copy made to %1</source>
        <translation>la base de données est restée occupée ; aucune copie faite vers %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="370"/>
        <source>%1: %2; nothing was kept</source>
        <translation>%1 : %2 ; rien n’a été conservé</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="371"/>
        <source>&apos;%1&apos; is not available yet in this version</source>
        <translation>« %1 » n’est pas encore disponible dans cette version</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="372"/>
        <source>--scale must be positive, not %1</source>
        <translation>--scale doit être positif, pas %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="377"/>
        <source>unknown language %1 (use fr, nl or en)</source>
        <translation>langue inconnue %1 (utilisez fr, nl ou en)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="429"/>
        <source>Talking point</source>
        <translation>Élément de langage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="430"/>
        <source>If raised</source>
        <translation>Si la question est abordée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="431"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="432"/>
        <source>line to take</source>
        <translation>position à tenir</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="433"/>
        <source>Restricted to</source>
        <translation>Réservée à</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="434"/>
        <source>Key message</source>
        <translation>Message clé</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="435"/>
        <source>Duty officer</source>
        <translation>Agent de permanence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="442"/>
        <source>Title is required</source>
        <translation>Le titre est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="443"/>
        <source>Name is required</source>
        <translation>Le nom est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="444"/>
        <source>Family name is required</source>
        <translation>Le nom de famille est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="445"/>
        <source>Start is required</source>
        <translation>Le début est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="446"/>
        <source>End is required</source>
        <translation>La fin est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="447"/>
        <source>Arrival is required</source>
        <translation>L’arrivée est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="448"/>
        <source>Departure is required</source>
        <translation>Le départ est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="449"/>
        <source>City is required</source>
        <translation>La ville est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="450"/>
        <source>Country is required</source>
        <translation>Le pays est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="451"/>
        <source>Action is required</source>
        <translation>L’action est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="452"/>
        <source>Date is required</source>
        <translation>La date est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="453"/>
        <source>Time zone is required</source>
        <translation>Le fuseau horaire est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="373"/>
        <source>unknown edition %1 (use minister or working)</source>
        <translation>édition inconnue %1 (utilisez minister ou working)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="374"/>
        <source>is %1 characters long; the limit is %2</source>
        <translation>fait %1 caractères ; la limite est %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="375"/>
        <source>contains a control character or a line break</source>
        <translation>contient un caractère de contrôle ou un saut de ligne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="376"/>
        <source>must be a whole number from 1 (got %1)</source>
        <translation>doit être un nombre entier à partir de 1 (reçu %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="378"/>
        <source>unknown paper size %1 (use a4 or letter)</source>
        <translation>format de papier inconnu %1 (utilisez a4 ou letter)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="379"/>
        <source>the marking is %1 characters long; the limit is %2 characters (it is printed in full on every page)</source>
        <translation>la mention de classification fait %1 caractères ; la limite est de %2 caractères (elle est imprimée en entier sur chaque page)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="382"/>
        <source>contains a control character or a line break (it is printed as one marking)</source>
        <translation>contient un caractère de contrôle ou un saut de ligne (elle est imprimée comme une seule mention)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="384"/>
        <source>unknown section(s) %1 (choose from %2)</source>
        <translation>section(s) inconnue(s) %1 (choisissez parmi %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="385"/>
        <source>the mission has %1 meetings; a briefing pack holds at most %2 (the limit on meetings per pack)</source>
        <translation>la mission compte %1 réunions ; un dossier de briefing en contient au plus %2 (la limite de réunions par dossier)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="392"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="393"/>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="394"/>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="395"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="396"/>
        <source>leg</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="397"/>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="398"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="399"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="400"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="402"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="403"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="404"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="405"/>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="408"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="409"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="410"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="411"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="412"/>
        <source>Name in native script</source>
        <translation>Nom en écriture locale</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="413"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="414"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="415"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="416"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="417"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="418"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="419"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="420"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="421"/>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="422"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="423"/>
        <source>Home time zone</source>
        <translation>Fuseau horaire de référence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="424"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="425"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="426"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="427"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="428"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="97"/>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="98"/>
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="99"/>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="100"/>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="101"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="103"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="104"/>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="105"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="106"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="108"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="110"/>
        <source>negotiating</source>
        <translation>en négociation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="111"/>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="112"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="113"/>
        <source>terminated</source>
        <translation>résilié</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="30"/>
        <source>S&amp;ync with the server</source>
        <translation>S&amp;ynchroniser avec le serveur</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="32"/>
        <source>Send your changes to the cabinet&apos;s server and bring theirs</source>
        <translation>Envoyer vos modifications au serveur du cabinet et recevoir celles des collègues</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="89"/>
        <source>Not synced: %1.</source>
        <translation>Pas synchronisé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="99"/>
        <source>Sync (%1)</source>
        <translation>Synchroniser (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="100"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="101"/>
        <source>Sync (%n conflict(s) waiting)</source>
        <translation>
            <numerusform>Synchroniser (%n conflit en attente)</numerusform>
            <numerusform>Synchroniser (%n conflits en attente)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="34"/>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="97"/>
        <source>Con&amp;flicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="96"/>
        <source>Con&amp;flicts (%1)…</source>
        <translation>&amp;Conflits (%1)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="63"/>
        <source>Syncing with the server…</source>
        <translation>Synchronisation avec le serveur…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="71"/>
        <source>Synced: %1 received, %2 sent, %3 waiting in Conflicts</source>
        <translation>Synchronisé&#xa0;: %1 reçus, %2 envoyés, %3 en attente dans Conflits</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="82"/>
        <source>The server cannot be reached: your changes are kept and will be sent at the next sync.</source>
        <translation>Le serveur est injoignable&#xa0;: vos modifications sont gardées et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="102"/>
        <source>Sync with the server (Ctrl+Shift+Y)</source>
        <translation>Synchroniser avec le serveur (Ctrl+Maj+Y)</translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="38"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="40"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="43"/>
        <source>Move the point up</source>
        <translation>Monter l’élément</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="44"/>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="48"/>
        <source>Move the point down</source>
        <translation>Descendre l’élément</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="49"/>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="68"/>
        <source>New point</source>
        <translation>Nouvel élément</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="156"/>
        <source>%1 %2 (%3 time)</source>
        <translation>%1 %2 (heure de %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="166"/>
        <source>Departs %1 from %2</source>
        <translation>Départ %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="167"/>
        <source>Arrives %1 in %2</source>
        <translation>Arrivée %1 à %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="169"/>
        <source>Travellers: %1</source>
        <translation>Voyageurs : %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="171"/>
        <source>Recorded on the mission “%1”</source>
        <translation>Enregistré sur la mission « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="174"/>
        <source>Check-in %1</source>
        <translation>Arrivée à l’hôtel %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="175"/>
        <source>Check-out %1</source>
        <translation>Départ de l’hôtel %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="185"/>
        <source>Clocks change: %1 → %2 (%3 h) on arriving with %4</source>
        <translation>Changement d’heure : %1 → %2 (%3 h) à l’arrivée par %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="199"/>
        <source>Nothing to show yet: add travel, legs or meetings to this mission.</source>
        <translation>Rien à afficher pour l’instant : ajoutez des trajets, des étapes ou des réunions à cette mission.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="219"/>
        <source> (home %1 h)</source>
        <translation> (heure de référence %1 h)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="276"/>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="277"/>
        <source>Travel without the lead</source>
        <translation>Voyage sans le chef de mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="278"/>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="279"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="281"/>
        <source>Clocks change</source>
        <translation>Changement d’heure</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="34"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="35"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="36"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="39"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="40"/>
        <source>Reason for the meeting</source>
        <translation>Raison de la réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="41"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="42"/>
        <source>Points to make</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="43"/>
        <source>If raised</source>
        <translation>Si la question est abordée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="44"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="45"/>
        <source>Arrangements</source>
        <translation>Dispositions pratiques</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="46"/>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="47"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="48"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="49"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="50"/>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="53"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="54"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="55"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="56"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="57"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="110"/>
        <source>Translations — %1</source>
        <translation>Traductions — %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="119"/>
        <source>The pack prints the text in the language it is made in; where a box is empty it prints the text as typed, marked. Points to make and key messages: one per line. If raised: one per line, the question, then “—”, then the line to take.</source>
        <translation>Le dossier imprime le texte dans la langue choisie&#xa0;; si une case est vide, il imprime le texte tel que saisi, marqué. Éléments de langage et messages clés&#xa0;: un par ligne. Si la question est abordée&#xa0;: un par ligne, la question, puis «&#xa0;—&#xa0;», puis la ligne à tenir.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="143"/>
        <source>As typed</source>
        <translation>Tel que saisi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="196"/>
        <source>Translations of “%1”</source>
        <translation>Traductions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="217"/>
        <source>The texts the briefing pack prints, in French, Dutch and English (once the record is saved)</source>
        <translation>Les textes que le dossier de briefing imprime, en français, néerlandais et anglais (une fois la fiche enregistrée)</translation>
    </message>
</context>
<context>
    <name>Travel</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="66"/>
        <source>+1 day</source>
        <translation>+1 jour</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="68"/>
        <source>-1 day</source>
        <translation>-1 jour</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="69"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="113"/>
        <source>Travel</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="113"/>
        <source>New travel</source>
        <translation>Nouveau trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="122"/>
        <source>e.g. All Nippon Airways, JR Central</source>
        <translation>p. ex. All Nippon Airways, JR Central</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="124"/>
        <source>e.g. NH 232, Nozomi 21</source>
        <translation>p. ex. NH 232, Nozomi 21</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="128"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="129"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Compagnie</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="130"/>
        <source>N&amp;umber</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="137"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="137"/>
        <source>&amp;Departure (local time)</source>
        <translation>&amp;Départ (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="138"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="138"/>
        <source>&amp;Arrival (local time)</source>
        <translation>&amp;Arrivée (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="140"/>
        <source>City, station or airport</source>
        <translation>Ville, gare ou aéroport</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="142"/>
        <source>e.g. BRU, HND</source>
        <translation>p. ex. BRU, HND</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="149"/>
        <source>e.g. 7/6/2017 12:00</source>
        <translation>p. ex. 7/6/2017 12:00</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="157"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="157"/>
        <source>P&amp;lace</source>
        <translation>L&amp;ieu</translation>
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
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="160"/>
        <source>Time z&amp;one</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="179"/>
        <source>&amp;Booking reference</source>
        <translation>&amp;Référence de réservation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="180"/>
        <source>&amp;Seat</source>
        <translation>&amp;Siège</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="197"/>
        <source>The mission has no lead or delegation yet.</source>
        <translation>La mission n’a pas encore de chef ni de délégation.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="198"/>
        <source>Travellers</source>
        <translation>Voyageurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="200"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="260"/>
        <source>%1 h %2 min under way</source>
        <translation>%1 h %2 min de trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="305"/>
        <source>Add travel %1</source>
        <translation>ajout du trajet %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="312"/>
        <source>Edit travel %1</source>
        <translation>modification du trajet %1</translation>
    </message>
</context>
<context>
    <name>TravelKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="25"/>
        <source>Flight</source>
        <translation>Vol</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="26"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="27"/>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="28"/>
        <source>Boat</source>
        <translation>Bateau</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="29"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>TravelList</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="423"/>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="424"/>
        <source>Departure (local)</source>
        <translation>Départ (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="424"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="425"/>
        <source>Carrier and number</source>
        <translation>Compagnie et numéro</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="425"/>
        <source>Arrival (local)</source>
        <translation>Arrivée (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="426"/>
        <source>Travellers</source>
        <translation>Voyageurs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="435"/>
        <source>&amp;Add travel…</source>
        <translation>&amp;Ajouter un trajet…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="437"/>
        <source>&amp;Edit travel…</source>
        <translation>Modi&amp;fier le trajet…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="439"/>
        <source>&amp;Delete travel</source>
        <translation>&amp;Supprimer le trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="457"/>
        <source>Save the mission first; then add its flights, trains and cars here.</source>
        <translation>Enregistrez d’abord la mission ; ajoutez ensuite ici ses vols, trains et voitures.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="459"/>
        <source>Travellers are chosen among the mission&apos;s lead and delegation as saved.</source>
        <translation>Les voyageurs sont choisis parmi le chef et la délégation de la mission tels qu’enregistrés.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="532"/>
        <source>Delete travel</source>
        <translation>Supprimer le trajet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="533"/>
        <source>Delete the travel %1?</source>
        <translation>Supprimer le trajet %1 ?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="544"/>
        <source>Delete travel %1</source>
        <translation>suppression du trajet %1</translation>
    </message>
</context>
<context>
    <name>UntranslatedNote</name>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="258"/>
        <source>%n text(s) not in French will print as typed:</source>
        <translation>
            <numerusform>%n texte pas en français sera imprimé tel que saisi&#xa0;:</numerusform>
            <numerusform>%n textes pas en français seront imprimés tels que saisis&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="259"/>
        <source>%n text(s) not in Dutch will print as typed:</source>
        <translation>
            <numerusform>%n texte pas en néerlandais sera imprimé tel que saisi&#xa0;:</numerusform>
            <numerusform>%n textes pas en néerlandais seront imprimés tels que saisis&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="260"/>
        <source>%n text(s) not in English will print as typed:</source>
        <translation>
            <numerusform>%n texte pas en anglais sera imprimé tel que saisi&#xa0;:</numerusform>
            <numerusform>%n textes pas en anglais seront imprimés tels que saisis&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="49"/>
        <source>Printed versions: %1</source>
        <translation>Versions imprimées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Printed by</source>
        <translation>Imprimée par</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="56"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="57"/>
        <source>Printed versions</source>
        <translation>Versions imprimées</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="60"/>
        <source>Compare &amp;with</source>
        <translation>Comparer a&amp;vec</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="62"/>
        <source>&amp;Show changes</source>
        <translation>&amp;Afficher les modifications</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="71"/>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="72"/>
        <source>Reading the printed versions…</source>
        <translation>Lecture des versions imprimées…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="85"/>
        <source>Minister&apos;s pack</source>
        <translation>Dossier du ministre</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="85"/>
        <source>Working pack (private office)</source>
        <translation>Dossier de travail (cabinet)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="100"/>
        <source>No pack of this mission has been printed yet.</source>
        <translation>Aucun dossier de cette mission n&apos;a encore été imprimé.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="101"/>
        <source>Choose a version, then the version to compare it with.</source>
        <translation>Choisissez une version, puis celle avec laquelle la comparer.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="115"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="126"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="139"/>
        <source>From version %1 to version %2:</source>
        <translation>De la version %1 à la version %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="140"/>
        <source>No changes from version %1 to version %2.</source>
        <translation>Aucune modification de la version %1 à la version %2.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="143"/>
        <source>(The two were printed in different languages: their texts are not compared.)</source>
        <translation>(Les deux versions ont été imprimées dans des langues différentes&#xa0;: leurs textes ne sont pas comparés.)</translation>
    </message>
</context>
<context>
    <name>ZoneComboBox</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="79"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
</TS>
