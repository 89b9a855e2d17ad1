// A small SaaS team: eight people, two levels (the tactical level marked not relevant, with the
// reason), five objectives with one or two KPIs each, six months into its objectives.
import { t, monthEnds, ramp, weeks } from "./lib.mjs";

const CEO = t("Founder and CEO", "创始人兼首席执行官");
const CTO = t("CTO", "首席技术官");
const LEAD = t("Lead engineer", "主管工程师");
const PLATFORM = t("Platform engineer", "平台工程师");
const SUPPORT = t("Support lead", "客户支持主管");

const MANAGEMENT = t("Management", "管理层");
const ENGINEERING = t("Engineering", "研发");
const CUSTOMER_SUPPORT = t("Customer support", "客户支持");

const CREATED = "2026-06-01T09:00:00Z";
const TARGET = "2027-05-31";
const EVALUATED = "2027-06-15";
const MONTHS = monthEnds("2026-06", 6);
const QUARTERS = ["2026-06-30", "2026-09-30"];
const TRIGGERS = ["service-change", "contract-change", "risk-change", "missed-target"];

const updating = { reviewCadence: "quarterly", triggers: TRIGGERS, lastReviewed: "2026-11-27" };
const monthly = (responsible, method) => ({ frequency: "monthly", method, responsible, nextReview: "2026-12-18" });
const quarterly = (responsible) => ({
  frequency: "quarterly",
  method: t("Quarterly management meeting with the team dashboard", "季度管理会议，查看团队仪表板"),
  responsible,
  nextReview: "2027-02-26",
});
const approved = (approvedBy, approvedOn = "2026-06-05") => ({ approvedBy, approvedOn });
const teamCommunication = (byWhom, extra = {}) => ({
  audiences: [t("Whole team", "全体成员"), ...(extra.audiences ?? [])],
  channels: [t("Monthly all-hands", "每月全员会"), t("Team dashboard", "团队仪表板"), ...(extra.channels ?? [])],
  when: extra.when ?? t("Every month", "每月"),
  byWhom,
});

