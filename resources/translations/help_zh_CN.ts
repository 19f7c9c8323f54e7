<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>GuideWindow</name>
        <message>
            <source>VillageAdmin user guide</source>
            <translation>村务通使用说明</translation>
        </message>
        <message>
            <source>The user guide was not found: %1</source>
            <translation>没有找到使用说明：%1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Show the tour again</source>
            <translation>重新看一遍引导</translation>
        </message>
        <message>
            <source>A short tour of the main screen, step by step</source>
            <translation>一步一步介绍主界面</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>使用说明</translation>
        </message>
        <message>
            <source>How to do each job, with pictures (F1)</source>
            <translation>每件事怎么做，带图（F1）</translation>
        </message>
        <message>
            <source>Print the quick guide…</source>
            <translation>打印上手指南…</translation>
        </message>
        <message>
            <source>A one-page guide in large type for the wall next to the PC</source>
            <translation>一页大字的上手指南，贴在电脑旁边</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Font size, screen lock, backups, printing, language</source>
            <translation>字号、自动锁屏、备份、打印、语言</translation>
        </message>
        <message>
            <source>VillageAdmin quick guide</source>
            <translation>村务通快速上手</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Show a preview first</source>
            <translation>先看预览</translation>
        </message>
        <message>
            <source>Send straight to the printer</source>
            <translation>直接送到打印机</translation>
        </message>
        <message>
            <source>Save as a PDF file</source>
            <translation>另存为 PDF 文件</translation>
        </message>
        <message>
            <source>12 to 18. Bigger letters are easier to read; the window changes when you save.</source>
            <translation>12 到 18。字越大越容易看清；点“保存”后窗口马上变。</translation>
        </message>
        <message>
            <source>On a shared PC the screen locks by itself; your password opens it again.</source>
            <translation>几个人共用的电脑会自动锁屏；输入自己的密码就能打开。</translation>
        </message>
        <message>
            <source>Where the automatic backups go, for example another disk. Empty: the backups folder inside the data folder.</source>
            <translation>自动备份放在哪里，例如另一块硬盘。不填就放在数据文件夹里的 backups 文件夹。</translation>
        </message>
        <message>
            <source>Takes effect the next time the program starts.</source>
            <translation>下次打开程序时生效。</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>:</source>
            <translation>：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>选一个文件夹</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <source>There is no such folder. Choose one with Choose…, or leave it empty.</source>
            <translation>没有这个文件夹。请点“选择…”选一个，或者留空。</translation>
        </message>
    </context>
    <context>
        <name>TourOverlay</name>
        <message>
            <source>Skip the tour</source>
            <translation>跳过引导</translation>
        </message>
        <message>
            <source>Close the tour (Esc). You can see it again from the Help menu.</source>
            <translation>关闭引导（Esc）。以后可以在“帮助”菜单里再看。</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>The step before (←)</source>
            <translation>回到上一步（←）</translation>
        </message>
        <message>
            <source>The next step (→ or Enter)</source>
            <translation>下一步（→ 或回车）</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>第 %1 步，共 %2 步</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
    </context>
    <context>
        <name>TourSteps</name>
        <message>
            <source>Welcome! This is the main screen</source>
            <translation>欢迎！这是主界面</translation>
        </message>
        <message>
            <source>The big buttons on the left open each kind of work: meeting records, expenses, bidding, major matters, reserve cadres and more. Click one to open its page.</source>
            <translation>左边的大按钮通向各项工作：会议记录、开支、招投标、重大事项、后备干部等。点一下就打开那一页。</translation>
        </message>
        <message>
            <source>Choose a village</source>
            <translation>选择村</translation>
        </message>
        <message>
            <source>The township sees every village. Choose here which village's records the pages show.</source>
            <translation>乡镇能看到每个村。在这里选择要看哪个村的记录。</translation>
        </message>
        <message>
            <source>The blue button does the main job</source>
            <translation>蓝色按钮做主要的事</translation>
        </message>
        <message>
            <source>Each page has one big blue button for its main job — on the meetings page it starts a new meeting record. In every form, Save and Print are at the bottom right (Ctrl+S, Ctrl+P).</source>
            <translation>每一页都有一个蓝色大按钮做这一页最主要的事——在会议记录页，它用来新建会议记录。每张表格的“保存”和“打印”都在右下角（Ctrl+S、Ctrl+P）。</translation>
        </message>
        <message>
            <source>Files from the villages</source>
            <translation>各村报来的文件</translation>
        </message>
        <message>
            <source>The villages bring their files on a USB stick. Open the “%1” page to receive them; the township sees every village side by side.</source>
            <translation>各村用 U 盘把文件送来。打开“%1”页接收；乡镇就能把各村放在一起看。</translation>
        </message>
        <message>
            <source>The file for the township</source>
            <translation>报送乡镇的文件</translation>
        </message>
        <message>
            <source>At the end of each month, open the “%1” page, export the file for the township to a USB stick and take it to the township.</source>
            <translation>每月月底，打开“%1”页，把报送乡镇的文件导出到 U 盘，交到乡镇。</translation>
        </message>
        <message>
            <source>Sign out when you are done</source>
            <translation>用完请退出登录</translation>
        </message>
        <message>
            <source>Other people use this PC too: sign out when you finish. The Help menu shows this tour again and prints a one-page quick guide for the wall; File → Settings makes the letters bigger.</source>
            <translation>这台电脑别人也要用：用完请退出登录。“帮助”菜单可以再看这个引导，还能打印一页贴墙的上手指南；“文件”→“设置…”可以把字调大。</translation>
        </message>
    </context>
</TS>
