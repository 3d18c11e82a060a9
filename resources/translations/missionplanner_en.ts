<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="78" />
            <source>About Mission Planner</source>
            <translation>About Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="89" />
            <source>Plan official missions abroad: meetings across time zones, briefing packs, outcomes and follow-ups.</source>
            <translation>Plan official missions abroad: meetings across time zones, briefing packs, outcomes and follow-ups.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="98" />
            <source>not versioned</source>
            <translation>not versioned</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="102" />
            <source>{revision} (this version of the app expects {head})</source>
            <translation>{revision} (this version of the app expects {head})</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="104" />
            <source>standalone build</source>
            <translation>standalone build</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="104" />
            <source>Python package</source>
            <translation>Python package</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="107" />
            <source>{folder} (set by MISSIONPLANNER_HOME)</source>
            <translation>{folder} (set by MISSIONPLANNER_HOME)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="109" />
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="110" />
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="111" />
            <source>Schema version:</source>
            <translation>Schema version:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="112" />
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="113" />
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="113" />
            <source>Qt {qt}, PySide6 {pyside}</source>
            <translation>Qt {qt}, PySide6 {pyside}</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="115" />
            <source>Python:</source>
            <translation>Python:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="117" />
            <source>Licence:</source>
            <translation>Licence:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="117" />
            <source>MIT</source>
            <translation>MIT</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="135" />
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="137" />
            <source>Copy these details to the clipboard, e.g. for a support request</source>
            <translation>Copy these details to the clipboard, e.g. for a support request</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="154" />
            <source>{family} ({script}): {licence}</source>
            <translation>{family} ({script}): {licence}</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="161" />
            <source>No fonts are shipped with this installation. Briefing packs use the fonts installed on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.</source>
            <translation>No fonts are shipped with this installation. Briefing packs use the fonts installed on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/about_dialog.py" line="166" />
            <source>Fonts in {folder} ({variable}) are used first.</source>
            <translation>Fonts in {folder} ({variable}) are used first.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="48" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="50" />
            <source>&amp;Mission:</source>
            <translation>&amp;Mission:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="61" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="66" />
            <source>Scheduling problems</source>
            <translation>Scheduling problems</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="71" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="72" />
            <source>&amp;New meeting…</source>
            <translation>&amp;New meeting…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="74" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="76" />
            <source>&amp;Log outcome…</source>
            <translation>&amp;Log outcome…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="78" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="144" />
            <source>Home time: %1</source>
            <translation>Home time: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="160" />
            <source>Problems (checking…)</source>
            <translation>Problems (checking…)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="180" />
            <source>Problems: the scheduling checks are not installed</source>
            <translation>Problems: the scheduling checks are not installed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="182" />
            <source>Problems: the checks failed (%1)</source>
            <translation>Problems: the checks failed (%1)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="193" />
            <source>Problems: %1 error(s), %2 warning(s)</source>
            <translation>Problems: %1 error(s), %2 warning(s)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="194" />
            <source>No scheduling problems</source>
            <translation>No scheduling problems</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="202" />
            <source>%1: %2</source>
            <comment>problem kind: what is wrong</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="60" />
            <source>Edit agreement</source>
            <translation>Edit agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="60" />
            <source>New agreement</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="70" />
            <source>Date approximate</source>
            <translation>Date approximate</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="89" />
            <source>Signatories</source>
            <translation>Signatories</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="94" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="94" />
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="95" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="95" />
            <source>Si&amp;gned on</source>
            <translation>Si&amp;gned on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="97" />
            <source>E&amp;xpires on</source>
            <translation>E&amp;xpires on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="97" />
            <source>S&amp;cope</source>
            <translation>S&amp;cope</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="98" />
            <source>&amp;Parties</source>
            <translation>&amp;Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="99" />
            <source>Signat&amp;ories</source>
            <translation>Signat&amp;ories</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="100" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="158" />
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="159" />
            <source>Filter agreements</source>
            <translation>Filter agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="164" />
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="173" />
            <source>Agreement details</source>
            <translation>Agreement details</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="174" />
            <source>&amp;New agreement…</source>
            <translation>&amp;New agreement…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="176" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="178" />
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="179" />
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="295" />
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="305" />
            <source>Delete agreement</source>
            <translation>Delete agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="181" />
            <source>&amp;Delete agreement…</source>
            <translation>&amp;Delete agreement…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="183" />
            <source>&amp;Edit agreement…</source>
            <translation>&amp;Edit agreement…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="190" />
            <source>&amp;Attach document…</source>
            <translation>&amp;Attach document…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="192" />
            <source>&amp;Open document</source>
            <translation>&amp;Open document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="237" />
            <source>Attach the agreement's document</source>
            <translation>Attach the agreement's document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="238" />
            <source>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</source>
            <translation>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="244" />
            <source>Attach document</source>
            <translation>Attach document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="263" />
            <source>create agreement “%1”</source>
            <translation>create agreement “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="277" />
            <source>edit agreement “%1”</source>
            <translation>edit agreement “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="290" />
            <source>Delete the agreement “%1”?

Its links to %2 part(ies) and %3 signator(ies) and its %4 attached document(s) go with it; the organizations and people stay. You can undo it with Edit ▸ Undo.</source>
            <translation>Delete the agreement “%1”?

Its links to %2 part(ies) and %3 signator(ies) and its %4 attached document(s) go with it; the organizations and people stay. You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="297" />
            <source>delete agreement “%1”</source>
            <translation>delete agreement “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="313" />
            <source>approximate</source>
            <translation>approximate</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="314" />
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="315" />
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="316" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="317" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="318" />
            <source>Signatories</source>
            <translation>Signatories</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="347" />
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
            <translation>%1 follow-up(s) overdue, %2 due today.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/reminders.py" line="60" />
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="57" />
            <source>Duplicate people</source>
            <translation>Duplicate people</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="64" />
            <source>Likely duplicate people</source>
            <translation>Likely duplicate people</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="67" />
            <source>&amp;Merge (keep the first)</source>
            <translation>&amp;Merge (keep the first)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="69" />
            <source>&amp;Undo last merge</source>
            <translation>&amp;Undo last merge</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="88" />
            <source>%n likely duplicate pair(s). Merging keeps every meeting, affiliation and follow-up of both.</source>
            <translation>
                <numerusform>%n likely duplicate pair. Merging keeps every meeting, affiliation and follow-up of both.</numerusform>
                <numerusform>%n likely duplicate pairs. Merging keeps every meeting, affiliation and follow-up of both.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="369" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="370" />
            <source>You have unsaved changes. Discard them?</source>
            <translation>You have unsaved changes. Discard them?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="156" />
            <source>Changed elsewhere</source>
            <translation>Changed elsewhere</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="157" />
            <source>%1

Reload it? Your unsaved changes in this window will be lost.</source>
            <translation>%1

