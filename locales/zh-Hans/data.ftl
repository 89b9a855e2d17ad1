## Data

data-title = 您的数据
data-where = 您的工作区只保存在本浏览器中，并与此网址绑定。清除本网站数据会将其删除，因此请不时下载副本。
data-usage = 已存储：{ $used } / { $quota } 个 UTF-16 单位（占本浏览器为本网站提供配额的 { $percent }%）。
data-usage-unknown = 尚未存储任何内容。
data-usage-warning = 警告：存储空间已用超过 80%。请立即将工作区导出为 JSON 作为备份；存储空间满后，更改只保留到关闭或重新加载此标签页为止。
data-persistent-granted = 持久存储：已获准。浏览器不会为腾出磁盘空间而清除 SixTwo 的数据；只有您自己（清除网站数据时）才能删除它。
data-persistent-not-granted = 持久存储：未获准。磁盘空间将满时，浏览器可能会清除 SixTwo 的数据，因此请定期导出工作区。对于已加入书签或已安装的网站，浏览器更容易授予持久存储。
data-persistent-unknown = 持久存储：此浏览器尚未说明在磁盘空间将满时是否保留 SixTwo 的数据。工作区中有数据后，SixTwo 会提出申请；在此之前，请定期导出工作区。
data-example-help = 示例组织展示了第 6.2 条的实际运用：三个层级的目标及其 KPI 和关联，以及截至今天约六个月的测量、评审、沟通和修订记录。示例按您所选的语言载入（没有该语言版本时载入英文版）。
data-empty-workspace = 清空工作区…
data-empty-title = 清空工作区？
data-empty-body = 工作区中的所有内容都将被删除。此操作可以撤销。
data-empty-confirm = 清空
workspace-emptied = 工作区已清空。

## Export: files, the Data page's export section and the reminder to export

export-title = 导出
export-intro = 可保存、共享或在其他程序中打开的文件。导出不会更改工作区。
export-workspace-json = 导出整个工作区（JSON）
export-workspace-json-help = 以 SixTwo 的版本化格式导出全部内容：既是备份，也可导入到其他浏览器中的 SixTwo。
export-register-csv = 导出目标登记册（CSV）
export-register-csv-help = 每个目标一行，并附其 KPI，可用 Excel 或 LibreOffice 打开。
export-plan-csv = 导出行动计划（CSV）
export-plan-csv-help = 每项行动一行：要做什么、所需资源、负责人、日期以及如何评价结果。
export-calendar = 导出日历（.ics）
export-calendar-help = 评审、测量、行动到期和评价日期，可导入您自己的日历程序。
export-done = 已导出 { $file }。
export-failed = 无法导出文件：{ $detail }
export-last-json = 本浏览器上次导出 JSON 的时间：{ $time }。
export-never-json = 本浏览器尚未将此工作区导出为 JSON。
csv-parent-code = 上级目标代码
csv-policy-statements = 支撑的方针条目
csv-requirements = 考虑的适用要求
csv-objective-code = 目标代码
csv-objective-title = 目标
csv-resources = 所需资源
csv-evaluation-method = 评价方法
csv-evaluation-date = 评价日期
csv-approved = 已批准
csv-not-approved = 未批准
ics-calendar-name = { $organisation }：服务管理目标
ics-review = 评审 { $code }：{ $title }
ics-measurement = 测量 { $name }（{ $code }）
ics-action-due = 到期：{ $name }（{ $code }）
ics-evaluation = 评价 { $code } 的结果：{ $title }
reminder-title = 导出一份工作区副本
reminder-body = 您的工作区只保存在本浏览器中，自 { $date } 以来的更改尚未包含在任何导出文件中。
reminder-export-now = 立即导出
reminder-not-now = 暂不导出
reminder-snoozed = 导出提醒将在 7 天内不再显示。

## Import: the Data page's import section, dropping a file, the preview and its three choices

import-title = 导入文件
import-help = 导入 SixTwo JSON 文件：可以是从 SixTwo 导出的文件，也可以是其他工具按相同格式生成的文件。在您查看预览并选择导入方式之前，不会做任何更改。可接受不超过 { $limit } MB 的文件。
import-choose-file = 选择要导入的 JSON 文件
import-drop-hint = 也可以将文件拖放到 SixTwo 中的任意位置。
import-drop-overlay = 松开即可导入该文件
import-refused-title = 无法导入该文件
import-refused-file = 文件：{ $file }
import-nothing-changed = 未做任何更改：您的工作区保持原样。
import-too-large = 该文件有 { $size } 字节；SixTwo 只能导入不超过 { $limit } MB（{ $limit_bytes } 字节）的文件。
import-not-text = 该文件不是 UTF-8 编码的文本：第 { $position } 个字节不是有效的 UTF-8 字符。
import-empty = 该文件为空。
import-read-failed = 浏览器无法读取该文件（{ $detail }）。
import-several-files = 一次拖入了多个文件；请每次只导入一个文件。
import-preview-title = 导入预览
import-no-file = 目前没有等待导入的文件。所选文件只在此标签页中保留到导入或取消为止，重新加载页面后即被遗忘：请在“数据”页面重新选择。
import-go-to-data = 前往“数据”页面
import-contents-title = 文件内容
import-exported-at = 导出时间
import-not-recorded = 未记录
import-migrated = 按 SixTwo 格式的模式版本 { $version } 编写；本次导入已迁移到版本 { $current }。
import-policy-count = 方针条目
import-requirement-count = 适用要求
import-objectives-at-level = { $level }目标
import-plan-count = 有策划的目标（6.2.2 条款）
import-unknown-title = SixTwo 无法识别的字段
import-unknown-count =
    { $count ->
       *[other] 有 { $count } 个字段不属于 SixTwo 的格式，导入后不会保留。
    }
