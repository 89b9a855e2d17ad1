# 条款 6.2 自我评估与“条款一览”页面。

assess-nav = 自我评估
assess-title = 自我评估（条款 6.2）
assess-intro = 逐项评估条款 6.2 的落实程度：未落实、部分落实、大部分落实或完全落实；不适用时须说明理由。若本工作区已有证据，题目会列出证据并给出建议答案，最终由您决定。凡低于“完全落实”的答案都会生成一项改进措施，可加入某个目标的计划。
assess-start = 开始自我评估
assess-new-title = 新的自我评估
assess-date = 评估日期
assess-assessor = 评估人
assess-question-legend = 第 { $number } 题　{ $clause } { $question }
assess-kind-required = 条款 6.2 的要求
assess-kind-practice = 良好实践（非条款 6.2 的要求）
assess-look-for = 应查看的证据
assess-in-workspace = 本工作区中的证据
assess-no-evidence = 本工作区没有这道题的证据，请根据您掌握的情况作答。
assess-proposal = 建议答案：{ $level }
assess-use-proposal = 采用建议答案
assess-level-not-in-place = 未落实
assess-level-partly = 部分落实
assess-level-largely = 大部分落实
assess-level-fully = 完全落实
assess-level-not-applicable = 不适用
assess-level-unanswered = 未作答
assess-note = 备注（可选）
assess-reason = 不适用的理由（必填）
assess-action-heading = 改进措施
assess-action-what = 要做什么
assess-action-who = 负责人
assess-action-when = 完成期限
assess-save = 保存评估
assess-saved = 已保存 { $date } 的自我评估。
assess-form-problems = 评估未保存：选择“不适用”时必须说明理由。
err-not-applicable-reason-empty = 请说明该题为何不适用。
err-assessment-not-found = 该自我评估已不存在。
change-assessment-added = 保存自我评估
change-assessment-edited = 编辑自我评估
change-assessment-removed = 删除自我评估
conflict-record-assessment = { $date } 的自我评估

assess-q-levels = 是否在每个相关的职能和层级（战略、战术、运营）都设定了目标，而不只是在最高层？
assess-e-levels = 按层级和职能（或部门）列出目标的登记册；没有目标的层级和职能已标记为不相关并说明理由。
assess-a-levels = 为尚无目标的层级和职能设定目标，或记录其不相关的理由。
assess-q-policy = 每个目标能否追溯到服务管理方针中的某项承诺？
assess-e-policy = 每个目标都关联到它所支持的方针条目；没有哪项方针承诺缺少目标。
assess-a-policy = 将每个目标关联到它所支持的方针条目，并为尚无目标的承诺设定目标。
assess-q-measurable = 每个目标是否可测量：有带单位、目标值和目标日期的 KPI，或带日期的“是/否”里程碑？
assess-e-measurable = 包含单位、目标值和目标日期的 KPI 定义；基线以及测量方法或数据来源能让 KPI 更可信。
assess-a-measurable = 为每个目标设定带单位、目标值和目标日期的 KPI。
assess-q-requirements = 每个目标是否考虑了适用于它的要求：服务要求、SLA 与合同、法律义务、风险和机遇（6.1）？
assess-e-requirements = 每个目标都记录了它所响应的要求，或说明没有适用的要求及其理由。
assess-a-requirements = 记录每个目标考虑了哪些要求，或说明为何没有适用的要求。
assess-q-monitored = 目标是否得到监视：每个 KPI 按计划频次测量，进展按计划评审？
assess-e-monitored = 按各 KPI 的频次持续记录测量值，没有无法解释的空缺；有日期和决定的评审记录。
assess-a-monitored = 按计划频次测量每个 KPI，并按计划开展进展评审。
assess-q-communicated = 目标及其每次变更是否已传达给需要知道的人？
assess-e-communicated = 每个目标都有沟通记录（内容、对象、方式、时间），且晚于其最近一次变更；员工能说出与自己工作相关的目标。
assess-a-communicated = 将目标及其最新变更传达给相关人员，并保留记录。
assess-q-updated = 目标是否适时评审和更新，并记录每次变更的原因？
assess-e-updated = 评审周期得到遵守；有更新触发条件，如服务、合同或风险变化；修订记录中载明每次变更的日期、原因和批准人。
assess-a-updated = 为每个目标设定评审周期并遵守，记录每次变更的原因。
assess-q-documented = 目标是否作为成文信息保存，经过批准并保留修订历史？
assess-e-documented = 经批准的目标登记册（批准人和日期）；每个目标均已生效、已批准并有修订记录；批准后的变更也经过批准。
assess-a-documented = 批准目标登记册和每个目标，并保留其修订历史。
assess-q-actions = 是否为每个目标策划了要做的事？
assess-e-actions = 每个目标都有计划，列出可追溯到该目标的措施、举措或项目（或由子目标承担计划）。
assess-a-actions = 为尚无计划的目标制定措施计划。
assess-q-resources = 每项计划是否说明了所需的资源（人员、预算、工具、供应商、时间）？
assess-e-resources = 每项计划措施都写明所需资源，能确定时注明数量。
assess-a-resources = 写明每项计划措施所需的资源。
assess-q-responsible = 每个目标和每项计划措施是否都有负责人？
assess-e-responsible = 每个目标有指定的负责人，每项措施有具体的责任人。
assess-a-responsible = 为每个目标指定负责人，为每项措施指定责任人。
assess-q-timing = 每项计划是否说明了何时完成？
assess-e-timing = 每项措施都有截止日期，且不晚于目标的目标日期；较长的工作设有里程碑。
assess-a-timing = 为每项计划措施设定截止日期。
assess-q-evaluation = 每项计划是否说明了如何评价结果，并事先确定成功准则？
assess-e-evaluation = 每项计划都有评价方法和成功准则；明确由谁、何时评价；评价后记录结果。
assess-a-evaluation = 为每项计划确定如何评价结果以及怎样算成功。
assess-q-resources-approved = 计划所需的资源是否已获批准或已提供？
assess-e-resources-approved = 计划资源的预算批准、产能分配或采购记录。
assess-a-resources-approved = 为计划资源取得批准并记录。
assess-q-management-review = 管理评审是否考虑了目标的实现程度并作出决定？
assess-e-management-review = 管理评审纪要涵盖目标的实现情况，并有决定和措施（条款 9.3）。
assess-a-management-review = 将目标实现情况列入管理评审议程，并记录决定。

