## 差距链接直达修复处、“添加子目标”只有一种含义、向导更顺手

gap-fix-record-communication = 记录沟通
gap-fix-record-measurement = 记录测量值
gap-fix-record-review = 记录评审
gap-fix-add-child = 添加子目标
gap-fix-plan-child = 为{ $code }制定计划（它承担本计划的一部分）
gap-fix-short-record = 记录
gap-fix-short-add = 添加
gap-fix-short-plan = 制定计划
gap-fix-name = { $fix }：{ $item }（{ $code }）

monitoring-from-kpis-both = “监视频率”和“方法或数据来源”原为空，已按 KPI（{ $kpis }）填入。如监视方式不同，请修改。
monitoring-from-kpis-frequency = “监视频率”原为空，已按 KPI（{ $kpis }）填入。如监视方式不同，请修改。
monitoring-from-kpis-method = “方法或数据来源”原为空，已按 KPI（{ $kpis }）填入。如监视方式不同，请修改。

quick-add-lighter = 快速添加（简表）
quick-add-child-lighter = 快速添加子目标（简表）
