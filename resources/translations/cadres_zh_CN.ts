<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CadreAppointDialog</name>
        <message>
            <source>Appoint %1 to a post</source>
            <translation>任用%1</translation>
        </message>
        <message>
            <source>%1 leaves the reserve pool and joins the cadre team. Their pool entry, cultivation records and assessments stay in their file.</source>
            <translation>%1将出库并进入村干部队伍，入库情况、培养记录和考核结果都保留在本人档案里。</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>职务：</translation>
        </message>
        <message>
            <source>Line of work:</source>
            <translation>分管条线：</translation>
        </message>
        <message>
            <source>Appointed on:</source>
            <translation>任职日期：</translation>
        </message>
        <message>
            <source>known</source>
            <translation>填写</translation>
        </message>
        <message>
            <source>Current term began:</source>
            <translation>本届任期开始：</translation>
        </message>
        <message>
            <source>Reviews:</source>
            <translation>任职后考察：</translation>
        </message>
        <message>
            <source>Appoint</source>
            <translation>任用</translation>
        </message>
        <message>
            <source>; then every year</source>
            <translation>；以后每年一次</translation>
        </message>
    </context>
    <context>
        <name>CadreAssessmentDialog</name>
        <message>
            <source>Yearly assessment — %1</source>
            <translation>年度考核 — %1</translation>
        </message>
        <message>
            <source>reserve</source>
            <translation>后备</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>考核对象：</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>考核等次：</translation>
        </message>
        <message>
            <source>Assessed by:</source>
            <translation>考核单位：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Choose the person assessed.</source>
            <translation>请选择考核对象。</translation>
        </message>
    </context>
    <context>
        <name>CadreCultivationDialog</name>
        <message>
            <source>New cultivation record — %1</source>
            <translation>新增培养记录 — %1</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>培养方式：</translation>
        </message>
        <message>
            <source>Date (from):</source>
            <translation>日期（开始）：</translation>
        </message>
        <message>
            <source>until</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Until:</source>
            <translation>结束日期：</translation>
        </message>
        <message>
            <source>e.g. 第四季度政策法规培训</source>
            <translation>例如：第四季度政策法规培训</translation>
        </message>
        <message>
            <source>Content:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <source>organiser, talk partner, host unit or model village</source>
            <translation>组织单位、谈话人、挂职单位或结对的村</translation>
        </message>
        <message>
            <source>With / where:</source>
            <translation>单位或对象：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>reserve</source>
            <translation>后备</translation>
        </message>
        <message>
            <source>Tick the whole pool</source>
            <translation>勾选全部后备干部</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>全部不选</translation>
        </message>
        <message>
            <source>Who took part:</source>
            <translation>参加人员：</translation>
        </message>
    </context>
    <context>
        <name>CadreLeaveDialog</name>
        <message>
            <source>%1 leaves the reserve pool</source>
            <translation>%1出库</translation>
        </message>
        <message>
            <source>%1 leaves the post</source>
            <translation>%1离任</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>CadreMemberDialog</name>
        <message>
            <source>New cadre — %1</source>
            <translation>新增村干部 — %1</translation>
        </message>
        <message>
            <source>Cadre — %1</source>
            <translation>村干部 — %1</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>职务：</translation>
        </message>
        <message>
            <source>Line of work:</source>
            <translation>分管条线：</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>性别：</translation>
        </message>
        <message>
            <source>known</source>
            <translation>填写</translation>
        </message>
        <message>
            <source>Date of birth:</source>
            <translation>出生日期：</translation>
        </message>
        <message>
            <source>Schooling:</source>
            <translation>文化程度：</translation>
        </message>
        <message>
            <source>Party member (中共党员)</source>
            <translation>中共党员</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>联系电话：</translation>
        </message>
        <message>
            <source>Appointed on:</source>
            <translation>任职日期：</translation>
        </message>
        <message>
            <source>Current term began:</source>
            <translation>本届任期开始：</translation>
        </message>
        <message>
            <source>Newly appointed: review at 3 months, 6 months, 1 year, then yearly</source>
            <translation>新任职：任职满三个月、半年、一年考察，以后每年考核</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>CadreReviewBanner</name>
        <message>
            <source>%1 review(s) of newly appointed cadres are overdue</source>
            <translation>有 %1 次新任村干部任职后考察已逾期</translation>
        </message>
        <message>
            <source>%1 due within %2 days</source>
            <translation>%1 次将在 %2 天内到期</translation>
        </message>
        <message>
            <source>Show the reviews to do</source>
            <translation>查看待办考察</translation>
        </message>
    </context>
    <context>
        <name>CadreReviewDialog</name>
        <message>
            <source>Record review — %1</source>
            <translation>登记考察 — %1</translation>
        </message>
        <message>
            <source>Cadre:</source>
            <translation>村干部：</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>考察：</translation>
        </message>
        <message>
            <source> — %1 days overdue</source>
            <translation> — 已逾期 %1 天</translation>
        </message>
        <message>
            <source>Due on:</source>
            <translation>应考察日期：</translation>
        </message>
        <message>
            <source>Held on:</source>
            <translation>考察日期：</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>考核等次：</translation>
        </message>
        <message>
            <source>— not decided at this review —</source>
            <translation>— 本次不定去向 —</translation>
        </message>
        <message>
            <source>— choose: keep or adjust —</source>
            <translation>— 请选择：留任或调整 —</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>去向：</translation>
        </message>
        <message>
            <source>Reviewed by:</source>
            <translation>考察单位：</translation>
        </message>
        <message>
            <source>the work plan reported, results, or how the post is adjusted</source>
            <translation>汇报的工作思路、工作成效，或怎样调整</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>情况说明：</translation>
        </message>
    </context>
    <context>
        <name>CadreStatsView</name>
        <message>
            <source>Age bands (people)</source>
            <translation>年龄结构（人）</translation>
        </message>
        <message>
            <source>Schooling (people)</source>
            <translation>文化程度（人）</translation>
        </message>
        <message>
            <source>Women's share of the pool at each year's end (women/pool)</source>
            <translation>各年末女性所占比例（女性/在库人数）</translation>
        </message>
        <message>
            <source>Every village:</source>
            <translation>各村情况：</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>In pool</source>
            <translation>在库</translation>
        </message>
        <message>
            <source>Key candidates</source>
            <translation>重点培养</translation>
        </message>
        <message>
            <source>2–3 rule</source>
            <translation>每村 2–3 人</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>女性</translation>
        </message>
        <message>
            <source>Women %</source>
            <translation>女性占比</translation>
        </message>
        <message>
            <source>Party members</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Aged 35 or under</source>
            <translation>35岁及以下</translation>
        </message>
        <message>
            <source>too few</source>
            <translation>少于规定</translation>
        </message>
        <message>
            <source>too many</source>
            <translation>多于规定</translation>
        </message>
        <message>
            <source>meets the rule</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>In the pool: %1 people — key candidates %2, women %3 (%4), party members %5, aged 35 or under %6.</source>
            <translation>后备干部在库 %1 人：重点培养 %2 人，女性 %3 人（%4），党员 %5 人，35岁及以下 %6 人。</translation>
        </message>
        <message>
            <source>Key candidates: the rule is %1 per village. %2 of %3 villages have too few, %4 too many; %5 villages have no women in the pool.</source>
            <translation>重点培养对象每村应有 %1 人：%3 个村中 %2 个村少于规定，%4 个村多于规定；%5 个村后备干部中没有女性。</translation>
        </message>
        <message>
            <source>Key candidates: %1 (the rule is %2 per village) — %3</source>
            <translation>重点培养对象 %1 人（每村应有 %2 人）— %3</translation>
        </message>
        <message>
            <source>%1 key</source>
            <translation>%1 人</translation>
        </message>
        <message>
            <source>4 or more</source>
            <translation>4 人及以上</translation>
        </message>
        <message>
            <source>Villages by number of key candidates (the rule: %1)</source>
            <translation>按重点培养人数分的村数（规定 %1 人）</translation>
        </message>
        <message>
            <source>Key candidates and the pool, by sex</source>
            <translation>重点培养对象和全部后备干部的性别</translation>
        </message>
        <message>
            <source>Whole pool</source>
            <translation>全部后备干部</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>男性</translation>
        </message>
    </context>
    <context>
        <name>CadresPage</name>
        <message>
            <source>Cadres</source>
            <translation>村干部和后备干部</translation>
        </message>
        <message>
            <source>The cadre team, the reserve pool, cultivation, reviews after appointment, statistics</source>
            <translation>村干部队伍、后备干部库、培养记录、任职后考察和统计</translation>
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
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Schooling</source>
            <translation>文化程度</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Appointed on</source>
            <translation>任职日期</translation>
        </message>
        <message>
            <source>Term began</source>
            <translation>任期开始</translation>
        </message>
        <message>
            <source>From the pool</source>
            <translation>从后备干部任用</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次考察</translation>
        </message>
        <message>
            <source>Add cadre…</source>
            <translation>新增村干部…</translation>
        </message>
        <message>
            <source>Add a member of the cadre team who did not come from the pool</source>
            <translation>新增不是从后备干部库任用的村干部</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <source>Leaves the post…</source>
            <translation>离任…</translation>
        </message>
        <message>
            <source>Print file sheet…</source>
            <translation>打印履历表…</translation>
        </message>
        <message>
            <source>Print the selected cadre's 履历表</source>
            <translation>打印所选村干部的履历表</translation>
        </message>
        <message>
            <source>Cadre team</source>
            <translation>村干部队伍</translation>
        </message>
        <message>
            <source>Open the selected cadre's record (or double-click the row)</source>
            <translation>打开选中干部的记录（也可以双击这一行）</translation>
        </message>
        <message>
            <source>Record that the selected cadre leaves the post (the record is kept)</source>
            <translation>登记选中的干部离任（记录会保留）</translation>
        </message>
        <message>
            <source>Open the selected reserve candidate's record (or double-click the row)</source>
            <translation>打开选中后备干部的记录（也可以双击这一行）</translation>
        </message>
        <message>
            <source>Appoint the selected candidate to a post on the village team</source>
            <translation>把选中的后备干部任用到村班子的职务上</translation>
        </message>
        <message>
            <source>Take the selected candidate out of the reserve pool, with the reason</source>
            <translation>把选中的后备干部调出后备干部库，并写明原因</translation>
        </message>
        <message>
            <source>Print the selected candidate's file sheet (后备干部履历表)</source>
            <translation>打印选中后备干部的履历表</translation>
        </message>
        <message>
            <source>Print this village's roster of reserve candidates (后备干部名册)</source>
            <translation>打印本村的后备干部名册</translation>
        </message>
        <message>
            <source>This village's roster as an Excel workbook</source>
            <translation>把本村的名册导出成 Excel 表</translation>
        </message>
        <message>
            <source>Record the selected candidate's yearly assessment (年度考核)</source>
            <translation>登记选中后备干部的年度考核</translation>
        </message>
        <message>
            <source>Delete the selected cultivation entry made by mistake (you are asked first)</source>
            <translation>删除录错的培养记录（删除前会先问您）</translation>
        </message>
        <message>
            <source>Print the rosters of every village, one after another</source>
            <translation>依次打印全部村的名册</translation>
        </message>
        <message>
            <source>Every village's roster in one Excel workbook</source>
            <translation>把全部村的名册导出到一个 Excel 表里</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>In the pool</source>
            <translation>在库</translation>
        </message>
        <message>
            <source>Appointed</source>
            <translation>已任用</translation>
        </message>
        <message>
            <source>Left the pool</source>
            <translation>已出库</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Political status</source>
            <translation>政治面貌</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>职业或身份</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>入库日期</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>笔试</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>面试</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>培养类别</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>培养联系人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Add candidate…</source>
            <translation>新增后备干部…</translation>
        </message>
        <message>
            <source>Enter a person into the reserve pool</source>
            <translation>把一个人登记进后备干部库</translation>
        </message>
        <message>
            <source>Key / general</source>
            <translation>设为重点/一般</translation>
        </message>
        <message>
            <source>Name the selected person a key candidate (重点培养), or back</source>
            <translation>把所选的人设为重点培养对象，或改回一般</translation>
        </message>
        <message>
            <source>Appoint to a post…</source>
            <translation>任用…</translation>
        </message>
        <message>
            <source>Leaves the pool…</source>
            <translation>出库…</translation>
        </message>
        <message>
            <source>Print roster…</source>
            <translation>打印名册…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Reserve pool</source>
            <translation>后备干部库</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>培养方式</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>With / where</source>
            <translation>单位或对象</translation>
        </message>
        <message>
            <source>New record…</source>
            <translation>新增培养记录…</translation>
        </message>
        <message>
            <source>Training, a talk, a temporary post or pairing — for one person or several at once</source>
            <translation>培训、谈心、挂职或结对帮扶 — 可以一次登记一个人或多个人</translation>
        </message>
        <message>
            <source>Yearly assessment…</source>
            <translation>年度考核…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Cultivation</source>
            <translation>培养记录</translation>
        </message>
        <message>
            <source>Newly appointed cadres are reviewed at 3 months (work plan), 6 months (special assessment), 1 year (keep or adjust), then every year. Listed: reviews overdue or due within %1 days.</source>
            <translation>新任村干部任职三个月汇报工作思路，半年专项考核，一年定去向（留任或调整），以后每年考核。下面列出已逾期和 %1 天内到期的考察。</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>考察</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>应考察日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>情况</translation>
        </message>
        <message>
            <source>Record review…</source>
            <translation>登记考察…</translation>
        </message>
        <message>
            <source>Record the selected review as held</source>
            <translation>把所选的考察登记为已进行</translation>
        </message>
        <message>
            <source>Reviews to do</source>
            <translation>待办考察</translation>
        </message>
        <message>
            <source>Print roster of all villages…</source>
            <translation>打印全部村名册…</translation>
        </message>
        <message>
            <source>Export all villages to Excel…</source>
            <translation>全部村导出 Excel…</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>Cadres — %1</source>
            <translation>村干部和后备干部 — %1</translation>
        </message>
        <message>
            <source>Key candidates in the pool: %1 (the rule: %2–%3 per village)</source>
            <translation>重点培养对象 %1 人（规定每村 %2–%3 人）</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>逾期 %1 天</translation>
        </message>
        <message>
            <source>due in %1 days</source>
            <translation>%1 天后到期</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>Click a row in the list first.</source>
            <translation>请先在列表里点选一行。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Leaves the post</source>
            <translation>离任</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Appoint</source>
            <translation>任用</translation>
        </message>
        <message>
            <source>Leaves the pool</source>
            <translation>出库</translation>
        </message>
        <message>
            <source>all villages</source>
            <translation>全部村</translation>
        </message>
        <message>
            <source>Export the roster</source>
            <translation>导出名册</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>正在写入工作簿…</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>删除记录</translation>
        </message>
        <message>
            <source>Delete the record “%1” of %2?</source>
            <translation>删除%2的“%1”记录吗？</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>登记考察</translation>
        </message>
        <message>
            <source>This account can read the records but not change them.</source>
            <translation>这个账号只能查看，不能修改。</translation>
        </message>
    </context>
    <context>
        <name>ReserveCandidateDialog</name>
        <message>
            <source>New reserve candidate — %1</source>
            <translation>新增后备干部 — %1</translation>
        </message>
        <message>
            <source>Reserve candidate — %1</source>
            <translation>后备干部 — %1</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>性别：</translation>
        </message>
        <message>
            <source>Date of birth:</source>
            <translation>出生日期：</translation>
        </message>
        <message>
            <source>Schooling:</source>
            <translation>文化程度：</translation>
        </message>
        <message>
            <source>Political status:</source>
            <translation>政治面貌：</translation>
        </message>
        <message>
            <source>e.g. 种植大户, 返乡大学生, 退役军人</source>
            <translation>例如：种植大户、返乡大学生、退役军人</translation>
        </message>
        <message>
            <source>Occupation:</source>
            <translation>职业或身份：</translation>
        </message>
        <message>
            <source>mobile number</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>联系电话：</translation>
        </message>
        <message>
            <source>Entered the pool on:</source>
            <translation>入库日期：</translation>
        </message>
        <message>
            <source>0–100, e.g. 86.5</source>
            <translation>0–100，例如 86.5</translation>
        </message>
        <message>
            <source>0–100</source>
            <translation>0–100</translation>
        </message>
        <message>
            <source>Interview score:</source>
            <translation>面试成绩：</translation>
        </message>
        <message>
            <source>Written exam score:</source>
            <translation>笔试成绩：</translation>
        </message>
        <message>
            <source>Cultivation tier:</source>
            <translation>培养类别：</translation>
        </message>
        <message>
            <source>Intended post:</source>
            <translation>拟培养方向：</translation>
        </message>
        <message>
            <source>Mentor (培养联系人):</source>
            <translation>培养联系人：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Age is worked out from the date of birth. Do not enter ID card numbers: the app does not keep them.</source>
            <translation>年龄由出生日期自动计算。请不要填写身份证号码，村务通不保存身份证号。</translation>
        </message>
        <message>
            <source>%1 years old today</source>
            <translation>今年 %1 周岁</translation>
        </message>
    </context>
</TS>
