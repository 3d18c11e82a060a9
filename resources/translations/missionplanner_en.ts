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
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="47" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="49" />
            <source>&amp;Mission:</source>
            <translation>&amp;Mission:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="60" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="65" />
            <source>Scheduling problems</source>
            <translation>Scheduling problems</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="70" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="71" />
            <source>&amp;New meeting…</source>
            <translation>&amp;New meeting…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="73" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="75" />
            <source>&amp;Log outcome…</source>
            <translation>&amp;Log outcome…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="77" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="143" />
            <source>Home time: %1</source>
            <translation>Home time: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="159" />
            <source>Problems (checking…)</source>
            <translation>Problems (checking…)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="179" />
            <source>Problems: the scheduling checks are not installed</source>
            <translation>Problems: the scheduling checks are not installed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="181" />
            <source>Problems: the checks failed (%1)</source>
            <translation>Problems: the checks failed (%1)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="192" />
            <source>Problems: %1 error(s), %2 warning(s)</source>
            <translation>Problems: %1 error(s), %2 warning(s)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agenda_page.py" line="193" />
            <source>No scheduling problems</source>
            <translation>No scheduling problems</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="49" />
            <source>Edit agreement</source>
            <translation>Edit agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="49" />
            <source>New agreement</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="59" />
            <source>Date approximate</source>
            <translation>Date approximate</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="78" />
            <source>Signatories</source>
            <translation>Signatories</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="83" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="83" />
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="84" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="84" />
            <source>Si&amp;gned on</source>
            <translation>Si&amp;gned on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="86" />
            <source>E&amp;xpires on</source>
            <translation>E&amp;xpires on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="86" />
            <source>S&amp;cope</source>
            <translation>S&amp;cope</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="87" />
            <source>&amp;Parties</source>
            <translation>&amp;Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="88" />
            <source>Signat&amp;ories</source>
            <translation>Signat&amp;ories</translation>
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
            <translation>Filter agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="159" />
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="168" />
            <source>Agreement details</source>
            <translation>Agreement details</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="169" />
            <source>&amp;New agreement…</source>
            <translation>&amp;New agreement…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="171" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="173" />
            <source>&amp;Attach document…</source>
            <translation>&amp;Attach document…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="175" />
            <source>&amp;Open document</source>
            <translation>&amp;Open document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="219" />
            <source>Attach the agreement's document</source>
            <translation>Attach the agreement's document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="220" />
            <source>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</source>
            <translation>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="226" />
            <source>Attach document</source>
            <translation>Attach document</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="261" />
            <source>approximate</source>
            <translation>approximate</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="262" />
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="263" />
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="264" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="265" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/agreements_page.py" line="266" />
            <source>Signatories</source>
            <translation>Signatories</translation>
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
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="366" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="367" />
            <source>You have unsaved changes. Discard them?</source>
            <translation>You have unsaved changes. Discard them?</translation>
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
            <location filename="../../src/missionplanner/ui/file_actions.py" line="132" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="142" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="153" />
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
            <location filename="../../src/missionplanner/ui/file_actions.py" line="127" />
            <source>Import calendar</source>
            <translation>Import calendar</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="130" />
            <source>%1 meeting(s) created, %2 updated</source>
            <translation>%1 meeting(s) created, %2 updated</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="136" />
            <location filename="../../src/missionplanner/ui/file_actions.py" line="148" />
            <source>Import contacts</source>
            <translation>Import contacts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="137" />
            <source>Contacts (*.csv *.xlsx)</source>
            <translation>Contacts (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="145" />
            <source>This file would add %1 person(s) and %2 organization(s); %3 person(s) are already known. Import it?</source>
            <translation>This file would add %1 person(s) and %2 organization(s); %3 person(s) are already known. Import it?</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/file_actions.py" line="151" />
            <source>%1 person(s) added</source>
            <translation>%1 person(s) added</translation>
        </message>
    </context>
    <context>
        <name>FollowupsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="51" />
            <source>Filter by mission</source>
            <translation>Filter by mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="53" />
            <source>Filter by owner</source>
            <translation>Filter by owner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="55" />
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="56" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="57" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="58" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="59" />
            <location filename="../../src/missionplanner/ui/followups_page.py" line="111" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="60" />
            <source>Due from</source>
            <translation>Due from</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="61" />
            <source>Due until</source>
            <translation>Due until</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="71" />
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="72" />
            <source>Mark &amp;done</source>
            <translation>Mark &amp;done</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="75" />
            <source>&amp;Snooze</source>
            <translation>&amp;Snooze</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="78" />
            <source>Until tomorrow</source>
            <translation>Until tomorrow</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="78" />
            <source>For three days</source>
            <translation>For three days</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="79" />
            <source>For a week</source>
            <translation>For a week</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="79" />
            <source>For a month</source>
            <translation>For a month</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="82" />
            <source>&amp;Reopen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="85" />
            <source>Mission:</source>
            <translation>Mission:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="85" />
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="86" />
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="86" />
            <source>Due from:</source>
            <translation>Due from:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="87" />
            <source>until:</source>
            <translation>until:</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="150" />
            <source>%1 follow-up(s) shown, %2 overdue; %3 overdue in all</source>
            <translation>%1 follow-up(s) shown, %2 overdue; %3 overdue in all</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/followups_page.py" line="170" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
    </context>
    <context>
        <name>FreeSlotDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="126" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="129" />
            <source>Free slots</source>
            <translation>Free slots</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="137" />
            <source>Free slots of at least %1 minutes; the meeting starts at the beginning of the slot you pick.</source>
            <translation>Free slots of at least %1 minutes; the meeting starts at the beginning of the slot you pick.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="139" />
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
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="62" />
            <source>Leg</source>
            <translation>Leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="62" />
            <source>New leg</source>
            <translation>New leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="83" />
            <source>&amp;City</source>
            <translation>&amp;City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="84" />
            <source>City in native script</source>
            <translation>City in native script</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="85" />
            <source>C&amp;ountry (ISO code)</source>
            <translation>C&amp;ountry (ISO code)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="86" />
            <source>Time &amp;zone</source>
            <translation>Time &amp;zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="87" />
            <source>&amp;Arrival (local time)</source>
            <translation>&amp;Arrival (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="88" />
            <source>&amp;Departure (local time)</source>
            <translation>&amp;Departure (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="89" />
            <source>&amp;Hotel</source>
            <translation>&amp;Hotel</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="90" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="119" />
            <source>the departure must come after the arrival</source>
            <translation>the departure must come after the arrival</translation>
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
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="84" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="103" />
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="132" />
            <source>Ready</source>
            <translation>Ready</translation>
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
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="142" />
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="143" />
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="148" />
            <source>Follow-ups (%1 overdue)</source>
            <translation>Follow-ups (%1 overdue)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="151" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="234" />
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="170" />
            <source>&amp;New mission…</source>
            <translation>&amp;New mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="172" />
            <source>Create a mission</source>
            <translation>Create a mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="173" />
            <source>New &amp;meeting…</source>
            <translation>New &amp;meeting…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="175" />
            <source>Schedule a meeting in the current mission</source>
            <translation>Schedule a meeting in the current mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="176" />
            <source>&amp;Import mission file…</source>
            <translation>&amp;Import mission file…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="178" />
            <source>&amp;Export mission file…</source>
            <translation>&amp;Export mission file…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="180" />
            <source>Import &amp;calendar (.ics)…</source>
            <translation>Import &amp;calendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="181" />
            <source>Export calen&amp;dar (.ics)…</source>
            <translation>Export calen&amp;dar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="182" />
            <source>Import con&amp;tacts (CSV, XLSX)…</source>
            <translation>Import con&amp;tacts (CSV, XLSX)…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="184" />
            <source>&amp;Briefing pack…</source>
            <translation>&amp;Briefing pack…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="186" />
            <source>&amp;Outcome report…</source>
            <translation>&amp;Outcome report…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="188" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="189" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="192" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="195" />
            <source>&amp;Search…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="197" />
            <source>Search everything</source>
            <translation>Search everything</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="198" />
            <source>Edit &amp;mission…</source>
            <translation>Edit &amp;mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="200" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="203" />
            <source>&amp;Log outcome…</source>
            <translation>&amp;Log outcome…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="205" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="207" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="209" />
            <source>&amp;About Mission Planner</source>
            <translation>&amp;About Mission Planner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="223" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="228" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="232" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="238" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="242" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="398" />
            <source>create mission “%1”</source>
            <translation>create mission “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="403" />
            <source>edit mission “%1”</source>
            <translation>edit mission “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="412" />
            <source>Delete the mission “%1”?

This also deletes its %2 leg(s), %3 meeting(s) and %4 follow-up(s). You can undo it with Edit ▸ Undo.</source>
            <translation>Delete the mission “%1”?

This also deletes its %2 leg(s), %3 meeting(s) and %4 follow-up(s). You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="416" />
            <source>Delete mission</source>
            <translation>Delete mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="419" />
            <source>delete mission “%1”</source>
            <translation>delete mission “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="432" />
            <location filename="../../src/missionplanner/ui/main_window.py" line="436" />
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="432" />
            <source>Create a mission first.</source>
            <translation>Create a mission first.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="437" />
            <source>Add a leg (a city with its time zone) to the mission first.</source>
            <translation>Add a leg (a city with its time zone) to the mission first.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="458" />
            <source>schedule “%1”</source>
            <translation>schedule “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="463" />
            <source>edit meeting “%1”</source>
            <translation>edit meeting “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="472" />
            <source>Delete the meeting “%1”?

Its %2 follow-up(s) go with it. You can undo it with Edit ▸ Undo.</source>
            <translation>Delete the meeting “%1”?

Its %2 follow-up(s) go with it. You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="474" />
            <source>Delete meeting</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="477" />
            <source>delete meeting “%1”</source>
            <translation>delete meeting “%1”</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="503" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/main_window.py" line="503" />
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
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="179" />
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="179" />
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="203" />
            <source>e.g. 9/6/2017 10:00 or 9 juin 14h30</source>
            <translation>e.g. 9/6/2017 10:00 or 9 juin 14h30</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="213" />
            <source>Find a free &amp;slot…</source>
            <translation>Find a free &amp;slot…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="237" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="238" />
            <source>&amp;City</source>
            <translation>&amp;City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="239" />
            <source>&amp;Venue</source>
            <translation>&amp;Venue</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="240" />
            <source>Addr&amp;ess</source>
            <translation>Addr&amp;ess</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="241" />
            <source>&amp;Starts (local time)</source>
            <translation>&amp;Starts (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="242" />
            <source>E&amp;nds (local time)</source>
            <translation>E&amp;nds (local time)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="243" />
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="245" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="251" />
            <source>Counterparts</source>
            <translation>Counterparts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="247" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="252" />
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="260" />
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="261" />
            <source>Who asked for the meeting</source>
            <translation>Who asked for the meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="263" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="280" />
            <source>Talking points</source>
            <translation>Talking points</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="266" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="266" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="274" />
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="267" />
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="282" />
            <source>Background</source>
            <translation>Background</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="268" />
            <source>Arrangements</source>
            <translation>Arrangements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="272" />
            <source>Reason for the meeting</source>
            <translation>Reason for the meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="276" />
            <source>Re&amp;quested by</source>
            <translation>Re&amp;quested by</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="284" />
            <source>Arrangements (interpreter, dress code, gifts)</source>
            <translation>Arrangements (interpreter, dress code, gifts)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="287" />
            <source>&amp;People</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="288" />
            <source>&amp;Brief</source>
            <translation>&amp;Brief</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="291" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="294" />
            <source>Conflicts with this meeting</source>
            <translation>Conflicts with this meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="367" />
            <source>= %1 in %2</source>
            <translation>= %1 in %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="448" />
            <source>Conflicts: %1 error(s), %2 warning(s)</source>
            <translation>Conflicts: %1 error(s), %2 warning(s)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="546" />
            <source>Changed elsewhere</source>
            <translation>Changed elsewhere</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="547" />
            <source>%1

Reload the meeting? Your unsaved changes in this window will be lost.</source>
            <translation>%1

Reload the meeting? Your unsaved changes in this window will be lost.</translation>
        </message>
    </context>
    <context>
        <name>MissionEditor</name>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="137" />
            <source>Edit mission</source>
            <translation>Edit mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="137" />
            <source>New mission</source>
            <translation>New mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="159" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="161" />
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="167" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="168" />
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="169" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="170" />
            <source>S&amp;tart</source>
            <translation>S&amp;tart</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="171" />
            <source>&amp;End</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="172" />
            <source>&amp;Home time zone</source>
            <translation>&amp;Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="173" />
            <source>&amp;Objectives</source>
            <translation>&amp;Objectives</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="174" />
            <source>&amp;Lead</source>
            <translation>&amp;Lead</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="175" />
            <source>Dele&amp;gation</source>
            <translation>Dele&amp;gation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="181" />
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="195" />
            <source>Legs</source>
            <translation>Legs</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="184" />
            <source>&amp;Add leg…</source>
            <translation>&amp;Add leg…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="186" />
            <source>Ed&amp;it leg…</source>
            <translation>Ed&amp;it leg…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="188" />
            <source>&amp;Remove leg</source>
            <translation>&amp;Remove leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="312" />
            <source>removed leg</source>
            <translation>removed leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="331" />
            <source>Leg %1: %2</source>
            <translation>Leg %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="338" />
            <source>Changed elsewhere</source>
            <translation>Changed elsewhere</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/mission_editor.py" line="339" />
            <source>%1

Reload the mission? Your unsaved changes in this window will be lost.</source>
            <translation>%1

Reload the mission? Your unsaved changes in this window will be lost.</translation>
        </message>
    </context>
    <context>
        <name>MissionsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="39" />
            <location filename="../../src/missionplanner/ui/missions_page.py" line="40" />
            <source>Filter missions</source>
            <translation>Filter missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="45" />
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="56" />
            <source>Mission summary</source>
            <translation>Mission summary</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="58" />
            <source>&amp;New mission…</source>
            <translation>&amp;New mission…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="60" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="62" />
            <source>Open &amp;agenda</source>
            <translation>Open &amp;agenda</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="64" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="123" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="124" />
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/missions_page.py" line="125" />
            <source>Legs</source>
            <translation>Legs</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/missions_page.py" line="143" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/missionplanner/ui/missions_page.py" line="144" />
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
            <location filename="../../src/missionplanner/ui/models.py" line="108" />
            <location filename="../../src/missionplanner/ui/models.py" line="320" />
            <location filename="../../src/missionplanner/ui/models.py" line="350" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="108" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="109" />
            <source>Cities</source>
            <translation>Cities</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="109" />
            <location filename="../../src/missionplanner/ui/models.py" line="338" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="110" />
            <location filename="../../src/missionplanner/ui/models.py" line="158" />
            <location filename="../../src/missionplanner/ui/models.py" line="351" />
            <location filename="../../src/missionplanner/ui/models.py" line="376" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="131" />
            <location filename="../../src/missionplanner/ui/models.py" line="339" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="131" />
            <location filename="../../src/missionplanner/ui/models.py" line="338" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="132" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="132" />
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="133" />
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="156" />
            <source>Local time</source>
            <translation>Local time</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="156" />
            <source>Home time</source>
            <translation>Home time</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="157" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="157" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="158" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="214" />
            <source>no meetings</source>
            <translation>no meetings</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="319" />
            <location filename="../../src/missionplanner/ui/models.py" line="337" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="319" />
            <location filename="../../src/missionplanner/ui/models.py" line="337" />
            <source>Native name</source>
            <translation>Native name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="320" />
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="350" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="351" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="374" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="374" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="375" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="375" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="382" />
            <source>%1 (overdue)</source>
            <translation>%1 (overdue)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="399" />
            <source>From the meeting: %1</source>
            <translation>From the meeting: %1</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="220" />
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="226" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="232" />
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="233" />
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="234" />
            <source>Name in native script</source>
            <translation>Name in native script</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="235" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="236" />
            <source>Organization</source>
            <translation>Organization</translation>
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
        <name>OrganizationsPage</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="151" />
            <location filename="../../src/missionplanner/ui/people_page.py" line="152" />
            <source>Filter organizations</source>
            <translation>Filter organizations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="159" />
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="163" />
            <source>Organization details</source>
            <translation>Organization details</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="198" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="198" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="199" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="199" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="200" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="200" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="201" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="201" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="206" />
            <source>People</source>
            <translation>People</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="30" />
            <source>Once</source>
            <translation>Once</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="31" />
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="32" />
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="33" />
            <source>Monthly, 3 times</source>
            <translation>Monthly, 3 times</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="34" />
            <source>Every quarter</source>
            <translation>Every quarter</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="35" />
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="46" />
            <source>Log outcome: %1</source>
            <translation>Log outcome: %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="55" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="58" />
            <source>Decisions, one per line</source>
            <translation>Decisions, one per line</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="61" />
            <source>New follow-ups</source>
            <translation>New follow-ups</translation>
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
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="62" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="63" />
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="118" />
            <source>Recurrence</source>
            <translation>Recurrence</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="71" />
            <source>&amp;Add follow-up</source>
            <translation>&amp;Add follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="73" />
            <source>&amp;Remove follow-up</source>
            <translation>&amp;Remove follow-up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="86" />
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="86" />
            <source>&amp;Decisions (one per line)</source>
            <translation>&amp;Decisions (one per line)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="88" />
            <source>New &amp;follow-ups</source>
            <translation>New &amp;follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="94" />
            <source>Saving marks the meeting as held.</source>
            <translation>Saving marks the meeting as held.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="106" />
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="115" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="153" />
            <source>Changed elsewhere</source>
            <translation>Changed elsewhere</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="61" />
            <source>Filter people by name (either script), title or organization</source>
            <translation>Filter people by name (either script), title or organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="62" />
            <source>Filter people</source>
            <translation>Filter people</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="70" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="73" />
            <source>Person details</source>
            <translation>Person details</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="100" />
            <source>Affiliations</source>
            <translation>Affiliations</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="101" />
            <source>Biography</source>
            <translation>Biography</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="102" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="103" />
            <source>No meetings, agreements or follow-ups yet.</source>
            <translation>No meetings, agreements or follow-ups yet.</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="114" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="114" />
            <source>Form of address</source>
            <translation>Form of address</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="115" />
            <source>Pronunciation</source>
            <translation>Pronunciation</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="115" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="116" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="131" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="131" />
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/people_page.py" line="132" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="117" />
            <source>Type a name to add…</source>
            <translation>Type a name to add…</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="118" />
            <source>Search people to add to %1</source>
            <translation>Search people to add to %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="132" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="133" />
            <source>Remove the selected person from %1</source>
            <translation>Remove the selected person from %1</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="135" />
            <source>New person…</source>
            <translation>New person…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="15" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="17" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="18" />
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="23" />
            <source>Home time zone</source>
            <translation>Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="27" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="28" />
            <source>&amp;Home time zone</source>
            <translation>&amp;Home time zone</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/preferences.py" line="29" />
            <source>A new language applies the next time Mission Planner starts.</source>
            <translation>A new language applies the next time Mission Planner starts.</translation>
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
            <location filename="../../src/missionplanner/ui/models.py" line="266" />
            <source>overlap</source>
            <translation>overlap</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="267" />
            <source>travel time</source>
            <translation>travel time</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="268" />
            <source>outside the leg</source>
            <translation>outside the leg</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="269" />
            <source>after hours</source>
            <translation>after hours</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="270" />
            <source>public holiday</source>
            <translation>public holiday</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/models.py" line="271" />
            <source>soon after arrival</source>
            <translation>soon after arrival</translation>
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
            <source>Mission &amp;history…</source>
            <translation type="vanished">Mission &amp;history…</translation>
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
            <source>Mission history</source>
            <translation type="vanished">Mission history</translation>
        </message>
        <message>
            <source>Select a mission first.</source>
            <translation type="vanished">Select a mission first.</translation>
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
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="17" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="18" />
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="19" />
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="33" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="37" />
            <source>Search missions, meetings, people, organizations, agreements</source>
            <translation>Search missions, meetings, people, organizations, agreements</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="38" />
            <source>Search text</source>
            <translation>Search text</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="42" />
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/search_dialog.py" line="99" />
            <source>%1 result(s)</source>
            <translation>%1 result(s)</translation>
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
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="68" />
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="70" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="73" />
            <source>Move the point up</source>
            <translation>Move the point up</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="74" />
            <source>Move up (Alt+Up)</source>
            <translation>Move up (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="78" />
            <source>Move the point down</source>
            <translation>Move the point down</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="79" />
            <source>Move down (Alt+Down)</source>
            <translation>Move down (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/missionplanner/ui/meeting_editor.py" line="98" />
            <source>New point</source>
            <translation>New point</translation>
        </message>
    </context>
    <context>
        <name>ZoneComboBox</name>
        <message>
            <location filename="../../src/missionplanner/ui/widgets.py" line="55" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
    </context>
</TS>
