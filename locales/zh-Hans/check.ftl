## Clause 6.2 check: items, states, findings

item-policy = 与方针保持一致
item-measurable = 可测量
item-requirements = 考虑适用要求
item-monitored = 予以监视
item-communicated = 予以沟通
item-updated = 适时更新
item-documented = 成文信息
item-actions = 要做什么
item-resources = 所需资源
item-responsible = 由谁负责
item-timing = 何时完成
item-evaluation = 如何评价结果
state-met = 已满足
state-partly = 部分满足
state-missing = 缺失
list-separator = 、
list-last-separator = 和
part-unit = 单位
part-target = 目标值
part-target-date = 目标日期
part-measurement-frequency = 每个 KPI 的测量频率
part-review-schedule = 评审频率或下次评审日期
part-monitoring-method = 监视方法
part-monitor = 监视负责人
part-audiences = 沟通对象
part-channels = 沟通渠道
part-evaluation-method = 评价方法
part-success-criteria = 成功准则
part-evaluator = 评价人
part-date = 评价日期
part-approved-by = 批准人
part-approved-on = 批准日期
find-policy-linked =
    { $count ->
       *[other] 支撑 { $count } 条方针条目。
    }
find-no-policy-link = 未关联任何方针条目。
find-no-kpi = 没有 KPI：目标尚无法测量。
find-kpi-incomplete = 尚无可测量的 KPI：“{ $kpi }”缺少{ $missing }。
find-other-kpi-incomplete = 可测量，但 KPI“{ $kpi }”缺少{ $missing }。
find-kpis-measurable =
    { $count ->
       *[other] { $count } 个 KPI 均有目标值和目标日期。
    }
find-requirements-linked =
    { $count ->
       *[other] 考虑了 { $count } 项要求。
    }
find-none-apply = 已标明没有适用的要求。
find-no-requirement-link = 未考虑任何要求，也未标明没有适用的要求。
find-monitored-on = 已按安排测量和评审：最近一次测量于 { $measured }，最近一次评审于 { $reviewed }。
find-reviewed-on = 已按安排评审：最近一次评审于 { $reviewed }。
find-monitoring-incomplete = 监视安排缺少{ $missing }。
find-no-monitoring = 既没有监视安排，也没有监视记录。
find-no-monitoring-records = 没有任何测量或评审记录。
find-not-yet-monitored = 已安排监视，但尚未进行任何测量或评审。
find-not-measured-yet = KPI“{ $kpi }”从未测量过。
find-no-review-yet = 已有测量记录，但尚未进行评审。
find-measurement-overdue = KPI“{ $kpi }”应于 { $date } 测量，但至今未测量。
find-review-overdue = 原定于 { $date } 的评审尚未进行。
find-communicated-on = 已沟通；最近一次为 { $date }。
find-not-communicated = 尚未沟通：沟通登记册中没有相关记录。
find-changed-since-communicated = 最近一次沟通（{ $last }）之后，目标于 { $changed } 发生了变更。
find-update-cadence-kept = 已按设定周期评审是否需要更新；下次评审应于 { $date } 进行。
find-no-update-cadence = 已设定更新触发条件，但没有评审周期，无法确保定期审视目标。
find-no-update-rules = 没有评审周期，也没有更新触发条件。
find-update-overdue = 应于 { $date } 进行的评审尚未进行。
find-open-revision = 修订 { $number } 尚未记录：请说明变更原因。
find-updates-recorded =
    { $count ->
       *[other] { $count } 次修订均已记录原因。
    }
find-approved = 已由 { $by } 于 { $date } 批准。
find-still-draft = 仍为草稿：确认后请将状态设为“实施中”。
find-no-revision = 没有修订记录。
find-draft-without-revision = 草稿，且没有修订记录。
find-not-approved = 目标的批准记录缺少{ $missing }。
find-changed-since-approval = 修订 { $number } 在目标批准后做出了变更，但该变更未经批准。
find-no-plan = 尚无计划。
find-actions-planned =
    { $count ->
       *[other] 已计划 { $count } 项行动。
    }
find-no-actions = 未计划任何行动。
find-through-children =
    { $count ->
       *[other] 通过 { $count } 个下级目标实现，均已制定计划。
    }
find-children-not-planned =
    { $count ->
       *[other] 负责实现计划的 { $total } 个下级目标中，有 { $count } 个尚无计划。
    }
find-no-child-planned =
    { $count ->
       *[other] 负责实现计划的 { $count } 个下级目标尚无计划。
    }