Reload it? Your unsaved changes in this window will be lost.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="66" />
            <source>No mission</source>
            <translation>No mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="66" />
            <source>Select a mission first.</source>
            <translation>Select a mission first.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="72" />
            <source>Import mission file</source>
            <translation>Import mission file</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="73" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="92" />
            <source>Mission files (*.json)</source>
            <translation>Mission files (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="76" />
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="78" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="120" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="136" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="146" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="157" />
            <source>Import failed</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="81" />
            <source>Imported “%1”</source>
            <translation>Imported “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="91" />
            <source>Export mission file</source>
            <translation>Export mission file</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="95" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="107" />
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="96" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="108" />
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="103" />
            <source>Export calendar</source>
            <translation>Export calendar</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="104" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="115" />
            <source>Calendars (*.ics)</source>
            <translation>Calendars (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="114" />
            <source>Import calendar into “%1”</source>
            <translation>Import calendar into “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="123" />
            <source>Importing this calendar into “%1” would create %2 meeting(s), update %3, leave %4 unchanged and skip %5. Import it?</source>
            <translation>Importing this calendar into “%1” would create %2 meeting(s), update %3, leave %4 unchanged and skip %5. Import it?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="128" />
            <source>%1 of the updated meeting(s) will be marked cancelled: the calendar cancels them or no longer holds them. They are kept, not deleted.</source>
            <translation>%1 of the updated meeting(s) will be marked cancelled: the calendar cancels them or no longer holds them. They are kept, not deleted.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="131" />
            <source>Import calendar</source>
            <translation>Import calendar</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="134" />
            <source>%1 meeting(s) created, %2 updated</source>
            <translation>%1 meeting(s) created, %2 updated</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="140" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="152" />
            <source>Import contacts</source>
            <translation>Import contacts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="141" />
            <source>Contacts (*.csv *.xlsx)</source>
            <translation>Contacts (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="149" />
            <source>This file would add %1 person(s) and %2 organization(s); %3 person(s) are already known. Import it?</source>
            <translation>This file would add %1 person(s) and %2 organization(s); %3 person(s) are already known. Import it?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="155" />
            <source>%1 person(s) added</source>
            <translation>%1 person(s) added</translation>
        </message>
    </context>
    <context>
        <name>FollowupEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="69" />
            <source>Edit follow-up</source>
            <translation>Edit follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="73" />
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="96" />
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="97" />
            <source>&amp;Owner</source>
            <translation>&amp;Owner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="98" />
            <source>&amp;Due on</source>
            <translation>&amp;Due on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="99" />
            <source>&amp;Recurrence</source>
            <translation>&amp;Recurrence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="100" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
    </context>
    <context>
        <name>FollowupsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="158" />
            <source>Filter by mission</source>
            <translation>Filter by mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="160" />
            <source>Filter by owner</source>
            <translation>Filter by owner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="162" />
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="163" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="164" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="165" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="166" />
            <location filename="../../src/missionplanner/ui/followups_page.py" line="235" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="167" />
            <source>Due from</source>
            <translation>Due from</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="168" />
            <source>Due until</source>
            <translation>Due until</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="178" />
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="179" />
            <location filename="../../src/missionplanner/ui/followups_page.py" line="200" />
            <source>Mark &amp;done</source>
            <translation>Mark &amp;done</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="182" />
            <source>&amp;Snooze</source>
            <translation>&amp;Snooze</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="185" />
            <source>Until tomorrow</source>
            <translation>Until tomorrow</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="185" />
            <source>For three days</source>
            <translation>For three days</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="186" />
            <source>For a week</source>
            <translation>For a week</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="186" />
            <source>For a month</source>
            <translation>For a month</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="189" />
            <location filename="../../src/missionplanner/ui/followups_page.py" line="202" />
            <source>&amp;Reopen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="191" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="192" />
            <source>Edit follow-up</source>
            <translation>Edit follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="193" />
            <source>Change the selected follow-up (Enter, F2 or double-click)</source>
            <translation>Change the selected follow-up (Enter, F2 or double-click)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="196" />
            <source>&amp;Edit follow-up…</source>
            <translation>&amp;Edit follow-up…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="208" />
            <source>Mission:</source>
            <translation>Mission:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="208" />
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="209" />
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="209" />
            <source>Due from:</source>
            <translation>Due from:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="210" />
            <source>until:</source>
            <translation>until:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="274" />
            <source>%1 follow-up(s) shown, %2 overdue; %3 overdue in all</source>
            <translation>%1 follow-up(s) shown, %2 overdue; %3 overdue in all</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="296" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="313" />
            <source>edit follow-up “%1”</source>
            <translation>edit follow-up “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="321" />
            <source>mark follow-up “%1” done</source>
            <translation>mark follow-up “%1” done</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="336" />
            <source>reopen follow-up “%1”</source>
            <translation>reopen follow-up “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="342" />
            <source>snooze follow-up “%1”</source>
            <translation>snooze follow-up “%1”</translation>
        </message>
    </context>
    <context>
        <name>FreeSlotDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="127" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="130" />
            <source>Free slots</source>
            <translation>Free slots</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="138" />
            <source>Free slots of at least %1 minutes; the meeting starts at the beginning of the slot you pick.</source>
            <translation>Free slots of at least %1 minutes; the meeting starts at the beginning of the slot you pick.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="140" />
            <source>No free slot of %1 minutes that day.</source>
            <translation>No free slot of %1 minutes that day.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="35" />
            <source>History: %1</source>
            <translation>History: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="40" />
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="43" />
            <source>No recorded changes.</source>
            <translation>No recorded changes.</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="82" />
            <source>Official mission</source>
            <translation>Official mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="83" />
            <source>Economic mission</source>
            <translation>Economic mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="84" />
            <source>State visit</source>
            <translation>State visit</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="85" />
            <source>Trade fair</source>
            <translation>Trade fair</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="86" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="54" />
            <source>Leg</source>
            <translation>Leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="54" />
            <source>New leg</source>
            <translation>New leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="75" />
            <source>&amp;City</source>
            <translation>&amp;City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="76" />
            <source>City in native script</source>
            <translation>City in native script</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="77" />
            <source>C&amp;ountry (ISO code)</source>
            <translation>C&amp;ountry (ISO code)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="78" />
            <source>Time &amp;zone</source>
            <translation>Time &amp;zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="79" />
            <source>&amp;Arrival (local time)</source>
            <translation>&amp;Arrival (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="80" />
            <source>&amp;Departure (local time)</source>
            <translation>&amp;Departure (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="81" />
            <source>&amp;Hotel</source>
            <translation>&amp;Hotel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="82" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="111" />
            <source>the departure must come after the arrival</source>
            <translation>the departure must come after the arrival</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="542" />
            <source>Finishing the work in progress…</source>
            <translation>Finishing the work in progress…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="63" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="820" />
            <source>Mission Planner</source>
            <translation>Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="258" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="80" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="98" />
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="127" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="130" />
            <source>Opening the database…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="282" />
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="381" />
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="381" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="381" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="381" />
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="382" />
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="389" />
            <source>Follow-ups (%1 overdue)</source>
            <translation>Follow-ups (%1 overdue)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="392" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="483" />
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="412" />
            <source>&amp;New mission…</source>
            <translation>&amp;New mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="414" />
            <source>Create a mission</source>
            <translation>Create a mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="415" />
            <source>New &amp;meeting…</source>
            <translation>New &amp;meeting…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="417" />
            <source>Schedule a meeting in the current mission</source>
            <translation>Schedule a meeting in the current mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="418" />
            <source>&amp;Import mission file…</source>
            <translation>&amp;Import mission file…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="420" />
            <source>&amp;Export mission file…</source>
            <translation>&amp;Export mission file…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="422" />
            <source>Import &amp;calendar (.ics)…</source>
            <translation>Import &amp;calendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="423" />
            <source>Export calen&amp;dar (.ics)…</source>
            <translation>Export calen&amp;dar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="424" />
            <source>Import con&amp;tacts (CSV, XLSX)…</source>
            <translation>Import con&amp;tacts (CSV, XLSX)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="426" />
            <source>&amp;Briefing pack…</source>
            <translation>&amp;Briefing pack…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="428" />
            <source>&amp;Outcome report…</source>
            <translation>&amp;Outcome report…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="430" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="431" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="431" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="438" />
            <source>&amp;Search…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="440" />
            <source>Search everything</source>
            <translation>Search everything</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="441" />
            <source>Edit &amp;mission…</source>
            <translation>Edit &amp;mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="443" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="446" />
            <source>&amp;Log outcome…</source>
            <translation>&amp;Log outcome…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="448" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="450" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="452" />
            <source>&amp;About Mission Planner</source>
            <translation>&amp;About Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="472" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="477" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="481" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="487" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="491" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="658" />
            <source>create mission “%1”</source>
            <translation>create mission “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="663" />
            <source>edit mission “%1”</source>
            <translation>edit mission “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="675" />
            <source>Delete the mission “%1”?

This also deletes its %2 leg(s), %3 meeting(s) and %4 follow-up(s). You can undo it with Edit ▸ Undo.</source>
            <translation>Delete the mission “%1”?

This also deletes its %2 leg(s), %3 meeting(s) and %4 follow-up(s). You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="679" />
            <source>Delete mission</source>
            <translation>Delete mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="682" />
            <source>delete mission “%1”</source>
            <translation>delete mission “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="703" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="707" />
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="703" />
            <source>Create a mission first.</source>
            <translation>Create a mission first.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="708" />
            <source>Add a leg (a city with its time zone) to the mission first.</source>
            <translation>Add a leg (a city with its time zone) to the mission first.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="735" />
            <source>schedule “%1”</source>
            <translation>schedule “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="740" />
            <source>edit meeting “%1”</source>
            <translation>edit meeting “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="752" />
            <source>Delete the meeting “%1”?

Its %2 follow-up(s) go with it. You can undo it with Edit ▸ Undo.</source>
            <translation>Delete the meeting “%1”?

Its %2 follow-up(s) go with it. You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="754" />
            <source>Delete meeting</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="757" />
            <source>delete meeting “%1”</source>
            <translation>delete meeting “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="788" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="788" />
            <source>Select a mission first.</source>
            <translation>Select a mission first.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="43" />
            <source>Welcome to Mission Planner</source>
            <translation>Welcome to Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="44" />
            <source>The database is empty. Load the demo missions (Japan 2016 and 2017, South Korea 2017) to look around?</source>
            <translation>The database is empty. Load the demo missions (Japan 2016 and 2017, South Korea 2017) to look around?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="49" />
            <source>Loading the demo missions…</source>
            <translation>Loading the demo missions…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="68" />
            <source>Demo missions loaded</source>
            <translation>Demo missions loaded</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="128" />
            <source>The database could not be opened:
%1</source>
            <translation>The database could not be opened:
%1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/app.py" line="159" />
            <source>Mission Planner was not closed properly last time, and the database check found problems:
%1

Use Tools &gt; Check and repair the database, or restore a backup.</source>
            <translation>Mission Planner was not closed properly last time, and the database check found problems:
%1

Use Tools &gt; Check and repair the database, or restore a backup.</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="180" />
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="180" />
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="204" />
            <source>e.g. 9/6/2017 10:00 or 9 juin 14h30</source>
            <translation>e.g. 9/6/2017 10:00 or 9 juin 14h30</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="214" />
            <source>Find a free &amp;slot…</source>
            <translation>Find a free &amp;slot…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="223" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="224" />
            <source>&amp;City</source>
            <translation>&amp;City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="225" />
            <source>&amp;Venue</source>
            <translation>&amp;Venue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="226" />
            <source>Addr&amp;ess</source>
            <translation>Addr&amp;ess</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="227" />
            <source>&amp;Starts (local time)</source>
            <translation>&amp;Starts (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="228" />
            <source>E&amp;nds (local time)</source>
            <translation>E&amp;nds (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="229" />
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="231" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="237" />
            <source>Counterparts</source>
            <translation>Counterparts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="233" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="238" />
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="246" />
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="247" />
            <source>Who asked for the meeting</source>
            <translation>Who asked for the meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="249" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="266" />
            <source>Talking points</source>
            <translation>Talking points</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="252" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="252" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="260" />
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="253" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="268" />
            <source>Background</source>
            <translation>Background</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="254" />
            <source>Arrangements</source>
            <translation>Arrangements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="258" />
            <source>Reason for the meeting</source>
            <translation>Reason for the meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="262" />
            <source>Re&amp;quested by</source>
            <translation>Re&amp;quested by</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="270" />
            <source>Arrangements (interpreter, dress code, gifts)</source>
            <translation>Arrangements (interpreter, dress code, gifts)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="273" />
            <source>&amp;People</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="274" />
            <source>&amp;Brief</source>
            <translation>&amp;Brief</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="277" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="280" />
            <source>Conflicts with this meeting</source>
            <translation>Conflicts with this meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="353" />
            <source>= %1 in %2</source>
            <translation>= %1 in %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="402" />
            <source>(new meeting)</source>
            <translation>(new meeting)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="433" />
            <source>%1: %2</source>
            <comment>problem kind: what is wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="439" />
            <source>Conflicts: %1 error(s), %2 warning(s)</source>
            <translation>Conflicts: %1 error(s), %2 warning(s)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="537" />
            <source>Changed elsewhere</source>
            <translation>Changed elsewhere</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="538" />
            <source>%1

Reload the meeting? Your unsaved changes in this window will be lost.</source>
            <translation>%1

Reload the meeting? Your unsaved changes in this window will be lost.</translation>
        </message>
    </context>
    <context>
        <name>MissionEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="129" />
            <source>Edit mission</source>
            <translation>Edit mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="129" />
            <source>New mission</source>
            <translation>New mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="151" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="153" />
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="161" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="162" />
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="163" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="164" />
            <source>S&amp;tart</source>
            <translation>S&amp;tart</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="165" />
            <source>&amp;End</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="166" />
            <source>&amp;Home time zone</source>
            <translation>&amp;Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="167" />
            <source>&amp;Objectives</source>
            <translation>&amp;Objectives</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="168" />
            <source>&amp;Lead</source>
            <translation>&amp;Lead</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="169" />
            <source>Dele&amp;gation</source>
            <translation>Dele&amp;gation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="175" />
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="189" />
            <source>Legs</source>
            <translation>Legs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="178" />
            <source>&amp;Add leg…</source>
            <translation>&amp;Add leg…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="180" />
            <source>Ed&amp;it leg…</source>
            <translation>Ed&amp;it leg…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="182" />
            <source>&amp;Remove leg</source>
            <translation>&amp;Remove leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="313" />
            <source>removed leg</source>
            <translation>removed leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="332" />
            <source>Leg %1: %2</source>
            <translation>Leg %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="339" />
            <source>Changed elsewhere</source>
            <translation>Changed elsewhere</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="340" />
            <source>%1

Reload the mission? Your unsaved changes in this window will be lost.</source>
            <translation>%1

Reload the mission? Your unsaved changes in this window will be lost.</translation>
        </message>
    </context>
    <context>
        <name>MissionsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="49" />
            <location filename="../../src/missionplanner/ui/missions_page.py" line="50" />
            <source>Filter missions</source>
            <translation>Filter missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="55" />
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="73" />
            <source>Mission summary</source>
            <translation>Mission summary</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="75" />
            <source>&amp;New mission…</source>
            <translation>&amp;New mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="77" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="79" />
            <source>Open &amp;agenda</source>
            <translation>Open &amp;agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="81" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="171" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="172" />
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="173" />
            <source>Legs</source>
            <translation>Legs</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/missions_page.py" line="191" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/missions_page.py" line="192" />
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="168" />
            <location filename="../../src/missionplanner/ui/models.py" line="380" />
            <location filename="../../src/missionplanner/ui/models.py" line="410" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="168" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="169" />
            <source>Cities</source>
            <translation>Cities</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="169" />
            <location filename="../../src/missionplanner/ui/models.py" line="398" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="170" />
            <location filename="../../src/missionplanner/ui/models.py" line="218" />
            <location filename="../../src/missionplanner/ui/models.py" line="411" />
            <location filename="../../src/missionplanner/ui/models.py" line="436" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="191" />
            <location filename="../../src/missionplanner/ui/models.py" line="399" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="191" />
            <location filename="../../src/missionplanner/ui/models.py" line="398" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="192" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="192" />
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="193" />
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="216" />
            <source>Local time</source>
            <translation>Local time</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="216" />
            <source>Home time</source>
            <translation>Home time</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="217" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="217" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="218" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="274" />
            <source>no meetings</source>
            <translation>no meetings</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="379" />
            <location filename="../../src/missionplanner/ui/models.py" line="397" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="379" />
            <location filename="../../src/missionplanner/ui/models.py" line="397" />
            <source>Native name</source>
            <translation>Native name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="380" />
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="410" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="411" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="434" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="434" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="435" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="435" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="442" />
            <source>%1 (overdue)</source>
            <translation>%1 (overdue)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="459" />
            <source>From the meeting: %1</source>
            <translation>From the meeting: %1</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="252" />
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="258" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="264" />
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="265" />
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="266" />
            <source>Name in native script</source>
            <translation>Name in native script</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="267" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="268" />
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="291" />
            <source>create person “%1”</source>
            <translation>create person “%1”</translation>
        </message>
    </context>
    <context>
        <name>OrgKind</name>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="91" />
            <source>government</source>
            <translation>government</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="92" />
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="93" />
            <source>prefecture</source>
            <translation>prefecture</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="94" />
            <source>company</source>
            <translation>company</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="95" />
            <source>chamber of commerce</source>
            <translation>chamber of commerce</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="96" />
            <source>district</source>
            <translation>district</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="97" />
            <source>embassy</source>
            <translation>embassy</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="98" />
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="99" />
            <source>university</source>
            <translation>university</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="100" />
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>OrganizationEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="254" />
            <source>Edit organization: %1</source>
            <translation>Edit organization: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="255" />
            <source>New organization</source>
            <translation>New organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="264" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="265" />
            <source>Name in &amp;native script</source>
            <translation>Name in &amp;native script</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="266" />
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="267" />
            <source>C&amp;ountry (ISO code)</source>
            <translation>C&amp;ountry (ISO code)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="268" />
            <source>&amp;City</source>
            <translation>&amp;City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="269" />
            <source>&amp;Address</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="270" />
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="271" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="272" />
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="273" />
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
    </context>
    <context>
        <name>OrganizationsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="328" />
            <location filename="../../src/missionplanner/ui/people_page.py" line="329" />
            <source>Filter organizations</source>
            <translation>Filter organizations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="336" />
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="345" />
            <source>Organization details</source>
            <translation>Organization details</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="346" />
            <source>&amp;Edit organization…</source>
            <translation>&amp;Edit organization…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="347" />
            <source>Change the selected organization (Enter, F2 or double-click)</source>
            <translation>Change the selected organization (Enter, F2 or double-click)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="349" />
            <source>&amp;New organization…</source>
            <translation>&amp;New organization…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="371" />
            <source>Delete %1?

The %2 affiliation(s) of its people go with it (the people stay), and it leaves %3 agreement(s) as a party. You can undo it with Edit ▸ Undo.</source>
            <translation>Delete %1?

The %2 affiliation(s) of its people go with it (the people stay), and it leaves %3 agreement(s) as a party. You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="376" />
            <source>delete organization “%1”</source>
            <translation>delete organization “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="377" />
            <source>Delete organization</source>
            <translation>Delete organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="397" />
            <source>create organization “%1”</source>
            <translation>create organization “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="404" />
            <source>edit organization “%1”</source>
            <translation>edit organization “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="441" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="441" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="442" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="442" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="443" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="443" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="444" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="444" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="449" />
            <source>People</source>
            <translation>People</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="32" />
            <source>Once</source>
            <translation>Once</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="33" />
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="34" />
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="35" />
            <source>Monthly, 3 times</source>
            <translation>Monthly, 3 times</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="36" />
            <source>Every quarter</source>
            <translation>Every quarter</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="37" />
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="48" />
            <source>Log outcome: %1</source>
            <translation>Log outcome: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="57" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="60" />
            <source>Decisions, one per line</source>
            <translation>Decisions, one per line</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="63" />
            <source>New follow-ups</source>
            <translation>New follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="64" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="64" />
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="107" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="64" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="65" />
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="120" />
            <source>Recurrence</source>
            <translation>Recurrence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="73" />
            <source>&amp;Add follow-up</source>
            <translation>&amp;Add follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="75" />
            <source>&amp;Remove follow-up</source>
            <translation>&amp;Remove follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="88" />
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="88" />
            <source>&amp;Decisions (one per line)</source>
            <translation>&amp;Decisions (one per line)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="90" />
            <source>New &amp;follow-ups</source>
            <translation>New &amp;follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="96" />
            <source>Saving marks the meeting as held.</source>
            <translation>Saving marks the meeting as held.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="108" />
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="117" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="155" />
            <source>Changed elsewhere</source>
            <translation>Changed elsewhere</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="165" />
            <source>log outcome of “%1”</source>
            <translation>log outcome of “%1”</translation>
        </message>
    </context>
    <context>
        <name>PeopleAndOrganizations</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="109" />
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="111" />
            <source>Delete the selected entry</source>
            <translation>Delete the selected entry</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="177" />
            <source>Filter people by name (either script), title or organization</source>
            <translation>Filter people by name (either script), title or organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="178" />
            <source>Filter people</source>
            <translation>Filter people</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="186" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="189" />
            <source>Person details</source>
            <translation>Person details</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="190" />
            <source>&amp;Edit person…</source>
            <translation>&amp;Edit person…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="191" />
            <source>Change the selected person's names, title, organization or contacts (Enter, F2 or double-click)</source>
            <translation>Change the selected person's names, title, organization or contacts (Enter, F2 or double-click)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="193" />
            <source>&amp;New person…</source>
            <translation>&amp;New person…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="216" />
            <source>Delete %1?

They leave %2 meeting(s), %3 mission delegation(s) and %4 agreement signature(s), with their %5 affiliation(s). %6 follow-up(s) they own and %7 mission(s) they lead stay, without them. You can undo it with Edit ▸ Undo.</source>
            <translation>Delete %1?

They leave %2 meeting(s), %3 mission delegation(s) and %4 agreement signature(s), with their %5 affiliation(s). %6 follow-up(s) they own and %7 mission(s) they lead stay, without them. You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="224" />
            <source>delete person “%1”</source>
            <translation>delete person “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="225" />
            <source>Delete person</source>
            <translation>Delete person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="239" />
            <source>create person “%1”</source>
            <translation>create person “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="246" />
            <source>edit person “%1”</source>
            <translation>edit person “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="277" />
            <source>Affiliations</source>
            <translation>Affiliations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="278" />
            <source>Biography</source>
            <translation>Biography</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="279" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="280" />
            <source>No meetings, agreements or follow-ups yet.</source>
            <translation>No meetings, agreements or follow-ups yet.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="291" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="291" />
            <source>Form of address</source>
            <translation>Form of address</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="292" />
            <source>Pronunciation</source>
            <translation>Pronunciation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="292" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="293" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="308" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="308" />
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="309" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="180" />
            <source>Edit person: %1</source>
            <translation>Edit person: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="181" />
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="184" />
            <source>Given name first</source>
            <translation>Given name first</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="185" />
            <source>Family name first</source>
            <translation>Family name first</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="186" />
            <source>Japanese, Korean and Chinese names put the family name first</source>
            <translation>Japanese, Korean and Chinese names put the family name first</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="191" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="196" />
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="198" />
            <source>&amp;Given name</source>
            <translation>&amp;Given name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="199" />
            <source>&amp;Family name</source>
            <translation>&amp;Family name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="200" />
            <source>Name in &amp;native script</source>
            <translation>Name in &amp;native script</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="201" />
            <source>Name &amp;order</source>
            <translation>Name &amp;order</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="202" />
            <source>&amp;Pronunciation</source>
            <translation>&amp;Pronunciation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="203" />
            <source>Form of &amp;address</source>
            <translation>Form of &amp;address</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="207" />
            <source>Position and contacts</source>
            <translation>Position and contacts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="209" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="210" />
            <source>&amp;Honorific</source>
            <translation>&amp;Honorific</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="211" />
            <source>Organi&amp;zation</source>
            <translation>Organi&amp;zation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="212" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="213" />
            <source>&amp;Mobile</source>
            <translation>&amp;Mobile</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="214" />
            <source>P&amp;hone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="219" />
            <source>&amp;Biography</source>
            <translation>&amp;Biography</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_editor.py" line="220" />
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="149" />
            <source>Type a name to add…</source>
            <translation>Type a name to add…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="150" />
            <source>Search people to add to %1</source>
            <translation>Search people to add to %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="164" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="165" />
            <source>Remove the selected person from %1</source>
            <translation>Remove the selected person from %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="167" />
            <source>New person…</source>
            <translation>New person…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="73" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="75" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="76" />
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="82" />
            <source>Home time zone</source>
            <translation>Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="86" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="88" />
            <source>&amp;Home time zone</source>
            <translation>&amp;Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="92" />
            <source>A new language applies when Mission Planner starts again; you can restart it right away.</source>
            <translation>A new language applies when Mission Planner starts again; you can restart it right away.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="120" />
            <source>Restart Mission Planner</source>
            <translation>Restart Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="121" />
            <source>The new language applies after a restart. Restart now to apply it?

Open editors ask about unsaved changes first.</source>
            <translation>The new language applies after a restart. Restart now to apply it?

Open editors ask about unsaved changes first.</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="34" />
            <source>Cover</source>
            <translation>Cover</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="35" />
            <source>Table of contents</source>
            <translation>Table of contents</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="36" />
            <source>Overview, delegation and logistics</source>
            <translation>Overview, delegation and logistics</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="37" />
            <source>Day-by-day itinerary</source>
            <translation>Day-by-day itinerary</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="38" />
            <source>One brief per meeting</source>
            <translation>One brief per meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="39" />
            <source>People and organizations annex</source>
            <translation>People and organizations annex</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="73" />
            <source>Briefing pack</source>
            <translation>Briefing pack</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="73" />
            <source>Outcome report</source>
            <translation>Outcome report</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="81" />
            <source>RESTRICTED</source>
            <translation>RESTRICTED</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="81" />
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIAL</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="84" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="85" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="91" />
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="96" />
            <source>Open the PDF when it is ready</source>
            <translation>Open the PDF when it is ready</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="99" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="100" />
            <source>&amp;Classification</source>
            <translation>&amp;Classification</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="101" />
            <source>&amp;Paper</source>
            <translation>&amp;Paper</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="101" />
            <source>&amp;Home time zone</source>
            <translation>&amp;Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="106" />
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="107" />
            <source>&amp;Save as</source>
            <translation>&amp;Save as</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="120" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="126" />
            <source>&amp;Generate</source>
            <translation>&amp;Generate</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="138" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="152" />
            <source>Choose where to save the PDF.</source>
            <translation>Choose where to save the PDF.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="157" />
            <source>Generating…</source>
            <translation>Generating…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="158" />
            <source>Generating the PDF…</source>
            <translation>Generating the PDF…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="158" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="187" />
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="189" />
            <source>Warnings:</source>
            <translation>Warnings:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="200" />
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/print_dialog.py" line="202" />
            <source>This document cannot be produced by this version (%1).</source>
            <translation>This document cannot be produced by this version (%1).</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="326" />
            <source>overlap</source>
            <translation>overlap</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="327" />
            <source>travel time</source>
            <translation>travel time</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="328" />
            <source>outside the leg</source>
            <translation>outside the leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="329" />
            <source>after hours</source>
            <translation>after hours</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="330" />
            <source>public holiday</source>
            <translation>public holiday</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="331" />
            <source>soon after arrival</source>
            <translation>soon after arrival</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="153" />
            <source>%1 cannot be in two meetings at once: %2 and %3 overlap</source>
            <translation>%1 cannot be in two meetings at once: %2 and %3 overlap</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="154" />
            <source>%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7</source>
            <translation>%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="156" />
            <source>%1 is outside the stay in %2 (%3)</source>
            <translation>%1 is outside the stay in %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="157" />
            <source>%1 is in %2, where the mission does not go (legs: %3)</source>
            <translation>%1 is in %2, where the mission does not go (legs: %3)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="158" />
            <source>%1 starts %2 after arriving in %3 (%4); allow at least %5</source>
            <translation>%1 starts %2 after arriving in %3 (%4); allow at least %5</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="159" />
            <source>%1 is outside local business hours (%2–%3)</source>
            <translation>%1 is outside local business hours (%2–%3)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="160" />
            <source>%1 falls on a public holiday in %2: %3</source>
            <translation>%1 falls on a public holiday in %2: %3</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="163" />
            <source>“%1” (%2–%3 %4 time)</source>
            <translation>“%1” (%2–%3 %4 time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="164" />
            <source>“%1” (%2–%3 %4 time, mission “%5”)</source>
            <translation>“%1” (%2–%3 %4 time, mission “%5”)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="165" />
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="166" />
            <source>%1 and %2</source>
            <translation>%1 and %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="167" />
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="168" />
            <source>%1 h %2</source>
            <translation>%1 h %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="169" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="170" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="122" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="123" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="124" />
            <source>&amp;Check and repair the database</source>
            <translation>&amp;Check and repair the database</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="125" />
            <source>&amp;History of the selected record…</source>
            <translation>&amp;History of the selected record…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="126" />
            <source>Find d&amp;uplicate people…</source>
            <translation>Find d&amp;uplicate people…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="127" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="141" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="153" />
            <source>Find d&amp;uplicates…</source>
            <translation>Find d&amp;uplicates…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="154" />
            <source>Find duplicate people</source>
            <translation>Find duplicate people</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="174" />
            <source>Back up the database</source>
            <translation>Back up the database</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="176" />
            <source>Mission Planner database (*.sqlite)</source>
            <translation>Mission Planner database (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="179" />
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="183" />
            <source>Backup written to %1</source>
            <translation>Backup written to %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="186" />
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="191" />
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="200" />
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="187" />
            <source>Mission Planner database (*.sqlite);;All files (*)</source>
            <translation>Mission Planner database (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="192" />
            <source>Replace all current data with the backup %1? The current data is saved first and can be restored in turn.</source>
            <translation>Replace all current data with the backup %1? The current data is saved first and can be restored in turn.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="201" />
            <source>Restored. The data it replaced is saved in %1.</source>
            <translation>Restored. The data it replaced is saved in %1.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="205" />
            <source>Checking the database…</source>
            <translation>Checking the database…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="211" />
            <source>Integrity check: %1</source>
            <translation>Integrity check: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="212" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="212" />
            <source>FAILED</source>
            <translation>FAILED</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="213" />
            <source>Links to deleted records: %1 found, %2 removed</source>
            <translation>Links to deleted records: %1 found, %2 removed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="215" />
            <source>Fixed: %1</source>
            <translation>Fixed: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="216" />
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="218" />
            <source>No problems left.</source>
            <translation>No problems left.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="220" />
            <source>Check and repair the database</source>
            <translation>Check and repair the database</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="237" />
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="243" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="243" />
            <source>organization</source>
            <translation>organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="247" />
            <source>agreement</source>
            <translation>agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="250" />
            <source>follow-up</source>
            <translation>follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="257" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/safety_actions.py" line="257" />
            <source>Select a record first.</source>
            <translation>Select a record first.</translation>
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
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="16" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="17" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="18" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="19" />
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="20" />
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="34" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="38" />
            <source>Search missions, meetings, people, organizations, agreements</source>
            <translation>Search missions, meetings, people, organizations, agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="39" />
            <source>Search text</source>
            <translation>Search text</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="43" />
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="100" />
            <source>%1 result(s)</source>
            <translation>%1 result(s)</translation>
        </message>
    </context>
    <context>
        <name>ServiceMessages</name>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="23" />
            <source>is required and may not be empty</source>
            <translation>is required and may not be empty</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="24" />
            <source>is required</source>
            <translation>is required</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="25" />
            <source>is required (YYYY-MM-DD)</source>
            <translation>is required (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="26" />
            <source>expected text, got %1</source>
            <translation>expected text, got %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="27" />
            <source>contains the control character U+%1 at position %2; only tab and newline are allowed in text</source>
            <translation>contains the control character U+%1 at position %2; only tab and newline are allowed in text</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="30" />
            <source>is longer than %1 characters</source>
            <translation>is longer than %1 characters</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="31" />
            <source>%1 is not one of: %2</source>
            <translation>%1 is not one of: %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="32" />
            <source>%1 is not a two-letter ISO country code (JP, KR, BE…)</source>
            <translation>%1 is not a two-letter ISO country code (JP, KR, BE…)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="34" />
            <source>%1 is not an e-mail address</source>
            <translation>%1 is not an e-mail address</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="35" />
            <source>has %1 entries; the limit is %2</source>
            <translation>has %1 entries; the limit is %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="36" />
            <source>expected a list of texts</source>
            <translation>expected a list of texts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="37" />
            <source>expected a list of {topic, line}</source>
            <translation>expected a list of {topic, line}</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="38" />
            <source>each entry needs exactly a topic and a line</source>
            <translation>each entry needs exactly a topic and a line</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="39" />
            <source>%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)</source>
            <translation>%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="41" />
            <source>%1 is not a valid recurrence rule: %2</source>
            <translation>%1 is not a valid recurrence rule: %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="42" />
            <source>expected true or false, got %1</source>
            <translation>expected true or false, got %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="43" />
            <source>unknown time zone %1 (use an IANA name such as Asia/Tokyo)</source>
            <translation>unknown time zone %1 (use an IANA name such as Asia/Tokyo)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="45" />
            <source>unknown time zone abbreviation %1; give an offset such as +09:00 or leave it out to use the venue's zone</source>
            <translation>unknown time zone abbreviation %1; give an offset such as +09:00 or leave it out to use the venue's zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="48" />
            <source>the year %1 is out of range (%2 to %3)</source>
            <translation>the year %1 is out of range (%2 to %3)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="49" />
            <source>%1: the year %2 is out of range (%3 to %4)</source>
            <translation>%1: the year %2 is out of range (%3 to %4)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="50" />
            <source>%1 does not exist in %2 (the clocks skip that hour); pick another time or give an explicit UTC offset</source>
            <translation>%1 does not exist in %2 (the clocks skip that hour); pick another time or give an explicit UTC offset</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="52" />
            <source>%1 is ambiguous in %2 (the clocks go back and it happens twice); give an explicit UTC offset such as %3 or %4</source>
            <translation>%1 is ambiguous in %2 (the clocks go back and it happens twice); give an explicit UTC offset such as %3 or %4</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="55" />
            <source>expected a date and time as text, got %1</source>
            <translation>expected a date and time as text, got %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="56" />
            <source>cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)</source>
            <translation>cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="58" />
            <source>%1 has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)</source>
            <translation>%1 has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="60" />
            <source>expected a date as text (YYYY-MM-DD), got %1</source>
            <translation>expected a date as text (YYYY-MM-DD), got %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="61" />
            <source>cannot read %1 as a date (YYYY-MM-DD)</source>
            <translation>cannot read %1 as a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="62" />
            <source>expected a date or time as text, got %1</source>
            <translation>expected a date or time as text, got %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="63" />
            <source>is empty; type a date and time such as "9/6/2017 10:30"</source>
            <translation>is empty; type a date and time such as "9/6/2017 10:30"</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="64" />
            <source>cannot read %1… as a date and time (too long)</source>
            <translation>cannot read %1… as a date and time (too long)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="65" />
            <source>cannot read %1 as a date and time; type it day first, e.g. "9/6/2017 10:30", "9 juin 2017 10h30" or "June 9 2017 10:30am"</source>
            <translation>cannot read %1 as a date and time; type it day first, e.g. "9/6/2017 10:30", "9 juin 2017 10h30" or "June 9 2017 10:30am"</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="68" />
            <source>%1 gives no %2; type a full date such as "9/6/2017"</source>
            <translation>%1 gives no %2; type a full date such as "9/6/2017"</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="70" />
            <source>%1 gives no day of the month; type a full date such as "9/6/2017"</source>
            <translation>%1 gives no day of the month; type a full date such as "9/6/2017"</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="72" />
            <source>%1: the year %2 is out of range</source>
            <translation>%1: the year %2 is out of range</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="73" />
            <source>%1 is not a date that exists (%2/%3/%4)</source>
            <translation>%1 is not a date that exists (%2/%3/%4)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="74" />
            <source>%1: %2 is a %3, not %4</source>
            <translation>%1: %2 is a %3, not %4</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="75" />
            <source>%1 gives no time of day; add one such as 10:30</source>
            <translation>%1 gives no time of day; add one such as 10:30</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="76" />
            <source>%1 has seconds; type the time to the minute, such as 10:30</source>
            <translation>%1 has seconds; type the time to the minute, such as 10:30</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="78" />
            <source>%1 has a time of day; type only the date, such as "9/6/2017"</source>
            <translation>%1 has a time of day; type only the date, such as "9/6/2017"</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="80" />
            <source>no %1 with id %2</source>
            <translation>no %1 with id %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="81" />
            <source>this %1 was changed by someone else since you opened it (your copy: version %2, stored: version %3); reload it and apply your change again</source>
            <translation>this %1 was changed by someone else since you opened it (your copy: version %2, stored: version %3); reload it and apply your change again</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="84" />
            <source>no mission named (give an id, slug or title)</source>
            <translation>no mission named (give an id, slug or title)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="85" />
            <source>%1 matches %2 missions; give more of the id</source>
            <translation>%1 matches %2 missions; give more of the id</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="86" />
            <source>no mission %1 (give an id, a unique id prefix, the slug or the title)</source>
            <translation>no mission %1 (give an id, a unique id prefix, the slug or the title)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="88" />
            <source>%1 matches %2 people; give more of the id</source>
            <translation>%1 matches %2 people; give more of the id</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="89" />
            <source>no person with id %1 (the duplicates command lists ids)</source>
            <translation>no person with id %1 (the duplicates command lists ids)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="91" />
            <source>cannot merge a person with themselves</source>
            <translation>cannot merge a person with themselves</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="92" />
            <source>no merge with id %1</source>
            <translation>no merge with id %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="93" />
            <source>the merge %1 was already undone</source>
            <translation>the merge %1 was already undone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="94" />
            <source>%1 exists again; the merge cannot be undone twice</source>
            <translation>%1 exists again; the merge cannot be undone twice</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="95" />
            <source>this %1 exists already; nothing to restore</source>
            <translation>this %1 exists already; nothing to restore</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="96" />
            <source>cannot sort organizations by %1</source>
            <translation>cannot sort organizations by %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="97" />
            <source>the mission ends (%1) before it starts (%2)</source>
            <translation>the mission ends (%1) before it starts (%2)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="98" />
            <source>a mission with slug %1 already exists</source>
            <translation>a mission with slug %1 already exists</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="99" />
            <source>departure from %1 is not after arrival</source>
            <translation>departure from %1 is not after arrival</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="100" />
            <source>the meeting ends (%1) before or when it starts (%2)</source>
            <translation>the meeting ends (%1) before or when it starts (%2)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="102" />
            <source>the meeting ends before or when it starts</source>
            <translation>the meeting ends before or when it starts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="104" />
            <source>the meeting (%1) falls outside the mission (%2 to %3)</source>
            <translation>the meeting (%1) falls outside the mission (%2 to %3)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="106" />
            <source>the mission has %1 meetings; the limit is %2 per mission</source>
            <translation>the mission has %1 meetings; the limit is %2 per mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="108" />
            <source>unknown field(s): %1</source>
            <translation>unknown field(s): %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="109" />
            <source>a recurring follow-up needs a due date to count from</source>
            <translation>a recurring follow-up needs a due date to count from</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="111" />
            <source>this follow-up is already %1</source>
            <translation>this follow-up is already %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="112" />
            <source>expected text to search for, got %1</source>
            <translation>expected text to search for, got %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="113" />
            <source>the search text is %1 characters long; the limit is %2</source>
            <translation>the search text is %1 characters long; the limit is %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="115" />
            <source>the search text has %1 words; the limit is %2</source>
            <translation>the search text has %1 words; the limit is %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="116" />
            <source>cannot attach a file to a %1</source>
            <translation>cannot attach a file to a %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="117" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="118" />
            <source>%1 is %2 MB; attachments are limited to %3 MB</source>
            <translation>%1 is %2 MB; attachments are limited to %3 MB</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="119" />
            <source>%1 is not a number of minutes above zero</source>
            <translation>%1 is not a number of minutes above zero</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="120" />
            <source>%1 minutes is longer than a day</source>
            <translation>%1 minutes is longer than a day</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="121" />
            <source>the mission has no leg in %1; its legs: %2</source>
            <translation>the mission has no leg in %1; its legs: %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="122" />
            <source>%1 is not during the stay in %2: %3</source>
            <translation>%1 is not during the stay in %2: %3</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="123" />
            <source>%1 is read-only (a read-only file, folder or medium); it can be read, not changed; nothing was changed</source>
            <translation>%1 is read-only (a read-only file, folder or medium); it can be read, not changed; nothing was changed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="126" />
            <source>%1 needs upgrading to this version's schema but is read-only; open it from a writable folder</source>
            <translation>%1 needs upgrading to this version's schema but is read-only; open it from a writable folder</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="129" />
            <source>%1 stayed busy for %2 s (another Mission Planner is writing to it); nothing was changed, try again when it has finished</source>
            <translation>%1 stayed busy for %2 s (another Mission Planner is writing to it); nothing was changed, try again when it has finished</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="132" />
            <source>%1 is damaged (%2); nothing was written; restore the newest good backup: missionplanner --db %1 restore %3</source>
            <translation>%1 is damaged (%2); nothing was written; restore the newest good backup: missionplanner --db %1 restore %3</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="135" />
            <source>%1 is damaged (%2); nothing was written; no good backup was found in %3</source>
            <translation>%1 is damaged (%2); nothing was written; no good backup was found in %3</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="137" />
            <source>%1 is not a regular file; give the path of a Mission Planner database</source>
            <translation>%1 is not a regular file; give the path of a Mission Planner database</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="139" />
            <source>%1 is an empty file (0 bytes), not a Mission Planner database; nothing was written (remove it to start a new database there, or restore a backup into it)</source>
            <translation>%1 is an empty file (0 bytes), not a Mission Planner database; nothing was written (remove it to start a new database there, or restore a backup into it)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="143" />
            <source>%1 is not a Mission Planner database (not an SQLite file); nothing was written</source>
            <translation>%1 is not a Mission Planner database (not an SQLite file); nothing was written</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="145" />
            <source>%1 is not a Mission Planner database (not an SQLite file); a restore will not replace it; nothing was written</source>
            <translation>%1 is not a Mission Planner database (not an SQLite file); a restore will not replace it; nothing was written</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="148" />
            <source>%1 was made by a newer version of Mission Planner (schema %2); update the application to open it; nothing was changed</source>
            <translation>%1 was made by a newer version of Mission Planner (schema %2); update the application to open it; nothing was changed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="151" />
            <source>the database was made by a newer version of Mission Planner (schema %1); update the application to open it; nothing was changed</source>
            <translation>the database was made by a newer version of Mission Planner (schema %1); update the application to open it; nothing was changed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="155" />
            <source>backups and restore work on a SQLite database file only</source>
            <translation>backups and restore work on a SQLite database file only</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="157" />
            <source>%1: no such file</source>
            <translation>%1: no such file</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="158" />
            <source>%1: not a Mission Planner database (not an SQLite file)</source>
            <translation>%1: not a Mission Planner database (not an SQLite file)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="160" />
            <source>%1: damaged or not a database (%2); nothing restored</source>
            <translation>%1: damaged or not a database (%2); nothing restored</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="162" />
            <source>%1: fails the integrity check (%2); nothing restored</source>
            <translation>%1: fails the integrity check (%2); nothing restored</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="164" />
            <source>%1: an SQLite file, but not a Mission Planner database; nothing restored</source>
            <translation>%1: an SQLite file, but not a Mission Planner database; nothing restored</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="166" />
            <source>%1: made by a newer version of Mission Planner (schema %2); update the application first; nothing restored</source>
            <translation>%1: made by a newer version of Mission Planner (schema %2); update the application first; nothing restored</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="169" />
            <source>%1: cannot be read whole (%2); nothing restored</source>
            <translation>%1: cannot be read whole (%2); nothing restored</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="171" />
            <source>%1: its schema is not Mission Planner's (%2); nothing restored</source>
            <translation>%1: its schema is not Mission Planner's (%2); nothing restored</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="173" />
            <source>no output file named; give a file name such as pack.pdf</source>
            <translation>no output file named; give a file name such as pack.pdf</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="176" />
            <source>%1 is a symbolic link; refusing to write through it</source>
            <translation>%1 is a symbolic link; refusing to write through it</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="177" />
            <source>%1 is a folder; give a file name inside it</source>
            <translation>%1 is a folder; give a file name inside it</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="178" />
            <source>%1 is not a regular file (a device, pipe or socket); refusing to replace it</source>
            <translation>%1 is not a regular file (a device, pipe or socket); refusing to replace it</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="180" />
            <source>%1 is read-only; choose another name or make it writable</source>
            <translation>%1 is read-only; choose another name or make it writable</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="182" />
            <source>the folder %1 does not exist</source>
            <translation>the folder %1 does not exist</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="183" />
            <source>the folder %1 is read-only; choose another folder</source>
            <translation>the folder %1 is read-only; choose another folder</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="185" />
            <source>not enough space on the disk to write %1; nothing was written</source>
            <translation>not enough space on the disk to write %1; nothing was written</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="187" />
            <source>%1: cannot write there (%2); nothing was written</source>
            <translation>%1: cannot write there (%2); nothing was written</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="189" />
            <source>%1: %2; nothing was written</source>
            <translation>%1: %2; nothing was written</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="194" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="195" />
            <source>organization</source>
            <translation>organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="196" />
            <source>mission</source>
            <translation>mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="197" />
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="198" />
            <source>leg</source>
            <translation>leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="199" />
            <source>agreement</source>
            <translation>agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="200" />
            <source>follow-up</source>
            <translation>follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="201" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="202" />
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="205" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="206" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="207" />
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="208" />
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="209" />
            <source>Name in native script</source>
            <translation>Name in native script</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="210" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="211" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="212" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="213" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="214" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="215" />
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="216" />
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="217" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="218" />
            <source>Recurrence</source>
            <translation>Recurrence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="219" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="220" />
            <source>Home time zone</source>
            <translation>Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="221" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="222" />
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="223" />
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="224" />
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/messages.py" line="225" />
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="62" />
            <source>proposed</source>
            <translation>proposed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="63" />
            <source>requested</source>
            <translation>requested</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="64" />
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="65" />
            <source>held</source>
            <translation>held</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="66" />
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="68" />
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="69" />
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="70" />
            <source>ongoing</source>
            <translation>ongoing</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="71" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="73" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="75" />
            <source>negotiating</source>
            <translation>negotiating</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="76" />
            <source>in force</source>
            <translation>in force</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="77" />
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/formatting.py" line="78" />
            <source>terminated</source>
            <translation>terminated</translation>
        </message>
    </context>
    <context>
        <name>TalkingPoints</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="69" />
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="71" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="74" />
            <source>Move the point up</source>
            <translation>Move the point up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="75" />
            <source>Move up (Alt+Up)</source>
            <translation>Move up (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="79" />
            <source>Move the point down</source>
            <translation>Move the point down</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="80" />
            <source>Move down (Alt+Down)</source>
            <translation>Move down (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="99" />
            <source>New point</source>
            <translation>New point</translation>
        </message>
    </context>
    <context>
        <name>ZoneComboBox</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="62" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
    </context>
</TS>
