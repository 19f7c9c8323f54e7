<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DecisionHooks</name>
        <message>
            <source>Major-matter decision (四议两公开): none linked. Link it from the project's matter on the Major matters page.</source>
            <translation>重大事项决策（四议两公开）：没有关联。请在“重大事项”页面打开这个项目对应的事项，关联本项目。</translation>
        </message>
        <message>
            <source>Major-matter decision (四议两公开): “%1” — %2</source>
            <translation>重大事项决策（四议两公开）：“%1”——%2</translation>
        </message>
        <message>
            <source> · overdue: %1</source>
            <translation> · 逾期：%1</translation>
        </message>
        <message>
            <source> · work may start only after the decision has been posted for its full period</source>
            <translation> · 决议公示期满以后才能开工</translation>
        </message>
    </context>
    <context>
        <name>DecisionMatterDialog</name>
        <message>
            <source>Save details</source>
            <translation>保存事项</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>e.g. Harden the east village road</source>
            <translation>例如：硬化村东道路</translation>
        </message>
        <message>
            <source>Name of the matter:</source>
            <translation>事项名称：</translation>
        </message>
        <message>
            <source>what is proposed, why, how much it costs, who benefits</source>
            <translation>提议做什么、为什么、花多少钱、谁受益</translation>
        </message>
        <message>
            <source>What it is:</source>
            <translation>事项内容：</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可不填</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Raised on:</source>
            <translation>提出日期：</translation>
        </message>
        <message>
            <source>Money involved:</source>
            <translation>涉及金额：</translation>
        </message>
        <message>
            <source>(not linked to a project)</source>
            <translation>（不关联招投标项目）</translation>
        </message>
        <message>
            <source>Bidding project:</source>
            <translation>招投标项目：</translation>
        </message>
        <message>
            <source>四议两公开 — the six steps</source>
            <translation>四议两公开——六个步骤</translation>
        </message>
        <message>
            <source>Return to the party branch…</source>
            <translation>退回党支部重新提议…</translation>
        </message>
        <message>
            <source>The step did not pass: the branch proposes again (a new round)</source>
            <translation>这一步没有通过：由党支部重新提议（开始新一轮）</translation>
        </message>
        <message>
            <source>Carrying out began…</source>
            <translation>登记开始实施…</translation>
        </message>
        <message>
            <source>Record the day work on the decision began (after the posting period)</source>
            <translation>登记决议开始实施的日期（公示期满以后）</translation>
        </message>
        <message>
            <source>Undo last…</source>
            <translation>撤销上一步…</translation>
        </message>
        <message>
            <source>Take back the last thing recorded (entered by mistake)</source>
            <translation>撤销最后登记的一项（登记错了时用）</translation>
        </message>
        <message>
            <source>Stop this matter…</source>
            <translation>终止事项…</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Meeting / where posted</source>
            <translation>会议 / 张贴地点</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>人数与票数</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>New major matter — %1</source>
            <translation>新建重大事项——%1</translation>
        </message>
        <message>
            <source>Save the matter first; then record the branch's proposal.</source>
            <translation>请先保存事项，再登记党支部提议。</translation>
        </message>
        <message>
            <source>Major matter — %1 — %2</source>
            <translation>重大事项——%1——%2</translation>
        </message>
        <message>
            <source>project %1</source>
            <translation>项目 %1</translation>
        </message>
        <message>
            <source>This project is no longer in the register.</source>
            <translation>招投标登记里已没有这个项目。</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>当前：%1</translation>
        </message>
        <message>
            <source> · carrying out began %1</source>
            <translation> · %1 开始实施</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>逾期：%1</translation>
        </message>
        <message>
            <source>Record step %1: %2…</source>
            <translation>登记第 %1 步：%2…</translation>
        </message>
        <message>
            <source>The decision is still posted: after the posting period ends and the work is done, post the result.</source>
            <translation>决议还在公示中：公示期满、实施以后，再公开实施结果。</translation>
        </message>
        <message>
            <source>Print notice…</source>
            <translation>打印公示…</translation>
        </message>
        <message>
            <source>%1 days, to %2</source>
            <translation>公示 %1 天，至 %2</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>已张贴</translation>
        </message>
        <message>
            <source>(meeting record deleted)</source>
            <translation>（会议记录已删除）</translation>
        </message>
        <message>
            <source>%1/%2 present, %3 for</source>
            <translation>到会 %1/%2，赞成 %3</translation>
        </message>
        <message>
            <source>, %1 against, %2 abstain</source>
            <translation>，反对 %1，弃权 %2</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>不能这样做</translation>
        </message>
        <message>
            <source>The vote did not pass</source>
            <translation>表决没有通过</translation>
        </message>
        <message>
            <source>Step %1 did not pass, so the matter cannot go on to the next step.

Return it to the party branch now, to be proposed again (a new round)?</source>
            <translation>“%1”没有通过，这个事项不能进入下一步。

