## Objective detail

objective-not-found = 该目标不存在，可能已被删除。
back-to-register = 返回目标登记册
section-identity = 目标
section-place = 层级与归属
section-policy = 支撑的方针条目（6.2.1 a）
section-requirements = 考虑的适用要求（6.2.1 c）
section-kpis = KPI：如何测量（6.2.1 b）
section-record = 记录
field-code = 代码
field-code-help = 简短且唯一的编号，例如 S1 或 T1.2。
field-title = 标题
field-description = 描述
field-level = 层级
field-parent = 上级目标
field-parent-none = （无上级目标）
field-parent-link = 如何支撑上级目标
field-function = 职能或部门
field-owner = 负责人
field-status = 状态
field-created = 创建时间
field-updated = 最近修改
children-list = 下级目标
field-contributes-to = 同时支撑
field-contributes-none = （无其他目标）
field-contributors = 同时由以下目标支撑
contribution-weight = 在其进展中的权重为 { $weight }
contribution-unweighted = 不计入其进展
section-approval = 批准
approval-help = 由谁于何时批准了该目标的当前版本。批准是一项记录，不产生修订。
no-policy-yet = 尚未填写方针条目。
add-policy-statements = 添加方针条目
no-requirements-yet = 尚未填写适用要求。
add-requirements = 添加适用要求
none-apply = 没有适用于该目标的要求
none-apply-reason = 为什么没有适用的要求
kpi-name = 名称
kpi-unit = 单位
kpi-baseline = 基准值
kpi-target = 目标值
kpi-target-low = 目标范围下限
kpi-target-high = 目标范围上限
kpi-direction = 方向
kpi-source = 数据来源
kpi-method = 计算方法
kpi-frequency = 测量频率
kpi-target-date = 目标日期
kpi-boundary = 目标值边界
kpi-milestone-help = 里程碑只需目标日期。达成时记录测量值 1（尚未达成时记录 0）。
kpi-number = KPI { $number }
add-kpi = 新增 KPI
remove-kpi = 删除 KPI
kpi-removed-notice = 已删除 KPI { $name }。
new-kpi-name = 新 KPI
no-kpis = 尚无 KPI。目标必须可测量：请至少添加一个带有单位、目标值和日期的 KPI（里程碑只需日期）。
delete = 删除…
delete-title = 删除 { $code }？
delete-leaf = 这将删除该目标及其 KPI。此操作可以撤销。
delete-with-children =
    { $count ->
       *[other] { $code } 有 { $count } 个直接下级目标。应如何处理它们？
    }
delete-move-up-to =
    { $children ->
       *[other] 保留下级目标，并将其挂到 { $parent } 之下
    }
delete-move-up-none =
    { $children ->
       *[other] 保留下级目标，不设上级目标
    }
delete-all =
    { $children ->
       *[other] 一并删除（共 { $total } 个目标）
    }
delete-confirm = 删除
deleted = 已删除 { $code }。
move-dialog-title = 将 { $code } 移动到…
move-help = 只有层级相同或更高、且不在该目标自身分支中的目标，才能作为其上级。
move-dialog-loading = 正在加载可选择的目标…
move-dialog-load-failed = 未能加载目标列表。请检查网络连接，然后关闭此对话框再试一次。您的数据不受影响。
move-no-parent = 无上级目标
move-confirm = 移动
moved = 已移动 { $code }。
parent-candidate = { $code } { $title }（{ $level }）
contribution-choose = 选择一个目标…
contribution-add-label = 还支撑的目标
contribution-add = 添加关联
contribution-remove = 删除关联
contribution-weight-label = 权重
contribution-weight-help = 在该目标进展中的权重；留空则只显示关联，不计入进展。
