<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>GuideWindow</name>
        <message>
            <source>VillageAdmin user guide</source>
            <translation>VillageAdmin user guide</translation>
        </message>
        <message>
            <source>The user guide was not found: %1</source>
            <translation>The user guide was not found: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Show the tour again</source>
            <translation>Show the tour again</translation>
        </message>
        <message>
            <source>A short tour of the main screen, step by step</source>
            <translation>A short tour of the main screen, step by step</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>How to do each job, with pictures (F1)</source>
            <translation>How to do each job, with pictures (F1)</translation>
        </message>
        <message>
            <source>Print the quick guide…</source>
            <translation>Print the quick guide…</translation>
        </message>
        <message>
            <source>A one-page guide in large type for the wall next to the PC</source>
            <translation>A one-page guide in large type for the wall next to the PC</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Font size, screen lock, backups, printing, language</source>
            <translation>Font size, screen lock, backups, printing, language</translation>
        </message>
        <message>
            <source>VillageAdmin quick guide</source>
            <translation>VillageAdmin quick guide</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Show a preview first</source>
            <translation>Show a preview first</translation>
        </message>
        <message>
            <source>Send straight to the printer</source>
            <translation>Send straight to the printer</translation>
        </message>
        <message>
            <source>Save as a PDF file</source>
            <translation>Save as a PDF file</translation>
        </message>
        <message>
            <source>12 to 18. Bigger letters are easier to read; the window changes when you save.</source>
            <translation>12 to 18. Bigger letters are easier to read; the window changes when you save.</translation>
        </message>
        <message>
            <source>On a shared PC the screen locks by itself; your password opens it again.</source>
            <translation>On a shared PC the screen locks by itself; your password opens it again.</translation>
        </message>
        <message>
            <source>Where the automatic backups go, for example another disk. Empty: the backups folder inside the data folder.</source>
            <translation>Where the automatic backups go, for example another disk. Empty: the backups folder inside the data folder.</translation>
        </message>
        <message>
            <source>Takes effect the next time the program starts.</source>
            <translation>Takes effect the next time the program starts.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>:</source>
            <translation>:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Pick the folder</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <source>There is no such folder. Choose one with Choose…, or leave it empty.</source>
            <translation>There is no such folder. Choose one with Choose…, or leave it empty.</translation>
        </message>
    </context>
    <context>
        <name>TourOverlay</name>
        <message>
            <source>Skip the tour</source>
            <translation>Skip the tour</translation>
        </message>
        <message>
            <source>Close the tour (Esc). You can see it again from the Help menu.</source>
            <translation>Close the tour (Esc). You can see it again from the Help menu.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>The step before (←)</source>
            <translation>The step before (←)</translation>
        </message>
        <message>
            <source>The next step (→ or Enter)</source>
            <translation>The next step (→ or Enter)</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>TourSteps</name>
        <message>
            <source>Welcome! This is the main screen</source>
            <translation>Welcome! This is the main screen</translation>
        </message>
        <message>
            <source>The big buttons on the left open each kind of work: meeting records, expenses, bidding, major matters, reserve cadres and more. Click one to open its page.</source>
            <translation>The big buttons on the left open each kind of work: meeting records, expenses, bidding, major matters, reserve cadres and more. Click one to open its page.</translation>
        </message>
        <message>
            <source>Choose a village</source>
            <translation>Choose a village</translation>
        </message>
        <message>
            <source>The township sees every village. Choose here which village's records the pages show.</source>
            <translation>The township sees every village. Choose here which village's records the pages show.</translation>
        </message>
        <message>
            <source>The blue button does the main job</source>
            <translation>The blue button does the main job</translation>
        </message>
        <message>
            <source>Each page has one big blue button for its main job — on the meetings page it starts a new meeting record. In every form, Save and Print are at the bottom right (Ctrl+S, Ctrl+P).</source>
            <translation>Each page has one big blue button for its main job — on the meetings page it starts a new meeting record. In every form, Save and Print are at the bottom right (Ctrl+S, Ctrl+P).</translation>
        </message>
        <message>
            <source>Files from the villages</source>
            <translation>Files from the villages</translation>
        </message>
        <message>
            <source>The villages bring their files on a USB stick. Open the “%1” page to receive them; the township sees every village side by side.</source>
            <translation>The villages bring their files on a USB stick. Open the “%1” page to receive them; the township sees every village side by side.</translation>
        </message>
        <message>
            <source>The file for the township</source>
            <translation>The file for the township</translation>
        </message>
        <message>
            <source>At the end of each month, open the “%1” page, export the file for the township to a USB stick and take it to the township.</source>
            <translation>At the end of each month, open the “%1” page, export the file for the township to a USB stick and take it to the township.</translation>
        </message>
        <message>
            <source>Sign out when you are done</source>
            <translation>Sign out when you are done</translation>
        </message>
        <message>
            <source>Other people use this PC too: sign out when you finish. The Help menu shows this tour again and prints a one-page quick guide for the wall; File → Settings makes the letters bigger.</source>
            <translation>Other people use this PC too: sign out when you finish. The Help menu shows this tour again and prints a one-page quick guide for the wall; File → Settings makes the letters bigger.</translation>
        </message>
    </context>
</TS>
