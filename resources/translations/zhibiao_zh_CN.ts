<?xml version='1.0' encoding='utf-8'?>
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
        <source>Quit after N milliseconds.</source>
        <translation>N 毫秒后退出。</translation>
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
</context>
<context>
    <name>zhibiao::CliApp</name>
    <message>
        <source>The bureau's database file.</source>
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
        <source>Usage: zhibiao-cli --db FILE [--user NAME] COMMAND ...
Commands:
  init [--demo]                                   create the database (and the demo bureau)
  import indicators|org-units|targets|figures FILE   import an interchange CSV file
  export indicators|org-units|targets|figures FILE [--year Y]   write one (FILE - for stdout)
  status --year Y [--quarter Q] [--org-unit CODE] [--format text|json|csv]
  submit|approve|return --org-unit CODE --year Y --quarter Q [--reason TEXT]
Exit codes: 0 success, 1 usage error, 2 data error.
</source>
        <translation>用法：zhibiao-cli --db 文件 [--user 用户名] 命令 ...
命令：
  init [--demo]                                   创建数据库（及演示单位）
  import indicators|org-units|targets|figures 文件   导入交换格式 CSV 文件
  export indicators|org-units|targets|figures 文件 [--year 年]   导出（文件为 - 时输出到标准输出）
  status --year 年 [--quarter 季] [--org-unit 代码] [--format text|json|csv]
  submit|approve|return --org-unit 代码 --year 年 --quarter 季 [--reason 原因]
退出码：0 成功，1 用法错误，2 数据错误。
</translation>
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
        <source>unknown command '%1'</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>--demo belongs to init</source>
        <translation>--demo 只能用于 init</translation>
    </message>
    <message>
        <source>%1 takes a kind (indicators, org-units, targets, figures) and a file</source>
        <translation>%1 需要一个类别（indicators、org-units、targets、figures）和一个文件</translation>
    </message>
    <message>
        <source>'%1' is not one of indicators, org-units, targets, figures</source>
        <translation>“%1”不是 indicators、org-units、targets、figures 之一</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
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
    <message>
        <source>Demo bureau ready in %1 (%2 rows).</source>
        <translation>演示单位已就绪：%1（%2 行）。</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>数据库已就绪：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported (%n error(s)); nothing was changed. Correct what is listed above and import the file again.</source>
        <translation><numerusform>%1 未导入（%n 处错误），数据未作任何改动。请更正上面列出的问题后重新导入。</numerusform></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已导入 %1：新增 %2 条，修改 %3 条，未变 %4 条。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 is now %3.</source>
        <translation>%1 %2 现为 %3。</translation>
    </message>
    <message>
        <source>no org unit with the code '%1'</source>
        <translation>没有代码为“%1”的单位</translation>
    </message>
</context>
<context>
    <name>zhibiao::Database</name>
    <message>
        <source>%1 is not a Zhibiao database (it is not a SQLite file). Choose the bureau's .zhibiao or .db file, or create a new one.</source>
        <translation>%1 不是指标数据库（不是 SQLite 文件）。请选择本单位的 .zhibiao 或 .db 文件，或新建一个。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Zhibiao database. It was not changed. Choose the bureau's Zhibiao file, or create a new one.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是指标数据库，文件未被改动。请选择本单位的指标数据文件，或新建一个。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Zhibiao (schema %2; this program knows up to %3). It was not changed. Install the newer Zhibiao to open it.</source>
        <translation>%1 由更新版本的指标程序写入（结构版本 %2，本程序最高支持 %3），文件未被改动。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (SQLite says: %2). It was not changed. Restore it from a backup copy.</source>
        <translation>%1 已损坏，无法读取（SQLite 提示：%2），文件未被改动。请从备份恢复。</translation>
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
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the backup file %1 already exists</source>
        <translation>备份文件 %1 已存在</translation>
    </message>
    <message>
        <source>the backup copy %1 failed its check: %2</source>
        <translation>备份副本 %1 未通过检查：%2</translation>
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
        <source>'%1' is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>'%1' is not a number (use digits and one '.' for decimals, no thousands separators or units)</source>
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
        <source>'%1' is not one of cumulative, stock, rate, growth</source>
        <translation>“%1”不是 cumulative、stock、rate、growth 之一</translation>
    </message>
    <message>
        <source>'%1' is not one of higher, ceiling</source>
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
        <source>nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
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
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
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
        <source>Q%1</source>
        <translation>第%1季度</translation>
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
        <source>Open Bureau File</source>
        <translation>打开单位数据文件</translation>
    </message>
    <message>
        <source>Zhibiao files (*.zhibiao *.db);;All files (*)</source>
        <translation>指标数据文件 (*.zhibiao *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
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
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
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
        <source>Within limit (%1)</source>
        <translation>控制在目标内（%1）</translation>
    </message>
    <message>
        <source>Exceeded (%1)</source>
        <translation>超出控制目标（%1）</translation>
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
</context>
<context>
    <name>zhibiao::ValueTable</name>
    <message>
        <source>%1 %2Q%3 is %4 and locked: only a leader can change its figures. Ask a leader to return the quarter, then try again.</source>
        <translation>%1 %2年第%3季度状态为 %4，已锁定：只有领导可以修改其数据。请领导退回该季度后再试。</translation>
    </message>
</context>
</TS>