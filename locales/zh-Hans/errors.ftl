## Why stored data or a file cannot be read

decode-empty = 存储的文本为空。
decode-compact-header = 第一行不是本版本 SixTwo 能识别的存储数据标头。
decode-compact-unit = 压缩数据已被改动或截断：第一行之后的第 { $position } 个字符不可能属于压缩数据。
decode-compact-truncated = 压缩数据被截短：应有 { $expected } 字节，实际只有 { $found } 字节。
decode-compact-damaged = 压缩数据已损坏，无法解压。
decode-compact-length = 解压后长度为 { $found } 字节，而第一行标明为 { $expected } 字节。
decode-compact-not-text = 解压后的内容不是文本（UTF-8）。
decode-syntax = 不是有效的 JSON：{ $message }（第 { $line } 行，第 { $column } 列）。
decode-not-six-two = 这不是 SixTwo 工作区。
decode-not-six-two-found = 这是“{ $format }”文档，不是 SixTwo 工作区。
decode-bad-version = 缺少模式版本号，或版本号不是整数。
decode-header-revision = 其字段 { $field } 必须是大于或等于 0 的整数，但实际为 { $found }。
decode-header-time = 其字段 { $field } 必须是形如 2026-11-24T09:30:00Z 的时间，但实际为 { $found }。
decode-too-deep = 其中列表和对象的嵌套超过 { $limit } 层，位于 { $path }（第 { $line } 行，第 { $column } 列）。
decode-too-new = 它由较新版本的 SixTwo 保存（模式版本 { $version }）；当前版本只能读取模式版本 { $current }。请用较新版本的 SixTwo 打开。
decode-migration = 无法从模式版本 { $version } 转换：{ $message }
decode-field = 字段 { $path } 无效：{ $message }
decode-inconsistent = 其中的记录相互矛盾（共 { $total } 个问题）：
problem-duplicate-id = { $path }：编号 { $id } 被重复使用
problem-duplicate-code = { $path }：代码 { $code } 被重复使用
problem-bad-code = { $path }：代码无效。{ $reason }
problem-unknown-parent = { $path }：上级目标 { $id } 不存在
problem-own-parent = { $path }：目标不能以自身为上级
problem-cycle = { $path }：上级关系形成了循环
problem-level-above-parent = { $path }：{ $level }目标不能位于{ $parent_level }目标之下
problem-unknown-contribution = { $path }：所支撑的目标 { $id } 不存在
problem-own-contribution = { $path }：目标不能支撑自身
problem-contribution-to-parent = { $path }：所关联的是上级目标，目标已通过上级关系支撑它
problem-duplicate-contribution = { $path }：同一目标被关联了两次
problem-level-above-contribution = { $path }：{ $level }目标不能支撑{ $target_level }目标
problem-contribution-cycle = { $path }：上级关系与“同时支撑”关联形成了循环
problem-unknown-policy = { $path }：关联的方针条目 { $id } 不存在
problem-unknown-requirement = { $path }：关联的要求 { $id } 不存在
problem-field = { $path }：{ $reason }
problems-more = ……另有 { $count } 个问题。

## What is wrong in JSON text (the reader's own words, in decode-syntax and decode-field)

