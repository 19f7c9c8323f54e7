<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MeetingForm</name>
        <message>
            <source>New meeting record — %1</source>
            <translation>新建会议记录 —— %1</translation>
        </message>
        <message>
            <source>Meeting record — %1</source>
            <translation>会议记录 —— %1</translation>
        </message>
        <message>
            <source>Township accounts can read village records but not change them</source>
            <translation>乡镇账号只能查看村里的记录，不能修改</translation>
        </message>
        <message>
            <source>Kind of meeting:</source>
            <translation>会议类型：</translation>
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
            <source>e.g. November work meeting</source>
            <translation>例如：11月村干部工作例会</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>会议主题：</translation>
        </message>
        <message>
            <source>1. Basics</source>
            <translation>1. 基本情况</translation>
        </message>
        <message>
            <source>choose or type a name</source>
            <translation>选择或填写姓名</translation>
        </message>
        <message>
            <source>Village cadres — tick who was present; write the reason for anyone absent:</source>
            <translation>村干部 —— 出席的打勾；缺席的写明原因：</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Reason for absence</source>
            <translation>缺席原因</translation>
        </message>
        <message>
            <source>Township people who attended (乡领导 / 驻村指导员 / 联村干部):</source>
            <translation>参加会议的乡镇人员（乡领导 / 驻村指导员 / 联村干部）：</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Add a township attendee</source>
            <translation>添加乡镇参会人员</translation>
        </message>
        <message>
            <source>Remove the selected attendee</source>
            <translation>删除选中的人员</translation>
        </message>
        <message>
            <source>2. Attendance</source>
            <translation>2. 出席情况</translation>
        </message>
        <message>
            <source>Agenda items, one per line:</source>
            <translation>会议议题，每行一条：</translation>
        </message>
        <message>
            <source>e.g.
Report on last month's work
Plan the road repair</source>
            <translation>例如：
通报上月工作完成情况
研究村道路维修</translation>
        </message>
        <message>
            <source>Each line of work reports (条线汇报):</source>
            <translation>各条线工作汇报：</translation>
        </message>
        <message>
            <source>Line of work</source>
            <translation>条线</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>汇报人</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>汇报内容</translation>
        </message>
        <message>
            <source>Add a report</source>
            <translation>添加一条汇报</translation>
        </message>
        <message>
            <source>Remove the selected report</source>
            <translation>删除选中的汇报</translation>
        </message>
        <message>
            <source>Discussion:</source>
            <translation>讨论情况：</translation>
        </message>
        <message>
            <source>What was discussed and who said what</source>
            <translation>讨论了什么，谁说了什么</translation>
        </message>
        <message>
            <source>3. Agenda and reports</source>
            <translation>3. 议题和汇报</translation>
        </message>
        <message>
            <source>Resolutions of this meeting (决议), each with who is responsible and by when:</source>
            <translation>本次会议的决议，每条写明责任人和完成期限：</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>决议内容</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Add a resolution</source>
            <translation>添加一条决议</translation>
        </message>
        <message>
            <source>Remove the selected resolution</source>
            <translation>删除选中的决议</translation>
        </message>
        <message>
            <source>Follow-up of earlier resolutions still open (上次决议落实情况):</source>
            <translation>以往未完成决议的落实情况：</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>现在的情况</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>4. Resolutions</source>
            <translation>4. 决议</translation>
        </message>
        <message>
            <source>%1 work meeting</source>
            <translation>%1村干部工作例会</translation>
        </message>
        <message>
            <source>(not followed up)</source>
            <translation>（本次未跟进）</translation>
        </message>
        <message>
            <source>Save the record first, then print it.</source>
            <translation>请先保存，再打印。</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>New meeting record</source>
            <translation>新建会议记录</translation>
        </message>
        <message>
            <source>Record this month's work meeting or another meeting (Ctrl+N)</source>
            <translation>登记本月工作例会或其他会议（Ctrl+N）</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <source>Find in minutes:</source>
            <translation>查找会议内容：</translation>
        </message>
        <message>
            <source>any word, e.g. 道路 or 水</source>
            <translation>任意字词，例如：道路、水</translation>
        </message>
        <message>
            <source>Search every village</source>
            <translation>在全乡各村中查找</translation>
        </message>
        <message>
            <source>Find the words in the minutes of all villages of the township</source>
            <translation>在全乡所有村的会议记录中查找这些字词</translation>
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
            <translation>会议类型</translation>
        </message>
        <message>
            <source>Topic / where found</source>
            <translation>主题 / 找到的内容</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>决议数</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Open the selected record to read or change it</source>
            <translation>打开选中的记录，查看或修改</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Print the official record of the selected meeting (Ctrl+P)</source>
            <translation>打印选中会议的正式记录（Ctrl+P）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete a meeting entered by mistake (you are asked first)</source>
            <translation>删除录错的会议记录（删除前会先问您）</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <source>Green: work meeting held in days 1–7 · Amber: held late · Red: not held · Grey: not due yet</source>
            <translation>绿色：1–7日按时召开例会 · 黄色：推迟召开 · 红色：未召开 · 灰色：还没到期</translation>
        </message>
        <message>
            <source>Monthly calendar</source>
            <translation>例会月历</translation>
        </message>
        <message>
            <source>Every village, month by month: ✓ work meeting in days 1–7, a day number when held late, ✗ not held. Hover a cell for township visits and overdue resolutions.</source>
            <translation>各村逐月情况：✓ 表示1–7日按时召开例会，数字表示推迟到几号召开，✗ 表示未召开。鼠标停在格子上可看乡镇参会次数和逾期决议。</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>全乡各村</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <source>Monthly work meetings and their official records</source>
            <translation>每月工作例会和正式会议记录</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <source>Meetings — %1</source>
            <translation>会议记录 —— %1</translation>
        </message>
        <message>
            <source>Click a meeting in the list first.</source>
            <translation>请先在列表里点一下要操作的会议。</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Delete meeting record</source>
            <translation>删除会议记录</translation>
        </message>
        <message>
            <source>Delete the record of the meeting on %1? This cannot be undone.</source>
            <translation>删除 %1 的会议记录吗？删除后不能恢复。</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>不能删除</translation>
        </message>
    </context>
    <context>
        <name>MonthCalendar</name>
        <message>
            <source>Held in days 1–7</source>
            <translation>1–7日按时召开</translation>
        </message>
        <message>
            <source>Held late</source>
            <translation>推迟召开</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>未召开</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>还没到期</translation>
        </message>
        <message>
            <source>Month %1</source>
            <translation>%1月</translation>
        </message>
        <message>
            <source>Work meeting: day %1</source>
            <translation>例会：%1日</translation>
        </message>
        <message>
            <source>Township visits: %1</source>
            <translation>乡镇参会：%1 人次</translation>
        </message>
        <message>
            <source>Overdue resolutions: %1</source>
            <translation>逾期决议：%1 条</translation>
        </message>
    </context>
    <context>
        <name>TownshipMonthTable</name>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>M%1</source>
            <translation>%1月</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>th</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Held in days 1–7</source>
            <translation>1–7日按时召开</translation>
        </message>
        <message>
            <source>Held late</source>
            <translation>推迟召开</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>未召开</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>还没到期</translation>
        </message>
        <message>
            <source>Township visits: %1</source>
            <translation>乡镇参会：%1 人次</translation>
        </message>
        <message>
            <source>Overdue resolutions: %1</source>
            <translation>逾期决议：%1 条</translation>
        </message>
    </context>
</TS>
