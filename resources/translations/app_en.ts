<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AppContext</name>
        <message>
            <source>Confirm it is you</source>
            <translation>Confirm it is you</translation>
        </message>
        <message>
            <source>Enter your password:</source>
            <translation>Enter your password:</translation>
        </message>
        <message>
            <source>Wrong password</source>
            <translation>Wrong password</translation>
        </message>
        <message>
            <source>The password is not right. Try again.</source>
            <translation>The password is not right. Try again.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>No data</source>
            <translation>No data</translation>
        </message>
    </context>
    <context>
        <name>BaseDialog</name>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print or save as PDF (Ctrl+P)</source>
            <translation>Print or save as PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>You have changes that are not saved. Close without saving?</source>
            <translation>You have changes that are not saved. Close without saving?</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Close without saving</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Please choose your own password before you start (at least 6 characters).</source>
            <translation>Please choose your own password before you start (at least 6 characters).</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>New password again:</translation>
        </message>
        <message>
            <source>The two new passwords are not the same.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Making the demo township…</source>
            <translation>Making the demo township…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>VillageAdmin</source>
            <translation>VillageAdmin</translation>
        </message>
        <message>
            <source>township administrator</source>
            <translation>township administrator</translation>
        </message>
        <message>
            <source>township (view only)</source>
            <translation>township (view only)</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>Signed in: %1 (%2)</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Village:</translation>
        </message>
        <message>
            <source>Choose the village whose records the pages show</source>
            <translation>Choose the village whose records the pages show</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Sign out so the next person can sign in</source>
            <translation>Sign out so the next person can sign in</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>About VillageAdmin</source>
            <translation>About VillageAdmin</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>VillageAdmin %1 — village work by the rules: meetings, expenses, bidding, reserve cadres, and export files for the township.</source>
            <translation>VillageAdmin %1 — village work by the rules: meetings, expenses, bidding, reserve cadres, and export files for the township.</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Could not do that</source>
            <translation>Could not do that</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print preview — %1</source>
            <translation>Print preview — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page(s)</numerusform>
                <numerusform>%n page(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>The printer could not start printing.</source>
            <translation>The printer could not start printing.</translation>
        </message>
        <message>
            <source>Preparing the document…</source>
            <translation>Preparing the document…</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Font size (points)</source>
            <translation>Font size (points)</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Lock after this many idle minutes</translation>
        </message>
        <message>
            <source>Backup folder (empty: the backups folder inside the data folder)</source>
            <translation>Backup folder (empty: the backups folder inside the data folder)</translation>
        </message>
        <message>
            <source>When printing</source>
            <translation>When printing</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up my township</source>
            <translation>Set up my township</translation>
        </message>
        <message>
            <source>e.g. 青山镇</source>
            <translation>e.g. 青山镇</translation>
        </message>
        <message>
            <source>Township name:</source>
            <translation>Township name:</translation>
        </message>
        <message>
            <source>Villages (code and name; the code is also the village's user name):</source>
            <translation>Villages (code and name; the code is also the village's user name):</translation>
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
            <source>Add a row</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <source>Administrator (admin) password:</source>
            <translation>Administrator (admin) password:</translation>
        </message>
        <message>
            <source>Administrator password again:</source>
            <translation>Administrator password again:</translation>
        </message>
        <message>
            <source>First password for the villages:</source>
            <translation>First password for the villages:</translation>
        </message>
        <message>
            <source>Each village changes this password the first time it signs in.</source>
            <translation>Each village changes this password the first time it signs in.</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Set up</translation>
        </message>
        <message>
            <source>The two administrator passwords are not the same.</source>
            <translation>The two administrator passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>SignInWindow</name>
        <message>
            <source>VillageAdmin — sign in</source>
            <translation>VillageAdmin — sign in</translation>
        </message>
        <message>
            <source>VillageAdmin</source>
            <translation>VillageAdmin</translation>
        </message>
        <message>
            <source>e.g. 001 for a village, admin for the township</source>
            <translation>e.g. 001 for a village, admin for the township</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>This is demo data. Demo sign-ins:</source>
            <translation>This is demo data. Demo sign-ins:</translation>
        </message>
        <message>
            <source>township administrator</source>
            <translation>township administrator</translation>
        </message>
        <message>
            <source>a village (user name = village code)</source>
            <translation>a village (user name = village code)</translation>
        </message>
        <message>
            <source>Please enter your user name.</source>
            <translation>Please enter your user name.</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <source>VillageAdmin — welcome</source>
            <translation>VillageAdmin — welcome</translation>
        </message>
        <message>
            <source>Welcome to VillageAdmin</source>
            <translation>Welcome to VillageAdmin</translation>
        </message>
        <message>
            <source>Meetings, expenses, bidding and reserve cadres, kept by the rules — and a file for the township at the end of each month.</source>
            <translation>Meetings, expenses, bidding and reserve cadres, kept by the rules — and a file for the township at the end of each month.</translation>
        </message>
        <message>
            <source>Set up my township</source>
            <translation>Set up my township</translation>
        </message>
        <message>
            <source>Enter the township's name, its villages and an administrator password</source>
            <translation>Enter the township's name, its villages and an administrator password</translation>
        </message>
        <message>
            <source>Open the demo township</source>
            <translation>Open the demo township</translation>
        </message>
        <message>
            <source>Try the program on made-up data; your own data folder stays empty</source>
            <translation>Try the program on made-up data; your own data folder stays empty</translation>
        </message>
        <message>
            <source>Demo sign-ins: %1 / %2 (township administrator); 001 / %3 (a village)</source>
            <translation>Demo sign-ins: %1 / %2 (township administrator); 001 / %3 (a village)</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Data folder: %1</translation>
        </message>
    </context>
</TS>
