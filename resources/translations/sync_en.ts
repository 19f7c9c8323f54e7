<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>SyncEnrolDialog</name>
        <message>
            <source>Enrol a signing key</source>
            <translation>Enrol a signing key</translation>
        </message>
        <message>
            <source>Choose the key file (.vakey) or a file exported by the other side. Then ask them to read out the fingerprint shown on their screen, group by group, and compare it with the one below.</source>
            <translation>Choose the key file (.vakey) or a file exported by the other side. Then ask them to read out the fingerprint shown on their screen, group by group, and compare it with the one below.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Key of:</source>
            <translation>Key of:</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Fingerprint:</translation>
        </message>
        <message>
            <source>type what the other side reads out (optional)</source>
            <translation>type what the other side reads out (optional)</translation>
        </message>
        <message>
            <source>Fingerprint read out:</source>
            <translation>Fingerprint read out:</translation>
        </message>
        <message>
            <source>Add this village to the township (it is not in the list yet)</source>
            <translation>Add this village to the township (it is not in the list yet)</translation>
        </message>
        <message>
            <source>Replace the key enrolled before (the village changed its PC or key)</source>
            <translation>Replace the key enrolled before (the village changed its PC or key)</translation>
        </message>
        <message>
            <source>why, and how the new fingerprint was checked</source>
            <translation>why, and how the new fingerprint was checked</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Enrol</translation>
        </message>
        <message>
            <source>Key file or export file</source>
            <translation>Key file or export file</translation>
        </message>
        <message>
            <source>VillageAdmin files (*.vakey *.vabundle *.vapolicy)</source>
            <translation>VillageAdmin files (*.vakey *.vabundle *.vapolicy)</translation>
        </message>
        <message>
            <source>the township: %1</source>
            <translation>the township: %1</translation>
        </message>
        <message>
            <source>Choose a key file first.</source>
            <translation>Choose a key file first.</translation>
        </message>
    </context>
    <context>
        <name>SyncImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>Import report</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>What changed, or why</source>
            <translation>What changed, or why</translation>
        </message>
        <message>
            <source> No. %1</source>
            <translation> No. %1</translation>
        </message>
        <message>
            <source>A backup was made before importing: %1</source>
            <translation>A backup was made before importing: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No files for VillageAdmin were found there.</source>
            <translation>No files for VillageAdmin were found there.</translation>
        </message>
        <message>
            <source>%1 file(s): %2</source>
            <translation>%1 file(s): %2</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Already imported, no change</source>
            <translation>Already imported, no change</translation>
        </message>
        <message>
            <source>Held until you confirm</source>
            <translation>Held until you confirm</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>No records changed.</source>
            <translation>No records changed.</translation>
        </message>
        <message>
            <source>This file was imported before; nothing changed.</source>
            <translation>This file was imported before; nothing changed.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Files for the township</source>
            <translation>Files for the township</translation>
        </message>
        <message>
            <source>Send to the township</source>
            <translation>Send to the township</translation>
        </message>
        <message>
            <source>Receive files</source>
            <translation>Receive files</translation>
        </message>
        <message>
            <source>Township policy file</source>
            <translation>Township policy file</translation>
        </message>
        <message>
            <source>Signing keys</source>
            <translation>Signing keys</translation>
        </message>
        <message>
            <source>Send / receive</source>
            <translation>Send / receive</translation>
        </message>
        <message>
            <source>Export the village's file for the township, import files, compare key fingerprints</source>
            <translation>Export the village's file for the township, import files, compare key fingerprints</translation>
        </message>
        <message>
            <source>This PC's signing key for the village</source>
            <translation>This PC's signing key for the village</translation>
        </message>
        <message>
            <source>The township shows the same fingerprint once it has enrolled this key. Read it out group by group when you enrol or when asked.</source>
            <translation>The township shows the same fingerprint once it has enrolled this key. Read it out group by group when you enrol or when asked.</translation>
        </message>
        <message>
            <source>Carry all records (only when the township asks for a complete file)</source>
            <translation>Carry all records (only when the township asks for a complete file)</translation>
        </message>
        <message>
            <source>Normally the file carries only what changed since the last one</source>
            <translation>Normally the file carries only what changed since the last one</translation>
        </message>
        <message>
            <source>Export the file for the township…</source>
            <translation>Export the file for the township…</translation>
        </message>
        <message>
            <source>Write the village's file to the USB stick (choose its folder)</source>
            <translation>Write the village's file to the USB stick (choose its folder)</translation>
        </message>
        <message>
            <source>Write the key file for enrolment…</source>
            <translation>Write the key file for enrolment…</translation>
        </message>
        <message>
            <source>The first time only: the township enrols the village's key from it</source>
            <translation>The first time only: the township enrols the village's key from it</translation>
        </message>
        <message>
            <source>Choose a village at the top to export its file.</source>
            <translation>Choose a village at the top to export its file.</translation>
        </message>
        <message>
            <source>Last sent to the township: %1, file No. %2</source>
            <translation>Last sent to the township: %1, file No. %2</translation>
        </message>
        <message>
            <source>Nothing sent to the township yet.</source>
            <translation>Nothing sent to the township yet.</translation>
        </message>
        <message>
            <source>(made with the first export)</source>
            <translation>(made with the first export)</translation>
        </message>
        <message>
            <source>This village's records come from its own files; export them on the village's PC.</source>
            <translation>This village's records come from its own files; export them on the village's PC.</translation>
        </message>
        <message>
            <source>Records changed since the last file: counting…</source>
            <translation>Records changed since the last file: counting…</translation>
        </message>
        <message>
            <source>Records changed since the last file: %1</source>
            <translation>Records changed since the last file: %1</translation>
        </message>
        <message>
            <source>Where to save the file (the USB stick)</source>
            <translation>Where to save the file (the USB stick)</translation>
        </message>
        <message>
            <source>File saved</source>
            <translation>File saved</translation>
        </message>
        <message>
            <source>Saved file No. %1 (%2 records) as
