## Policy and organisation

policy-title = 组织与方针
organisation-section = 组织
org-name = 组织名称
org-scope = 服务管理体系范围
org-functions = 职能和部门（每行一个）
not-relevant-section = 无需设定目标的职能和层级
not-relevant-help = 第 6.2.1 条要求在相关的职能和层级上设定目标。如果某处无需设定目标，请在此说明原因，检查表将不再报告该处。职能或层级相关时，请留空。
not-relevant-level = 为何无需设定{ $level }目标
not-relevant-function = 为何无需为“{ $function }”设定目标
document-section = 文件控制
doc-title = 文件标题
doc-version = 版本
doc-owner = 文件负责人
doc-approved-by = 批准人
doc-approved-on = 批准日期
policy-section = 服务管理方针
policy-help = 列出服务管理方针中的各项承诺。每个目标都必须与其中至少一项保持一致（6.2.1 a）。
policy-reference = 编号
policy-text = 条目内容
policy-statement-label = 方针条目 { $reference }
add-policy = 新增条目
remove-policy = 删除
move-up = 上移
move-down = 下移
policy-empty = 尚无方针条目。
policy-removed-notice = 已删除方针条目 { $reference }。
linked-objectives =
    { $count ->
       *[other] 有 { $count } 个目标支撑
    }

## Requirements

requirements-title = 适用要求
requirements-help = 记录目标必须考虑的要求（6.2.1 c）：服务要求、SLA 和合同条款、法律法规义务、第 6.1 条识别的风险和机遇，以及相关方和内部管理的需求。
req-reference = 编号
req-title = 要求
req-source = 来源
req-notes = 备注
requirement-label = 要求 { $reference }
add-requirement = 新增要求
remove-requirement = 删除
requirements-empty = 尚无适用要求。
requirement-removed-notice = 已删除要求 { $reference }。
considered-by =
    { $count ->
       *[other] 有 { $count } 个目标考虑了该要求
    }
