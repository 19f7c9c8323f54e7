<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BiddingKindsDialog</name>
    <message>
        <source>Project kinds</source>
        <translation>项目类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>是否使用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 桥梁</source>
        <translation>例如：桥梁</translation>
    </message>
    <message>
        <source>Add as a new kind</source>
        <translation>添加为新类别</translation>
    </message>
    <message>
        <source>Rename the selected kind</source>
        <translation>把选中的类别改成这个名称</translation>
    </message>
    <message>
        <source>Retire / restore the selected kind</source>
        <translation>停用 / 恢复选中的类别</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Click a kind in the list first.</source>
        <translation>请先在列表里点一下要改的类别。</translation>
    </message>
</context>
<context>
    <name>BiddingPage</name>
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
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>只看需要注意的</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>总投资（元）</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>招标要求</translation>
    </message>
    <message>
        <source>required</source>
        <translation>须公开招标</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不须</translation>
    </message>
    <message>
        <source>Tender status</source>
        <translation>招标情况</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>中标（承包）人</translation>
    </message>
    <message>
        <source>Contract (yuan)</source>
        <translation>合同价（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已付（元）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Print or export</source>
        <translation>打印和导出</translation>
    </message>
    <message>
        <source>Print the selected project&apos;s file sheet or the register, or export the register for Excel or for county tools</source>
        <translation>打印选中项目的档案表或登记簿，或把登记簿导出成 Excel 表、县级系统用的文件</translation>
    </message>
    <message>
        <source>Print file sheet of the selected project…</source>
        <translation>打印选中项目的档案表…</translation>
    </message>
    <message>
        <source>The project&apos;s one-page file sheet (项目档案表) with every stage</source>
        <translation>项目档案表（一页，含各阶段）</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>Only the projects with a problem: not tendered when it should be, stages out of order, paid over the contract, a suspected split, odd bids</source>
        <translation>只列出有问题的项目：应招未招、阶段顺序不对、超合同付款、疑似拆分、投标报价异常等</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>登记新项目…</translation>
    </message>
    <message>
        <source>Register a new project (立项登记)</source>
        <translation>登记一个新项目（立项登记）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the selected project (or double-click it)</source>
        <translation>打开选中的项目（也可以双击）</translation>
    </message>
    <message>
        <source>Record next stage…</source>
        <translation>记录下一阶段…</translation>
    </message>
    <message>
        <source>立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理</source>
        <translation>立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理</translation>
    </message>
    <message>
        <source>Correct current stage…</source>
        <translation>更正当前阶段…</translation>
    </message>
    <message>
        <source>Fix a mistake in the stage last recorded; the old entry is kept in the history</source>
        <translation>改正最近记录的阶段里的错误；原来的记录留在历史里</translation>
    </message>
    <message>
        <source>Payments…</source>
        <translation>付款…</translation>
    </message>
    <message>
        <source>Record or look at the payments to the contractor</source>
        <translation>记录或查看付给承包人的款项</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Only a project with no stage recorded (an entry made by mistake)</source>
        <translation>只能删除还没有记录任何阶段的项目（登记错了的）</translation>
    </message>
    <message>
        <source>Project kinds…</source>
        <translation>项目类别…</translation>
    </message>
    <message>
        <source>The township&apos;s list of project kinds</source>
        <translation>乡镇统一的项目类别清单</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>打印登记簿…</translation>
    </message>
    <message>
        <source>The bidding register (招投标登记簿) of the year shown</source>
        <translation>所显示年度的招投标登记簿</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The register as an Excel workbook</source>
        <translation>把登记簿导出成 Excel 表</translation>
    </message>
    <message>
        <source>Export OCDS…</source>
        <translation>导出 OCDS…</translation>
    </message>
    <message>
        <source>Open Contracting (OCDS 1.1) file for county and provincial tools</source>
        <translation>开放合同数据标准（OCDS 1.1）文件，供县、省的系统读取</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>招投标</translation>
    </message>
    <message>
        <source>Projects, public tenders, stages and payments (招投标登记)</source>
        <translation>工程项目、公开招标、各阶段和付款（招投标登记）</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>Bidding register — %1</source>
        <translation>招投标登记 — %1</translation>
    </message>
    <message>
        <source>%1 projects, ¥%2; %3 need attention</source>
        <translation>%1 个项目，¥%2；%3 个需要注意</translation>
    </message>
    <message>
        <source>Click a project in the list first.</source>
        <translation>请先在列表里点一下要操作的项目。</translation>
    </message>
    <message>
        <source>Record %1…</source>
        <translation>记录“%1”…</translation>
    </message>
    <message>
        <source>No projects here yet. Click “New project…” below to register one (立项登记).</source>
        <translation>这里还没有项目。点下面的“登记新项目…”进行立项登记。</translation>
    </message>
    <message>
        <source>No projects here.</source>
        <translation>这里没有项目。</translation>
    </message>
    <message>
        <source>Click a project in the list: here you see whether it must be tendered publicly, and what needs attention.</source>
        <translation>在列表中点一下项目，这里会显示它是否必须公开招标，以及需要注意的问题。</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete “%1”? Only a project entered by mistake should be deleted.</source>
        <translation>删除“%1”吗？只有登记错了的项目才应删除。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>导出招投标登记</translation>
    </message>
    <message>
        <source>Export the register as OCDS</source>
        <translation>导出 OCDS 文件</translation>
    </message>
