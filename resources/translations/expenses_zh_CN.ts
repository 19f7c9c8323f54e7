<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ExpenseLedgerView</name>
        <message>
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>%1 month</source>
            <translation>%1月</translation>
        </message>
        <message>
            <source>Posted on the board…</source>
            <translation>登记张榜公开…</translation>
        </message>
        <message>
            <source>Record the day the publicity sheet was posted (张榜公开)</source>
            <translation>登记财务公开栏张贴的日期（张榜公开）</translation>
        </message>
        <message>
            <source>This year against the limits</source>
            <translation>本年累计与限额</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>开支事由</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款单位（人）</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Print ledger…</source>
            <translation>打印台账…</translation>
        </message>
        <message>
            <source>The ledger by kind (非生产性开支台账) of the month shown, or of the whole year</source>
            <translation>按类别打印所显示月份或全年的非生产性开支台账</translation>
        </message>
        <message>
            <source>Print publicity sheet…</source>
            <translation>打印财务公开栏…</translation>
        </message>
        <message>
            <source>The sheet to post on the village notice board (财务公开栏) for the month shown</source>
            <translation>打印所显示月份张贴到村务公开栏的财务公开表</translation>
        </message>
        <message>
            <source>Export the year to Excel…</source>
            <translation>导出全年台账到 Excel…</translation>
        </message>
        <message>
            <source>Every entry of the year as an Excel workbook</source>
            <translation>把全年每一笔开支导出成 Excel 表</translation>
        </message>
        <message>
            <source>Month total: %1 yuan in %2 entries · year to date %3 yuan</source>
            <translation>本月合计 %1 元，共 %2 笔 · 本年累计 %3 元</translation>
        </message>
        <message>
            <source>%1 of %2 yuan (this month %3)</source>
            <translation>已用 %1 元 / 限额 %2 元（本月 %3 元）</translation>
        </message>
        <message>
            <source>Posted on the board on %1</source>
            <translation>已于 %1 张榜公开</translation>
        </message>
        <message>
            <source>Not posted on the board yet</source>
            <translation>本月尚未张榜公开</translation>
        </message>
        <message>
            <source>Export the ledger</source>
            <translation>导出台账</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
    </context>
    <context>
        <name>ExpenseLimitMeter</name>
        <message>
            <source>Hospitality: limit 0 — village business has no hospitality (村级公务零招待)</source>
            <translation>招待费限额为 0：村级公务零招待</translation>
        </message>
        <message>
            <source>Used %1 · this request %2 · left %3 of the %4 yuan limit for %5</source>
            <translation>%5年已用 %1 元 · 本笔 %2 元 · 还剩 %3 元（年度限额 %4 元）</translation>
        </message>
        <message>
            <source>Within the limits (one item up to %1 yuan).</source>
            <translation>在限额以内（单笔不超过 %1 元）。</translation>
        </message>
        <message>
            <source>Above %1 yuan: a second village cadre signs with the approver.</source>
            <translation>超过 %1 元：审批时需要另一名村干部会签。</translation>
        </message>
        <message>
            <source>Above %1 yuan: the township reviews it after the village approves.</source>
            <translation>超过 %1 元：村审批后还要报乡镇审核。</translation>
        </message>
        <message>
            <source>Other requests of this kind waiting for approval: %1 yuan.</source>
            <translation>本类还有待审批的申请 %1 元。</translation>
        </message>
    </context>
    <context>
        <name>ExpenseListModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>开支事由</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款单位（人）</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reason refused</source>
            <translation>拒绝原因</translation>
        </message>
    </context>
    <context>
        <name>ExpensePolicyDialog</name>
        <message>
            <source>Expense limits (township policy)</source>
            <translation>非生产性开支限额（乡镇政策）</translation>
        </message>
        <message>
            <source>These are the limits shipped with the app, not yet confirmed by the township. Check them, change what differs, and save to confirm.</source>
            <translation>这是软件自带的默认限额，乡镇还没有核定。请逐项核对，改好不同的地方，保存即为核定。</translation>
        </message>
        <message>
            <source>In force since %1. A change takes effect from the date below: every expense is judged by the limits in force on its own date, so older records keep their judgement.</source>
            <translation>现行限额自 %1 起执行。修改从下面的日期起生效：每笔开支都按其日期当时执行的限额审核，以前的记录不受影响。</translation>
        </message>
        <message>
            <source>Takes effect on:</source>
            <translation>生效日期：</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>One item up to (yuan)</source>
            <translation>单笔限额（元）</translation>
        </message>
        <message>
            <source>Year up to (yuan)</source>
            <translation>年度限额（元）</translation>
        </message>
        <message>
            <source>Township reviews above (yuan)</source>
            <translation>超过此数报乡镇审核（元）</translation>
        </message>
        <message>
            <source>Second signer above (yuan)</source>
            <translation>超过此数需会签（元）</translation>
        </message>
        <message>
            <source>Always refused</source>
            <translation>一律不批</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Add a kind</source>
            <translation>增加类别</translation>
        </message>
        <message>
            <source>e.g. 党支部书记、村委会主任</source>
            <translation>例如 党支部书记、村委会主任</translation>
        </message>
        <message>
            <source>Posts that approve:</source>
            <translation>有审批权的职务：</translation>
        </message>
        <message>
            <source>Post the month's spending by day of next month:</source>
            <translation>每月开支在次月几日前公开：</translation>
        </message>
        <message>
            <source>e.g. 乡党委会议 2027 年第 1 次会议核定</source>
            <translation>例如 乡党委会议 2027 年第 1 次会议核定</translation>
        </message>
        <message>
            <source>Decided by / note:</source>
            <translation>核定依据/备注：</translation>
        </message>
        <message>
            <source>Save policy</source>
            <translation>保存限额</translation>
        </message>
    </context>
    <context>
        <name>ExpensePublishDialog</name>
        <message>
            <source>Posted on the notice board</source>
            <translation>张榜公开</translation>
        </message>
        <message>
            <source>Record that the publicity sheet of %1-%2 was posted on the village notice board.</source>
            <translation>登记 %1年%2月的财务公开栏已在村务公开栏张贴。</translation>
        </message>
        <message>
            <source>Posted on:</source>
            <translation>公开日期：</translation>
        </message>
        <message>
            <source>optional, e.g. 村部公开栏</source>
            <translation>可不填，例如 村部公开栏</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Record posting</source>
            <translation>登记公开</translation>
        </message>
    </context>
    <context>
        <name>ExpenseRequestForm</name>
        <message>
            <source>Expense request</source>
            <translation>开支申请</translation>
        </message>
        <message>
            <source>Correct expense request</source>
            <translation>修改开支申请</translation>
        </message>
        <message>
            <source>%1 — non-productive expense request</source>
            <translation>%1 — 非生产性开支申请</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>开支类别：</translation>
        </message>
        <message>
            <source>Yuan, up to two decimals, e.g. 1,234.50</source>
            <translation>以元为单位，最多两位小数，例如 1,234.50</translation>
        </message>
        <message>
            <source>Amount (yuan):</source>
            <translation>金额（元）：</translation>
        </message>
        <message>
            <source>who is paid, e.g. 县新华书店</source>
            <translation>付给谁，例如 县新华书店</translation>
        </message>
        <message>
            <source>Payee:</source>
            <translation>收款单位（人）：</translation>
        </message>
        <message>
            <source>what the money is for, e.g. 购买打印纸</source>
            <translation>钱用在哪里，例如 购买打印纸</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>开支事由：</translation>
        </message>
        <message>
            <source>cadre</source>
            <translation>村干部</translation>
        </message>
        <message>
            <source>Handler (经办人):</source>
            <translation>经办人：</translation>
        </message>
        <message>
            <source>Receipts:</source>
            <translation>票据张数：</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <source>Paid by:</source>
            <translation>支付方式：</translation>
        </message>
        <message>
            <source>This kind's limit for the year</source>
            <translation>本类开支的年度限额</translation>
        </message>
        <message>
            <source>Save request</source>
            <translation>保存申请</translation>
        </message>
        <message>
            <source> (always refused)</source>
            <translation>（一律不批）</translation>
        </message>
        <message>
            <source>The rules refuse this request</source>
            <translation>按规定不能批准</translation>
        </message>
        <message>
            <source>It will be kept on record as a refused request. Record it anyway?</source>
            <translation>这笔申请会作为“已拒绝”的记录留档。仍要登记吗？</translation>
        </message>
        <message>
            <source>Request refused and kept on record</source>
            <translation>申请已拒绝并留档</translation>
        </message>
    </context>
    <context>
        <name>ExpenseReversalDialog</name>
        <message>
            <source>Correct by reversal</source>
            <translation>红字冲销</translation>
        </message>
        <message>
            <source>Reversing %1-%2 %3, %4 yuan: “%5”. The original stays as it is; a new entry of minus the amount is added and linked to it. Up to %6 yuan can still be reversed.</source>
            <translation>冲销 %1年第 %2 号%3 %4 元：“%5”。原记录保持不变，另记一笔负数金额并与原记录关联。最多还可冲销 %6 元。</translation>
        </message>
        <message>
            <source>Not paid yet: only the whole amount can be reversed</source>
            <translation>还没有支付：只能全额冲销</translation>
        </message>
        <message>
            <source>Amount to reverse (yuan):</source>
            <translation>冲销金额（元）：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>why, e.g. 发票重复报销</source>
            <translation>写明原因，例如 发票重复报销</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>cadre</source>
            <translation>村干部</translation>
        </message>
        <message>
            <source>Handler:</source>
            <translation>经办人：</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>审批人：</translation>
        </message>
        <message>
            <source>Record reversal</source>
            <translation>登记冲销</translation>
        </message>
        <message>
            <source>Write why the entry is reversed.</source>
            <translation>请写明冲销的原因。</translation>
        </message>
        <message>
            <source>Reversing %1 yuan.</source>
            <translation>冲销 %1 元。</translation>
        </message>
    </context>
    <context>
        <name>ExpenseStepDialog</name>
        <message>
            <source>Expense %1-%2</source>
            <translation>开支 %1年第%2号</translation>
        </message>
        <message>
            <source>village approval</source>
            <translation>村审批</translation>
        </message>
        <message>
            <source>township review</source>
            <translation>乡镇审核</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>支付</translation>
        </message>
        <message>
            <source>%1 %2-%3 — %4</source>
            <translation>%1 %2年第%3号 — %4</translation>
        </message>
        <message>
            <source>This kind's limit for the year</source>
            <translation>本类开支的年度限额</translation>
        </message>
        <message>
            <source>Steps so far</source>
            <translation>审批经过</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Approve (township)</source>
            <translation>乡镇同意</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>登记支付</translation>
        </message>
        <message>
            <source>Refuse</source>
            <translation>不同意</translation>
        </message>
        <message>
            <source>Do not approve; the opinion says why</source>
            <translation>不批准，在意见里写明理由</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款单位（人）</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>开支事由</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Receipts / paid by</source>
            <translation>票据张数 / 支付方式</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reverses</source>
            <translation>冲销</translation>
        </message>
        <message>
            <source>net</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>Reversed by</source>
            <translation>已被冲销</translation>
        </message>
        <message>
            <source>Recorded %1 by %2 (account %3)</source>
            <translation>%1 由%2（账号 %3）登记</translation>
        </message>
        <message>
            <source>Recorded %1 by account %2</source>
            <translation>%1 由账号 %2 登记</translation>
        </message>
        <message>
            <source> with second signer %1</source>
            <translation>，会签人 %1</translation>
        </message>
        <message>
            <source>Village approval: %1, %2 — “%3”</source>
            <translation>村审批：%1，%2 —— “%3”</translation>
        </message>
        <message>
            <source>Township review: %1, %2 — “%3”</source>
            <translation>乡镇审核：%1，%2 —— “%3”</translation>
        </message>
        <message>
            <source>Township review: required for this amount</source>
            <translation>乡镇审核：这个金额需要乡镇审核</translation>
        </message>
        <message>
            <source>Paid: %1 by %2</source>
            <translation>支付：%1，付款人 %2</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>审批人：</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>（不需要）</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>cadre</source>
            <translation>村干部</translation>
        </message>
        <message>
            <source>Second signer:</source>
            <translation>会签人：</translation>
        </message>
        <message>
            <source>opinion, e.g. 同意</source>
            <translation>意见，例如 同意</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>审批意见：</translation>
        </message>
        <message>
            <source>Township opinion:</source>
            <translation>乡镇审核意见：</translation>
        </message>
        <message>
            <source>Paid on:</source>
            <translation>支付日期：</translation>
        </message>
        <message>
            <source>Paid by (cashier):</source>
            <translation>付款人（出纳）：</translation>
        </message>
        <message>
            <source>Approving %1 yuan of village money.</source>
            <translation>审批村集体资金 %1 元。</translation>
        </message>
        <message>
            <source>Approved by the village</source>
            <translation>村审批已同意</translation>
        </message>
        <message>
            <source>Approved. This amount now goes to the township for review.</source>
            <translation>已同意。这个金额还要报乡镇审核。</translation>
        </message>
        <message>
            <source>Township approval of %1 yuan.</source>
            <translation>乡镇审核同意 %1 元。</translation>
        </message>
        <message>
            <source>Paying out %1 yuan.</source>
            <translation>支付 %1 元。</translation>
        </message>
        <message>
            <source>Write why it is not approved in the opinion.</source>
            <translation>请在意见里写明不同意的理由。</translation>
        </message>
    </context>
    <context>
        <name>ExpenseTownshipView</name>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Red: over the year's limit. Double-click a village to open its requests.</source>
            <translation>红色：超过年度限额。双击某个村，查看该村的申请。</translation>
        </message>
        <message>
            <source>Township spending by kind (dashed: the villages' limits together)</source>
            <translation>全乡各类开支（虚线：各村限额之和）</translation>
        </message>
        <message>
            <source>No request is waiting for the township's review. A request comes here after the village approves it, when its amount is above the township review limit of its kind.</source>
            <translation>现在没有等待乡镇审核的申请。村里审批通过、金额超过该类开支乡镇审核标准的申请，会出现在这里。</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>审核…</translation>
        </message>
        <message>
            <source>Approve or refuse the selected request as the township (乡镇审核)</source>
            <translation>以乡镇身份审核选中的申请：同意或不同意（乡镇审核）</translation>
        </message>
        <message>
            <source>Waiting for township review</source>
            <translation>待乡镇审核</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>All refused and withdrawn</source>
            <translation>全部已拒绝和撤回的</translation>
        </message>
        <message>
            <source>Over a limit</source>
            <translation>超限额的</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation>招待费</translation>
        </message>
        <message>
            <source>Refused and over-limit attempts</source>
            <translation>被拒绝和超限额的申请</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>合计（元）</translation>
        </message>
        <message>
            <source>Waiting: village</source>
            <translation>待村审批</translation>
        </message>
        <message>
            <source>Waiting: township</source>
            <translation>待乡镇审核</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Over-limit attempts</source>
            <translation>超限额申请</translation>
        </message>
        <message>
            <source>Hospitality attempts</source>
            <translation>招待费申请</translation>
        </message>
        <message>
            <source>Adding up %1…</source>
            <translation>正在合计%1年的数字…</translation>
        </message>
        <message>
            <source>over the limit of %1 yuan</source>
            <translation>超过限额 %1 元</translation>
        </message>
        <message>
            <source>%1 villages · spent %2 yuan in %3 · %4 waiting for township review · %5 villages over a limit</source>
            <translation>%1 个村 · %3年共开支 %2 元 · %4 笔待乡镇审核 · %5 个村超过限额</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Click a request in the list first.</source>
            <translation>请先在列表中点一下要审核的申请。</translation>
        </message>
    </context>
    <context>
        <name>ExpenseWithdrawDialog</name>
        <message>
            <source>Withdraw request</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <source>why, e.g. 填写有误，重新申请</source>
            <translation>写明原因，例如 填写有误，重新申请</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
    </context>
    <context>
        <name>ExpensesPage</name>
        <message>
            <source>Expense limits…</source>
            <translation>开支限额…</translation>
        </message>
        <message>
            <source>The township's limits for each kind of spending</source>
            <translation>乡镇规定的各类开支限额</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>新的开支申请</translation>
        </message>
        <message>
            <source>Record a request for non-productive spending (Ctrl+N)</source>
            <translation>登记一笔非生产性开支申请（Ctrl+N）</translation>
        </message>
        <message>
            <source>The expense limits are the app's defaults and are not yet confirmed by the township.</source>
            <translation>开支限额是软件自带的默认值，乡镇还没有核定。</translation>
        </message>
        <message>
            <source>This village</source>
            <translation>本村</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>全部村</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved, not paid</source>
            <translation>已审批待支付</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <source>Refused or withdrawn</source>
            <translation>已拒绝或撤回</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>开支类别：</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Approve / pay…</source>
            <translation>审批 / 支付…</translation>
        </message>
        <message>
            <source>Open the request: approve it, review it, or record the payment</source>
            <translation>打开申请：审批、审核或登记支付</translation>
        </message>
        <message>
            <source>Correct request…</source>
            <translation>修改申请…</translation>
        </message>
        <message>
            <source>Correct a request still waiting for village approval</source>
            <translation>修改还在等待村审批的申请</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <source>Withdraw a request not yet approved; it stays on file as withdrawn</source>
            <translation>撤回还没有审批的申请；它作为“已撤回”留在记录里</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>冲销…</translation>
        </message>
        <message>
            <source>Correct a booked entry with a reversing entry (红字冲销)</source>
            <translation>用红字冲销更正已入账的开支</translation>
        </message>
        <message>
            <source>Print approval slip…</source>
            <translation>打印审批单…</translation>
        </message>
        <message>
            <source>Print the approval slip (审批单) of the selected request</source>
            <translation>打印所选申请的审批单</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>开支申请</translation>
        </message>
        <message>
            <source>Monthly ledger</source>
            <translation>月度台账</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>开支</translation>
        </message>
        <message>
            <source>Non-productive expenses: limits, approval, ledger and publicity (非生产性开支)</source>
            <translation>非生产性开支：限额、审批、台账和公开</translation>
        </message>
        <message>
            <source>Non-productive expenses — %1</source>
            <translation>非生产性开支 — %1</translation>
        </message>
        <message>
            <source>all villages</source>
            <translation>全部村</translation>
        </message>
        <message>
            <source>Click a request in the list first.</source>
            <translation>请先在列表中点一下要审核的申请。</translation>
        </message>
    </context>
</TS>
