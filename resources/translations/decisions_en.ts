<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>DecisionHooks</name>
        <message>
            <source>Major-matter decision (四议两公开): none linked. Link it from the project's matter on the Major matters page.</source>
            <translation>Major-matter decision (四议两公开): none linked. Link it from the project's matter on the Major matters page.</translation>
        </message>
        <message>
            <source>Major-matter decision (四议两公开): “%1” — %2</source>
            <translation>Major-matter decision (四议两公开): “%1” — %2</translation>
        </message>
        <message>
            <source> · overdue: %1</source>
            <translation> · overdue: %1</translation>
        </message>
        <message>
            <source> · work may start only after the decision has been posted for its full period</source>
            <translation> · work may start only after the decision has been posted for its full period</translation>
        </message>
    </context>
    <context>
        <name>DecisionMatterDialog</name>
        <message>
            <source>Save details</source>
            <translation>Save details</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The matter</source>
            <translation>The matter</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>e.g. Harden the east village road</source>
            <translation>e.g. Harden the east village road</translation>
        </message>
        <message>
            <source>Name of the matter:</source>
            <translation>Name of the matter:</translation>
        </message>
        <message>
            <source>what is proposed, why, how much it costs, who benefits</source>
            <translation>what is proposed, why, how much it costs, who benefits</translation>
        </message>
        <message>
            <source>What it is:</source>
            <translation>What it is:</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>Raised on:</source>
            <translation>Raised on:</translation>
        </message>
        <message>
            <source>Money involved:</source>
            <translation>Money involved:</translation>
        </message>
        <message>
            <source>(not linked to a project)</source>
            <translation>(not linked to a project)</translation>
        </message>
        <message>
            <source>Bidding project:</source>
            <translation>Bidding project:</translation>
        </message>
        <message>
            <source>四议两公开 — the six steps</source>
            <translation>四议两公开 — the six steps</translation>
        </message>
        <message>
            <source>Return to the party branch…</source>
            <translation>Return to the party branch…</translation>
        </message>
        <message>
            <source>The step did not pass: the branch proposes again (a new round)</source>
            <translation>The step did not pass: the branch proposes again (a new round)</translation>
        </message>
        <message>
            <source>Carrying out began…</source>
            <translation>Carrying out began…</translation>
        </message>
        <message>
            <source>Record the day work on the decision began (after the posting period)</source>
            <translation>Record the day work on the decision began (after the posting period)</translation>
        </message>
        <message>
            <source>Undo last…</source>
            <translation>Undo last…</translation>
        </message>
        <message>
            <source>Take back the last thing recorded (entered by mistake)</source>
            <translation>Take back the last thing recorded (entered by mistake)</translation>
        </message>
        <message>
            <source>Stop this matter…</source>
            <translation>Stop this matter…</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Meeting / where posted</source>
            <translation>Meeting / where posted</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>Numbers</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>New major matter — %1</source>
            <translation>New major matter — %1</translation>
        </message>
        <message>
            <source>Save the matter first; then record the branch's proposal.</source>
            <translation>Save the matter first; then record the branch's proposal.</translation>
        </message>
        <message>
            <source>Major matter — %1 — %2</source>
            <translation>Major matter — %1 — %2</translation>
        </message>
        <message>
            <source>project %1</source>
            <translation>project %1</translation>
        </message>
        <message>
            <source>This project is no longer in the register.</source>
            <translation>This project is no longer in the register.</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Now: %1</translation>
        </message>
        <message>
            <source> · carrying out began %1</source>
            <translation> · carrying out began %1</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>Overdue: %1</translation>
        </message>
        <message>
            <source>Record step %1: %2…</source>
            <translation>Record step %1: %2…</translation>
        </message>
        <message>
            <source>The decision is still posted: after the posting period ends and the work is done, post the result.</source>
            <translation>The decision is still posted: after the posting period ends and the work is done, post the result.</translation>
        </message>
        <message>
            <source>Print notice…</source>
            <translation>Print notice…</translation>
        </message>
        <message>
            <source>%1 days, to %2</source>
            <translation>%1 days, to %2</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>posted</translation>
        </message>
        <message>
            <source>(meeting record deleted)</source>
            <translation>(meeting record deleted)</translation>
        </message>
        <message>
            <source>%1/%2 present, %3 for</source>
            <translation>%1/%2 present, %3 for</translation>
        </message>
        <message>
            <source>, %1 against, %2 abstain</source>
            <translation>, %1 against, %2 abstain</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
        <message>
            <source>The vote did not pass</source>
            <translation>The vote did not pass</translation>
        </message>
        <message>
            <source>Step %1 did not pass, so the matter cannot go on to the next step.

Return it to the party branch now, to be proposed again (a new round)?</source>
            <translation>Step %1 did not pass, so the matter cannot go on to the next step.

