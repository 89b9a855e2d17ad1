## Register

register-title = 目标登记册
filters = 筛选
filter-level = 层级
filter-status = 状态
filter-function = 职能或部门
filter-owner = 负责人
filter-search = 搜索
filter-search-hint = 代码、标题、描述、负责人、职能或 KPI 中的字词
filter-any = 全部
filter-none = （未填写）
clear-filters = 清除筛选
column-code = 代码
column-title = 标题
column-level = 层级
column-status = 状态
column-function = 职能或部门
column-owner = 负责人
column-parent = 上级目标
column-kpis = KPI
column-updated = 最近修改
sort-ascending = 升序
sort-descending = 降序
register-count =
    { $total ->
       *[other] 显示 { $shown } 个目标，共 { $total } 个。
    }
register-empty = 尚无目标。
register-no-match = 没有符合筛选条件的目标。

## Tree

tree-title = 目标层级树
tree-label = 按层级排列的目标
tree-help = 按方向键移动和展开分支，按 Home 键或 End 键跳到第一个或最后一个目标，按回车键打开目标，输入字符可跳到代码或标题匹配的目标。
tree-actions = 所选目标的操作
tree-selected = 已选：{ $name }
tree-nothing-selected = 请在树中选择一个目标。
expand-all = 全部展开
collapse-all = 全部折叠
unaligned-group = 未对齐（{ $count }）
unaligned-help = 战术性和运行性目标应支撑其上级目标。
warning = 警告
move-to = 移动到…
open-objective = 打开
add-child = 新增下级目标
tree-empty = 尚无目标。
kpis-at-a-glance = KPI：{ $list }
tree-also-contributes = 同时支撑 { $codes }
no-kpis-short = 无 KPI

## New objective

new-objective-title = 新建目标
new-objective-help = 先填写基本信息。关联、KPI 和计划可在目标页面中添加。
create-objective = 创建目标
created = 已创建 { $code }。
