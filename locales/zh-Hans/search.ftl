## Global search: the header's button, `/` and Ctrl+K open a dialog that finds objectives, KPIs,
## policy statements, requirements and communications

search-open = 搜索
search-open-hint = 搜索工作区（/ 或 Ctrl+K）
search-title = 搜索
search-label = 查找目标、KPI、方针条款、适用要求和沟通记录
search-help = 用上下方向键选择结果，按回车键打开，按 Esc 键关闭搜索。
search-results = 搜索结果
search-kind-objective = 目标
search-kind-kpi = KPI
search-kind-policy = 方针条款
search-kind-requirement = 适用要求
search-kind-communication = 沟通记录
search-field-code = 编号
search-field-title = 标题
search-field-description = 说明
search-field-owner = 负责人
search-field-function = 职能
search-field-unit = 单位
search-field-data-source = 数据来源
search-field-method = 计算方法
search-field-notes = 备注
search-field-audience = 对象
search-field-channel = 渠道
search-field-by-whom = 沟通人
search-count =
    { $count ->
       *[other] 共 { $count } 条结果。
    }
search-count-capped =
    { $count ->
       *[other] 共 { $count } 条结果，显示前 { $shown } 条：输入更多文字可缩小范围。
    }
search-none = 没有与“{ $query }”匹配的内容。
search-close = 关闭
