<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Main</name>
    <message>
        <source>Zhibiao</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Annual targets and their completion, quarter by quarter.</source>
        <translation>按季度跟踪年度目标及其完成情况。</translation>
    </message>
    <message>
        <source>The bureau file to open (default: the demo bureau).</source>
        <translation>要打开的单位数据文件（默认：演示单位）。</translation>
    </message>
    <message>
        <source>The year to show.</source>
        <translation>显示的年份。</translation>
    </message>
    <message>
        <source>The quarter to show, 1 to 4.</source>
        <translation>显示的季度，1 至 4。</translation>
    </message>
    <message>
        <source>The org unit to show, by code.</source>
        <translation>显示的单位（按代码）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>将窗口截图保存到 FILE 后退出。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2019.</source>
        <translation>--year 需要一个年份，例如 2019。</translation>
    </message>
    <message>
        <source>--quarter takes 1, 2, 3 or 4.</source>
        <translation>--quarter 只能是 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>--quit-after-ms takes a number of milliseconds.</source>
        <translation>--quit-after-ms 需要毫秒数。</translation>
    </message>
    <message>
        <source>Cannot save the screenshot %1.</source>
        <translation>无法保存截图 %1。</translation>
    </message>
    <message>
        <source>The category to show in the entry grid.</source>
        <translation>录入表格中显示的类别。</translation>
    </message>
    <message>
        <source>Who is working (a name from the users table); not asked then.</source>
        <translation>当前操作人（用户表中的用户名）；指定后不再询问。</translation>
    </message>
    <message>
        <source>Start with the welcome page.</source>
        <translation>以欢迎页启动。</translation>
    </message>
    <message>
        <source>Open the preferences (with --screenshot: their picture).</source>
        <translation>打开首选项（与 --screenshot 合用时截取首选项窗口）。</translation>
    </message>
    <message>
        <source>Use a dark palette (also ZHIBIAO_DARK=1).</source>
        <translation>使用深色配色（也可设置 ZHIBIAO_DARK=1）。</translation>
    </message>
    <message>
        <source>A bureau file to open (the same as --db).</source>
        <translation>要打开的单位数据文件（与 --db 相同）。</translation>
    </message>
    <message>
        <source>This bureau file has no user named &quot;%1&quot;; nothing could be changed under that name. Choose who is working.</source>
        <translation>本单位文件中没有名为“%1”的用户，以此名称不能作任何修改。请选择当前操作人。</translation>
    </message>
    <message>
        <source>Who Is Working?</source>
        <translation>当前操作人</translation>
    </message>
    <message>
        <source>The tab to open: entry, overview or dashboard.</source>
        <translation>要打开的标签页：entry（录入）、overview（概览）或 dashboard（仪表盘）。</translation>
    </message>
    <message>
        <source>--tab takes entry, overview or dashboard.</source>
        <translation>--tab 取 entry、overview 或 dashboard。</translation>
    </message>
    <message>
        <source>Quit N milliseconds after the main window first painted.</source>
        <translation>主窗口首次绘制后 N 毫秒退出。</translation>
    </message>
</context>
<context>
    <name>zhibiao::AuditNote</name>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>adopted from the %1 report proposals</source>
        <translation>采纳%1年度报告的目标建议值</translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupCommand</name>
    <message>
        <source>restore takes the backup file to restore</source>
        <translation>restore 需要指定要恢复的备份文件</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 不接受其他参数</translation>
    </message>
    <message>
        <source>--to belongs to backup</source>
        <translation>--to 只能用于 backup</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>备份已写入并通过检查：%1</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>%2 中没有 %1 的备份。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>被替换的文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>it is not a SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>it is damaged (SQLite says: %1)</source>
        <translation>文件已损坏（SQLite 提示：%1）</translation>
    </message>
    <message>
        <source>it is a SQLite file of another program, not a Zhibiao database</source>
        <translation>是其他程序的 SQLite 文件，不是指标数据库</translation>
    </message>
    <message>
        <source>it has no Zhibiao schema version</source>
        <translation>没有指标数据库结构版本</translation>
    </message>
    <message>
        <source>it was written by a newer Zhibiao (schema %1; this program knows up to %2)</source>
        <translation>由更新版本的指标程序写入（结构版本 %1，本程序最高支持 %2）</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Choose a folder you can write to.</source>
        <translation>无法创建备份文件夹 %1。请选择有写权限的文件夹。</translation>
    </message>
    <message>
        <source>The backup of %1 to %2 failed: %3</source>
        <translation>将 %1 备份到 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1 cannot be used as a Zhibiao backup: %2.</source>
        <translation>%1 不能用作指标备份：%2。</translation>
    </message>
    <message>
        <source>Nothing was changed; choose another backup.</source>
        <translation>未作任何改动；请选择其他备份。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before the restore (is the disk full?). Nothing was changed.</source>
        <translation>恢复前无法保留 %1 的副本（磁盘是否已满？），未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>无法写入 %1：%2，未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2. The previous file is kept as %3.</source>
        <translation>无法替换 %1：%2。原文件已保留为 %3。</translation>
    </message>
    <message>
        <source>the copy could not be made durable (is the disk full?)</source>
        <translation>副本无法可靠写入磁盘（磁盘是否已满？）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