</context>
<context>
    <name>BiddingPaymentsDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Works payment</source>
        <translation>工程款</translation>
    </message>
    <message>
        <source>Retention paid back</source>
        <translation>质保金退还</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Record this payment</source>
        <translation>记录这笔付款</translation>
    </message>
    <message>
        <source>Delete the selected payment</source>
        <translation>删除选中的付款</translation>
    </message>
    <message>
        <source>Only for a payment entered by mistake; the audit log keeps it</source>
        <translation>只用于记错的付款；操作日志会保留记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Payments — %1</source>
        <translation>付款 — %1</translation>
    </message>
    <message>
        <source>No construction contract yet: nothing can be paid.</source>
        <translation>还没有签订施工合同，不能付款。</translation>
    </message>
    <message>
        <source>audited sum</source>
        <translation>审定金额</translation>
    </message>
    <message>
        <source>contract sum</source>
        <translation>合同价</translation>
    </message>
    <message>
        <source>Paid ¥%1 of the %2 ¥%3; ¥%4 can still be paid.</source>
        <translation>已付 ¥%1，%2 ¥%3，还能付 ¥%4。</translation>
    </message>
    <message>
        <source>Retention ¥%1, not yet paid back ¥%2.</source>
        <translation>质保金 ¥%1，尚未退还 ¥%2。</translation>
    </message>
    <message>
        <source>Overpaid by ¥%1: it must be recovered.</source>
        <translation>多付 ¥%1，应予追回。</translation>
    </message>
    <message>
        <source>Paid, against the cap</source>
        <translation>已付款与付款上限</translation>
    </message>
    <message>
        <source>Click a payment in the list first.</source>
        <translation>请先在列表里点一下要删除的付款。</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除付款</translation>
    </message>
    <message>
        <source>Delete the payment of ¥%1 on %2? Only do this for a mistaken entry.</source>
        <translation>删除 %2 的付款 ¥%1 吗？只有记错的付款才应删除。</translation>
    </message>
