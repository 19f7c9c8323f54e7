<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <source>Confirm it is you</source>
        <translation>请确认是您本人</translation>
    </message>
    <message>
        <source>Enter your password:</source>
        <translation>请输入您的密码：</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码不对</translation>
    </message>
    <message>
        <source>The password is not right. Try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>没有数据</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print or save as PDF (Ctrl+P)</source>
        <translation>打印或另存为 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>还没有保存</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close without saving?</source>
        <translation>您修改的内容还没有保存。不保存就关闭吗？</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存，关闭</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Please choose your own password before you start (at least 6 characters).</source>
        <translation>开始使用前，请设一个您自己的密码（至少 6 位）。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>原来的密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>再输一遍新密码：</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一样。</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Making the demo township…</source>
        <translation>正在建立演示乡镇…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VillageAdmin</source>
        <translation>村务通</translation>
    </message>
    <message>
        <source>township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>township (view only)</source>
        <translation>乡镇（只能查看）</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>查看村：</translation>
    </message>
    <message>
        <source>Choose the village whose records the pages show</source>
        <translation>选择要查看哪个村的记录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out so the next person can sign in</source>
        <translation>退出登录，让下一位登录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About VillageAdmin</source>
        <translation>关于村务通</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>VillageAdmin %1 — village work by the rules: meetings, expenses, bidding, reserve cadres, and export files for the township.</source>
        <translation>村务通 %1 —— 按制度办村务：例会记录、非生产性开支、招投标登记、后备干部，以及报送乡镇的数据文件。</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Could not do that</source>
        <translation>没能完成</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 —— %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not start printing.</source>
        <translation>打印机没能开始打印。</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文件…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Font size (points)</source>
        <translation>字号（磅）</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>多少分钟不操作就锁定</translation>
    </message>
    <message>
        <source>Backup folder (empty: the backups folder inside the data folder)</source>
        <translation>备份文件夹（不填：数据文件夹里的 backups）</translation>
    </message>
    <message>
        <source>When printing</source>
        <translation>打印时</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up my township</source>
        <translation>建立本乡镇</translation>
    </message>
    <message>
        <source>e.g. 青山镇</source>
        <translation>例如：青山镇</translation>
    </message>
    <message>
        <source>Township name:</source>
        <translation>乡镇名称：</translation>
    </message>
    <message>
        <source>Villages (code and name; the code is also the village&apos;s user name):</source>
        <translation>各村（编号和村名；编号也是该村登录用的用户名）：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Village name</source>
        <translation>村名</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>加一行</translation>
    </message>
    <message>
        <source>Administrator (admin) password:</source>
        <translation>管理员（admin）密码：</translation>
    </message>
    <message>
        <source>Administrator password again:</source>
        <translation>再输一遍管理员密码：</translation>
    </message>
    <message>
        <source>First password for the villages:</source>
        <translation>各村的初始密码：</translation>
    </message>
    <message>
        <source>Each village changes this password the first time it signs in.</source>
        <translation>各村第一次登录时要改成自己的密码。</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>The two administrator passwords are not the same.</source>
        <translation>两次输入的管理员密码不一样。</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>VillageAdmin — sign in</source>
        <translation>村务通 —— 登录</translation>
    </message>
    <message>
        <source>VillageAdmin</source>
        <translation>村务通</translation>
    </message>
    <message>
        <source>e.g. 001 for a village, admin for the township</source>
        <translation>村账号填村编号，例如 001；乡镇填 admin</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This is demo data. Demo sign-ins:</source>
        <translation>这是演示数据。演示账号：</translation>
    </message>
    <message>
        <source>township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>a village (user name = village code)</source>
        <translation>村账号（用户名就是村编号）</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请填写用户名。</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>VillageAdmin — welcome</source>
        <translation>村务通 —— 欢迎使用</translation>
    </message>
    <message>
        <source>Welcome to VillageAdmin</source>
        <translation>欢迎使用村务通</translation>
    </message>
    <message>
        <source>Meetings, expenses, bidding and reserve cadres, kept by the rules — and a file for the township at the end of each month.</source>
        <translation>例会记录、开支审批、招投标登记、后备干部，都按制度办——每月底交给乡镇一个数据文件。</translation>
    </message>
    <message>
        <source>Set up my township</source>
        <translation>建立本乡镇</translation>
    </message>
    <message>
        <source>Enter the township&apos;s name, its villages and an administrator password</source>
        <translation>填写乡镇名称、各村和管理员密码</translation>
    </message>
    <message>
        <source>Open the demo township</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>Try the program on made-up data; your own data folder stays empty</source>
        <translation>用虚构的数据试用；您自己的数据文件夹保持不动</translation>
    </message>
    <message>
        <source>Demo sign-ins: %1 / %2 (township administrator); 001 / %3 (a village)</source>
        <translation>演示账号：%1 / %2（乡镇管理员）；001 / %3（村账号）</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
</context>
</TS>