assess-fact-item =
    { $count ->
       *[other] 在检查的 { $count } 个目标中，{ $met } 个完全符合 { $clause }，{ $partly } 个部分符合。
    }
assess-fact-levels =
    { $count ->
       *[other] { $count } 个相关层级中有 { $covered } 个设有未关闭的目标。
    }
assess-fact-functions =
    { $count ->
       *[other] { $count } 个相关职能中有 { $covered } 个设有未关闭的目标。
    }
assess-fact-register-approved = 目标登记册已获批准。
assess-fact-register-not-approved = 目标登记册未获批准：批准人和批准日期未同时记录。
assess-fact-kpis =
    { $count ->
       *[other] 进行中目标的 { $count } 个 KPI 中，有 { $done } 个在过去六个月里一直按其频次测量。
    }
assess-fact-plans =
    { $count ->
       *[other] { $count } 个目标中有 { $done } 个的计划满足 6.2.2 的全部五项。
    }
assess-fact-resources =
    { $count ->
       *[other] { $count } 项计划资源中有 { $done } 项已获批准或已提供。
    }

assess-result-title = { $date } 的自我评估
assess-result-by = 评估人：{ $name }。
assess-score =
    { $count ->
       *[other] 要求类题目：{ $percent }%（满分 { $count } 分，得 { $points } 分）。
    }
assess-unanswered-count =
    { $count ->
       *[other] { $count } 道要求类题目未作答。
    }
assess-not-applicable-count =
    { $count ->
       *[other] { $count } 道要求类题目不适用。
    }
assess-practice-count =
    { $count ->
       *[other] 良好实践：{ $count } 道题中有 { $fully } 道答“完全落实”（不计入得分）。
    }
assess-scale-note = 每道要求类题目的分值：未落实 0 分，部分落实 1 分，大部分落实 2 分，完全落实 3 分。不适用和未作答的题目不计分；良好实践题目单独统计。
assess-answers-heading = 答案
assess-col-question = 题目
assess-col-answer = 答案
assess-col-note = 备注
assess-actions-heading = 改进措施
assess-no-actions = 没有低于“完全落实”的答案，因此没有改进措施。
assess-action-what-missing = 尚未写明要做什么。
assess-action-who-when = 负责人：{ $who }。期限：{ $when }。
assess-not-set = 未设定
assess-add-to-plan = 加入计划
assess-plan-objective = 将措施加入哪个目标的计划
assess-choose-objective = 选择目标
assess-added-to = 已加入 { $code } 的计划。
assess-added = 措施已加入 { $code } 的计划。
assess-print = 打印或另存为 PDF
assess-delete = 删除此评估
assess-deleted = 已删除自我评估。
assess-open = 打开 { $date } 的自我评估
assess-back = 全部自我评估
assess-history-heading = 评估记录
assess-none = 尚无自我评估。
assess-col-date = 日期
assess-col-by = 评估人
assess-col-score = 得分
assess-trend-heading = 趋势
assess-trend-needs-two = 再做一次自我评估即可查看趋势。
assess-trend-caption = 各题答案，按评估时间从早到晚排列；最后一列比较最近两次评估。
assess-col-change = 变化
assess-movement-up = ▲ 提升
assess-movement-down = ▼ 下降
assess-movement-same = = 不变
assess-overall = 要求类题目得分
assess-chart-label = 各次自我评估的得分（百分比），按时间从早到晚
assess-chart-bar = { $date }：{ $percent }%

