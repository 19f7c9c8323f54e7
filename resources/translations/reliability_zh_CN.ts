<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BackupRestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Everything changed after it is replaced; the data as it is now is backed up first, so this can be undone.</source>
            <translation>请选择要恢复到的备份。它以后的所有修改都会被替换；恢复前会先把现在的数据另做一个备份，所以还可以再恢复回来。</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>审计记录条数</translation>
        </message>
        <message>
            <source>Backups folder: %1</source>
            <translation>备份文件夹：%1</translation>
        </message>
        <message>
            <source>Another backup file…</source>
            <translation>选择其他备份文件…</translation>
        </message>
        <message>
            <source>A backup file elsewhere, for example on a USB stick</source>
            <translation>放在别处的备份文件，例如U盘上的</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>读不出</translation>
        </message>
        <message>
            <source>There are no backups in the backups folder yet. Choose a backup file.</source>
            <translation>备份文件夹里还没有备份。请选择一个备份文件。</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>VillageAdmin backups (*.db);;All files (*)</source>
            <translation>村务通备份 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>请先在列表中选择一个备份。</translation>
        </message>
        <message>
            <source>Replace the data with the backup of %1 (%2)?

Everything changed after that time is replaced. The data as it is now is backed up first.</source>
            <translation>要用 %1（%2）的备份替换现在的数据吗？

那以后的所有修改都会被替换。现在的数据会先备份。</translation>
        </message>
        <message>
            <source>Note: this backup is of %1.</source>
            <translation>注意：这是“%1”的备份。</translation>
        </message>
        <message>
            <source>Restoring replaces all data.</source>
            <translation>恢复会替换全部数据。</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>VillageAdmin is locked.</source>
            <translation>村务通已锁定。</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>VillageAdmin is locked</source>
            <translation>村务通已锁定</translation>
        </message>
        <message>
            <source>Locked after a time without use</source>
            <translation>一段时间没有操作，已锁定</translation>
        </message>
        <message>
            <source>Signed in: %1. Enter the password to go on where you left off.</source>
            <translation>当前登录：%1。输入密码后可以接着刚才的工作。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>For someone else to sign in. Changes not yet saved are lost.</source>
            <translation>让别人登录。还没有保存的修改会丢失。</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
    <context>
        <name>ReliabilityHooks</name>
        <message>
            <source>Read only: VillageAdmin is already open on this data folder in another window (perhaps another user of this computer). You can look at and print records here, but not change them. Close the other window and start again to make changes.</source>
            <translation>只读：另一个村务通窗口（也可能是这台电脑的另一位用户）已经打开了这个数据文件夹。这里可以查看和打印记录，但不能修改。请关掉另一个窗口，再重新打开村务通进行修改。</translation>
        </message>
        <message>
            <source>Read only: the data folder cannot be written to. You can look at and print records, but changes cannot be saved. Ask for the folder to be made writable.</source>
            <translation>只读：数据文件夹不能写入。可以查看和打印记录，但修改无法保存。请让人把这个文件夹改为可以写入。</translation>
        </message>
        <message>
            <source>The data folder is on a USB stick or other removable disk. Pulling it out or a power cut while VillageAdmin writes can damage the data, and sticks get lost. Keep the data on this computer's disk and save backups to the stick instead.</source>
            <translation>数据文件夹在U盘或移动硬盘上。村务通写入时拔出U盘或停电，数据可能损坏，U盘也容易丢失。请把数据放在这台电脑的硬盘上，只把备份存到U盘。</translation>
        </message>
        <message>
            <source>The data folder is on a network share. If the network drops while VillageAdmin writes, the data can be damaged, and two computers opening it at once is not safe. Keep the data on this computer's disk.</source>
            <translation>数据文件夹在网络共享盘上。村务通写入时网络断开，数据可能损坏；两台电脑同时打开也不安全。请把数据放在这台电脑的硬盘上。</translation>
        </message>
        <message>
            <source>Data checked at start: whole, audit log unbroken.</source>
            <translation>数据已检查：文件完好，审计记录首尾相接。</translation>
        </message>
        <message>
            <source>The data may have been changed outside VillageAdmin: %1 Ask the township administrator to check the data (Data menu → Check the data).</source>
            <translation>数据可能在村务通之外被改动过：%1 请乡镇管理员检查数据（“数据”菜单 → “检查数据”）。</translation>
        </message>
        <message>
            <source>The data could not be checked at start: %1</source>
            <translation>启动时没能检查数据：%1</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>自动备份没有做成：%1</translation>
        </message>
        <message>
            <source>Backed up automatically: %1</source>
            <translation>已自动备份：%1</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation>已备份</translation>
        </message>
        <message>
            <source>The data is backed up and checked:
%1</source>
            <translation>数据已备份，并检查无误：
%1</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Data checked</source>
            <translation>数据检查</translation>
        </message>
        <message>
            <source>Data may have been changed</source>
            <translation>数据可能被改动过</translation>
        </message>
        <message>
            <source>Checking the data…</source>
            <translation>正在检查数据…</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>The backup of %1 is restored. Please sign in again.</source>
            <translation>已恢复 %1 的备份。请重新登录。</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>数据(&amp;D)</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>Check the data…</source>
            <translation>检查数据…</translation>
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation>打开备份文件夹</translation>
        </message>
        <message>
            <source>No backup</source>
            <translation>没有备份</translation>
        </message>
        <message>
            <source>The backup on closing failed: %1</source>
            <translation>关闭时的备份没有做成：%1</translation>
        </message>
    </context>
</TS>