export default {
  id: "saas-team",
  number: 2,
  exportedAt: "2026-11-30T17:00:00Z",
  organisation: {
    name: t("Example Cloud Ledger Ltd.", "示例云账本有限公司"),
    scope: t(
      "The online bookkeeping service Cloud Ledger for small businesses: the web app, its API and customer support.",
      "面向小微企业的在线记账服务“云账本”：网页应用、API 接口和客户支持。",
    ),
    functions: [MANAGEMENT, ENGINEERING, CUSTOMER_SUPPORT],
    levelsNotRelevant: [
      {
        level: "tactical",
        reason: t(
          "Eight people in one team: the founders set the company's objectives and the team plans its work against them directly, with no departments in between.",
          "团队只有八人：创始人设定公司目标，团队直接据此策划工作，中间没有部门层级。",
        ),
      },
    ],
    document: {
      title: t("Service objectives and plans", "服务目标及其实现策划"),
      version: "1.2",
      owner: CTO,
      approvedBy: CEO,
      approvedOn: "2026-09-04",
    },
  },
  policy: [
    ["P1", t("Keep our customers' books available and their data safe.", "确保客户的账簿随时可用、数据安全。")],
    ["P2", t("Answer customers quickly and fix what we break.", "快速回应客户，出了问题及时修复。")],
    ["P3", t("Improve the service every month from what customers tell us.", "根据客户反馈，每月持续改进服务。")],
  ],
  requirements: [
    {
      reference: "TOS-4",
      source: "contract",
      title: t(
        "Terms of service §4: 99.5 % monthly availability of the web app, with service credits below it",
        "服务条款第 4 条：网页应用月度可用性 99.5 %，低于此值须给予服务抵扣",
      ),
    },
    {
      reference: "DPA-2",
      source: "contract",
      title: t(
        "Data processing agreement with customers: daily backups, kept for 30 days and restorable",
        "与客户签订的数据处理协议：每日备份，保留 30 天，且可恢复",
      ),
    },
    {
      reference: "SURVEY-26",
      source: "interested-party",
      title: t(
        "Customer survey 2026: slow replies from support are the most frequent complaint",
        "2026 年客户调查：支持回复慢是最常见的投诉",
      ),
    },
    {
      reference: "RISK-3",
      source: "risk-opportunity",
      title: t(
        "Risk register: a failed release can corrupt ledgers, and only two people know how to release",
        "风险登记册：发布失败可能损坏账簿数据，且只有两人掌握发布流程",
      ),
    },
  ],
  objectives: [
    {
      code: "S1",
      level: "strategic",
      title: t("Keep Cloud Ledger available and customers' data safe", "保障云账本可用，确保客户数据安全"),
      description: t(
        "Customers keep their books in Cloud Ledger every day: it has to be there when they need it, and no ledger may ever be lost.",
        "客户每天都在云账本上记账：服务须在客户需要时可用，任何账簿都不能丢失。",
      ),
      function: MANAGEMENT,
      owner: CTO,
      approval: approved(CEO),
      policy: ["P1"],
      requirements: ["TOS-4", "DPA-2"],
      kpis: [
        {
          name: t("Monthly availability of the web app", "网页应用月度可用性"),
          unit: "%",
          baseline: 99.5,
          target: 99.9,
          direction: "higher-is-better",
          dataSource: t("External uptime monitor (a probe every minute)", "外部可用性监控（每分钟探测一次）"),
          method: t(
            "Minutes available ÷ minutes in the month, planned maintenance included",
            "可用分钟数 ÷ 当月总分钟数，计划内维护也计入不可用",
          ),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [99.62, 99.71, 99.68, 99.8, 99.78, 99.84],
        },
      ],
      monitoring: quarterly(CTO),
      communication: teamCommunication(CTO, {
        audiences: [t("Customers", "客户")],
        channels: [t("Status page", "状态页面")],
        when: t("Team: every month; customers: every quarter", "团队：每月；客户：每季度"),
      }),
      updating,
      plan: "children",
      planApproval: approved(CEO),
      reviews: [
        {
          date: "2026-08-28",
          reviewer: CEO,
          findings: t(
            "Availability at 99.68–99.71 % since June; automated tests now block failing releases.",
            "6 月以来可用性为 99.68 %–99.71 %；自动化测试已能拦截未通过的发布。",
          ),
          nextReview: "2026-11-27",
        },
        {
          date: "2026-11-27",
          reviewer: CEO,
          findings: t(
            "On track: 99.78 % and above since September; staged releases done and monthly restore drills under 100 minutes.",
            "符合进度：9 月以来均不低于 99.78 %；分批发布已上线，每月恢复演练用时低于 100 分钟。",
          ),
          nextReview: "2027-02-26",
        },
      ],
      created: CREATED,
    },
    {
      code: "S2",
      level: "strategic",
      title: t("Give customers fast, helpful support", "为客户提供快速、有用的支持"),
      description: t(
        "Small businesses write to us when they are stuck with their books: a quick, useful answer keeps them with us.",
        "小微企业在记账遇到困难时才会联系我们：及时、有用的答复是留住客户的关键。",
      ),
      function: MANAGEMENT,
      owner: CEO,
      approval: approved(CEO),
      policy: ["P2", "P3"],
      requirements: ["SURVEY-26"],
      kpis: [
        {
          name: t("Satisfaction with support replies", "客户对支持答复的满意度"),
          unit: t("points of 5", "分（满分 5 分）"),
          baseline: 4.0,
          target: 4.5,
          direction: "higher-is-better",
          dataSource: t("One-question survey sent with every closed request", "每个请求关闭时发送的单题满意度调查"),
          method: t("Mean score of the quarter's answers", "本季度所有答卷的平均分"),
          frequency: "quarterly",
          targetDate: TARGET,
          dates: QUARTERS,
          values: [4.1, 4.3],
        },
      ],
      monitoring: quarterly(CEO),
      communication: teamCommunication(CEO, {
        audiences: [t("Customers", "客户")],
        channels: [t("Quarterly customer newsletter", "季度客户通讯")],
        when: t("Team: every month; customers: every quarter", "团队：每月；客户：每季度"),
      }),
      updating,
      plan: "children",
      planApproval: approved(CEO),
      reviews: [
        {
          date: "2026-08-28",
          reviewer: CEO,
          findings: t(
            "Satisfaction 4.1 in the second quarter; replies within four hours up from 68 % to 77 %.",
            "第二季度满意度 4.1 分；四小时内答复率由 68 % 升至 77 %。",
          ),
          nextReview: "2026-11-27",
        },
        {
          date: "2026-11-27",
          reviewer: CEO,
          findings: t(
            "On track: satisfaction 4.3 in the third quarter; the help-centre articles reduce simple questions.",
            "符合进度：第三季度满意度 4.3 分；帮助中心文章减少了简单问题的咨询量。",
          ),
          nextReview: "2027-02-26",
        },
      ],
      created: CREATED,
    },
    {
      code: "O1",
      level: "operational",
      parent: "S1",
      parentLink: t(
        "Most of our outages start with a release: safer releases are the largest single gain in availability for S1.",
        "大部分中断都由发布引起：更安全的发布是提升 S1 可用性最有效的一步。",
      ),
      title: t("Release without breaking the service", "发布不影响服务"),
      description: t(
        "Every release is tested automatically, reaches a few customers first, and can be run by three people.",
        "每次发布都经过自动化测试，先向少量客户推送，并且有三人能够执行发布。",
      ),
      function: ENGINEERING,
      owner: LEAD,
      approval: approved(CTO),
      policy: ["P1", "P2"],
      requirements: ["RISK-3", "TOS-4"],
      kpis: [
        {
          name: t("Releases that cause an incident", "引发事件的发布占比"),
          unit: t("% of releases", "%（占发布次数）"),
          baseline: 15,
          target: 5,
          direction: "lower-is-better",
          dataSource: t("Release log and incident tracker", "发布日志和事件跟踪系统"),
          method: t(
            "Releases followed by an incident within 48 hours ÷ all releases in the month",
            "发布后 48 小时内引发事件的发布次数 ÷ 当月全部发布次数",
          ),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [14, 12, 11, 9, 9, 8],
        },
      ],
      monitoring: monthly(LEAD, t("Monthly service review with the release log and incident report", "每月服务评审，查看发布日志和事件报告")),
      communication: teamCommunication(LEAD),
      updating,
      plan: {
        actions: [
          {
            what: t(
              "Run the full automated test suite on every release and block the release when a test fails",
              "每次发布都运行全部自动化测试，任何测试失败即阻止发布",
            ),
            responsible: LEAD,
            start: "2026-06-08",
            due: "2026-07-31",
            status: "done",
            resources: [
              { kind: "time", description: t("Engineering time to extend the tests", "扩充测试所需的研发工时"), amount: t("15 days", "15 人天"), approved: true },
              { kind: "tool", description: t("Build minutes on the hosted CI service", "托管持续集成服务的构建时长"), amount: t("USD 60 a month", "每月 60 美元"), approved: true },
            ],
          },
          {
            what: t(
              "Release to 10 % of customers first, with automatic rollback when errors rise",
              "先向 10 % 的客户发布，错误率上升时自动回滚",
            ),
            responsible: PLATFORM,
            start: "2026-08-03",
            due: "2026-10-30",
            status: "done",
            resources: [{ kind: "time", description: t("Platform engineering time", "平台研发工时"), amount: t("20 days", "20 人天"), approved: true }],
          },
          {
            what: t(
              "Write the release runbook and train a third engineer to release",
              "编写发布操作手册，并培养第三名能够执行发布的工程师",
            ),
            responsible: LEAD,
            start: "2026-10-05",
            due: "2027-01-29",
            status: "in-progress",
            resources: [{ kind: "people", description: t("Pairing sessions with the lead engineer", "与主管工程师结对实操"), amount: t("8 half-days", "8 个半天"), approved: true }],
          },
        ],
        evaluation: {
          method: t(
            "Release log and incident report compared with the baseline at the monthly service review",
            "在每月服务评审中将发布日志和事件报告与基准值比较",
          ),
          successCriteria: t(
            "At most 5 % of releases cause an incident for three months in a row, and three people can release",
            "连续三个月引发事件的发布不超过 5 %，且有三人能够执行发布",
          ),
          evaluator: CTO,
          date: EVALUATED,
        },
        approval: approved(CTO),
      },
      reviews: [
        {
          date: "2026-08-28",
          reviewer: CTO,
          findings: t("Test gate live since July; 11 % of releases caused an incident in August.", "测试关卡自 7 月起生效；8 月有 11 % 的发布引发事件。"),
          nextReview: "2026-11-27",
        },
        {
          date: "2026-11-27",
          reviewer: CTO,
          findings: t(
            "On track at 9 %; staged releases live. The third engineer has run two releases under supervision.",
            "符合进度，为 9 %；分批发布已上线。第三名工程师已在指导下完成两次发布。",
          ),
          nextReview: "2026-12-18",
        },
      ],
      revisions: ({ kpis }) => [
        { number: 1, at: CREATED },
        {
          number: 2,
          at: "2026-07-06T10:00:00Z",
          reason: "correction",
          note: t(
            "The release log for the first half of the year shows 15 % of releases causing an incident, not 12 %.",
            "上半年发布日志显示引发事件的发布占 15 %，而不是 12 %。",
          ),
          approvedBy: CTO,
          changes: [{ field: `kpis[${kpis[0].id}].baseline`, old: "12.0", new: "15.0" }],
        },
      ],
      updated: "2026-07-06T10:00:00Z",
      created: CREATED,
    },
    {
      code: "O2",
      level: "operational",
      parent: "S1",
      parentLink: t(
        "A backup counts only if it restores: monthly drills show that no customer's ledger can be lost (S1, DPA-2).",
        "备份只有能恢复才有意义：每月演练证明客户账簿不会丢失（S1，DPA-2）。",
      ),
      title: t("Prove that every customer's data can be restored", "证明每位客户的数据都能恢复"),
      description: t(
        "A scripted restore of a single customer's ledger, drilled every month on a customer picked at random.",
        "用脚本恢复单个客户的账簿，并每月随机抽取一位客户进行恢复演练。",
      ),
      function: ENGINEERING,
      owner: PLATFORM,
      approval: approved(CTO),
      policy: ["P1"],
      requirements: ["DPA-2", "TOS-4"],
      kpis: [
        {
          name: t("Time to restore one customer's ledger in the monthly drill", "每月演练中恢复单个客户账簿的用时"),
          unit: t("minutes", "分钟"),
          baseline: 180,
          target: 60,
          direction: "lower-is-better",
          dataSource: t("Restore drill log", "恢复演练记录"),
          method: t(
            "From starting the restore to checking that the restored ledger's totals match",
            "从开始恢复到核对恢复后账簿合计一致为止的时间",
          ),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [170, 150, 120, 110, 95, 80],
        },
      ],
      monitoring: monthly(PLATFORM, t("Monthly service review with the drill log", "每月服务评审，查看演练记录")),
      communication: teamCommunication(PLATFORM),
      updating,
      plan: {
        actions: [
          {
            what: t("Script the restore of a single customer's ledger", "编写恢复单个客户账簿的脚本"),
            responsible: PLATFORM,
            start: "2026-06-15",
            due: "2026-08-31",
            status: "done",
            resources: [{ kind: "time", description: t("Platform engineering time", "平台研发工时"), amount: t("10 days", "10 人天"), approved: true }],
          },
          {
            what: t(
              "Drill a restore on a customer picked at random every month and record the time",
              "每月随机抽取一位客户进行恢复演练并记录用时",
            ),
            responsible: PLATFORM,
            start: "2026-07-01",
            due: TARGET,
            status: "in-progress",
            resources: [
              { kind: "tool", description: t("Separate restore environment in the cloud account", "云账户中独立的恢复环境"), amount: t("USD 120 a month", "每月 120 美元"), approved: true },
            ],
          },
        ],
        evaluation: {
          method: t("Drill log reviewed at each monthly service review", "在每月服务评审中审查演练记录"),
          successCriteria: t(
            "Every drill restores the ledger correctly within 60 minutes for three months in a row",
            "连续三个月每次演练都能在 60 分钟内正确恢复账簿",
          ),
          evaluator: CTO,
          date: EVALUATED,
        },
        approval: approved(CTO),
      },
      reviews: [
        {
          date: "2026-08-28",
          reviewer: CTO,
          findings: t("Restore script done; the August drill took 120 minutes.", "恢复脚本已完成；8 月演练用时 120 分钟。"),
          nextReview: "2026-11-27",
        },
        {
          date: "2026-11-27",
          reviewer: CTO,
          findings: t("On track: 95 minutes in October, every drill restored correctly.", "符合进度：10 月用时 95 分钟，每次演练均正确恢复。"),
          nextReview: "2026-12-18",
        },
      ],
      created: CREATED,
    },
    {
      code: "O3",
      level: "operational",
      parent: "S2",
      parentLink: t(
        "Slow replies are what customers complain about most (SURVEY-26): answering within four business hours is how S2 is won.",
        "回复慢是客户最主要的投诉（SURVEY-26）：四个工作小时内答复是实现 S2 的关键。",
      ),
      title: t("Reply to support requests within four business hours", "四个工作小时内答复支持请求"),
      description: t(
        "Someone watches the support inbox every business hour, common questions have help-centre answers, and a developer takes the technical ones.",
        "每个工作小时都有人值守支持邮箱，常见问题在帮助中心有现成解答，技术问题由开发人员处理。",
      ),
      function: CUSTOMER_SUPPORT,
      owner: SUPPORT,
      approval: approved(CEO),
      policy: ["P2", "P3"],
      requirements: ["SURVEY-26"],
      kpis: [
        {
          name: t("Requests answered within four business hours", "四个工作小时内答复的请求占比"),
          unit: "%",
          baseline: 68,
          target: 95,
          direction: "higher-is-better",
          dataSource: t("Help desk tool, weekly report", "帮助台工具周报"),
          method: t(
            "First replies sent within four business hours ÷ requests received in the week",
            "四个工作小时内发出首次答复的请求数 ÷ 本周收到的请求数",
          ),
          frequency: "weekly",
          targetDate: TARGET,
          dates: weeks("2026-06-05", "2026-11-27"),
          values: ramp(68, 87, 26, 0, 2),
        },
      ],
      monitoring: monthly(SUPPORT, t("Weekly help desk report, discussed at the monthly service review", "帮助台周报，在每月服务评审中讨论")),
      communication: teamCommunication(SUPPORT),
      updating,
      plan: {
        actions: [
          {
            what: t(
              "Reply templates and a rota so that someone watches the inbox every business hour",
              "建立答复模板和值班表，确保每个工作小时都有人值守邮箱",
            ),
            responsible: SUPPORT,
            start: "2026-06-08",
            due: "2026-07-17",
            status: "done",
            resources: [{ kind: "people", description: t("Both support agents", "两名支持专员"), amount: t("2 hours a week each", "每人每周 2 小时"), approved: true }],
          },
          {
            what: t("Help-centre articles for the 20 most frequent questions", "为 20 个最常见问题编写帮助中心文章"),
            responsible: SUPPORT,
            start: "2026-07-20",
            due: "2026-12-18",
            status: "in-progress",
            resources: [{ kind: "time", description: t("Support agents' writing time", "支持专员的写作时间"), amount: t("30 hours", "30 小时"), approved: true }],
          },
          {
            what: t("A developer joins the rota for technical questions one day a week", "每周安排一名开发人员轮值一天，处理技术问题"),
            responsible: CTO,
            start: "2026-09-07",
            due: "2027-03-31",
            status: "in-progress",
            resources: [{ kind: "people", description: t("One developer", "一名开发人员"), amount: t("1 day a week", "每周 1 天"), approved: true }],
          },
        ],
        evaluation: {
          method: t("Weekly help desk report and the quarterly satisfaction score", "帮助台周报和季度满意度得分"),
          successCriteria: t(
            "95 % of requests answered within four business hours for eight weeks in a row, and satisfaction with support at 4.5 or more",
            "连续八周 95 % 的请求在四个工作小时内得到答复，且支持满意度不低于 4.5 分",
          ),
          evaluator: CEO,
          date: EVALUATED,
        },
        approval: approved(CEO),
      },
      reviews: [
        {
          date: "2026-08-28",
          reviewer: CEO,
          findings: t(
            "77 % within four hours and rising; 90 % is within reach, so the target goes up to 95 %, with a developer on the rota.",
            "四小时内答复率为 77 % 且持续上升；90 % 已可期，因此目标提高到 95 %，并安排开发人员轮值。",
          ),
          decision: "change-target",
          nextReview: "2026-11-27",
        },
        {
          date: "2026-11-27",
          reviewer: CEO,
          findings: t("On track at 87 %; 14 of the 20 help-centre articles published.", "符合进度，为 87 %；20 篇帮助中心文章已发布 14 篇。"),
          nextReview: "2026-12-18",
        },
      ],
      revisions: ({ kpis }) => [
        { number: 1, at: CREATED },
        {
          number: 2,
          at: "2026-09-01T09:30:00Z",
          reason: "review-decision",
          note: t(
            "August review: 90 % is within reach; the target rises to 95 %, what customers expect.",
            "8 月评审：90 % 已可期；目标提高到客户期望的 95 %。",
          ),
          approvedBy: CEO,
          changes: [{ field: `kpis[${kpis[0].id}].target`, old: "90.0", new: "95.0" }],
        },
      ],
      updated: "2026-09-01T09:30:00Z",
      created: CREATED,
    },
  ],
  communications: [
    {
      date: "2026-06-08",
      objectives: "all",
      audience: t("Whole team", "全体成员"),
      channel: t("Monthly all-hands", "每月全员会"),
      byWhom: CEO,
      summary: t(
        "Launched this year's five objectives, who owns each and how the team dashboard tracks them.",
        "发布今年的五个目标、各目标负责人，以及如何在团队仪表板上跟踪进展。",
      ),
    },
    {
      date: "2026-06-15",
      objectives: ["S1", "S2"],
      audience: t("Customers", "客户"),
      channel: t("Customer newsletter and status page", "客户通讯和状态页面"),
      byWhom: CTO,
      summary: t(
        "Told customers our availability and support reply targets and where to follow them.",
        "向客户公布可用性和支持答复目标，以及在哪里查看进展。",
      ),
    },
    {
      date: "2026-09-07",
      objectives: "all",
      audience: t("Whole team", "全体成员"),
      channel: t("Monthly all-hands", "每月全员会"),
      byWhom: CTO,
      summary: t(
        "Quarter review: releases and restores on track; the support reply target is now 95 % and a developer joins the support rota.",
        "季度回顾：发布和恢复均符合进度；支持答复目标调整为 95 %，并有一名开发人员加入支持轮值。",
      ),
    },
    {
      date: "2026-10-05",
      objectives: ["S1", "S2"],
      audience: t("Customers", "客户"),
      channel: t("Quarterly customer newsletter", "季度客户通讯"),
      byWhom: CEO,
      summary: t(
        "Shared the quarter's availability (99.8 % in September) and how fast support now replies.",
        "分享本季度的可用性（9 月为 99.8 %）以及目前支持答复的速度。",
      ),
    },
    {
      date: "2026-11-30",
      objectives: "all",
      audience: t("Whole team", "全体成员"),
      channel: t("Monthly all-hands", "每月全员会"),
      byWhom: CTO,
      summary: t(
        "Half-year review: every objective on track; the third engineer releases alone from January.",
        "半年回顾：所有目标均符合进度；第三名工程师将从 1 月起独立执行发布。",
      ),
    },
  ],
};