现在退回党支部，重新提议（开始新一轮）吗？</translation>
        </message>
        <message>
            <source>Return to the party branch</source>
            <translation>退回党支部</translation>
        </message>
        <message>
            <source>Why, and what the branch will change (optional):</source>
            <translation>退回的原因，党支部准备怎样修改（可不填）：</translation>
        </message>
        <message>
            <source>Carrying out began</source>
            <translation>开始实施</translation>
        </message>
        <message>
            <source>The day work on the decision began (e.g. 2026-11-20):</source>
            <translation>决议开始实施的日期（例如 2026-11-20）：</translation>
        </message>
        <message>
            <source>Undo last</source>
            <translation>撤销上一步</translation>
        </message>
        <message>
            <source>Take back the last thing recorded for this matter? Meeting records made with a step are kept.</source>
            <translation>撤销这个事项最后登记的一项吗？随步骤建立的会议记录会保留。</translation>
        </message>
        <message>
            <source>Stop this matter</source>
            <translation>终止事项</translation>
        </message>
        <message>
            <source>Why is the matter stopped? (required)</source>
            <translation>终止的原因（必填）：</translation>
        </message>
    </context>
    <context>
        <name>DecisionStepDialog</name>
        <message>
            <source>Step %1: %2 — %3</source>
            <translation>第 %1 步：%2——%3</translation>
        </message>
        <message>
            <source>Step %1 of 6: %2</source>
            <translation>第 %1 步（共 6 步）：%2</translation>
        </message>
        <message>
            <source>Save this step</source>
            <translation>保存这一步</translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Kind of meeting:</source>
            <translation>会议类型：</translation>
        </message>
        <message>
            <source>Use a meeting record already entered</source>
            <translation>用已经登记的会议记录</translation>
        </message>
        <message>
            <source>Make a new meeting record now</source>
            <translation>现在新建会议记录</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>e.g. village office meeting room</source>
            <translation>例如：村委会会议室</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>地点：</translation>
        </message>
        <message>
            <source>Host (主持人):</source>
            <translation>主持人：</translation>
        </message>
        <message>
            <source>Recorder (记录人):</source>
            <translation>记录人：</translation>
        </message>
        <message>
            <source>Village cadres present:</source>
            <translation>出席的村干部：</translation>
        </message>
        <message>
            <source>Attendance and vote</source>
            <translation>到会与表决</translation>
        </message>
        <message>
            <source>by persons (villagers aged 18 and over)</source>
            <translation>按人数（十八周岁以上村民）</translation>
        </message>
        <message>
            <source>by households (one person per household)</source>
            <translation>按户（每户一名代表）</translation>
        </message>
        <message>
            <source>Counted:</source>
            <translation>计算方式：</translation>
        </message>
        <message>
            <source>Present (实到):</source>
            <translation>实到人数：</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>赞成：</translation>
        </message>
        <message>
            <source>Against:</source>
            <translation>反对：</translation>
        </message>
        <message>
            <source>Abstain:</source>
            <translation>弃权：</translation>
        </message>
        <message>
            <source>Votes:</source>
            <translation>票数：</translation>
        </message>
        <message>
            <source>Quorum:</source>
            <translation>到会要求：</translation>
        </message>
        <message>
            <source>To pass:</source>
            <translation>通过要求：</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>表决结果：</translation>
        </message>
        <message>
            <source>Households (户数):</source>
            <translation>本村户数：</translation>
        </message>
        <message>
            <source>Due to attend (应到%1):</source>
            <translation>应到%1人数：</translation>
        </message>
        <message>
            <source>Enter how many are due to attend.</source>
            <translation>请填写应到人数。</translation>
        </message>
        <message>
            <source>Check the numbers</source>
            <translation>请检查人数和票数</translation>
        </message>
        <message>
            <source>%1 — needs at least %2, present %3: %4</source>
            <translation>%1：至少 %2 人，实到 %3 人，%4</translation>
        </message>
        <message>
            <source>enough</source>
            <translation>够法定人数</translation>
        </message>
        <message>
            <source>NOT enough</source>
            <translation>不够法定人数</translation>
        </message>
        <message>
            <source>%1 — needs at least %2 for, got %3</source>
            <translation>%1：至少 %2 票赞成，实得 %3 票</translation>
        </message>
        <message>
            <source>Not enough present: the meeting cannot decide</source>
            <translation>到会人数不足，不能作出决定</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Did not pass</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>The notice on the board</source>
            <translation>张贴公示</translation>
        </message>
        <message>
            <source>Posted on:</source>
            <translation>张贴日期：</translation>
        </message>
        <message>
            <source>Where posted:</source>
            <translation>张贴地点：</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Posted for:</source>
            <translation>公示天数：</translation>
        </message>
        <message>
            <source>The township's rule: at least %1 days. Print the notice, post it, then save this step.</source>
            <translation>乡镇规定公示不少于 %1 天。先打印公示，张贴好，再保存这一步。</translation>
        </message>
        <message>
            <source>Up from %1 to %2</source>
            <translation>张贴时间：%1 至 %2</translation>
        </message>
        <message>
            <source>What the branch proposes:</source>
            <translation>党支部提议的内容：</translation>
        </message>
        <message>
            <source>The two committees' opinion:</source>
            <translation>两委商议意见：</translation>
        </message>
        <message>
            <source>The party members' opinion:</source>
            <translation>党员大会审议意见：</translation>
        </message>
        <message>
            <source>The decision (决议内容) — required:</source>
            <translation>决议内容（必填）：</translation>
        </message>
        <message>
            <source>Decision text on the notice:</source>
            <translation>公示的决议内容：</translation>
        </message>
        <message>
            <source>What was done (实施结果) — required:</source>
            <translation>实施结果（必填）：</translation>
        </message>
        <message>
            <source>e.g. Agreed: harden the east road, budget 300,000 yuan, the committee to hold a public tender.</source>
            <translation>例如：同意硬化村东道路，预算 30 万元，由村委会组织公开招标。</translation>
        </message>
        <message>
            <source>what was done, what it cost, how it was checked</source>
            <translation>做了什么、实际花了多少钱、怎样验收的</translation>
        </message>
        <message>
            <source>anything else worth keeping (optional)</source>
            <translation>其他需要记下的（可不填）</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Write what was done first; it goes on the notice.</source>
            <translation>请先填写实施结果，它要印在公示上。</translation>
        </message>
    </context>
    <context>
        <name>DecisionTimeline</name>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>did not pass</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>未进行</translation>
        </message>
        <message>
            <source>next</source>
            <translation>下一步</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>New major matter</source>
            <translation>新建重大事项</translation>
        </message>
        <message>
            <source>Start a major matter: the branch's proposal comes first (Ctrl+N)</source>
            <translation>新建一件重大事项：第一步是党支部提议（Ctrl+N）</translation>
        </message>
        <message>
            <source>Major matters go through six steps in order: the party branch proposes → the two committees discuss → the party members' meeting deliberates → the villagers' (representatives') meeting decides → the decision is posted → the result is posted.</source>
            <translation>重大事项按“四议两公开”六个步骤依次进行：党支部提议 → 两委商议 → 党员大会审议 → 村民会议或村民代表会议决议 → 决议公开 → 实施结果公开。</translation>
        </message>
        <message>
            <source>Hide stopped matters</source>
            <translation>不显示已终止的事项</translation>
        </message>
        <message>
            <source>Leave out the matters that were stopped (终止)</source>
            <translation>不显示已终止的事项</translation>
        </message>
        <message>
            <source>Only overdue</source>
            <translation>只看逾期的</translation>
        </message>
        <message>
            <source>Show only the matters whose next step is late</source>
            <translation>只显示下一步已经逾期的事项</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Money (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>已完成步骤</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>当前进度</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期情况</translation>
        </message>
        <message>
            <source>This village</source>
            <translation>本村</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>全部村</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Open the selected matter: its timeline and next step</source>
            <translation>打开选中的事项：查看进度，登记下一步</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete a matter entered by mistake (only before any step)</source>
            <translation>删除登记错的事项（还没有登记任何步骤时才能删除）</translation>
        </message>
        <message>
            <source>Print notice…</source>
            <translation>打印公示…</translation>
        </message>
        <message>
            <source>Print the 公示 notice of the selected matter for the notice board</source>
            <translation>打印选中事项的公示，张贴到村务公开栏</translation>
        </message>
        <message>
            <source>Major matters</source>
            <translation>重大事项</translation>
        </message>
        <message>
            <source>四议两公开: major village matters step by step, with their meetings, votes and notices</source>
            <translation>四议两公开：村里重大事项一步一步办，会议、表决和公示都有记录</translation>
        </message>
        <message>
            <source>Major matters — %1</source>
            <translation>重大事项——%1</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>%1 matters, %2 overdue</source>
            <translation>%1 件，%2 件逾期</translation>
        </message>
        <message>
            <source>Click a matter in the list first.</source>
            <translation>请先在列表里点一下要操作的事项。</translation>
        </message>
        <message>
            <source>Delete major matter</source>
            <translation>删除重大事项</translation>
        </message>
        <message>
            <source>Delete “%1”? Only a matter with no step recorded can be deleted.</source>
            <translation>删除“%1”吗？只有还没有登记步骤的事项才能删除。</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>不能删除</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>There is no decision to post yet: the villagers' (representatives') meeting must decide first (step 4).</source>
            <translation>还没有可以公示的决议：要先经村民会议或村民代表会议作出决议（第 4 步）。</translation>
        </message>
    </context>
</TS>