glance-nav = 条款 6.2 一览
glance-title = 条款 6.2 一览
glance-intro = 用平实的语言解读 ISO/IEC 20000-1:2018 条款 6.2：每一项要求什么（要求），审核员还会看什么（良好实践，与检查中的划分相同），什么证据能够证明，以及托管服务示例如何做到（目标 T1“提升客户满意度”）。
glance-establish-heading = 6.2.1 建立服务管理目标
glance-establish-lead = 在相关职能和层级上设定目标，作为成文信息保存，并且每个目标都满足 a) 至 f) 项。
glance-plan-heading = 6.2.2 策划如何实现目标
glance-plan-lead = 组织针对每个目标确定 a) 至 e) 项。
glance-col-item = 条目
glance-col-asks = 要求什么
glance-col-practice = 良好实践
glance-col-evidence = 什么能证明
glance-col-example = 示例中的做法
glance-levels-heading = 评级说明
glance-check-states = 检查只依据条款 6.2 的要求，将每一项评为“满足”“部分满足”或“缺失”；良好实践列在旁边，从不计分。
glance-scale = 自我评估将每道题评为未落实、部分落实、大部分落实或完全落实（不适用时须说明理由）。
glance-open-check = 打开条款 6.2 检查表
glance-open-assess = 进行自我评估
glance-item-levels = 在相关职能和层级上
glance-ask-levels = 在需要的地方设定目标：每个相关层级（战略、战术、运营）和职能都有，而不只是在最高层。
glance-gp-levels = 下层目标关联到它所支持的上层目标。
glance-ex-levels = 共九个目标：战略层三个（S1–S3）、战术层三个（T1–T3）、运营层三个（O1–O3）；T1 属于服务交付部门，支持 S1。
glance-ask-policy = a) 与服务管理方针一致。
glance-gp-policy = 每项方针承诺至少由一个目标承担。
glance-ex-policy = T1 支持方针条目 P1：满足约定的服务级别和客户需求。
glance-ask-measurable = b) 可测量（在可行时）。
glance-gp-measurable = 每个 KPI 有基线，以及测量方法或数据来源。
glance-ex-measurable = 客户满意度由 82 分提高到至少 90 分（满分 100），投诉处理不超过 24 小时，客户保留率 85%，各有目标日期。
glance-ask-requirements = c) 考虑适用的要求。
glance-gp-requirements = 没有适用要求时说明理由。
glance-ex-requirements = 关联 SLA 附表 B（响应和解决时间）以及重点客户在客户回顾会上提出的要求（CR-2026）。
glance-ask-monitored = d) 得到监视。
glance-gp-monitored = 有监视方法和监视负责人。
glance-ex-monitored = 投诉处理时间每月测量，满意度调查和续约率每季度测量；每月在服务评审会上评审进展。
glance-ask-communicated = e) 得到沟通。
glance-gp-communicated = 有沟通计划：对象和渠道。
glance-ex-communicated = 在全员大会上宣布，在客户回顾会上与重点客户讨论，并发布在 KPI 看板上。
glance-ask-updated = f) 适时更新。
glance-gp-updated = 除评审周期外还有更新触发条件。
glance-ex-updated = 每季度评审，服务、合同或风险变化以及未达目标时也会评审；每次变更都连同原因记入修订记录。
glance-ask-documented = 作为成文信息保存（并按条款 7.5 经过批准）。
glance-gp-documented = 登记册受文件控制：有负责人、版本和批准。
glance-ex-documented = 由首席执行官批准，并有修订记录。
glance-ask-actions = a) 要做什么。
glance-gp-actions = 计划经过批准；目标偏离时采取纠正措施。
glance-ex-actions = 为 20 家最大客户指定客户经理，4 小时内答复每一起投诉，每季度与重点客户开服务回顾会。
glance-ask-resources = b) 需要什么资源。
glance-gp-resources = 每项资源注明数量，并已获批准或已提供。
glance-ex-resources = 两名客户经理、五天的工具配置、组长参与投诉评审的时间，均已批准。
glance-ask-responsible = c) 由谁负责。
glance-gp-responsible = 指定到具体的人，而不是一个团队。
glance-ex-responsible = 负责人为服务交付经理；每项措施各有责任人。
glance-ask-timing = d) 何时完成。
glance-gp-timing = 每项措施都在目标日期之前到期。
glance-ex-timing = 每项措施都有开始和截止日期，最后一项在 KPI 的目标日期前完成。
glance-ask-evaluation = e) 如何评价结果。
glance-gp-evaluation = 明确由谁、何时评价，并记录结果。
glance-ex-evaluation = 每季度将满意度、投诉处理时间和续约率与基线比较；到目标日期达到 90 分、24 小时和 85% 即为成功。