json-end-of-text = 文本在值结束之前就结束了
json-expected-value = 此处应为一个值
json-invalid-literal = 此处只能写 true、false 或 null
json-expected-colon = 键之后应为冒号（:）
json-expected-comma-or-end = 此处应为逗号，或列表、对象的结尾
json-key-must-be-string = 键必须是带双引号的字符串
json-trailing-comma = 列表或对象的结尾之前多了一个逗号
json-trailing-text = 文档结束之后还有其他文本
json-invalid-number = 数字的写法不符合 JSON 的规定
json-invalid-escape = 反斜杠开始了一个 JSON 不认识的转义
json-control-character = 字符串中含有必须转义的控制字符（如换行）
json-lone-surrogate = \u 转义只包含代理对的一半
json-too-deep = 列表和对象嵌套过深
json-wrong-type = 应为{ $expected }，实际为{ $found }
json-missing-field = 缺少字段 { $field }
json-duplicate-field = 字段 { $field } 出现了两次
json-unknown-name = “{ $found }”不是以下名称之一：{ $expected }
json-out-of-range = 数字超出范围
json-invalid-value = “{ $found }”不是{ $expected }
json-type-null = 空值（null）
json-type-bool = 布尔值
json-type-number = 数字
json-type-string = 字符串
json-type-array = 列表
json-type-object = 对象
json-expect-bool = true 或 false
json-expect-number = 数字
json-expect-whole-number = 大于或等于 0 的整数
json-expect-string = 字符串
json-expect-array = 列表
json-expect-object = 对象
json-expect-null = 空值（null）
json-expect-name = 名称
json-expect-uuid = 标识符（UUID）
json-expect-date = 形如 2026-11-24 的日期
json-expect-pair = 由两个值组成的列表
json-expect-time = 形如 2026-11-24T09:30:00Z 的时间
json-expect-value = 值

## Refused changes

err-objective-not-found = 该目标已不存在。
err-policy-not-found = 该方针条目已不存在。
err-requirement-not-found = 该要求已不存在。
err-kpi-not-found = 该 KPI 已不存在。
err-action-not-found = 该行动已不在计划中。
err-parent-not-found = 所选的上级目标已不存在。
err-duplicate-id = 该记录已存在。
err-code-empty = 请输入代码，例如 S1 或 T1.2。
err-code-too-long = 代码最多 { $max } 个字符。
err-code-whitespace = 代码不能包含空格。
err-code-control = 代码不能包含制表符、换行符等控制字符（其中含有 { $code_point }）。
err-code-taken = 代码 { $code } 已被其他目标使用。
err-title-empty = 请输入标题。
err-kpi-name-empty = 请输入 KPI 名称。
err-text-empty = 请在此处填写内容，或删除这一行。
err-dates-inverted = 开始日期晚于到期日期。
err-too-long = 最多 { $max } 个字符。
err-level-above-parent = { $level }目标不能位于{ $parent_level }目标 { $parent_code } 之下。请先选择其他上级目标。
err-child-above-level = 其下级目标 { $child_code } 为{ $child_level }目标，{ $level }目标不能拥有该下级。请先移动 { $child_code }。
err-cycle = 目标不能移动到自身或其下级目标之下。
err-contribution-not-found = 要同时支撑的目标已不存在。
err-contribution-to-self = 目标不能支撑自身。
err-contribution-to-parent = { $code } 是上级目标，本目标已通过上级关系支撑它。请先删除与 { $code } 的关联。
err-contribution-duplicate = { $code } 被关联了两次。
err-level-above-contribution = { $level }目标不能支撑{ $target_level }目标 { $target_code }。
err-contributor-above-level = { $contributor_code } 支撑本目标，且为{ $contributor_level }目标，而{ $level }目标不能由其支撑。请先删除该关联。
err-contribution-cycle = { $code } 已通过其上级或关联支撑本目标，再建立该关联会形成循环。
err-not-relevant-reason-empty = 请说明该职能或层级不相关的原因。
err-range-inverted = 范围下限不能高于上限。
err-not-finite = 请输入有限的数值。
err-number-too-large = 请输入介于 -{ $max } 和 { $max } 之间的数值。
err-date-out-of-range = 请输入 { $first } 年至 { $last } 年之间的日期。
err-inconsistent = 该工作区存在 { $count } 个问题，未被载入。
err-nothing-to-do = 没有需要更改的内容。
err-not-a-number = 请输入数字，例如 15 或 99.9。
err-not-a-date = 请按 YYYY-MM-DD 格式输入日期。
# The title of a form's error summary.
form-problems =
    { $count ->
       *[other] 未保存任何内容：有 { $count } 个字段需要处理。
    }
