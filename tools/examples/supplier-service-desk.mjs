// A service desk that depends on a supplier: first-line support is outsourced, so objectives
// and plans involve the supplier (its resources, actions owned with it, the contract's
// requirements and reviews with it), six months in; one KPI at risk with a joint action.
import { t, monthEnds, weeks } from "./lib.mjs";

const HEAD = t("Head of IT services", "IT 服务总监");
const DESK = t("Service desk manager", "服务台经理");
const SUPPLIER_MANAGER = t("Supplier manager", "供应商经理");
const SECOND_LINE = t("Second-line support lead", "二线支持主管");
const KNOWLEDGE = t("Knowledge manager", "知识管理员");
const ACCOUNT = t("HelpPoint account manager, with the supplier manager", "帮点公司客户经理（与供应商经理共同负责）");
const TEAM_LEADER = t("HelpPoint team leader, with the service desk manager", "帮点公司坐席组长（与服务台经理共同负责）");

const SERVICE_MANAGEMENT = t("Service management", "服务管理");
const SERVICE_DESK = t("Service desk", "服务台");
const SUPPLIER_MANAGEMENT = t("Supplier management", "供应商管理");
const SECOND_LINE_SUPPORT = t("Second-line support", "二线支持");

const HELPPOINT = t("HelpPoint Services (supplier)", "帮点服务公司（供应商）");
const SERVICE_REVIEW = t("Monthly service review with HelpPoint", "与帮点公司的月度服务评审会");

const CREATED = "2026-06-01T09:00:00Z";
const TARGET = "2027-05-31";
const EVALUATED = "2027-06-15";
const MONTHS = monthEnds("2026-06", 6);
const QUARTERS = ["2026-06-30", "2026-09-30"];
const TRIGGERS = ["service-change", "contract-change", "risk-change", "missed-target"];

const updating = { reviewCadence: "quarterly", triggers: TRIGGERS, lastReviewed: "2026-11-27" };
const monthly = (responsible) => ({
  frequency: "monthly",
  method: t(
    "Monthly service review with HelpPoint, using its service report checked against the ITSM tool",
    "与帮点公司的月度服务评审，使用其服务报告并与 ITSM 工具数据核对",
  ),
  responsible,
  nextReview: "2026-12-18",
});
const approved = (approvedBy, approvedOn = "2026-06-05") => ({ approvedBy, approvedOn });
const communication = (byWhom, audiences, channels) => ({
  audiences: [t("IT staff", "IT 部门员工"), HELPPOINT, ...audiences],
  channels: [SERVICE_REVIEW, t("IT newsletter", "IT 简报"), ...channels],
  when: t("Every month at the service review; everyone each quarter", "每月在服务评审会上沟通；每季度向全员通报"),
  byWhom,
});
const review = (date, reviewer, findings, extra = {}) => ({
  date,
  reviewer,
  findings,
  nextReview: date === "2026-08-28" ? "2026-11-27" : "2026-12-18",
  ...extra,
});

