## Team sync while its code is fetched (release builds fetch it when a workspace with sync opens)

sync-status-loading = 正在启动团队同步…
sync-status-code-unavailable = 团队同步无法启动：未能加载 SixTwo 的这部分程序。稍后以及网络恢复时会自动重试。您的数据不受影响。
