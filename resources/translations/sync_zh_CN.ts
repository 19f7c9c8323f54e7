<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SyncEnrolDialog</name>
        <message>
            <source>Enrol a signing key</source>
            <translation>登记签名密钥</translation>
        </message>
        <message>
            <source>Choose the key file (.vakey) or a file exported by the other side. Then ask them to read out the fingerprint shown on their screen, group by group, and compare it with the one below.</source>
            <translation>请选择对方给的密钥文件（.vakey）或对方导出的文件。然后请对方读出他屏幕上显示的指纹（一组一组地读），与下面的指纹核对。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Key of:</source>
            <translation>密钥属于：</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>指纹：</translation>
        </message>
        <message>
            <source>type what the other side reads out (optional)</source>
            <translation>输入对方读出的指纹（可不填）</translation>
        </message>
        <message>
            <source>Fingerprint read out:</source>
            <translation>对方读出的指纹：</translation>
        </message>
        <message>
            <source>Add this village to the township (it is not in the list yet)</source>
            <translation>同时把这个村添加到本乡镇（名单里还没有它）</translation>
        </message>
        <message>
            <source>Replace the key enrolled before (the village changed its PC or key)</source>
            <translation>更换以前登记的密钥（村里换了电脑或密钥）</translation>
        </message>
        <message>
            <source>why, and how the new fingerprint was checked</source>
            <translation>写明原因，以及怎样核对了新指纹</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Key file or export file</source>
            <translation>密钥文件或导出文件</translation>
        </message>
        <message>
            <source>VillageAdmin files (*.vakey *.vabundle *.vapolicy)</source>
            <translation>村务通文件 (*.vakey *.vabundle *.vapolicy)</translation>
        </message>
        <message>
            <source>the township: %1</source>
            <translation>乡镇：%1</translation>
        </message>
        <message>
            <source>Choose a key file first.</source>
            <translation>请先选择密钥文件。</translation>
        </message>
    </context>
    <context>
        <name>SyncImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>导入结果</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>What changed, or why</source>
            <translation>有哪些变化，或拒收的原因</translation>
        </message>
        <message>
            <source> No. %1</source>
            <translation> 第 %1 号</translation>
        </message>
        <message>
            <source>A backup was made before importing: %1</source>
            <translation>导入前已自动备份：%1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>No files for VillageAdmin were found there.</source>
            <translation>那里没有找到村务通的文件。</translation>
        </message>
        <message>
            <source>%1 file(s): %2</source>
            <translation>共 %1 个文件：%2</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>Already imported, no change</source>
            <translation>以前已导入，没有变化</translation>
        </message>
        <message>
            <source>Held until you confirm</source>
            <translation>暂存，等待确认</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>No records changed.</source>
            <translation>记录没有变化。</translation>
        </message>
        <message>
            <source>This file was imported before; nothing changed.</source>
            <translation>这个文件以前已经导入过，没有任何变化。</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Files for the township</source>
            <translation>报送乡镇与接收文件</translation>
        </message>
        <message>
            <source>Send to the township</source>
            <translation>报送乡镇</translation>
        </message>
        <message>
            <source>Receive files</source>
            <translation>接收文件</translation>
        </message>
        <message>
            <source>Township policy file</source>
            <translation>乡镇政策文件</translation>
        </message>
        <message>
            <source>Signing keys</source>
            <translation>签名密钥</translation>
        </message>
        <message>
            <source>Send / receive</source>
            <translation>报送与接收</translation>
        </message>
        <message>
            <source>Export the village's file for the township, import files, compare key fingerprints</source>
            <translation>导出报送乡镇的文件，导入文件，核对密钥指纹</translation>
        </message>
        <message>
            <source>This PC's signing key for the village</source>
            <translation>本机为本村签名用的密钥</translation>
        </message>
        <message>
            <source>The township shows the same fingerprint once it has enrolled this key. Read it out group by group when you enrol or when asked.</source>
            <translation>乡镇登记这个密钥后，乡镇的屏幕上会显示同样的指纹。登记时或乡镇问起时，请一组一组地读给对方核对。</translation>
        </message>
        <message>
            <source>Carry all records (only when the township asks for a complete file)</source>
            <translation>导出全部记录（只在乡镇要求完整文件时勾选）</translation>
        </message>
        <message>
            <source>Normally the file carries only what changed since the last one</source>
            <translation>平时文件里只带上次报送以后改动过的记录</translation>
        </message>
        <message>
            <source>Export the file for the township…</source>
            <translation>导出报送乡镇的文件…</translation>
        </message>
        <message>
            <source>Write the village's file to the USB stick (choose its folder)</source>
            <translation>把本村的文件写到 U 盘（选择 U 盘的文件夹）</translation>
        </message>
        <message>
            <source>Write the key file for enrolment…</source>
            <translation>写出登记用的密钥文件…</translation>
        </message>
        <message>
            <source>The first time only: the township enrols the village's key from it</source>
            <translation>只在第一次需要：乡镇用它登记本村的密钥</translation>
        </message>
        <message>
            <source>Choose a village at the top to export its file.</source>
            <translation>请在上方选择要导出的村。</translation>
        </message>
        <message>
            <source>Last sent to the township: %1, file No. %2</source>
            <translation>上次报送乡镇：%1，第 %2 号文件</translation>
        </message>
        <message>
            <source>Nothing sent to the township yet.</source>
            <translation>还没有向乡镇报送过文件。</translation>
        </message>
        <message>
            <source>(made with the first export)</source>
            <translation>（第一次导出时生成）</translation>
        </message>
        <message>
            <source>This village's records come from its own files; export them on the village's PC.</source>
            <translation>这个村的记录是从村里的文件导入的，请在村里的电脑上导出。</translation>
        </message>
        <message>
            <source>Records changed since the last file: counting…</source>
            <translation>上次报送以后有变化的记录：正在统计…</translation>
        </message>
        <message>
            <source>Records changed since the last file: %1</source>
            <translation>上次报送以后有变化的记录：%1 条</translation>
        </message>
        <message>
            <source>Where to save the file (the USB stick)</source>
            <translation>文件存到哪里（U 盘）</translation>
        </message>
        <message>
            <source>File saved</source>
            <translation>文件已保存</translation>
        </message>
        <message>
            <source>Saved file No. %1 (%2 records) as
