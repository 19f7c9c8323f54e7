<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link %1 to a village</source>
            <translation>Link %1 to a village</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Village:</translation>
        </message>
        <message>
            <source>As:</source>
            <translation>As:</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password of %1</source>
            <translation>Reset password of %1</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>The person must change it the next time they sign in.</source>
            <translation>The person must change it the next time they sign in.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Add township staff</source>
            <translation>Add township staff</translation>
        </message>
        <message>
            <source>Member of the township secretary's office meeting (乡书记办公会议成员)</source>
            <translation>Member of the township secretary's office meeting (乡书记办公会议成员)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
    </context>
    <context>
        <name>TownshipAdminPage</name>
        <message>
            <source>Accounts and villages</source>
            <translation>Accounts and villages</translation>
        </message>
        <message>
            <source>Township administrator</source>
            <translation>Township administrator</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Township (view only)</source>
            <translation>Township (view only)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Failed sign-ins</source>
            <translation>Failed sign-ins</translation>
        </message>
        <message>
            <source>Add an account…</source>
            <translation>Add an account…</translation>
        </message>
        <message>
            <source>A new sign-in for a village or for township staff</source>
            <translation>A new sign-in for a village or for township staff</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Give the selected account a new password; its user must change it at the next sign-in</source>
            <translation>Give the selected account a new password; its user must change it at the next sign-in</translation>
        </message>
        <message>
            <source>Stop / restart using</source>
            <translation>Stop / restart using</translation>
        </message>
        <message>
            <source>The selected account can no longer sign in (or can again); its records are kept</source>
            <translation>The selected account can no longer sign in (or can again); its records are kept</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Village name</source>
            <translation>Village name</translation>
        </message>
        <message>
            <source>code, e.g. 013</source>
            <translation>code, e.g. 013</translation>
        </message>
        <message>
            <source>village name</source>
            <translation>village name</translation>
        </message>
        <message>
            <source>Add village</source>
            <translation>Add village</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>Villages</translation>
        </message>
        <message>
            <source>Add a village with this code and name; then add its sign-in on the Accounts tab</source>
            <translation>Add a village with this code and name; then add its sign-in on the Accounts tab</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Office member</source>
            <translation>Office member</translation>
        </message>
        <message>
            <source>Linked villages</source>
            <translation>Linked villages</translation>
        </message>
        <message>
            <source>Add township staff…</source>
            <translation>Add township staff…</translation>
        </message>
        <message>
            <source>Link to a village…</source>
            <translation>Link to a village…</translation>
        </message>
        <message>
            <source>Township staff</source>
            <translation>Township staff</translation>
        </message>
        <message>
            <source>Add a member of the township staff (for meeting attendance and village links)</source>
            <translation>Add a member of the township staff (for meeting attendance and village links)</translation>
        </message>
        <message>
            <source>Make the selected staff member the township's link (包村干部) to a village</source>
            <translation>Make the selected staff member the township's link (包村干部) to a village</translation>
        </message>
        <message>
            <source>Accounts &amp; villages</source>
            <translation>Accounts &amp; villages</translation>
        </message>
        <message>
            <source>Township administrator: accounts, villages and township staff</source>
            <translation>Township administrator: accounts, villages and township staff</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Click an account in the list first.</source>
            <translation>Click an account in the list first.</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
        <message>
            <source>Cannot add the village</source>
            <translation>Cannot add the village</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Click a person in the list first.</source>
            <translation>Click a person in the list first.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Township (view only)</source>
            <translation>Township (view only)</translation>
        </message>
        <message>
            <source>Township administrator</source>
            <translation>Township administrator</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Name shown:</source>
            <translation>Name shown:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Village:</translation>
        </message>
        <message>
            <source>First password:</source>
            <translation>First password:</translation>
        </message>
    </context>
</TS>