%3

Hand this file to the township.</source>
            <translation>Saved file No. %1 (%2 records) as
%3

Hand this file to the township.</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>Writing the file…</translation>
        </message>
        <message>
            <source>Where to save the key file</source>
            <translation>Where to save the key file</translation>
        </message>
        <message>
            <source>Key file saved</source>
            <translation>Key file saved</translation>
        </message>
        <message>
            <source>Saved %1.
The township enrols it once and compares the fingerprint with you.</source>
            <translation>Saved %1.
The township enrols it once and compares the fingerprint with you.</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Import files…</translation>
        </message>
        <message>
            <source>Choose one or more files the villages sent (.vabundle) and take them in</source>
            <translation>Choose one or more files the villages sent (.vabundle) and take them in</translation>
        </message>
        <message>
            <source>Import a whole folder (USB stick)…</source>
            <translation>Import a whole folder (USB stick)…</translation>
        </message>
        <message>
            <source>Take in every village file in a folder, e.g. the USB stick the villages' files were copied to</source>
            <translation>Take in every village file in a folder, e.g. the USB stick the villages' files were copied to</translation>
        </message>
        <message>
            <source>Export the policy file for the villages…</source>
            <translation>Export the policy file for the villages…</translation>
        </message>
        <message>
            <source>Limits, thresholds and township review decisions, signed</source>
            <translation>Limits, thresholds and township review decisions, signed</translation>
        </message>
        <message>
            <source>Held files (a file number is missing):</source>
            <translation>Held files (a file number is missing):</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Why held</source>
            <translation>Why held</translation>
        </message>
        <message>
            <source>Confirm the gap and import</source>
            <translation>Confirm the gap and import</translation>
        </message>
        <message>
            <source>Only when you know the missing files will not come</source>
            <translation>Only when you know the missing files will not come</translation>
        </message>
        <message>
            <source>Files received:</source>
            <translation>Files received:</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>the township</source>
            <translation>the township</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>What changed, or why</source>
            <translation>What changed, or why</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>Files to import</translation>
        </message>
        <message>
            <source>VillageAdmin files (*.vabundle *.vapolicy)</source>
            <translation>VillageAdmin files (*.vabundle *.vapolicy)</translation>
        </message>
        <message>
            <source>Folder to import (the USB stick)</source>
            <translation>Folder to import (the USB stick)</translation>
        </message>
        <message>
            <source>Checking and importing files…</source>
            <translation>Checking and importing files…</translation>
        </message>
        <message>
            <source>Held files</source>
            <translation>Held files</translation>
        </message>
        <message>
            <source>Select a held file first.</source>
            <translation>Select a held file first.</translation>
        </message>
        <message>
            <source>Confirm the gap</source>
            <translation>Confirm the gap</translation>
        </message>
        <message>
            <source>Import file No. %1 of %2 although earlier files are missing?
Records that were only in the missing files will be missing until the village sends a complete file.</source>
            <translation>Import file No. %1 of %2 although earlier files are missing?
Records that were only in the missing files will be missing until the village sends a complete file.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Where to save the policy file</source>
            <translation>Where to save the policy file</translation>
        </message>
        <message>
            <source>Saved the township's file No. %1 (%2 policy versions, %3 review decisions) as
%4

Give a copy to every village.</source>
            <translation>Saved the township's file No. %1 (%2 policy versions, %3 review decisions) as
%4

Give a copy to every village.</translation>
        </message>
        <message>
            <source>Keys enrolled here (files are accepted only when signed with these):</source>
            <translation>Keys enrolled here (files are accepted only when signed with these):</translation>
        </message>
        <message>
            <source>Whose</source>
            <translation>Whose</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Last file No.</source>
            <translation>Last file No.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Enrol a key…</source>
            <translation>Enrol a key…</translation>
        </message>
        <message>
            <source>From a key file or an exported file; compare the fingerprint aloud</source>
            <translation>From a key file or an exported file; compare the fingerprint aloud</translation>
        </message>
        <message>
            <source>This PC's own signing keys:</source>
            <translation>This PC's own signing keys:</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Key enrolled</source>
            <translation>Key enrolled</translation>
        </message>
        <message>
            <source>%1: fingerprint %2</source>
            <translation>%1: fingerprint %2</translation>
        </message>
    </context>
</TS>