export default {
  id: "supplier-service-desk",
  number: 4,
  exportedAt: "2026-11-30T17:00:00Z",
  organisation: {
    name: t("Example Logistics Co., IT Service Desk", "示例物流有限公司 IT 服务台"),
    scope: t(
      "IT support for 2,400 employees in 30 depots and the head office. First-line support is provided by HelpPoint Services under a three-year contract; second-line support and supplier management stay in house.",
      "为 30 个物流中心和总部的 2,400 名员工提供 IT 支持。一线支持由帮点服务公司按三年期合同提供；二线支持和供应商管理由公司自己负责。",
    ),
    functions: [SERVICE_MANAGEMENT, SERVICE_DESK, SUPPLIER_MANAGEMENT, SECOND_LINE_SUPPORT],
    document: {
      title: t("Service desk objectives and plans", "服务台目标及其实现策划"),
      version: "1.4",
      owner: DESK,
      approvedBy: HEAD,
      approvedOn: "2026-07-10",
    },
  },
  policy: [
    ["P1", t("Give every employee fast, friendly and competent IT support.", "为每位员工提供快速、友好、专业的 IT 支持。")],
    ["P2", t("Manage our suppliers so that what they deliver meets what we promise the business.", "管理好供应商，确保其交付满足我们对业务的承诺。")],
    ["P3", t("Improve the service continually, together with our suppliers.", "与供应商一起持续改进服务。")],
  ],
  requirements: [
    {
      reference: "SDC-S2",
      source: "contract",
      title: t(
        "Service desk contract with HelpPoint, schedule 2: 80 % of calls answered within 30 seconds, 70 % resolved at first contact, a monthly service report",
        "与帮点公司的服务台合同附件 2：80 % 的来电在 30 秒内接听，70 % 在首次联系时解决，每月提交服务报告",
      ),
    },
    {
      reference: "SDC-S5",
      source: "contract",
      title: t(
        "Service desk contract, schedule 5: monthly service review, joint improvement plan, agent induction and service credits",
        "服务台合同附件 5：月度服务评审、联合改进计划、坐席入职培训和服务抵扣",
      ),
    },
    {
      reference: "SLA-DEPOT",
      source: "service-requirement",
      title: t(
        "Service level agreement with the business: incidents at depots restored within 4 hours of operating time",
        "与业务部门的服务级别协议：物流中心的事件在 4 个营业小时内恢复",
      ),
    },
    {
      reference: "SMS-8.3.4",
      source: "internal",
      title: t(
        "Supplier management procedure (ISO/IEC 20000-1, 8.3.4): the supplier's performance reviewed against the contract every month",
        "供应商管理程序（ISO/IEC 20000-1 第 8.3.4 条）：每月对照合同评审供应商绩效",
      ),
    },
    {
      reference: "SURVEY-DM",
      source: "interested-party",
      title: t(
        "Depot managers' survey: staff wait too long on the phone and are passed between teams",
        "物流中心经理调查：员工电话等待时间长，且问题在团队之间来回转交",
      ),
    },
    {
      reference: "RISK-12",
      source: "risk-opportunity",
      title: t(
        "Risk register: agent turnover at the supplier above 30 % a year weakens first-line knowledge of the depot systems",
        "风险登记册：供应商坐席年流失率超过 30 %，削弱一线对物流中心系统的了解",
      ),
    },
  ],
  objectives: [
    {
      code: "S1",
      level: "strategic",
      title: t("Employees get fast, competent help from the service desk", "员工从服务台获得快速、专业的帮助"),
      description: t(
        "Depot and office staff reach the service desk quickly and get their problem solved, whether HelpPoint's first line or our second line solves it.",
        "物流中心和办公室员工能迅速联系到服务台并解决问题，无论是由帮点公司的一线还是我们的二线解决。",
      ),
      function: SERVICE_MANAGEMENT,
      owner: HEAD,
      approval: approved(HEAD),
      policy: ["P1", "P2"],
      requirements: ["SLA-DEPOT", "SURVEY-DM"],
      kpis: [
        {
          name: t("Employee satisfaction with the service desk", "员工对服务台的满意度"),
          unit: t("points of 5", "分（满分 5 分）"),
          baseline: 3.6,
          target: 4.3,
          direction: "higher-is-better",
          dataSource: t("Survey sent with every fifth closed ticket", "每关闭五张工单发送一次的调查"),
          method: t("Mean score of the quarter's answers", "本季度所有答卷的平均分"),
          frequency: "quarterly",
          targetDate: TARGET,
          dates: QUARTERS,
          values: [3.8, 4.0],
        },
        {
          name: t("Depot incidents restored within 4 hours", "4 小时内恢复的物流中心事件占比"),
          unit: "%",
          baseline: 82,
          target: 95,
          direction: "higher-is-better",
          dataSource: t("ITSM tool", "ITSM 工具"),
          method: t("Depot incidents restored within 4 operating hours ÷ depot incidents closed in the month", "4 个营业小时内恢复的物流中心事件数 ÷ 当月关闭的物流中心事件数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [83, 85, 87, 88, 89, 90],
        },
      ],
      monitoring: {
        frequency: "quarterly",
        method: t("Quarterly IT management review with the service desk dashboard", "季度 IT 管理评审，查看服务台仪表板"),
        responsible: HEAD,
        nextReview: "2027-02-26",
      },
      communication: communication(HEAD, [t("Depot managers", "物流中心经理")], [t("Depot managers' monthly call", "物流中心经理月度电话会")]),
      updating,
      plan: "children",
      planApproval: approved(HEAD),
      reviews: [
        review("2026-08-28", HEAD, t("Satisfaction 3.8 in the second quarter; depot restores at 87 %.", "第二季度满意度 3.8 分；物流中心事件恢复率 87 %。")),
        review(
          "2026-11-27",
          HEAD,
          t(
            "On track: satisfaction 4.0 and restores at 89 %. Call answering at risk since the route-planning rollout (see O1).",
            "符合进度：满意度 4.0 分，恢复率 89 %。路线规划系统上线后接听及时率存在风险（见 O1）。",
          ),
          { nextReview: "2027-02-26" },
        ),
      ],
      created: CREATED,
    },
    {
      code: "T1",
      level: "tactical",
      parent: "S1",
      parentLink: t(
        "A problem solved at the first call is the fastest help S1 can give, and it is what HelpPoint is paid for (SDC-S2).",
        "首次来电即解决是 S1 能提供的最快帮助，也是帮点公司合同服务的核心（SDC-S2）。",
      ),
      title: t("Resolve more at the first contact, together with HelpPoint", "与帮点公司一起提高首次联系解决率"),
      description: t(
        "HelpPoint's agents have the knowledge and the rights to solve the common depot problems themselves, and pass on only what needs second line.",
        "帮点公司的坐席具备解决常见物流中心问题所需的知识和权限，只把确需二线处理的问题转出。",
      ),
      function: SERVICE_DESK,
      owner: DESK,
      approval: approved(HEAD),
      policy: ["P1", "P3"],
      requirements: ["SDC-S2", "SDC-S5", "SURVEY-DM"],
      kpis: [
        {
          name: t("First-contact resolution", "首次联系解决率"),
          unit: "%",
          baseline: 62,
          target: 75,
          direction: "higher-is-better",
          dataSource: t("HelpPoint's monthly service report, checked against the ITSM tool", "帮点公司月度服务报告，与 ITSM 工具数据核对"),
          method: t("Tickets resolved by first line without a transfer ÷ tickets logged by first line", "一线未转出即解决的工单数 ÷ 一线登记的工单数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [63, 65, 67, 68, 69, 70],
        },
        {
          name: t("Tickets passed back from second line to first line", "二线退回一线的工单占比"),
          unit: "%",
          baseline: 12,
          target: 5,
          direction: "lower-is-better",
          dataSource: t("ITSM tool", "ITSM 工具"),
          method: t("Tickets second line returned as first-line work ÷ tickets transferred to second line", "二线认定应由一线处理而退回的工单数 ÷ 转至二线的工单数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [12, 11, 10, 9, 8, 8],
        },
      ],
      monitoring: monthly(DESK),
      communication: communication(DESK, [], []),
      updating,
      plan: {
        actions: [
          {
            what: t(
              "Knowledge articles for the 40 most frequent depot incidents, checked by second line, in HelpPoint's agent console",
              "为 40 种最常见的物流中心事件编写知识文章，经二线审核后放入帮点公司的坐席控制台",
            ),
            responsible: KNOWLEDGE,
            start: "2026-06-08",
            due: "2026-09-30",
            status: "done",
            resources: [
              { kind: "people", description: t("Knowledge manager", "知识管理员"), amount: t("Half time for four months", "四个月，半数工作时间"), approved: true },
              { kind: "supplier", description: t("HelpPoint agents testing the articles, from the contract's improvement hours", "帮点公司坐席试用文章，计入合同约定的改进工时"), amount: t("40 hours", "40 小时"), approved: true },
            ],
          },
          {
            what: t(
              "HelpPoint trains its agents on the depot systems (scanners, route planning), with material from second line",
              "帮点公司使用二线提供的材料，培训其坐席使用物流中心系统（扫描枪、路线规划）",
            ),
            responsible: ACCOUNT,
            start: "2026-07-01",
            due: "2026-10-30",
            status: "done",
            resources: [
              { kind: "supplier", description: t("Training of 18 agents at HelpPoint's cost (schedule 5)", "帮点公司自费培训 18 名坐席（附件 5）"), amount: t("18 agent-days", "18 人天"), approved: true },
              { kind: "people", description: t("Second-line trainer", "二线培训讲师"), amount: t("2 days", "2 天"), approved: true },
            ],
          },
          {
            what: t(
              "Give first line the rights to reset scanner passwords and unlock route-planning accounts",
              "授予一线重置扫描枪密码和解锁路线规划账户的权限",
            ),
            responsible: SECOND_LINE,
            start: "2026-09-01",
            due: "2026-12-18",
            status: "in-progress",
            resources: [{ kind: "tool", description: t("Delegated administration role in the directory", "目录服务中的委派管理角色"), amount: t("3 days of configuration", "3 天配置工作"), approved: true }],
          },
        ],
        evaluation: {
          method: t("HelpPoint's monthly report checked against the ITSM tool at the monthly service review", "在月度服务评审中将帮点公司月报与 ITSM 工具数据核对"),
          successCriteria: t(
            "75 % resolved at first contact and at most 5 % passed back, three months in a row",
            "连续三个月首次联系解决率达到 75 %，退回一线的工单不超过 5 %",
          ),
          evaluator: HEAD,
          date: EVALUATED,
        },
        approval: approved(HEAD),
      },
      reviews: [
        review("2026-08-28", HEAD, t("Articles for 30 incident types live; first-contact resolution 67 %.", "30 种事件的知识文章已上线；首次联系解决率 67 %。")),
        review("2026-11-27", HEAD, t("On track at 69 %; HelpPoint's training done. Delegated rights arrive in December.", "符合进度，为 69 %；帮点公司的培训已完成。委派权限将于 12 月到位。")),
      ],
      created: CREATED,
    },
    {
      code: "T2",
      level: "tactical",
      parent: "S1",
      parentLink: t(
        "Most of the desk's service comes from HelpPoint: S1 is met only if the contract's service levels are, month after month.",
        "服务台的大部分服务由帮点公司提供：只有合同服务级别月月达标，S1 才能实现。",
      ),
      title: t("Manage HelpPoint to the contract and improve with it", "按合同管理帮点公司，并与其共同改进"),
      description: t(
        "Every month the contract's service levels are checked against our own data, misses lead to credits and a recovery plan, and the joint improvement plan moves on.",
        "每月用我们自己的数据核对合同服务级别，未达标即启动服务抵扣和恢复计划，并推进联合改进计划。",
      ),
      function: SUPPLIER_MANAGEMENT,
      owner: SUPPLIER_MANAGER,
      approval: approved(HEAD),
      policy: ["P2", "P3"],
      requirements: ["SMS-8.3.4", "SDC-S5"],
      kpis: [
        {
          name: t("Contract service levels met in the month", "当月达标的合同服务级别占比"),
          unit: t("% of the 8 service levels", "%（共 8 项服务级别）"),
          baseline: 75,
          target: 100,
          direction: "higher-is-better",
          dataSource: t("HelpPoint's monthly service report, checked against the ITSM tool", "帮点公司月度服务报告，与 ITSM 工具数据核对"),
          method: t("Service levels of schedule 2 met ÷ 8", "附件 2 中达标的服务级别数 ÷ 8"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [75, 75, 87.5, 87.5, 87.5, 87.5],
        },
        {
          name: t("Joint improvement actions closed on time", "按时关闭的联合改进措施占比"),
          unit: "%",
          baseline: 50,
          target: 90,
          direction: "higher-is-better",
          dataSource: t("Joint improvement plan, kept with HelpPoint", "与帮点公司共同维护的联合改进计划"),
          method: t("Actions closed by their due date ÷ actions due so far", "在截止日期前关闭的措施数 ÷ 截至目前到期的措施数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [55, 60, 70, 75, 80, 82],
        },
      ],
      monitoring: monthly(SUPPLIER_MANAGER),
      communication: communication(SUPPLIER_MANAGER, [], []),
      updating,
      plan: {
        actions: [
          {
            what: t(
              "Monthly service review with HelpPoint: the service levels, complaints and the joint improvement plan, minutes agreed by both",
              "与帮点公司召开月度服务评审：服务级别、投诉和联合改进计划，会议纪要双方确认",
            ),
            responsible: ACCOUNT,
            start: "2026-06-15",
            due: TARGET,
            status: "in-progress",
            resources: [
              { kind: "people", description: t("Supplier manager and service desk manager", "供应商经理和服务台经理"), amount: t("2 hours a month each", "每人每月 2 小时"), approved: true },
              { kind: "supplier", description: t("HelpPoint's account manager and its monthly report (schedule 5)", "帮点公司客户经理及其月度报告（附件 5）"), amount: t("Included in the contract", "含在合同内"), approved: true },
            ],
          },
          {
            what: t("Check HelpPoint's monthly report against the ITSM tool's own data", "用 ITSM 工具自有数据核对帮点公司月报"),
            responsible: SUPPLIER_MANAGER,
            start: "2026-06-15",
            due: "2026-08-31",
            status: "done",
            resources: [{ kind: "tool", description: t("Service level report in the ITSM tool", "ITSM 工具中的服务级别报表"), amount: t("5 days to build", "搭建需 5 天"), approved: true }],
          },
          {
            what: t(
              "Apply service credits and agree a recovery plan with HelpPoint when a service level is missed two months in a row",
              "某项服务级别连续两个月未达标时，执行服务抵扣并与帮点公司商定恢复计划",
            ),
            responsible: SUPPLIER_MANAGER,
            start: "2026-07-10",
            due: TARGET,
            status: "in-progress",
            resources: [{ kind: "supplier", description: t("Service credits under schedule 5", "附件 5 规定的服务抵扣"), amount: t("Up to 5 % of the monthly fee", "最高为月费的 5 %"), approved: true }],
          },
        ],
        evaluation: {
          method: t("Service review minutes and the service level report, every month", "每月审阅服务评审纪要和服务级别报表"),
          successCriteria: t(
            "All 8 service levels met for three months in a row, and 90 % of joint actions closed on time",
            "连续三个月 8 项服务级别全部达标，且 90 % 的联合改进措施按时关闭",
          ),
          evaluator: HEAD,
          date: EVALUATED,
        },
        approval: approved(HEAD),
      },
      reviews: [
        review("2026-08-28", HEAD, t("Own service level report live; 7 of 8 service levels met in August.", "自有服务级别报表已上线；8 月 8 项服务级别中 7 项达标。")),
        review("2026-11-27", HEAD, t("On track: 7 of 8 met; calls answered within 30 seconds missed since October, recovery plan agreed.", "符合进度：8 项中 7 项达标；30 秒内接听率自 10 月起未达标，已商定恢复计划。")),
      ],
      revisions: ({ requirements }) => [
        { number: 1, at: CREATED },
        {
          number: 2,
          at: "2026-07-08T10:00:00Z",
          reason: "contract-change",
          note: t(
            "Contract amendment 1 makes the joint improvement plan and agent induction part of schedule 5.",
            "合同第 1 号修订将联合改进计划和坐席入职培训纳入附件 5。",
          ),
          approvedBy: HEAD,
          changes: [
            {
              field: "requirementLinks",
              old: JSON.stringify([requirements["SMS-8.3.4"]]),
              new: JSON.stringify([requirements["SMS-8.3.4"], requirements["SDC-S5"]]),
            },
          ],
        },
      ],
      updated: "2026-07-08T10:00:00Z",
      created: CREATED,
    },
    {
      code: "O1",
      level: "operational",
      parent: "T1",
      parentLink: t(
        "A call answered quickly is where a first-contact fix starts (T1); the contract sets 80 % within 30 seconds (SDC-S2).",
        "来电及时接听是首次联系解决的起点（T1）；合同要求 80 % 的来电在 30 秒内接听（SDC-S2）。",
      ),
      title: t("Answer calls within 30 seconds", "30 秒内接听来电"),
      description: t(
        "HelpPoint staffs its shifts to the depots' call peaks, and callers in a long queue can ask to be called back.",
        "帮点公司按物流中心的来电高峰安排班次，排队时间较长的来电者可以选择回拨。",
      ),
      function: SERVICE_DESK,
      owner: DESK,
      approval: approved(HEAD),
      policy: ["P1", "P2"],
      requirements: ["SDC-S2", "SURVEY-DM"],
      kpis: [
        {
          name: t("Calls answered within 30 seconds", "30 秒内接听的来电占比"),
          unit: "%",
          baseline: 72,
          target: 85,
          direction: "higher-is-better",
          dataSource: t("Telephony system, weekly report", "电话系统周报"),
          method: t("Calls answered within 30 seconds ÷ calls offered in the week, abandoned calls included", "30 秒内接听的来电数 ÷ 本周呼入总数（含放弃的来电）"),
          frequency: "weekly",
          targetDate: TARGET,
          dates: weeks("2026-06-05", "2026-11-27"),
          values: [72, 73, 73, 74, 75, 75, 76, 77, 77, 78, 79, 79, 80, 80, 81, 80, 79, 78, 77, 76, 76, 75, 76, 76, 77, 77],
          notes: {
            "2026-10-02": t("Route-planning rollout starts: calls up 15 %.", "路线规划系统开始上线：来电量增加 15 %。"),
          },
        },
      ],
      monitoring: monthly(DESK),
      communication: communication(DESK, [t("Depot managers", "物流中心经理")], [t("Depot managers' monthly call", "物流中心经理月度电话会")]),
      updating,
      plan: {
        actions: [
          {
            what: t("HelpPoint moves agents' shifts to the call peak from 07:00 to 10:00", "帮点公司将坐席班次调整到 07:00–10:00 的来电高峰"),
            responsible: TEAM_LEADER,
            start: "2026-06-08",
            due: "2026-07-31",
            status: "done",
            resources: [{ kind: "supplier", description: t("HelpPoint's shift planning", "帮点公司的排班"), amount: t("Within the contract, no extra cost", "合同范围内，无额外费用"), approved: true }],
          },
          {
            what: t("Offer a call-back when the queue is longer than two minutes", "排队超过两分钟时提供回拨选项"),
            responsible: DESK,
            start: "2026-07-06",
            due: "2026-08-28",
            status: "done",
            resources: [{ kind: "tool", description: t("Call-back feature of the telephony system", "电话系统的回拨功能"), amount: t("¥8,000 to set up", "开通费 8,000 元"), approved: true }],
          },
          {
            what: t(
              "HelpPoint adds two trained agents to the morning shift while the route-planning rollout lasts",
              "路线规划系统上线期间，帮点公司在早班增加两名已培训坐席",
            ),
            responsible: ACCOUNT,
            start: "2026-12-01",
            due: "2027-02-26",
            resources: [
              { kind: "supplier", description: t("Two extra HelpPoint agents at the contract's day rate", "按合同日费率增加两名帮点公司坐席"), amount: t("2 agents, December to February", "2 名坐席，12 月至次年 2 月"), approved: true },
              { kind: "budget", description: t("Cost of the extra agents", "增加坐席的费用"), amount: t("¥90,000", "9 万元"), approved: true },
            ],
          },
        ],
        evaluation: {
          method: t("Weekly telephony report, discussed at the monthly service review with HelpPoint", "电话系统周报，在与帮点公司的月度服务评审中讨论"),
          successCriteria: t("85 % of calls answered within 30 seconds for eight weeks in a row", "连续八周 85 % 的来电在 30 秒内接听"),
          evaluator: HEAD,
          date: EVALUATED,
        },
        approval: approved(HEAD),
      },
      reviews: [
        review("2026-08-28", HEAD, t("Shifts moved and call-back live; 79 % within 30 seconds.", "班次已调整，回拨功能已上线；30 秒内接听率 79 %。")),
        review(
          "2026-11-27",
          HEAD,
          t(
            "At risk: down to 77 % since the route-planning rollout added 15 % more calls. Agreed with HelpPoint: two more agents on the morning shift from December.",
            "存在风险：路线规划系统上线使来电增加 15 %，接听率降至 77 %。已与帮点公司商定：12 月起早班增加两名坐席。",
          ),
          { result: "at-risk", decision: "change-plan" },
        ),
      ],
      revisions: ({ actions }) => [
        { number: 1, at: CREATED },
        {
          number: 2,
          at: "2026-11-27T16:00:00Z",
          reason: "review-decision",
          note: t(
            "November review: at risk after the route-planning rollout; two extra HelpPoint agents added to the plan, agreed at the service review.",
            "11 月评审：路线规划系统上线后存在风险；经服务评审商定，计划中增加两名帮点公司坐席。",
          ),
          approvedBy: HEAD,
          changes: [{ field: `plan.actions[${actions[2].id}]`, new: actions[2] }],
        },
      ],
      updated: "2026-11-27T16:00:00Z",
      created: CREATED,
    },
    {
      code: "O2",
      level: "operational",
      parent: "T1",
      parentLink: t(
        "HelpPoint's agents can only fix at first contact what the knowledge base tells them (T1).",
        "帮点公司的坐席只能依靠知识库在首次联系时解决问题（T1）。",
      ),
      title: t("Keep the knowledge articles current", "保持知识文章及时更新"),
      description: t(
        "Each second-line team reviews its articles twice a year, with HelpPoint's agents flagging the ones that did not work.",
        "各二线团队每半年审核一次各自的知识文章，帮点公司的坐席标记不起作用的文章。",
      ),
      function: SECOND_LINE_SUPPORT,
      owner: SECOND_LINE,
      approval: approved(HEAD),
      policy: ["P1", "P3"],
      requirements: ["SDC-S5", "RISK-12"],
      kpis: [
        {
          name: t("Knowledge articles reviewed in the last six months", "近六个月内审核过的知识文章占比"),
          unit: "%",
          baseline: 40,
          target: 95,
          direction: "higher-is-better",
          dataSource: t("Knowledge base in the ITSM tool", "ITSM 工具中的知识库"),
          method: t("Published articles with a review date in the last six months ÷ published articles", "近六个月内有审核日期的已发布文章数 ÷ 已发布文章数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [45, 55, 62, 70, 75, 80],
        },
      ],
      monitoring: monthly(SECOND_LINE),
      communication: communication(SECOND_LINE, [], []),
      updating,
      plan: {
        actions: [
          {
            what: t("Each second-line team reviews its articles every six months", "各二线团队每六个月审核一次各自的文章"),
            responsible: SECOND_LINE,
            start: "2026-06-15",
            due: TARGET,
            status: "in-progress",
            resources: [{ kind: "people", description: t("Second-line engineers", "二线工程师"), amount: t("2 hours a month each", "每人每月 2 小时"), approved: true }],
          },
          {
            what: t(
              "HelpPoint's agents flag articles that did not solve the problem, from the agent console",
              "帮点公司坐席在坐席控制台中标记未能解决问题的文章",
            ),
            responsible: TEAM_LEADER,
            start: "2026-07-01",
            due: "2026-09-30",
            status: "done",
            resources: [
              { kind: "supplier", description: t("Agents' feedback, part of HelpPoint's contract (schedule 5)", "坐席反馈，属于帮点公司合同内容（附件 5）"), amount: t("Included in the contract", "含在合同内"), approved: true },
              { kind: "tool", description: t("Feedback button in the agent console", "坐席控制台中的反馈按钮"), amount: t("2 days of configuration", "2 天配置工作"), approved: true },
            ],
          },
        ],
        evaluation: {
          method: t("Knowledge base report reviewed at the monthly service review", "在月度服务评审中审阅知识库报表"),
          successCriteria: t("95 % of articles reviewed in the last six months, and every flagged article fixed within 10 working days", "95 % 的文章在近六个月内审核过，且所有被标记的文章在 10 个工作日内修正"),
          evaluator: DESK,
          date: EVALUATED,
        },
        approval: approved(HEAD),
      },
      reviews: [
        review("2026-08-28", DESK, t("Review rota running; 62 % reviewed.", "审核轮值已运行；审核率 62 %。")),
        review("2026-11-27", DESK, t("On track at 75 %; HelpPoint agents flagged 23 articles, all fixed.", "符合进度，为 75 %；帮点公司坐席标记了 23 篇文章，均已修正。")),
      ],
      created: CREATED,
    },
    {
      code: "O3",
      level: "operational",
      parent: "T2",
      parentLink: t(
        "HelpPoint meets the contract only with agents who know our depots: its turnover is the largest risk to T2 (RISK-12).",
        "帮点公司只有依靠熟悉我们物流中心的坐席才能履约：其人员流失是 T2 面临的最大风险（RISK-12）。",
      ),
      title: t("Keep first-line knowledge when HelpPoint's agents change", "帮点公司坐席变动时保持一线知识"),
      description: t(
        "Every new HelpPoint agent passes a test on the depot systems before taking calls, and HelpPoint reports its turnover every month.",
        "每名新入职的帮点公司坐席在接听来电前须通过物流中心系统测试，帮点公司每月报告人员流失情况。",
      ),
      function: SUPPLIER_MANAGEMENT,
      owner: SUPPLIER_MANAGER,
      approval: approved(HEAD),
      policy: ["P2"],
      requirements: ["RISK-12", "SDC-S5"],
      kpis: [
        {
          name: t("Agent turnover at HelpPoint", "帮点公司坐席流失率"),
          unit: t("% a year", "%（年化）"),
          baseline: 34,
          target: 20,
          direction: "lower-is-better",
          dataSource: t("HelpPoint's monthly service report", "帮点公司月度服务报告"),
          method: t("Agents who left in the last 12 months ÷ average number of agents on our contract", "近 12 个月离职的坐席人数 ÷ 本合同平均坐席人数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [33, 31, 30, 28, 27, 26],
        },
        {
          name: t("New agents who pass the depot-systems test before taking calls", "接听来电前通过物流中心系统测试的新坐席占比"),
          unit: "%",
          baseline: 60,
          target: 100,
          direction: "higher-is-better",
          dataSource: t("Test results kept by second line", "二线保存的测试结果"),
          method: t("New agents who passed before their first shift ÷ new agents in the month", "首个班次前通过测试的新坐席人数 ÷ 当月新坐席人数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [65, 70, 78, 82, 85, 90],
        },
      ],
      monitoring: monthly(SUPPLIER_MANAGER),
      communication: communication(SUPPLIER_MANAGER, [], []),
      updating,
      plan: {
        actions: [
          {
            what: t(
              "HelpPoint gives each new agent two days' induction on the depot systems, ending with a test set by second line",
              "帮点公司为每名新坐席安排两天的物流中心系统入职培训，最后参加由二线出题的测试",
            ),
            responsible: TEAM_LEADER,
            start: "2026-07-13",
            due: TARGET,
            status: "in-progress",
            resources: [
              { kind: "supplier", description: t("Induction by HelpPoint under schedule 5", "帮点公司按附件 5 开展的入职培训"), amount: t("2 days per new agent", "每名新坐席 2 天"), approved: true },
              { kind: "people", description: t("Second-line engineer to set and mark the test", "负责出题和阅卷的二线工程师"), amount: t("4 hours a month", "每月 4 小时"), approved: true },
            ],
          },
          {
            what: t("HelpPoint adds turnover and induction figures to its monthly service report", "帮点公司在月度服务报告中增加人员流失和入职培训数据"),
            responsible: ACCOUNT,
            start: "2026-06-15",
            due: "2026-07-31",
            status: "done",
            resources: [{ kind: "supplier", description: t("Report change agreed with HelpPoint", "与帮点公司商定的报告变更"), amount: t("No extra cost", "无额外费用"), approved: true }],
          },
        ],
        evaluation: {
          method: t("HelpPoint's monthly report and the test results, at the monthly service review", "在月度服务评审中审阅帮点公司月报和测试结果"),
          successCriteria: t("Turnover at 20 % a year or less, and every new agent tested before the first call", "年化流失率不高于 20 %，且每名新坐席在首次接听前都通过测试"),
          evaluator: HEAD,
          date: EVALUATED,
        },
        approval: approved(HEAD),
      },
      reviews: [
        review("2026-08-28", HEAD, t("Induction test running since July; turnover 31 %.", "入职测试自 7 月起实施；流失率 31 %。")),
        review("2026-11-27", HEAD, t("On track: turnover 27 %, 85 % of new agents tested before their first call.", "符合进度：流失率 27 %，85 % 的新坐席在首次接听前通过测试。")),
      ],
      created: CREATED,
    },
  ],
  communications: [
    {
      date: "2026-06-08",
      objectives: "all",
      audience: t("IT staff and HelpPoint's team leaders", "IT 部门员工和帮点公司坐席组长"),
      channel: t("Service desk kick-off meeting", "服务台启动会"),
      byWhom: HEAD,
      summary: t(
        "Launched the service desk objectives with HelpPoint: what each side does, the contract's service levels and the joint improvement plan.",
        "与帮点公司一起发布服务台目标：双方各自的职责、合同服务级别和联合改进计划。",
      ),
      acknowledgedOn: "2026-06-10",
    },
    {
      date: "2026-06-15",
      objectives: ["S1", "T1", "O1"],
      audience: t("Depot managers", "物流中心经理"),
      channel: t("Depot managers' monthly call", "物流中心经理月度电话会"),
      byWhom: DESK,
      summary: t(
        "Shared the targets for answering calls and fixing problems at the first contact, and how to give feedback.",
        "介绍来电接听和首次联系解决的目标，以及如何反馈意见。",
      ),
    },
    {
      date: "2026-07-10",
      objectives: ["T1", "T2", "O2", "O3"],
      audience: HELPPOINT,
      channel: SERVICE_REVIEW,
      byWhom: SUPPLIER_MANAGER,
      summary: t(
        "Agreed the joint improvement plan after contract amendment 1, and the turnover and induction figures HelpPoint now reports.",
        "合同第 1 号修订后商定联合改进计划，以及帮点公司需要报告的人员流失和入职培训数据。",
      ),
      acknowledgedOn: "2026-07-13",
    },
    {
      date: "2026-09-09",
      objectives: "all",
      audience: t("IT staff", "IT 部门员工"),
      channel: t("IT newsletter", "IT 简报"),
      byWhom: HEAD,
      summary: t(
        "Quarter results: knowledge articles live in HelpPoint's console, our own service level report in use, every objective on track.",
        "季度成果：知识文章已放入帮点公司坐席控制台，自有服务级别报表已启用，所有目标均符合进度。",
      ),
    },
    {
      date: "2026-11-30",
      objectives: "all",
      audience: t("IT staff and HelpPoint's team leaders", "IT 部门员工和帮点公司坐席组长"),
      channel: SERVICE_REVIEW,
      byWhom: SUPPLIER_MANAGER,
      summary: t(
        "Half-year results: calls answered within 30 seconds at risk since the route-planning rollout; HelpPoint adds two agents to the morning shift from December.",
        "半年成果：路线规划系统上线后 30 秒内接听率存在风险；帮点公司自 12 月起在早班增加两名坐席。",
      ),
    },
  ],
};