import-unknown-show = 显示 SixTwo 无法识别的字段
import-unknown-hide = 隐藏 SixTwo 无法识别的字段
import-unknown-more =
    { $count ->
       *[other] ……另有 { $count } 个字段。
    }
import-objectives-more =
    { $count ->
       *[other] ……另有 { $count } 个目标。
    }
import-renamed-more =
    { $count ->
       *[other] ……另有 { $count } 个代码。
    }
import-merge-show = 显示内容不同的记录和将要更改的代码
import-merge-hide = 隐藏内容不同的记录和将要更改的代码
import-copy-show = 显示将要更改的代码
import-copy-hide = 隐藏将要更改的代码
import-changes-title = 会有哪些变化
import-changes-intro = 按编号将文件中的目标与本工作区中的目标比较：
import-added = 仅在文件中（{ $count } 个）：任何导入方式都会添加
import-changed = 两边都有但内容不同（{ $count } 个）
import-removed = 仅在本工作区中（{ $count } 个）：“替换”会删除，“合并”和“副本”会保留
import-added-show = 显示仅在文件中的目标
import-added-hide = 隐藏仅在文件中的目标
import-changed-show = 显示内容不同的目标
import-changed-hide = 隐藏内容不同的目标
import-removed-show = 显示仅在本工作区中的目标
import-removed-hide = 隐藏仅在本工作区中的目标
import-unchanged =
    { $count ->
       *[other] 两边相同：{ $count } 个目标。
    }
import-choices-title = 选择导入方式
import-replace-title = 替换工作区
import-replace-help = 文件内容将成为您的工作区：当前工作区中的所有内容都会被替换。撤销可恢复当前工作区。
import-backup-first = 先下载当前工作区的备份
import-nothing-to-back-up = 本工作区为空，无需备份。
import-replace-button = 用此文件替换
import-backup-failed = 无法下载备份（{ $detail }），因此未做替换。
import-merge-title = 按编号合并
import-merge-help = 记录按编号匹配。仅在文件中的记录将被添加，仅在本工作区中的记录将被保留。如记录内容不同，默认采用较新的更改；如有需要，可在下方另行选择。
import-no-differences = 没有内容不同的记录：合并只会添加新内容。
import-differences-title = 内容不同的记录（{ $count } 个）
import-diff-objective = 目标 { $label }
import-diff-policy = 方针条目 { $label }
import-diff-requirement = 要求 { $label }
import-diff-communication = { $label } 的沟通记录
import-diff-organisation = 组织和文件控制信息
import-keep-mine = 保留我的
import-take-theirs = 采用文件中的
import-version-detail = { $code }“{ $title }”，{ $date } 更改
import-newer = { $detail }（较新）
import-choice-detail = { $choice }：{ $detail }
import-renamed-title = 将要更改的代码
import-renamed-help = 这些代码在本工作区中已被使用，因此导入的目标将获得新代码：
import-renamed-item = { $old } 改为 { $new }
import-no-renames = 没有重复的代码：导入的目标保留原有代码。
import-problems-title = 无法应用的原因
import-problems-help = 结果会违反以下规则；请另行选择，或改用其他导入方式：
import-merge-button = 合并到本工作区
import-copy-title = 作为副本导入
import-copy-help = 文件中的所有内容都作为带有新编号的新记录添加，因此同一文件可以再次导入，适合培训讲师使用模板。本工作区的组织信息和设置保持不变。
import-copy-button = 作为副本添加
import-cancel-title = 取消
import-cancel-help = 保持工作区不变，并放弃该文件。
import-cancel-button = 取消导入
import-replaced = 已导入 { $file }：工作区已被替换。
import-merged = 已将 { $file } 合并到工作区。
import-copied =
    { $count ->
       *[other] 已将 { $file } 作为副本添加（{ $count } 个目标）。
    }
import-cancelled = 已取消导入，未做任何更改。
import-apply-failed = 无法应用导入：{ $reason }
