## 找不符合项练习、与参考答案对比及班级视图

exercise-change-findings = 练习发现已更改
exercise-catalog-no-key = 练习“{ $id }”没有指定答案要点，或指定的不是示例文件夹中的 .json 文件。
exercise-catalog-unknown-model = 练习“{ $id }”所依据的参考答案不在示例列表中。
exercise-not-in-exercise = 当前工作区不是练习：请先加载一个练习。
exercise-finding-logged = 已记录发现。
exercise-finding-removed = 已删除发现。
exercise-left = 已退出练习模式，记录的发现已清除（可撤销恢复）。
nav-training = 培训
training-title = 培训
training-help = 第 6.2 条课程的教学材料：让学员在示例组织中找出植入的不符合项的练习、将任一工作区与参考答案对比，以及汇总学员提交文件的班级视图。
training-exercises-title = 找不符合项练习
training-exercises-help = 练习是示例组织的一个有缺陷的版本。加载练习后，得分和第 6.2 条检查会被隐藏：请查阅登记册、各目标及其策划，记录发现的每个不符合项，然后查看答案，了解哪些找到了、哪些遗漏了以及原因。
training-no-exercises = 示例列表中没有练习。
training-load-exercise = 加载练习
training-replace-title = 用练习替换当前工作区？
training-links-title = 对比与班级视图
training-compare-link = 将当前工作区与参考答案或文件对比
training-class-link = 班级视图：多名学员的文件
exercise-title = 你的发现
exercise-current = 当前工作区是一个练习。在查看答案之前，得分和第 6.2 条检查处于隐藏状态。
exercise-current-revealed = 当前工作区是一个练习；答案已公布。
exercise-subject = 目标、方针条目或要求
exercise-item = 条款项
exercise-severity = 严重程度
exercise-note = 备注：看到了什么、在哪里（可选）
exercise-log = 记录该发现
exercise-subject-required = 请选择该发现针对的对象。
exercise-findings-none = 尚未记录任何发现。
exercise-findings-count =
    { $count ->
       *[other] 已记录 { $count } 项发现
    }
exercise-remove = 删除
severity-major = 严重不符合
severity-minor = 轻微不符合
severity-observation = 观察项
severity-major-help = 某项要求完全未满足，或出现了危及服务管理体系结果的系统性失效。
severity-minor-help = 在满足某项要求时出现个别疏漏；体系仍在运行。
severity-observation-help = 不是不符合项：是可能发展为不符合的薄弱环节，或未遵循的良好实践。
exercise-reveal = 查看答案
exercise-hide = 再次隐藏答案
exercise-key-fetching = 正在获取答案要点…
exercise-key-failed = 无法使用答案要点：
exercise-key-unreadable = 无法读取答案要点 { $file }：{ $reason }
exercise-result-title = 你的结果
exercise-found =
    { $count ->
       *[other] 答案要点中共有 { $count } 个不符合项，你找到了 { $found } 个。
    }
exercise-missed =
    { $count ->
       *[other] 遗漏 { $count } 个。
    }
exercise-false =
    { $count ->
       *[other] 误报 { $count } 项（不在答案要点中）。
    }
exercise-decoys =
    { $count ->
       *[other] 其中 { $count } 项是干扰项：看似有问题，实际符合。
    }
exercise-severity-right =
    { $count ->
       *[other] 在找到的 { $count } 个中，严重程度判断正确的有 { $right } 个。
    }