</context>
<context>
    <name>zhibiao::CatalogueDialog</name>
    <message>
        <source>Indicator Catalogue</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Precision (decimals):</source>
        <translation>精度（小数位数）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>Pa&amp;rent (其中 of):</source>
        <translation>上级指标（其中）(&amp;R)：</translation>
    </message>
    <message>
        <source>empty, or the code of the indicator this is a part of</source>
        <translation>留空，或填写所属上级指标的代码</translation>
    </message>
    <message>
        <source>S&amp;ort order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>Sc&amp;hedule (序时进度):</source>
        <translation>序时进度(&amp;H)：</translation>
    </message>
    <message>
        <source>empty: linear 25/50/75/100; or e.g. 20/45/75/100</source>
        <translation>留空为线性 25/50/75/100；或如 20/45/75/100</translation>
    </message>
    <message>
        <source>Retired:</source>
        <translation>已停用：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Select an indicator to edit it, or Add a new one. Retiring hides an indicator from new years; its figures, targets and history stay.</source>
        <translation>选择一项指标进行编辑，或点击“新增”添加指标。停用后该指标不再出现在新年度中，其数据、目标和修改记录仍予保留。</translation>
    </message>
    <message>
        <source>%1 may read the catalogue; only an admin may change it. Ask an admin for changes.</source>
        <translation>%1 可以查看指标目录；只有管理员可以修改。如需修改，请联系管理员。</translation>
    </message>
    <message>
        <source>cumulative (累计): year-to-date totals</source>
        <translation>累计：年初至今累计数</translation>
    </message>
    <message>
        <source>stock (时点): level at quarter end</source>
        <translation>时点：季度末时点数</translation>
    </message>
    <message>
        <source>rate (率): percent at quarter end</source>
        <translation>率：季度末百分比</translation>
    </message>
    <message>
        <source>growth (增速): percent against last year</source>
        <translation>增速：同比增长百分比</translation>
    </message>
    <message>
        <source>higher is better (target to reach)</source>
        <translation>越高越好（需达到的目标）</translation>
    </message>
    <message>
        <source>ceiling: lower is better (limit)</source>
        <translation>控制上限：越低越好（控制目标）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New indicator: fill in the form, then Save.</source>
        <translation>新指标：请填写表单，然后保存。</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 未改动。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <source>%1 is retired: hidden from new years, its figures, targets and history kept.</source>
        <translation>%1 已停用：不再出现在新年度中，其数据、目标和修改记录予以保留。</translation>
    </message>
    <message>
        <source>Unre&amp;tire</source>
        <translation>重新启用(&amp;T)</translation>
    </message>
    <message>
        <source>Report &amp;wording:</source>
        <translation>报告措辞(&amp;W)：</translation>
    </message>
    <message>
        <source>empty: the name and the figure; or e.g. 发放创业担保贷款{value}</source>
        <translation>不填：写名称和数字；或如 发放创业担保贷款{value}</translation>
    </message>
    <message>
        <source>How the report states this indicator. {value} is its figure with unit, {number} without, {name} its name; {CODE} another indicator&apos;s figure, stated here instead of on its own.</source>
        <translation>报告中如何表述该指标。{value} 是带单位的数值，{number} 不带单位，{name} 是名称；{CODE} 是另一指标的数值，在此一并写出，不再单独表述。</translation>
    </message>
    <message>
        <source>Clause o&amp;verrides:</source>
        <translation>专用句式(&amp;V)：</translation>
    </message>
    <message>
        <source>empty, or e.g. rate.above=超{target}的年度目标{diff}</source>
        <translation>不填，或如 rate.above=超{target}的年度目标{diff}</translation>
    </message>
    <message>
        <source>In the report:</source>
        <translation>报告中写作：</translation>
    </message>
    <message>
        <source>(no figure of %1 yet to show a sentence with)</source>
        <translation>（%1 尚无数据，无法示例）</translation>
    </message>
    <message>
        <source>The clause overrides cannot be read: %1.</source>
        <translation>专用句式无法识别：%1。</translation>
    </message>
    <message>
        <source>Su&amp;b-category:</source>
        <translation>子类别(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>新增(&amp;E)</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>时点</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>增速</translation>
    </message>
</context>
<context>
    <name>zhibiao::CatalogueValidator</name>
    <message>
        <source>Enter a code: letters and digits, such as JY05.</source>
        <translation>请输入代码：字母和数字，例如 JY05。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may only hold Latin letters, digits, - and _ (at most 20), such as JY05.</source>
        <translation>代码“%1”只能包含拉丁字母、数字、- 和 _（最多 20 个字符），例如 JY05。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another code, or select %1 in the list to edit it.</source>
        <translation>%1 已存在。请换一个代码，或在列表中选择 %1 进行编辑。</translation>
    </message>
    <message>
        <source>Enter the indicator&apos;s name, as the reports write it.</source>
        <translation>请按报告中的写法输入指标名称。</translation>
    </message>
    <message>
        <source>Enter a category, such as 就业创业.</source>
        <translation>请输入类别，例如 就业创业。</translation>
    </message>
    <message>
        <source>Enter a unit, such as 万人, %, 个.</source>
        <translation>请输入单位，例如 万人、%、个。</translation>
    </message>
    <message>
        <source>A rate or growth indicator is measured in %: set the unit to %, or choose another kind.</source>
        <translation>率或增速类指标以 % 计量：请将单位设为 %，或选择其他类型。</translation>
    </message>
    <message>
        <source>An indicator cannot be a part of itself: clear the parent, or choose another indicator.</source>
        <translation>指标不能从属于自身：请清空上级指标，或选择其他指标。</translation>
    </message>
    <message>
        <source>There is no indicator %1 to be the parent. Enter an existing code, or leave the parent empty.</source>
        <translation>不存在可作为上级的指标 %1。请输入已有的代码，或将上级指标留空。</translation>
    </message>
    <message>
        <source>%1 is already a part of %2: the two cannot be parts of each other.</source>
        <translation>%1 已从属于 %2：两者不能互为上级。</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is not valid (%2). Write four shares in percent that never decrease and end at 100, such as 20/45/75/100, or leave it empty for the linear 25/50/75/100.</source>
        <translation>序时进度“%1”无效（%2）。请填写四个不递减、以 100 结尾的百分比，例如 20/45/75/100；或留空，使用线性进度 25/50/75/100。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>子类</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The %1 cannot be stored: %2.</source>
        <translation>%1无法保存：%2。</translation>
    </message>
    <message>
        <source>The report wording cannot be stored: %1.</source>
        <translation>报告措辞无法保存：%1。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ChartBuilder</name>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Completion of annual targets against the schedule</source>
        <translation>年度目标完成情况与序时进度对比</translation>
    </message>
    <message>
        <source>%1 %2 (%3): year to date by quarter</source>
        <translation>%1 %2（%3）：各季度累计</translation>
    </message>
    <message>
        <source>%1 (last year)</source>
        <translation>%1（上年）</translation>
    </message>
    <message>
        <source>Target line</source>
        <translation>目标线</translation>
    </message>
    <message>
        <source>%1 (this year)</source>
        <translation>%1（本年）</translation>
    </message>
    <message>
        <source>%1 %2: completion by county</source>
        <translation>%1 %2：各县区完成情况</translation>
    </message>
    <message>
        <source>%1 %2: difference from target by county, in percentage points</source>
        <translation>%1 %2：各县区与目标之差（百分点）</translation>
    </message>
    <message>
        <source>No. %1 %2&lt;br&gt;%3</source>
        <translation>第%1名 %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::ChecksPanel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>zhibiao::CliApp</name>
    <message>
        <source>The bureau&apos;s database file.</source>
        <translation>单位数据库文件。</translation>
    </message>
    <message>
        <source>Who acts (recorded in the audit log).</source>
        <translation>操作人（记入审计日志）。</translation>
    </message>
    <message>
        <source>init: fill the new database with the demo bureau.</source>
        <translation>init：在新数据库中填入演示单位数据。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>Up to this quarter (1-4; default 4).</source>
        <translation>截至该季度（1-4，默认 4）。</translation>
    </message>
    <message>
        <source>Org unit code (default: the city).</source>
        <translation>单位代码（默认：全市）。</translation>
    </message>
    <message>
        <source>return: why the quarter goes back.</source>
        <translation>return：退回该季度的原因。</translation>
    </message>
    <message>
        <source>status: text, json or csv.</source>
        <translation>status：text、json 或 csv。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>zhibiao-cli: %1</source>
        <translation>zhibiao-cli：%1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未给出命令</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>必须指定 --db 文件</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>%1 takes a kind (indicators, org-units, targets, figures) and a file</source>
        <translation>%1 需要一个类别（indicators、org-units、targets、figures）和一个文件</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of indicators, org-units, targets, figures</source>
        <translation>“%1”不是 indicators、org-units、targets、figures 之一</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--year takes a year such as 2019</source>
        <translation>--year 需要一个年份，例如 2019</translation>
    </message>
    <message>
        <source>--quarter takes 1, 2, 3 or 4</source>
        <translation>--quarter 只能是 1、2、3 或 4</translation>
    </message>
    <message>
        <source>status needs --year</source>
        <translation>status 需要 --year</translation>
    </message>
    <message>
        <source>--format takes text, json or csv</source>
        <translation>--format 只能是 text、json 或 csv</translation>
    </message>
    <message>
        <source>%1 needs --org-unit CODE --year Y --quarter Q</source>
        <translation>%1 需要 --org-unit 代码 --year 年 --quarter 季</translation>
    </message>
    <message>
        <source>return needs --reason TEXT: say what must be corrected</source>
        <translation>return 需要 --reason 原因：请说明需要更正什么</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported (%n error(s)); nothing was changed. Correct what is listed above and import the file again.</source>
        <translation>
            <numerusform>%1 未导入（%n 处错误），数据未作任何改动。请更正上面列出的问题后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已导入 %1：新增 %2 条，修改 %3 条，未变 %4 条。</translation>
    </message>
    <message>
        <source>%1 %2 is now %3.</source>
        <translation>%1 %2 现为 %3。</translation>
    </message>
    <message>
        <source>no org unit with the code &apos;%1&apos;</source>
        <translation>没有代码为“%1”的单位</translation>
    </message>
    <message>
        <source>backup: the folder for the copy (default: FILE-backups beside the file).</source>
        <translation>backup：存放副本的文件夹（默认：文件旁的 FILE-backups）。</translation>
    </message>
    <message>
        <source>report-targets: adopt the proposals as next year&apos;s targets.</source>
        <translation>report-targets：将建议值采纳为下一年度目标。</translation>
    </message>
    <message>
        <source>report-targets: replace next year&apos;s different targets.</source>
        <translation>report-targets：替换下一年度中不同的目标。</translation>
    </message>
    <message>
        <source>report: the file to write.</source>
        <translation>report：要写入的文件。</translation>
    </message>
    <message>
        <source>--to belongs to backup</source>
        <translation>--to 只能用于 backup</translation>
    </message>
    <message>
        <source>zhibiao-cli: warning: %1</source>
        <translation>zhibiao-cli：警告：%1</translation>
    </message>
    <message>
        <source>export template needs --org-unit CODE --year Y --quarter Q</source>
        <translation>export template 需要 --org-unit 代码 --year 年 --quarter 季</translation>
    </message>
    <message>
        <source>export template writes a file (.xlsx or .csv), not stdout</source>
        <translation>export template 只能写入文件（.xlsx 或 .csv），不能输出到标准输出</translation>
    </message>
    <message>
        <source>report-targets needs --year Y</source>
        <translation>report-targets 需要 --year 年</translation>
    </message>
    <message>
        <source>--format takes text or csv</source>
        <translation>--format 只能是 text 或 csv</translation>
    </message>
    <message>
        <source>--adopt and --overwrite belong to report-targets</source>
        <translation>--adopt 和 --overwrite 只能用于 report-targets</translation>
    </message>
    <message>
        <source>dashboard needs --year Y and -o OUT.png or OUT.pdf</source>
        <translation>dashboard 需要 --year 年 和 -o 输出.png 或 输出.pdf</translation>
    </message>
    <message>
        <source>dashboard writes a .png or a .pdf file</source>
        <translation>dashboard 只能写入 .png 或 .pdf 文件</translation>
    </message>
    <message>
        <source>Dashboard written to %1.</source>
        <translation>仪表盘已写入 %1。</translation>
    </message>
    <message>
        <source>init: also an existing file, where nothing is lost.</source>
        <translation>init：也可用于已有文件（仅在不会丢失任何数据时）。</translation>
    </message>
    <message>
        <source>users add: staff, leader or admin.</source>
        <translation>users add：staff（录入员）、leader（领导）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>--user needs a name (one of the bureau&apos;s users)</source>
        <translation>--user 需要一个用户名（本单位的用户之一）</translation>
    </message>
    <message>
        <source>--demo and --force belong to init</source>
        <translation>--demo 和 --force 只用于 init</translation>
    </message>
    <message>
        <source>--role belongs to users add</source>
        <translation>--role 只用于 users add</translation>
    </message>
    <message>
        <source>zhibiao-cli: note: %1 cannot be written; it was opened for reading only, and no change to it is possible.</source>
        <translation>zhibiao-cli：注意：%1 不可写入，已以只读方式打开，不能作任何修改。</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：提示：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more warning(s), not shown.</source>
        <translation>
            <numerusform>%1：……另有 %n 条提示未显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more error(s), not shown.</source>
        <translation>
            <numerusform>%1：……另有 %n 处错误未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>init, profile: the city (or county) the bureau serves.</source>
        <translation>init、profile：本单位所在的市（或县）。</translation>
    </message>
    <message>
        <source>init, profile: the bureau&apos;s name.</source>
        <translation>init、profile：本单位名称。</translation>
    </message>
    <message>
        <source>profile: the issuing body of the report&apos;s 落款.</source>
        <translation>profile：报告落款的单位。</translation>
    </message>
    <message>
        <source>profile: whose guidance the opening names.</source>
        <translation>profile：开头一段提到的领导单位。</translation>
    </message>
    <message>
        <source>profile: the report&apos;s date, YYYY-MM-DD.</source>
        <translation>profile：报告日期，格式为 年-月-日。</translation>
    </message>
    <message>
        <source>report: list what the report cannot say; write nothing.</source>
        <translation>report：列出报告中尚缺的内容，不写文件。</translation>
    </message>
    <message>
        <source>report: write it although placeholders have no value.</source>
        <translation>report：即使有占位符没有值也写出报告。</translation>
    </message>
    <message>
        <source>--city and --bureau belong to init and profile</source>
        <translation>--city 和 --bureau 只用于 init 和 profile</translation>
    </message>
    <message>
        <source>--issuer, --leadership and --date belong to profile</source>
        <translation>--issuer、--leadership 和 --date 只用于 profile</translation>
    </message>
    <message>
        <source>--check and --allow-blanks belong to report</source>
        <translation>--check 和 --allow-blanks 只用于 report</translation>
    </message>
    <message>
        <source>report needs --year Y and -o OUT (or --check)</source>
        <translation>report 需要 --year 年 和 -o 输出文件（或 --check）</translation>
    </message>
    <message>
        <source>zhibiao-cli: %1: %2: %3</source>
        <translation>zhibiao-cli：%1：%2：%3</translation>
    </message>
    <message>
        <source>(the whole section)</source>
        <translation>（整个部分）</translation>
    </message>
    <message>
        <source>The report of %1 up to Q%2 says everything it should: no gaps.</source>
        <translation>%1 年截至第 %2 季度的报告内容齐全，没有缺项。</translation>
    </message>
    <message numerus="yes">
        <source>zhibiao-cli: warning: written with %n blank(s) marked （待补）.</source>
        <translation>
            <numerusform>zhibiao-cli：提示：已写出，其中 %n 处留空，标为（待补）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--format takes pdf, odt, docx, html or txt</source>
        <translation>--format 取值为 pdf、odt、docx、html 或 txt</translation>
    </message>
    <message>
        <source>template-from-report: replace the narratives the year after already has.</source>
        <translation>template-from-report：替换下一年已有的文字材料。</translation>
    </message>
    <message>
        <source>Usage: zhibiao-cli --db FILE [--user NAME] COMMAND ...
Commands:
  init [--demo] [--force] [--city NAME --bureau NAME]   create a new bureau file (or the demo bureau)
  profile [--city NAME] [--bureau NAME] [--issuer NAME] [--leadership TEXT] [--date YYYY-MM-DD]
  import indicators|org-units|targets|figures FILE   import an interchange file (.csv or .xlsx)
  export indicators|org-units|targets|figures FILE [--year Y]   write one as .csv or .xlsx (FILE - for stdout)
  export template FILE --org-unit CODE --year Y --quarter Q   a figures entry template (.xlsx or .csv)
  status --year Y [--quarter Q] [--org-unit CODE] [--format text|json|csv]
  submit|approve|return --org-unit CODE --year Y --quarter Q [--reason TEXT]
  report --year Y [--quarter Q] [--org-unit CODE] --format pdf|odt|docx|html|txt -o OUT [--allow-blanks]
  report --year Y [--quarter Q] [--org-unit CODE] --check   what the report cannot say
  narratives export FILE [--year Y] | narratives import FILE   sections 二 and 三 as CSV
  report-targets --year Y [--org-unit CODE] [--adopt [--overwrite]] [--format text|csv]
  template-from-report FILE --year Y [--replace]   last year&apos;s report (.docx/.odt/.txt) as Y+1&apos;s sections 二 and 三
  dashboard --year Y --quarter Q [--org-unit CODE] -o OUT.png|OUT.pdf
  backup [--to DIR] | backups | restore BACKUP     a checked copy, the list of copies, put one back
  users | users add NAME --role staff|leader|admin [--org-unit CODE]   the people and their roles
Exit codes: 0 success, 1 usage error, 2 data error.
</source>
        <translation>用法：zhibiao-cli --db 文件 [--user 用户名] 命令 ...
命令：
  init [--demo] [--force] [--city 名称 --bureau 名称]   新建单位文件（或演示单位）
  profile [--city 名称] [--bureau 名称] [--issuer 名称] [--leadership 文字] [--date 年-月-日]
  import indicators|org-units|targets|figures 文件   导入交换文件（.csv 或 .xlsx）
  export indicators|org-units|targets|figures 文件 [--year 年]   导出为 .csv 或 .xlsx（文件为 - 时输出到标准输出）
  export template 文件 --org-unit 代码 --year 年 --quarter 季   导出数据录入模板（.xlsx 或 .csv）
  status --year 年 [--quarter 季] [--org-unit 代码] [--format text|json|csv]
  submit|approve|return --org-unit 代码 --year 年 --quarter 季 [--reason 原因]
  report --year 年 [--quarter 季] [--org-unit 代码] --format pdf|odt|docx|html|txt -o 输出文件 [--allow-blanks]
  report --year 年 [--quarter 季] [--org-unit 代码] --check   列出报告中尚缺的内容
  narratives export 文件 [--year 年] | narratives import 文件   以 CSV 导出或导入第二、三部分
  report-targets --year 年 [--org-unit 代码] [--adopt [--overwrite]] [--format text|csv]
  template-from-report FILE --year Y [--replace]   以上年报告（.docx/.odt/.txt）生成 Y+1 年的第二、三部分
  dashboard --year 年 --quarter 季 [--org-unit 代码] -o 输出.png|输出.pdf
  backup [--to 目录] | backups | restore 备份文件     生成经检查的副本、列出副本、恢复副本
  users | users add 姓名 --role staff|leader|admin [--org-unit 代码]   用户及其角色
退出码：0 成功，1 用法错误，2 数据错误。
</translation>
    </message>
    <message>
        <source>template-from-report takes FILE --year Y (the year the report is about)</source>
        <translation>template-from-report 需要 FILE --year Y（报告所属的年份）</translation>
    </message>
    <message>
        <source>--replace belongs to template-from-report</source>
        <translation>--replace 只能用于 template-from-report</translation>
    </message>
</context>
<context>
    <name>zhibiao::Completeness</name>
    <message>
        <source>Submitted %1/%2</source>
        <translation>已上报 %1/%2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>; not submitted: %1</source>
        <translation>；未上报：%1</translation>
    </message>
    <message>
        <source>%1 Q%2: %3</source>
        <translation>%1年第%2季度：%3</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>被 %1 退回：%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::ConflictDialog</name>
    <message>
        <source>Changed Meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Someone else changed these figures in the file after you opened them. Nothing has been saved yet.</source>
        <translation>在您打开之后，其他人修改了文件中的这些数据。目前尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>用我的</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 Q%2: yours %3, in the file now %4</source>
        <translation>%1 第%2季度：您填的是 %3，文件中现为 %4</translation>
    </message>
    <message>
        <source>%1 (changed by %2)</source>
        <translation>%1（由 %2 修改）</translation>
    </message>
</context>
<context>
    <name>zhibiao::Csv</name>
    <message>
        <source>the file is not UTF-8 text (this line is in another encoding, such as GBK): save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>文件不是 UTF-8 文本（此行使用了其他编码，例如 GBK）：请另存为“CSV UTF-8”后重新导入</translation>
    </message>
</context>
<context>
    <name>zhibiao::DailyBackup</name>
    <message>
        <source>No backup of %1 could be made before this change: %2 Nothing was changed. Free some space on that disk, or choose another backup folder (Preferences, or backup --to), and try again.</source>
        <translation>修改前无法为 %1 做备份：%2 未作任何修改。请腾出该磁盘的空间，或另选备份文件夹（首选项，或 backup --to），然后重试。</translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardCard</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 项</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>快于进度</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Seriously behind</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>No target indicators with figures</source>
        <translation>没有既有目标又有数据的指标</translation>
    </message>
    <message>
        <source>Open the indicators of %1</source>
        <translation>打开“%1”的指标</translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardExporter</name>
    <message>
        <source> (continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .pdf</source>
        <translation>%1：文件名必须以 .png 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>drawing the dashboard needs a QApplication</source>
        <translation>绘制仪表盘需要 QApplication</translation>
    </message>
    <message>
        <source>no org unit with the code &apos;%1&apos;</source>
        <translation>没有代码为“%1”的单位</translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardTab</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
        <source>Dashboard &amp;Presentation</source>
        <translation>仪表盘演示(&amp;P)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Export Dashboard as PDF</source>
        <translation>将仪表盘导出为 PDF</translation>
    </message>
    <message>
        <source>Export Dashboard as PNG</source>
        <translation>将仪表盘导出为 PNG</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot Export the Dashboard</source>
        <translation>无法导出仪表盘</translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardTables</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>当前情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Against the target</source>
        <translation>与目标对比</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardViewText</name>
    <message>
        <source>Categories at a glance</source>
        <translation>各类别概览</translation>
    </message>
    <message>
        <source>Completion of annual targets against the schedule</source>
        <translation>年度目标完成情况与序时进度对比</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Rates, growth and ceilings</source>
        <translation>比率、增速和控制类指标</translation>
    </message>
    <message>
        <source>Trend: %1 %2</source>
        <translation>趋势：%1 %2</translation>
    </message>
    <message>
        <source>County ranking: %1 %2</source>
        <translation>县区排名：%1 %2</translation>
    </message>
    <message>
        <source>Who has handed in the quarter</source>
        <translation>本季度上报情况</translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardWidget</name>
    <message>
        <source>Back to the dashboard</source>
        <translation>返回仪表盘</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Presentation (F11)</source>
        <translation>演示（F11）</translation>
    </message>
    <message>
        <source>%1: its indicators. Click one for its trend, ranking and history.</source>
        <translation>%1：所含指标。点击指标可查看趋势、排名和修改记录。</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>仪表盘：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::DataActions</name>
    <message>
        <source>Re&amp;port…</source>
        <translation>工作总结(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>指标目录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>年度目标(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>zhibiao::Database</name>
    <message>
        <source>%1 is not a Zhibiao database (it is not a SQLite file). Choose the bureau&apos;s .zhibiao or .db file, or create a new one.</source>
        <translation>%1 不是指标数据库（不是 SQLite 文件）。请选择本单位的 .zhibiao 或 .db 文件，或新建一个。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Zhibiao database. It was not changed. Choose the bureau&apos;s Zhibiao file, or create a new one.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是指标数据库，文件未被改动。请选择本单位的指标数据文件，或新建一个。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Zhibiao (schema %2; this program knows up to %3). It was not changed. Install the newer Zhibiao to open it.</source>
        <translation>%1 由更新版本的指标程序写入（结构版本 %2，本程序最高支持 %3），文件未被改动。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path, or create a bureau database with: zhibiao-cli --db %1 init</source>
        <translation>%1 不存在。请检查路径，或用以下命令新建单位数据库：zhibiao-cli --db %1 init</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable. Choose a folder you can write to.</source>
        <translation>无法创建 %1：该文件夹不可写。请选择有写权限的文件夹。</translation>
    </message>
    <message>
        <source>%1 is empty, not a Zhibiao database. Create a bureau database with: zhibiao-cli --db %1 init</source>
        <translation>%1 是空文件，不是指标数据库。请用以下命令新建单位数据库：zhibiao-cli --db %1 init</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written). It was not changed. Copy it to a folder you can write to, or ask for write permission.</source>
        <translation>%1 为只读（文件或所在文件夹不可写），文件未被改动。请将其复制到可写的文件夹，或申请写权限。</translation>
    </message>
    <message>
        <source>the backup file %1 already exists</source>
        <translation>备份文件 %1 已存在</translation>
    </message>
    <message>
        <source>the backup copy %1 failed its check: %2</source>
        <translation>备份副本 %1 未通过检查：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the disk it is on is full (%2 KB free). It was not changed. Free some space on that disk and open it again.</source>
        <translation>无法打开 %1：所在磁盘已满（剩余 %2 KB），文件未被改动。请清理该磁盘空间后重新打开。</translation>
    </message>
    <message>
        <source>%1 cannot be opened now: another program is writing to it and did not finish in time. It was not changed. Try again in a moment.</source>
        <translation>%1 暂时无法打开：另一个程序正在写入且未及时完成。文件未被修改。请稍后再试。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It was not changed. Restore it from a backup copy (File &gt; Restore from Backup…, or zhibiao-cli restore).</source>
        <translation>%1 已损坏，无法读取。文件未被修改。请从备份恢复（文件 &gt; 从备份恢复…，或 zhibiao-cli restore）。</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile</source>
        <translation>期间出现了同名文件</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist. Create the folder first, or choose another one.</source>
        <translation>无法创建 %1：文件夹 %2 不存在。请先创建该文件夹，或另选一个。</translation>
    </message>
    <message>
        <source>%1 already exists; it was not changed. Choose a new file name.</source>
        <translation>%1 已存在，未被修改。请另选文件名。</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Zhibiao: it must be upgraded before it can be read, which needs write permission. It was not changed. Copy it to a folder you can write to.</source>
        <translation>%1 为只读文件，且由旧版指标写入：读取前需要升级，而升级需要写入权限。文件未被修改。请将其复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2. No file was left behind.</source>
        <translation>无法创建 %1：%2。未留下任何文件。</translation>
    </message>
    <message>
        <source>%1 says it has schema version %2, but its tables do not match that version, so it cannot be upgraded. It was not changed. Restore it from a backup copy.</source>
        <translation>%1 标明其结构版本为 %2，但其数据表与该版本不符，无法升级。文件未被修改。请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. It was not changed.</source>
        <translation>无法打开 %1：%2。文件未被修改。</translation>
    </message>
</context>
<context>
    <name>zhibiao::DemoDatabase</name>
    <message>
        <source>Cannot create the folder for the demo file %1.</source>
        <translation>无法为演示文件 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot fill the demo file %1: %2</source>
        <translation>无法写入演示文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::DocumentParagraphs</name>
    <message>
        <source>the text file is not UTF-8, and this system cannot read GB18030; save it again as UTF-8 text</source>
        <translation>该文本文件不是 UTF-8 编码，本系统又无法读取 GB18030；请另存为 UTF-8 文本</translation>
    </message>
    <message>
        <source>the text file is neither UTF-8 nor GB18030 text; save it again as UTF-8 text</source>
        <translation>该文本文件既不是 UTF-8 也不是 GB18030 编码；请另存为 UTF-8 文本</translation>
    </message>
    <message>
        <source>the document is password-protected; open it in the word processor and save a copy without a password</source>
        <translation>该文档设有密码保护；请在文字处理软件中打开，另存一份不带密码的副本</translation>
    </message>
    <message>
        <source>the file is an old binary Word document (.doc), not a %1 document; open it in the word processor and save it as %1</source>
        <translation>该文件是旧版 Word 二进制文档（.doc），不是 %1 文档；请在文字处理软件中打开并另存为 %1</translation>
    </message>
    <message>
        <source>the file is not a %1 document or is damaged; open it in the word processor and save it again</source>
        <translation>该文件不是 %1 文档或已损坏；请在文字处理软件中打开后重新保存</translation>
    </message>
    <message>
        <source>%1 is not a .docx, .odt or .txt file; save the report in one of these formats</source>
        <translation>%1 不是 .docx、.odt 或 .txt 文件；请将报告另存为其中一种格式</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that it exists and that you may read it</source>
        <translation>无法打开 %1（%2）；请确认文件存在且有读取权限</translation>
    </message>
    <message>
        <source>the document lacks its part %1, so it is damaged or of another kind; open it in the word processor and save it again</source>
        <translation>该文档缺少组成部分 %1，可能已损坏或不是此类文档；请在文字处理软件中打开后重新保存</translation>
    </message>
    <message>
        <source>the document&apos;s part %1 unpacks to more than 64 MB, far more than any report; check that it is the right file</source>
        <translation>该文档的组成部分 %1 解压后超过 64 MB，远超任何报告；请确认选对了文件</translation>
    </message>
    <message>
        <source>the document is damaged: its part %1 cannot be unpacked; open it in the word processor and save it again</source>
        <translation>该文档已损坏：组成部分 %1 无法解压；请在文字处理软件中打开后重新保存</translation>
    </message>
    <message>
        <source>the document&apos;s part %1 is not well-formed XML (line %2: %3); open it in the word processor and save it again</source>
        <translation>该文档的组成部分 %1 不是格式正确的 XML（第 %2 行：%3）；请在文字处理软件中打开后重新保存</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryController</name>
    <message>
        <source>Edit %1 Q%2</source>
        <translation>编辑 %1 第%2季度</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>Saved %1 figures at %2.</source>
        <translation>已于 %2 保存 %1 项数据。</translation>
    </message>
    <message>
        <source>Nothing to paste: copy cells from a spreadsheet first.</source>
        <translation>没有可粘贴的内容：请先从电子表格中复制单元格。</translation>
    </message>
    <message>
        <source>Nothing was pasted: the block has more rows than the grid below the chosen cell.</source>
        <translation>未粘贴：复制区域的行数超过所选单元格以下的表格行数。</translation>
    </message>
    <message>
        <source>Nothing was pasted. %1</source>
        <translation>未粘贴。%1</translation>
    </message>
    <message>
        <source>The block has more columns than the grid.</source>
        <translation>复制区域的列数超过表格列数。</translation>
    </message>
    <message>
        <source>Nothing to paste: the copied cells are empty.</source>
        <translation>没有可粘贴的内容：复制的单元格为空。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation>
            <numerusform>粘贴 %n 项数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: kept the figures changed meanwhile in the file.</source>
        <translation>未保存任何内容：已保留文件中他人刚修改的数据。</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryGridModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>this cell cannot be changed.</source>
        <translation>此单元格不能修改。</translation>
    </message>
    <message>
        <source>enter the figure first, then its note.</source>
        <translation>请先填写数据，再填写备注。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Σ %n counties</source>
        <translation>
            <numerusform>Σ %n 个县区</numerusform>
        </translation>
    </message>
    <message>
        <source>The sum of %1 of %2 counties&apos; figures, computed, so read-only: change the counties&apos; figures instead.</source>
        <translation>%2 个县区中 %1 个县区数据的合计，由程序计算，只读：请修改各县区的数据。</translation>
    </message>
    <message>
        <source>Q%1 is %2 and locked: only a leader can change it.</source>
        <translation>第%1季度（%2）已锁定：只有领导可以修改。</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Year figure</source>
        <translation>全年数据</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Status Q%1</source>
        <translation>第%1季度状态</translation>
    </message>
    <message>
        <source>Note Q%1</source>
        <translation>第%1季度备注</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 is the sum of its %n counties&apos; figures, computed: enter the figures in each county (choose it under Org unit).</source>
        <translation>
            <numerusform>%2的“%1”是所辖%n个县区数据的合计，自动计算，不能直接录入：请在各县区中录入（在“单位”中选择）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Q%1 is %2 and locked: nothing typed is saved. A leader can change it, or return the quarter (Quarter &gt; Return Quarter…) to open it again.</source>
        <translation>第%1季度%2，已锁定：录入的内容不会保存。领导可以修改，或退回该季度（季度 &gt; 退回季度…）后重新录入。</translation>
    </message>
    <message numerus="yes">
        <source>The sum of the %n counties&apos; figures, computed, so read-only: change the counties&apos; figures instead.</source>
        <translation>
            <numerusform>%n 个县区数据的合计，由程序计算，只读：请修改各县区的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Q%1
(locked)</source>
        <translation>第%1季度
（已锁定）</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryPage</name>
    <message>
        <source>Cannot Read File</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>open for entry</source>
        <translation>可录入</translation>
    </message>
    <message>
        <source>submitted, locked</source>
        <translation>已上报，已锁定</translation>
    </message>
    <message>
        <source>approved, locked</source>
        <translation>已审核，已锁定</translation>
    </message>
    <message>
        <source>returned, open again</source>
        <translation>已退回，可重新录入</translation>
    </message>
    <message>
        <source>Q%1 is %2</source>
        <translation>第%1季度：%2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>检查（%1）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>修改记录：%1</translation>
    </message>
    <message>
        <source>(own figure, not the Σ)</source>
        <translation>（本单位自填数，非县区合计）</translation>
    </message>
</context>
<context>
    <name>zhibiao::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>O&amp;rg unit:</source>
        <translation>单位(&amp;R)：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Indicators (the catalogue)</source>
        <translation>指标（指标目录）</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Entry template (figures to fill in)</source>
        <translation>录入模板（待填写的数据）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>One row per indicator for the org unit and quarter, with empty value and note cells to fill in. Cumulative indicators take the total from the start of the year. Import the filled file with File &gt; Import.</source>
        <translation>该单位该季度每项指标一行，数值和备注单元格留空待填。累计类指标填写年初至今的累计数。填好后通过“文件 &gt; 导入”导入。</translation>
    </message>
    <message>
        <source>The same columns as the interchange CSV files (docs/interchange.md); such a file imports back unchanged.</source>
        <translation>列与交换格式 CSV 文件相同（见 docs/interchange.md）；此类文件可原样导回。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>%1

Choose another folder or file name and try again.</source>
        <translation>%1

请选择其他文件夹或文件名后重试。</translation>
    </message>
</context>
<context>
    <name>zhibiao::Exporter</name>
    <message>
        <source>no org unit with the code &apos;%1&apos;</source>
        <translation>没有代码为“%1”的单位</translation>
    </message>
    <message>
        <source>the quarter must be 1, 2, 3 or 4</source>
        <translation>季度必须是 1、2、3 或 4</translation>
    </message>
</context>
<context>
    <name>zhibiao::FileActions</name>
    <message>
        <source>Open Bureau File</source>
        <translation>打开单位数据文件</translation>
    </message>
    <message>
        <source>Zhibiao files (*.zhibiao *.db);;All files (*)</source>
        <translation>指标数据文件 (*.zhibiao *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zhibiao::HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Zhibiao</source>
        <translation>关于指标(&amp;A)</translation>
    </message>
    <message>
        <source>About Zhibiao</source>
        <translation>关于指标</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zhibiao (指标) %1&lt;/h3&gt;&lt;p&gt;Annual targets of a bureau: quarterly figures, completion against the year&apos;s schedule, and the year-end report.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;指标（Zhibiao）%1&lt;/h3&gt;&lt;p&gt;管理本局年度目标：按季度录入数据，对照序时进度查看完成情况，生成年度工作总结。&lt;/p&gt;&lt;p&gt;基于 Qt %2 与 SQLite。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the cell and go down</source>
        <translation>保存本格并下移</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Save the cell and go right</source>
        <translation>保存本格并右移</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Leave the cell as it was</source>
        <translation>放弃修改，恢复原值</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Open a menu or a field by its underlined letter</source>
        <translation>按带下划线的字母打开菜单或跳到输入框</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation (%1).</source>
        <translation>本安装缺少用户指南（%1）。</translation>
    </message>
</context>
<context>
    <name>zhibiao::HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row</source>
        <translation>带表头行的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the file again after correcting it</source>
        <translation>更正文件后重新读取</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Tell from the header row</source>
        <translation>根据表头行判断</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现值</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file. Nothing is written before you press Import.</source>
        <translation>请选择 CSV 或 XLSX 文件。点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Interchange files (*.csv *.xlsx);;All files (*)</source>
        <translation>交换文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The header row does not tell which kind of file this is. Choose the kind above, or correct the header row (see docs/interchange.md).</source>
        <translation>无法根据表头行判断文件类别。请在上方选择类别，或更正表头行（见 docs/interchange.md）。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows — %4 new, %5 changed, %6 unchanged, %7 refused.</source>
        <translation>%1（%2）：共 %3 行——新增 %4，修改 %5，未变 %6，拒绝 %7。</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1. Correct it and press Reload.</source>
        <translation>无法导入该文件：%1。请更正后点击“重新读取”。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused (in red, with the reason). Nothing is imported while any row is refused: correct or delete those rows in the file, save it, and press Reload.</source>
        <translation>
            <numerusform>有 %n 行被拒绝（红色标出，并注明原因）。只要有被拒绝的行，就不会导入任何数据：请在文件中更正或删除这些行，保存后点击“重新读取”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row matches the database.</source>
        <translation>无需导入：每一行都与数据库一致。</translation>
    </message>
    <message numerus="yes">
        <source>Press Import to write the %n new or changed row(s), all in one step.</source>
        <translation>
            <numerusform>点击“导入”，一次性写入 %n 个新增或修改的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>已导入：新增 %1，修改 %2，未变 %3。</translation>
    </message>
    <message>
        <source>⚠ Check: %1</source>
        <translation>⚠ 请核对：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look unusual (⚠ in the Reason column, with what to check); they are imported as they are.</source>
        <translation>
            <numerusform>有 %n 行数据看起来异常（“原因”列中标有 ⚠，并注明需核对之处）；将按原样导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportFile</name>
    <message>
        <source>%1 is an Excel 97-2003 workbook; save it as an Excel Workbook (.xlsx) or CSV (UTF-8) and import that</source>
        <translation>%1 是 Excel 97-2003 工作簿；请另存为 Excel 工作簿 (.xlsx) 或 CSV (UTF-8) 后再导入</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportPreview</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and locked: only a leader can change its figures. Ask a leader to return the quarter, or delete this row from the file.</source>
        <translation>%1 %2（%3）已锁定：只有领导可以修改其数据。请领导退回该季度，或从文件中删除此行。</translation>
    </message>
</context>
<context>
    <name>zhibiao::Importer</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use digits and one &apos;.&apos; for decimals, no thousands separators or units)</source>
        <translation>“%1”不是数字（请只用数字和一个小数点“.”，不要千位分隔符或单位）</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header row: %1</source>
        <translation>文件为空；需要表头行：%1</translation>
    </message>
    <message>
        <source>the header row lacks the column(s) %1; a %2 file has: %3</source>
        <translation>表头缺少列 %1；%2 文件的列为：%3</translation>
    </message>
    <message>
        <source>%1 appears more than once in the file</source>
        <translation>%1 在文件中出现了不止一次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of cumulative, stock, rate, growth</source>
        <translation>“%1”不是 cumulative、stock、rate、growth 之一</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of higher, ceiling</source>
        <translation>“%1”不是 higher、ceiling 之一</translation>
    </message>
    <message>
        <source>an indicator cannot be its own parent</source>
        <translation>指标不能以自身为上级</translation>
    </message>
    <message>
        <source>no indicator with the code %1</source>
        <translation>没有代码为 %1 的指标</translation>
    </message>
    <message>
        <source>the code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>an org unit cannot be its own parent</source>
        <translation>单位不能以自身为上级</translation>
    </message>
    <message>
        <source>no org unit with the code %1</source>
        <translation>没有代码为 %1 的单位</translation>
    </message>
    <message>
        <source>the bureau already has its root %1; give this unit a parent</source>
        <translation>本单位已有根单位 %1；请为该单位指定上级</translation>
    </message>
    <message>
        <source>a unit without parent (the root)</source>
        <translation>无上级的单位（根单位）</translation>
    </message>
    <message>
        <source>no indicator with the code %1 in the catalogue; import it with the indicators first</source>
        <translation>指标目录中没有代码为 %1 的指标；请先导入指标</translation>
    </message>
    <message>
        <source>the figure %1/%2/%3Q%4</source>
        <translation>数据 %1/%2/%3年第%4季度</translation>
    </message>
    <message>
        <source>the target %1/%2/%3</source>
        <translation>目标 %1/%2/%3年</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>row %1, cell %2 (%3): %4</source>
        <translation>第 %1 行，单元格 %2（%3）：%4</translation>
    </message>
    <message>
        <source>nothing was imported into %1: %2</source>
        <translation>未向 %1 导入任何数据：%2</translation>
    </message>
    <message>
        <source>the line has %1 fields, but the header has %2: a comma too many, or a value with a comma that needs quotes</source>
        <translation>该行有 %1 个字段，但表头有 %2 个：多了一个逗号，或含逗号的值需要加引号</translation>
    </message>
    <message>
        <source>the line has %1 of the header&apos;s %2 fields: a field (or its comma) is missing</source>
        <translation>该行只有表头 %2 个字段中的 %1 个：缺少一个字段（或其逗号）</translation>
    </message>
    <message>
        <source>cell %1 holds a value right of the header&apos;s last column</source>
        <translation>单元格 %1 位于表头最后一列的右侧，却有数值</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
</context>
<context>
    <name>zhibiao::Indicator</name>
    <message>
        <source>&apos;%1&apos; is not KEY=TEMPLATE (such as rate.above=超{target}的年度目标{diff})</source>
        <translation>“%1”不是“键=句式”的写法（如 rate.above=超{target}的年度目标{diff}）</translation>
    </message>
</context>
<context>
    <name>zhibiao::InitCommand</name>
    <message>
        <source>%1 already exists; init makes a new bureau file and never writes over one. It was not changed. Give a new file name, or work with this one through the other commands.</source>
        <translation>%1 已存在；init 只新建单位文件，绝不覆盖已有文件。文件未被修改。请给出新文件名，或用其他命令处理该文件。</translation>
    </message>
    <message>
        <source>%1 already holds a bureau of its own: the demo would write its values over its figures, so it was not installed and nothing was changed (--force does not change that). Put the demo into a new file: zhibiao-cli --db demo.zhibiao init --demo</source>
        <translation>%1 已保存本单位自己的数据：演示数据会覆盖其中的数字，因此未安装演示数据，也未作任何修改（--force 也不例外）。请把演示数据放入新文件：zhibiao-cli --db demo.zhibiao init --demo</translation>
    </message>
    <message>
        <source>Demo bureau ready in %1 (%2 rows).</source>
        <translation>演示单位已就绪：%1（%2 行）。</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>数据库已就绪：%1</translation>
    </message>
    <message>
        <source>%1 is its administrator; add the others with: zhibiao-cli --db %2 --user %1 users add NAME --role staff|leader|admin</source>
        <translation>%1 是其管理员；其他用户请这样添加：zhibiao-cli --db %2 --user %1 users add 姓名 --role staff|leader|admin</translation>
    </message>
</context>
<context>
    <name>zhibiao::InstanceLock</name>
    <message>
        <source>%1 is already open in %2 (process %3 on the computer &quot;%4&quot;). Only one program at a time may change a bureau file: close it there first, or open a copy to read it.</source>
        <translation>%1 已在%2中打开（计算机“%4”上的进程 %3）。同一时间只能有一个程序修改单位数据文件：请先在那里关闭它，或打开副本进行查看。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>%1 is already open in another program. Close it there first.</source>
        <translation>%1 已在另一个程序中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: the folder is not writable. Copy the database to a folder you can write to.</source>
        <translation>无法创建锁文件 %1：该文件夹不可写。请将数据库复制到有写权限的文件夹。</translation>
    </message>
    <message>
        <source>Cannot lock %1 for this program.</source>
        <translation>无法为本程序锁定 %1。</translation>
    </message>
</context>
<context>
    <name>zhibiao::Interchange</name>
    <message>
        <source>indicators</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>org units</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>zhibiao::MainWindow</name>
    <message>
        <source>Zhibiao</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The years with targets or figures</source>
        <translation>有目标或数据的年份</translation>
    </message>
    <message>
        <source>Figures as at the end of this quarter</source>
        <translation>截至该季度末的数据</translation>
    </message>
    <message>
        <source>&amp;Org unit:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bureau file</source>
        <translation>打开单位数据文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — Zhibiao</source>
        <translation>%1 — 指标</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>This file has no targets or figures yet.</source>
        <translation>该文件还没有目标或数据。</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>未打开文件。</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Where this quarter of the chosen org unit stands: open, submitted, approved or returned</source>
        <translation>所选单位本季度的状态：可录入、已上报、已审核或已退回</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty bureau file</source>
        <translation>新建空白单位数据文件</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet at the current cell</source>
        <translation>在当前单元格处粘贴从电子表格复制的单元格</translation>
    </message>
    <message>
        <source>&amp;Submit Quarter</source>
        <translation>上报本季度(&amp;S)</translation>
    </message>
    <message>
        <source>Hand in the chosen quarter of the chosen org unit; it becomes read-only</source>
        <translation>上报所选单位的所选季度；上报后变为只读</translation>
    </message>
    <message>
        <source>&amp;Approve Quarter</source>
        <translation>审核通过本季度(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the submitted quarter</source>
        <translation>审核通过已上报的季度</translation>
    </message>
    <message>
        <source>&amp;Return Quarter…</source>
        <translation>退回本季度(&amp;R)…</translation>
    </message>
    <message>
        <source>Send the quarter back to its staff with a reason</source>
        <translation>注明原因，将本季度退回给录入员</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>File In Use</source>
        <translation>文件正在使用中</translation>
    </message>
    <message>
        <source>Risky Folder</source>
        <translation>文件夹存在风险</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the replaced file is kept as %3.</source>
        <translation>已从 %2 恢复 %1；被替换的文件已保留为 %3。</translation>
    </message>
    <message>
        <source>Italic blue (Σ): the counties&apos; sum, computed — enter figures in each county · Grey on a shaded ground: a locked quarter · ⚠: a figure to check (hover over it for why)</source>
        <translation>蓝色斜体（Σ）：各县区合计，自动计算，请在各县区录入 · 灰底灰字：已锁定的季度 · ⚠：需核对的数据（鼠标悬停可查看原因）</translation>
    </message>
    <message>
        <source>Q&amp;uarter:</source>
        <translation>季度(&amp;U)：</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>录入(&amp;N)</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>概览(&amp;W)</translation>
    </message>
    <message>
        <source>Submit Quarter</source>
        <translation>上报本季度</translation>
    </message>
    <message>
        <source>Approve Quarter</source>
        <translation>审核通过本季度</translation>
    </message>
    <message>
        <source>Return Quarter…</source>
        <translation>退回本季度…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
</context>
<context>
    <name>zhibiao::NarrativeFile</name>
    <message>
        <source>the file is empty; it needs the header row: %1</source>
        <translation>文件是空的；需要表头行：%1</translation>
    </message>
    <message>
        <source>the header row lacks the column %1; a narratives file has: %2</source>
        <translation>表头缺少 %1 列；文字材料文件的列为：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year such as 2019</source>
        <translation>“%1”不是年份（如 2019）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not practice (二、主要做法) or plan (三、工作谋划)</source>
        <translation>“%1”不是 practice（二、主要做法）或 plan（三、工作谋划）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>the theme %1 of %2 %3 appears more than once</source>
        <translation>%2 年 %3 的主题“%1”出现了不止一次</translation>
    </message>
</context>
<context>
    <name>zhibiao::NarrativesCommand</name>
    <message>
        <source>narratives takes export FILE [--year Y] or import FILE</source>
        <translation>narratives 的用法：export 文件 [--year 年] 或 import 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n narrative(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条文字材料写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed. Correct what is listed above and import the file again.</source>
        <translation>%1 未导入，未作任何修改。请改正上面列出的问题后重新导入。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n narrative(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条文字材料。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::Navigator</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>zhibiao::NewBureau</name>
    <message>
        <source>The bureau needs a name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>The city needs a name.</source>
        <translation>请填写城市名称。</translation>
    </message>
    <message>
        <source>Name at least one county or district.</source>
        <translation>请至少填写一个县区。</translation>
    </message>
    <message>
        <source>Each county or district can be named only once.</source>
        <translation>每个县区只能填写一次。</translation>
    </message>
    <message>
        <source>The first year must be a year such as 2019.</source>
        <translation>起始年份必须是年份，例如 2019。</translation>
    </message>
    <message>
        <source>Give your name: you become the file&apos;s administrator.</source>
        <translation>请填写您的姓名：您将成为该文件的管理员。</translation>
    </message>
    <message>
        <source>Your name cannot be used: %1.</source>
        <translation>您的姓名无法使用：%1。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; cannot be used: %2.</source>
        <translation>名称“%1”无法使用：%2。</translation>
    </message>
</context>
<context>
    <name>zhibiao::NumberInput</name>
    <message>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Only numbers can be entered here.</source>
        <translation>此处只能输入数字。</translation>
    </message>
    <message>
        <source>A number has only one decimal point.</source>
        <translation>数字只能有一个小数点。</translation>
    </message>
    <message>
        <source>Type the number without thousands separators (1234, not 1,234).</source>
        <translation>请不要输入千位分隔符（应输入1234，而不是1,234）；小数点请用“.”。</translation>
    </message>
    <message>
        <source>This figure is a whole number: no decimals.</source>
        <translation>此数据为整数，不能有小数。</translation>
    </message>
    <message numerus="yes">
        <source>This figure has at most %n decimal(s).</source>
        <translation>
            <numerusform>此数据最多保留%n位小数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::OutputFile</name>
    <message>
        <source>No output file was given.</source>
        <translation>未给出输出文件。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 是文件夹。请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>%1 is the bureau&apos;s own database %2 (or a file SQLite keeps beside it): writing there would destroy it. Nothing was written; choose another file name.</source>
        <translation>%1 就是本单位的数据库 %2（或 SQLite 在其旁保存的文件）：写入会毁掉它。未写入任何内容；请另选文件名。</translation>
    </message>
    <message>
        <source>%1 is a Zhibiao bureau database: writing there would destroy it. Nothing was written; choose another file name.</source>
        <translation>%1 是一个指标单位数据库：写入会毁掉它。未写入任何内容；请另选文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check that the folder exists and that you may write there, and that the disk has room.</source>
        <translation>无法写入 %1：%2。未写入任何内容；请检查文件夹是否存在、是否有写入权限、磁盘是否有空间。</translation>
    </message>
</context>
<context>
    <name>zhibiao::OverviewTab</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 on track</source>
        <translation>%1 项符合序时进度</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 项滞后</translation>
    </message>
    <message>
        <source>%1 seriously behind</source>
        <translation>%1 项严重滞后</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 项已完成</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 项未完成</translation>
    </message>
    <message>
        <source>%1 without target</source>
        <translation>%1 项无目标</translation>
    </message>
    <message>
        <source>%1 without figures</source>
        <translation>%1 项无数据</translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>1 项指标</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 项指标</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>zhibiao::PathCheck</name>
    <message>
        <source>%1 is on a network filesystem (%2). SQLite cannot lock a file or keep its write-ahead log safely there, so two people or two computers writing at once can damage it. Copy the file to a folder on this computer and open the copy; a shared folder cannot be used by two people at once. A multi-user server deployment is planned for bureaus that need it.</source>
        <translation>%1 位于网络文件系统（%2）上。SQLite 在那里无法可靠地锁定文件或保存预写日志，两人或两台计算机同时写入可能损坏文件。请将文件复制到本机的文件夹并打开副本；共享文件夹不能由两人同时使用。面向有需要的单位的多用户服务器部署方案正在规划中。</translation>
    </message>
    <message>
        <source>%1 is inside the cloud-sync folder &quot;%2&quot;. A sync program copies the file while it is open, can upload it half-written and can bring back an older copy, which loses or damages figures. Move the file to a local folder outside &quot;%2&quot; and open it there; to keep a copy in the cloud, save backups there with zhibiao-cli backup --to FOLDER. A multi-user server deployment is planned for bureaus that need to share one file.</source>
        <translation>%1 位于云同步文件夹“%2”内。同步程序会在文件打开期间复制它，可能上传写了一半的文件，也可能拿回旧副本，导致数据丢失或损坏。请将文件移到“%2”以外的本地文件夹后再打开；如需在云端保留副本，请用 zhibiao-cli backup --to 文件夹 将备份保存到那里。面向需要共用一个文件的单位的多用户服务器部署方案正在规划中。</translation>
    </message>
</context>
<context>
    <name>zhibiao::PeriodBar</name>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>zhibiao::PlaceholderLabel</name>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>number without unit</source>
        <translation>不带单位的数值</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>next year&apos;s target</source>
        <translation>下一年目标</translation>
    </message>
    <message>
        <source>the report&apos;s period (一季度 … 全年)</source>
        <translation>报告期间（一季度……全年）</translation>
    </message>
    <message>
        <source>the report&apos;s year</source>
        <translation>报告年份</translation>
    </message>
    <message>
        <source>the year after</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>difference from the target</source>
        <translation>与目标之差</translation>
    </message>
    <message numerus="yes">
        <source>%n decimal(s)</source>
        <translation>
            <numerusform>%n 位小数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::PlaceholderTextEdit</name>
    <message>
        <source>This placeholder names no indicator, org unit or value of this bureau: it will print as a blank.</source>
        <translation>此占位符指向的指标、单位或取值在本单位中不存在，将打印为空白。</translation>
    </message>
</context>
<context>
    <name>zhibiao::Plausibility</name>
    <message>
        <source>The year-to-date figure %1 is lower than Q%2&apos;s %3: a year-to-date total cannot go down.</source>
        <translation>年初至今累计数 %1 低于第%2季度的 %3：累计数不应减少。</translation>
    </message>
    <message>
        <source>A rate of %1% is outside 0–100%.</source>
        <translation>比率 %1% 超出 0–100% 范围。</translation>
    </message>
    <message>
        <source>%1 is far from the same quarter last year (%2): more than three times or under a third of it.</source>
        <translation>%1 与上年同期（%2）相差过大：超过其三倍或不足其三分之一。</translation>
    </message>
    <message>
        <source>The status is red and no note says why: add a note.</source>
        <translation>状态为红色但没有备注说明原因：请添加备注。</translation>
    </message>
    <message>
        <source>The city&apos;s own figure %1 differs from its counties&apos; sum %2; every view and the report use the sum. Correct the counties&apos; figures, or delete the city&apos;s own.</source>
        <translation>本级自填数%1与所辖县区合计%2不一致；各视图和报告均采用合计数。请更正县区数据，或删除本级自填数。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ProfileCommand</name>
    <message>
        <source>--date takes a date such as 2019-12-20 (or an empty text to clear it)</source>
        <translation>--date 需要日期，如 2019-12-20（或空白以清除）</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>所在地：%1</translation>
    </message>
    <message>
        <source>bureau: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>落款单位：%1</translation>
    </message>
    <message>
        <source>leadership: %1</source>
        <translation>领导单位：%1</translation>
    </message>
    <message>
        <source>report date: %1</source>
        <translation>报告日期：%1</translation>
    </message>
    <message>
        <source>the day the report is written</source>
        <translation>报告生成当日</translation>
    </message>
</context>
<context>
    <name>zhibiao::QuarterActions</name>
    <message>
        <source>%1 %2 Q%3</source>
        <translation>%1 %2年第%3季度</translation>
    </message>
    <message>
        <source>%1 is submitted and now read-only; a leader approves or returns it.</source>
        <translation>%1 已上报，现为只读；由领导审核通过或退回。</translation>
    </message>
    <message>
        <source>%1 is approved.</source>
        <translation>%1 已审核通过。</translation>
    </message>
    <message>
        <source>%1 is returned to its staff and open again.</source>
        <translation>%1 已退回给录入员，可重新录入。</translation>
    </message>
</context>
<context>
    <name>zhibiao::QuarterState</name>
    <message>
        <source>open</source>
        <translation>填报中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>zhibiao::QuarterStateRepository</name>
    <message>
        <source>%1 %2 cannot be changed: %3</source>
        <translation>%1 %2 不能变更：%3</translation>
    </message>
    <message>
        <source>no org unit with the code %1</source>
        <translation>没有代码为 %1 的单位</translation>
    </message>
</context>
<context>
    <name>zhibiao::QuarterWorkflow</name>
    <message>
        <source>the quarter is already submitted</source>
        <translation>该季度已上报</translation>
    </message>
    <message>
        <source>the quarter is already approved</source>
        <translation>该季度已审核通过</translation>
    </message>
    <message>
        <source>only a leader can approve a quarter</source>
        <translation>只有领导可以审核季度数据</translation>
    </message>
    <message>
        <source>only a submitted quarter can be approved</source>
        <translation>只有已上报的季度才能审核</translation>
    </message>
    <message>
        <source>only a leader can return a quarter</source>
        <translation>只有领导可以退回季度数据</translation>
    </message>
    <message>
        <source>only a submitted or approved quarter can be returned</source>
        <translation>只有已上报或已审核的季度才能退回</translation>
    </message>
    <message>
        <source>returning a quarter needs a reason (--reason TEXT)</source>
        <translation>退回季度需要说明原因（--reason 原因）</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>未知操作</translation>
    </message>
</context>
<context>
    <name>zhibiao::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportBuilder</name>
    <message>
        <source>no figure of this category in %1 up to Q%2; it is left out of the report</source>
        <translation>%1 年截至第 %2 季度该类别没有任何数据，报告中略去</translation>
    </message>
    <message>
        <source>no indicator of that code in the catalogue</source>
        <translation>指标目录中没有该代码的指标</translation>
    </message>
    <message>
        <source>no org unit of that code</source>
        <translation>没有该代码的单位</translation>
    </message>
    <message>
        <source>no figure of it in %1 up to Q%2</source>
        <translation>%1 年截至第 %2 季度没有该指标的数据</translation>
    </message>
    <message>
        <source>it has no target for %1</source>
        <translation>该指标没有 %1 年的目标</translation>
    </message>
    <message>
        <source>no target for %1 has been adopted yet</source>
        <translation>尚未采纳 %1 年的目标</translation>
    </message>
    <message>
        <source>no text has been written for this section</source>
        <translation>这一部分尚未填写文字</translation>
    </message>
    <message>
        <source>not a placeholder this program knows (write {{CODE.value}}, {{CODE.target}}, {{CODE.completion}}, {{CODE.number}}, {{CODE.next_target}}, {{CODE.difference}}, {{period}}, optionally @ORG and :DECIMALS)</source>
        <translation>不是本程序认识的占位符（可写 {{CODE.value}}、{{CODE.target}}、{{CODE.completion}}、{{CODE.number}}、{{CODE.next_target}}、{{CODE.difference}}、{{period}}，可加 @单位代码 和 :小数位数）</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportCommand</name>
    <message>
        <source>unknown report format &apos;%1&apos;</source>
        <translation>未知的报告格式“%1”</translation>
    </message>
    <message>
        <source>no org unit with the code &apos;%1&apos;</source>
        <translation>没有代码为“%1”的单位</translation>
    </message>
    <message>
        <source>There are no figures for %1 up to Q%2 for %3, so there is nothing to report. Nothing was written. Import or enter that period&apos;s figures first, or choose a year that has them.</source>
        <translation>%3 在 %1 年截至第 %2 季度没有任何数据，报告无从写起。未写入任何内容。请先导入或录入该期数据，或选择有数据的年份。</translation>
    </message>
    <message numerus="yes">
        <source>the report has %n gap(s), listed above; nothing was written</source>
        <translation>
            <numerusform>报告有 %n 处缺项（见上）；未写入任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) of the narratives have no value (listed above), so the report was not written. Correct the narratives, or write it anyway with --allow-blanks (they print as a marked blank).</source>
        <translation>
            <numerusform>文字材料中有 %n 个占位符没有值（见上），因此未写出报告。请改正文字材料，或加 --allow-blanks 照样写出（这些位置会标为留空）。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF, ODT and DOCX output need the font database of a GUI application</source>
        <translation>PDF、ODT 和 DOCX 输出需要图形界面程序的字体库</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出工作总结</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>PDF, ready to print (GB/T 9704)</source>
        <translation>PDF，可直接打印（GB/T 9704）</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本（ODT）</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <source>Plain text (TXT)</source>
        <translation>纯文本（TXT）</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) have no value and will print as a blank: %1</source>
        <translation>
            <numerusform>有 %n 个占位符没有取值，将打印为空白：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Word document (DOCX), for Word and WPS</source>
        <translation>Word 文档（DOCX），供 Word 和 WPS 使用</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportFontsDialog</name>
    <message>
        <source>Report Fonts</source>
        <translation>报告字体</translation>
    </message>
    <message>
        <source>Title (小标宋):</source>
        <translation>标题（小标宋）：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Body (仿宋):</source>
        <translation>正文（仿宋）：</translation>
    </message>
    <message>
        <source>Headings 一、 (黑体):</source>
        <translation>一级标题 一、（黑体）：</translation>
    </message>
    <message>
        <source>Subheadings （一） (楷体):</source>
        <translation>二级标题 （一）（楷体）：</translation>
    </message>
    <message>
        <source>Table text size:</source>
        <translation>表格字号：</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportNarrativeEditor</name>
    <message>
        <source>二 Practice (主要做法)</source>
        <translation>二、主要做法</translation>
    </message>
    <message>
        <source>三 Plan (工作谋划)</source>
        <translation>三、工作谋划</translation>
    </message>
    <message>
        <source>Add theme…</source>
        <translation>添加主题…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Start from last year&apos;s text</source>
        <translation>以上年文本为基础</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>number without unit</source>
        <translation>不带单位的数值</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>&amp;Save narratives</source>
        <translation>保存文字材料(&amp;S)</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Placeholder:</source>
        <translation>占位符：</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新主题</translation>
    </message>
    <message>
        <source>Theme of the new subsection:</source>
        <translation>新小节的主题：</translation>
    </message>
    <message>
        <source>Narratives not saved</source>
        <translation>文字材料未保存</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>文字材料</translation>
    </message>
    <message>
        <source>own org unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>All placeholders have values.</source>
        <translation>所有占位符均有取值。</translation>
    </message>
    <message numerus="yes">
        <source>No value (%n):</source>
        <translation>
            <numerusform>无取值（%n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no narratives in this section.</source>
        <translation>%1 在本部分没有文字材料。</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n theme(s) of this section with last year&apos;s text? Nothing is written until you save.</source>
        <translation>
            <numerusform>用上年文本替换本部分的 %n 个主题吗？保存之前不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every theme needs a title.</source>
        <translation>每个主题都需要标题。</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; appears twice; rename one.</source>
        <translation>主题“%1”出现了两次；请重命名其中一个。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportPhrasesDialog</name>
    <message>
        <source>Report Phrasing</source>
        <translation>报告措辞</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认措辞</translation>
    </message>
    <message>
        <source>This bureau&apos;s wording</source>
        <translation>本单位措辞</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>{slot} names a value the report fills in. Edit the wording of the third column; rows in bold differ from the default.</source>
        <translation>{slot} 表示由报告填入的数值。请编辑第三列的措辞；粗体行表示与默认措辞不同。</translation>
    </message>
    <message>
        <source>Phrasing not saved</source>
        <translation>措辞未保存</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportPreview</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>使页面适合窗口宽度</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>无页面</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3%</source>
        <translation>第 %1 页，共 %2 页 · %3%</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportStyle</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>heading 1</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>heading 2</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>%1 %2 not installed, used %3</source>
        <translation>%1%2未安装，改用%3</translation>
    </message>
    <message>
        <source>Fonts: %1</source>
        <translation>字体：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportTargetsCommand</name>
    <message>
        <source>no target proposals for %1: no targets with figures for that year, or no such org unit</source>
        <translation>%1 没有目标建议值：该年度没有既有目标又有数据的指标，或没有该单位</translation>
    </message>
    <message>
        <source>Adopted as %1 targets: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已采纳为 %1 年目标：新增 %2，修改 %3，未变 %4。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportTargetsTable</name>
    <message>
        <source>Proposed from this year&apos;s figures and last year&apos;s growth. Edit the proposed values, then adopt them.</source>
        <translation>根据本年数据和上年增长情况提出建议值。可编辑建议值，然后予以采纳。</translation>
    </message>
    <message>
        <source>Adopt targets</source>
        <translation>采纳目标</translation>
    </message>
    <message>
        <source>Adopt as %1 targets…</source>
        <translation>采纳为 %1 年目标…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1年目标</translation>
    </message>
    <message>
        <source>%1 figure</source>
        <translation>%1年数据</translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation>%1年建议值</translation>
    </message>
    <message>
        <source>No proposals: %1 has no targets with figures.</source>
        <translation>无建议值：%1 没有既有目标又有数据的指标。</translation>
    </message>
    <message>
        <source>Every proposed value must be a number; correct the Proposed column.</source>
        <translation>每个建议值都必须是数字；请更正建议值一列。</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n value(s) as the %1 targets of the city? The change is recorded under your name.</source>
        <translation>
            <numerusform>将这 %n 个数值写入为全市 %1 年目标吗？该修改将以您的名义记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n target(s) with other values. Replace them?</source>
        <translation>
            <numerusform>%1 年已有 %n 个不同数值的目标。要替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopted as %1 targets: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已采纳为 %1 年目标：新增 %2，修改 %3，未变 %4。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportWindow</name>
    <message>
        <source>Year-End Report</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <source>Q1 (一季度)</source>
        <translation>一季度</translation>
    </message>
    <message>
        <source>First half (上半年)</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Q1–Q3 (前三季度)</source>
        <translation>前三季度</translation>
    </message>
    <message>
        <source>Whole year (全年)</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>工作总结</translation>
    </message>
    <message>
        <source>Year: </source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>  Covering: </source>
        <translation>  统计期间：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Phrasing…</source>
        <translation>措辞(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Fonts…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Narratives (二, 三)</source>
        <translation>文字材料（二、三）</translation>
    </message>
    <message>
        <source>Next-Year Targets</source>
        <translation>下一年度目标</translation>
    </message>
    <message>
        <source>Narratives saved.</source>
        <translation>文字材料已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); placeholders without a value: %1</source>
        <translation>
            <numerusform>共 %n 页；无取值的占位符：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>The narratives have unsaved changes. Save them before exporting?</source>
        <translation>文字材料有未保存的修改。导出前要保存吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) have no value and will print as a blank: %1. Export anyway?</source>
        <translation>
            <numerusform>有 %n 个占位符没有取值，将打印为空白：%1。仍要导出吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>The narratives have unsaved changes. Save them?</source>
        <translation>文字材料有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <source>The narratives were not saved: %1</source>
        <translation>文字材料未能保存：%1</translation>
    </message>
    <message>
        <source>From &amp;Last Year&apos;s Report…</source>
        <translation>从上年报告生成模板(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>zhibiao::RestoreActions</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Replace %1 with the backup made %2?

The current file is kept as %3.</source>
        <translation>用 %2 的备份替换 %1 吗？

当前文件将保留为 %3。</translation>
    </message>
</context>
<context>
    <name>zhibiao::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the copy of %1 to put back. The current file is kept as %2, so the restore can be undone.</source>
        <translation>请选择要恢复的 %1 副本。当前文件将保留为 %2，因此恢复可以撤回。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>No backups of %1 were found in its backup folder. Choose a backup file with &quot;Choose File…&quot;.</source>
        <translation>在备份文件夹中没有找到 %1 的备份。请用“选择文件…”选择一个备份文件。</translation>
    </message>
    <message>
        <source>Before the upgrade from schema %1</source>
        <translation>升级前副本（结构版本 %1）</translation>
    </message>
    <message>
        <source>Daily or manual copy</source>
        <translation>每日/手动副本</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>选择的文件</translation>
    </message>
    <message>
        <source>Choose Backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Zhibiao backups (*.bak);;All files (*)</source>
        <translation>指标备份 (*.bak);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReturnReasonDialog</name>
    <message>
        <source>Return Quarter</source>
        <translation>退回季度数据</translation>
    </message>
    <message>
        <source>What must be corrected before the quarter is submitted again</source>
        <translation>重新上报前需要更正的内容</translation>
    </message>
    <message>
        <source>Return %1 to its staff. Say what must be corrected; they see the reason.</source>
        <translation>将 %1 退回给录入员。请说明需要更正的内容；录入员会看到退回原因。</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>退回(&amp;R)</translation>
    </message>
</context>
<context>
    <name>zhibiao::RoleCheck</name>
    <message>
        <source>change the indicator catalogue</source>
        <translation>修改指标目录</translation>
    </message>
    <message>
        <source>retire an indicator</source>
        <translation>停用指标</translation>
    </message>
    <message>
        <source>unretire an indicator</source>
        <translation>重新启用指标</translation>
    </message>
    <message>
        <source>%1 acts as %2 and may not %3; only %4 may. Nothing was changed: sign in as one of them, or ask one of them to do it.</source>
        <translation>%1 的身份为 %2，不能%3；只有 %4 可以。未作任何改动：请以上述身份登录，或请他们代为操作。</translation>
    </message>
    <message>
        <source>An unnamed user</source>
        <translation>未具名用户</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>change targets</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>start a new target year</source>
        <translation>开始新的目标年度</translation>
    </message>
    <message>
        <source>%1 already has %2 target(s); nothing was copied. Edit them in the targets table instead of starting the year again.</source>
        <translation>%1 年已有 %2 个目标，未复制任何目标。请在目标表中编辑，不要重新开始该年度。</translation>
    </message>
    <message>
        <source>%1 has no targets of active indicators to copy; nothing was copied. Enter the %2 targets by hand.</source>
        <translation>%1 年没有可复制的在用指标目标，未复制任何目标。请手工录入 %2 年目标。</translation>
    </message>
    <message>
        <source>new year: copied from %1</source>
        <translation>新年度：复制自 %1 年</translation>
    </message>
    <message>
        <source>The indicator %1 was not saved: %2. Nothing was changed.</source>
        <translation>指标 %1 未保存：%2。未作任何修改。</translation>
    </message>
    <message>
        <source>change the org units</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <source>The org unit %1 was not saved: %2. Nothing was changed.</source>
        <translation>单位 %1 未保存：%2。未作任何修改。</translation>
    </message>
    <message>
        <source>change the bureau&apos;s names</source>
        <translation>修改单位名称</translation>
    </message>
    <message>
        <source>The bureau&apos;s names were not saved: %1.</source>
        <translation>单位名称未保存：%1。</translation>
    </message>
    <message>
        <source>change the users</source>
        <translation>修改用户</translation>
    </message>
</context>
<context>
    <name>zhibiao::SettingsActions</name>
    <message>
        <source>&amp;Welcome…</source>
        <translation>欢迎页(&amp;W)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>今日备份：%1</translation>
    </message>
    <message>
        <source>No backup could be made, so changes are refused until one can: %1</source>
        <translation>无法做备份，在能做备份之前拒绝一切修改：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Report &amp;Fonts</source>
        <translation>报告字体(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>预警(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>B&amp;ureau:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>正文(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Heading (一、):</source>
        <translation>一级标题（一、）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Subheading (（一）):</source>
        <translation>二级标题（（一））(&amp;S)：</translation>
    </message>
    <message>
        <source>Points behind 序时进度</source>
        <translation>落后序时进度的百分点</translation>
    </message>
    <message>
        <source>Percent of the expected completion</source>
        <translation>占序时进度的百分比</translation>
    </message>
    <message>
        <source>Gap &amp;measured as:</source>
        <translation>差距计算方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Be&amp;hind (yellow) above:</source>
        <translation>滞后（黄色）超过(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Seriously behind (red) above:</source>
        <translation>严重滞后（红色）超过(&amp;S)：</translation>
    </message>
    <message>
        <source>Rates behind (yellow) &amp;above, points:</source>
        <translation>比率滞后（黄色）超过（百分点）(&amp;A)：</translation>
    </message>
    <message>
        <source>Rates seriously behind (red) abo&amp;ve, points:</source>
        <translation>比率严重滞后（红色）超过（百分点）(&amp;V)：</translation>
    </message>
    <message>
        <source>Beside the bureau file</source>
        <translation>与单位数据文件同目录</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>浏览(&amp;E)…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Daily copies kept:</source>
        <translation>保留每日副本数(&amp;D)：</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>&quot;Seriously behind&quot; must start at or above &quot;behind&quot;.</source>
        <translation>“严重滞后”的起点不能低于“滞后”。</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>empty: the city and the bureau</source>
        <translation>不填：所在地加单位名称</translation>
    </message>
    <message>
        <source>e.g. 省人社厅的指导和市委、市政府的领导 (may stay empty)</source>
        <translation>如 省人社厅的指导和市委、市政府的领导（可不填）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the day the report is written</source>
        <translation>年-月-日；不填：报告生成当日</translation>
    </message>
    <message>
        <source>&amp;Issued by (落款):</source>
        <translation>落款单位(&amp;I)：</translation>
    </message>
    <message>
        <source>Lea&amp;dership named in the opening:</source>
        <translation>开头提到的领导单位(&amp;D)：</translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation>报告日期(&amp;T)：</translation>
    </message>
    <message>
        <source>The bureau&apos;s names, the issuing body, the leadership and the report date are kept in the open file and appear in its reports; an administrator may change them. A new language applies at the next start.</source>
        <translation>单位名称、落款单位、领导单位和报告日期保存在当前打开的文件中，并出现在报告里；只有管理员可以修改。新的界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Write the report date as 2019-12-20, or leave it empty.</source>
        <translation>报告日期请写成 2019-12-20 的格式，或不填。</translation>
    </message>
</context>
<context>
    <name>zhibiao::SqliteDialect</name>
    <message>
        <source>another program is writing to this bureau file and did not finish in time; try again in a moment</source>
        <translation>另一个程序正在写入本单位文件且未及时完成；请稍后再试</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file cannot be written (it, or its folder, is read-only)</source>
        <translation>文件无法写入（文件或其所在文件夹为只读）</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the file</source>
        <translation>读写文件时磁盘报告了错误</translation>
    </message>
    <message>
        <source>the database reported an unknown error</source>
        <translation>数据库报告了未知错误</translation>
    </message>
</context>
<context>
    <name>zhibiao::StatusFormatter</name>
    <message>
        <source>ahead</source>
        <translation>快于序时进度</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>seriously behind</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <source>met early</source>
        <translation>提前完成</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>zhibiao::StatusTableModel</name>
    <message>
        <source>On track</source>
        <translation>符合进度</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Seriously behind</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <source>Met early</source>
        <translation>提前完成</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation>控制在目标内</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>超出控制目标</translation>
    </message>
    <message>
        <source>%1 (Q%2)</source>
        <translation>%1（第%2季度）</translation>
    </message>
    <message>
        <source>%1 of the annual target done, %2 expected by the end of Q%3: %4 short</source>
        <translation>已完成年度目标的 %1，第%3季度末序时进度为 %2：还差 %4</translation>
    </message>
    <message>
        <source>Figure %1, target %2</source>
        <translation>实际 %1，目标 %2</translation>
    </message>
    <message>
        <source>Share of the annual target expected to be done by the end of the quarter</source>
        <translation>到季度末应完成的年度目标比例（序时进度）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Within limit, %1</source>
        <translation>控制在目标内，%1</translation>
    </message>
    <message>
        <source>Exceeded, %1</source>
        <translation>超出控制目标，%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetAdopter</name>
    <message numerus="yes">
        <source>%1 already has %n different target(s); nothing was written. Adopt with overwrite to replace them.</source>
        <translation>
            <numerusform>%1 已有 %n 个不同的目标，未写入任何数据。如需替换，请以覆盖方式采纳。</numerusform>
        </translation>
    </message>
    <message>
        <source>the targets were not adopted (nothing was written): %1</source>
        <translation>目标未被采纳（未写入任何数据）：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetsDialog</name>
    <message>
        <source>Annual Targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Org unit:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Start &amp;new year…</source>
        <translation>开始新年度(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Type a target in the Target column and Save; every change is recorded with your name.</source>
        <translation>在“目标”列中填写目标后保存；每次修改都会以您的名义记录。</translation>
    </message>
    <message>
        <source>%1 may read the targets; only an admin or a leader may change them. Ask one of them for changes.</source>
        <translation>%1 可以查看目标；只有管理员或领导可以修改。如需修改，请联系他们。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Unsaved Targets</source>
        <translation>目标未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) are edited but not saved. Discard them?</source>
        <translation>
            <numerusform>有 %n 个目标已编辑但未保存。要放弃这些修改吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no targets for %2 yet: type them in, or use Start new year… to copy last year&apos;s.</source>
        <translation>%2 还没有 %1 年的目标：请直接填写，或使用“开始新年度…”复制上年目标。</translation>
    </message>
    <message>
        <source>A target cannot be removed here; type the value it should have.</source>
        <translation>此处不能删除目标；请填写应有的数值。</translation>
    </message>
    <message>
        <source>Target of %1 %2: %3</source>
        <translation>%1 %2 的目标：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet.</source>
        <translation>
            <numerusform>有 %n 处修改尚未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: the target of %1 %2 is not valid (%3)</source>
        <translation>未保存任何内容：%1 %2 的目标无效（%3）</translation>
    </message>
    <message>
        <source>No target was changed.</source>
        <translation>没有目标被修改。</translation>
    </message>
    <message>
        <source>targets dialog</source>
        <translation>目标对话框</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 started: %n target(s) copied from %2 for every org unit. They can be edited now.</source>
        <translation>
            <numerusform>%1 年度已开始：已为各单位从 %2 年复制 %n 个目标，现在可以编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start New Year</source>
        <translation>开始新年度</translation>
    </message>
    <message>
        <source>Copy the %1 targets of every org unit to %2? Retired indicators are left out; the copies can be edited afterwards.</source>
        <translation>将各单位 %1 年的目标复制到 %2 年吗？已停用的指标不复制；复制后可以编辑。</translation>
    </message>
</context>
<context>
    <name>zhibiao::TemplateBinder</name>
    <message>
        <source>figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>figure without unit</source>
        <translation>纯数字</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>difference from the target</source>
        <translation>与目标之差</translation>
    </message>
    <message numerus="yes">
        <source>%n decimal(s)</source>
        <translation>
            <numerusform>%n 位小数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::TemplateCommand</name>
    <message>
        <source>%1 holds no text</source>
        <translation>%1 中没有文字</translation>
    </message>
    <message>
        <source>%1 has no section 主要做法 or 工作谋划 with themes (（一）…。) to keep; nothing was changed</source>
        <translation>%1 中没有可保留的“主要做法”或“工作谋划”部分及其主题（（一）…。）；未作任何改动</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n narrative(s); nothing was changed. Add --replace to replace them with this template.</source>
        <translation>
            <numerusform>%1 年已有 %n 篇文字材料，未作任何改动。如要用此模板替换，请加 --replace。</numerusform>
        </translation>
    </message>
    <message>
        <source>ambiguous, left as text: %1 in “%2” (%3)</source>
        <translation>有多种可能，保留原文：“%2”中的 %1（%3）</translation>
    </message>
    <message>
        <source>Whole document: %1 of the %2 numbers that equal a stored %3 figure bound (sections 二 and 三 are kept; section 一 and the target table are written from the data)</source>
        <translation>全文：与 %3 年已存数据相等的 %2 个数字中，已对应 %1 个（保留第二、三部分；第一部分和目标建议表由数据生成）</translation>
    </message>
    <message numerus="yes">
        <source>Kept sections: %n number(s) bound to the %1 figures</source>
        <translation>
            <numerusform>保留部分：%n 个数字已对应 %1 年数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous (left as text; choose in the report window)</source>
        <translation>
            <numerusform>%n 个有多种可能（保留原文；可在报告窗口中选择）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as text (no stored figure fits)</source>
        <translation>
            <numerusform>%n 个保留原文（没有相符的已存数据）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n narrative(s) saved for %1.</source>
        <translation>
            <numerusform>已为 %1 年保存 %n 篇文字材料。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::TemplateFigurePanel</name>
    <message>
        <source>Indicator&apos;s</source>
        <translation>按指标</translation>
    </message>
    <message>
        <source>Choose the figure it states…</source>
        <translation>请选择它所指的数据…</translation>
    </message>
    <message>
        <source>Bound: the new report writes %1 here</source>
        <translation>已绑定：新报告在此处写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>To choose: %n stored figure(s) equal it</source>
        <translation>
            <numerusform>待选择：有 %n 项已存数据与之相等</numerusform>
        </translation>
    </message>
    <message>
        <source>Text: no stored figure equals it; it stays as written</source>
        <translation>文字：没有已存数据与之相等，按原文保留</translation>
    </message>
    <message>
        <source>Text: left as written</source>
        <translation>文字：按原文保留</translation>
    </message>
    <message>
        <source>(no number selected)</source>
        <translation>（未选中数字）</translation>
    </message>
    <message>
        <source>Click a number in the document, or press F8.</source>
        <translation>请单击文档中的数字，或按 F8。</translation>
    </message>
    <message>
        <source>%1 (in a part that is not saved)</source>
        <translation>%1（位于不保存的部分）</translation>
    </message>
    <message>
        <source>Leave as text</source>
        <translation>按原文保留</translation>
    </message>
    <message>
        <source>Not a placeholder: write e.g. {{JY01.value}}, {{JY01.target@D01}} or {{MS02.difference:1}}</source>
        <translation>不是占位符：请写如 {{JY01.value}}、{{JY01.target@D01}} 或 {{MS02.difference:1}}</translation>
    </message>
</context>
<context>
    <name>zhibiao::TemplateFromReportAction</name>
    <message>
        <source>Template from Last Year&apos;s Report</source>
        <translation>由上年报告生成模板</translation>
    </message>
    <message>
        <source>Open Last Year&apos;s Report</source>
        <translation>打开上年报告</translation>
    </message>
    <message>
        <source>Reports (*.docx *.odt *.txt)</source>
        <translation>报告 (*.docx *.odt *.txt)</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 中没有文字。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The year this report is about:</source>
        <translation>该报告总结的年度：</translation>
    </message>
    <message>
        <source>The figures of %1 could not be read: %2</source>
        <translation>无法读取%1年的数据：%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::TemplateReviewDialog</name>
    <message>
        <source>Template from Last Year&apos;s Report</source>
        <translation>由上年报告生成模板</translation>
    </message>
    <message>
        <source>Section 一 and the target table are written by the report from the data; only sections 二 and 三 are saved (the dimmed paragraphs are not).</source>
        <translation>第一部分和目标表由报告根据数据生成，只保存第二、三部分（主要做法、工作谋划）；灰显的段落不保存。</translation>
    </message>
    <message>
        <source>Selected number</source>
        <translation>选中的数字</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>数字：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Stands for:</source>
        <translation>对应数据(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Next to choose</source>
        <translation>下一个待选择(&amp;N)</translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous number</source>
        <translation>F8 / Shift+F8：下一个 / 上一个数字</translation>
    </message>
    <message>
        <source>Template for %1 from the %2 Report</source>
        <translation>由%2年报告生成%1年模板</translation>
    </message>
    <message>
        <source>&amp;Save as the %1 narratives</source>
        <translation>保存为%1年文字材料(&amp;S)</translation>
    </message>
    <message>
        <source>The paragraph with the figures of %1 (%2):</source>
        <translation>本段按%1年（%2）数据写出：</translation>
    </message>
    <message>
        <source>%1 has no figures yet: the paragraph below marks where they will go.</source>
        <translation>%1年尚无数据：下面的段落标出了数据将填入的位置。</translation>
    </message>
    <message>
        <source>The figures of %1 could not be read (%2); the paragraph shows its placeholders.</source>
        <translation>无法读取%1年的数据（%2），段落中显示占位符。</translation>
    </message>
    <message>
        <source>[no value: %1]</source>
        <translation>［暂无数据：%1］</translation>
    </message>
    <message>
        <source>Select a number to see its paragraph as %1 would print it.</source>
        <translation>选中一个数字，即可看到其所在段落按%1年数据写出的样子。</translation>
    </message>
    <message>
        <source>This paragraph is not saved: the report writes it from the data.</source>
        <translation>此段落不保存：报告会根据数据自行生成。</translation>
    </message>
    <message>
        <source>%1 numbers bound, %2 to choose, %3 left as text</source>
        <translation>已绑定 %1 个数字，待选择 %2 个，按原文保留 %3 个</translation>
    </message>
    <message>
        <source>The document has no paragraphs of sections 二 and 三: there is nothing to save.</source>
        <translation>文档中没有第二、三部分的段落，无可保存。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n theme(s) in sections 二 and 三. Replace them with the %2 of this template?</source>
        <translation>
            <numerusform>%1年的第二、三部分已有 %n 个主题。要用本模板的%2替换它们吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>The narratives were not saved: %1</source>
        <translation>文字材料未能保存：%1</translation>
    </message>
    <message>
        <source>&amp;Placeholder:</source>
        <translation>占位符(&amp;P)：</translation>
    </message>
    <message>
        <source>any figure, e.g. {{JY01.target@D01}}; Enter to bind</source>
        <translation>任一数据，如 {{JY01.target@D01}}；按回车对应</translation>
    </message>
    <message>
        <source>Bind the number to any stored figure by writing its placeholder: {{CODE.value}}, .number, .target, .completion or .difference, @ORG for another org unit, :N for N decimals. Empty: leave it as text.</source>
        <translation>写出占位符即可把这个数对应到任一已存数据：{{代码.value}}、.number、.target、.completion 或 .difference，@单位代码 表示其他单位，:N 表示 N 位小数。留空：保留原文。</translation>
    </message>
</context>
<context>
    <name>zhibiao::TextRules</name>
    <message>
        <source>it holds a control character (U+%1); type the text without it</source>
        <translation>其中含有控制字符（U+%1）；请去掉该字符后重新输入</translation>
    </message>
    <message>
        <source>it is %1 characters long; at most %2 are allowed</source>
        <translation>长度为 %1 个字符；最多允许 %2 个</translation>
    </message>
</context>
<context>
    <name>zhibiao::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>zhibiao::UserChooserDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation>当前操作人</translation>
    </message>
    <message>
        <source>Choose your name. Every change you make is recorded under it.</source>
        <translation>请选择您的姓名。您所做的每次修改都将以此名义记录。</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>录入员</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>局领导</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>zhibiao::UserRepository</name>
    <message>
        <source>this bureau file has no users yet</source>
        <translation>本单位文件尚无用户</translation>
    </message>
    <message>
        <source>its users are: %1</source>
        <translation>现有用户：%1</translation>
    </message>
    <message>
        <source>No user name was given (%1). Nothing was changed; act as one of them.</source>
        <translation>未给出用户名（%1）。未作任何修改；请以其中一位用户的身份操作。</translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos; in this bureau file (%2). Nothing was changed; act as one of them, or ask an administrator to add you (zhibiao-cli users add).</source>
        <translation>本单位文件中没有名为“%1”的用户（%2）。未作任何修改；请以其中一位用户的身份操作，或请管理员添加您（zhibiao-cli users add）。</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>用户需要有名字</translation>
    </message>
    <message>
        <source>a user name cannot begin or end with a space</source>
        <translation>用户名首尾不能有空格</translation>
    </message>
    <message>
        <source>This bureau file has users already; only an administrator can add one.</source>
        <translation>本单位文件已有用户；只有管理员才能添加用户。</translation>
    </message>
    <message>
        <source>The user was not saved: %1.</source>
        <translation>用户未保存：%1。</translation>
    </message>
</context>
<context>
    <name>zhibiao::UsersCommand</name>
    <message>
        <source>--role belongs to users add</source>
        <translation>--role 只用于 users add</translation>
    </message>
    <message>
        <source>users takes nothing (the list) or: add NAME --role staff|leader|admin [--org-unit CODE]</source>
        <translation>users 不带参数（列出用户），或：add 姓名 --role staff|leader|admin [--org-unit 代码]</translation>
    </message>
    <message>
        <source>users add needs --role staff, leader or admin</source>
        <translation>users add 需要 --role staff、leader 或 admin</translation>
    </message>
    <message>
        <source>no org unit with the code &apos;%1&apos;</source>
        <translation>没有代码为“%1”的单位</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现为 %2。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ValueRules</name>
    <message>
        <source>it is not a finite number</source>
        <translation>不是有限的数字</translation>
    </message>
    <message>
        <source>%1 is too large: a figure of this indicator (%2 decimals) must stay below %3</source>
        <translation>%1 过大：该指标（%2 位小数）的数值必须小于 %3</translation>
    </message>
    <message>
        <source>%1 has %2 decimals, but %3 keeps %4: round it to %4 decimals</source>
        <translation>%1 有 %2 位小数，而 %3 只保留 %4 位：请四舍五入到 %4 位小数</translation>
    </message>
    <message>
        <source>a rate&apos;s target is a share from 0 to 100%</source>
        <translation>比率的目标是 0 到 100% 之间的比例</translation>
    </message>
    <message>
        <source>a rate is a share from 0 to 100%; %1 cannot be one</source>
        <translation>比率是 0 到 100% 之间的比例；%1 不可能是比率</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>目标不能为负数</translation>
    </message>
    <message>
        <source>%1 counts what was done and cannot be negative</source>
        <translation>%1 统计的是已完成的量，不能为负数</translation>
    </message>
</context>
<context>
    <name>zhibiao::ValueTable</name>
    <message>
        <source>%1 %2Q%3 is %4 and locked: only a leader can change its figures. Ask a leader to return the quarter, then try again.</source>
        <translation>%1 %2年第%3季度状态为 %4，已锁定：只有领导可以修改其数据。请领导退回该季度后再试。</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. Nothing was changed.</source>
        <translation>%1 未保存：%2。未作任何修改。</translation>
    </message>
</context>
<context>
    <name>zhibiao::WelcomeDialog</name>
    <message>
        <source>Welcome to Zhibiao</source>
        <translation>欢迎使用指标</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Zhibiao tracks the bureau&apos;s quarterly figures against its annual targets. Start with the demo bureau to look around, create your own bureau, or open a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎&lt;/h2&gt;&lt;p&gt;“指标”按季度跟踪本单位各项数据与年度目标的完成情况。您可以先打开演示单位了解一下，也可以新建本单位的数据文件，或打开已有文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Bureau</source>
        <translation>打开演示单位(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>最近的文件(&amp;R)：</translation>
    </message>
    <message>
        <source>Create a new bureau</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>e.g. 青禾市</source>
        <translation>例如 青禾市</translation>
    </message>
    <message>
        <source>One county or district per line</source>
        <translation>每行一个县区</translation>
    </message>
    <message>
        <source>Start from the refere&amp;nce catalogue (45 indicators)</source>
        <translation>使用参考指标目录（45 项指标）(&amp;N)</translation>
    </message>
    <message>
        <source>Start from an &amp;empty catalogue</source>
        <translation>使用空白指标目录(&amp;E)</translation>
    </message>
    <message>
        <source>You become the file&apos;s administrator</source>
        <translation>您将成为该文件的管理员</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>新建(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>单位(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>Co&amp;unties:</source>
        <translation>县区(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;First year:</source>
        <translation>起始年份(&amp;F)：</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>指标目录：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Cannot Create Bureau</source>
        <translation>无法新建单位</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot Open the Demo Bureau</source>
        <translation>无法打开演示单位</translation>
    </message>
    <message>
        <source>New Bureau File</source>
        <translation>新建单位数据文件</translation>
    </message>
    <message>
        <source>Zhibiao files (*.zhibiao)</source>
        <translation>指标数据文件 (*.zhibiao)</translation>
    </message>
    <message>
        <source>Open Bureau File</source>
        <translation>打开单位数据文件</translation>
    </message>
    <message>
        <source>Zhibiao files (*.zhibiao *.db);;All files (*)</source>
        <translation>指标数据文件 (*.zhibiao *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No bureau file opened yet. Open one (Ctrl+O), create a new bureau on the right, or start with the demo bureau.</source>
        <translation>还没有打开过单位文件。可以打开一个（Ctrl+O），在右侧新建单位，或先用演示单位。</translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxReader</name>
    <message>
        <source>the workbook lacks its part %1</source>
        <translation>工作簿缺少组成部分 %1</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: its part %1 cannot be unpacked</source>
        <translation>XLSX 文件已损坏：无法解压其组成部分 %1</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: its part %1 cannot be unpacked (a read or checksum error)</source>
        <translation>XLSX 文件已损坏：无法解压其组成部分 %1（读取或校验错误）</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: xl/workbook.xml: %1</source>
        <translation>XLSX 文件已损坏：xl/workbook.xml：%1</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: %1: %2</source>
        <translation>XLSX 文件已损坏：%1：%2</translation>
    </message>
    <message>
        <source>the worksheet has a row numbered &apos;%1&apos;</source>
        <translation>工作表中有编号为“%1”的行</translation>
    </message>
    <message>
        <source>row %1: the cell reference &apos;%2&apos; is not valid</source>
        <translation>第 %1 行：单元格引用“%2”无效</translation>
    </message>
    <message>
        <source>cell %1 refers to a shared string that the workbook lacks</source>
        <translation>单元格 %1 引用了工作簿中不存在的共享字符串</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: its worksheet cannot be read (%1)</source>
        <translation>XLSX 文件已损坏：无法读取其工作表（%1）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 (.xls) or password-protected workbook; save it as an Excel Workbook (.xlsx) without a password and import that</source>
        <translation>这是 Excel 97-2003 (.xls) 工作簿或受密码保护的工作簿；请另存为不带密码的 Excel 工作簿 (.xlsx) 后再导入</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook (an XLSX file is a zip archive); if it is CSV text, give it the .csv extension</source>
        <translation>该文件不是 XLSX 工作簿（XLSX 文件是 zip 压缩包）；如果是 CSV 文本，请将扩展名改为 .csv</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: its zip archive cannot be read; save the workbook again from the spreadsheet program</source>
        <translation>XLSX 文件已损坏：无法读取其 zip 压缩包；请在电子表格程序中重新保存该工作簿</translation>
    </message>
    <message>
        <source>the zip archive holds no workbook (xl/workbook.xml): it is not an XLSX file</source>
        <translation>该 zip 压缩包中没有工作簿（xl/workbook.xml）：不是 XLSX 文件</translation>
    </message>
    <message>
        <source>the first worksheet (%1) of the workbook is empty</source>
        <translation>工作簿的第一个工作表（%1）为空</translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxSheetWriter</name>
    <message>
        <source>cannot create a temporary workbook (is the disk full?)</source>
        <translation>无法创建临时工作簿（磁盘是否已满？）</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>cannot read the temporary workbook back: %1</source>
        <translation>无法读回临时工作簿：%1</translation>
    </message>
</context>
</TS>
