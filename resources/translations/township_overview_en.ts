<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>TownshipOverviewPage</name>
        <message>
            <source>All villages at a glance</source>
            <translation>All villages at a glance</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Print the township summary…</source>
            <translation>Print the township summary…</translation>
        </message>
        <message>
            <source>All villages on A4 landscape, for the township meeting (Ctrl+P)</source>
            <translation>All villages on A4 landscape, for the township meeting (Ctrl+P)</translation>
        </message>
        <message>
            <source>Red: a rule broken · Amber: needs attention (no file for 45 days, a meeting late, key candidates outside the target, a project with problems)</source>
            <translation>Red: a rule broken · Amber: needs attention (no file for 45 days, a meeting late, key candidates outside the target, a project with problems)</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Last file</source>
            <translation>Last file</translation>
        </message>
        <message>
            <source>First-week meetings
(held / due)</source>
            <translation>First-week meetings
(held / due)</translation>
        </message>
        <message>
            <source>Spending (yuan)
used / year's limits</source>
            <translation>Spending (yuan)
used / year's limits</translation>
        </message>
        <message>
            <source>Over the limit</source>
            <translation>Over the limit</translation>
        </message>
        <message>
            <source>Waiting for
township review</source>
            <translation>Waiting for
township review</translation>
        </message>
        <message>
            <source>Projects needing
attention (of all)</source>
            <translation>Projects needing
attention (of all)</translation>
        </message>
        <message>
            <source>Key reserve
candidates</source>
            <translation>Key reserve
candidates</translation>
        </message>
        <message>
            <source>Rule
broken</source>
            <translation>Rule
broken</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Main problems</source>
            <translation>Main problems</translation>
        </message>
        <message>
            <source>Rules broken, by village</source>
            <translation>Rules broken, by village</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>Every village side by side: files received, meetings, spending, projects, reserve cadres</source>
            <translation>Every village side by side: files received, meetings, spending, projects, reserve cadres</translation>
        </message>
        <message>
            <source>Rules broken: the %1 villages with the most</source>
            <translation>Rules broken: the %1 villages with the most</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>No. %1, %2</source>
            <translation>No. %1, %2</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>nothing yet</translation>
        </message>
        <message>
            <source> (%1 held)</source>
            <translation> (%1 held)</translation>
        </message>
        <message>
            <source>entered on this PC</source>
            <translation>entered on this PC</translation>
        </message>
        <message>
            <source>, file No. %1 sent</source>
            <translation>, file No. %1 sent</translation>
        </message>
        <message>
            <source>no key enrolled, nothing received</source>
            <translation>no key enrolled, nothing received</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Main problems of %1</source>
            <translation>Main problems of %1</translation>
        </message>
        <message>
            <source>Rule broken</source>
            <translation>Rule broken</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <source>Bidding</source>
            <translation>Bidding</translation>
        </message>
        <message>
            <source>Reserve cadres</source>
            <translation>Reserve cadres</translation>
        </message>
        <message>
            <source>Major matters</source>
            <translation>Major matters</translation>
        </message>
        <message>
            <source>Files sent</source>
            <translation>Files sent</translation>
        </message>
        <message>
            <source>Checking the records…</source>
            <translation>Checking the records…</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <source>Township summary %1</source>
            <translation>Township summary %1</translation>
        </message>
    </context>
</TS>