</context>
<context>
    <name>BiddingProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>e.g. 村东道路硬化</source>
        <translation>例如：村东道路硬化</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <source>e.g. 三组</source>
        <translation>例如：三组</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Township investment (yuan)</source>
        <translation>乡镇投资（元）</translation>
    </message>
    <message>
        <source>Village investment (yuan)</source>
        <translation>村级投资（元）</translation>
    </message>
    <message>
        <source>Grants from above (yuan)</source>
        <translation>上级补助（元）</translation>
    </message>
    <message>
        <source>Raised from the public (yuan)</source>
        <translation>群众集资（元）</translation>
    </message>
    <message>
        <source>Other money (yuan)</source>
        <translation>其他资金（元）</translation>
    </message>
    <message>
        <source>Touches public interest or public safety</source>
        <translation>涉及社会公共利益、公众安全</translation>
    </message>
    <message>
        <source>Projects of public interest or safety (roads, water, buildings) must be tendered publicly above the township&apos;s amounts; untick only when it truly does not apply</source>
        <translation>涉及社会公共利益、公众安全的项目（道路、水利、房屋等），投资达到乡镇规定金额的必须公开招标；确实不涉及时才取消勾选</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>The tender stage is recorded: the money can no longer be changed.</source>
        <translation>已经记录了招投标，资金来源不能再修改。</translation>
    </message>
    <message>
        <source>Not an amount: write it like 1234.50</source>
        <translation>不是金额，请按 1234.50 的样子填写</translation>
    </message>
    <message>
        <source>Check the amounts.</source>
        <translation>请检查金额。</translation>
    </message>
</context>
<context>
    <name>BiddingStageDialog</name>
    <message>
        <source>Approval (立项)</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>Tender (招投标)</source>
        <translation>招投标</translation>
    </message>
    <message>
        <source>Construction (施工)</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>Acceptance (竣工验收)</source>
        <translation>竣工验收</translation>
    </message>
    <message>
        <source>Audit (审计)</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Settlement and retention (资金管理)</source>
        <translation>资金管理（结算和质保金）</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>立项日期</translation>
    </message>
    <message>
        <source>Approval document number</source>
        <translation>立项文号</translation>
    </message>
    <message>
        <source>e.g. 白鹿村发〔2026〕3号</source>
        <translation>例如：白鹿村发〔2026〕3号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>招标（发包）方式</translation>
    </message>
    <message>
        <source>Written reason for not using a public tender</source>
        <translation>不公开招标的书面理由</translation>
    </message>
    <message>
        <source>Why not a public tender? The township bidding office will see it.</source>
        <translation>为什么不公开招标？乡招标办会看到这条理由。</translation>
    </message>
    <message>
        <source>Tender notice published</source>
        <translation>招标公告发布日期</translation>
    </message>
    <message>
        <source>Bids opened (or award decided)</source>
        <translation>开标（定标）日期</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Bid (yuan)</source>
        <translation>报价（元）</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>中标</translation>
    </message>
    <message>
        <source>Bidders and bids</source>
        <translation>投标人和报价</translation>
    </message>
    <message>
        <source>Add bidder</source>
        <translation>添加投标人</translation>
    </message>
    <message>
        <source>Remove selected bidder</source>
        <translation>删除选中的投标人</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <source>Contract sum (yuan)</source>
        <translation>合同价（元）</translation>
    </message>
    <message>
        <source>Work starts</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>计划竣工日期</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Acceptance date</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>验收结果</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收人员</translation>
    </message>
    <message>
        <source>e.g. 乡招标办、村两委、监理</source>
        <translation>例如：乡招标办、村两委、监理</translation>
    </message>
    <message>
        <source>Problems and what must be put right</source>
        <translation>问题和整改要求</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>审计日期</translation>
    </message>
    <message>
        <source>Audited sum (yuan)</source>
        <translation>审定金额（元）</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计单位</translation>
    </message>
    <message>
        <source>e.g. 乡审计站</source>
        <translation>例如：乡审计站</translation>
    </message>
    <message>
        <source>Audit report number</source>
        <translation>审计报告编号</translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <source>Retention held (yuan)</source>
        <translation>留存质保金（元）</translation>
    </message>
    <message>
        <source>Usually 3–5% of the audited sum, paid back when the warranty ends.</source>
        <translation>一般为审定金额的 3%–5%，质保期满后退还。</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>质保期满日期</translation>
    </message>
</context>
</TS>
