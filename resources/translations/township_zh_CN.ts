<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link %1 to a village</source>
            <translation>把 %1 联系到村</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>村：</translation>
        </message>
        <message>
            <source>As:</source>
            <translation>身份：</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password of %1</source>
            <translation>重设 %1 的密码</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>The person must change it the next time they sign in.</source>
            <translation>本人下次登录时要改成自己的密码。</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重设</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Add township staff</source>
            <translation>添加乡镇干部</translation>
        </message>
        <message>
            <source>Member of the township secretary's office meeting (乡书记办公会议成员)</source>
            <translation>乡书记办公会议成员</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>职务：</translation>
        </message>
    </context>
    <context>
        <name>TownshipAdminPage</name>
        <message>
            <source>Accounts and villages</source>
            <translation>账号和村</translation>
        </message>
        <message>
            <source>Township administrator</source>
            <translation>乡镇管理员</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Township (view only)</source>
            <translation>乡镇（只能查看）</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Failed sign-ins</source>
            <translation>登录失败次数</translation>
        </message>
        <message>
            <source>Add an account…</source>
            <translation>添加账号…</translation>
        </message>
        <message>
            <source>A new sign-in for a village or for township staff</source>
            <translation>为一个村或乡镇干部新建登录账号</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重设密码…</translation>
        </message>
        <message>
            <source>Give the selected account a new password; its user must change it at the next sign-in</source>
            <translation>给选中的账号设一个新密码；下次登录时要改成自己的密码</translation>
        </message>
        <message>
            <source>Stop / restart using</source>
            <translation>停用 / 恢复使用</translation>
        </message>
        <message>
            <source>The selected account can no longer sign in (or can again); its records are kept</source>
            <translation>选中的账号停止使用（或恢复使用）；它的记录都保留</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账号</translation>
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
            <source>code, e.g. 013</source>
            <translation>编号，例如 013</translation>
        </message>
        <message>
            <source>village name</source>
            <translation>村名</translation>
        </message>
        <message>
            <source>Add village</source>
            <translation>添加村</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Add a village with this code and name; then add its sign-in on the Accounts tab</source>
            <translation>按填写的编号和名称添加一个村；再到“账号”页给它添加登录账号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Office member</source>
            <translation>办公会议成员</translation>
        </message>
        <message>
            <source>Linked villages</source>
            <translation>联系的村</translation>
        </message>
        <message>
            <source>Add township staff…</source>
            <translation>添加乡镇干部…</translation>
        </message>
        <message>
            <source>Link to a village…</source>
            <translation>联系到村…</translation>
        </message>
        <message>
            <source>Township staff</source>
            <translation>乡镇干部</translation>
        </message>
        <message>
            <source>Add a member of the township staff (for meeting attendance and village links)</source>
            <translation>添加一名乡镇干部（用于例会参会和包村联系）</translation>
        </message>
        <message>
            <source>Make the selected staff member the township's link (包村干部) to a village</source>
            <translation>让选中的乡镇干部包一个村（包村干部）</translation>
        </message>
        <message>
            <source>Accounts &amp; villages</source>
            <translation>账号和村</translation>
        </message>
        <message>
            <source>Township administrator: accounts, villages and township staff</source>
            <translation>乡镇管理员：管理账号、村和乡镇干部</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重设密码</translation>
        </message>
        <message>
            <source>Click an account in the list first.</source>
            <translation>请先在列表里点一下要操作的账号。</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>不能这样做</translation>
        </message>
        <message>
            <source>Cannot add the village</source>
            <translation>不能添加这个村</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>联系到村</translation>
        </message>
        <message>
            <source>Click a person in the list first.</source>
            <translation>请先在列表里点一下要操作的人。</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Add an account</source>
            <translation>添加账号</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Township (view only)</source>
            <translation>乡镇（只能查看）</translation>
        </message>
        <message>
            <source>Township administrator</source>
            <translation>乡镇管理员</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Name shown:</source>
            <translation>显示的名字：</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>村：</translation>
        </message>
        <message>
            <source>First password:</source>
            <translation>初始密码：</translation>
        </message>
    </context>
</TS>
