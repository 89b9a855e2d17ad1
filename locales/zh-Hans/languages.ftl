# 界面语言的文字文件无法使用时的提示（此时界面为英文）。
language-unreachable = 未能下载{ $language }界面文字（设备离线或请求被拦截），SixTwo 暂以英文显示。可在语言菜单中再次选择{ $language }重试。
language-status = 未能下载{ $language }界面文字（服务器返回 { $status }），SixTwo 暂以英文显示。可在语言菜单中再次选择{ $language }重试。
language-other-build = 收到的{ $language }界面文字属于另一版本的 SixTwo，SixTwo 暂以英文显示。请重新加载页面以获取当前版本。