find-through-children-without-children = 计划通过下级目标实现，但目前没有下级目标。
find-resources-named = 每项行动都列明了所需资源。
find-actions-without-resources =
    { $count ->
       *[other] { $count } 项行动没有资源。
    }
find-no-resources = 未确定任何资源。
find-responsible-complete = 目标及每项行动都有负责人。
find-owner-responsible = 由目标负责人负责；尚无可分派的行动。
find-no-objective-owner = 目标没有负责人。
find-actions-without-responsible =
    { $count ->
       *[other] { $count } 项行动没有负责人。
    }
find-no-responsible = 尚无负责人。
find-timing-complete = 每项行动都有到期日。
find-actions-without-due-date =
    { $count ->
       *[other] { $count } 项行动没有到期日。
    }
find-no-due-dates = 没有到期日。
find-evaluation-defined = 已确定评价方法和成功准则。
find-evaluation-incomplete = 评价安排缺少{ $missing }。
find-no-evaluation = 尚未确定如何评价结果。
practice-line = 良好实践：{ $advice }。
practice-no-baseline = 为 KPI“{ $kpi }”记录基准值，以便显示进展
practice-no-measurement-method = 说明 KPI“{ $kpi }”如何测量（方法或数据来源）
practice-none-apply-without-reason = 说明为何没有适用的要求
practice-monitoring-details = 在监视安排中补充{ $missing }
practice-no-communication-plan = 制定沟通计划（缺少{ $missing }）
practice-no-update-triggers = 列明需要更新目标的事件，例如服务、合同或风险的变化
practice-plan-not-approved = 记录计划的批准（缺少{ $missing }）
practice-no-corrective-action = 目标已偏离，请计划纠正措施
practice-resources-without-amount =
    { $count ->
       *[other] 填写 { $count } 项资源的数量
    }
practice-resources-not-approved =
    { $count ->
       *[other] 记录 { $count } 项资源已获批准或已提供
    }
practice-actions-after-target =
    { $count ->
       *[other] 将 { $count } 项行动提前：其到期日晚于目标日期（{ $date }）
    }
practice-evaluation-details = 在评价安排中补充{ $missing }
practice-no-evaluation-result = 记录对照成功准则的评价结果
basis-required = 6.2 条款的要求
basis-required-note = 只有要求项计入得分。良好实践列在旁边，不计入得分。
basis-practice = 良好实践
finding-empty-level = 没有{ $level }目标，且该层级未标为不相关。
finding-function-without = 尚未为“{ $function }”设定目标，且该职能未标为不相关。
finding-register-not-approved = 目标登记册的批准记录缺少{ $missing }。
finding-unaligned = { $code } 未与上级目标关联。
findings-clear = 各相关层级和职能均已设定目标，登记册已获批准，且每个目标都已与上级目标关联。
findings-required-clear = 各相关层级和职能均已设定目标，且登记册已获批准。
findings-practice-clear = 战略层以下的每个目标都已与上级目标关联。
score-text = { $total } 项要求中已满足 { $met } 项（{ $percent }%）；部分满足 { $partly } 项。
practice-count =
    { $count ->
       *[other] 良好实践：{ $count } 条建议。
    }
practice-none = 良好实践：无需补充。
score-label = 已满足的项目
check-panel-title = 6.2 条款检查
check-establish = 6.2.1 制定目标
check-plan = 6.2.2 目标实现的策划
fix-link = 在向导中完善：{ $step }
fix-open-revision = 在修订历史中记录变更原因
checklist-title = 6.2 条款检查表
checklist-intro = 各目标对照第 6.2 条的情况。每个缺口都链接到向导中完善它的步骤。
checklist-only-gaps = 仅显示存在缺口的目标
checklist-register = 登记册整体情况
checklist-overall = 总体
checklist-objective = 目标
checklist-score = 得分
checklist-empty = 尚无可检查的目标。
checklist-no-gaps = 没有存在缺口的目标。
checklist-caption = 各目标的 6.2 条款项目
nav-checklist = 检查表

## Checklist

checklist-fix-short = 完善
checklist-fix-name = 在向导中完善：{ $item }（{ $code }）
checklist-row-practice =
    { $count ->
       *[other] { $count } 条良好实践建议
    }
checklist-mark-not-relevant = 标为不相关
checklist-record-approval = 记录批准
checklist-row-score = { $met }/{ $total } 项
checklist-not-checked = 已取消和已被取代的目标不纳入 6.2 条款检查表。
column-check = 6.2 条款已满足
check-not-checked = 不检查
finding-unaligned-more =
    { $count ->
       *[other] 另有 { $count } 个目标未与上级目标关联。
    }