%3

Hand this file to the township.</source>
            <translation>已保存第 %1 号文件（%2 条记录）：
%3

请把这个文件交给乡镇。</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>正在写文件…</translation>
        </message>
        <message>
            <source>Where to save the key file</source>
            <translation>密钥文件存到哪里</translation>
        </message>
        <message>
            <source>Key file saved</source>
            <translation>密钥文件已保存</translation>
        </message>
        <message>
            <source>Saved %1.
The township enrols it once and compares the fingerprint with you.</source>
            <translation>已保存 %1。
乡镇登记一次，并与您核对指纹。</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>导入文件…</translation>
        </message>
        <message>
            <source>Choose one or more files the villages sent (.vabundle) and take them in</source>
            <translation>选择各村交来的一个或几个文件（.vabundle）并接收</translation>
        </message>
        <message>
            <source>Import a whole folder (USB stick)…</source>
            <translation>导入整个文件夹（U 盘）…</translation>
        </message>
        <message>
            <source>Take in every village file in a folder, e.g. the USB stick the villages' files were copied to</source>
            <translation>接收一个文件夹里的全部村文件，例如拷有各村文件的 U 盘</translation>
        </message>
        <message>
            <source>Export the policy file for the villages…</source>
            <translation>导出给各村的政策文件…</translation>
        </message>
        <message>
            <source>Limits, thresholds and township review decisions, signed</source>
            <translation>限额、招标起点和乡镇审核意见，带签名</translation>
        </message>
        <message>
            <source>Held files (a file number is missing):</source>
            <translation>暂存的文件（中间缺少文件编号）：</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Why held</source>
            <translation>暂存原因</translation>
        </message>
        <message>
            <source>Confirm the gap and import</source>
            <translation>确认缺号并导入</translation>
        </message>
        <message>
            <source>Only when you know the missing files will not come</source>
            <translation>只在确定缺少的文件不会再来时使用</translation>
        </message>
        <message>
            <source>Files received:</source>
            <translation>收到的文件：</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>已导入过</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>暂存</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>the township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>What changed, or why</source>
            <translation>有哪些变化，或拒收的原因</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <source>VillageAdmin files (*.vabundle *.vapolicy)</source>
            <translation>村务通文件 (*.vabundle *.vapolicy)</translation>
        </message>
        <message>
            <source>Folder to import (the USB stick)</source>
            <translation>要导入的文件夹（U 盘）</translation>
        </message>
        <message>
            <source>Checking and importing files…</source>
            <translation>正在检查并导入文件…</translation>
        </message>
        <message>
            <source>Held files</source>
            <translation>暂存的文件</translation>
        </message>
        <message>
            <source>Select a held file first.</source>
            <translation>请先选中一个暂存的文件。</translation>
        </message>
        <message>
            <source>Confirm the gap</source>
            <translation>确认缺号</translation>
        </message>
        <message>
            <source>Import file No. %1 of %2 although earlier files are missing?
Records that were only in the missing files will be missing until the village sends a complete file.</source>
            <translation>前面的文件还没有收到，仍然导入%2的第 %1 号文件吗？
只在缺少的文件里的记录会暂时缺少，直到村里报送完整的文件。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Where to save the policy file</source>
            <translation>政策文件存到哪里</translation>
        </message>
        <message>
            <source>Saved the township's file No. %1 (%2 policy versions, %3 review decisions) as
%4

Give a copy to every village.</source>
            <translation>已保存乡镇第 %1 号文件（%2 个政策版本，%3 条审核意见）：
%4

请拷给每个村。</translation>
        </message>
        <message>
            <source>Keys enrolled here (files are accepted only when signed with these):</source>
            <translation>本机登记的对方密钥（只接收用这些密钥签名的文件）：</translation>
        </message>
        <message>
            <source>Whose</source>
            <translation>属于</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>指纹</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <source>Last file No.</source>
            <translation>最近文件编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <source>Enrol a key…</source>
            <translation>登记密钥…</translation>
        </message>
        <message>
            <source>From a key file or an exported file; compare the fingerprint aloud</source>
            <translation>从密钥文件或导出文件登记；要当面或电话核对指纹</translation>
        </message>
        <message>
            <source>This PC's own signing keys:</source>
            <translation>本机自己的签名密钥：</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>生成日期</translation>
        </message>
        <message>
            <source>Key enrolled</source>
            <translation>密钥已登记</translation>
        </message>
        <message>
            <source>%1: fingerprint %2</source>
            <translation>%1：指纹 %2</translation>
        </message>
    </context>
</TS>
