<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TownshipOverviewPage</name>
    <message>
        <source>All villages at a glance</source>
        <translation>各村情况一览</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Print the township summary…</source>
        <translation>打印乡镇汇总表…</translation>
    </message>
    <message>
        <source>All villages on A4 landscape, for the township meeting (Ctrl+P)</source>
        <translation>各村情况汇总，A4 横向，供乡镇会议使用（Ctrl+P）</translation>
    </message>
    <message>
        <source>Red: a rule broken · Amber: needs attention (no file for 45 days, a meeting late, key candidates outside the target, a project with problems)</source>
        <translation>红色：违反规定 · 黄色：需要注意（超过 45 天没有报送、例会推迟、重点培养人数不在目标内、工程有问题）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <source>First-week meetings
(held / due)</source>
        <translation>首周例会
（已开/应开）</translation>
    </message>
    <message>
        <source>Spending (yuan)
used / year&apos;s limits</source>
        <translation>非生产性开支（元）
已用/全年限额</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超限类别</translation>
    </message>
    <message>
        <source>Waiting for
township review</source>
        <translation>待乡镇
审核</translation>
    </message>
    <message>
        <source>Projects needing
attention (of all)</source>
        <translation>需关注工程
（共有工程）</translation>
    </message>
    <message>
        <source>Key reserve
candidates</source>
        <translation>重点培养
对象</translation>
    </message>
    <message>
        <source>Rule
broken</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Main problems</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Rules broken, by village</source>
        <translation>各村违规条数</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>各村总览</translation>
    </message>
    <message>
        <source>Every village side by side: files received, meetings, spending, projects, reserve cadres</source>
        <translation>各村并排对照：报送、例会、开支、工程、后备干部</translation>
    </message>
    <message>
        <source>Rules broken: the %1 villages with the most</source>
        <translation>违反规定最多的 %1 个村</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>第 %1 号，%2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>还没有收到</translation>
    </message>
    <message>
        <source> (%1 held)</source>
        <translation>（暂存 %1 个）</translation>
    </message>
    <message>
        <source>entered on this PC</source>
        <translation>本机录入</translation>
    </message>
    <message>
        <source>, file No. %1 sent</source>
        <translation>，已报送第 %1 号</translation>
    </message>
    <message>
        <source>no key enrolled, nothing received</source>
        <translation>未登记密钥，没有收到文件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Main problems of %1</source>
        <translation>%1的主要问题</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>开支</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>招投标</translation>
    </message>
    <message>
        <source>Reserve cadres</source>
        <translation>后备干部</translation>
    </message>
    <message>
        <source>Major matters</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>正在检查记录…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Township summary %1</source>
        <translation>乡镇汇总表 %1</translation>
    </message>
</context>
</TS>
