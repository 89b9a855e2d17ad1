## Workspaces: the list of named workspaces, switching, creating, renaming, copying, deleting

nav-workspaces = 工作区
workspaces-title = 工作区
workspaces-intro = 每个工作区都是一套独立的目标，保存在本浏览器中：例如一份参考答案、一份练习，或您自己的组织。打开另一个工作区时，本标签页会重新加载；撤销记录、未完成的向导和团队同步都只属于各自的工作区。
workspaces-default-name = 我的工作区
workspaces-switch-label = 工作区
workspaces-list-caption = 本浏览器中的工作区
workspaces-col-name = 名称
workspaces-col-objectives = 目标
workspaces-col-saved = 最近保存
workspaces-col-size = 占用存储
workspaces-col-actions = 操作
workspaces-current = 已在本标签页中打开
workspaces-objective-count =
    { $count ->
       *[other] { $count } 个目标
    }
workspaces-never-saved = 尚未保存
workspaces-unreadable = 无法读取：已按原样保留。可以下载它，或打开它查看问题所在。
workspaces-size = { $units } 个单位（占配额的 { $percent }%）
workspaces-open = 打开
workspaces-open-label = 打开 { $name }
workspaces-rename = 重命名
workspaces-rename-label = 重命名 { $name }
workspaces-rename-field = { $name } 的新名称
workspaces-rename-save = 保存名称
workspaces-duplicate = 复制
workspaces-duplicate-label = 复制 { $name }
workspaces-copy-name = { $name }（副本）
workspaces-delete = 删除…
workspaces-delete-label = 删除 { $name }
workspaces-download = 下载
workspaces-download-label = 下载 { $name } 的备份
workspaces-cancel = 取消
workspaces-create-title = 新建工作区
workspaces-create-name = 新工作区的名称
workspaces-create-start = 初始内容
workspaces-start-empty = 无：空白工作区
workspaces-start-example = 示例组织
workspaces-start-file = 从 SixTwo 导出的文件（JSON）
workspaces-example-label = 示例
workspaces-file-label = 作为初始内容的文件
workspaces-create = 创建并打开
workspaces-create-fetching = 正在获取示例…
workspaces-example-catalog-missing = 无法获取示例列表。请检查网络连接后重试。
workspaces-file-missing = 请先选择文件。
workspaces-delete-title = 删除 { $name }？
workspaces-delete-body = 其中的目标、记录、未完成的向导和团队同步设置都会从本浏览器中删除。请先下载备份：只有在提示关闭或离开本页之前才能撤销。
workspaces-delete-backup = 下载备份
workspaces-delete-confirm = 删除
workspaces-deleted-notice = 已删除工作区 { $name }。
workspaces-restored-notice = 工作区 { $name } 已恢复。
workspaces-restore-failed = 无法恢复该工作区：{ $detail }
workspaces-duplicated-notice = 已复制为 { $name }。
workspaces-renamed-notice = 已重命名为 { $name }。
workspaces-switch-blocked = 本标签页中还有未能存储的更改，因此仍停留在当前工作区。请先按页面顶部的提示处理。
workspaces-gone-notice = 此工作区已在另一个标签页中被删除。
workspaces-gone-title = 此工作区已在另一个标签页中被删除
workspaces-gone-body = 您现在看到的内容只保留在本标签页中，不再保存。可以保留它以重新存储、下载它，或打开另一个工作区。
workspaces-gone-keep = 保留此工作区
workspaces-gone-download = 下载
workspaces-missing-link = 此地址指向的工作区（{ $id }）不在本浏览器中：它可能已被删除，或者链接来自另一个浏览器。现在显示的是 { $name }。
workspaces-registry-title = 无法读取工作区列表
workspaces-registry-body = 该列表已按原样保留，绝不会被覆盖。第一个工作区照常可用；在列表修复之前，无法打开、创建或更改其他工作区。请下载该列表加以保留或交由他人修复。
workspaces-registry-download = 下载存储的列表
workspaces-bad-entries =
    { $count ->
       *[other] 列表中有 { $count } 项无法读取。这些项按原样保留，不予显示；其数据不受影响。
    }
workspaces-error-unreadable = 无法读取工作区列表，因此未作任何更改。
workspaces-error-empty-name = 请为工作区命名。
workspaces-error-name-too-long = 名称太长：最多 { $max } 个字符。
workspaces-error-name-taken = 已有另一个工作区名为 { $name }。
workspaces-error-too-many = 本浏览器中已有 { $max } 个工作区，这是 SixTwo 保存的上限。请先删除一个。
workspaces-error-not-found = 该工作区已不存在（可能已在另一个标签页中被删除）。
workspaces-error-last-one = 唯一的工作区不能删除。可以在“数据”页面将其清空。
workspaces-error-no-free-id = 无法生成新的标识。请重试。
workspaces-error-full = 浏览器的存储空间已满，因此未创建任何内容。请先导出并删除不再需要的工作区。
workspaces-error-store = 浏览器拒绝存储：{ $detail }
workspaces-usage-this = 其中当前工作区：{ $used } 个 UTF-16 单位（占配额的 { $percent }%）；“工作区”页面列出了每个工作区。
