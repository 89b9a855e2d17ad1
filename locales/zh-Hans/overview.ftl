## Overview

home-title = 概览
home-intro = SixTwo 帮助您在相关职能和层次上制定服务管理目标，并策划实现方法，以满足 ISO/IEC 20000-1:2018 第 6.2 条的要求。所有数据都保存在本浏览器中：没有服务器，也无需账户。
home-start-title = 从这里开始
home-start-body = 您的工作区是空的。载入示例组织，了解战略性、战术性和运行性目标如何相互衔接；或者从您自己的方针和目标开始。
home-levels-title = 各层级目标
home-level-count =
    { $count ->
       *[other] { $count } 个目标
    }
home-unaligned =
    { $count ->
       *[other] 有 { $count } 个战术性或运行性目标未与上级目标对齐。
    }
home-organisation = 组织
home-no-organisation = 尚未填写组织信息。
home-policy-count =
    { $count ->
       *[other] { $count } 条方针
    }
home-requirement-count =
    { $count ->
       *[other] { $count } 项适用要求
    }
load-example = 载入示例
new-objective = 新建目标
record-policy = 填写服务管理方针
example-loaded = 已载入示例组织。
replace-with-example-title = 用示例替换当前工作区？
replace-with-example-body =
    { $count ->
       *[other] 当前工作区不是空的（{ $count } 个目标）。载入示例将替换全部内容。此操作可以撤销。
    }
replace = 替换
example-fetching = 正在获取示例……
example-catalog-fetching = 正在获取示例列表……
example-offline = 无法获取 { $file }：浏览器当前离线，且尚未保存副本。SixTwo 在联网打开一次之后会保存示例，供离线使用；请联网后重试。
example-status = 无法获取 { $file }：服务器返回错误 { $status }。
example-not-listed = 示例列表中没有名为“{ $id }”的示例。
example-file-unreadable = 无法读取示例文件 { $file }：
example-refused = 示例未能替换您的工作区：{ $reason }
example-catalog-syntax = 无法读取示例列表：{ $message }（第 { $line } 行，第 { $column } 列）。
example-catalog-not-catalog = 示例列表不是 SixTwo 的格式。
example-catalog-too-new = 示例列表是为更新版本的 SixTwo 编写的（列表版本 { $version }）；请重新加载页面以使用最新版本。
example-catalog-duplicate-id = 示例列表中“{ $id }”这个示例出现了两次。
example-catalog-bad-id = 示例列表中有一项的标识（“{ $id }”）含有字母、数字和连字符以外的字符。
example-catalog-no-english = 示例“{ $id }”缺少英文文件，而每个示例都必须有英文文件。
example-catalog-bad-file = 示例“{ $id }”指定的文件不是示例文件夹中的 .json 文件。
example-try-again = 重试
example-about = 关于此示例
example-gaps = 有意保留的差距
example-in-english = 此示例没有您所用语言的版本，已载入英文版。
example-hide-note = 隐藏说明

## The overview's agenda and dashboard

dash-intro = 根据您记录的日期，在每次打开 SixTwo 时重新计算已逾期和未来 30 天内到期的事项。不会发送任何通知：打开 SixTwo 即可查看提醒。
dash-overdue-title = 已逾期
dash-upcoming-title = 未来 30 天内到期
dash-overdue-count = { $count } 项已逾期，最早的排在最前。
dash-upcoming-count = { $count } 项即将到期，最近的排在最前。
dash-nothing-overdue = 没有逾期事项。
dash-nothing-upcoming = 未来 30 天内没有到期事项。
dash-column-when = 时间
dash-column-what = 待办事项
dash-column-objective = 目标
dash-showing = 显示 { $total } 项中的 { $shown } 项。
dash-show-more = 再显示 { $count } 项
dash-days-overdue =
    { $days ->
       *[other] 逾期 { $days } 天
    }
dash-due-today = 今天到期
dash-due-tomorrow = 明天到期
dash-due-in-days = { $days } 天后到期
# 同样的说法放在句中，例如目标页面的“评审：2026-12-18（12 天后到期）”。
dash-due-today-inline = 今天到期
dash-due-tomorrow-inline = 明天到期
dash-due-in-days-inline = { $days } 天后到期
dash-do-measure = 测量“{ $kpi }”
dash-do-measure-unnamed = 测量一项KPI
dash-do-review = 评审目标
dash-do-action = 完成行动：{ $action }
dash-do-action-unnamed = 完成一项行动
dash-do-evaluation = 评价结果
dash-do-communicate-never = 进行沟通（从未沟通过）
dash-do-communicate-change = 沟通最近的变更
dash-attention-title = 偏离目标或存在风险
dash-attention-count = { $off } 个偏离目标，{ $risk } 个存在风险。
dash-nothing-off-track = 没有偏离目标或存在风险的实施中目标。
dash-track-on-track = 进展正常
dash-track-at-risk = 存在风险
dash-track-off-track = 偏离目标
dash-track-not-measured = 尚未测量
dash-track-no-target = 无目标值
dash-score-title = 6.2 条款符合性
dash-score-percent = 要求项满足率 { $percent }%
dash-open-checklist = 打开 6.2 条款检查表
dash-counts-title = 按层级和状态统计的目标
dash-tracks-title = 按进展统计的实施中目标
dash-column-level = 层级
dash-column-total = 合计
dash-row-total = 所有层级
