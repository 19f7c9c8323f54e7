<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>MeetingForm</name>
        <message>
            <source>New meeting record — %1</source>
            <translation>New meeting record — %1</translation>
        </message>
        <message>
            <source>Meeting record — %1</source>
            <translation>Meeting record — %1</translation>
        </message>
        <message>
            <source>Township accounts can read village records but not change them</source>
            <translation>Township accounts can read village records but not change them</translation>
        </message>
        <message>
            <source>Kind of meeting:</source>
            <translation>Kind of meeting:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>e.g. village office meeting room</source>
            <translation>e.g. village office meeting room</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Host (主持人):</source>
            <translation>Host (主持人):</translation>
        </message>
        <message>
            <source>Recorder (记录人):</source>
            <translation>Recorder (记录人):</translation>
        </message>
        <message>
            <source>e.g. November work meeting</source>
            <translation>e.g. November work meeting</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Topic:</translation>
        </message>
        <message>
            <source>1. Basics</source>
            <translation>1. Basics</translation>
        </message>
        <message>
            <source>choose or type a name</source>
            <translation>choose or type a name</translation>
        </message>
        <message>
            <source>Village cadres — tick who was present; write the reason for anyone absent:</source>
            <translation>Village cadres — tick who was present; write the reason for anyone absent:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Reason for absence</source>
            <translation>Reason for absence</translation>
        </message>
        <message>
            <source>Township people who attended (乡领导 / 驻村指导员 / 联村干部):</source>
            <translation>Township people who attended (乡领导 / 驻村指导员 / 联村干部):</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Add a township attendee</source>
            <translation>Add a township attendee</translation>
        </message>
        <message>
            <source>Remove the selected attendee</source>
            <translation>Remove the selected attendee</translation>
        </message>
        <message>
            <source>2. Attendance</source>
            <translation>2. Attendance</translation>
        </message>
        <message>
            <source>Agenda items, one per line:</source>
            <translation>Agenda items, one per line:</translation>
        </message>
        <message>
            <source>e.g.
Report on last month's work
Plan the road repair</source>
            <translation>e.g.
Report on last month's work
Plan the road repair</translation>
        </message>
        <message>
            <source>Each line of work reports (条线汇报):</source>
            <translation>Each line of work reports (条线汇报):</translation>
        </message>
        <message>
            <source>Line of work</source>
            <translation>Line of work</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Add a report</source>
            <translation>Add a report</translation>
        </message>
        <message>
            <source>Remove the selected report</source>
            <translation>Remove the selected report</translation>
        </message>
        <message>
            <source>Discussion:</source>
            <translation>Discussion:</translation>
        </message>
        <message>
            <source>What was discussed and who said what</source>
            <translation>What was discussed and who said what</translation>
        </message>
        <message>
            <source>3. Agenda and reports</source>
            <translation>3. Agenda and reports</translation>
        </message>
        <message>
            <source>Resolutions of this meeting (决议), each with who is responsible and by when:</source>
            <translation>Resolutions of this meeting (决议), each with who is responsible and by when:</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Add a resolution</source>
            <translation>Add a resolution</translation>
        </message>
        <message>
            <source>Remove the selected resolution</source>
            <translation>Remove the selected resolution</translation>
        </message>
        <message>
            <source>Follow-up of earlier resolutions still open (上次决议落实情况):</source>
            <translation>Follow-up of earlier resolutions still open (上次决议落实情况):</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Status now</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>4. Resolutions</source>
            <translation>4. Resolutions</translation>
        </message>
        <message>
            <source>%1 work meeting</source>
            <translation>%1 work meeting</translation>
        </message>
        <message>
            <source>(not followed up)</source>
            <translation>(not followed up)</translation>
        </message>
        <message>
            <source>Save the record first, then print it.</source>
            <translation>Save the record first, then print it.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>New meeting record</source>
            <translation>New meeting record</translation>
        </message>
        <message>
            <source>Record this month's work meeting or another meeting (Ctrl+N)</source>
            <translation>Record this month's work meeting or another meeting (Ctrl+N)</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Find in minutes:</source>
            <translation>Find in minutes:</translation>
        </message>
        <message>
            <source>any word, e.g. 道路 or 水</source>
            <translation>any word, e.g. 道路 or 水</translation>
        </message>
        <message>
            <source>Search every village</source>
            <translation>Search every village</translation>
        </message>
        <message>
            <source>Find the words in the minutes of all villages of the township</source>
            <translation>Find the words in the minutes of all villages of the township</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Topic / where found</source>
            <translation>Topic / where found</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>Resolutions</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open the selected record to read or change it</source>
            <translation>Open the selected record to read or change it</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the official record of the selected meeting (Ctrl+P)</source>
            <translation>Print the official record of the selected meeting (Ctrl+P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete a meeting entered by mistake (you are asked first)</source>
            <translation>Delete a meeting entered by mistake (you are asked first)</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Green: work meeting held in days 1–7 · Amber: held late · Red: not held · Grey: not due yet</source>
            <translation>Green: work meeting held in days 1–7 · Amber: held late · Red: not held · Grey: not due yet</translation>
        </message>
        <message>
            <source>Monthly calendar</source>
            <translation>Monthly calendar</translation>
        </message>
        <message>
            <source>Every village, month by month: ✓ work meeting in days 1–7, a day number when held late, ✗ not held. Hover a cell for township visits and overdue resolutions.</source>
            <translation>Every village, month by month: ✓ work meeting in days 1–7, a day number when held late, ✗ not held. Hover a cell for township visits and overdue resolutions.</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Monthly work meetings and their official records</source>
            <translation>Monthly work meetings and their official records</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Meetings — %1</source>
            <translation>Meetings — %1</translation>
        </message>
        <message>
            <source>Click a meeting in the list first.</source>
            <translation>Click a meeting in the list first.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Delete meeting record</source>
            <translation>Delete meeting record</translation>
        </message>
        <message>
            <source>Delete the record of the meeting on %1? This cannot be undone.</source>
            <translation>Delete the record of the meeting on %1? This cannot be undone.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Cannot delete</translation>
        </message>
    </context>
    <context>
        <name>MonthCalendar</name>
        <message>
            <source>Held in days 1–7</source>
            <translation>Held in days 1–7</translation>
        </message>
        <message>
            <source>Held late</source>
            <translation>Held late</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>Not held</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>Not due yet</translation>
        </message>
        <message>
            <source>Month %1</source>
            <translation>Month %1</translation>
        </message>
        <message>
            <source>Work meeting: day %1</source>
            <translation>Work meeting: day %1</translation>
        </message>
        <message>
            <source>Township visits: %1</source>
            <translation>Township visits: %1</translation>
        </message>
        <message>
            <source>Overdue resolutions: %1</source>
            <translation>Overdue resolutions: %1</translation>
        </message>
    </context>
    <context>
        <name>TownshipMonthTable</name>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>M%1</source>
            <translation>M%1</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>th</source>
            <translation>th</translation>
        </message>
        <message>
            <source>Held in days 1–7</source>
            <translation>Held in days 1–7</translation>
        </message>
        <message>
            <source>Held late</source>
            <translation>Held late</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>Not held</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>Not due yet</translation>
        </message>
        <message>
            <source>Township visits: %1</source>
            <translation>Township visits: %1</translation>
        </message>
        <message>
            <source>Overdue resolutions: %1</source>
            <translation>Overdue resolutions: %1</translation>
        </message>
    </context>
</TS>
