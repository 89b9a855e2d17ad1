## Unsaved changes kept in the browser's database while storage is full

unsaved-kept-title = 更改已保存在本浏览器中
unsaved-kept = 这些更改的副本已保存在本浏览器的数据库（IndexedDB，截至 { $time }）中。如果在能够存储之前关闭或重新加载页面，SixTwo 再次打开时会重新显示这些更改。
unsaved-restored-title = 已恢复未保存的更改
unsaved-restored-body = 上次离开此页面时浏览器存储空间已满，因此您最近的更改（保留于 { $time }）改为保存在本浏览器的数据库中，现已重新显示。在能够再次保存之前，存储中的工作区仍是这些更改之前的版本；使用“撤销”即可回到该版本。
unsaved-hide-note = 隐藏此提示
unsaved-offered-title = 上次访问时未保存的更改
unsaved-offered-body = 浏览器存储空间已满时，于 { $time } 保留在本浏览器数据库中的更改从未被存储。此后工作区已有变化，因此恢复这些更改会替换当前显示的内容（可用“撤销”找回）。
unsaved-restore = 恢复这些更改
unsaved-download = 下载这些更改（JSON）
unsaved-discard = 丢弃这些更改
unsaved-unreadable-title = 无法读取保留的更改
unsaved-unreadable-body = 存储空间已满时保留在本浏览器数据库中的更改无法读取：{ $error }。这些数据保持原样。请下载以保留副本，或将其丢弃。
unsaved-unknown-time = 未知时间
