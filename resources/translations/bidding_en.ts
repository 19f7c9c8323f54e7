<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BiddingKindsDialog</name>
        <message>
            <source>Project kinds</source>
            <translation>Project kinds</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
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
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projects</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. 桥梁</source>
            <translation>e.g. 桥梁</translation>
        </message>
        <message>
            <source>Add as a new kind</source>
            <translation>Add as a new kind</translation>
        </message>
        <message>
            <source>Rename the selected kind</source>
            <translation>Rename the selected kind</translation>
        </message>
        <message>
            <source>Retire / restore the selected kind</source>
            <translation>Retire / restore the selected kind</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Click a kind in the list first.</source>
            <translation>Click a kind in the list first.</translation>
        </message>
    </context>
    <context>
        <name>BiddingPage</name>
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
            <source>Stage:</source>
            <translation>Stage:</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>Needs attention only</source>
            <translation>Needs attention only</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>Total (yuan)</translation>
        </message>
        <message>
            <source>Tender</source>
            <translation>Tender</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>not required</translation>
        </message>
        <message>
            <source>Tender status</source>
            <translation>Tender status</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Contract (yuan)</source>
            <translation>Contract (yuan)</translation>
        </message>
        <message>
            <source>Paid (yuan)</source>
            <translation>Paid (yuan)</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Print or export</source>
            <translation>Print or export</translation>
        </message>
        <message>
            <source>Print the selected project's file sheet or the register, or export the register for Excel or for county tools</source>
            <translation>Print the selected project's file sheet or the register, or export the register for Excel or for county tools</translation>
        </message>
        <message>
            <source>Print file sheet of the selected project…</source>
            <translation>Print file sheet of the selected project…</translation>
        </message>
        <message>
            <source>The project's one-page file sheet (项目档案表) with every stage</source>
            <translation>The project's one-page file sheet (项目档案表) with every stage</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Only the projects with a problem: not tendered when it should be, stages out of order, paid over the contract, a suspected split, odd bids</source>
            <translation>Only the projects with a problem: not tendered when it should be, stages out of order, paid over the contract, a suspected split, odd bids</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>New project…</translation>
        </message>
        <message>
            <source>Register a new project (立项登记)</source>
            <translation>Register a new project (立项登记)</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Open the selected project (or double-click it)</source>
            <translation>Open the selected project (or double-click it)</translation>
        </message>
        <message>
            <source>Record next stage…</source>
            <translation>Record next stage…</translation>
        </message>
        <message>
            <source>立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理</source>
            <translation>立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理</translation>
        </message>
        <message>
            <source>Correct current stage…</source>
            <translation>Correct current stage…</translation>
        </message>
        <message>
            <source>Fix a mistake in the stage last recorded; the old entry is kept in the history</source>
            <translation>Fix a mistake in the stage last recorded; the old entry is kept in the history</translation>
        </message>
        <message>
            <source>Payments…</source>
            <translation>Payments…</translation>
        </message>
        <message>
            <source>Record or look at the payments to the contractor</source>
            <translation>Record or look at the payments to the contractor</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Only a project with no stage recorded (an entry made by mistake)</source>
            <translation>Only a project with no stage recorded (an entry made by mistake)</translation>
        </message>
        <message>
            <source>Project kinds…</source>
            <translation>Project kinds…</translation>
        </message>
        <message>
            <source>The township's list of project kinds</source>
            <translation>The township's list of project kinds</translation>
        </message>
        <message>
            <source>Print register…</source>
            <translation>Print register…</translation>
        </message>
        <message>
            <source>The bidding register (招投标登记簿) of the year shown</source>
            <translation>The bidding register (招投标登记簿) of the year shown</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>The register as an Excel workbook</source>
            <translation>The register as an Excel workbook</translation>
        </message>
        <message>
            <source>Export OCDS…</source>
            <translation>Export OCDS…</translation>
        </message>
        <message>
            <source>Open Contracting (OCDS 1.1) file for county and provincial tools</source>
            <translation>Open Contracting (OCDS 1.1) file for county and provincial tools</translation>
        </message>
        <message>
            <source>Bidding</source>
            <translation>Bidding</translation>
        </message>
        <message>
            <source>Projects, public tenders, stages and payments (招投标登记)</source>
            <translation>Projects, public tenders, stages and payments (招投标登记)</translation>
        </message>
        <message>
            <source>all villages</source>
            <translation>all villages</translation>
        </message>
        <message>
            <source>Bidding register — %1</source>
            <translation>Bidding register — %1</translation>
        </message>
        <message>
            <source>%1 projects, ¥%2; %3 need attention</source>
            <translation>%1 projects, ¥%2; %3 need attention</translation>
        </message>
        <message>
            <source>Click a project in the list first.</source>
            <translation>Click a project in the list first.</translation>
        </message>
        <message>
            <source>Record %1…</source>
            <translation>Record %1…</translation>
        </message>
        <message>
            <source>No projects here yet. Click “New project…” below to register one (立项登记).</source>
            <translation>No projects here yet. Click “New project…” below to register one (立项登记).</translation>
        </message>
        <message>
            <source>No projects here.</source>
            <translation>No projects here.</translation>
        </message>
        <message>
            <source>Click a project in the list: here you see whether it must be tendered publicly, and what needs attention.</source>
            <translation>Click a project in the list: here you see whether it must be tendered publicly, and what needs attention.</translation>
        </message>
        <message>
            <source>Delete project</source>
            <translation>Delete project</translation>
        </message>
        <message>
            <source>Delete “%1”? Only a project entered by mistake should be deleted.</source>
            <translation>Delete “%1”? Only a project entered by mistake should be deleted.</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <source>Export the register as OCDS</source>
            <translation>Export the register as OCDS</translation>
        </message>
    </context>
    <context>
        <name>BiddingPaymentsDialog</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Voucher</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Payment date</source>
            <translation>Payment date</translation>
        </message>
        <message>
            <source>Works payment</source>
            <translation>Works payment</translation>
        </message>
        <message>
            <source>Retention paid back</source>
            <translation>Retention paid back</translation>
        </message>
        <message>
            <source>Voucher number</source>
            <translation>Voucher number</translation>
        </message>
        <message>
            <source>Record this payment</source>
            <translation>Record this payment</translation>
        </message>
        <message>
            <source>Delete the selected payment</source>
            <translation>Delete the selected payment</translation>
        </message>
        <message>
            <source>Only for a payment entered by mistake; the audit log keeps it</source>
            <translation>Only for a payment entered by mistake; the audit log keeps it</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Payments — %1</source>
            <translation>Payments — %1</translation>
        </message>
        <message>
            <source>No construction contract yet: nothing can be paid.</source>
            <translation>No construction contract yet: nothing can be paid.</translation>
        </message>
        <message>
            <source>audited sum</source>
            <translation>audited sum</translation>
        </message>
        <message>
            <source>contract sum</source>
            <translation>contract sum</translation>
        </message>
        <message>
            <source>Paid ¥%1 of the %2 ¥%3; ¥%4 can still be paid.</source>
            <translation>Paid ¥%1 of the %2 ¥%3; ¥%4 can still be paid.</translation>
        </message>
        <message>
            <source>Retention ¥%1, not yet paid back ¥%2.</source>
            <translation>Retention ¥%1, not yet paid back ¥%2.</translation>
        </message>
        <message>
            <source>Overpaid by ¥%1: it must be recovered.</source>
            <translation>Overpaid by ¥%1: it must be recovered.</translation>
        </message>
        <message>
            <source>Paid, against the cap</source>
            <translation>Paid, against the cap</translation>
        </message>
        <message>
            <source>Click a payment in the list first.</source>
            <translation>Click a payment in the list first.</translation>
        </message>
        <message>
            <source>Delete payment</source>
            <translation>Delete payment</translation>
        </message>
        <message>
            <source>Delete the payment of ¥%1 on %2? Only do this for a mistaken entry.</source>
            <translation>Delete the payment of ¥%1 on %2? Only do this for a mistaken entry.</translation>
        </message>
    </context>
    <context>
        <name>BiddingProjectDialog</name>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Project name</source>
            <translation>Project name</translation>
        </message>
        <message>
            <source>e.g. 村东道路硬化</source>
            <translation>e.g. 村东道路硬化</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>e.g. 三组</source>
            <translation>e.g. 三组</translation>
        </message>
        <message>
            <source>Date registered</source>
            <translation>Date registered</translation>
        </message>
        <message>
            <source>Township investment (yuan)</source>
            <translation>Township investment (yuan)</translation>
        </message>
        <message>
            <source>Village investment (yuan)</source>
            <translation>Village investment (yuan)</translation>
        </message>
        <message>
            <source>Grants from above (yuan)</source>
            <translation>Grants from above (yuan)</translation>
        </message>
        <message>
            <source>Raised from the public (yuan)</source>
            <translation>Raised from the public (yuan)</translation>
        </message>
        <message>
            <source>Other money (yuan)</source>
            <translation>Other money (yuan)</translation>
        </message>
        <message>
            <source>Touches public interest or public safety</source>
            <translation>Touches public interest or public safety</translation>
        </message>
        <message>
            <source>Projects of public interest or safety (roads, water, buildings) must be tendered publicly above the township's amounts; untick only when it truly does not apply</source>
            <translation>Projects of public interest or safety (roads, water, buildings) must be tendered publicly above the township's amounts; untick only when it truly does not apply</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Project: %1</translation>
        </message>
        <message>
            <source>The tender stage is recorded: the money can no longer be changed.</source>
            <translation>The tender stage is recorded: the money can no longer be changed.</translation>
        </message>
        <message>
            <source>Not an amount: write it like 1234.50</source>
            <translation>Not an amount: write it like 1234.50</translation>
        </message>
        <message>
            <source>Check the amounts.</source>
            <translation>Check the amounts.</translation>
        </message>
    </context>
    <context>
        <name>BiddingStageDialog</name>
        <message>
            <source>Approval (立项)</source>
            <translation>Approval (立项)</translation>
        </message>
        <message>
            <source>Tender (招投标)</source>
            <translation>Tender (招投标)</translation>
        </message>
        <message>
            <source>Construction (施工)</source>
            <translation>Construction (施工)</translation>
        </message>
        <message>
            <source>Acceptance (竣工验收)</source>
            <translation>Acceptance (竣工验收)</translation>
        </message>
        <message>
            <source>Audit (审计)</source>
            <translation>Audit (审计)</translation>
        </message>
        <message>
            <source>Settlement and retention (资金管理)</source>
            <translation>Settlement and retention (资金管理)</translation>
        </message>
        <message>
            <source>Approval date</source>
            <translation>Approval date</translation>
        </message>
        <message>
            <source>Approval document number</source>
            <translation>Approval document number</translation>
        </message>
        <message>
            <source>e.g. 白鹿村发〔2026〕3号</source>
            <translation>e.g. 白鹿村发〔2026〕3号</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Written reason for not using a public tender</source>
            <translation>Written reason for not using a public tender</translation>
        </message>
        <message>
            <source>Why not a public tender? The township bidding office will see it.</source>
            <translation>Why not a public tender? The township bidding office will see it.</translation>
        </message>
        <message>
            <source>Tender notice published</source>
            <translation>Tender notice published</translation>
        </message>
        <message>
            <source>Bids opened (or award decided)</source>
            <translation>Bids opened (or award decided)</translation>
        </message>
        <message>
            <source>Bidder</source>
            <translation>Bidder</translation>
        </message>
        <message>
            <source>Bid (yuan)</source>
            <translation>Bid (yuan)</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>Winner</translation>
        </message>
        <message>
            <source>Bidders and bids</source>
            <translation>Bidders and bids</translation>
        </message>
        <message>
            <source>Add bidder</source>
            <translation>Add bidder</translation>
        </message>
        <message>
            <source>Remove selected bidder</source>
            <translation>Remove selected bidder</translation>
        </message>
        <message>
            <source>Contract signed</source>
            <translation>Contract signed</translation>
        </message>
        <message>
            <source>Contract sum (yuan)</source>
            <translation>Contract sum (yuan)</translation>
        </message>
        <message>
            <source>Work starts</source>
            <translation>Work starts</translation>
        </message>
        <message>
            <source>Planned completion</source>
            <translation>Planned completion</translation>
        </message>
        <message>
            <source>Contract number</source>
            <translation>Contract number</translation>
        </message>
        <message>
            <source>Acceptance date</source>
            <translation>Acceptance date</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Accepted by</source>
            <translation>Accepted by</translation>
        </message>
        <message>
            <source>e.g. 乡招标办、村两委、监理</source>
            <translation>e.g. 乡招标办、村两委、监理</translation>
        </message>
        <message>
            <source>Problems and what must be put right</source>
            <translation>Problems and what must be put right</translation>
        </message>
        <message>
            <source>Audit date</source>
            <translation>Audit date</translation>
        </message>
        <message>
            <source>Audited sum (yuan)</source>
            <translation>Audited sum (yuan)</translation>
        </message>
        <message>
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <source>e.g. 乡审计站</source>
            <translation>e.g. 乡审计站</translation>
        </message>
        <message>
            <source>Audit report number</source>
            <translation>Audit report number</translation>
        </message>
        <message>
            <source>Settlement date</source>
            <translation>Settlement date</translation>
        </message>
        <message>
            <source>Retention held (yuan)</source>
            <translation>Retention held (yuan)</translation>
        </message>
        <message>
            <source>Usually 3–5% of the audited sum, paid back when the warranty ends.</source>
            <translation>Usually 3–5% of the audited sum, paid back when the warranty ends.</translation>
        </message>
        <message>
            <source>Warranty ends</source>
            <translation>Warranty ends</translation>
        </message>
    </context>
</TS>