Return it to the party branch now, to be proposed again (a new round)?</translation>
        </message>
        <message>
            <source>Return to the party branch</source>
            <translation>Return to the party branch</translation>
        </message>
        <message>
            <source>Why, and what the branch will change (optional):</source>
            <translation>Why, and what the branch will change (optional):</translation>
        </message>
        <message>
            <source>Carrying out began</source>
            <translation>Carrying out began</translation>
        </message>
        <message>
            <source>The day work on the decision began (e.g. 2026-11-20):</source>
            <translation>The day work on the decision began (e.g. 2026-11-20):</translation>
        </message>
        <message>
            <source>Undo last</source>
            <translation>Undo last</translation>
        </message>
        <message>
            <source>Take back the last thing recorded for this matter? Meeting records made with a step are kept.</source>
            <translation>Take back the last thing recorded for this matter? Meeting records made with a step are kept.</translation>
        </message>
        <message>
            <source>Stop this matter</source>
            <translation>Stop this matter</translation>
        </message>
        <message>
            <source>Why is the matter stopped? (required)</source>
            <translation>Why is the matter stopped? (required)</translation>
        </message>
    </context>
    <context>
        <name>DecisionStepDialog</name>
        <message>
            <source>Step %1: %2 — %3</source>
            <translation>Step %1: %2 — %3</translation>
        </message>
        <message>
            <source>Step %1 of 6: %2</source>
            <translation>Step %1 of 6: %2</translation>
        </message>
        <message>
            <source>Save this step</source>
            <translation>Save this step</translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>The meeting</translation>
        </message>
        <message>
            <source>Kind of meeting:</source>
            <translation>Kind of meeting:</translation>
        </message>
        <message>
            <source>Use a meeting record already entered</source>
            <translation>Use a meeting record already entered</translation>
        </message>
        <message>
            <source>Make a new meeting record now</source>
            <translation>Make a new meeting record now</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>e.g. village office meeting room</source>
            <translation>e.g. village office meeting room</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Host (主持人):</source>
            <translation>Host (主持人):</translation>
        </message>
        <message>
            <source>Recorder (记录人):</source>
            <translation>Recorder (记录人):</translation>
        </message>
        <message>
            <source>Village cadres present:</source>
            <translation>Village cadres present:</translation>
        </message>
        <message>
            <source>Attendance and vote</source>
            <translation>Attendance and vote</translation>
        </message>
        <message>
            <source>by persons (villagers aged 18 and over)</source>
            <translation>by persons (villagers aged 18 and over)</translation>
        </message>
        <message>
            <source>by households (one person per household)</source>
            <translation>by households (one person per household)</translation>
        </message>
        <message>
            <source>Counted:</source>
            <translation>Counted:</translation>
        </message>
        <message>
            <source>Present (实到):</source>
            <translation>Present (实到):</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Against:</source>
            <translation>Against:</translation>
        </message>
        <message>
            <source>Abstain:</source>
            <translation>Abstain:</translation>
        </message>
        <message>
            <source>Votes:</source>
            <translation>Votes:</translation>
        </message>
        <message>
            <source>Quorum:</source>
            <translation>Quorum:</translation>
        </message>
        <message>
            <source>To pass:</source>
            <translation>To pass:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>Households (户数):</source>
            <translation>Households (户数):</translation>
        </message>
        <message>
            <source>Due to attend (应到%1):</source>
            <translation>Due to attend (应到%1):</translation>
        </message>
        <message>
            <source>Enter how many are due to attend.</source>
            <translation>Enter how many are due to attend.</translation>
        </message>
        <message>
            <source>Check the numbers</source>
            <translation>Check the numbers</translation>
        </message>
        <message>
            <source>%1 — needs at least %2, present %3: %4</source>
            <translation>%1 — needs at least %2, present %3: %4</translation>
        </message>
        <message>
            <source>enough</source>
            <translation>enough</translation>
        </message>
        <message>
            <source>NOT enough</source>
            <translation>NOT enough</translation>
        </message>
        <message>
            <source>%1 — needs at least %2 for, got %3</source>
            <translation>%1 — needs at least %2 for, got %3</translation>
        </message>
        <message>
            <source>Not enough present: the meeting cannot decide</source>
            <translation>Not enough present: the meeting cannot decide</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Did not pass</source>
            <translation>Did not pass</translation>
        </message>
        <message>
            <source>The notice on the board</source>
            <translation>The notice on the board</translation>
        </message>
        <message>
            <source>Posted on:</source>
            <translation>Posted on:</translation>
        </message>
        <message>
            <source>Where posted:</source>
            <translation>Where posted:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Posted for:</source>
            <translation>Posted for:</translation>
        </message>
        <message>
            <source>The township's rule: at least %1 days. Print the notice, post it, then save this step.</source>
            <translation>The township's rule: at least %1 days. Print the notice, post it, then save this step.</translation>
        </message>
        <message>
            <source>Up from %1 to %2</source>
            <translation>Up from %1 to %2</translation>
        </message>
        <message>
            <source>What the branch proposes:</source>
            <translation>What the branch proposes:</translation>
        </message>
        <message>
            <source>The two committees' opinion:</source>
            <translation>The two committees' opinion:</translation>
        </message>
        <message>
            <source>The party members' opinion:</source>
            <translation>The party members' opinion:</translation>
        </message>
        <message>
            <source>The decision (决议内容) — required:</source>
            <translation>The decision (决议内容) — required:</translation>
        </message>
        <message>
            <source>Decision text on the notice:</source>
            <translation>Decision text on the notice:</translation>
        </message>
        <message>
            <source>What was done (实施结果) — required:</source>
            <translation>What was done (实施结果) — required:</translation>
        </message>
        <message>
            <source>e.g. Agreed: harden the east road, budget 300,000 yuan, the committee to hold a public tender.</source>
            <translation>e.g. Agreed: harden the east road, budget 300,000 yuan, the committee to hold a public tender.</translation>
        </message>
        <message>
            <source>what was done, what it cost, how it was checked</source>
            <translation>what was done, what it cost, how it was checked</translation>
        </message>
        <message>
            <source>anything else worth keeping (optional)</source>
            <translation>anything else worth keeping (optional)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Write what was done first; it goes on the notice.</source>
            <translation>Write what was done first; it goes on the notice.</translation>
        </message>
    </context>
    <context>
        <name>DecisionTimeline</name>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>did not pass</source>
            <translation>did not pass</translation>
        </message>
        <message>
            <source>next step</source>
            <translation>next step</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>to come</translation>
        </message>
        <message>
            <source>next</source>
            <translation>next</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>New major matter</source>
            <translation>New major matter</translation>
        </message>
        <message>
            <source>Start a major matter: the branch's proposal comes first (Ctrl+N)</source>
            <translation>Start a major matter: the branch's proposal comes first (Ctrl+N)</translation>
        </message>
        <message>
            <source>Major matters go through six steps in order: the party branch proposes → the two committees discuss → the party members' meeting deliberates → the villagers' (representatives') meeting decides → the decision is posted → the result is posted.</source>
            <translation>Major matters go through six steps in order: the party branch proposes → the two committees discuss → the party members' meeting deliberates → the villagers' (representatives') meeting decides → the decision is posted → the result is posted.</translation>
        </message>
        <message>
            <source>Hide stopped matters</source>
            <translation>Hide stopped matters</translation>
        </message>
        <message>
            <source>Leave out the matters that were stopped (终止)</source>
            <translation>Leave out the matters that were stopped (终止)</translation>
        </message>
        <message>
            <source>Only overdue</source>
            <translation>Only overdue</translation>
        </message>
        <message>
            <source>Show only the matters whose next step is late</source>
            <translation>Show only the matters whose next step is late</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>Raised on</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>Matter</translation>
        </message>
        <message>
            <source>Money (yuan)</source>
            <translation>Money (yuan)</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Steps done</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Where it stands</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>This village</source>
            <translation>This village</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open the selected matter: its timeline and next step</source>
            <translation>Open the selected matter: its timeline and next step</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete a matter entered by mistake (only before any step)</source>
            <translation>Delete a matter entered by mistake (only before any step)</translation>
        </message>
        <message>
            <source>Print notice…</source>
            <translation>Print notice…</translation>
        </message>
        <message>
            <source>Print the 公示 notice of the selected matter for the notice board</source>
            <translation>Print the 公示 notice of the selected matter for the notice board</translation>
        </message>
        <message>
            <source>Major matters</source>
            <translation>Major matters</translation>
        </message>
        <message>
            <source>四议两公开: major village matters step by step, with their meetings, votes and notices</source>
            <translation>四议两公开: major village matters step by step, with their meetings, votes and notices</translation>
        </message>
        <message>
            <source>Major matters — %1</source>
            <translation>Major matters — %1</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>%1 matters, %2 overdue</source>
            <translation>%1 matters, %2 overdue</translation>
        </message>
        <message>
            <source>Click a matter in the list first.</source>
            <translation>Click a matter in the list first.</translation>
        </message>
        <message>
            <source>Delete major matter</source>
            <translation>Delete major matter</translation>
        </message>
        <message>
            <source>Delete “%1”? Only a matter with no step recorded can be deleted.</source>
            <translation>Delete “%1”? Only a matter with no step recorded can be deleted.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Cannot delete</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>There is no decision to post yet: the villagers' (representatives') meeting must decide first (step 4).</source>
            <translation>There is no decision to post yet: the villagers' (representatives') meeting must decide first (step 4).</translation>
        </message>
    </context>
</TS>
