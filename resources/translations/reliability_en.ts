<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BackupRestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Everything changed after it is replaced; the data as it is now is backed up first, so this can be undone.</source>
            <translation>Choose the backup to go back to. Everything changed after it is replaced; the data as it is now is backed up first, so this can be undone.</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Made at</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Audit entries</translation>
        </message>
        <message>
            <source>Backups folder: %1</source>
            <translation>Backups folder: %1</translation>
        </message>
        <message>
            <source>Another backup file…</source>
            <translation>Another backup file…</translation>
        </message>
        <message>
            <source>A backup file elsewhere, for example on a USB stick</source>
            <translation>A backup file elsewhere, for example on a USB stick</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>There are no backups in the backups folder yet. Choose a backup file.</source>
            <translation>There are no backups in the backups folder yet. Choose a backup file.</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>VillageAdmin backups (*.db);;All files (*)</source>
            <translation>VillageAdmin backups (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Choose a backup in the list first.</translation>
        </message>
        <message>
            <source>Replace the data with the backup of %1 (%2)?

Everything changed after that time is replaced. The data as it is now is backed up first.</source>
            <translation>Replace the data with the backup of %1 (%2)?

Everything changed after that time is replaced. The data as it is now is backed up first.</translation>
        </message>
        <message>
            <source>Note: this backup is of %1.</source>
            <translation>Note: this backup is of %1.</translation>
        </message>
        <message>
            <source>Restoring replaces all data.</source>
            <translation>Restoring replaces all data.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>VillageAdmin is locked.</source>
            <translation>VillageAdmin is locked.</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>VillageAdmin is locked</source>
            <translation>VillageAdmin is locked</translation>
        </message>
        <message>
            <source>Locked after a time without use</source>
            <translation>Locked after a time without use</translation>
        </message>
        <message>
            <source>Signed in: %1. Enter the password to go on where you left off.</source>
            <translation>Signed in: %1. Enter the password to go on where you left off.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>For someone else to sign in. Changes not yet saved are lost.</source>
            <translation>For someone else to sign in. Changes not yet saved are lost.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>ReliabilityHooks</name>
        <message>
            <source>Read only: VillageAdmin is already open on this data folder in another window (perhaps another user of this computer). You can look at and print records here, but not change them. Close the other window and start again to make changes.</source>
            <translation>Read only: VillageAdmin is already open on this data folder in another window (perhaps another user of this computer). You can look at and print records here, but not change them. Close the other window and start again to make changes.</translation>
        </message>
        <message>
            <source>Read only: the data folder cannot be written to. You can look at and print records, but changes cannot be saved. Ask for the folder to be made writable.</source>
            <translation>Read only: the data folder cannot be written to. You can look at and print records, but changes cannot be saved. Ask for the folder to be made writable.</translation>
        </message>
        <message>
            <source>The data folder is on a USB stick or other removable disk. Pulling it out or a power cut while VillageAdmin writes can damage the data, and sticks get lost. Keep the data on this computer's disk and save backups to the stick instead.</source>
            <translation>The data folder is on a USB stick or other removable disk. Pulling it out or a power cut while VillageAdmin writes can damage the data, and sticks get lost. Keep the data on this computer's disk and save backups to the stick instead.</translation>
        </message>
        <message>
            <source>The data folder is on a network share. If the network drops while VillageAdmin writes, the data can be damaged, and two computers opening it at once is not safe. Keep the data on this computer's disk.</source>
            <translation>The data folder is on a network share. If the network drops while VillageAdmin writes, the data can be damaged, and two computers opening it at once is not safe. Keep the data on this computer's disk.</translation>
        </message>
        <message>
            <source>Data checked at start: whole, audit log unbroken.</source>
            <translation>Data checked at start: whole, audit log unbroken.</translation>
        </message>
        <message>
            <source>The data may have been changed outside VillageAdmin: %1 Ask the township administrator to check the data (Data menu → Check the data).</source>
            <translation>The data may have been changed outside VillageAdmin: %1 Ask the township administrator to check the data (Data menu → Check the data).</translation>
        </message>
        <message>
            <source>The data could not be checked at start: %1</source>
            <translation>The data could not be checked at start: %1</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>Automatic backup failed: %1</translation>
        </message>
        <message>
            <source>Backed up automatically: %1</source>
            <translation>Backed up automatically: %1</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation>Backed up</translation>
        </message>
        <message>
            <source>The data is backed up and checked:
%1</source>
            <translation>The data is backed up and checked:
%1</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Data checked</source>
            <translation>Data checked</translation>
        </message>
        <message>
            <source>Data may have been changed</source>
            <translation>Data may have been changed</translation>
        </message>
        <message>
            <source>Checking the data…</source>
            <translation>Checking the data…</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>The backup of %1 is restored. Please sign in again.</source>
            <translation>The backup of %1 is restored. Please sign in again.</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restore from a backup…</translation>
        </message>
        <message>
            <source>Check the data…</source>
            <translation>Check the data…</translation>
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation>Open the backups folder</translation>
        </message>
        <message>
            <source>No backup</source>
            <translation>No backup</translation>
        </message>
        <message>
            <source>The backup on closing failed: %1</source>
            <translation>The backup on closing failed: %1</translation>
        </message>
    </context>
</TS>
