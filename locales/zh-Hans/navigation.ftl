## 页眉导航：“更多”菜单和手机上的“菜单”按钮

nav-more = 更多
nav-menu = 菜单
nav-more-holds-current = （当前页面：{ $page }）
