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
part-unit = 单位
part-target = 目标值
part-target-date = 目标日期
part-baseline = 基准值
part-method = 方法或数据来源
part-frequency = 频率
part-responsible = 负责人
part-next-review = 下次评审日期
part-audiences = 沟通对象
part-channels = 沟通渠道
part-evaluation-method = 方法
part-success-criteria = 成功准则
part-evaluator = 评价人
part-date = 日期
find-policy-linked = 支撑 { $count } 条方针。
find-no-policy-link = 未关联任何方针条目。
find-no-kpi = 没有 KPI：目标尚无法测量。
find-kpi-incomplete = KPI“{ $kpi }”缺少：{ $missing }。
find-kpi-without-basis = 可测量，但 KPI“{ $kpi }”仍缺少：{ $missing }。
find-kpis-complete =
    { $count ->
       *[other] { $count } 个 KPI 均有单位、目标值、日期、基准值和方法。
    }
find-requirements-linked =
    { $count ->
       *[other] 考虑了 { $count } 项要求。
    }
find-none-apply = 没有适用的要求，并已记录原因。
find-none-apply-without-reason = 已标记为没有适用要求，但未说明原因。
find-no-requirement-link = 未考虑任何要求，也未说明没有适用要求。
find-monitoring-set = 已安排监视；下次评审日期为 { $date }。
find-monitoring-incomplete = 监视安排缺少：{ $missing }。
find-no-monitoring = 没有监视安排。
find-review-overdue = 原定于 { $date } 的评审尚未进行。
find-communicated-on = 已沟通；最近一次为 { $date }。
find-not-yet-communicated = 已计划沟通对象和渠道，但尚未进行沟通。
find-communication-incomplete = 沟通计划缺少：{ $missing }。
find-no-communication-plan = 没有沟通计划。
find-update-rules-set = 已设定评审周期或更新触发条件。
find-no-update-rules = 没有评审周期，也没有更新触发条件。
find-update-overdue = 应于 { $date } 进行的评审尚未进行。
find-active-with-revision = 已生效，并有修订记录。
find-still-draft = 仍为草稿：确认后请设为进行中。
find-no-revision = 没有修订记录。
find-draft-without-revision = 草稿，且没有修订记录。
find-no-plan = 尚无计划。
find-actions-planned =
    { $count ->
       *[other] 已计划 { $count } 项行动。
    }
find-no-actions = 未计划任何行动。
find-resources-complete = 每项行动都有已批准的资源及数量。
find-actions-without-resources =
    { $count ->
       *[other] { $count } 项行动没有资源。
    }
find-resources-without-amount =
    { $count ->
       *[other] { $count } 项资源未填写数量。
    }
find-resources-not-approved =
    { $count ->
       *[other] { $count } 项资源尚未批准。
    }
find-no-resources = 未确定任何资源。
find-responsible-complete = 目标及每项行动都有负责人。
find-no-objective-owner = 目标没有负责人。
find-actions-without-responsible =
    { $count ->
       *[other] { $count } 项行动没有负责人。
    }
find-no-responsible = 尚无负责人。
find-timing-complete = 每项行动都有不晚于目标日期的到期日。
find-actions-without-due-date =
    { $count ->
       *[other] { $count } 项行动没有到期日。
    }
find-actions-after-target =
    { $count ->
       *[other] { $count } 项行动的到期日晚于目标日期（{ $date }）。
    }
find-no-due-dates = 没有到期日。
find-evaluation-complete = 已确定评价方法、成功准则、评价人和日期。
find-evaluation-incomplete = 评价安排缺少：{ $missing }。
find-no-evaluation = 尚未确定如何评价结果。
finding-empty-level = 没有{ $level }目标。
finding-function-without = 尚未为“{ $function }”设定目标。
finding-unaligned = { $code } 未与上级目标对齐。
findings-clear = 各层级、各职能均已设定目标，且全部已对齐。
score-text = { $total } 项中已满足 { $met } 项（{ $percent }%）；部分满足 { $partly } 项。
score-label = 已满足的项目
check-panel-title = 6.2 条款检查
check-establish = 6.2.1 制定目标
check-plan = 6.2.2 目标实现的策划
fix-link = 在向导中完善：{ $step }
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
checklist-row-score = { $met }/{ $total } 项
checklist-not-checked = 已取消和已被取代的目标不纳入 6.2 条款检查表。
column-check = 6.2 条款已满足
check-not-checked = 不检查
finding-unaligned-more =
    { $count ->
       *[other] 另有 { $count } 个目标未与上级目标对齐。
    }
