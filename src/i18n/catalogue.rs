//! Every message the interface shows, in English and Simplified Chinese.
//!
//! The macro makes a missing translation a compile error: each entry must give both texts.
//! Placeholders are written `{name}` and filled by [`super::fill`]; a test checks that both
//! languages use the same placeholders.

use super::Lang;

macro_rules! messages {
    ($($name:ident => $en:literal, $zh:literal;)*) => {
        /// A user-visible message.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($name,)*
        }

        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self {
                        $(Msg::$name => $en,)*
                    },
                    Lang::ZhHans => match self {
                        $(Msg::$name => $zh,)*
                    },
                }
            }
        }
    };
}

messages! {
    // The app and its frame.
    AppName => "SixTwo", "SixTwo";
    AppTagline => "Clause 6.2 objectives planner", "6.2 条款目标策划工具";
    SkipToContent => "Skip to main content", "跳到主要内容";
    MainNavigation => "Main", "主导航";
    NavHome => "Overview", "概览";
    NavRegister => "Register", "目标登记册";
    NavTree => "Level tree", "目标层级树";
    NavPolicy => "Policy", "方针";
    NavRequirements => "Requirements", "适用要求";
    NavData => "Data", "数据";
    LanguageLabel => "Language", "语言";
    SwitchToOther => "中文", "English";
    SwitchToOtherLabel => "切换到简体中文 (Switch to Simplified Chinese)", "Switch to English (切换到英文)";
    Undo => "Undo", "撤销";
    Redo => "Redo", "重做";
    UndoWhat => "Undo: {what}", "撤销：{what}";
    RedoWhat => "Redo: {what}", "重做：{what}";
    NothingToUndo => "Nothing to undo", "没有可撤销的操作";
    NothingToRedo => "Nothing to redo", "没有可重做的操作";
    Undone => "Undone: {what}", "已撤销：{what}";
    Redone => "Redone: {what}", "已重做：{what}";
    Close => "Close", "关闭";
    Cancel => "Cancel", "取消";
    NoScript => "SixTwo needs JavaScript and WebAssembly to run.", "SixTwo 需要启用 JavaScript 和 WebAssembly 才能运行。";

    // Save status.
    SaveStatusLabel => "Save status", "保存状态";
    SaveFresh => "Nothing to save yet", "暂无需要保存的内容";
    SaveSaved => "Saved in this browser at {time}", "已于 {time} 保存在本浏览器中";
    SavePending => "Saving…", "正在保存…";
    SaveAnnounced => "All changes are saved in this browser.", "所有更改均已保存在本浏览器中。";
    SaveNotSaved => "Not saved: {reason}", "未保存：{reason}";
    SaveReadOnly => "Read-only: stored data needs your decision", "只读：已存储的数据需要您来处理";
    SaveMemoryOnly => "Memory only: not stored in this browser", "仅在内存中：未存储到本浏览器";
    ReasonStorageFull => "browser storage is full", "浏览器存储空间已满";
    ReasonConflict => "changed in another tab", "已在其他标签页中更改";
    ReasonFailed => "the browser refused to store it ({detail})", "浏览器拒绝存储（{detail}）";

    // Banners about storage.
    MemoryOnlyTitle => "Your work is not being stored", "您的工作未被存储";
    MemoryOnlyBody => "This browser does not let SixTwo use its storage (a private window or blocked site data). Everything you do stays in this tab and is lost when you close it. Download your data to keep it.", "此浏览器不允许 SixTwo 使用存储（可能是无痕窗口或网站数据被阻止）。您所做的一切只保留在此标签页中，关闭后即会丢失。请下载数据以便保留。";
    StorageFullTitle => "Browser storage is full", "浏览器存储空间已满";
    StorageFullBody => "Your latest changes are kept in this tab but could not be stored. Download your data now; then remove objectives or records you no longer need so that saving can resume.", "您最近的更改保留在此标签页中，但无法存储。请立即下载数据，然后删除不再需要的目标或记录，以便恢复保存。";
    DownloadData => "Download data (JSON)", "下载数据（JSON）";
    ConflictTitle => "Changed in another tab", "已在其他标签页中更改";
    ConflictBody => "Another tab saved this workspace while this tab had changes that are not stored yet. Choose which version to keep; the other is replaced.", "在本标签页尚有未存储的更改时，另一个标签页保存了此工作区。请选择保留哪个版本，另一个版本将被替换。";
    ConflictUnreadableBody => "Another tab stored data that this version of SixTwo cannot read. This tab will not overwrite it unless you choose to.", "另一个标签页存储了此版本 SixTwo 无法读取的数据。除非您选择覆盖，本标签页不会覆盖它。";
    ConflictUseTheirs => "Use the other tab's version", "使用其他标签页的版本";
    ConflictKeepMine => "Keep this tab's version", "保留本标签页的版本";
    ConflictDownloadMine => "Download this tab's version", "下载本标签页的版本";
    ExternalReloaded => "Updated with changes saved in another tab.", "已载入其他标签页保存的更改。";
    ExternalRemoved => "The stored workspace was removed outside this tab. This tab keeps its copy and stores it again with your next change.", "已存储的工作区在本标签页之外被删除。本标签页保留其副本，并会在您下次更改时重新存储。";

    // Recovery screen.
    RecoveryTitle => "Stored data could not be read", "无法读取已存储的数据";
    RecoveryIntro => "SixTwo found data in this browser that it cannot read. It has not changed or deleted that data, and it will write nothing until you decide what to do.", "SixTwo 在此浏览器中发现了无法读取的数据。它没有修改或删除这些数据，在您作出决定之前也不会写入任何内容。";
    RecoveryProblem => "What is wrong", "问题所在";
    RecoveryDownload => "Download the stored data", "下载已存储的数据";
    RecoveryDownloadHelp => "Keep a copy first: it can be repaired by hand or opened with a newer SixTwo.", "请先保留一份副本：可以手工修复，或用较新版本的 SixTwo 打开。";
    RecoveryStartEmpty => "Start an empty workspace…", "新建空白工作区…";
    RecoveryConfirmTitle => "Replace the unreadable data?", "替换无法读取的数据？";
    RecoveryConfirmBody => "The unreadable data will be overwritten the first time you change something. If you have not downloaded it yet, do that first.", "您第一次做出更改时，无法读取的数据将被覆盖。如果尚未下载，请先下载。";
    RecoveryConfirmYes => "Start empty", "新建空白工作区";

    // Why stored data or a file cannot be read.
    DecodeEmpty => "The stored text is empty.", "存储的文本为空。";
    DecodeSyntax => "It is not valid JSON: {message} (line {line}, column {column}).", "不是有效的 JSON：{message}（第 {line} 行，第 {column} 列）。";
    DecodeNotSixTwo => "It is not a SixTwo workspace.", "这不是 SixTwo 工作区。";
    DecodeNotSixTwoFound => "It is a \"{format}\" document, not a SixTwo workspace.", "这是“{format}”文档，不是 SixTwo 工作区。";
    DecodeBadVersion => "Its schema version is missing or is not a whole number.", "缺少模式版本号，或版本号不是整数。";
    DecodeTooNew => "It was saved by a newer version of SixTwo (schema version {version}); this version reads schema version {current}. Open it with the newer SixTwo.", "它由较新版本的 SixTwo 保存（模式版本 {version}）；当前版本只能读取模式版本 {current}。请用较新版本的 SixTwo 打开。";
    DecodeMigration => "It could not be converted from schema version {version}: {message}", "无法从模式版本 {version} 转换：{message}";
    DecodeField => "The field {path} is invalid: {message}", "字段 {path} 无效：{message}";
    DecodeInconsistent => "Its records contradict each other ({total} problems):", "其中的记录相互矛盾（共 {total} 个问题）：";
    ProblemDuplicateId => "{path}: the id {id} is used more than once", "{path}：编号 {id} 被重复使用";
    ProblemDuplicateCode => "{path}: the code {code} is used more than once", "{path}：代码 {code} 被重复使用";
    ProblemBadCode => "{path}: invalid code. {reason}", "{path}：代码无效。{reason}";
    ProblemUnknownParent => "{path}: the parent {id} does not exist", "{path}：上级目标 {id} 不存在";
    ProblemOwnParent => "{path}: the objective is its own parent", "{path}：目标不能以自身为上级";
    ProblemCycle => "{path}: the parent links form a loop", "{path}：上级关系形成了循环";
    ProblemLevelAboveParent => "{path}: a {level} objective cannot sit below a {parent_level} objective", "{path}：{level}目标不能位于{parent_level}目标之下";
    ProblemUnknownPolicy => "{path}: links to policy statement {id}, which does not exist", "{path}：关联的方针条目 {id} 不存在";
    ProblemUnknownRequirement => "{path}: links to requirement {id}, which does not exist", "{path}：关联的要求 {id} 不存在";
    ProblemRangeInverted => "{path}: the low end of the range is above the high end", "{path}：范围下限高于上限";
    ProblemNotFinite => "{path}: not a finite number", "{path}：不是有限数值";
    ProblemTooLong => "{path}: longer than {max} characters", "{path}：超过 {max} 个字符";
    ProblemsMore => "…and {count} more.", "……另有 {count} 个问题。";

    // Refused changes.
    ErrObjectiveNotFound => "That objective no longer exists.", "该目标已不存在。";
    ErrPolicyNotFound => "That policy statement no longer exists.", "该方针条目已不存在。";
    ErrRequirementNotFound => "That requirement no longer exists.", "该要求已不存在。";
    ErrKpiNotFound => "That KPI no longer exists.", "该 KPI 已不存在。";
    ErrParentNotFound => "The chosen parent objective no longer exists.", "所选的上级目标已不存在。";
    ErrDuplicateId => "That record already exists.", "该记录已存在。";
    ErrCodeEmpty => "Enter a code, such as S1 or T1.2.", "请输入代码，例如 S1 或 T1.2。";
    ErrCodeTooLong => "A code has at most {max} characters.", "代码最多 {max} 个字符。";
    ErrCodeWhitespace => "A code cannot contain spaces.", "代码不能包含空格。";
    ErrCodeTaken => "The code {code} is already used by another objective.", "代码 {code} 已被其他目标使用。";
    ErrTitleEmpty => "Enter a title.", "请输入标题。";
    ErrKpiNameEmpty => "Enter a name for the KPI.", "请输入 KPI 名称。";
    ErrTextEmpty => "Enter a text here, or remove the row.", "请在此处填写内容，或删除这一行。";
    ErrDatesInverted => "The start date is after the due date.", "开始日期晚于到期日期。";
    ErrTooLong => "Use at most {max} characters.", "最多 {max} 个字符。";
    ErrLevelAboveParent => "A {level} objective cannot sit below {parent_code}, which is {parent_level}. Choose another parent first.", "{level}目标不能位于{parent_level}目标 {parent_code} 之下。请先选择其他上级目标。";
    ErrChildAboveLevel => "{child_code} below it is {child_level}, which a {level} objective cannot have as a child. Move {child_code} first.", "其下级目标 {child_code} 为{child_level}目标，{level}目标不能拥有该下级。请先移动 {child_code}。";
    ErrCycle => "An objective cannot be moved below itself or one of its own children.", "目标不能移动到自身或其下级目标之下。";
    ErrRangeInverted => "The low end of the range must not be above the high end.", "范围下限不能高于上限。";
    ErrNotFinite => "Enter a finite number.", "请输入有限的数值。";
    ErrInconsistent => "The workspace has {count} problems and was not loaded.", "该工作区存在 {count} 个问题，未被载入。";
    ErrNothingToDo => "There was nothing to change.", "没有需要更改的内容。";
    ErrNotANumber => "Enter a number such as 15 or 99.9.", "请输入数字，例如 15 或 99.9。";
    ErrNotADate => "Enter a date as YYYY-MM-DD.", "请按 YYYY-MM-DD 格式输入日期。";

    // Undo labels.
    ChangeOrganisation => "change organisation details", "修改组织信息";
    ChangePolicyAdded => "add a policy statement", "新增方针条目";
    ChangePolicyEdited => "edit a policy statement", "编辑方针条目";
    ChangePolicyRemoved => "remove a policy statement", "删除方针条目";
    ChangePolicyMoved => "reorder policy statements", "调整方针条目顺序";
    ChangeRequirementAdded => "add a requirement", "新增要求";
    ChangeRequirementEdited => "edit a requirement", "编辑要求";
    ChangeRequirementRemoved => "remove a requirement", "删除要求";
    ChangeObjectiveCreated => "create {code}", "新建 {code}";
    ChangeObjectiveEdited => "edit {code}", "编辑 {code}";
    ChangeObjectiveMoved => "move {code}", "移动 {code}";
    ChangeObjectiveDeleted => "delete {code}", "删除 {code}";
    ChangeObjectivesDeleted => "delete {code} and {more} below it", "删除 {code} 及其下 {more} 个目标";
    ChangeKpiAdded => "add a KPI to {code}", "为 {code} 新增 KPI";
    ChangeKpiEdited => "edit a KPI of {code}", "编辑 {code} 的 KPI";
    ChangeKpiRemoved => "remove a KPI of {code}", "删除 {code} 的 KPI";
    ChangeWorkspaceReplaced => "replace the workspace", "替换工作区";

    // Levels, statuses and other choices.
    LevelStrategic => "Strategic", "战略性";
    LevelTactical => "Tactical", "战术性";
    LevelOperational => "Operational", "运行性";
    LevelWordStrategic => "strategic", "战略性";
    LevelWordTactical => "tactical", "战术性";
    LevelWordOperational => "operational", "运行性";
    LevelHelpStrategic => "Long-range direction of the service management system, tied to the organisation's strategy and lasting advantage.", "服务管理体系的长期方向，与组织战略和长期竞争优势紧密相关。";
    LevelHelpTactical => "Medium-term results in particular areas or key processes that carry the strategic objectives.", "特定领域或关键过程中的中期成果，用于支撑战略性目标。";
    LevelHelpOperational => "Day-to-day running and delivery of the services.", "服务的日常运行和交付。";
    StatusDraft => "Draft", "草稿";
    StatusActive => "Active", "进行中";
    StatusAchieved => "Achieved", "已达成";
    StatusNotAchieved => "Not achieved", "未达成";
    StatusCancelled => "Cancelled", "已取消";
    StatusSuperseded => "Superseded", "已被取代";
    DirectionHigher => "Higher is better", "越高越好";
    DirectionLower => "Lower is better", "越低越好";
    DirectionRange => "Within a range", "保持在范围内";
    FrequencyDaily => "Daily", "每日";
    FrequencyWeekly => "Weekly", "每周";
    FrequencyMonthly => "Monthly", "每月";
    FrequencyQuarterly => "Quarterly", "每季度";
    FrequencyHalfYearly => "Every six months", "每半年";
    FrequencyYearly => "Yearly", "每年";
    NotSet => "(not set)", "（未设置）";
    SourceServiceRequirement => "Service requirement", "服务要求";
    SourceContract => "SLA or contract", "SLA 或合同";
    SourceLegalRegulatory => "Legal or regulatory", "法律法规";
    SourceRiskOpportunity => "Risk or opportunity (6.1)", "风险或机遇（6.1）";
    SourceInterestedParty => "Interested party", "相关方需求";
    SourceInternal => "Internal need", "内部管理需求";

    // Overview.
    HomeTitle => "Overview", "概览";
    HomeIntro => "SixTwo helps you set service management objectives at the right functions and levels and plan how to achieve them, as clause 6.2 of ISO/IEC 20000-1:2018 asks. Everything stays in this browser: there is no server and no account.", "SixTwo 帮助您在相关职能和层次上制定服务管理目标，并策划实现方法，以满足 ISO/IEC 20000-1:2018 第 6.2 条的要求。所有数据都保存在本浏览器中：没有服务器，也无需账户。";
    HomeStartTitle => "Start here", "从这里开始";
    HomeStartBody => "Your workspace is empty. Load the example organisation to see how strategic, tactical and operational objectives fit together, or begin with your own policy and objectives.", "您的工作区是空的。载入示例组织，了解战略性、战术性和运行性目标如何相互衔接；或者从您自己的方针和目标开始。";
    HomeLevelsTitle => "Objectives by level", "各层级目标";
    HomeLevelCount => "{count} objectives", "{count} 个目标";
    HomeUnaligned => "{count} tactical or operational objectives are not aligned to an objective above them.", "有 {count} 个战术性或运行性目标未与上级目标对齐。";
    HomeOrganisation => "Organisation", "组织";
    HomeNoOrganisation => "No organisation recorded yet.", "尚未填写组织信息。";
    HomePolicyCount => "{count} policy statements", "{count} 条方针";
    HomeRequirementCount => "{count} applicable requirements", "{count} 项适用要求";
    LoadExample => "Load the example", "载入示例";
    NewObjective => "New objective", "新建目标";
    RecordPolicy => "Record your policy", "填写服务管理方针";
    ExampleLoaded => "The example organisation was loaded.", "已载入示例组织。";
    ReplaceWithExampleTitle => "Replace your workspace with the example?", "用示例替换当前工作区？";
    ReplaceWithExampleBody => "Your workspace is not empty ({count} objectives). Loading the example replaces all of it. You can undo this.", "当前工作区不是空的（{count} 个目标）。载入示例将替换全部内容。此操作可以撤销。";
    Replace => "Replace", "替换";

    // Register.
    RegisterTitle => "Objectives register", "目标登记册";
    Filters => "Filters", "筛选";
    FilterLevel => "Level", "层级";
    FilterStatus => "Status", "状态";
    FilterFunction => "Function or unit", "职能或部门";
    FilterOwner => "Owner", "负责人";
    FilterSearch => "Search", "搜索";
    FilterSearchHint => "Words in the code, title, description, owner, function or KPIs", "代码、标题、描述、负责人、职能或 KPI 中的字词";
    FilterAny => "Any", "全部";
    FilterNone => "(none)", "（未填写）";
    ClearFilters => "Clear filters", "清除筛选";
    ColumnCode => "Code", "代码";
    ColumnTitle => "Title", "标题";
    ColumnLevel => "Level", "层级";
    ColumnStatus => "Status", "状态";
    ColumnFunction => "Function or unit", "职能或部门";
    ColumnOwner => "Owner", "负责人";
    ColumnParent => "Parent", "上级目标";
    ColumnKpis => "KPIs", "KPI";
    ColumnUpdated => "Last changed", "最近修改";
    SortAscending => "sorted ascending", "升序";
    SortDescending => "sorted descending", "降序";
    RegisterCount => "Showing {shown} of {total} objectives.", "显示 {shown} 个目标，共 {total} 个。";
    RegisterEmpty => "No objectives yet.", "尚无目标。";
    RegisterNoMatch => "No objective matches these filters.", "没有符合筛选条件的目标。";

    // Tree.
    TreeTitle => "Tree of objective levels", "目标层级树";
    TreeLabel => "Objectives by level", "按层级排列的目标";
    TreeHelp => "Arrow keys move and open branches, Home and End jump to the first and last objective, Enter opens the objective, and typing jumps to a matching code or title.", "方向键用于移动和展开分支，Home 和 End 跳到第一个和最后一个目标，Enter 打开目标，输入字符可跳到代码或标题匹配的目标。";
    TreeActions => "Actions for the selected objective", "所选目标的操作";
    TreeSelected => "Selected: {name}", "已选：{name}";
    TreeNothingSelected => "Select an objective in the tree.", "请在树中选择一个目标。";
    ExpandAll => "Expand all", "全部展开";
    CollapseAll => "Collapse all", "全部折叠";
    UnalignedGroup => "Not aligned ({count})", "未对齐（{count}）";
    UnalignedHelp => "Tactical and operational objectives should support an objective above them.", "战术性和运行性目标应支撑其上级目标。";
    Warning => "Warning", "警告";
    MoveTo => "Move to…", "移动到…";
    OpenObjective => "Open", "打开";
    AddChild => "Add a child objective", "新增下级目标";
    TreeEmpty => "No objectives yet.", "尚无目标。";
    KpisAtAGlance => "KPIs: {list}", "KPI：{list}";
    NoKpisShort => "No KPIs", "无 KPI";

    // Objective detail.
    ObjectiveNotFound => "This objective does not exist; it may have been deleted.", "该目标不存在，可能已被删除。";
    BackToRegister => "Back to the register", "返回目标登记册";
    SectionIdentity => "Objective", "目标";
    SectionPlace => "Level and place", "层级与归属";
    SectionPolicy => "Policy statements it supports (6.2.1 a)", "支撑的方针条目（6.2.1 a）";
    SectionRequirements => "Requirements it takes into account (6.2.1 c)", "考虑的适用要求（6.2.1 c）";
    SectionKpis => "KPIs: how it is measured (6.2.1 b)", "KPI：如何测量（6.2.1 b）";
    SectionRecord => "Record", "记录";
    FieldCode => "Code", "代码";
    FieldCodeHelp => "A short, unique reference such as S1 or T1.2.", "简短且唯一的编号，例如 S1 或 T1.2。";
    FieldTitle => "Title", "标题";
    FieldDescription => "Description", "描述";
    FieldLevel => "Level", "层级";
    FieldParent => "Parent objective", "上级目标";
    FieldParentNone => "(no parent)", "（无上级目标）";
    FieldParentLink => "How it supports the parent", "如何支撑上级目标";
    FieldFunction => "Function or unit", "职能或部门";
    FieldOwner => "Owner", "负责人";
    FieldStatus => "Status", "状态";
    FieldCreated => "Created", "创建时间";
    FieldUpdated => "Last changed", "最近修改";
    ChildrenList => "Objectives below it", "下级目标";
    NoPolicyYet => "No policy statements recorded yet.", "尚未填写方针条目。";
    AddPolicyStatements => "Add policy statements", "添加方针条目";
    NoRequirementsYet => "No requirements recorded yet.", "尚未填写适用要求。";
    AddRequirements => "Add requirements", "添加适用要求";
    NoneApply => "No requirement applies to this objective", "没有适用于该目标的要求";
    NoneApplyReason => "Why no requirement applies", "为什么没有适用的要求";
    KpiName => "Name", "名称";
    KpiUnit => "Unit", "单位";
    KpiBaseline => "Baseline", "基准值";
    KpiTarget => "Target", "目标值";
    KpiTargetLow => "Target, low end", "目标范围下限";
    KpiTargetHigh => "Target, high end", "目标范围上限";
    KpiDirection => "Direction", "方向";
    KpiSource => "Data source", "数据来源";
    KpiMethod => "Method", "计算方法";
    KpiFrequency => "Measured", "测量频率";
    KpiTargetDate => "Target date", "目标日期";
    KpiNumber => "KPI {number}", "KPI {number}";
    AddKpi => "Add a KPI", "新增 KPI";
    RemoveKpi => "Remove KPI", "删除 KPI";
    KpiRemovedNotice => "Removed KPI {name}.", "已删除 KPI {name}。";
    NewKpiName => "New KPI", "新 KPI";
    NoKpis => "No KPIs yet. An objective has to be measurable: add at least one KPI with a unit, a target and a date.", "尚无 KPI。目标必须可测量：请至少添加一个带有单位、目标值和日期的 KPI。";
    Delete => "Delete…", "删除…";
    DeleteTitle => "Delete {code}?", "删除 {code}？";
    DeleteLeaf => "This removes the objective and its KPIs. You can undo it.", "这将删除该目标及其 KPI。此操作可以撤销。";
    DeleteWithChildren => "{code} has {count} objectives directly below it. What should happen to them?", "{code} 有 {count} 个直接下级目标。应如何处理它们？";
    DeleteMoveUpTo => "Keep them and attach them to {parent}", "保留它们并挂到 {parent} 之下";
    DeleteMoveUpNone => "Keep them, without a parent", "保留它们，不设上级目标";
    DeleteAll => "Delete them too ({count} objectives in all)", "一并删除（共 {count} 个目标）";
    DeleteConfirm => "Delete", "删除";
    Deleted => "Deleted {code}.", "已删除 {code}。";
    MoveDialogTitle => "Move {code} to…", "将 {code} 移动到…";
    MoveHelp => "Only objectives at the same or a higher level, outside this objective's own branch, can be its parent.", "只有层级相同或更高、且不在该目标自身分支中的目标，才能作为其上级。";
    MoveNoParent => "No parent", "无上级目标";
    MoveConfirm => "Move", "移动";
    Moved => "Moved {code}.", "已移动 {code}。";
    ParentCandidate => "{code} {title} ({level})", "{code} {title}（{level}）";

    // New objective.
    NewObjectiveTitle => "New objective", "新建目标";
    NewObjectiveHelp => "Start with the essentials. Links, KPIs and plans are added on the objective's own page.", "先填写基本信息。关联、KPI 和计划可在目标页面中添加。";
    CreateObjective => "Create objective", "创建目标";
    Created => "Created {code}.", "已创建 {code}。";

    // Policy and organisation.
    PolicyTitle => "Organisation and policy", "组织与方针";
    OrganisationSection => "Organisation", "组织";
    OrgName => "Organisation name", "组织名称";
    OrgScope => "Scope of the service management system", "服务管理体系范围";
    OrgFunctions => "Functions and units, one per line", "职能和部门（每行一个）";
    DocumentSection => "Document control", "文件控制";
    DocTitle => "Document title", "文件标题";
    DocVersion => "Version", "版本";
    DocOwner => "Document owner", "文件负责人";
    DocApprovedBy => "Approved by", "批准人";
    DocApprovedOn => "Approved on", "批准日期";
    PolicySection => "Service management policy", "服务管理方针";
    PolicyHelp => "List the commitments of your service management policy. Every objective must be consistent with at least one of them (6.2.1 a).", "列出服务管理方针中的各项承诺。每个目标都必须与其中至少一项保持一致（6.2.1 a）。";
    PolicyReference => "Number", "编号";
    PolicyText => "Statement", "条目内容";
    PolicyStatementLabel => "Policy statement {reference}", "方针条目 {reference}";
    AddPolicy => "Add a statement", "新增条目";
    RemovePolicy => "Remove", "删除";
    MoveUp => "Move up", "上移";
    MoveDown => "Move down", "下移";
    PolicyEmpty => "No statements yet.", "尚无方针条目。";
    PolicyRemovedNotice => "Removed policy statement {reference}.", "已删除方针条目 {reference}。";
    LinkedObjectives => "Supported by {count} objectives", "有 {count} 个目标支撑";

    // Requirements.
    RequirementsTitle => "Applicable requirements", "适用要求";
    RequirementsHelp => "Record the requirements your objectives must take into account (6.2.1 c): service requirements, SLA and contract clauses, legal and regulatory duties, risks and opportunities from clause 6.1, and the needs of interested parties and of your own management.", "记录目标必须考虑的要求（6.2.1 c）：服务要求、SLA 和合同条款、法律法规义务、第 6.1 条识别的风险和机遇，以及相关方和内部管理的需求。";
    ReqReference => "Reference", "编号";
    ReqTitle => "Requirement", "要求";
    ReqSource => "Source", "来源";
    ReqNotes => "Notes", "备注";
    RequirementLabel => "Requirement {reference}", "要求 {reference}";
    AddRequirement => "Add a requirement", "新增要求";
    RemoveRequirement => "Remove", "删除";
    RequirementsEmpty => "No requirements yet.", "尚无适用要求。";
    RequirementRemovedNotice => "Removed requirement {reference}.", "已删除要求 {reference}。";
    ConsideredBy => "Taken into account by {count} objectives", "有 {count} 个目标考虑了该要求";

    // Data.
    DataTitle => "Your data", "您的数据";
    DataWhere => "Your workspace is kept only in this browser, for this web address. Clearing this site's data removes it, so download a copy from time to time.", "您的工作区只保存在本浏览器中，并与此网址绑定。清除本网站数据会将其删除，因此请不时下载副本。";
    DataUsage => "Stored: {used} of {quota} UTF-16 units ({percent} % of this browser's quota for the site).", "已存储：{used} / {quota} 个 UTF-16 单位（占本浏览器为本网站提供配额的 {percent}%）。";
    DataUsageUnknown => "Nothing is stored yet.", "尚未存储任何内容。";
    DataDownloadHelp => "Download the whole workspace as a JSON file. It is the same versioned format SixTwo stores.", "将整个工作区下载为 JSON 文件，格式与 SixTwo 存储的版本化格式相同。";
    DataExampleHelp => "The example organisation shows three levels of objectives with KPIs and links, in the language you have chosen.", "示例组织展示了三个层级的目标及其 KPI 和关联，使用您所选的语言。";
    DataEmptyWorkspace => "Empty the workspace…", "清空工作区…";
    DataEmptyTitle => "Empty the workspace?", "清空工作区？";
    DataEmptyBody => "Everything in the workspace is removed. You can undo this.", "工作区中的所有内容都将被删除。此操作可以撤销。";
    DataEmptyConfirm => "Empty it", "清空";
    WorkspaceEmptied => "The workspace is empty.", "工作区已清空。";

    // Clause 6.2 check: items, states, findings.
    ItemPolicy => "Consistent with the policy", "与方针保持一致";
    ItemMeasurable => "Measurable", "可测量";
    ItemRequirements => "Applicable requirements", "考虑适用要求";
    ItemMonitored => "Monitored", "予以监视";
    ItemCommunicated => "Communicated", "予以沟通";
    ItemUpdated => "Updated as appropriate", "适时更新";
    ItemDocumented => "Documented information", "成文信息";
    ItemActions => "What will be done", "要做什么";
    ItemResources => "Resources", "所需资源";
    ItemResponsible => "Who is responsible", "由谁负责";
    ItemTiming => "When it will be completed", "何时完成";
    ItemEvaluation => "How results are evaluated", "如何评价结果";
    StateMet => "Met", "已满足";
    StatePartly => "Partly met", "部分满足";
    StateMissing => "Missing", "缺失";
    ListSeparator => ", ", "、";
    PartUnit => "unit", "单位";
    PartTarget => "target", "目标值";
    PartTargetDate => "target date", "目标日期";
    PartBaseline => "baseline", "基准值";
    PartMethod => "method or data source", "方法或数据来源";
    PartFrequency => "frequency", "频率";
    PartResponsible => "responsible person", "负责人";
    PartNextReview => "next review date", "下次评审日期";
    PartAudiences => "audiences", "沟通对象";
    PartChannels => "channels", "沟通渠道";
    PartEvaluationMethod => "method", "方法";
    PartSuccessCriteria => "success criteria", "成功准则";
    PartEvaluator => "evaluator", "评价人";
    PartDate => "date", "日期";
    FindPolicyLinked => "Supports {count} policy statements.", "支撑 {count} 条方针。";
    FindNoPolicyLink => "Not linked to any policy statement.", "未关联任何方针条目。";
    FindNoKpi => "No KPI: the objective cannot be measured yet.", "没有 KPI：目标尚无法测量。";
    FindKpiIncomplete => "KPI \"{kpi}\" lacks: {missing}.", "KPI“{kpi}”缺少：{missing}。";
    FindKpiWithoutBasis => "Measurable, but KPI \"{kpi}\" still lacks: {missing}.", "可测量，但 KPI“{kpi}”仍缺少：{missing}。";
    FindKpisComplete => "{count} KPIs with unit, target, date, baseline and method.", "{count} 个 KPI 均有单位、目标值、日期、基准值和方法。";
    FindRequirementsLinked => "Takes {count} requirements into account.", "考虑了 {count} 项要求。";
    FindNoneApply => "No requirement applies, and the reason is recorded.", "没有适用的要求，并已记录原因。";
    FindNoneApplyWithoutReason => "Marked as having no applicable requirement, but without a reason.", "已标记为没有适用要求，但未说明原因。";
    FindNoRequirementLink => "No requirement taken into account, and none marked as not applying.", "未考虑任何要求，也未说明没有适用要求。";
    FindMonitoringSet => "Monitored; next review on {date}.", "已安排监视；下次评审日期为 {date}。";
    FindMonitoringIncomplete => "Monitoring lacks: {missing}.", "监视安排缺少：{missing}。";
    FindNoMonitoring => "No monitoring arrangements.", "没有监视安排。";
    FindReviewOverdue => "The review due on {date} has not happened.", "原定于 {date} 的评审尚未进行。";
    FindCommunicatedOn => "Communicated; last on {date}.", "已沟通；最近一次为 {date}。";
    FindNotYetCommunicated => "Audiences and channels are planned, but nothing has been communicated yet.", "已计划沟通对象和渠道，但尚未进行沟通。";
    FindCommunicationIncomplete => "The communication plan lacks: {missing}.", "沟通计划缺少：{missing}。";
    FindNoCommunicationPlan => "No communication planned.", "没有沟通计划。";
    FindUpdateRulesSet => "A review cadence or update triggers are set.", "已设定评审周期或更新触发条件。";
    FindNoUpdateRules => "No review cadence and no update triggers.", "没有评审周期，也没有更新触发条件。";
    FindUpdateOverdue => "Not reviewed since a review fell due on {date}.", "应于 {date} 进行的评审尚未进行。";
    FindActiveWithRevision => "In force, with a revision record.", "已生效，并有修订记录。";
    FindStillDraft => "Still a draft: make it active once it is agreed.", "仍为草稿：确认后请设为进行中。";
    FindNoRevision => "No revision record.", "没有修订记录。";
    FindDraftWithoutRevision => "A draft without a revision record.", "草稿，且没有修订记录。";
    FindNoPlan => "No plan yet.", "尚无计划。";
    FindActionsPlanned => "{count} actions planned.", "已计划 {count} 项行动。";
    FindNoActions => "No actions planned.", "未计划任何行动。";
    FindResourcesComplete => "Every action has approved resources with amounts.", "每项行动都有已批准的资源及数量。";
    FindActionsWithoutResources => "{count} actions have no resources.", "{count} 项行动没有资源。";
    FindResourcesWithoutAmount => "{count} resources have no amount.", "{count} 项资源未填写数量。";
    FindResourcesNotApproved => "{count} resources are not approved yet.", "{count} 项资源尚未批准。";
    FindNoResources => "No resources determined.", "未确定任何资源。";
    FindResponsibleComplete => "The objective and every action have someone responsible.", "目标及每项行动都有负责人。";
    FindNoObjectiveOwner => "The objective has no owner.", "目标没有负责人。";
    FindActionsWithoutResponsible => "{count} actions have no one responsible.", "{count} 项行动没有负责人。";
    FindNoResponsible => "No one is responsible yet.", "尚无负责人。";
    FindTimingComplete => "Every action has a due date within the target date.", "每项行动都有不晚于目标日期的到期日。";
    FindActionsWithoutDueDate => "{count} actions have no due date.", "{count} 项行动没有到期日。";
    FindActionsAfterTarget => "{count} actions are due after the target date ({date}).", "{count} 项行动的到期日晚于目标日期（{date}）。";
    FindNoDueDates => "No due dates.", "没有到期日。";
    FindEvaluationComplete => "Method, success criteria, evaluator and date are set.", "已确定评价方法、成功准则、评价人和日期。";
    FindEvaluationIncomplete => "The evaluation lacks: {missing}.", "评价安排缺少：{missing}。";
    FindNoEvaluation => "How results will be evaluated is not decided yet.", "尚未确定如何评价结果。";
    FindingEmptyLevel => "No {level} objectives.", "没有{level}目标。";
    FindingFunctionWithout => "No objective is set for \"{function}\".", "尚未为“{function}”设定目标。";
    FindingUnaligned => "{code} is not aligned to an objective above it.", "{code} 未与上级目标对齐。";
    FindingsClear => "Objectives exist at every level and for every function, and all are aligned.", "各层级、各职能均已设定目标，且全部已对齐。";
    ScoreText => "{met} of {total} items met ({percent} %); {partly} partly met.", "{total} 项中已满足 {met} 项（{percent}%）；部分满足 {partly} 项。";
    ScoreLabel => "Items met", "已满足的项目";
    CheckPanelTitle => "Clause 6.2 check", "6.2 条款检查";
    CheckEstablish => "6.2.1 Establishing the objective", "6.2.1 制定目标";
    CheckPlan => "6.2.2 Planning to achieve it", "6.2.2 目标实现的策划";
    FixLink => "Complete in the wizard: {step}", "在向导中完善：{step}";
    ChecklistTitle => "Clause 6.2 checklist", "6.2 条款检查表";
    ChecklistIntro => "Where each objective stands against clause 6.2. Every gap links to the wizard step where it is completed.", "各目标对照第 6.2 条的情况。每个缺口都链接到向导中完善它的步骤。";
    ChecklistOnlyGaps => "Show only objectives with gaps", "仅显示存在缺口的目标";
    ChecklistRegister => "The register as a whole", "登记册整体情况";
    ChecklistOverall => "Overall", "总体";
    ChecklistObjective => "Objective", "目标";
    ChecklistScore => "Score", "得分";
    ChecklistEmpty => "No objectives to check yet.", "尚无可检查的目标。";
    ChecklistNoGaps => "No objective has a gap.", "没有存在缺口的目标。";
    ChecklistCaption => "Clause 6.2 items for each objective", "各目标的 6.2 条款项目";
    NavChecklist => "Checklist", "检查表";

    // The wizards.
    EstablishTitle => "Establish an objective", "制定目标";
    EstablishReviseTitle => "Revise {code}", "修订 {code}";
    PlanTitle => "Plan to achieve {code}", "策划实现 {code}";
    PlanChooseTitle => "Plan to achieve an objective", "策划目标的实现";
    PlanChoose => "Choose the objective to plan for", "选择要策划的目标";
    PlanChooseButton => "Plan it", "开始策划";
    EstablishGuided => "Establish an objective (guided)", "制定目标（向导）";
    QuickAdd => "Quick add", "快速添加";
    ReviseGuided => "Revise with the wizard", "用向导修订";
    PlanGuided => "Plan to achieve it", "策划实现";
    StepsLabel => "Steps", "步骤";
    StepOf => "Step {number} of {total}", "第 {number} 步，共 {total} 步";
    StepDone => "complete", "已完成";
    StepVisited => "visited", "已访问";
    WizardBack => "Back", "上一步";
    WizardNext => "Next", "下一步";
    SaveObjective => "Save the objective", "保存目标";
    SavePlan => "Save the plan", "保存计划";
    DiscardDraft => "Discard the draft…", "放弃草稿…";
    DiscardTitle => "Discard this draft?", "放弃此草稿？";
    DiscardBody => "What you entered in this wizard will be lost. The workspace stays as it is.", "您在此向导中输入的内容将会丢失。工作区保持不变。";
    DiscardConfirm => "Discard", "放弃";
    DraftKept => "Draft kept in this browser ({time}).", "草稿已保存在本浏览器中（{time}）。";
    DraftFoundTitle => "An unfinished draft", "有未完成的草稿";
    DraftFoundBody => "You have an unfinished draft for {name}, last changed {time}. Resume it, or discard it and start afresh.", "您有一份关于 {name} 的未完成草稿，最近修改于 {time}。请继续该草稿，或放弃它并重新开始。";
    DraftNewObjective => "a new objective", "一个新目标";
    DraftResume => "Resume the draft", "继续该草稿";
    DraftDiscardAndStart => "Discard it and start afresh", "放弃并重新开始";
    DraftTargetGone => "The objective this draft was for no longer exists, so it cannot be saved.", "该草稿对应的目标已不存在，因此无法保存。";
    DraftsUnreadable => "Saved wizard drafts could not be read. They are kept as they are; download them, or discard them to start new drafts.", "无法读取已保存的向导草稿。草稿保持原样；您可以下载，或放弃后重新开始。";
    DraftsDownload => "Download the drafts", "下载草稿";
    DraftsDiscard => "Discard the drafts", "放弃草稿";
    StepHasErrors => "Please correct the items marked below before going on.", "请先更正下面标出的问题再继续。";
    ObjectiveSaved => "Saved {code}.", "已保存 {code}。";
    PlanSaved => "Saved the plan for {code}.", "已保存 {code} 的计划。";
    GuideRequirement => "What the standard asks", "标准要求";
    GuideAdvice => "How to do it", "怎么做";
    GuideExample => "Example", "示例";
    ReviewStillOpen => "Still open", "尚未完成";
    ReviewAllMet => "Every item is met.", "所有项目均已满足。";
    ReviewCanSave => "You can save now and complete the open items later.", "您可以现在保存，稍后再完善尚未完成的项目。";
    ReviewErrors => "These must be corrected before saving:", "保存前必须更正以下问题：";
    StatusAfterSaving => "Status after saving", "保存后的状态";
    StepPlace => "Level and place", "层级与归属";
    StepPolicy => "a) Policy", "a) 方针";
    StepMeasurable => "b) Measurable", "b) 可测量";
    StepRequirements => "c) Requirements", "c) 适用要求";
    StepMonitoring => "d) Monitoring", "d) 监视";
    StepCommunication => "e) Communication", "e) 沟通";
    StepUpdating => "f) Updating", "f) 更新";
    StepReview => "Review and save", "检查并保存";
    StepActions => "a) What will be done", "a) 要做什么";
    StepResources => "b) Resources", "b) 所需资源";
    StepResponsible => "c) Who is responsible", "c) 由谁负责";
    StepDates => "d) When", "d) 何时完成";
    StepEvaluation => "e) Evaluation", "e) 评价结果";
    GuidePlaceRule => "Set objectives at the functions and levels where they matter, and show how each one serves the objective above it.", "在相关的职能和层次上设定目标，并说明每个目标如何支撑其上级目标。";
    GuidePlaceHow => "Strategic objectives set the long-range direction, tactical ones carry it in particular areas or processes, operational ones steer day-to-day delivery. Choose the parent this objective helps to achieve and say how it helps.", "战略性目标确定长期方向，战术性目标在特定领域或过程中落实方向，运行性目标指导日常交付。请选择该目标所支撑的上级目标，并说明如何支撑。";
    GuidePlaceExample => "\"Improve service availability\" (tactical) supports \"Lead in service innovation\" (strategic): new services depend on services that stay up.", "“增强服务可用性”（战术性）支撑“实现服务创新领导地位”（战略性）：新服务依赖于稳定运行的服务。";
    GuidePolicyRule => "Every objective must be consistent with the commitments of the service management policy.", "每个目标都必须与服务管理方针中的承诺保持一致。";
    GuidePolicyHow => "Tick the policy statements this objective helps to keep. If the commitment it serves is missing from the policy, add it here; it is saved together with the objective.", "勾选该目标有助于落实的方针条目。如果它所服务的承诺不在方针中，可在此添加，并会与目标一同保存。";
    GuidePolicyExample => "\"Shorten service response time\" serves the commitment to meet the service levels agreed with customers.", "“缩短服务响应时间”服务于“满足与客户约定的服务级别”这一承诺。";
    GuideMeasurableRule => "An objective must be measurable, so that anyone can tell whether it was achieved.", "目标必须可测量，以便任何人都能判断它是否已经达成。";
    GuideMeasurableHow => "Name the result in a few words, then add at least one KPI with a unit, a target, which way is better and a target date. A baseline and a method or data source make the measure complete.", "用简短的文字说明要达到的结果，然后至少添加一个 KPI，写明单位、目标值、哪个方向更好以及目标日期。再补充基准值和方法（或数据来源），测量就完整了。";
    GuideMeasurableExample => "\"Improve service availability\": mean time to restore under 15 minutes, availability SLA achievement of 99.99 %, unplanned downtime below 0.01 % of service hours.", "“增强服务可用性”：平均故障恢复时间缩短至 15 分钟以内，服务可用性 SLA 达成率 99.99%，计划外停机时间比例降至 0.01% 以下。";
    GuideRequirementsRule => "Objectives must take into account the requirements that apply: service requirements, contracts, laws and regulations, risks and opportunities, and the needs of interested parties.", "目标必须考虑适用的要求：服务要求、合同、法律法规、风险和机遇，以及相关方的需求。";
    GuideRequirementsHow => "Tick the requirements this objective answers, and add a missing one on the spot. If truly none applies, say so and give the reason.", "勾选该目标所回应的要求，缺少的可在此直接添加。如果确实没有适用的要求，请说明并给出原因。";
    GuideRequirementsExample => "\"Improve service availability\" takes into account the 99.99 % monthly availability in the master services agreement and the risk of too few engineers in the peak season.", "“增强服务可用性”考虑了主服务协议中 99.99% 的月度可用性要求，以及业务高峰期工程师人手不足的风险。";
    GuideMonitoringRule => "Each objective must be monitored.", "每个目标都必须予以监视。";
    GuideMonitoringHow => "Decide how often progress is looked at, with which method or data source, who does it, and when the next review is.", "确定多久查看一次进展、使用什么方法或数据来源、由谁负责，以及下次评审的时间。";
    GuideMonitoringExample => "A monthly service review of the KPI dashboard, led by the head of operations.", "由运维负责人主持、每月一次的服务评审会，审阅 KPI 看板。";
    GuideCommunicationRule => "Objectives must be communicated to those who work towards them or depend on them.", "目标必须传达给为之努力或依赖于它的人员。";
    GuideCommunicationHow => "List the audiences and the channels, and say when and by whom the objective is communicated. What was actually communicated is recorded once the objective exists.", "列出沟通对象和渠道，并说明何时、由谁进行沟通。目标建立后，可记录实际沟通的情况。";
    GuideCommunicationExample => "Strategic objectives: to all staff and key customers, at the quarterly town hall and on the intranet.", "战略性目标：每季度在全员大会和内部网站上向全体员工和重点客户传达。";
    GuideUpdatingRule => "Objectives must be updated as appropriate when circumstances change.", "目标应随情况变化适时更新。";
    GuideUpdatingHow => "Set how often the objective is reviewed, and which events call for a review at once.", "设定目标的评审周期，以及哪些事件发生时需要立即评审。";
    GuideUpdatingExample => "Reviewed every quarter, and at once after a service change, a contract change or a missed target.", "每季度评审一次；在服务变更、合同变更或未达目标时立即评审。";
    GuideReviewRule => "Documented information on the objectives is retained.", "应保留有关服务管理目标的成文信息。";
    GuideReviewHow => "Check the objective against clause 6.2.1. Open items link to the step where they are completed. Saving records the objective (a new one as revision 1).", "对照第 6.2.1 条检查该目标。未完成的项目链接到完善它们的步骤。保存后即记录该目标（新目标为第 1 版）。";
    GuideActionsRule => "Plan what will be done to achieve the objective.", "策划为实现目标要做什么。";
    GuideActionsHow => "List the actions, each a concrete piece of work that someone can start.", "列出各项行动，每项都应是可以着手的具体工作。";
    GuideActionsExample => "\"Shorten service response time\": introduce chat and automatic ticket routing; publish answers to the 50 most common questions.", "“缩短服务响应时间”：引入在线聊天和工单自动分派；发布 50 个最常见问题的解答。";
    GuideResourcesRule => "Determine the resources that will be required.", "确定所需的资源。";
    GuideResourcesHow => "For each action, list the people, budget, tools, suppliers or time it needs, how much, and whether it is approved.", "为每项行动列出所需的人员、预算、工具、供方或时间，写明数量，并注明是否已批准。";
    GuideResourcesExample => "Chat module of the ITSM tool: licences for 20 agents, approved. Tool administrator: 15 days, not yet approved.", "ITSM 系统聊天模块：20 个坐席许可，已批准。系统管理员：15 人天，尚未批准。";
    GuideResponsibleRule => "Determine who will be responsible.", "确定由谁负责。";
    GuideResponsibleHow => "Name the owner of the objective and the person responsible for each action.", "写明目标的负责人以及每项行动的负责人。";
    GuideResponsibleExample => "Owner: the service desk lead. The knowledge base: the knowledge manager.", "目标负责人：服务台主管。知识库：知识经理。";
    GuideDatesRule => "Determine when it will be completed.", "确定何时完成。";
    GuideDatesHow => "Give each action a start and a due date. The timeline shows them against the objective's target date and flags actions due after it.", "为每项行动设定开始日期和到期日。时间线将其与目标日期对照显示，并标出晚于目标日期的行动。";
    GuideDatesExample => "Chat and routing from December to March, well before the June target date.", "在线聊天和自动分派从 12 月进行到次年 3 月，早于 6 月的目标日期。";
    GuideEvaluationRule => "Determine how the results will be evaluated.", "确定如何评价结果。";
    GuideEvaluationHow => "Describe the method, the success criteria, who evaluates and when.", "说明评价方法、成功准则、评价人和评价时间。";
    GuideEvaluationExample => "Compare weekly first-response times with the baseline; success is 5 minutes or less for three months in a row; the service delivery manager evaluates after the target date.", "将每周首次响应时间与基准值比较；连续三个月不超过 5 分钟即为成功；由服务交付经理在目标日期后评价。";
    GuidePlanReviewHow => "Check the plan against clause 6.2.2. Open items link to the step where they are completed.", "对照第 6.2.2 条检查该计划。未完成的项目链接到完善它们的步骤。";
    HintNoNumber => "The wording has no number yet: how much, or how many?", "表述中还没有数字：要达到多少？";
    HintNoUnit => "No KPI has a unit yet (%, minutes, points…).", "还没有 KPI 写明单位（%、分钟、分……）。";
    HintNoDate => "There is no date yet: by when?", "还没有日期：何时达成？";
    HintsLabel => "Hints", "提示";
    PreviewLabel => "How it reads", "读起来是这样";
    PreviewWhen => " by {date}", "在 {date} 前";
    PreviewLowerFrom => "Cut {name} from {baseline} to under {target} {unit}{when}.", "{when}将{name}从 {baseline} 降至 {target}{unit}以下。";
    PreviewLowerTo => "Bring {name} under {target} {unit}{when}.", "{when}将{name}降至 {target}{unit}以下。";
    PreviewHigherFrom => "Raise {name} from {baseline} to at least {target} {unit}{when}.", "{when}将{name}从 {baseline} 提升至至少 {target}{unit}。";
    PreviewHigherTo => "Bring {name} to at least {target} {unit}{when}.", "{when}使{name}达到至少 {target}{unit}。";
    PreviewRange => "Keep {name} between {low} and {high} {unit}{when}.", "{when}将{name}保持在 {low}–{high}{unit}之间。";
    AddStatementHere => "Add a policy statement", "添加方针条目";
    NewStatementLabel => "New statement {reference}", "新方针条目 {reference}";
    AddRequirementHere => "Add a requirement", "添加要求";
    NewRequirementLabel => "New requirement {reference}", "新要求 {reference}";
    RemoveRow => "Remove", "删除";
    MonitoringFrequency => "How often progress is monitored", "监视频率";
    MonitoringMethod => "Method or data source", "方法或数据来源";
    MonitoringResponsible => "Who monitors it", "由谁监视";
    MonitoringNextReview => "Next review", "下次评审";
    CommAudiences => "Audiences, one per line", "沟通对象（每行一个）";
    CommChannels => "Channels, one per line", "沟通渠道（每行一个）";
    CommWhen => "When", "时间";
    CommByWhom => "By whom", "由谁沟通";
    UpdateCadence => "Review cadence", "评审周期";
    UpdateTriggers => "Review at once after", "发生以下情况时立即评审";
    UpdateLastReviewed => "Last reviewed", "上次评审";
    TriggerServiceChange => "a service change", "服务变更";
    TriggerContractChange => "a contract change", "合同变更";
    TriggerRiskChange => "a change in risks", "风险变化";
    TriggerAuditFinding => "an audit finding", "审核发现";
    TriggerMissedTarget => "a missed target", "未达成目标";
    ActionNumber => "Action {number}", "行动 {number}";
    ActionWhat => "What will be done", "要做什么";
    AddAction => "Add an action", "新增行动";
    RemoveAction => "Remove the action", "删除该行动";
    NoActionsYet => "No actions yet.", "尚无行动。";
    ResourceKindLabel => "Kind", "类型";
    ResourcePeople => "People", "人员";
    ResourceBudget => "Budget", "预算";
    ResourceTool => "Tool", "工具";
    ResourceSupplier => "Supplier", "供方";
    ResourceTime => "Time", "时间";
    ResourceOther => "Other", "其他";
    ResourceDescription => "Resource", "资源";
    ResourceAmount => "How much", "数量";
    ResourceApproved => "Approved", "已批准";
    AddResource => "Add a resource", "新增资源";
    RemoveResource => "Remove the resource", "删除该资源";
    ActionResponsible => "Responsible", "负责人";
    ActionStart => "Start", "开始日期";
    ActionDue => "Due", "到期日";
    ActionStatusLabel => "Progress", "进度";
    ActionPlanned => "Planned", "已计划";
    ActionInProgress => "In progress", "进行中";
    ActionDone => "Done", "已完成";
    ActionCancelled => "Cancelled", "已取消";
    ObjectiveOwnerLabel => "Owner of the objective", "目标负责人";
    TimelineTitle => "Timeline", "时间线";
    TimelineTarget => "Target date {date}", "目标日期 {date}";
    TimelineNoDates => "Give the actions dates to see them on the timeline.", "为行动设定日期后即可在时间线上查看。";
    TimelineLate => "due after the target date", "晚于目标日期";
    TimelineRow => "{action}: {start} to {due}", "{action}：{start} 至 {due}";
    TimelineNoTarget => "The objective has no target date yet (set one on a KPI).", "目标尚无目标日期（请在 KPI 中设定）。";
    EvalMethod => "Method", "评价方法";
    EvalCriteria => "Success criteria", "成功准则";
    EvalEvaluator => "Who evaluates", "评价人";
    EvalDate => "When", "评价时间";

    // Not found.
    NotFoundTitle => "Page not found", "页面不存在";
    NotFoundBody => "There is nothing at this address.", "此地址没有内容。";
    GoHome => "Go to the overview", "返回概览";

    // Checklist (helper).
    ChecklistFixShort => "Complete", "完善";
    ChecklistFixName => "Complete in the wizard: {item} ({code})", "在向导中完善：{item}（{code}）";
    ChecklistRowScore => "{met} of {total}", "{met}/{total} 项";
    ChecklistNotChecked => "Cancelled and superseded objectives are left out of the clause 6.2 checklist.", "已取消和已被取代的目标不纳入 6.2 条款检查表。";
    ColumnCheck => "Clause 6.2 met", "6.2 条款已满足";
    CheckNotChecked => "Not checked", "不检查";
    FindingUnalignedMore => "{count} more objectives are not aligned to an objective above them.", "另有 {count} 个目标未与上级目标对齐。";

    // Plan wizard (helper).
    PlanNeedsAction => "Add at least one action.", "请至少添加一项行动。";
    PlanNoObjectives => "There are no objectives to plan for yet.", "尚无可策划的目标。";
    ActionLegend => "Action {number}: {what}", "行动 {number}：{what}";
    ActionContext => "action {number}", "行动 {number}";
    RemoveActionNumber => "Remove action {number}", "删除行动 {number}";
    ResourceNumber => "Resource {number}", "资源 {number}";
    ResourceContext => "action {action}, resource {number}", "行动 {action}，资源 {number}";
    AddResourceTo => "Add a resource to action {number}", "为行动 {number} 新增资源";
    RemoveResourceNumber => "Remove resource {number} of action {action}", "删除行动 {action} 的资源 {number}";
    NoResourcesYet => "No resources yet.", "尚无资源。";
    TimelineNoStart => "no start date", "未设开始日期";
    TimelineNoDue => "no due date", "未设到期日";
    TimelineUndated => "{action}: no dates yet", "{action}：尚未设定日期";
    ReviewIssue => "{where}: {error}", "{where}：{error}";
    ReviewIssuePlace => "{step}, {field}", "{step}，{field}";

    // Establish wizard (helper).
    EstablishIssue => "{field}: {message}", "{field}：{message}";
    EstablishKpiField => "{field} of KPI {number}", "KPI {number} 的{field}";
    EstablishKpiLegend => "KPI {number}: {name}", "KPI {number}：{name}";
    EstablishGoToStep => "Go to {step}", "前往“{step}”";
    EstablishPreviewNeedsTarget => "Give the KPI a target to read it here as a sentence.", "为该 KPI 填写目标值后，即可在此读到完整的一句话。";
    EstablishAddedHere => "(added here)", "（在此添加）";
    EstablishSaveBlocked => "Correct the items listed above before saving.", "请先更正上面列出的问题，再保存。";
    EstablishDraftsDiscardTitle => "Discard the saved drafts?", "放弃已保存的草稿？";
    EstablishDraftsDiscardBody => "The drafts that could not be read are removed from this browser. Download them first if you may still need them.", "无法读取的草稿将从本浏览器中删除。如果以后可能还用得到，请先下载。";
}
