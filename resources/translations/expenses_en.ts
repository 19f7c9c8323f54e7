<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ExpenseLedgerView</name>
        <message>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <source>%1 month</source>
            <translation>%1 month</translation>
        </message>
        <message>
            <source>Posted on the board…</source>
            <translation>Posted on the board…</translation>
        </message>
        <message>
            <source>Record the day the publicity sheet was posted (张榜公开)</source>
            <translation>Record the day the publicity sheet was posted (张榜公开)</translation>
        </message>
        <message>
            <source>This year against the limits</source>
            <translation>This year against the limits</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Print ledger…</source>
            <translation>Print ledger…</translation>
        </message>
        <message>
            <source>The ledger by kind (非生产性开支台账) of the month shown, or of the whole year</source>
            <translation>The ledger by kind (非生产性开支台账) of the month shown, or of the whole year</translation>
        </message>
        <message>
            <source>Print publicity sheet…</source>
            <translation>Print publicity sheet…</translation>
        </message>
        <message>
            <source>The sheet to post on the village notice board (财务公开栏) for the month shown</source>
            <translation>The sheet to post on the village notice board (财务公开栏) for the month shown</translation>
        </message>
        <message>
            <source>Export the year to Excel…</source>
            <translation>Export the year to Excel…</translation>
        </message>
        <message>
            <source>Every entry of the year as an Excel workbook</source>
            <translation>Every entry of the year as an Excel workbook</translation>
        </message>
        <message>
            <source>Month total: %1 yuan in %2 entries · year to date %3 yuan</source>
            <translation>Month total: %1 yuan in %2 entries · year to date %3 yuan</translation>
        </message>
        <message>
            <source>%1 of %2 yuan (this month %3)</source>
            <translation>%1 of %2 yuan (this month %3)</translation>
        </message>
        <message>
            <source>Posted on the board on %1</source>
            <translation>Posted on the board on %1</translation>
        </message>
        <message>
            <source>Not posted on the board yet</source>
            <translation>Not posted on the board yet</translation>
        </message>
        <message>
            <source>Export the ledger</source>
            <translation>Export the ledger</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
    </context>
    <context>
        <name>ExpenseLimitMeter</name>
        <message>
            <source>Hospitality: limit 0 — village business has no hospitality (村级公务零招待)</source>
            <translation>Hospitality: limit 0 — village business has no hospitality (村级公务零招待)</translation>
        </message>
        <message>
            <source>Used %1 · this request %2 · left %3 of the %4 yuan limit for %5</source>
            <translation>Used %1 · this request %2 · left %3 of the %4 yuan limit for %5</translation>
        </message>
        <message>
            <source>Within the limits (one item up to %1 yuan).</source>
            <translation>Within the limits (one item up to %1 yuan).</translation>
        </message>
        <message>
            <source>Above %1 yuan: a second village cadre signs with the approver.</source>
            <translation>Above %1 yuan: a second village cadre signs with the approver.</translation>
        </message>
        <message>
            <source>Above %1 yuan: the township reviews it after the village approves.</source>
            <translation>Above %1 yuan: the township reviews it after the village approves.</translation>
        </message>
        <message>
            <source>Other requests of this kind waiting for approval: %1 yuan.</source>
            <translation>Other requests of this kind waiting for approval: %1 yuan.</translation>
        </message>
    </context>
    <context>
        <name>ExpenseListModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>Handler</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason refused</source>
            <translation>Reason refused</translation>
        </message>
    </context>
    <context>
        <name>ExpensePolicyDialog</name>
        <message>
            <source>Expense limits (township policy)</source>
            <translation>Expense limits (township policy)</translation>
        </message>
        <message>
            <source>These are the limits shipped with the app, not yet confirmed by the township. Check them, change what differs, and save to confirm.</source>
            <translation>These are the limits shipped with the app, not yet confirmed by the township. Check them, change what differs, and save to confirm.</translation>
        </message>
        <message>
            <source>In force since %1. A change takes effect from the date below: every expense is judged by the limits in force on its own date, so older records keep their judgement.</source>
            <translation>In force since %1. A change takes effect from the date below: every expense is judged by the limits in force on its own date, so older records keep their judgement.</translation>
        </message>
        <message>
            <source>Takes effect on:</source>
            <translation>Takes effect on:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>One item up to (yuan)</source>
            <translation>One item up to (yuan)</translation>
        </message>
        <message>
            <source>Year up to (yuan)</source>
            <translation>Year up to (yuan)</translation>
        </message>
        <message>
            <source>Township reviews above (yuan)</source>
            <translation>Township reviews above (yuan)</translation>
        </message>
        <message>
            <source>Second signer above (yuan)</source>
            <translation>Second signer above (yuan)</translation>
        </message>
        <message>
            <source>Always refused</source>
            <translation>Always refused</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Add a kind</source>
            <translation>Add a kind</translation>
        </message>
        <message>
            <source>e.g. 党支部书记、村委会主任</source>
            <translation>e.g. 党支部书记、村委会主任</translation>
        </message>
        <message>
            <source>Posts that approve:</source>
            <translation>Posts that approve:</translation>
        </message>
        <message>
            <source>Post the month's spending by day of next month:</source>
            <translation>Post the month's spending by day of next month:</translation>
        </message>
        <message>
            <source>e.g. 乡党委会议 2027 年第 1 次会议核定</source>
            <translation>e.g. 乡党委会议 2027 年第 1 次会议核定</translation>
        </message>
        <message>
            <source>Decided by / note:</source>
            <translation>Decided by / note:</translation>
        </message>
        <message>
            <source>Save policy</source>
            <translation>Save policy</translation>
        </message>
    </context>
    <context>
        <name>ExpensePublishDialog</name>
        <message>
            <source>Posted on the notice board</source>
            <translation>Posted on the notice board</translation>
        </message>
        <message>
            <source>Record that the publicity sheet of %1-%2 was posted on the village notice board.</source>
            <translation>Record that the publicity sheet of %1-%2 was posted on the village notice board.</translation>
        </message>
        <message>
            <source>Posted on:</source>
            <translation>Posted on:</translation>
        </message>
        <message>
            <source>optional, e.g. 村部公开栏</source>
            <translation>optional, e.g. 村部公开栏</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Record posting</source>
            <translation>Record posting</translation>
        </message>
    </context>
    <context>
        <name>ExpenseRequestForm</name>
        <message>
            <source>Expense request</source>
            <translation>Expense request</translation>
        </message>
        <message>
            <source>Correct expense request</source>
            <translation>Correct expense request</translation>
        </message>
        <message>
            <source>%1 — non-productive expense request</source>
            <translation>%1 — non-productive expense request</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Yuan, up to two decimals, e.g. 1,234.50</source>
            <translation>Yuan, up to two decimals, e.g. 1,234.50</translation>
        </message>
        <message>
            <source>Amount (yuan):</source>
            <translation>Amount (yuan):</translation>
        </message>
        <message>
            <source>who is paid, e.g. 县新华书店</source>
            <translation>who is paid, e.g. 县新华书店</translation>
        </message>
        <message>
            <source>Payee:</source>
            <translation>Payee:</translation>
        </message>
        <message>
            <source>what the money is for, e.g. 购买打印纸</source>
            <translation>what the money is for, e.g. 购买打印纸</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <source>cadre</source>
            <translation>cadre</translation>
        </message>
        <message>
            <source>Handler (经办人):</source>
            <translation>Handler (经办人):</translation>
        </message>
        <message>
            <source>Receipts:</source>
            <translation>Receipts:</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Paid by:</source>
            <translation>Paid by:</translation>
        </message>
        <message>
            <source>This kind's limit for the year</source>
            <translation>This kind's limit for the year</translation>
        </message>
        <message>
            <source>Save request</source>
            <translation>Save request</translation>
        </message>
        <message>
            <source> (always refused)</source>
            <translation> (always refused)</translation>
        </message>
        <message>
            <source>The rules refuse this request</source>
            <translation>The rules refuse this request</translation>
        </message>
        <message>
            <source>It will be kept on record as a refused request. Record it anyway?</source>
            <translation>It will be kept on record as a refused request. Record it anyway?</translation>
        </message>
        <message>
            <source>Request refused and kept on record</source>
            <translation>Request refused and kept on record</translation>
        </message>
    </context>
    <context>
        <name>ExpenseReversalDialog</name>
        <message>
            <source>Correct by reversal</source>
            <translation>Correct by reversal</translation>
        </message>
        <message>
            <source>Reversing %1-%2 %3, %4 yuan: “%5”. The original stays as it is; a new entry of minus the amount is added and linked to it. Up to %6 yuan can still be reversed.</source>
            <translation>Reversing %1-%2 %3, %4 yuan: “%5”. The original stays as it is; a new entry of minus the amount is added and linked to it. Up to %6 yuan can still be reversed.</translation>
        </message>
        <message>
            <source>Not paid yet: only the whole amount can be reversed</source>
            <translation>Not paid yet: only the whole amount can be reversed</translation>
        </message>
        <message>
            <source>Amount to reverse (yuan):</source>
            <translation>Amount to reverse (yuan):</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>why, e.g. 发票重复报销</source>
            <translation>why, e.g. 发票重复报销</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>cadre</source>
            <translation>cadre</translation>
        </message>
        <message>
            <source>Handler:</source>
            <translation>Handler:</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <source>Record reversal</source>
            <translation>Record reversal</translation>
        </message>
        <message>
            <source>Write why the entry is reversed.</source>
            <translation>Write why the entry is reversed.</translation>
        </message>
        <message>
            <source>Reversing %1 yuan.</source>
            <translation>Reversing %1 yuan.</translation>
        </message>
    </context>
    <context>
        <name>ExpenseStepDialog</name>
        <message>
            <source>Expense %1-%2</source>
            <translation>Expense %1-%2</translation>
        </message>
        <message>
            <source>village approval</source>
            <translation>village approval</translation>
        </message>
        <message>
            <source>township review</source>
            <translation>township review</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>payment</translation>
        </message>
        <message>
            <source>%1 %2-%3 — %4</source>
            <translation>%1 %2-%3 — %4</translation>
        </message>
        <message>
            <source>This kind's limit for the year</source>
            <translation>This kind's limit for the year</translation>
        </message>
        <message>
            <source>Steps so far</source>
            <translation>Steps so far</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Approve (township)</source>
            <translation>Approve (township)</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <source>Refuse</source>
            <translation>Refuse</translation>
        </message>
        <message>
            <source>Do not approve; the opinion says why</source>
            <translation>Do not approve; the opinion says why</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>Handler</translation>
        </message>
        <message>
            <source>Receipts / paid by</source>
            <translation>Receipts / paid by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reverses</source>
            <translation>Reverses</translation>
        </message>
        <message>
            <source>net</source>
            <translation>net</translation>
        </message>
        <message>
            <source>Reversed by</source>
            <translation>Reversed by</translation>
        </message>
        <message>
            <source>Recorded %1 by %2 (account %3)</source>
            <translation>Recorded %1 by %2 (account %3)</translation>
        </message>
        <message>
            <source>Recorded %1 by account %2</source>
            <translation>Recorded %1 by account %2</translation>
        </message>
        <message>
            <source> with second signer %1</source>
            <translation> with second signer %1</translation>
        </message>
        <message>
            <source>Village approval: %1, %2 — “%3”</source>
            <translation>Village approval: %1, %2 — “%3”</translation>
        </message>
        <message>
            <source>Township review: %1, %2 — “%3”</source>
            <translation>Township review: %1, %2 — “%3”</translation>
        </message>
        <message>
            <source>Township review: required for this amount</source>
            <translation>Township review: required for this amount</translation>
        </message>
        <message>
            <source>Paid: %1 by %2</source>
            <translation>Paid: %1 by %2</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(not needed)</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>cadre</source>
            <translation>cadre</translation>
        </message>
        <message>
            <source>Second signer:</source>
            <translation>Second signer:</translation>
        </message>
        <message>
            <source>opinion, e.g. 同意</source>
            <translation>opinion, e.g. 同意</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>Opinion:</translation>
        </message>
        <message>
            <source>Township opinion:</source>
            <translation>Township opinion:</translation>
        </message>
        <message>
            <source>Paid on:</source>
            <translation>Paid on:</translation>
        </message>
        <message>
            <source>Paid by (cashier):</source>
            <translation>Paid by (cashier):</translation>
        </message>
        <message>
            <source>Approving %1 yuan of village money.</source>
            <translation>Approving %1 yuan of village money.</translation>
        </message>
        <message>
            <source>Approved by the village</source>
            <translation>Approved by the village</translation>
        </message>
        <message>
            <source>Approved. This amount now goes to the township for review.</source>
            <translation>Approved. This amount now goes to the township for review.</translation>
        </message>
        <message>
            <source>Township approval of %1 yuan.</source>
            <translation>Township approval of %1 yuan.</translation>
        </message>
        <message>
            <source>Paying out %1 yuan.</source>
            <translation>Paying out %1 yuan.</translation>
        </message>
        <message>
            <source>Write why it is not approved in the opinion.</source>
            <translation>Write why it is not approved in the opinion.</translation>
        </message>
    </context>
    <context>
        <name>ExpenseTownshipView</name>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Red: over the year's limit. Double-click a village to open its requests.</source>
            <translation>Red: over the year's limit. Double-click a village to open its requests.</translation>
        </message>
        <message>
            <source>Township spending by kind (dashed: the villages' limits together)</source>
            <translation>Township spending by kind (dashed: the villages' limits together)</translation>
        </message>
        <message>
            <source>No request is waiting for the township's review. A request comes here after the village approves it, when its amount is above the township review limit of its kind.</source>
            <translation>No request is waiting for the township's review. A request comes here after the village approves it, when its amount is above the township review limit of its kind.</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Review…</translation>
        </message>
        <message>
            <source>Approve or refuse the selected request as the township (乡镇审核)</source>
            <translation>Approve or refuse the selected request as the township (乡镇审核)</translation>
        </message>
        <message>
            <source>Waiting for township review</source>
            <translation>Waiting for township review</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>All refused and withdrawn</source>
            <translation>All refused and withdrawn</translation>
        </message>
        <message>
            <source>Over a limit</source>
            <translation>Over a limit</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation>Hospitality</translation>
        </message>
        <message>
            <source>Refused and over-limit attempts</source>
            <translation>Refused and over-limit attempts</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>Total (yuan)</translation>
        </message>
        <message>
            <source>Waiting: village</source>
            <translation>Waiting: village</translation>
        </message>
        <message>
            <source>Waiting: township</source>
            <translation>Waiting: township</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Over-limit attempts</source>
            <translation>Over-limit attempts</translation>
        </message>
        <message>
            <source>Hospitality attempts</source>
            <translation>Hospitality attempts</translation>
        </message>
        <message>
            <source>Adding up %1…</source>
            <translation>Adding up %1…</translation>
        </message>
        <message>
            <source>over the limit of %1 yuan</source>
            <translation>over the limit of %1 yuan</translation>
        </message>
        <message>
            <source>%1 villages · spent %2 yuan in %3 · %4 waiting for township review · %5 villages over a limit</source>
            <translation>%1 villages · spent %2 yuan in %3 · %4 waiting for township review · %5 villages over a limit</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Click a request in the list first.</source>
            <translation>Click a request in the list first.</translation>
        </message>
    </context>
    <context>
        <name>ExpenseWithdrawDialog</name>
        <message>
            <source>Withdraw request</source>
            <translation>Withdraw request</translation>
        </message>
        <message>
            <source>why, e.g. 填写有误，重新申请</source>
            <translation>why, e.g. 填写有误，重新申请</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
    </context>
    <context>
        <name>ExpensesPage</name>
        <message>
            <source>Expense limits…</source>
            <translation>Expense limits…</translation>
        </message>
        <message>
            <source>The township's limits for each kind of spending</source>
            <translation>The township's limits for each kind of spending</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>New request</translation>
        </message>
        <message>
            <source>Record a request for non-productive spending (Ctrl+N)</source>
            <translation>Record a request for non-productive spending (Ctrl+N)</translation>
        </message>
        <message>
            <source>The expense limits are the app's defaults and are not yet confirmed by the township.</source>
            <translation>The expense limits are the app's defaults and are not yet confirmed by the township.</translation>
        </message>
        <message>
            <source>This village</source>
            <translation>This village</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Approved, not paid</source>
            <translation>Approved, not paid</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Refused or withdrawn</source>
            <translation>Refused or withdrawn</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Approve / pay…</source>
            <translation>Approve / pay…</translation>
        </message>
        <message>
            <source>Open the request: approve it, review it, or record the payment</source>
            <translation>Open the request: approve it, review it, or record the payment</translation>
        </message>
        <message>
            <source>Correct request…</source>
            <translation>Correct request…</translation>
        </message>
        <message>
            <source>Correct a request still waiting for village approval</source>
            <translation>Correct a request still waiting for village approval</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>Withdraw a request not yet approved; it stays on file as withdrawn</source>
            <translation>Withdraw a request not yet approved; it stays on file as withdrawn</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Reverse…</translation>
        </message>
        <message>
            <source>Correct a booked entry with a reversing entry (红字冲销)</source>
            <translation>Correct a booked entry with a reversing entry (红字冲销)</translation>
        </message>
        <message>
            <source>Print approval slip…</source>
            <translation>Print approval slip…</translation>
        </message>
        <message>
            <source>Print the approval slip (审批单) of the selected request</source>
            <translation>Print the approval slip (审批单) of the selected request</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Monthly ledger</source>
            <translation>Monthly ledger</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <source>Non-productive expenses: limits, approval, ledger and publicity (非生产性开支)</source>
            <translation>Non-productive expenses: limits, approval, ledger and publicity (非生产性开支)</translation>
        </message>
        <message>
            <source>Non-productive expenses — %1</source>
            <translation>Non-productive expenses — %1</translation>
        </message>
        <message>
            <source>all villages</source>
            <translation>all villages</translation>
        </message>
        <message>
            <source>Click a request in the list first.</source>
            <translation>Click a request in the list first.</translation>
        </message>
    </context>
</TS>
