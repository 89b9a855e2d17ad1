## The app and its frame

app-name = SixTwo
app-tagline = 6.2 条款目标策划工具
skip-to-content = 跳到主要内容
main-navigation = 主导航
nav-home = 概览
nav-register = 目标登记册
nav-tree = 目标层级树
nav-policy = 方针
nav-requirements = 适用要求
nav-data = 数据
language-label = 语言
undo = 撤销
redo = 重做
undo-what = 撤销：{ $what }
redo-what = 重做：{ $what }
nothing-to-undo = 没有可撤销的操作
nothing-to-redo = 没有可重做的操作
undone = 已撤销：{ $what }
redone = 已重做：{ $what }
close = 关闭
cancel = 取消
no-script = SixTwo 需要启用 JavaScript 和 WebAssembly 才能运行。

## Save status

save-status-label = 保存状态
save-fresh = 暂无需要保存的内容
save-saved = 已于 { $time } 保存在本浏览器中
save-pending = 正在保存…
save-announced = 所有更改均已保存在本浏览器中。
save-not-saved = 未保存：{ $reason }
save-read-only = 只读：已存储的数据需要您来处理
save-memory-only = 仅在内存中：未存储到本浏览器
reason-storage-full = 浏览器存储空间已满
reason-conflict = 已在其他标签页中更改
reason-failed = 浏览器拒绝存储（{ $detail }）

## Banners about storage

memory-only-title = 您的工作未被存储
memory-only-body = 此浏览器不允许 SixTwo 使用存储（可能是无痕窗口或网站数据被阻止）。您所做的一切只保留在此标签页中，关闭后即会丢失。请下载数据以便保留。
storage-full-title = 浏览器存储空间已满
storage-full-body = 您最近的更改保留在此标签页中，但无法存储。请立即下载数据，然后删除不再需要的目标或记录，以便恢复保存。
download-data = 下载数据（JSON）
conflict-title = 已在其他标签页中更改
conflict-body = 另一个标签页保存了对本标签页同样修改过的记录的更改：{ $records }。请选择保留哪一方的这些记录；两个标签页中的其他更改都会保留。
conflict-whole-body = 另一个标签页保存的版本无法与本标签页中的更改合并：两者合在一起会违反工作区的规则（{ $problem }）。请选择保留哪个版本，另一个版本将被替换。
conflict-record-objective = 目标 { $code }
conflict-record-policy = 方针条款 { $reference }
conflict-record-requirement = 要求 { $reference }
conflict-record-communication = { $date } 的沟通记录
conflict-record-organisation = 组织信息
conflict-record-settings = 进度阈值
conflict-unreadable-body = 另一个标签页存储了此版本 SixTwo 无法读取的数据。除非您选择覆盖，本标签页不会覆盖它。
conflict-use-theirs = 使用其他标签页的版本
conflict-keep-mine = 保留本标签页的版本
conflict-download-mine = 下载本标签页的版本
external-reloaded = 已载入其他标签页保存的更改。
external-merged = 已将其他标签页保存的更改与本标签页的更改合并。
external-removed = 已存储的工作区在本标签页之外被删除。本标签页保留其副本，并会在您下次更改时重新存储。

## Recovery screen

recovery-title = 无法读取已存储的数据
recovery-intro = SixTwo 在此浏览器中发现了无法读取的数据。它没有修改或删除这些数据，在您作出决定之前也不会写入任何内容。
recovery-problem = 问题所在
recovery-download = 下载已存储的数据
recovery-download-help = 请先保留一份副本：可以手工修复，或用较新版本的 SixTwo 打开。
recovery-start-empty = 新建空白工作区…
recovery-confirm-title = 替换无法读取的数据？
recovery-confirm-body = 您第一次做出更改时，无法读取的数据将被覆盖。如果尚未下载，请先下载。
recovery-confirm-yes = 新建空白工作区

## Not found

not-found-title = 页面不存在
not-found-body = 此地址没有内容。
go-home = 返回概览

## A newer build of the app, installed by the service worker and waiting for a reload

update-available = SixTwo 有新版本可用
update-body = 重新加载即可使用新版本。重新加载前会先保存您的工作；如果无法保存，SixTwo 不会重新加载，并会说明原因。
update-reload = 重新加载
update-blocked-storage-full = 未重新加载：浏览器存储空间已满，您最近的更改只保留在此标签页中，重新加载会丢失这些更改。请先下载数据或释放空间，然后再试。
update-blocked-conflict = 未重新加载：另一个标签页也保存了对此工作区的更改。请先选择保留哪个版本，然后再试。
update-blocked-memory-only = 未重新加载：此浏览器不允许 SixTwo 存储数据，您的工作只存在于此标签页中，重新加载会丢失。请先下载数据。
update-blocked-failed = 未重新加载：您最近的更改无法存储（{ $detail }），重新加载会丢失这些更改。请先下载数据，然后再试。
