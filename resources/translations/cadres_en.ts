<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CadreAppointDialog</name>
        <message>
            <source>Appoint %1 to a post</source>
            <translation>Appoint %1 to a post</translation>
        </message>
        <message>
            <source>%1 leaves the reserve pool and joins the cadre team. Their pool entry, cultivation records and assessments stay in their file.</source>
            <translation>%1 leaves the reserve pool and joins the cadre team. Their pool entry, cultivation records and assessments stay in their file.</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>Post:</translation>
        </message>
        <message>
            <source>Line of work:</source>
            <translation>Line of work:</translation>
        </message>
        <message>
            <source>Appointed on:</source>
            <translation>Appointed on:</translation>
        </message>
        <message>
            <source>known</source>
            <translation>known</translation>
        </message>
        <message>
            <source>Current term began:</source>
            <translation>Current term began:</translation>
        </message>
        <message>
            <source>Reviews:</source>
            <translation>Reviews:</translation>
        </message>
        <message>
            <source>Appoint</source>
            <translation>Appoint</translation>
        </message>
        <message>
            <source>; then every year</source>
            <translation>; then every year</translation>
        </message>
    </context>
    <context>
        <name>CadreAssessmentDialog</name>
        <message>
            <source>Yearly assessment — %1</source>
            <translation>Yearly assessment — %1</translation>
        </message>
        <message>
            <source>reserve</source>
            <translation>reserve</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>Grade:</translation>
        </message>
        <message>
            <source>Assessed by:</source>
            <translation>Assessed by:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Choose the person assessed.</source>
            <translation>Choose the person assessed.</translation>
        </message>
    </context>
    <context>
        <name>CadreCultivationDialog</name>
        <message>
            <source>New cultivation record — %1</source>
            <translation>New cultivation record — %1</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Date (from):</source>
            <translation>Date (from):</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>Until:</source>
            <translation>Until:</translation>
        </message>
        <message>
            <source>e.g. 第四季度政策法规培训</source>
            <translation>e.g. 第四季度政策法规培训</translation>
        </message>
        <message>
            <source>Content:</source>
            <translation>Content:</translation>
        </message>
        <message>
            <source>organiser, talk partner, host unit or model village</source>
            <translation>organiser, talk partner, host unit or model village</translation>
        </message>
        <message>
            <source>With / where:</source>
            <translation>With / where:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>reserve</source>
            <translation>reserve</translation>
        </message>
        <message>
            <source>Tick the whole pool</source>
            <translation>Tick the whole pool</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Untick all</translation>
        </message>
        <message>
            <source>Who took part:</source>
            <translation>Who took part:</translation>
        </message>
    </context>
    <context>
        <name>CadreLeaveDialog</name>
        <message>
            <source>%1 leaves the reserve pool</source>
            <translation>%1 leaves the reserve pool</translation>
        </message>
        <message>
            <source>%1 leaves the post</source>
            <translation>%1 leaves the post</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
    </context>
    <context>
        <name>CadreMemberDialog</name>
        <message>
            <source>New cadre — %1</source>
            <translation>New cadre — %1</translation>
        </message>
        <message>
            <source>Cadre — %1</source>
            <translation>Cadre — %1</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>Post:</translation>
        </message>
        <message>
            <source>Line of work:</source>
            <translation>Line of work:</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>Sex:</translation>
        </message>
        <message>
            <source>known</source>
            <translation>known</translation>
        </message>
        <message>
            <source>Date of birth:</source>
            <translation>Date of birth:</translation>
        </message>
        <message>
            <source>Schooling:</source>
            <translation>Schooling:</translation>
        </message>
        <message>
            <source>Party member (中共党员)</source>
            <translation>Party member (中共党员)</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Appointed on:</source>
            <translation>Appointed on:</translation>
        </message>
        <message>
            <source>Current term began:</source>
            <translation>Current term began:</translation>
        </message>
        <message>
            <source>Newly appointed: review at 3 months, 6 months, 1 year, then yearly</source>
            <translation>Newly appointed: review at 3 months, 6 months, 1 year, then yearly</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>CadreReviewBanner</name>
        <message>
            <source>%1 review(s) of newly appointed cadres are overdue</source>
            <translation>%1 review(s) of newly appointed cadres are overdue</translation>
        </message>
        <message>
            <source>%1 due within %2 days</source>
            <translation>%1 due within %2 days</translation>
        </message>
        <message>
            <source>Show the reviews to do</source>
            <translation>Show the reviews to do</translation>
        </message>
    </context>
    <context>
        <name>CadreReviewDialog</name>
        <message>
            <source>Record review — %1</source>
            <translation>Record review — %1</translation>
        </message>
        <message>
            <source>Cadre:</source>
            <translation>Cadre:</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>Review:</translation>
        </message>
        <message>
            <source> — %1 days overdue</source>
            <translation> — %1 days overdue</translation>
        </message>
        <message>
            <source>Due on:</source>
            <translation>Due on:</translation>
        </message>
        <message>
            <source>Held on:</source>
            <translation>Held on:</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>Grade:</translation>
        </message>
        <message>
            <source>— not decided at this review —</source>
            <translation>— not decided at this review —</translation>
        </message>
        <message>
            <source>— choose: keep or adjust —</source>
            <translation>— choose: keep or adjust —</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>Reviewed by:</source>
            <translation>Reviewed by:</translation>
        </message>
        <message>
            <source>the work plan reported, results, or how the post is adjusted</source>
            <translation>the work plan reported, results, or how the post is adjusted</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
    </context>
    <context>
        <name>CadreStatsView</name>
        <message>
            <source>Age bands (people)</source>
            <translation>Age bands (people)</translation>
        </message>
        <message>
            <source>Schooling (people)</source>
            <translation>Schooling (people)</translation>
        </message>
        <message>
            <source>Women's share of the pool at each year's end (women/pool)</source>
            <translation>Women's share of the pool at each year's end (women/pool)</translation>
        </message>
        <message>
            <source>Every village:</source>
            <translation>Every village:</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>In pool</source>
            <translation>In pool</translation>
        </message>
        <message>
            <source>Key candidates</source>
            <translation>Key candidates</translation>
        </message>
        <message>
            <source>2–3 rule</source>
            <translation>2–3 rule</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Women %</source>
            <translation>Women %</translation>
        </message>
        <message>
            <source>Party members</source>
            <translation>Party members</translation>
        </message>
        <message>
            <source>Aged 35 or under</source>
            <translation>Aged 35 or under</translation>
        </message>
        <message>
            <source>too few</source>
            <translation>too few</translation>
        </message>
        <message>
            <source>too many</source>
            <translation>too many</translation>
        </message>
        <message>
            <source>meets the rule</source>
            <translation>meets the rule</translation>
        </message>
        <message>
            <source>In the pool: %1 people — key candidates %2, women %3 (%4), party members %5, aged 35 or under %6.</source>
            <translation>In the pool: %1 people — key candidates %2, women %3 (%4), party members %5, aged 35 or under %6.</translation>
        </message>
        <message>
            <source>Key candidates: the rule is %1 per village. %2 of %3 villages have too few, %4 too many; %5 villages have no women in the pool.</source>
            <translation>Key candidates: the rule is %1 per village. %2 of %3 villages have too few, %4 too many; %5 villages have no women in the pool.</translation>
        </message>
        <message>
            <source>Key candidates: %1 (the rule is %2 per village) — %3</source>
            <translation>Key candidates: %1 (the rule is %2 per village) — %3</translation>
        </message>
        <message>
            <source>%1 key</source>
            <translation>%1 key</translation>
        </message>
        <message>
            <source>4 or more</source>
            <translation>4 or more</translation>
        </message>
        <message>
            <source>Villages by number of key candidates (the rule: %1)</source>
            <translation>Villages by number of key candidates (the rule: %1)</translation>
        </message>
        <message>
            <source>Key candidates and the pool, by sex</source>
            <translation>Key candidates and the pool, by sex</translation>
        </message>
        <message>
            <source>Whole pool</source>
            <translation>Whole pool</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
    </context>
    <context>
        <name>CadresPage</name>
        <message>
            <source>Cadres</source>
            <translation>Cadres</translation>
        </message>
        <message>
            <source>The cadre team, the reserve pool, cultivation, reviews after appointment, statistics</source>
            <translation>The cadre team, the reserve pool, cultivation, reviews after appointment, statistics</translation>
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
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Schooling</source>
            <translation>Schooling</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>Appointed on</source>
            <translation>Appointed on</translation>
        </message>
        <message>
            <source>Term began</source>
            <translation>Term began</translation>
        </message>
        <message>
            <source>From the pool</source>
            <translation>From the pool</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Add cadre…</source>
            <translation>Add cadre…</translation>
        </message>
        <message>
            <source>Add a member of the cadre team who did not come from the pool</source>
            <translation>Add a member of the cadre team who did not come from the pool</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Leaves the post…</source>
            <translation>Leaves the post…</translation>
        </message>
        <message>
            <source>Print file sheet…</source>
            <translation>Print file sheet…</translation>
        </message>
        <message>
            <source>Print the selected cadre's 履历表</source>
            <translation>Print the selected cadre's 履历表</translation>
        </message>
        <message>
            <source>Cadre team</source>
            <translation>Cadre team</translation>
        </message>
        <message>
            <source>Open the selected cadre's record (or double-click the row)</source>
            <translation>Open the selected cadre's record (or double-click the row)</translation>
        </message>
        <message>
            <source>Record that the selected cadre leaves the post (the record is kept)</source>
            <translation>Record that the selected cadre leaves the post (the record is kept)</translation>
        </message>
        <message>
            <source>Open the selected reserve candidate's record (or double-click the row)</source>
            <translation>Open the selected reserve candidate's record (or double-click the row)</translation>
        </message>
        <message>
            <source>Appoint the selected candidate to a post on the village team</source>
            <translation>Appoint the selected candidate to a post on the village team</translation>
        </message>
        <message>
            <source>Take the selected candidate out of the reserve pool, with the reason</source>
            <translation>Take the selected candidate out of the reserve pool, with the reason</translation>
        </message>
        <message>
            <source>Print the selected candidate's file sheet (后备干部履历表)</source>
            <translation>Print the selected candidate's file sheet (后备干部履历表)</translation>
        </message>
        <message>
            <source>Print this village's roster of reserve candidates (后备干部名册)</source>
            <translation>Print this village's roster of reserve candidates (后备干部名册)</translation>
        </message>
        <message>
            <source>This village's roster as an Excel workbook</source>
            <translation>This village's roster as an Excel workbook</translation>
        </message>
        <message>
            <source>Record the selected candidate's yearly assessment (年度考核)</source>
            <translation>Record the selected candidate's yearly assessment (年度考核)</translation>
        </message>
        <message>
            <source>Delete the selected cultivation entry made by mistake (you are asked first)</source>
            <translation>Delete the selected cultivation entry made by mistake (you are asked first)</translation>
        </message>
        <message>
            <source>Print the rosters of every village, one after another</source>
            <translation>Print the rosters of every village, one after another</translation>
        </message>
        <message>
            <source>Every village's roster in one Excel workbook</source>
            <translation>Every village's roster in one Excel workbook</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>In the pool</source>
            <translation>In the pool</translation>
        </message>
        <message>
            <source>Appointed</source>
            <translation>Appointed</translation>
        </message>
        <message>
            <source>Left the pool</source>
            <translation>Left the pool</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Political status</source>
            <translation>Political status</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Exam</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Add candidate…</source>
            <translation>Add candidate…</translation>
        </message>
        <message>
            <source>Enter a person into the reserve pool</source>
            <translation>Enter a person into the reserve pool</translation>
        </message>
        <message>
            <source>Key / general</source>
            <translation>Key / general</translation>
        </message>
        <message>
            <source>Name the selected person a key candidate (重点培养), or back</source>
            <translation>Name the selected person a key candidate (重点培养), or back</translation>
        </message>
        <message>
            <source>Appoint to a post…</source>
            <translation>Appoint to a post…</translation>
        </message>
        <message>
            <source>Leaves the pool…</source>
            <translation>Leaves the pool…</translation>
        </message>
        <message>
            <source>Print roster…</source>
            <translation>Print roster…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Reserve pool</source>
            <translation>Reserve pool</translation>
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
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>With / where</source>
            <translation>With / where</translation>
        </message>
        <message>
            <source>New record…</source>
            <translation>New record…</translation>
        </message>
        <message>
            <source>Training, a talk, a temporary post or pairing — for one person or several at once</source>
            <translation>Training, a talk, a temporary post or pairing — for one person or several at once</translation>
        </message>
        <message>
            <source>Yearly assessment…</source>
            <translation>Yearly assessment…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Cultivation</source>
            <translation>Cultivation</translation>
        </message>
        <message>
            <source>Newly appointed cadres are reviewed at 3 months (work plan), 6 months (special assessment), 1 year (keep or adjust), then every year. Listed: reviews overdue or due within %1 days.</source>
            <translation>Newly appointed cadres are reviewed at 3 months (work plan), 6 months (special assessment), 1 year (keep or adjust), then every year. Listed: reviews overdue or due within %1 days.</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Record review…</source>
            <translation>Record review…</translation>
        </message>
        <message>
            <source>Record the selected review as held</source>
            <translation>Record the selected review as held</translation>
        </message>
        <message>
            <source>Reviews to do</source>
            <translation>Reviews to do</translation>
        </message>
        <message>
            <source>Print roster of all villages…</source>
            <translation>Print roster of all villages…</translation>
        </message>
        <message>
            <source>Export all villages to Excel…</source>
            <translation>Export all villages to Excel…</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Cadres — %1</source>
            <translation>Cadres — %1</translation>
        </message>
        <message>
            <source>Key candidates in the pool: %1 (the rule: %2–%3 per village)</source>
            <translation>Key candidates in the pool: %1 (the rule: %2–%3 per village)</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <source>due in %1 days</source>
            <translation>due in %1 days</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message>
            <source>Click a row in the list first.</source>
            <translation>Click a row in the list first.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Leaves the post</source>
            <translation>Leaves the post</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Appoint</source>
            <translation>Appoint</translation>
        </message>
        <message>
            <source>Leaves the pool</source>
            <translation>Leaves the pool</translation>
        </message>
        <message>
            <source>all villages</source>
            <translation>all villages</translation>
        </message>
        <message>
            <source>Export the roster</source>
            <translation>Export the roster</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Writing the workbook…</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Delete record</translation>
        </message>
        <message>
            <source>Delete the record “%1” of %2?</source>
            <translation>Delete the record “%1” of %2?</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>Record review</translation>
        </message>
        <message>
            <source>This account can read the records but not change them.</source>
            <translation>This account can read the records but not change them.</translation>
        </message>
    </context>
    <context>
        <name>ReserveCandidateDialog</name>
        <message>
            <source>New reserve candidate — %1</source>
            <translation>New reserve candidate — %1</translation>
        </message>
        <message>
            <source>Reserve candidate — %1</source>
            <translation>Reserve candidate — %1</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>Sex:</translation>
        </message>
        <message>
            <source>Date of birth:</source>
            <translation>Date of birth:</translation>
        </message>
        <message>
            <source>Schooling:</source>
            <translation>Schooling:</translation>
        </message>
        <message>
            <source>Political status:</source>
            <translation>Political status:</translation>
        </message>
        <message>
            <source>e.g. 种植大户, 返乡大学生, 退役军人</source>
            <translation>e.g. 种植大户, 返乡大学生, 退役军人</translation>
        </message>
        <message>
            <source>Occupation:</source>
            <translation>Occupation:</translation>
        </message>
        <message>
            <source>mobile number</source>
            <translation>mobile number</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Entered the pool on:</source>
            <translation>Entered the pool on:</translation>
        </message>
        <message>
            <source>0–100, e.g. 86.5</source>
            <translation>0–100, e.g. 86.5</translation>
        </message>
        <message>
            <source>0–100</source>
            <translation>0–100</translation>
        </message>
        <message>
            <source>Interview score:</source>
            <translation>Interview score:</translation>
        </message>
        <message>
            <source>Written exam score:</source>
            <translation>Written exam score:</translation>
        </message>
        <message>
            <source>Cultivation tier:</source>
            <translation>Cultivation tier:</translation>
        </message>
        <message>
            <source>Intended post:</source>
            <translation>Intended post:</translation>
        </message>
        <message>
            <source>Mentor (培养联系人):</source>
            <translation>Mentor (培养联系人):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Age is worked out from the date of birth. Do not enter ID card numbers: the app does not keep them.</source>
            <translation>Age is worked out from the date of birth. Do not enter ID card numbers: the app does not keep them.</translation>
        </message>
        <message>
            <source>%1 years old today</source>
            <translation>%1 years old today</translation>
        </message>
    </context>
</TS>
