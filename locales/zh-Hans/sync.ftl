## Team sync: the page, its form, status and conflicts

nav-sync = 团队同步
sync-title = 团队同步
sync-intro = 通过支持 CouchDB 复制协议的服务器（Apache CouchDB、IBM Cloudant、PouchDB Server）与团队共享此工作区。每个浏览器都保存自己的副本，离线也能工作；只要能连上服务器，双方的更改就会相互同步。
sync-server = 服务器地址
sync-server-help = 例如 https://couch.example.org。必须使用 HTTPS，本机上的服务器除外。
sync-database = 数据库
sync-database-help = 每个工作区使用一个数据库。名称以小写字母开头，其后可用小写字母、数字和 _ $ ( ) + - /。
sync-auth = 登录方式
sync-auth-session = 用户名和密码，以会话 Cookie 保持登录（CouchDB）
sync-auth-basic = 每次请求都发送用户名和密码（基本认证）
sync-auth-none = 无：任何能访问该服务器的人都可读写此数据库
sync-user = 用户名
sync-password = 密码
sync-password-help = 仅在此标签页打开期间使用，从不保存。
sync-start = 开始同步
sync-problem-empty = 请填写此项。
sync-problem-not-address = 请输入以 https:// 开头的地址。
sync-problem-not-https = 请使用 https://。使用 http:// 时，密码和数据将以明文传输；只有本机上的服务器（localhost）可以使用 http://。
sync-problem-credentials = 请不要把用户名和密码写进地址，在下方填写即可。
sync-problem-query = 请去掉 ? 或 # 及其后的内容。
sync-problem-database = 名称须以小写字母开头，其后只能使用小写字母、数字和 _ $ ( ) + - /（最多 238 个字符）。
sync-problem-no-user = 请输入您在服务器上的用户名。
sync-with = 正在与 { $server } 上的数据库 { $database } 同步。
sync-status-off = 团队同步未开启：此工作区只保存在本浏览器中。
sync-status-unreadable = 已保存的同步设置无法读取，现保持原样不动；请先停止同步以删除这些设置，再重新设置同步。
sync-status-paused = 已暂停。在此所做的更改将等到恢复同步后再发送。
sync-status-syncing = 正在同步…
sync-status-watching = 已是最新。团队的更改会随时同步过来。
sync-status-offline =
    { $count ->
       *[other] 无法连接服务器。在此所做的更改已保留，待服务器恢复后发送；{ $count } 秒后重试。
    }
sync-status-sign-in = 服务器要求登录。请输入密码以继续。
sync-status-no-database = 服务器上没有这个数据库。请联系服务器管理员创建。
sync-status-forbidden = 服务器不允许此用户读写该数据库：{ $reason }
sync-status-server = 服务器返回错误（{ $status } { $error }）：{ $reason }
sync-status-not-stored = 本浏览器无法保存工作区或同步数据，同步已停止。没有丢失任何内容。请释放一些存储空间后恢复同步。
sync-last = 上次同步：{ $time }。
sync-never = 尚未同步。
sync-pending =
    { $count ->
       *[other] 在此所做的 { $count } 项更改尚未发送到服务器。
    }
sync-pause = 暂停
sync-resume = 恢复
sync-stop = 停止同步…
sync-stop-title = 停止同步？
sync-stop-body = 本浏览器将停止同步并忘记服务器设置。工作区原样保留在这里，服务器上的内容也不会被删除。
sync-stop-confirm = 停止同步
sync-sign-in = 登录
sync-conflicts-title = 冲突
sync-conflicts-intro = 自上次同步以来，这些记录在这里和其他人那里都被修改过。请选择保留哪个版本：系统不会替您决定。
sync-field = 字段
sync-mine = 本浏览器
sync-theirs = 服务器
sync-keep-mine = 保留我的
sync-take-theirs = 采用服务器的
sync-take-failed = 服务器上的版本会违反这里的规则，因此已暂时搁置。
sync-held-title = 暂时搁置
sync-held-intro = 服务器上的这些记录会违反这里的规则，因此没有合并进来。每次同步都会重试：无论在哪一方修正了原因，它们都会被合并进来。
sync-held-unreadable = 这不是 SixTwo 能读取的记录。
sync-held-too-new = 它由更新版本的 SixTwo 写入（数据结构版本 { $version }）。请更新本浏览器中的 SixTwo。
sync-held-orphan = 它所属的目标或 KPI 不在此工作区中。
sync-held-unexplained = 加入它后工作区无法读取。
sync-refused = 服务器拒绝了 { $id }：{ $reason }
sync-kind-workspace = 组织与设置
sync-kind-policy = 方针声明
sync-kind-requirement = 要求
sync-kind-objective = 目标
sync-kind-measurement = 测量
sync-kind-review = 评审
sync-kind-communication = 沟通
sync-resolve = 解决
sync-choose-first = 请先选择“保留我的”或“采用服务器的”。
sync-status-other-tab = 本浏览器的另一个标签页正在同步此工作区，冲突和错误显示在那个标签页中。本标签页显示上次同步的时间，并在那个标签页关闭后接替同步。