exercise-col-id = 要点
exercise-col-subject = 对象
exercise-col-item = 条款项
exercise-col-severity = 严重程度
exercise-col-note = 备注
exercise-col-verdict = 结果
exercise-col-explanation = 说明
exercise-your-findings-title = 你的各项发现的结果
exercise-key-title = 答案要点
exercise-decoys-title = 看似有问题，实际符合
exercise-verdict-found = 已找到，严重程度正确
exercise-verdict-found-wrong = 已找到，严重程度有误（答案要点为：{ $severity }）
exercise-verdict-duplicate = 已由前面的发现找到
exercise-verdict-decoy = 不是不符合项：这是符合的
exercise-verdict-false = 不在答案要点中
exercise-verdict-missed = 遗漏
exercise-print-worksheet = 打印用练习单
exercise-print-key = 打印用答案要点
exercise-leave = 退出练习模式
exercise-check-hidden = 练习进行期间，得分和第 6.2 条检查处于隐藏状态。
exercise-check-hidden-link = 在“培训”页面查看答案
worksheet-title = 练习单：找出不符合项
worksheet-intro = 在 SixTwo 中查阅该组织的方针、要求、目标、KPI、测量、评审、沟通、修订和策划。对每个不符合项，写下它针对的对象（目标编号，或方针条目、要求的编号）、未满足的条款项、严重程度以及你看到的情况。有些地方看似有问题，实际是符合的。
worksheet-subjects-title = 可查阅的内容
worksheet-items-title = 第 6.2 条的各项
worksheet-severities-title = 严重程度
worksheet-blank-title = 你的发现
answer-key-title = 答案要点
printable-no-exercise = 当前工作区不是练习。请先在“培训”页面加载一个练习。
printable-back = 返回“培训”
comparison-title = 与参考答案对比
comparison-help = 目标按编号匹配，因此分别制作的两个副本（记录的标识各不相同）也能逐个目标对比：哪些内容不同，以及第 6.2 条检查在两边对每一项的判定。不会合并任何内容，也不会更改当前工作区。
comparison-choose-file = 与一个 SixTwo 文件对比
comparison-with-model = 与参考答案对比
comparison-choose-workspace = 与本浏览器中的另一个工作区对比
comparison-workspace-option =
    { $count ->
       *[other] { $name }（{ $count } 个目标）
    }
comparison-workspace-unreadable = { $name }（无法读取）
comparison-with-workspace = 与所选工作区对比
comparison-no-other-workspace = 本浏览器中没有其他工作区。可在“工作区”页面新建一个，再与之对比。
comparison-fetching = 正在获取参考答案…
comparison-file-problem = 无法对比 { $file }：
comparison-this = 当前工作区
comparison-score = 第 6.2 条检查得分：当前工作区 { $a }%，“{ $name }”{ $b }%；相差 { $diff } 个百分点。
comparison-differing =
    { $count ->
       *[other] { $count } 个目标有差异。
    }
comparison-only-this = 仅在当前工作区中
comparison-only-other = 仅在另一方中
comparison-col-code = 编号
comparison-col-what = 内容
comparison-col-other = 另一方
comparison-col-item = 条款项
comparison-none = 无
comparison-not-checked = 未检查
comparison-no-differences = 没有差异。
comparison-stop = 停止对比
comparison-diff-title = 标题
comparison-diff-level = 层级
comparison-diff-status = 状态
comparison-diff-parent = 上级目标
comparison-diff-owner = 负责人
comparison-diff-policy = 方针条目
comparison-diff-requirements = 要求
comparison-diff-kpi-only = 指标“{ $name }”
comparison-diff-kpi-present = 有
comparison-diff-kpi-target = “{ $name }”的目标值
comparison-diff-kpi-measurements = “{ $name }”的测量记录
comparison-diff-actions = 已策划的措施
comparison-objective-score = 得分
comparison-items-title = 判定不同的条款项
class-title = 班级视图
class-help = 选择或拖入学员导出的文件（数据 → 导出）。每个文件都按导入的全部检查读取，并占一行：第 6.2 条检查的得分；对于由练习生成的文件，还会按该练习的答案要点为其发现评分。不会把任何内容合并到当前工作区。
class-choose = 学员文件（一个或多个 .json 文件）
class-drop = 将学员文件拖放到此处
class-files =
    { $count ->
       *[other] { $count } 个文件
    }
class-too-many = 班级视图最多接收 { $max } 个文件，其余文件未纳入。
class-col-file = 文件
class-col-organisation = 组织
class-col-score = 得分
class-col-found = 找到
class-col-severity = 严重程度正确
class-col-false = 误报
class-col-missed = 遗漏
class-not-exercise = 不是由练习生成的
class-key-waiting = 正在等待答案要点
class-unreadable = 无法读取
class-clear = 移除全部文件
class-none = 尚无文件。
key-problem-syntax = 不是有效的 JSON，或某个字段类型不对：{ $message }（第 { $line } 行，第 { $column } 列）。
key-problem-not-key = 它不是答案要点文件。
key-problem-too-new = 它是为更新版本的 SixTwo 编写的（答案要点版本 { $version }）；请重新加载以获取最新版本的应用。
key-problem-other-exercise = 它是另一个练习（“{ $found }”）的答案要点。
key-problem-entry-empty-id = 其条目 { $id } 没有标识。
key-problem-entry-duplicate-id = 标识 { $id } 被两个条目使用。
key-problem-entry-empty-subject = 其条目 { $id } 没有说明针对的对象。
key-problem-entry-no-english = 其条目 { $id } 没有英文说明。
