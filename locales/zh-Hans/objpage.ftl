# 目标页面：摘要、页内章节链接，以及策划、监视、沟通和修订各节。

objpage-summary-title = 摘要
objpage-summary-status = 状态
objpage-summary-progress = 进展
objpage-summary-next-due = 下一个到期事项
objpage-summary-score = 6.2 条款得分
objpage-summary-gaps =
    { $count ->
       *[other] { $count } 项差距
    }
objpage-summary-no-gaps = 没有差距
objpage-summary-see-check = 查看检查结果
objpage-next-action = 措施“{ $what }”
objpage-next-measurement = 测量“{ $kpi }”
objpage-next-review = 评审
objpage-next-due-line = { $what }：{ $date }（{ $timing }）
objpage-nothing-due-closed = 无：该目标已关闭。
objpage-nothing-due = 尚无日期：未设置措施到期日、KPI 测量频率或下次评审。
objpage-nav-title = 本页内容
objpage-section-kpis = KPI 与趋势图（6.2.1 b）
objpage-section-plan = 实现策划（6.2.2）
objpage-section-monitoring = 监视（6.2.1 d）
objpage-section-communication = 沟通（6.2.1 e）
objpage-section-revisions = 修订
objpage-nav-kpis = KPI 与趋势图
objpage-nav-plan = 实现策划
objpage-nav-monitoring = 监视
objpage-nav-communication = 沟通
objpage-nav-reviews = 评审
objpage-nav-revisions = 修订
objpage-nav-check = 6.2 条款检查
objpage-nav-details = 表述、位置、方针和要求
objpage-edit-plan = 在 6.2.2 向导中编辑策划
objpage-edit-monitoring = 在 6.2.1 向导中编辑监视安排
objpage-edit-communication = 在 6.2.1 向导中编辑沟通计划
objpage-plan-none = 尚无策划：要做什么、所需资源、由谁负责、何时完成以及如何评价结果均未记录。
objpage-plan-start = 在 6.2.2 向导中策划（步骤 a：措施）
objpage-plan-through-children = 通过其下级目标实现：每个下级目标的策划说明要做什么、用什么资源、由谁负责、何时完成以及如何评价。
objpage-actions-title = 要做什么
objpage-actions-caption = { $code } 的措施
objpage-actions-none = 尚未记录任何措施。
objpage-actions-add = 添加措施（步骤 a）
objpage-resources-none = 未记录
objpage-corrective = 纠正措施
objpage-missing-resources =
    { $count ->
       *[other] 有 { $count } 项未完成的措施没有资源。
    }
objpage-missing-responsible =
    { $count ->
       *[other] 有 { $count } 项未完成的措施没有负责人。
    }
objpage-missing-due =
    { $count ->
       *[other] 有 { $count } 项未完成的措施没有到期日。
    }
objpage-fix-resources = 添加资源（步骤 b）
objpage-fix-responsible = 指定负责人（步骤 c）
objpage-fix-dates = 设置日期（步骤 d）
objpage-evaluation-title = 如何评价结果
objpage-evaluation-none = 尚未记录如何评价结果。
objpage-evaluation-add = 记录如何评价结果（步骤 e）
objpage-evaluation-result = 评价结果
objpage-plan-approved = 策划批准
objpage-monitoring-none = 尚未记录如何监视进展：监视频率、方法或数据来源以及由谁监视。
objpage-monitoring-add = 在 6.2.1 向导中记录监视安排（步骤 d）
objpage-kpi-sources = KPI 数据来源
objpage-kpi-sources-none = 没有 KPI 注明数据来源。
objpage-reported-through = 报告方式
objpage-reported-through-text = 本页记录的评审（结果、发现、决定和下次评审）。
objpage-comm-plan-title = 沟通计划
objpage-comm-plan-none = 尚无沟通计划：沟通对象、方式、时间和由谁沟通均未记录。
objpage-comm-plan-add = 在 6.2.1 向导中策划沟通（步骤 e）
objpage-comm-means = 方式
objpage-comm-caption = 关于 { $code } 的沟通
objpage-comm-edit = 编辑
objpage-comm-records-none = 尚未记录关于该目标的沟通。
objpage-show-all =
    { $count ->
       *[other] 显示全部 { $count } 条
    }
objpage-show-latest =
    { $count ->
       *[other] 只显示最近 { $count } 条
    }
objpage-revisions-none = 尚未记录任何修订。
objpage-revisions-list = 最近的修订
objpage-revision-changes =
    { $count ->
       *[other] { $count } 处更改
    }
objpage-revisions-full = 全部修订及每次的更改
objpage-edit-kpi = 编辑 KPI
objpage-edit-details = 编辑
objpage-kpi-goal = { $baseline } → { $target }，截止 { $date }
objpage-kpi-milestone-goal = 里程碑，截止 { $date }
objpage-kpi-unit = 单位：{ $unit }
objpage-kpi-source = 数据来源：{ $source }
objpage-show-check = 显示检查的每一项
objpage-kpi-frequency = 测量频率：{ $frequency }
objpage-place-reading = 职能或部门：{ $function } · 负责人：{ $owner }
