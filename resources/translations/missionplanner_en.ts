<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="73"/>
        <source>About Mission Planner</source>
        <translation>About Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="84"/>
        <source>Plan official missions abroad: meetings across time zones, briefing packs, outcomes and follow-ups.</source>
        <translation>Plan official missions abroad: meetings across time zones, briefing packs, outcomes and follow-ups.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="134"/>
        <source>not versioned</source>
        <translation>not versioned</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="138"/>
        <source>{revision} (this version of the app expects {head})</source>
        <translation>{revision} (this version of the app expects {head})</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="91"/>
        <source>standalone build</source>
        <translation>standalone build</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="91"/>
        <source>Python package</source>
        <translation>Python package</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="142"/>
        <source>{folder} (set by MISSIONPLANNER_HOME)</source>
        <translation>{folder} (set by MISSIONPLANNER_HOME)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="93"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="95"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="96"/>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="97"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
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
        <translation>Licence:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="102"/>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="121"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="123"/>
        <source>Copy these details to the clipboard, e.g. for a support request</source>
        <translation>Copy these details to the clipboard, e.g. for a support request</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="159"/>
        <source>{family} ({script}): {licence}</source>
        <translation>{family} ({script}): {licence}</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="166"/>
        <source>No fonts are shipped with this installation. Briefing packs use the fonts installed on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.</source>
        <translation>No fonts are shipped with this installation. Briefing packs use the fonts installed on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/about_dialog.py" line="171"/>
        <source>Fonts in {folder} ({variable}) are used first.</source>
        <translation>Fonts in {folder} ({variable}) are used first.</translation>
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
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="77"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="82"/>
        <source>Scheduling problems</source>
        <translation>Scheduling problems</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="87"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="88"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="92"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="103"/>
        <source>&amp;Log outcome…</source>
        <translation>&amp;Log outcome…</translation>
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
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="102"/>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Edit meeting…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="104"/>
        <source>New &amp;follow-up…</source>
        <translation>New &amp;follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="106"/>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Delete meeting…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="140"/>
        <source>L&amp;ist</source>
        <translation>L&amp;ist</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="141"/>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="142"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="143"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="225"/>
        <source>Home time: %1</source>
        <translation>Home time: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="242"/>
        <source>Problems (checking…)</source>
        <translation>Problems (checking…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="263"/>
        <source>Problems: the scheduling checks are not installed</source>
        <translation>Problems: the scheduling checks are not installed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="265"/>
        <source>Problems: the checks failed (%1)</source>
        <translation>Problems: the checks failed (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="278"/>
        <source>Problems: %1, %2</source>
        <translation>Problems: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="496"/>
        <source>Delete the meeting “%1”?

Its %2 go with it. You can undo it with Edit ▸ Undo.</source>
        <translation>Delete the meeting “%1”?

Its %2 go with it. You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="279"/>
        <source>No scheduling problems</source>
        <translation>No scheduling problems</translation>
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
        <translation>move meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="381"/>
        <source>Move meeting</source>
        <translation>Move meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="425"/>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="435"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="425"/>
        <source>Create a mission first.</source>
        <translation>Create a mission first.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="436"/>
        <source>Add a leg (a city with its time zone) to the mission first.</source>
        <translation>Add a leg (a city with its time zone) to the mission first.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="467"/>
        <source>schedule “%1”</source>
        <translation>schedule “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="470"/>
        <source>edit meeting “%1”</source>
        <translation>edit meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="498"/>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agenda_page.py" line="501"/>
        <source>delete meeting “%1”</source>
        <translation>delete meeting “%1”</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="82"/>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="82"/>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="92"/>
        <source>Date approximate</source>
        <translation>Date approximate</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="111"/>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="116"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="116"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="117"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="117"/>
        <source>Si&amp;gned on</source>
        <translation>Si&amp;gned on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="119"/>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpires on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="119"/>
        <source>S&amp;cope</source>
        <translation>S&amp;cope</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="120"/>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="121"/>
        <source>Signat&amp;ories</source>
        <translation>Signat&amp;ories</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="122"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="135"/>
        <source>Trans&amp;lations…</source>
        <translation>Trans&amp;lations…</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="205"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="206"/>
        <source>Filter agreements</source>
        <translation>Filter agreements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="211"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="220"/>
        <source>Agreement details</source>
        <translation>Agreement details</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="221"/>
        <source>&amp;New agreement…</source>
        <translation>&amp;New agreement…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="223"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="225"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="226"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="373"/>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="382"/>
        <source>Delete agreement</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="228"/>
        <source>&amp;Delete agreement…</source>
        <translation>&amp;Delete agreement…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="230"/>
        <source>&amp;Edit agreement…</source>
        <translation>&amp;Edit agreement…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="237"/>
        <source>&amp;Attach document…</source>
        <translation>&amp;Attach document…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="239"/>
        <source>&amp;Open document</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="297"/>
        <source>Attach the agreement&apos;s document</source>
        <translation>Attach the agreement&apos;s document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="298"/>
        <source>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.odt *.doc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="301"/>
        <source>Attach document</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="341"/>
        <source>create agreement “%1”</source>
        <translation>create agreement “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="345"/>
        <source>edit agreement “%1”</source>
        <translation>edit agreement “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="369"/>
        <source>Delete the agreement “%1”?

Its links to %2 and %3 and its %4 go with it; the organizations and people stay. You can undo it with Edit ▸ Undo.</source>
        <translation>Delete the agreement “%1”?

Its links to %2 and %3 and its %4 go with it; the organizations and people stay. You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="375"/>
        <source>delete agreement “%1”</source>
        <translation>delete agreement “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="390"/>
        <source>approximate</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="391"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="392"/>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="393"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="394"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/agreements_page.py" line="395"/>
        <source>Signatories</source>
        <translation>Signatories</translation>
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
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="167"/>
        <source>%1 time · %2 time in grey</source>
        <translation>%1 time · %2 time in grey</translation>
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
        <translation>%1 %2 (%3 time; %4 at home)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="300"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="301"/>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="305"/>
        <source>Departs %1</source>
        <translation>Departs %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="306"/>
        <source>Arrives %1</source>
        <translation>Arrives %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="319"/>
        <source>No mission to show.</source>
        <translation>No mission to show.</translation>
    </message>
</context>
<context>
    <name>CalendarHeader</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="431"/>
        <source>Local time</source>
        <translation>Local time</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="491"/>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="495"/>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="505"/>
        <source>Drag a meeting to move it, its lower edge to change its end; Alt+arrows move the selected one. Double-click a journey to edit it.</source>
        <translation>Drag a meeting to move it, its lower edge to change its end; Alt+arrows move the selected one. Double-click a journey to edit it.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="576"/>
        <source>%1 (%2 time)</source>
        <translation>%1 (%2 time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/calendar_view.py" line="580"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="34"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="35"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="36"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="37"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="74"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="78"/>
        <source>Conflicts waiting</source>
        <translation>Conflicts waiting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="86"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="86"/>
        <source>Mine (this laptop)</source>
        <translation>Mine (this laptop)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="87"/>
        <source>Theirs (the server)</source>
        <translation>Theirs (the server)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="94"/>
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="95"/>
        <source>Write here the text to keep, from both sides</source>
        <translation>Write here the text to keep, from both sides</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="98"/>
        <source>Merged &amp;text:</source>
        <translation>Merged &amp;text:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="100"/>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="101"/>
        <source>Keep t&amp;heirs</source>
        <translation>Keep t&amp;heirs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="102"/>
        <source>&amp;Save the merged text</source>
        <translation>&amp;Save the merged text</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="106"/>
        <source>No conflict is waiting: every change was merged.</source>
        <translation>No conflict is waiting: every change was merged.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="140"/>
        <source>Seen at the sync of %1</source>
        <translation>Seen at the sync of %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="159"/>
        <source>This mission is no longer shared with you: it left this laptop, and the changes you made to it were not sent. Its last state here is below; “Keep theirs” closes this notice.</source>
        <translation>This mission is no longer shared with you: it left this laptop, and the changes you made to it were not sent. Its last state here is below; “Keep theirs” closes this notice.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="163"/>
        <source>The server refused this change for your login (a reader&apos;s login changes nothing; a mission cannot be restricted away from the aide who restricts it). “Keep theirs” puts back the server&apos;s version; “Keep mine” sends it again.</source>
        <translation>The server refused this change for your login (a reader&apos;s login changes nothing; a mission cannot be restricted away from the aide who restricts it). “Keep theirs” puts back the server&apos;s version; “Keep mine” sends it again.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="168"/>
        <source>Deleted on this laptop, changed on the server meanwhile.</source>
        <translation>Deleted on this laptop, changed on the server meanwhile.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="170"/>
        <source>Changed on this laptop, deleted on the server meanwhile.</source>
        <translation>Changed on this laptop, deleted on the server meanwhile.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/conflicts_dialog.py" line="172"/>
        <source>Changed on both sides since the last sync:</source>
        <translation>Changed on both sides since the last sync:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="16"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="17"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="18"/>
        <source>%n leg(s)</source>
        <translation>
            <numerusform>%n leg</numerusform>
            <numerusform>%n legs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="19"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="20"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="21"/>
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="22"/>
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n signatory</numerusform>
            <numerusform>%n signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="23"/>
        <source>%n attached document(s)</source>
        <translation>
            <numerusform>%n attached document</numerusform>
            <numerusform>%n attached documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="24"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="25"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="26"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="27"/>
        <source>%n mission delegation(s)</source>
        <translation>
            <numerusform>%n mission delegation</numerusform>
            <numerusform>%n mission delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/counts.py" line="28"/>
        <source>%n agreement signature(s)</source>
        <translation>
            <numerusform>%n agreement signature</numerusform>
            <numerusform>%n agreement signatures</numerusform>
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
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
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
        <translation>%1 overdue, %2 due today.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="74"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="52"/>
        <source>e.g. 9/6/2017 10:30 or 9 juin 14h30</source>
        <translation>e.g. 9/6/2017 10:30 or 9 juin 14h30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="53"/>
        <source>e.g. 9/6/2017 or 9 juin 2017</source>
        <translation>e.g. 9/6/2017 or 9 juin 2017</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="58"/>
        <source>Choose the date from a calendar</source>
        <translation>Choose the date from a calendar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/date_entry.py" line="59"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Choose the date from a calendar (Alt+Down)</translation>
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
        <translation>Documents: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="51"/>
        <source>Attached documents</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="56"/>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Attach a file…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="57"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="58"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="83"/>
        <source>No document attached yet.</source>
        <translation>No document attached yet.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="84"/>
        <source>Double-click a document to open it.</source>
        <translation>Double-click a document to open it.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="97"/>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="98"/>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.png *.jpg);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.png *.jpg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="116"/>
        <source>No program was found to open it. A copy is in %1.</source>
        <translation>No program was found to open it. A copy is in %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="123"/>
        <source>Remove a document</source>
        <translation>Remove a document</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/documents_dialog.py" line="124"/>
        <source>Remove “%1” from this record? The file itself, if you kept a copy, is not touched.</source>
        <translation>Remove “%1” from this record? The file itself, if you kept a copy, is not touched.</translation>
    </message>
</context>
<context>
    <name>DueFilter</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="64"/>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="66"/>
        <source>Type a date day first, such as 15/6/2017 or 15 June 2017, or choose it from the calendar (Alt+Down); empty: no limit</source>
        <translation>Type a date day first, such as 15/6/2017 or 15 June 2017, or choose it from the calendar (Alt+Down); empty: no limit</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="36"/>
        <source>Duplicate people</source>
        <translation>Duplicate people</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="43"/>
        <source>Likely duplicate people</source>
        <translation>Likely duplicate people</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="46"/>
        <source>&amp;Merge (keep the first)</source>
        <translation>&amp;Merge (keep the first)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="48"/>
        <source>&amp;Undo last merge</source>
        <translation>&amp;Undo last merge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="77"/>
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
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="580"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="581"/>
        <source>You have unsaved changes. Discard them?</source>
        <translation>You have unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="189"/>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="190"/>
        <source>%1

Reload it? Your unsaved changes in this window will be lost.</source>
        <translation>%1

Reload it? Your unsaved changes in this window will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/saving.py" line="34"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="86"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="92"/>
        <source>No mission</source>
        <translation>No mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="86"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="92"/>
        <source>Select a mission first.</source>
        <translation>Select a mission first.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="97"/>
        <source>Import mission file</source>
        <translation>Import mission file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="98"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="117"/>
        <source>Mission files (*.json)</source>
        <translation>Mission files (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="101"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="103"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="145"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="163"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="173"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="190"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="106"/>
        <source>Imported “%1”</source>
        <translation>Imported “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="116"/>
        <source>Export mission file</source>
        <translation>Export mission file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="120"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="132"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="121"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="133"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="128"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="129"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="140"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="139"/>
        <source>Import calendar into “%1”</source>
        <translation>Import calendar into “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="148"/>
        <source>Importing this calendar into “%1” would create %2, update %3, leave %4 unchanged and skip %5. Import it?</source>
        <translation>Importing this calendar into “%1” would create %2, update %3, leave %4 unchanged and skip %5. Import it?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/file_actions.py" line="153"/>
        <source>%n of the updated meetings will be marked cancelled: the calendar cancels them or no longer holds them. They are kept, not deleted.</source>
        <translation>
            <numerusform>%n of the updated meetings will be marked cancelled: the calendar cancels it or no longer holds it. It is kept, not deleted.</numerusform>
            <numerusform>%n of the updated meetings will be marked cancelled: the calendar cancels them or no longer holds them. They are kept, not deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="161"/>
        <source>%1 created, %2 updated</source>
        <translation>%1 created, %2 updated</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="176"/>
        <source>This file would add %1 and %2; %3 already known. Import it?</source>
        <translation>This file would add %1 and %2; %3 already known. Import it?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="182"/>
        <source>%1

%2 of this file break a rule. Leave them out and import the others? Each row left out is listed with its reason in %3.</source>
        <translation>%1

%2 of this file break a rule. Leave them out and import the others? Each row left out is listed with its reason in %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="193"/>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="195"/>
        <source>; %1 left out, listed in %2</source>
        <translation>; %1 left out, listed in %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="158"/>
        <source>Import calendar</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="167"/>
        <location filename="../../src/missionplanner/ui/file_actions.py" line="186"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
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
        <translation>Fill position: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="390"/>
        <source>Who holds the post “%1”? Its meetings, delegation seats, journeys, follow-ups and signatures pass to them.</source>
        <translation>Who holds the post “%1”? Its meetings, delegation seats, journeys, follow-ups and signatures pass to them.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="393"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="397"/>
        <source>&amp;Holder</source>
        <translation>&amp;Holder</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="400"/>
        <source>&amp;Fill position</source>
        <translation>&amp;Fill position</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="417"/>
        <source>Choose the person who holds the post.</source>
        <translation>Choose the person who holds the post.</translation>
    </message>
</context>
<context>
    <name>FollowupEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="105"/>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="105"/>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="116"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="182"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="124"/>
        <source>From the meeting: %1</source>
        <translation>From the meeting: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="126"/>
        <source>Open the meeting in the agenda</source>
        <translation>Open the meeting in the agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="146"/>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="147"/>
        <source>From &amp;meeting</source>
        <translation>From &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="148"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="149"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="150"/>
        <source>&amp;Due on</source>
        <translation>&amp;Due on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="151"/>
        <source>&amp;Recurrence</source>
        <translation>&amp;Recurrence</translation>
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
        <translation>new follow-up “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="299"/>
        <source>Follow-up added: %1</source>
        <translation>Follow-up added: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="313"/>
        <source>Filter by mission</source>
        <translation>Filter by mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="315"/>
        <source>Filter by owner</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="317"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="318"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="319"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="320"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="321"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="427"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="322"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="439"/>
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="323"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="439"/>
        <source>Due until</source>
        <translation>Due until</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="347"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="348"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="375"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="351"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Snooze</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="354"/>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="354"/>
        <source>For three days</source>
        <translation>For three days</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="355"/>
        <source>For a week</source>
        <translation>For a week</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="355"/>
        <source>For a month</source>
        <translation>For a month</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="358"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="377"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="360"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="379"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="361"/>
        <source>Add a follow-up to a mission or one of its meetings (Ins)</source>
        <translation>Add a follow-up to a mission or one of its meetings (Ins)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="363"/>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="384"/>
        <source>Go to &amp;meeting</source>
        <translation>Go to &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="364"/>
        <source>Show the meeting the selected follow-up came from in the agenda</source>
        <translation>Show the meeting the selected follow-up came from in the agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="366"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="367"/>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="368"/>
        <source>Change the selected follow-up (Enter, F2 or double-click)</source>
        <translation>Change the selected follow-up (Enter, F2 or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="371"/>
        <source>&amp;Edit follow-up…</source>
        <translation>&amp;Edit follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="390"/>
        <source>Mission:</source>
        <translation>Mission:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="390"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="391"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="391"/>
        <source>Due from:</source>
        <translation>Due from:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="392"/>
        <source>until:</source>
        <translation>until:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="442"/>
        <source>%1 is not applied: %2</source>
        <translation>%1 is not applied: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="481"/>
        <source>%1 shown, %2 overdue; %3 overdue in all</source>
        <translation>%1 shown, %2 overdue; %3 overdue in all</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="514"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="573"/>
        <source>edit follow-up “%1”</source>
        <translation>edit follow-up “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="582"/>
        <source>mark follow-up “%1” done</source>
        <translation>mark follow-up “%1” done</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="583"/>
        <source>Marked done: %1 — %2 to undo</source>
        <translation>Marked done: %1 — %2 to undo</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="598"/>
        <source>reopen follow-up “%1”</source>
        <translation>reopen follow-up “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/followups_page.py" line="604"/>
        <source>snooze follow-up “%1”</source>
        <translation>snooze follow-up “%1”</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="49"/>
        <source>Find a free slot</source>
        <translation>Find a free slot</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="67"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="68"/>
        <source>Dura&amp;tion</source>
        <translation>Dura&amp;tion</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="69"/>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="72"/>
        <source>Free slots</source>
        <translation>Free slots</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="75"/>
        <source>Free &amp;slots</source>
        <translation>Free &amp;slots</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="91"/>
        <source>&amp;Use this slot</source>
        <translation>&amp;Use this slot</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="143"/>
        <source>%1 (free until %2)</source>
        <translation>%1 (free until %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="151"/>
        <source>Free slots of at least %1 in %2 on %3; the meeting starts at the beginning of the slot you pick.</source>
        <translation>Free slots of at least %1 in %2 on %3; the meeting starts at the beginning of the slot you pick.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="153"/>
        <source>No free slot of %1 in %2 on %3.</source>
        <translation>No free slot of %1 in %2 on %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="167"/>
        <source>%n meeting(s) of the delegation fill the day; the longest free time left is %1.</source>
        <translation>
            <numerusform>%n meeting of the delegation fills the day; the longest free time left is %1.</numerusform>
            <numerusform>%n meetings of the delegation fill the day; the longest free time left is %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="170"/>
        <source>The mission is not in %1 on %2.</source>
        <translation>The mission is not in %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="173"/>
        <source>The stay in %1 ends at %2 on %3.</source>
        <translation>The stay in %1 ends at %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="174"/>
        <source>The stay in %1 ended at %2 on %3.</source>
        <translation>The stay in %1 ended at %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="175"/>
        <source>The stay in %1 begins at %2 on %3.</source>
        <translation>The stay in %1 begins at %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="176"/>
        <source>The delegation arrives in %1 at %2 on %3, and needs %4 to settle.</source>
        <translation>The delegation arrives in %1 at %2 on %3, and needs %4 to settle.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="188"/>
        <source>Next free day in %1: %2, from %3</source>
        <translation>Next free day in %1: %2, from %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="190"/>
        <source>In %1 that day: %2, from %3</source>
        <translation>In %1 that day: %2, from %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/free_slot_dialog.py" line="194"/>
        <source>Show the free slots of that day in that city</source>
        <translation>Show the free slots of that day in that city</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="137"/>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="140"/>
        <source>Reading the history…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>When / field</source>
        <translation>When / field</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="145"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="146"/>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="159"/>
        <source>No recorded changes.</source>
        <translation>No recorded changes.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="161"/>
        <source>Oldest first; times are in your home time zone.</source>
        <translation>Oldest first; times are in your home time zone.</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="21"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="22"/>
        <source>Arrangements</source>
        <translation>Arrangements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="23"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="24"/>
        <source>Biography</source>
        <translation>Biography</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="25"/>
        <source>Booking reference</source>
        <translation>Booking reference</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="26"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="27"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="28"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="29"/>
        <source>City in native script</source>
        <translation>City in native script</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="30"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="31"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="32"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="33"/>
        <source>Dress code</source>
        <translation>Dress code</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="34"/>
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="35"/>
        <source>Embassy</source>
        <translation>Embassy</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="36"/>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="37"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="38"/>
        <source>Filled by</source>
        <translation>Filled by</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="39"/>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="40"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="41"/>
        <source>Departure terminal</source>
        <translation>Departure terminal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="42"/>
        <source>Honorific</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="43"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="44"/>
        <source>Hotel address</source>
        <translation>Hotel address</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="45"/>
        <source>Hotel phone</source>
        <translation>Hotel phone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="46"/>
        <source>If raised</source>
        <translation>If raised</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="47"/>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="48"/>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="49"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
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
        <translation>Name order</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="53"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="54"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="55"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="56"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="57"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="58"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="59"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="60"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="61"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="62"/>
        <source>Pronunciation</source>
        <translation>Pronunciation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="63"/>
        <source>Reason for the meeting</source>
        <translation>Reason for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="64"/>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="65"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="66"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="67"/>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="68"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="69"/>
        <source>Signing date approximate</source>
        <translation>Signing date approximate</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="70"/>
        <source>Snoozed until</source>
        <translation>Snoozed until</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="71"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="72"/>
        <source>Points to make</source>
        <translation>Points to make</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="73"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="74"/>
        <source>Arrival terminal</source>
        <translation>Arrival terminal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="75"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="76"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="77"/>
        <source>Without the lead</source>
        <translation>Without the lead</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="80"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="81"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/history_dialog.py" line="82"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>IfRaisedEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="24"/>
        <source>If raised: the question and the line to take</source>
        <translation>If raised: the question and the line to take</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="25"/>
        <source>If raised (question)</source>
        <translation>If raised (question)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="25"/>
        <source>Line to take</source>
        <translation>Line to take</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="35"/>
        <source>Add a questi&amp;on</source>
        <translation>Add a questi&amp;on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="37"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/if_raised_editor.py" line="38"/>
        <source>Remove the question</source>
        <translation>Remove the question</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="117"/>
        <source>Official mission</source>
        <translation>Official mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="118"/>
        <source>Economic mission</source>
        <translation>Economic mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="119"/>
        <source>State visit</source>
        <translation>State visit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="120"/>
        <source>Trade fair</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="121"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="64"/>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="64"/>
        <source>New leg</source>
        <translation>New leg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="91"/>
        <source>e.g. 8/6/2017 15:00 (optional)</source>
        <translation>e.g. 8/6/2017 15:00 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="92"/>
        <source>e.g. 11/6/2017 11:00 (optional)</source>
        <translation>e.g. 11/6/2017 11:00 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="95"/>
        <source>Embassy of Belgium, its duty phone</source>
        <translation>Embassy of Belgium, its duty phone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="97"/>
        <source>Police 110, fire and ambulance 119</source>
        <translation>Police 110, fire and ambulance 119</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="103"/>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="104"/>
        <source>City in native script</source>
        <translation>City in native script</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="105"/>
        <source>C&amp;ountry (ISO code)</source>
        <translation>C&amp;ountry (ISO code)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="106"/>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="107"/>
        <source>&amp;Arrival (local time)</source>
        <translation>&amp;Arrival (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="108"/>
        <source>&amp;Departure (local time)</source>
        <translation>&amp;Departure (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="109"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="110"/>
        <source>Hotel add&amp;ress</source>
        <translation>Hotel add&amp;ress</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="111"/>
        <source>Hotel &amp;phone</source>
        <translation>Hotel &amp;phone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="112"/>
        <source>Check-&amp;in (local time)</source>
        <translation>Check-&amp;in (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="113"/>
        <source>Check-ou&amp;t (local time)</source>
        <translation>Check-ou&amp;t (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="114"/>
        <source>&amp;Embassy</source>
        <translation>&amp;Embassy</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="115"/>
        <source>Emer&amp;gency numbers</source>
        <translation>Emer&amp;gency numbers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="116"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="124"/>
        <source>Trans&amp;lations…</source>
        <translation>Trans&amp;lations…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="571"/>
        <source>Finishing the work in progress…</source>
        <translation>Finishing the work in progress…</translation>
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
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="95"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="114"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="143"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="146"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="292"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="312"/>
        <source>Updated with a colleague’s changes</source>
        <translation>Updated with a colleague’s changes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="318"/>
        <source>Redo</source>
        <translation>Redo</translation>
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
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="408"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="409"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="416"/>
        <source>Follow-ups (%1 overdue)</source>
        <translation>Follow-ups (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="420"/>
        <location filename="../../src/missionplanner/ui/main_window.py" line="515"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="444"/>
        <source>&amp;New mission…</source>
        <translation>&amp;New mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="446"/>
        <source>Create a mission</source>
        <translation>Create a mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="447"/>
        <source>New &amp;meeting…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="449"/>
        <source>Schedule a meeting in the current mission</source>
        <translation>Schedule a meeting in the current mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="450"/>
        <source>&amp;Import mission file…</source>
        <translation>&amp;Import mission file…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="452"/>
        <source>&amp;Export mission file…</source>
        <translation>&amp;Export mission file…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="454"/>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>Import &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="455"/>
        <source>Export calen&amp;dar (.ics)…</source>
        <translation>Export calen&amp;dar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="456"/>
        <source>Import con&amp;tacts (CSV, XLSX)…</source>
        <translation>Import con&amp;tacts (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="458"/>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Briefing pack…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="460"/>
        <source>&amp;Outcome report…</source>
        <translation>&amp;Outcome report…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="462"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="463"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="470"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="472"/>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="473"/>
        <source>Edit &amp;mission…</source>
        <translation>Edit &amp;mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="475"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="478"/>
        <source>&amp;Log outcome…</source>
        <translation>&amp;Log outcome…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="480"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="482"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="484"/>
        <source>&amp;About Mission Planner</source>
        <translation>&amp;About Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="504"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="509"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="513"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="519"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="523"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="727"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/main_window.py" line="727"/>
        <source>Select a mission first.</source>
        <translation>Select a mission first.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="41"/>
        <source>Welcome to Mission Planner</source>
        <translation>Welcome to Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="42"/>
        <source>The database is empty. Load the demo missions (Japan 2016 and 2017, South Korea 2017) to look around?</source>
        <translation>The database is empty. Load the demo missions (Japan 2016 and 2017, South Korea 2017) to look around?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="47"/>
        <source>Loading the demo missions…</source>
        <translation>Loading the demo missions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="66"/>
        <source>Demo missions loaded</source>
        <translation>Demo missions loaded</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="122"/>
        <source>The database could not be opened:
%1</source>
        <translation>The database could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/app.py" line="154"/>
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
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="101"/>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="101"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="111"/>
        <source>e.g. dark suit, national dress, business casual</source>
        <translation>e.g. dark suit, national dress, business casual</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="133"/>
        <source>e.g. 9/6/2017 10:00 or 9 juin 14h30</source>
        <translation>e.g. 9/6/2017 10:00 or 9 juin 14h30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="135"/>
        <source>e.g. 10:00 on %1</source>
        <translation>e.g. 10:00 on %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="141"/>
        <source>Find a &amp;free slot…</source>
        <translation>Find a &amp;free slot…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="153"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="154"/>
        <source>Kin&amp;d</source>
        <translation>Kin&amp;d</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="155"/>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="156"/>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="157"/>
        <source>Addr&amp;ess</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="158"/>
        <source>&amp;Starts (local time)</source>
        <translation>&amp;Starts (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="159"/>
        <source>E&amp;nds (local time)</source>
        <translation>E&amp;nds (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="160"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="161"/>
        <source>D&amp;ress code</source>
        <translation>D&amp;ress code</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="163"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="175"/>
        <source>Counterparts</source>
        <translation>Counterparts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="165"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="176"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="170"/>
        <source>&amp;Without the lead (the lead does not attend)</source>
        <translation>&amp;Without the lead (the lead does not attend)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="172"/>
        <source>The meeting does not clash with the lead&apos;s other meetings.</source>
        <translation>The meeting does not clash with the lead&apos;s other meetings.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="185"/>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="186"/>
        <source>Who asked for the meeting</source>
        <translation>Who asked for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="188"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="206"/>
        <source>Talking points</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="191"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="191"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="200"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="192"/>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="212"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="193"/>
        <source>Arrangements</source>
        <translation>Arrangements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="198"/>
        <source>Reason for the meeting</source>
        <translation>Reason for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="202"/>
        <source>Re&amp;quested by</source>
        <translation>Re&amp;quested by</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="214"/>
        <source>Arrangements (interpreter, arrival, gifts)</source>
        <translation>Arrangements (interpreter, arrival, gifts)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="219"/>
        <source>Translat&amp;ions…</source>
        <translation>Translat&amp;ions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="229"/>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="228"/>
        <source>&amp;Brief</source>
        <translation>&amp;Brief</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="208"/>
        <source>If raised, and the line to ta&amp;ke</source>
        <translation>If raised, and the line to ta&amp;ke</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="244"/>
        <source>Conflicts with this meeting</source>
        <translation>Conflicts with this meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="345"/>
        <source>(new meeting)</source>
        <translation>(new meeting)</translation>
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
        <translation>Conflicts: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="391"/>
        <source>Hide the conflicts</source>
        <translation>Hide the conflicts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="391"/>
        <source>Show the conflicts</source>
        <translation>Show the conflicts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="493"/>
        <source>Save with a conflict?</source>
        <translation>Save with a conflict?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="494"/>
        <source>The checks found %n error(s) in this meeting&apos;s schedule, first: %1

Save it anyway?</source>
        <translation>
            <numerusform>The checks found %n error in this meeting&apos;s schedule: %1

Save it anyway?</numerusform>
            <numerusform>The checks found %n errors in this meeting&apos;s schedule, first: %1

Save it anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="534"/>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/meeting_editor.py" line="535"/>
        <source>%1

Reload the meeting? Your unsaved changes in this window will be lost.</source>
        <translation>%1

Reload the meeting? Your unsaved changes in this window will be lost.</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="11"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="12"/>
        <source>Courtesy call</source>
        <translation>Courtesy call</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="13"/>
        <source>Breakfast</source>
        <translation>Breakfast</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="14"/>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="15"/>
        <source>Dinner</source>
        <translation>Dinner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="16"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="17"/>
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="18"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="19"/>
        <source>Signing ceremony</source>
        <translation>Signing ceremony</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="20"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="21"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MeetingReminder</name>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="136"/>
        <source>%1 at %2 in %3 (in %4 min)</source>
        <translation>%1 at %2 in %3 (in %4 min)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="140"/>
        <source>%1 on this computer&apos;s clock (%2)</source>
        <translation>%1 on this computer&apos;s clock (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/reminders.py" line="154"/>
        <source>Meeting soon</source>
        <translation>Meeting soon</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="199"/>
        <source>Edit mission</source>
        <translation>Edit mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="199"/>
        <source>New mission</source>
        <translation>New mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="220"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="222"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="225"/>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="226"/>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="227"/>
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="230"/>
        <source>Everyone (or the logins who may see it: anne, bob)</source>
        <translation>Everyone (or the logins who may see it: anne, bob)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="232"/>
        <source>On the cabinet&apos;s server, only these logins (and administrators) see the mission, its meetings and its documents; the server enforces it. Empty: everyone.</source>
        <translation>On the cabinet&apos;s server, only these logins (and administrators) see the mission, its meetings and its documents; the server enforces it. Empty: everyone.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="240"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="241"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="242"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="243"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="244"/>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="245"/>
        <source>&amp;Home time zone</source>
        <translation>&amp;Home time zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="246"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectives</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="247"/>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="248"/>
        <source>Dele&amp;gation</source>
        <translation>Dele&amp;gation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="249"/>
        <source>Restricte&amp;d to</source>
        <translation>Restricte&amp;d to</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="255"/>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="269"/>
        <source>Legs</source>
        <translation>Legs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="258"/>
        <source>&amp;Add leg…</source>
        <translation>&amp;Add leg…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="260"/>
        <source>Ed&amp;it leg…</source>
        <translation>Ed&amp;it leg…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="262"/>
        <source>&amp;Remove leg</source>
        <translation>&amp;Remove leg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="288"/>
        <source>&amp;Mission and legs</source>
        <translation>&amp;Mission and legs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="289"/>
        <source>Tra&amp;vel</source>
        <translation>Tra&amp;vel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="290"/>
        <source>&amp;Briefing</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="301"/>
        <source>The briefing pack opens with these messages, one a line, and names the duty officer first among its contacts. Without messages it takes the objectives.</source>
        <translation>The briefing pack opens with these messages, one a line, and names the duty officer first among its contacts. Without messages it takes the objectives.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="306"/>
        <source>&amp;Key messages</source>
        <translation>&amp;Key messages</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="309"/>
        <source>&amp;Duty officer</source>
        <translation>&amp;Duty officer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="310"/>
        <source>Translat&amp;ions…</source>
        <translation>Translat&amp;ions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="311"/>
        <source>The title, objectives and key messages in French, Dutch and English (once the mission is saved)</source>
        <translation>The title, objectives and key messages in French, Dutch and English (once the mission is saved)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="415"/>
        <source>removed leg</source>
        <translation>removed leg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="458"/>
        <source>Leg %1: %2</source>
        <translation>Leg %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="465"/>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/mission_editor.py" line="466"/>
        <source>%1

Reload the mission? Your unsaved changes in this window will be lost.</source>
        <translation>%1

Reload the mission? Your unsaved changes in this window will be lost.</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="73"/>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="74"/>
        <source>Filter missions</source>
        <translation>Filter missions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="79"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="94"/>
        <source>Mission summary</source>
        <translation>Mission summary</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="96"/>
        <source>&amp;New mission…</source>
        <translation>&amp;New mission…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="100"/>
        <source>Open &amp;agenda</source>
        <translation>Open &amp;agenda</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="102"/>
        <source>Doc&amp;uments…</source>
        <translation>Doc&amp;uments…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="104"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="212"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="213"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="214"/>
        <source>Legs</source>
        <translation>Legs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="215"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/missions_page.py" line="241"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/missions_page.py" line="242"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="279"/>
        <source>create mission “%1”</source>
        <translation>create mission “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="282"/>
        <source>edit mission “%1”</source>
        <translation>edit mission “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="307"/>
        <source>Delete the mission “%1”?

This also deletes its %2, %3 and %4. You can undo it with Edit ▸ Undo.</source>
        <translation>Delete the mission “%1”?

This also deletes its %2, %3 and %4. You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="310"/>
        <source>Delete mission</source>
        <translation>Delete mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/missions_page.py" line="313"/>
        <source>delete mission “%1”</source>
        <translation>delete mission “%1”</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="170"/>
        <location filename="../../src/missionplanner/ui/models.py" line="473"/>
        <location filename="../../src/missionplanner/ui/models.py" line="503"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="170"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="171"/>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="171"/>
        <location filename="../../src/missionplanner/ui/models.py" line="491"/>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="193"/>
        <location filename="../../src/missionplanner/ui/models.py" line="491"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="194"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="194"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="195"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="217"/>
        <source>Local time</source>
        <translation>Local time</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="217"/>
        <source>Home time</source>
        <translation>Home time</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="218"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="218"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="219"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="275"/>
        <source>no meetings</source>
        <translation>no meetings</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="472"/>
        <location filename="../../src/missionplanner/ui/models.py" line="490"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="472"/>
        <location filename="../../src/missionplanner/ui/models.py" line="490"/>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="473"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="503"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="504"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="527"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="527"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="528"/>
        <source>From meeting</source>
        <translation>From meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="529"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="529"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="536"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="555"/>
        <source>From the meeting: %1</source>
        <translation>From the meeting: %1</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="409"/>
        <location filename="../../src/missionplanner/ui/widgets.py" line="457"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="415"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="420"/>
        <source>This is a position whose holder is not &amp;known yet</source>
        <translation>This is a position whose holder is not &amp;known yet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="426"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="427"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="428"/>
        <source>Name in native script</source>
        <translation>Name in native script</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="429"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="430"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="456"/>
        <source>The post, e.g. Vice-Governor of Aichi</source>
        <translation>The post, e.g. Vice-Governor of Aichi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="457"/>
        <source>New position</source>
        <translation>New position</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="491"/>
        <source>create position “%1”</source>
        <translation>create position “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="493"/>
        <source>create person “%1”</source>
        <translation>create person “%1”</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="126"/>
        <source>government</source>
        <translation>government</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="127"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="128"/>
        <source>prefecture</source>
        <translation>prefecture</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="129"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="130"/>
        <source>chamber of commerce</source>
        <translation>chamber of commerce</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="131"/>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="132"/>
        <source>embassy</source>
        <translation>embassy</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="133"/>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="134"/>
        <source>university</source>
        <translation>university</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="135"/>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="333"/>
        <source>Edit organization: %1</source>
        <translation>Edit organization: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="334"/>
        <source>New organization</source>
        <translation>New organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="343"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="344"/>
        <source>Name in nat&amp;ive script</source>
        <translation>Name in nat&amp;ive script</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="345"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="346"/>
        <source>C&amp;ountry (ISO code)</source>
        <translation>C&amp;ountry (ISO code)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="347"/>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="348"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
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
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="352"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="355"/>
        <source>Trans&amp;lations…</source>
        <translation>Trans&amp;lations…</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="444"/>
        <location filename="../../src/missionplanner/ui/people_page.py" line="445"/>
        <source>Filter organizations</source>
        <translation>Filter organizations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="449"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="458"/>
        <source>Organization details</source>
        <translation>Organization details</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="459"/>
        <source>&amp;Edit organization…</source>
        <translation>&amp;Edit organization…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="460"/>
        <source>Change the selected organization (Enter, F2 or double-click)</source>
        <translation>Change the selected organization (Enter, F2 or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="462"/>
        <source>&amp;New organization…</source>
        <translation>&amp;New organization…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="482"/>
        <source>Delete %1?

The %2 of its people go with it (the people stay), and it leaves %3 as a party. You can undo it with Edit ▸ Undo.</source>
        <translation>Delete %1?

The %2 of its people go with it (the people stay), and it leaves %3 as a party. You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="485"/>
        <source>delete organization “%1”</source>
        <translation>delete organization “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="486"/>
        <source>Delete organization</source>
        <translation>Delete organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="513"/>
        <source>create organization “%1”</source>
        <translation>create organization “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="516"/>
        <source>edit organization “%1”</source>
        <translation>edit organization “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="549"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="549"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="550"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="550"/>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="552"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="580"/>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="35"/>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="36"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="37"/>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="38"/>
        <source>Monthly, 3 times</source>
        <translation>Monthly, 3 times</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="39"/>
        <source>Every quarter</source>
        <translation>Every quarter</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="40"/>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="52"/>
        <source>Log outcome: %1</source>
        <translation>Log outcome: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="61"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="64"/>
        <source>Decisions, one per line</source>
        <translation>Decisions, one per line</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="67"/>
        <source>New follow-ups</source>
        <translation>New follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="68"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="69"/>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="121"/>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="77"/>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Add follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="79"/>
        <source>&amp;Remove follow-up</source>
        <translation>&amp;Remove follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="92"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="92"/>
        <source>&amp;Decisions (one per line)</source>
        <translation>&amp;Decisions (one per line)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="94"/>
        <source>New &amp;follow-ups</source>
        <translation>New &amp;follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="100"/>
        <source>Saving marks the meeting as held.</source>
        <translation>Saving marks the meeting as held.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="118"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="157"/>
        <source>Follow-up %1: %2</source>
        <translation>Follow-up %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="184"/>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/outcome_dialog.py" line="177"/>
        <source>log outcome of “%1”</source>
        <translation>log outcome of “%1”</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <location filename="../../src/missionplanner/ui/owner_picker.py" line="23"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/owner_picker.py" line="24"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="77"/>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="95"/>
        <source>There is no page to print.</source>
        <translation>There is no page to print.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="100"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/printing.py" line="132"/>
        <source>Printing stopped: %1</source>
        <translation>Printing stopped: %1</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="89"/>
        <location filename="../../src/missionplanner/ui/widgets.py" line="240"/>
        <source>name to be confirmed</source>
        <translation>name to be confirmed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="248"/>
        <source>%1 — position, name to be confirmed</source>
        <translation>%1 — position, name to be confirmed</translation>
    </message>
</context>
<context>
    <name>PeopleAndOrganizations</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="151"/>
        <source>Delete the selected entry</source>
        <translation>Delete the selected entry</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="232"/>
        <source>Filter people by name (either script), title or organization</source>
        <translation>Filter people by name (either script), title or organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="233"/>
        <source>Filter people</source>
        <translation>Filter people</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="238"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="244"/>
        <source>Person details</source>
        <translation>Person details</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="245"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="246"/>
        <source>Change the selected person&apos;s names, title, organization or contacts (Enter, F2 or double-click)</source>
        <translation>Change the selected person&apos;s names, title, organization or contacts (Enter, F2 or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="248"/>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="249"/>
        <source>New &amp;position…</source>
        <translation>New &amp;position…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="251"/>
        <source>A post whose holder is not known yet, e.g. the Vice-Governor of Aichi (name to be confirmed)</source>
        <translation>A post whose holder is not known yet, e.g. the Vice-Governor of Aichi (name to be confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="254"/>
        <source>&amp;Fill position…</source>
        <translation>&amp;Fill position…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="256"/>
        <source>The holder of the selected position is known: choose the person, and the position&apos;s meetings pass to them</source>
        <translation>The holder of the selected position is known: choose the person, and the position&apos;s meetings pass to them</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="286"/>
        <source>fill position “%1” with %2</source>
        <translation>fill position “%1” with %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="312"/>
        <source>Delete %1?

They leave %2, %3 and %4, with their %5. The %6 they own and the %7 they lead stay, without them. You can undo it with Edit ▸ Undo.</source>
        <translation>Delete %1?

They leave %2, %3 and %4, with their %5. The %6 they own and the %7 they lead stay, without them. You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="317"/>
        <source>delete person “%1”</source>
        <translation>delete person “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="318"/>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="347"/>
        <source>create person “%1”</source>
        <translation>create person “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="347"/>
        <source>create position “%1”</source>
        <translation>create position “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="351"/>
        <source>edit person “%1”</source>
        <translation>edit person “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="378"/>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="379"/>
        <source>Biography</source>
        <translation>Biography</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="380"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="381"/>
        <source>No meetings, agreements or follow-ups yet.</source>
        <translation>No meetings, agreements or follow-ups yet.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="401"/>
        <source>A position whose holder is not known yet: Fill position… once the person is known.</source>
        <translation>A position whose holder is not known yet: Fill position… once the person is known.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="403"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="403"/>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="404"/>
        <source>Pronunciation</source>
        <translation>Pronunciation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="404"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="405"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="422"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="422"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_page.py" line="423"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="222"/>
        <source>Edit person: %1</source>
        <translation>Edit person: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="222"/>
        <source>Edit position: %1</source>
        <translation>Edit position: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="225"/>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="290"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="228"/>
        <source>This is a position whose holder is not &amp;known yet</source>
        <translation>This is a position whose holder is not &amp;known yet</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="230"/>
        <source>For example the Vice-Governor of Aichi, name to be confirmed: write the post as its title; fill the position once the person is known, and its meetings pass to them</source>
        <translation>For example the Vice-Governor of Aichi, name to be confirmed: write the post as its title; fill the position once the person is known, and its meetings pass to them</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="237"/>
        <source>Given name first</source>
        <translation>Given name first</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="238"/>
        <source>Family name first</source>
        <translation>Family name first</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="239"/>
        <source>Japanese, Korean and Chinese names put the family name first</source>
        <translation>Japanese, Korean and Chinese names put the family name first</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="244"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="249"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="251"/>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="252"/>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="253"/>
        <source>Name in nat&amp;ive script</source>
        <translation>Name in nat&amp;ive script</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="263"/>
        <source>Hono&amp;rific</source>
        <translation>Hono&amp;rific</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="273"/>
        <source>Note&amp;s</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="254"/>
        <source>Name &amp;order</source>
        <translation>Name &amp;order</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="255"/>
        <source>&amp;Pronunciation</source>
        <translation>&amp;Pronunciation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="256"/>
        <source>Form of &amp;address</source>
        <translation>Form of &amp;address</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="260"/>
        <source>Position and contacts</source>
        <translation>Position and contacts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="262"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="264"/>
        <source>Organi&amp;zation</source>
        <translation>Organi&amp;zation</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="265"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="266"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="267"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="272"/>
        <source>&amp;Biography</source>
        <translation>&amp;Biography</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="280"/>
        <source>Trans&amp;lations…</source>
        <translation>Trans&amp;lations…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="287"/>
        <source>The post, e.g. Vice-Governor of Aichi</source>
        <translation>The post, e.g. Vice-Governor of Aichi</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/people_editor.py" line="290"/>
        <source>New position</source>
        <translation>New position</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="265"/>
        <source>Type a name to add…</source>
        <translation>Type a name to add…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="266"/>
        <source>Search people to add to %1</source>
        <translation>Search people to add to %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="281"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="282"/>
        <source>Remove the selected person from %1</source>
        <translation>Remove the selected person from %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="284"/>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="84"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="86"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="87"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="93"/>
        <source>Home time zone</source>
        <translation>Home time zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="98"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="99"/>
        <source> min before</source>
        <translation> min before</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="100"/>
        <source>Meeting reminders, minutes before the start</source>
        <translation>Meeting reminders, minutes before the start</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="104"/>
        <source>By hand only</source>
        <translation>By hand only</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="106"/>
        <source>Sync a laptop copy every so many minutes</source>
        <translation>Sync a laptop copy every so many minutes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="107"/>
        <source>On a laptop that joined the cabinet&apos;s server: how often it syncs by itself while the app is open</source>
        <translation>On a laptop that joined the cabinet&apos;s server: how often it syncs by itself while the app is open</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="112"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="114"/>
        <source>&amp;Home time zone</source>
        <translation>&amp;Home time zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="118"/>
        <source>&amp;Meeting reminders</source>
        <translation>&amp;Meeting reminders</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="121"/>
        <source>S&amp;ync every</source>
        <translation>S&amp;ync every</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="124"/>
        <source>A new language applies when Mission Planner starts again; you can restart it right away.</source>
        <translation>A new language applies when Mission Planner starts again; you can restart it right away.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="154"/>
        <source>Restart Mission Planner</source>
        <translation>Restart Mission Planner</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/preferences.py" line="155"/>
        <source>The new language applies after a restart. Restart now to apply it?

Open editors ask about unsaved changes first.</source>
        <translation>The new language applies after a restart. Restart now to apply it?

Open editors ask about unsaved changes first.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="38"/>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="39"/>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="40"/>
        <source>Overview, delegation and logistics</source>
        <translation>Overview, delegation and logistics</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="41"/>
        <source>Day-by-day itinerary</source>
        <translation>Day-by-day itinerary</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="42"/>
        <source>One brief per meeting</source>
        <translation>One brief per meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="43"/>
        <source>People and organizations annex</source>
        <translation>People and organizations annex</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="84"/>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="84"/>
        <source>Outcome report</source>
        <translation>Outcome report</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="93"/>
        <source>RESTRICTED</source>
        <translation>RESTRICTED</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="93"/>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIAL</translation>
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
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="118"/>
        <source>Open the PDF when it is ready</source>
        <translation>Open the PDF when it is ready</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="121"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="121"/>
        <source>&amp;Classification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="122"/>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="103"/>
        <source>Minister&apos;s pack</source>
        <translation>Minister&apos;s pack</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="104"/>
        <source>Working pack (private office)</source>
        <translation>Working pack (private office)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="106"/>
        <source>Your name, as the cover prints it</source>
        <translation>Your name, as the cover prints it</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="124"/>
        <source>&amp;Edition</source>
        <translation>&amp;Edition</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="124"/>
        <source>Drafting &amp;officer</source>
        <translation>Drafting &amp;officer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="122"/>
        <source>&amp;Home time zone</source>
        <translation>&amp;Home time zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="130"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="131"/>
        <source>&amp;Save as</source>
        <translation>&amp;Save as</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="144"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="150"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="153"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="156"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="160"/>
        <source>Poc&amp;ket card…</source>
        <translation>Poc&amp;ket card…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="162"/>
        <source>The day at a glance of each day on A6, to carry in a pocket: in the language and classification chosen above, saved in the same folder as the pack</source>
        <translation>The day at a glance of each day on A6, to carry in a pocket: in the language and classification chosen above, saved in the same folder as the pack</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="213"/>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="227"/>
        <source>Choose where to save the PDF.</source>
        <translation>Choose where to save the PDF.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="241"/>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="242"/>
        <source>Generating the PDF…</source>
        <translation>Generating the PDF…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="277"/>
        <source>Printing page %1 of %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="279"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="302"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="312"/>
        <source>No PDF viewer was found to open it. The PDF is saved as %1; open it from there, or install a PDF viewer.</source>
        <translation>No PDF viewer was found to open it. The PDF is saved as %1; open it from there, or install a PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="315"/>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="325"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/print_dialog.py" line="327"/>
        <source>This document cannot be produced by this version (%1).</source>
        <translation>This document cannot be produced by this version (%1).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="329"/>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="330"/>
        <source>travel time</source>
        <translation>travel time</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="331"/>
        <source>outside the leg</source>
        <translation>outside the leg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="332"/>
        <source>after hours</source>
        <translation>after hours</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="333"/>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="334"/>
        <source>soon after arrival</source>
        <translation>soon after arrival</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="335"/>
        <source>before arrival</source>
        <translation>before arrival</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="336"/>
        <source>after departure</source>
        <translation>after departure</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="337"/>
        <source>no travel</source>
        <translation>no travel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="338"/>
        <source>travel overlap</source>
        <translation>travel overlap</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/models.py" line="339"/>
        <source>while travelling</source>
        <translation>while travelling</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="534"/>
        <source>%1 cannot be in two meetings at once: %2 and %3 overlap</source>
        <translation>%1 cannot be in two meetings at once: %2 and %3 overlap</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="535"/>
        <source>%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7</source>
        <translation>%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="537"/>
        <source>%1 is outside the stay in %2 (%3)</source>
        <translation>%1 is outside the stay in %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="538"/>
        <source>%1 is in %2, where the mission does not go (legs: %3)</source>
        <translation>%1 is in %2, where the mission does not go (legs: %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="539"/>
        <source>%1 starts %2 after arriving in %3 (%4); allow at least %5</source>
        <translation>%1 starts %2 after arriving in %3 (%4); allow at least %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="540"/>
        <source>%1 is outside local business hours (%2–%3)</source>
        <translation>%1 is outside local business hours (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="541"/>
        <source>%1 falls on a public holiday in %2: %3</source>
        <translation>%1 falls on a public holiday in %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="543"/>
        <source>%1 starts before the arrival of %2 (%3)</source>
        <translation>%1 starts before the arrival of %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="544"/>
        <source>%1 ends after the departure of %2 (%3)</source>
        <translation>%1 ends after the departure of %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="545"/>
        <source>No travel is planned for %1 from %2 to %3 between %4 and %5</source>
        <translation>No travel is planned for %1 from %2 to %3 between %4 and %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="547"/>
        <source>%1 would have %2 between %3 and %4; allow at least %5</source>
        <translation>%1 would have %2 between %3 and %4; allow at least %5</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="549"/>
        <source>%1 cannot be on %2 and %3 at once</source>
        <translation>%1 cannot be on %2 and %3 at once</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="550"/>
        <source>%1 would be travelling during %2: %3</source>
        <translation>%1 would be travelling during %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="551"/>
        <source>“%1” (%2–%3 %4 time)</source>
        <translation>“%1” (%2–%3 %4 time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="552"/>
        <source>“%1” (%2–%3 %4 time, mission “%5”)</source>
        <translation>“%1” (%2–%3 %4 time, mission “%5”)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="553"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="556"/>
        <source>%1 from %2 (%3) to %4 (%5)</source>
        <translation>%1 from %2 (%3) to %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="557"/>
        <source>the flight</source>
        <translation>the flight</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="558"/>
        <source>the train</source>
        <translation>the train</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="559"/>
        <source>the car</source>
        <translation>the car</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="560"/>
        <source>the boat</source>
        <translation>the boat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="561"/>
        <source>the journey</source>
        <translation>the journey</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="562"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="563"/>
        <source>someone</source>
        <translation>someone</translation>
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
        <translation>Bac&amp;k up now…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="114"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="115"/>
        <source>&amp;Check and repair the database</source>
        <translation>&amp;Check and repair the database</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="116"/>
        <source>&amp;History of the selected record…</source>
        <translation>&amp;History of the selected record…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="117"/>
        <source>Find d&amp;uplicate people…</source>
        <translation>Find d&amp;uplicate people…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="118"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="131"/>
        <source>The cabinet&apos;s shared database is backed up and checked on its server, by IT</source>
        <translation>The cabinet&apos;s shared database is backed up and checked on its server, by IT</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="142"/>
        <source>Find d&amp;uplicates…</source>
        <translation>Find d&amp;uplicates…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="143"/>
        <source>Find duplicate people</source>
        <translation>Find duplicate people</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="167"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="169"/>
        <source>Mission Planner database (*.sqlite)</source>
        <translation>Mission Planner database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="172"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="176"/>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="179"/>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="183"/>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="191"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="180"/>
        <source>Mission Planner database (*.sqlite);;All files (*)</source>
        <translation>Mission Planner database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="184"/>
        <source>Replace all current data with the backup %1? The current data is saved first and can be restored in turn.</source>
        <translation>Replace all current data with the backup %1? The current data is saved first and can be restored in turn.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="192"/>
        <source>Restored. The data it replaced is saved in %1.</source>
        <translation>Restored. The data it replaced is saved in %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="196"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="202"/>
        <source>Integrity check: %1</source>
        <translation>Integrity check: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="203"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="203"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="204"/>
        <source>Links to deleted records: %1 found, %2 removed</source>
        <translation>Links to deleted records: %1 found, %2 removed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="206"/>
        <source>Fixed: %1</source>
        <translation>Fixed: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="207"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="209"/>
        <source>No problems left.</source>
        <translation>No problems left.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="211"/>
        <source>Check and repair the database</source>
        <translation>Check and repair the database</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="217"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="218"/>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="231"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/safety_actions.py" line="231"/>
        <source>Select a record first.</source>
        <translation>Select a record first.</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="37"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="38"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="39"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="40"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="43"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="44"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="45"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="46"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="47"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="48"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="148"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="152"/>
        <source>Search missions, meetings, people, organizations, agreements</source>
        <translation>Search missions, meetings, people, organizations, agreements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="153"/>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="157"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="204"/>
        <source>through %1</source>
        <translation>through %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/search_dialog.py" line="230"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="25"/>
        <source>is required and may not be empty</source>
        <translation>is required and may not be empty</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="26"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="27"/>
        <source>is required (YYYY-MM-DD)</source>
        <translation>is required (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="28"/>
        <source>expected text, got %1</source>
        <translation>expected text, got %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="29"/>
        <source>contains the control character U+%1 at position %2; only tab and newline are allowed in text</source>
        <translation>contains the control character U+%1 at position %2; only tab and newline are allowed in text</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="32"/>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="33"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 is not one of: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="34"/>
        <source>%1 is not a two-letter ISO country code (JP, KR, BE…)</source>
        <translation>%1 is not a two-letter ISO country code (JP, KR, BE…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="36"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="37"/>
        <source>has %1 entries; the limit is %2</source>
        <translation>has %1 entries; the limit is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="38"/>
        <source>expected a list of texts</source>
        <translation>expected a list of texts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="39"/>
        <source>expected a list of {topic, line}</source>
        <translation>expected a list of {topic, line}</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="40"/>
        <source>each entry needs exactly a topic and a line</source>
        <translation>each entry needs exactly a topic and a line</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="41"/>
        <source>%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)</source>
        <translation>%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="43"/>
        <source>%1 is not a valid recurrence rule: %2</source>
        <translation>%1 is not a valid recurrence rule: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="44"/>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="45"/>
        <source>unknown time zone %1 (use an IANA name such as Asia/Tokyo)</source>
        <translation>unknown time zone %1 (use an IANA name such as Asia/Tokyo)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="47"/>
        <source>unknown time zone abbreviation %1; give an offset such as +09:00 or leave it out to use the venue&apos;s zone</source>
        <translation>unknown time zone abbreviation %1; give an offset such as +09:00 or leave it out to use the venue&apos;s zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="50"/>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation>the year %1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="51"/>
        <source>%1: the year %2 is out of range (%3 to %4)</source>
        <translation>%1: the year %2 is out of range (%3 to %4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="52"/>
        <source>%1 does not exist in %2 (the clocks skip that hour); pick another time or give an explicit UTC offset</source>
        <translation>%1 does not exist in %2 (the clocks skip that hour); pick another time or give an explicit UTC offset</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="54"/>
        <source>%1 is ambiguous in %2 (the clocks go back and it happens twice); give an explicit UTC offset such as %3 or %4</source>
        <translation>%1 is ambiguous in %2 (the clocks go back and it happens twice); give an explicit UTC offset such as %3 or %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="57"/>
        <source>expected a date and time as text, got %1</source>
        <translation>expected a date and time as text, got %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="58"/>
        <source>cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="60"/>
        <source>%1 has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)</source>
        <translation>%1 has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="62"/>
        <source>expected a date as text (YYYY-MM-DD), got %1</source>
        <translation>expected a date as text (YYYY-MM-DD), got %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="63"/>
        <source>cannot read %1 as a date (YYYY-MM-DD)</source>
        <translation>cannot read %1 as a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="64"/>
        <source>expected a date or time as text, got %1</source>
        <translation>expected a date or time as text, got %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="65"/>
        <source>is empty; type a date and time such as &quot;9/6/2017 10:30&quot;</source>
        <translation>is empty; type a date and time such as &quot;9/6/2017 10:30&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="66"/>
        <source>cannot read %1… as a date and time (too long)</source>
        <translation>cannot read %1… as a date and time (too long)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="67"/>
        <source>cannot read %1 as a date and time; type it day first, e.g. &quot;9/6/2017 10:30&quot;, &quot;9 juin 2017 10h30&quot; or &quot;June 9 2017 10:30am&quot;</source>
        <translation>cannot read %1 as a date and time; type it day first, e.g. &quot;9/6/2017 10:30&quot;, &quot;9 juin 2017 10h30&quot; or &quot;June 9 2017 10:30am&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="73"/>
        <source>%1 gives no %2; type a full date such as &quot;9/6/2017&quot;</source>
        <translation>%1 gives no %2; type a full date such as &quot;9/6/2017&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="75"/>
        <source>%1 gives no day of the month; type a full date such as &quot;9/6/2017&quot;</source>
        <translation>%1 gives no day of the month; type a full date such as &quot;9/6/2017&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="77"/>
        <source>%1: the year %2 is out of range</source>
        <translation>%1: the year %2 is out of range</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="78"/>
        <source>%1 is not a date that exists (%2/%3/%4)</source>
        <translation>%1 is not a date that exists (%2/%3/%4)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="79"/>
        <source>%1: %2 is a %3, not %4</source>
        <translation>%1: %2 is a %3, not %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="80"/>
        <source>%1 gives no time of day; add one such as 10:30</source>
        <translation>%1 gives no time of day; add one such as 10:30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="81"/>
        <source>%1 has seconds; type the time to the minute, such as 10:30</source>
        <translation>%1 has seconds; type the time to the minute, such as 10:30</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="83"/>
        <source>%1 has a time of day; type only the date, such as &quot;9/6/2017&quot;</source>
        <translation>%1 has a time of day; type only the date, such as &quot;9/6/2017&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="85"/>
        <source>no %1 with id %2</source>
        <translation>no %1 with id %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="86"/>
        <source>this %1 was changed by someone else since you opened it (your copy: version %2, stored: version %3); reload it and apply your change again</source>
        <translation>this %1 was changed by someone else since you opened it (your copy: version %2, stored: version %3); reload it and apply your change again</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="95"/>
        <source>no mission named (give an id, slug or title)</source>
        <translation>no mission named (give an id, slug or title)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="96"/>
        <source>%1 matches %2 missions; give more of the id</source>
        <translation>%1 matches %2 missions; give more of the id</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="97"/>
        <source>no mission %1 (give an id, a unique id prefix, the slug or the title)</source>
        <translation>no mission %1 (give an id, a unique id prefix, the slug or the title)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="99"/>
        <source>%1 matches %2 people; give more of the id</source>
        <translation>%1 matches %2 people; give more of the id</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="100"/>
        <source>no person with id %1 (the duplicates command lists ids)</source>
        <translation>no person with id %1 (the duplicates command lists ids)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="102"/>
        <source>cannot merge a person with themselves</source>
        <translation>cannot merge a person with themselves</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="103"/>
        <source>no merge with id %1</source>
        <translation>no merge with id %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="104"/>
        <source>the merge %1 was already undone</source>
        <translation>the merge %1 was already undone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="105"/>
        <source>%1 exists again; the merge cannot be undone twice</source>
        <translation>%1 exists again; the merge cannot be undone twice</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="106"/>
        <source>this %1 exists already; nothing to restore</source>
        <translation>this %1 exists already; nothing to restore</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="107"/>
        <source>cannot sort organizations by %1</source>
        <translation>cannot sort organizations by %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="108"/>
        <source>the mission ends (%1) before it starts (%2)</source>
        <translation>the mission ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="109"/>
        <source>a mission with slug %1 already exists</source>
        <translation>a mission with slug %1 already exists</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="110"/>
        <source>departure from %1 is not after arrival</source>
        <translation>departure from %1 is not after arrival</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="111"/>
        <source>the check-out in %1 is not after the check-in</source>
        <translation>the check-out in %1 is not after the check-in</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="113"/>
        <source>the meeting ends (%1) before or when it starts (%2)</source>
        <translation>the meeting ends (%1) before or when it starts (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="115"/>
        <source>the meeting ends before or when it starts</source>
        <translation>the meeting ends before or when it starts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="117"/>
        <source>the meeting (%1) falls outside the mission (%2 to %3)</source>
        <translation>the meeting (%1) falls outside the mission (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="119"/>
        <source>the mission has %1 meetings; the limit is %2 per mission</source>
        <translation>the mission has %1 meetings; the limit is %2 per mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="121"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="122"/>
        <source>unknown field(s): %1</source>
        <translation>unknown field(s): %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="123"/>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="124"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="125"/>
        <source>larger than %1 bytes, the most a mission file may hold</source>
        <translation>larger than %1 bytes, the most a mission file may hold</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="127"/>
        <source>not UTF-8 text (%1 at byte %2)</source>
        <translation>not UTF-8 text (%1 at byte %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="128"/>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="129"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="130"/>
        <source>nested more than %1 levels deep</source>
        <translation>nested more than %1 levels deep</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="131"/>
        <source>the file must hold a JSON object</source>
        <translation>the file must hold a JSON object</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="132"/>
        <source>expected format %1, found %2</source>
        <translation>expected format %1, found %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="133"/>
        <source>%1 meetings; the limit is %2 per mission</source>
        <translation>%1 meetings; the limit is %2 per mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="135"/>
        <source>%1 is not an airport or station code (3 to 10 letters or digits, e.g. BRU)</source>
        <translation>%1 is not an airport or station code (3 to 10 letters or digits, e.g. BRU)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="137"/>
        <source>the arrival (%1) is not after the departure (%2)</source>
        <translation>the arrival (%1) is not after the departure (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="139"/>
        <source>the journey (%1) falls outside the mission (%2 to %3)</source>
        <translation>the journey (%1) falls outside the mission (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="141"/>
        <source>the same traveller is listed twice</source>
        <translation>the same traveller is listed twice</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="142"/>
        <source>%1 is not in the mission&apos;s delegation; add them to the delegation first</source>
        <translation>%1 is not in the mission&apos;s delegation; add them to the delegation first</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="144"/>
        <source>a recurring follow-up needs a due date to count from</source>
        <translation>a recurring follow-up needs a due date to count from</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="146"/>
        <source>this follow-up is already %1</source>
        <translation>this follow-up is already %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="147"/>
        <source>expected text to search for, got %1</source>
        <translation>expected text to search for, got %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="148"/>
        <source>the search text is %1 characters long; the limit is %2</source>
        <translation>the search text is %1 characters long; the limit is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="150"/>
        <source>the search text has %1 words; the limit is %2</source>
        <translation>the search text has %1 words; the limit is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="151"/>
        <source>cannot attach a file to a %1</source>
        <translation>cannot attach a file to a %1</translation>
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
        <translation>%1 is %2 MB; attachments are limited to %3 MB</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="154"/>
        <source>%1 is not a number of minutes above zero</source>
        <translation>%1 is not a number of minutes above zero</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="155"/>
        <source>%1 minutes is longer than a day</source>
        <translation>%1 minutes is longer than a day</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="156"/>
        <source>the mission has no leg in %1; its legs: %2</source>
        <translation>the mission has no leg in %1; its legs: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="157"/>
        <source>%1 is not during the stay in %2: %3</source>
        <translation>%1 is not during the stay in %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="192"/>
        <source>%1 is read-only (a read-only file, folder or medium); it can be read, not changed; nothing was changed</source>
        <translation>%1 is read-only (a read-only file, folder or medium); it can be read, not changed; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="158"/>
        <source>%1 is not FIELD=VALUE</source>
        <translation>%1 is not FIELD=VALUE</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="70"/>
        <source>cannot read %1 as a date; type it day first, e.g. &quot;9/6/2017&quot;, &quot;9 juin 2017&quot; or &quot;2017-06-09&quot;</source>
        <translation>cannot read %1 as a date; type it day first, e.g. &quot;9/6/2017&quot;, &quot;9 juin 2017&quot; or &quot;2017-06-09&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="89"/>
        <source>the change would put a mission out of %1&apos;s sight (it would be restricted to other people); name %1 among them, or ask an administrator; nothing was changed</source>
        <translation>the change would put a mission out of %1&apos;s sight (it would be restricted to other people); name %1 among them, or ask an administrator; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="92"/>
        <source>%1 changed this %2 at %3, since you opened it (your copy: version %4, stored: version %5); reload it and apply your change again</source>
        <translation>%1 changed this %2 at %3, since you opened it (your copy: version %4, stored: version %5); reload it and apply your change again</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="159"/>
        <source>%1 cannot be edited here; the fields are: %2</source>
        <translation>%1 cannot be edited here; the fields are: %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="160"/>
        <source>%1 is given twice</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="161"/>
        <source>nothing to change: give FIELD=VALUE</source>
        <translation>nothing to change: give FIELD=VALUE</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="162"/>
        <source>%1 may read %2 but not change it (a reader&apos;s login); nothing was changed; an aide&apos;s login is needed to edit</source>
        <translation>%1 may read %2 but not change it (a reader&apos;s login); nothing was changed; an aide&apos;s login is needed to edit</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="165"/>
        <source>%1 is not a PostgreSQL database; the team commands need the cabinet&apos;s server (postgresql+psycopg://…)</source>
        <translation>%1 is not a PostgreSQL database; the team commands need the cabinet&apos;s server (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="168"/>
        <source>%1 is not a login name (lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter)</source>
        <translation>%1 is not a login name (lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="171"/>
        <source>a merged value is written only for the fields in conflict (%1), and only when both sides kept the record</source>
        <translation>a merged value is written only for the fields in conflict (%1), and only when both sides kept the record</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="173"/>
        <source>the server %1 cannot be reached (%2); nothing was lost, sync again later</source>
        <translation>the server %1 cannot be reached (%2); nothing was lost, sync again later</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="175"/>
        <source>%1 is not a SQLite file; a replica is a file on this computer</source>
        <translation>%1 is not a SQLite file; a replica is a file on this computer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="177"/>
        <source>%1 is already a replica of a server; run sync</source>
        <translation>%1 is already a replica of a server; run sync</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="178"/>
        <source>%1 already holds data of its own; join into a new file</source>
        <translation>%1 already holds data of its own; join into a new file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="180"/>
        <source>%1 has not joined a server; run join URL first</source>
        <translation>%1 has not joined a server; run join URL first</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="181"/>
        <source>this version of the app (schema %1) is newer than the server&apos;s (schema %2); ask IT to upgrade the server (server init) before syncing</source>
        <translation>this version of the app (schema %1) is newer than the server&apos;s (schema %2); ask IT to upgrade the server (server init) before syncing</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="184"/>
        <source>the server&apos;s schema (%1) is newer than this app&apos;s (%2); upgrade the app, then sync: your offline edits are kept</source>
        <translation>the server&apos;s schema (%1) is newer than this app&apos;s (%2); upgrade the app, then sync: your offline edits are kept</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="187"/>
        <source>there is no open conflict %1; conflicts lists them</source>
        <translation>there is no open conflict %1; conflicts lists them</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="189"/>
        <source>conflict %1 is a mission no longer shared with you: it cannot be kept as yours; resolve it with --theirs, or ask its owner to share it again</source>
        <translation>conflict %1 is a mission no longer shared with you: it cannot be kept as yours; resolve it with --theirs, or ask its owner to share it again</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="195"/>
        <source>%1 needs upgrading to this version&apos;s schema but is read-only; open it from a writable folder</source>
        <translation>%1 needs upgrading to this version&apos;s schema but is read-only; open it from a writable folder</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="198"/>
        <source>%1 stayed busy for %2 s (another Mission Planner is writing to it); nothing was changed, try again when it has finished</source>
        <translation>%1 stayed busy for %2 s (another Mission Planner is writing to it); nothing was changed, try again when it has finished</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="201"/>
        <source>%1 is damaged (%2); nothing was written; restore the newest good backup: missionplanner --db %1 restore %3</source>
        <translation>%1 is damaged (%2); nothing was written; restore the newest good backup: missionplanner --db %1 restore %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="204"/>
        <source>%1 is damaged (%2); nothing was written; no good backup was found in %3</source>
        <translation>%1 is damaged (%2); nothing was written; no good backup was found in %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="206"/>
        <source>%1 is not a regular file; give the path of a Mission Planner database</source>
        <translation>%1 is not a regular file; give the path of a Mission Planner database</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="208"/>
        <source>%1 is an empty file (0 bytes), not a Mission Planner database; nothing was written (remove it to start a new database there, or restore a backup into it)</source>
        <translation>%1 is an empty file (0 bytes), not a Mission Planner database; nothing was written (remove it to start a new database there, or restore a backup into it)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="212"/>
        <source>%1 is not a Mission Planner database (not an SQLite file); nothing was written</source>
        <translation>%1 is not a Mission Planner database (not an SQLite file); nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="214"/>
        <source>%1 is not a Mission Planner database (not an SQLite file); a restore will not replace it; nothing was written</source>
        <translation>%1 is not a Mission Planner database (not an SQLite file); a restore will not replace it; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="217"/>
        <source>%1 was made by a newer version of Mission Planner (schema %2); update the application to open it; nothing was changed</source>
        <translation>%1 was made by a newer version of Mission Planner (schema %2); update the application to open it; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="220"/>
        <source>the database was made by a newer version of Mission Planner (schema %1); update the application to open it; nothing was changed</source>
        <translation>the database was made by a newer version of Mission Planner (schema %1); update the application to open it; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="224"/>
        <source>backups, restore and the database doctor work on a SQLite database file only; a shared server is backed up and checked by its IT</source>
        <translation>backups, restore and the database doctor work on a SQLite database file only; a shared server is backed up and checked by its IT</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="228"/>
        <location filename="../../src/missionplanner/ui/messages.py" line="282"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="229"/>
        <source>%1: not a Mission Planner database (not an SQLite file)</source>
        <translation>%1: not a Mission Planner database (not an SQLite file)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="231"/>
        <source>%1: damaged or not a database (%2); nothing restored</source>
        <translation>%1: damaged or not a database (%2); nothing restored</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="233"/>
        <source>%1: fails the integrity check (%2); nothing restored</source>
        <translation>%1: fails the integrity check (%2); nothing restored</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="235"/>
        <source>%1: an SQLite file, but not a Mission Planner database; nothing restored</source>
        <translation>%1: an SQLite file, but not a Mission Planner database; nothing restored</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="237"/>
        <source>%1: made by a newer version of Mission Planner (schema %2); update the application first; nothing restored</source>
        <translation>%1: made by a newer version of Mission Planner (schema %2); update the application first; nothing restored</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="240"/>
        <source>%1: cannot be read whole (%2); nothing restored</source>
        <translation>%1: cannot be read whole (%2); nothing restored</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="242"/>
        <source>%1: its schema is not Mission Planner&apos;s (%2); nothing restored</source>
        <translation>%1: its schema is not Mission Planner&apos;s (%2); nothing restored</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="244"/>
        <source>no output file named; give a file name such as pack.pdf</source>
        <translation>no output file named; give a file name such as pack.pdf</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="247"/>
        <source>%1 is a symbolic link; refusing to write through it</source>
        <translation>%1 is a symbolic link; refusing to write through it</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="248"/>
        <source>%1 is a folder; give a file name inside it</source>
        <translation>%1 is a folder; give a file name inside it</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="249"/>
        <source>%1 is not a regular file (a device, pipe or socket); refusing to replace it</source>
        <translation>%1 is not a regular file (a device, pipe or socket); refusing to replace it</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="251"/>
        <source>%1 is read-only; choose another name or make it writable</source>
        <translation>%1 is read-only; choose another name or make it writable</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="253"/>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="254"/>
        <source>the folder %1 is read-only; choose another folder</source>
        <translation>the folder %1 is read-only; choose another folder</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="256"/>
        <source>not enough space on the disk to write %1; nothing was written</source>
        <translation>not enough space on the disk to write %1; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="258"/>
        <source>%1: cannot write there (%2); nothing was written</source>
        <translation>%1: cannot write there (%2); nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="260"/>
        <source>%1: %2; nothing was written</source>
        <translation>%1: %2; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="261"/>
        <source>the key %1 appears twice in one object</source>
        <translation>the key %1 appears twice in one object</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="262"/>
        <source>a number of %1 digits (the limit is %2)</source>
        <translation>a number of %1 digits (the limit is %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="263"/>
        <source>nested more than %1 levels deep (at %2)</source>
        <translation>nested more than %1 levels deep (at %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="264"/>
        <source>a lone surrogate \u%1 (not a character) at %2</source>
        <translation>a lone surrogate \u%1 (not a character) at %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="266"/>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="267"/>
        <source>unknown field(s) %1 (allowed: %2)</source>
        <translation>unknown field(s) %1 (allowed: %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="268"/>
        <source>expected a list, got %1</source>
        <translation>expected a list, got %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="269"/>
        <source>%1 is listed twice; list each one once</source>
        <translation>%1 is listed twice; list each one once</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="270"/>
        <source>%1 is the same person as %2; list each one once</source>
        <translation>%1 is the same person as %2; list each one once</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="271"/>
        <source>duplicate key %1</source>
        <translation>duplicate key %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="272"/>
        <source>no person with key %1 in this file</source>
        <translation>no person with key %1 in this file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="273"/>
        <source>no organization with key %1 in this file</source>
        <translation>no organization with key %1 in this file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="274"/>
        <source>a mission with slug %1 is already in the database</source>
        <translation>a mission with slug %1 is already in the database</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="275"/>
        <source>a mission with the same title and dates is already in the database (slug %1); this file looks imported already. To import it as another mission, give it a &quot;slug&quot;</source>
        <translation>a mission with the same title and dates is already in the database (slug %1); this file looks imported already. To import it as another mission, give it a &quot;slug&quot;</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="278"/>
        <source>a recurring follow-up needs a due date</source>
        <translation>a recurring follow-up needs a due date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="279"/>
        <source>an agreement with this title is already in the database and differs in %1; make the file agree with it, or give this one another title</source>
        <translation>an agreement with this title is already in the database and differs in %1; make the file agree with it, or give this one another title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="283"/>
        <source>%1: is a folder, not a contacts file</source>
        <translation>%1: is a folder, not a contacts file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="284"/>
        <source>the file is %1 MB, more than the limit of %2 MB for a contacts file</source>
        <translation>the file is %1 MB, more than the limit of %2 MB for a contacts file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="286"/>
        <source>this is not a text file (it contains NUL bytes); save it as CSV or XLSX</source>
        <translation>this is not a text file (it contains NUL bytes); save it as CSV or XLSX</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="288"/>
        <source>broken UTF-16 text at byte %1</source>
        <translation>broken UTF-16 text at byte %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="289"/>
        <source>the file is neither UTF-8 nor Windows-1252 text (byte %1)</source>
        <translation>the file is neither UTF-8 nor Windows-1252 text (byte %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="291"/>
        <source>the cell holds %1 characters, more than the limit of %2 for one field</source>
        <translation>the cell holds %1 characters, more than the limit of %2 for one field</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="293"/>
        <source>more than %1 contacts in one file (the limit); split it into several files</source>
        <translation>more than %1 contacts in one file (the limit); split it into several files</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="295"/>
        <source>a cell holds more than %1 characters, the limit for one field</source>
        <translation>a cell holds more than %1 characters, the limit for one field</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="297"/>
        <source>cannot read the CSV text (%1)</source>
        <translation>cannot read the CSV text (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="298"/>
        <source>the workbook expands to %1 MB once unzipped, more than the limit of %2 MB for a contacts file; save the contacts alone in a smaller sheet or as CSV</source>
        <translation>the workbook expands to %1 MB once unzipped, more than the limit of %2 MB for a contacts file; save the contacts alone in a smaller sheet or as CSV</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="301"/>
        <source>cannot open the workbook, it may be damaged (%1: %2)</source>
        <translation>cannot open the workbook, it may be damaged (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="303"/>
        <source>cannot read the first sheet (%1)</source>
        <translation>cannot read the first sheet (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="304"/>
        <source>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: %1)</source>
        <translation>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="307"/>
        <source>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: nothing)</source>
        <translation>no family-name column found (expected a header such as Family name, Nom or Achternaam; found: nothing)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="310"/>
        <source>the file is empty (expected a header line and one contact per line)</source>
        <translation>the file is empty (expected a header line and one contact per line)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="312"/>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="313"/>
        <source>the family name is empty</source>
        <translation>the family name is empty</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="314"/>
        <source>%1: is a folder, not a calendar file</source>
        <translation>%1: is a folder, not a calendar file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="315"/>
        <source>the file is %1 MB, more than the limit of %2 MB for a calendar file</source>
        <translation>the file is %1 MB, more than the limit of %2 MB for a calendar file</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="317"/>
        <source>not a text file in UTF-8 or Windows-1252 (byte %1)</source>
        <translation>not a text file in UTF-8 or Windows-1252 (byte %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="318"/>
        <source>the file starts with a continuation line (leading space)</source>
        <translation>the file starts with a continuation line (leading space)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="320"/>
        <source>the file is empty (expected BEGIN:VCALENDAR)</source>
        <translation>the file is empty (expected BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="321"/>
        <source>text after END:VCALENDAR, found %1</source>
        <translation>text after END:VCALENDAR, found %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="322"/>
        <source>not an iCalendar file: expected BEGIN:VCALENDAR, found %1</source>
        <translation>not an iCalendar file: expected BEGIN:VCALENDAR, found %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="324"/>
        <source>expected NAME:VALUE, found %1</source>
        <translation>expected NAME:VALUE, found %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="325"/>
        <source>expected PARAMETER=VALUE after %1;, found %2</source>
        <translation>expected PARAMETER=VALUE after %1;, found %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="326"/>
        <source>expected &apos;:&apos; before the value of %1, found %2</source>
        <translation>expected &apos;:&apos; before the value of %1, found %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="327"/>
        <source>%1 needs a component name, found %2</source>
        <translation>%1 needs a component name, found %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="328"/>
        <source>components nested too deeply</source>
        <translation>components nested too deeply</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="329"/>
        <source>END:%1 closes BEGIN:%2 of line %3</source>
        <translation>END:%1 closes BEGIN:%2 of line %3</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="330"/>
        <source>BEGIN:%1 of line %2 is never closed (the file may be cut short)</source>
        <translation>BEGIN:%1 of line %2 is never closed (the file may be cut short)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="332"/>
        <source>cannot read %1 as a real date or date-time (%2)</source>
        <translation>cannot read %1 as a real date or date-time (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="333"/>
        <source>cannot read the recurrence rule %1</source>
        <translation>cannot read the recurrence rule %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="334"/>
        <source>cannot read %1 as a duration (e.g. PT1H30M)</source>
        <translation>cannot read %1 as a duration (e.g. PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="335"/>
        <source>VTIMEZONE without a TZID</source>
        <translation>VTIMEZONE without a TZID</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="336"/>
        <source>unknown time zone TZID=%1 and the file has no VTIMEZONE block defining it</source>
        <translation>unknown time zone TZID=%1 and the file has no VTIMEZONE block defining it</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="338"/>
        <source>cannot read the VTIMEZONE block for %1 (%2)</source>
        <translation>cannot read the VTIMEZONE block for %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="339"/>
        <source>%1 cannot be placed in time (%2)</source>
        <translation>%1 cannot be placed in time (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="340"/>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="341"/>
        <source>VEVENT without DTSTART</source>
        <translation>VEVENT without DTSTART</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="342"/>
        <source>DTEND is a date-time but DTSTART is a date</source>
        <translation>DTEND is a date-time but DTSTART is a date</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="343"/>
        <source>DTEND is a date but DTSTART is a date-time</source>
        <translation>DTEND is a date but DTSTART is a date-time</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="344"/>
        <source>the event ends before or when it starts</source>
        <translation>the event ends before or when it starts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="345"/>
        <source>the event lasts too long</source>
        <translation>the event lasts too long</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="346"/>
        <source>the recurring event gives %1 meetings within the mission (at most %2)</source>
        <translation>the recurring event gives %1 meetings within the mission (at most %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="348"/>
        <source>cannot read the recurrence rule %1 (%2)</source>
        <translation>cannot read the recurrence rule %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="349"/>
        <source>the recurrence rule repeats too often to expand (more than %1 repetitions, the limit for one rule)</source>
        <translation>the recurrence rule repeats too often to expand (more than %1 repetitions, the limit for one rule)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="352"/>
        <source>the recurring events of this file repeat too often to expand (more than %1 repetitions in all, the limit for one import; reached at the event of line %2)</source>
        <translation>the recurring events of this file repeat too often to expand (more than %1 repetitions in all, the limit for one import; reached at the event of line %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="355"/>
        <source>cannot expand the recurrence rule (%1)</source>
        <translation>cannot expand the recurrence rule (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="356"/>
        <source>the mission has %1 meetings; the limit is %2 per mission: this file would add %3 more</source>
        <translation>the mission has %1 meetings; the limit is %2 per mission: this file would add %3 more</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="358"/>
        <source>%1 (and %2 more rows)</source>
        <translation>%1 (and %2 more rows)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="359"/>
        <source>the meeting it came from was deleted since; nothing to restore</source>
        <translation>the meeting it came from was deleted since; nothing to restore</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="361"/>
        <source>the mission it belonged to was deleted since; nothing to restore</source>
        <translation>the mission it belonged to was deleted since; nothing to restore</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="363"/>
        <source>%1 is read-only; nothing restored</source>
        <translation>%1 is read-only; nothing restored</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="364"/>
        <source>only a SQLite file can be backed up this way</source>
        <translation>only a SQLite file can be backed up this way</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="365"/>
        <source>it fails SQLite&apos;s check: %1</source>
        <translation>it fails SQLite&apos;s check: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="366"/>
        <source>it cannot be read whole: %1</source>
        <translation>it cannot be read whole: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="367"/>
        <source>not enough space on the disk for the copy %1; nothing was kept</source>
        <translation>not enough space on the disk for the copy %1; nothing was kept</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="369"/>
        <source>the database stayed busy; no copy made to %1</source>
        <translation>the database stayed busy; no copy made to %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="370"/>
        <source>%1: %2; nothing was kept</source>
        <translation>%1: %2; nothing was kept</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="371"/>
        <source>&apos;%1&apos; is not available yet in this version</source>
        <translation>&apos;%1&apos; is not available yet in this version</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="372"/>
        <source>--scale must be positive, not %1</source>
        <translation>--scale must be positive, not %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="377"/>
        <source>unknown language %1 (use fr, nl or en)</source>
        <translation>unknown language %1 (use fr, nl or en)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="429"/>
        <source>Talking point</source>
        <translation>Talking point</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="430"/>
        <source>If raised</source>
        <translation>If raised</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="431"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="432"/>
        <source>line to take</source>
        <translation>line to take</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="433"/>
        <source>Restricted to</source>
        <translation>Restricted to</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="434"/>
        <source>Key message</source>
        <translation>Key message</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="435"/>
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="442"/>
        <source>Title is required</source>
        <translation>Title is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="443"/>
        <source>Name is required</source>
        <translation>Name is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="444"/>
        <source>Family name is required</source>
        <translation>Family name is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="445"/>
        <source>Start is required</source>
        <translation>Start is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="446"/>
        <source>End is required</source>
        <translation>End is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="447"/>
        <source>Arrival is required</source>
        <translation>Arrival is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="448"/>
        <source>Departure is required</source>
        <translation>Departure is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="449"/>
        <source>City is required</source>
        <translation>City is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="450"/>
        <source>Country is required</source>
        <translation>Country is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="451"/>
        <source>Action is required</source>
        <translation>Action is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="452"/>
        <source>Date is required</source>
        <translation>Date is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="453"/>
        <source>Time zone is required</source>
        <translation>Time zone is required</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="373"/>
        <source>unknown edition %1 (use minister or working)</source>
        <translation>unknown edition %1 (use minister or working)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="374"/>
        <source>is %1 characters long; the limit is %2</source>
        <translation>is %1 characters long; the limit is %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="375"/>
        <source>contains a control character or a line break</source>
        <translation>contains a control character or a line break</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="376"/>
        <source>must be a whole number from 1 (got %1)</source>
        <translation>must be a whole number from 1 (got %1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="378"/>
        <source>unknown paper size %1 (use a4 or letter)</source>
        <translation>unknown paper size %1 (use a4 or letter)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="379"/>
        <source>the marking is %1 characters long; the limit is %2 characters (it is printed in full on every page)</source>
        <translation>the marking is %1 characters long; the limit is %2 characters (it is printed in full on every page)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="382"/>
        <source>contains a control character or a line break (it is printed as one marking)</source>
        <translation>contains a control character or a line break (it is printed as one marking)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="384"/>
        <source>unknown section(s) %1 (choose from %2)</source>
        <translation>unknown section(s) %1 (choose from %2)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="385"/>
        <source>the mission has %1 meetings; a briefing pack holds at most %2 (the limit on meetings per pack)</source>
        <translation>the mission has %1 meetings; a briefing pack holds at most %2 (the limit on meetings per pack)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="392"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="393"/>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="394"/>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="395"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="396"/>
        <source>leg</source>
        <translation>leg</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="397"/>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="398"/>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="399"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="400"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="402"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="403"/>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="404"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="405"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="408"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="409"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="410"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="411"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="412"/>
        <source>Name in native script</source>
        <translation>Name in native script</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="413"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="414"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="415"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="416"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="417"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="418"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="419"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="420"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="421"/>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="422"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="423"/>
        <source>Home time zone</source>
        <translation>Home time zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="424"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="425"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="426"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="427"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/messages.py" line="428"/>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="97"/>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="98"/>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="99"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="100"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="101"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="103"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="104"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="105"/>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="106"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="108"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="110"/>
        <source>negotiating</source>
        <translation>negotiating</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="111"/>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="112"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/formatting.py" line="113"/>
        <source>terminated</source>
        <translation>terminated</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="30"/>
        <source>S&amp;ync with the server</source>
        <translation>S&amp;ync with the server</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="32"/>
        <source>Send your changes to the cabinet&apos;s server and bring theirs</source>
        <translation>Send your changes to the cabinet&apos;s server and bring theirs</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="89"/>
        <source>Not synced: %1.</source>
        <translation>Not synced: %1.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="99"/>
        <source>Sync (%1)</source>
        <translation>Sync (%1)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="100"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="101"/>
        <source>Sync (%n conflict(s) waiting)</source>
        <translation>
            <numerusform>Sync (%n conflict waiting)</numerusform>
            <numerusform>Sync (%n conflicts waiting)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="34"/>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="97"/>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flicts…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="96"/>
        <source>Con&amp;flicts (%1)…</source>
        <translation>Con&amp;flicts (%1)…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="63"/>
        <source>Syncing with the server…</source>
        <translation>Syncing with the server…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="71"/>
        <source>Synced: %1 received, %2 sent, %3 waiting in Conflicts</source>
        <translation>Synced: %1 received, %2 sent, %3 waiting in Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="82"/>
        <source>The server cannot be reached: your changes are kept and will be sent at the next sync.</source>
        <translation>The server cannot be reached: your changes are kept and will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/sync_actions.py" line="102"/>
        <source>Sync with the server (Ctrl+Shift+Y)</source>
        <translation>Sync with the server (Ctrl+Shift+Y)</translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="38"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="40"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="43"/>
        <source>Move the point up</source>
        <translation>Move the point up</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="44"/>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="48"/>
        <source>Move the point down</source>
        <translation>Move the point down</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="49"/>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/point_list.py" line="68"/>
        <source>New point</source>
        <translation>New point</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="156"/>
        <source>%1 %2 (%3 time)</source>
        <translation>%1 %2 (%3 time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="166"/>
        <source>Departs %1 from %2</source>
        <translation>Departs %1 from %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="167"/>
        <source>Arrives %1 in %2</source>
        <translation>Arrives %1 in %2</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="169"/>
        <source>Travellers: %1</source>
        <translation>Travellers: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="171"/>
        <source>Recorded on the mission “%1”</source>
        <translation>Recorded on the mission “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="174"/>
        <source>Check-in %1</source>
        <translation>Check-in %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="175"/>
        <source>Check-out %1</source>
        <translation>Check-out %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="185"/>
        <source>Clocks change: %1 → %2 (%3 h) on arriving with %4</source>
        <translation>Clocks change: %1 → %2 (%3 h) on arriving with %4</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="199"/>
        <source>Nothing to show yet: add travel, legs or meetings to this mission.</source>
        <translation>Nothing to show yet: add travel, legs or meetings to this mission.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="219"/>
        <source> (home %1 h)</source>
        <translation> (home %1 h)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="276"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="277"/>
        <source>Travel without the lead</source>
        <translation>Travel without the lead</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="278"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="279"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/timeline_view.py" line="281"/>
        <source>Clocks change</source>
        <translation>Clocks change</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="34"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="35"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="36"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="39"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="40"/>
        <source>Reason for the meeting</source>
        <translation>Reason for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="41"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="42"/>
        <source>Points to make</source>
        <translation>Points to make</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="43"/>
        <source>If raised</source>
        <translation>If raised</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="44"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="45"/>
        <source>Arrangements</source>
        <translation>Arrangements</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="46"/>
        <source>Biography</source>
        <translation>Biography</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="47"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="48"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="49"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="50"/>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="53"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="54"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="55"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="56"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="57"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="110"/>
        <source>Translations — %1</source>
        <translation>Translations — %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="119"/>
        <source>The pack prints the text in the language it is made in; where a box is empty it prints the text as typed, marked. Points to make and key messages: one per line. If raised: one per line, the question, then “—”, then the line to take.</source>
        <translation>The pack prints the text in the language it is made in; where a box is empty it prints the text as typed, marked. Points to make and key messages: one per line. If raised: one per line, the question, then “—”, then the line to take.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="143"/>
        <source>As typed</source>
        <translation>As typed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="196"/>
        <source>Translations of “%1”</source>
        <translation>Translations of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="217"/>
        <source>The texts the briefing pack prints, in French, Dutch and English (once the record is saved)</source>
        <translation>The texts the briefing pack prints, in French, Dutch and English (once the record is saved)</translation>
    </message>
</context>
<context>
    <name>Travel</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="66"/>
        <source>+1 day</source>
        <translation>+1 day</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="68"/>
        <source>-1 day</source>
        <translation>-1 day</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="69"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="113"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="113"/>
        <source>New travel</source>
        <translation>New travel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="122"/>
        <source>e.g. All Nippon Airways, JR Central</source>
        <translation>e.g. All Nippon Airways, JR Central</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="124"/>
        <source>e.g. NH 232, Nozomi 21</source>
        <translation>e.g. NH 232, Nozomi 21</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="128"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="129"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Carrier</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="130"/>
        <source>N&amp;umber</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="137"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="137"/>
        <source>&amp;Departure (local time)</source>
        <translation>&amp;Departure (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="138"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="138"/>
        <source>&amp;Arrival (local time)</source>
        <translation>&amp;Arrival (local time)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="140"/>
        <source>City, station or airport</source>
        <translation>City, station or airport</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="142"/>
        <source>e.g. BRU, HND</source>
        <translation>e.g. BRU, HND</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="149"/>
        <source>e.g. 7/6/2017 12:00</source>
        <translation>e.g. 7/6/2017 12:00</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="157"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="157"/>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
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
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="160"/>
        <source>Time z&amp;one</source>
        <translation>Time z&amp;one</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="179"/>
        <source>&amp;Booking reference</source>
        <translation>&amp;Booking reference</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="180"/>
        <source>&amp;Seat</source>
        <translation>&amp;Seat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="197"/>
        <source>The mission has no lead or delegation yet.</source>
        <translation>The mission has no lead or delegation yet.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="198"/>
        <source>Travellers</source>
        <translation>Travellers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="200"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="260"/>
        <source>%1 h %2 min under way</source>
        <translation>%1 h %2 min under way</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="305"/>
        <source>Add travel %1</source>
        <translation>Add travel %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="312"/>
        <source>Edit travel %1</source>
        <translation>Edit travel %1</translation>
    </message>
</context>
<context>
    <name>TravelKind</name>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="25"/>
        <source>Flight</source>
        <translation>Flight</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="26"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="27"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="28"/>
        <source>Boat</source>
        <translation>Boat</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/kind_labels.py" line="29"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>TravelList</name>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="423"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="424"/>
        <source>Departure (local)</source>
        <translation>Departure (local)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="424"/>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="425"/>
        <source>Carrier and number</source>
        <translation>Carrier and number</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="425"/>
        <source>Arrival (local)</source>
        <translation>Arrival (local)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="426"/>
        <source>Travellers</source>
        <translation>Travellers</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="435"/>
        <source>&amp;Add travel…</source>
        <translation>&amp;Add travel…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="437"/>
        <source>&amp;Edit travel…</source>
        <translation>&amp;Edit travel…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="439"/>
        <source>&amp;Delete travel</source>
        <translation>&amp;Delete travel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="457"/>
        <source>Save the mission first; then add its flights, trains and cars here.</source>
        <translation>Save the mission first; then add its flights, trains and cars here.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="459"/>
        <source>Travellers are chosen among the mission&apos;s lead and delegation as saved.</source>
        <translation>Travellers are chosen among the mission&apos;s lead and delegation as saved.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="532"/>
        <source>Delete travel</source>
        <translation>Delete travel</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="533"/>
        <source>Delete the travel %1?</source>
        <translation>Delete the travel %1?</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/travel_editor.py" line="544"/>
        <source>Delete travel %1</source>
        <translation>Delete travel %1</translation>
    </message>
</context>
<context>
    <name>UntranslatedNote</name>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="258"/>
        <source>%n text(s) not in French will print as typed:</source>
        <translation>
            <numerusform>%n text not in French will print as typed:</numerusform>
            <numerusform>%n texts not in French will print as typed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="259"/>
        <source>%n text(s) not in Dutch will print as typed:</source>
        <translation>
            <numerusform>%n text not in Dutch will print as typed:</numerusform>
            <numerusform>%n texts not in Dutch will print as typed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/missionplanner/ui/translations_dialog.py" line="260"/>
        <source>%n text(s) not in English will print as typed:</source>
        <translation>
            <numerusform>%n text not in English will print as typed:</numerusform>
            <numerusform>%n texts not in English will print as typed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="49"/>
        <source>Printed versions: %1</source>
        <translation>Printed versions: %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="54"/>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="55"/>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="56"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="57"/>
        <source>Printed versions</source>
        <translation>Printed versions</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="60"/>
        <source>Compare &amp;with</source>
        <translation>Compare &amp;with</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="62"/>
        <source>&amp;Show changes</source>
        <translation>&amp;Show changes</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="71"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="72"/>
        <source>Reading the printed versions…</source>
        <translation>Reading the printed versions…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="85"/>
        <source>Minister&apos;s pack</source>
        <translation>Minister&apos;s pack</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="85"/>
        <source>Working pack (private office)</source>
        <translation>Working pack (private office)</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="100"/>
        <source>No pack of this mission has been printed yet.</source>
        <translation>No pack of this mission has been printed yet.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="101"/>
        <source>Choose a version, then the version to compare it with.</source>
        <translation>Choose a version, then the version to compare it with.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="115"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="126"/>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="139"/>
        <source>From version %1 to version %2:</source>
        <translation>From version %1 to version %2:</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="140"/>
        <source>No changes from version %1 to version %2.</source>
        <translation>No changes from version %1 to version %2.</translation>
    </message>
    <message>
        <location filename="../../src/missionplanner/ui/versions_dialog.py" line="143"/>
        <source>(The two were printed in different languages: their texts are not compared.)</source>
        <translation>(The two were printed in different languages: their texts are not compared.)</translation>
    </message>
</context>
<context>
    <name>ZoneComboBox</name>
    <message>
        <location filename="../../src/missionplanner/ui/widgets.py" line="79"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
</context>
</TS>
