## Views loaded when first opened (release builds fetch their code then)

view-loading = 正在打开此视图…
view-load-failed-title = 无法打开此视图
view-load-failed-body = 未能加载 SixTwo 的这部分程序。请检查网络连接后重试。您的数据不受影响。
view-load-retry = 重试
view-text-missing = （文字未加载）
