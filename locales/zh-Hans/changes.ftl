## Undo labels

change-organisation = 修改组织信息
change-policy-added = 新增方针条目
change-policy-edited = 编辑方针条目
change-policy-removed = 删除方针条目
change-policy-moved = 调整方针条目顺序
change-requirement-added = 新增要求
change-requirement-edited = 编辑要求
change-requirement-removed = 删除要求
change-objective-created = 新建 { $code }
change-objective-edited = 编辑 { $code }
change-objective-moved = 移动 { $code }
change-objective-deleted = 删除 { $code }
change-objectives-deleted = 删除 { $code } 及其下 { $more } 个目标
change-kpi-added = 为 { $code } 新增 KPI
change-kpi-edited = 编辑 { $code } 的 KPI
change-kpi-removed = 删除 { $code } 的 KPI
change-workspace-replaced = 替换工作区
change-plan-action-added = 为 { $code } 的计划新增行动
change-plan-action-edited = 编辑 { $code } 计划中的行动
change-plan-action-removed = 删除 { $code } 计划中的行动
