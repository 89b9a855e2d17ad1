// An internal IT department under data-protection law: the Personal Information Protection
// Law's articles are the requirements that drive its objectives on three levels, six months in.
import { t, monthEnds } from "./lib.mjs";

const CIO = t("Chief information officer", "首席信息官");
const DPO = t("Personal information protection officer", "个人信息保护负责人");
const APPS = t("Head of application support", "应用支持经理");
const SECURITY = t("Information security manager", "信息安全经理");
const INFRA = t("Head of infrastructure", "基础设施经理");
const DESK = t("Service desk manager", "服务台经理");
const ANALYST = t("Security analyst", "安全分析师");
const CRM_DEV = t("CRM developer", "CRM 开发工程师");

const IT_MANAGEMENT = t("IT management", "IT 管理");
const APPLICATION_SUPPORT = t("Application support", "应用支持");
const IT_SECURITY = t("IT security", "信息安全");
const INFRASTRUCTURE = t("Infrastructure", "基础设施");
const SERVICE_DESK = t("Service desk", "服务台");

const CREATED = "2026-06-01T09:00:00Z";
const TARGET = "2027-05-31";
const EVALUATED = "2027-06-15";
const MONTHS = monthEnds("2026-06", 6);
const QUARTERS = ["2026-06-30", "2026-09-30"];
const TRIGGERS = ["service-change", "risk-change", "audit-finding", "missed-target"];

const updating = { reviewCadence: "quarterly", triggers: TRIGGERS, lastReviewed: "2026-11-27" };
const monthly = (responsible) => ({
  frequency: "monthly",
  method: t(
    "Monthly data-protection meeting with the DPO, using the KPI report",
    "每月个人信息保护例会（个人信息保护负责人参加），审阅 KPI 报告",
  ),
  responsible,
  nextReview: "2026-12-18",
});
const approved = (approvedBy, approvedOn = "2026-06-05") => ({ approvedBy, approvedOn });
const communication = (byWhom, audiences, channels) => ({
  audiences: [t("IT staff", "IT 部门全体员工"), ...audiences],
  channels: [t("IT all-staff meeting", "IT 部门全员会"), ...channels],
  when: t("Each quarter, and after every change", "每季度一次，目标变更后及时沟通"),
  byWhom,
});
const review = (date, reviewer, findings, nextReview = "2026-12-18") => ({ date, reviewer, findings, nextReview });

export default {
  id: "data-protection-it",
  number: 3,
  exportedAt: "2026-11-30T17:00:00Z",
  organisation: {
    name: t("Example Retail Group, IT Department", "示例零售集团信息技术部"),
    scope: t(
      "IT services for the group's 120 stores, its online shop and head office, including the systems that hold customers' and employees' personal information.",
      "为集团 120 家门店、网上商城和总部提供的 IT 服务，包括存储客户和员工个人信息的各类系统。",
    ),
    functions: [IT_MANAGEMENT, APPLICATION_SUPPORT, IT_SECURITY, INFRASTRUCTURE, SERVICE_DESK],
    document: {
      title: t("IT service objectives and plans: personal information protection", "IT 服务目标及其实现策划：个人信息保护"),
      version: "2.1",
      owner: CIO,
      approvedBy: CIO,
      approvedOn: "2026-09-08",
    },
  },
  policy: [
    ["P1", t("Process personal information lawfully, for stated purposes, and no more than we need.", "依法处理个人信息，目的明确，以最小必要为限。")],
    ["P2", t("Protect the information we hold against loss, misuse and unauthorised access.", "保护所持有的信息，防止丢失、滥用和未经授权的访问。")],
    ["P3", t("Meet the legal and regulatory requirements that apply to us, and be able to show that we do.", "满足适用的法律法规要求，并能够证明这一点。")],
  ],
  requirements: [
    {
      reference: "PIPL-19/47",
      source: "legal-regulatory",
      title: t(
        "Personal Information Protection Law, Art. 19 and 47: keep personal information no longer than needed, then delete it",
        "《个人信息保护法》第十九条、第四十七条：保存期限为实现处理目的所必要的最短时间，期满应予删除",
      ),
    },
    {
      reference: "PIPL-50",
      source: "legal-regulatory",
      title: t(
        "PIPL Art. 50: a convenient way for individuals to exercise their rights, with reasons given for any refusal",
        "《个人信息保护法》第五十条：建立便捷的个人行使权利申请受理和处理机制，拒绝的应说明理由",
      ),
    },
    {
      reference: "PIPL-51",
      source: "legal-regulatory",
      title: t(
        "PIPL Art. 51: security measures, including access rights, regular training and incident response plans",
        "《个人信息保护法》第五十一条：采取安全措施，包括操作权限管理、定期安全教育培训和安全事件应急预案",
      ),
    },
    {
      reference: "PIPL-54",
      source: "legal-regulatory",
      title: t("PIPL Art. 54: regular compliance audits of personal-information processing", "《个人信息保护法》第五十四条：定期对个人信息处理活动进行合规审计"),
    },
    {
      reference: "PIPL-55",
      source: "legal-regulatory",
      title: t(
        "PIPL Art. 55 and 56: an impact assessment before high-risk processing, its report kept for three years",
        "《个人信息保护法》第五十五条、第五十六条：高风险处理前进行个人信息保护影响评估，报告至少保存三年",
      ),
    },
    {
      reference: "PIPL-57",
      source: "legal-regulatory",
      title: t(
        "PIPL Art. 57: on a leak, remedial measures at once and notice to the authorities and the individuals concerned",
        "《个人信息保护法》第五十七条：发生泄露时立即采取补救措施，并通知履行个人信息保护职责的部门和个人",
      ),
    },
    {
      reference: "MLPS-3",
      source: "legal-regulatory",
      title: t(
        "Cybersecurity classified protection (MLPS 2.0), level 3 for the membership system: access control and security audit",
        "网络安全等级保护 2.0：会员系统为第三级，要求访问控制和安全审计",
      ),
    },
    {
      reference: "GRP-DP",
      source: "internal",
      title: t(
        "Group data-protection procedure: answer requests within 15 working days; tell the DPO of an incident within 24 hours",
        "集团个人信息保护规程：个人请求 15 个工作日内答复；发生事件 24 小时内报告个人信息保护负责人",
      ),
    },
    {
      reference: "AUD-2026",
      source: "risk-opportunity",
      title: t(
        "Compliance audit 2026: 14 findings, most on access rights and on data kept after accounts were closed",
        "2026 年合规审计：14 项发现，主要涉及访问权限和账户注销后仍保留的数据",
      ),
    },
  ],
  objectives: [
    {
      code: "S1",
      level: "strategic",
      title: t("Handle personal information lawfully and securely in every IT service", "在所有 IT 服务中合法、安全地处理个人信息"),
      description: t(
        "Every system that holds customers' or employees' personal information meets the law, and the department can show it to the DPO, the auditors and the regulator.",
        "每个存有客户或员工个人信息的系统都符合法律要求，并能向个人信息保护负责人、审计人员和监管部门出示证据。",
      ),
      function: IT_MANAGEMENT,
      owner: CIO,
      approval: approved(CIO),
      policy: ["P1", "P2", "P3"],
      requirements: ["PIPL-54", "PIPL-55", "AUD-2026"],
      kpis: [
        {
          name: t("Compliance audit findings still open", "尚未关闭的合规审计发现"),
          unit: t("findings", "项"),
          baseline: 14,
          target: 0,
          direction: "lower-is-better",
          dataSource: t("Audit findings register", "审计发现登记册"),
          method: t("Findings of the 2026 compliance audit not yet closed and verified by the DPO", "2026 年合规审计中尚未关闭且未经个人信息保护负责人验证的发现数量"),
          frequency: "quarterly",
          targetDate: TARGET,
          dates: QUARTERS,
          values: [11, 6],
        },
        {
          name: t("Systems with a current impact assessment", "具有有效影响评估的系统占比"),
          unit: t("% of systems holding personal information", "%（占存有个人信息的系统）"),
          baseline: 40,
          target: 100,
          direction: "higher-is-better",
          dataSource: t("Records of processing activities", "个人信息处理活动记录"),
          method: t("Systems whose impact assessment is less than two years old ÷ systems holding personal information", "影响评估不满两年的系统数 ÷ 存有个人信息的系统数"),
          frequency: "quarterly",
          targetDate: TARGET,
          dates: QUARTERS,
          values: [55, 75],
        },
      ],
      monitoring: {
        frequency: "quarterly",
        method: t("Quarterly management review with the DPO's report", "季度管理评审，审阅个人信息保护负责人的报告"),
        responsible: CIO,
        nextReview: "2027-02-26",
      },
      communication: communication(CIO, [t("Group executive board", "集团管理委员会")], [t("Quarterly management report", "季度管理报告")]),
      updating,
      plan: "children",
      planApproval: approved(CIO),
      reviews: [
        review("2026-08-28", CIO, t("Three audit findings closed; impact assessments at 55 %.", "已关闭三项审计发现；影响评估覆盖率 55 %。"), "2026-11-27"),
        review(
          "2026-11-27",
          CIO,
          t(
            "On track: eight of 14 findings closed, 75 % of systems assessed. The loyalty system's assessment is next.",
            "符合进度：14 项发现已关闭 8 项，75 % 的系统完成评估。下一步评估会员积分系统。",
          ),
          "2027-02-26",
        ),
      ],
      created: CREATED,
    },
    {
      code: "T1",
      level: "tactical",
      parent: "S1",
      parentLink: t(
        "Answering every request lawfully and on time is how customers see that S1 is met (PIPL-50).",
        "依法、按时答复每一项个人请求，是客户感受到 S1 得以实现的方式（PIPL-50）。",
      ),
      title: t("Answer individuals' requests about their personal information on time", "按时答复个人关于其个人信息的请求"),
      description: t(
        "Requests to see, correct or delete personal information are logged in one workflow, searched in every system at once and answered within 15 working days.",
        "查阅、更正或删除个人信息的请求统一登记在一个流程中，一次检索所有系统，并在 15 个工作日内答复。",
      ),
      function: APPLICATION_SUPPORT,
      owner: APPS,
      approval: approved(CIO),
      policy: ["P1", "P3"],
      requirements: ["PIPL-50", "GRP-DP"],
      kpis: [
        {
          name: t("Requests answered within 15 working days", "15 个工作日内答复的请求占比"),
          unit: "%",
          baseline: 72,
          target: 98,
          direction: "higher-is-better",
          dataSource: t("Request workflow in the CRM", "CRM 中的请求处理流程"),
          method: t("Requests answered within 15 working days ÷ requests due in the month", "15 个工作日内答复的请求数 ÷ 当月到期的请求数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [75, 80, 84, 88, 90, 92],
        },
        {
          name: t("Open requests older than 15 working days", "超过 15 个工作日仍未办结的请求"),
          unit: t("requests", "项"),
          baseline: 9,
          target: 0,
          direction: "lower-is-better",
          dataSource: t("Request workflow in the CRM", "CRM 中的请求处理流程"),
          method: t("Count on the last working day of the month", "每月最后一个工作日统计"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [8, 6, 5, 3, 2, 2],
        },
      ],
      monitoring: monthly(APPS),
      communication: communication(APPS, [DPO], [t("Monthly data-protection meeting", "每月个人信息保护例会")]),
      updating,
      plan: {
        actions: [
          {
            what: t(
              "Build a request form and workflow in the CRM that logs every request with its legal deadline",
              "在 CRM 中建立请求表单和处理流程，记录每项请求及其法定期限",
            ),
            responsible: CRM_DEV,
            start: "2026-06-08",
            due: "2026-08-28",
            status: "done",
            resources: [
              { kind: "tool", description: t("CRM workflow module", "CRM 流程模块"), amount: t("¥18,000 a year", "每年 1.8 万元"), approved: true },
              { kind: "people", description: t("CRM developer", "CRM 开发工程师"), amount: t("25 days", "25 人天"), approved: true },
            ],
          },
          {
            what: t(
              "Script one search over the five systems that hold customer data, so that each request needs one search",
              "编写脚本，一次检索存有客户数据的五个系统，使每项请求只需检索一次",
            ),
            responsible: APPS,
            start: "2026-07-06",
            due: "2026-10-30",
            status: "done",
            resources: [{ kind: "time", description: t("Application support engineers", "应用支持工程师"), amount: t("30 days", "30 人天"), approved: true }],
          },
          {
            what: t(
              "Train store managers and service desk agents to pass requests to the workflow on the day they arrive",
              "培训门店经理和服务台坐席，在收到请求当天转入处理流程",
            ),
            responsible: DESK,
            start: "2026-09-01",
            due: "2027-01-29",
            status: "in-progress",
            resources: [{ kind: "time", description: t("Training sessions for 120 store managers", "120 名门店经理的培训课程"), amount: t("6 online sessions of one hour", "6 场 1 小时线上课程"), approved: true }],
          },
        ],
        evaluation: {
          method: t("Workflow report reviewed with the DPO each month", "每月与个人信息保护负责人一起审阅流程报告"),
          successCriteria: t(
            "98 % of requests answered within 15 working days for three months in a row, and none open past the deadline",
            "连续三个月 98 % 的请求在 15 个工作日内答复，且没有超期未办结的请求",
          ),
          evaluator: DPO,
          date: EVALUATED,
        },
        approval: approved(CIO),
      },
      reviews: [
        review("2026-08-28", CIO, t("Workflow live since August; 84 % answered on time.", "处理流程 8 月上线；按时答复率 84 %。"), "2026-11-27"),
        review("2026-11-27", CIO, t("On track at 90 %; the single search cuts a request from two days to half a day.", "符合进度，为 90 %；统一检索使每项请求的处理时间从两天缩短到半天。")),
      ],
      created: CREATED,
    },
    {
      code: "T2",
      level: "tactical",
      parent: "S1",
      parentLink: t(
        "A leak found and contained fast, and reported as the law requires, limits the harm S1 guards against (PIPL-57).",
        "快速发现并控制泄露，并依法报告，可以把 S1 所防范的损害降到最低（PIPL-57）。",
      ),
      title: t("Detect, contain and report personal-information incidents fast", "快速发现、控制和报告个人信息安全事件"),
      description: t(
        "Bulk exports of customer data raise an alert, incidents are contained within a working day, and the DPO is told within 24 hours so that notices can go out as the law requires.",
        "批量导出客户数据会触发告警，事件在一个工作日内得到控制，并在 24 小时内报告个人信息保护负责人，以便依法发出通知。",
      ),
      function: IT_SECURITY,
      owner: SECURITY,
      approval: approved(CIO),
      policy: ["P2", "P3"],
      requirements: ["PIPL-57", "PIPL-51", "GRP-DP"],
      kpis: [
        {
          name: t("Median time from detecting an incident to containing it", "从发现事件到控制事件的时间中位数"),
          unit: t("hours", "小时"),
          baseline: 30,
          target: 8,
          direction: "lower-is-better",
          dataSource: t("Security incident log", "安全事件日志"),
          method: t(
            "Median over the personal-information incidents of the last three months, from the first alert to the ticket's containment time",
            "最近三个月个人信息安全事件的中位数，从首次告警到工单记录的控制时间",
          ),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [28, 24, 20, 18, 15, 14],
        },
        {
          name: t("Notification steps done on time in the incident drill", "应急演练中按时完成的通知步骤占比"),
          unit: "%",
          baseline: 60,
          target: 100,
          direction: "higher-is-better",
          dataSource: t("Drill reports", "演练报告"),
          method: t("Steps of the notification checklist done within their time ÷ all steps", "按时完成的通知清单步骤数 ÷ 全部步骤数"),
          frequency: "quarterly",
          targetDate: TARGET,
          dates: QUARTERS,
          values: [70, 85],
        },
      ],
      monitoring: monthly(SECURITY),
      communication: communication(SECURITY, [DPO], [t("Monthly data-protection meeting", "每月个人信息保护例会")]),
      updating,
      plan: {
        actions: [
          {
            what: t("Alert on bulk exports from the customer and membership databases", "对客户和会员数据库的批量导出设置告警"),
            responsible: ANALYST,
            start: "2026-06-15",
            due: "2026-08-31",
            status: "done",
            resources: [
              { kind: "tool", description: t("Detection rules in the security monitoring platform", "安全监测平台中的检测规则"), amount: t("Within the existing licence", "使用现有许可"), approved: true },
              { kind: "time", description: t("Security analyst", "安全分析师"), amount: t("12 days", "12 人天"), approved: true },
            ],
          },
          {
            what: t(
              "Run a drill every quarter with the DPO and legal, up to the drafted notices to the authority and to individuals",
              "每季度与个人信息保护负责人和法务部门开展一次演练，直至拟好向主管部门和个人发出的通知",
            ),
            responsible: SECURITY,
            start: "2026-06-22",
            due: TARGET,
            status: "in-progress",
            resources: [{ kind: "people", description: t("Drill team: security, DPO, legal, communications", "演练小组：信息安全、个人信息保护负责人、法务、公关"), amount: t("Half a day each quarter", "每季度半天"), approved: true }],
          },
        ],
        evaluation: {
          method: t("Incident log and drill reports reviewed at the monthly data-protection meeting", "在每月个人信息保护例会上审阅事件日志和演练报告"),
          successCriteria: t(
            "Incidents contained within 8 hours (median) and every notification step on time in two drills in a row",
            "事件控制时间中位数不超过 8 小时，且连续两次演练的所有通知步骤均按时完成",
          ),
          evaluator: DPO,
          date: EVALUATED,
        },
        approval: approved(CIO),
      },
      reviews: [
        review("2026-08-28", CIO, t("Export alerts live; containment median down to 20 hours.", "导出告警已上线；控制时间中位数降至 20 小时。"), "2026-11-27"),
        review("2026-11-27", CIO, t("On track at 15 hours; the September drill missed the notice to individuals by a day, fixed in the checklist.", "符合进度，为 15 小时；9 月演练中通知个人的步骤晚了一天，已在清单中改正。")),
      ],
      created: CREATED,
    },
    {
      code: "T3",
      level: "tactical",
      parent: "S1",
      parentLink: t(
        "Data we no longer hold cannot leak: deleting it on time serves S1 and answers the audit (PIPL-19/47, AUD-2026).",
        "不再保存的数据就不会泄露：按时删除既服务于 S1，也回应了审计发现（PIPL-19/47，AUD-2026）。",
      ),
      title: t("Keep personal information no longer than needed", "个人信息的保存不超过必要期限"),
      description: t(
        "Each system has an agreed retention period, and deletion after it runs automatically.",
        "每个系统都有约定的保存期限，期满后自动删除。",
      ),
      function: INFRASTRUCTURE,
      owner: INFRA,
      approval: approved(CIO),
      policy: ["P1", "P3"],
      requirements: ["PIPL-19/47", "AUD-2026"],
      kpis: [
        {
          name: t("Customer records kept past their retention period", "超过保存期限的客户记录"),
          unit: t("records", "条"),
          baseline: 480000,
          target: 0,
          direction: "lower-is-better",
          dataSource: t("Retention report from each system", "各系统的保存期限报告"),
          method: t("Records whose retention period ended, counted on the last day of the month", "每月最后一天统计保存期限已满的记录数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [470000, 430000, 350000, 300000, 240000, 200000],
        },
        {
          name: t("Systems with automated deletion", "已实现自动删除的系统占比"),
          unit: t("% of systems holding personal information", "%（占存有个人信息的系统）"),
          baseline: 20,
          target: 100,
          direction: "higher-is-better",
          dataSource: t("Records of processing activities", "个人信息处理活动记录"),
          method: t("Systems whose deletion job has run successfully for a month ÷ systems holding personal information", "删除任务已成功运行满一个月的系统数 ÷ 存有个人信息的系统数"),
          frequency: "quarterly",
          targetDate: TARGET,
          dates: QUARTERS,
          values: [40, 60],
        },
      ],
      monitoring: monthly(INFRA),
      communication: communication(INFRA, [t("Owners of the business systems", "各业务系统负责人")], [t("Email to system owners", "致系统负责人的邮件")]),
      updating,
      plan: {
        actions: [
          {
            what: t(
              "Agree each system's retention period with the DPO and its business owner, and record it in the records of processing",
              "与个人信息保护负责人和业务负责人确定每个系统的保存期限，并记入处理活动记录",
            ),
            responsible: INFRA,
            start: "2026-06-08",
            due: "2026-07-31",
            status: "done",
            resources: [{ kind: "time", description: t("Workshops with the system owners", "与系统负责人的研讨会"), amount: t("8 workshops of two hours", "8 场，每场 2 小时"), approved: true }],
          },
          {
            what: t("Automate deletion in the loyalty system and the online shop's database", "在会员积分系统和网上商城数据库中实现自动删除"),
            responsible: INFRA,
            start: "2026-08-03",
            due: "2027-03-31",
            status: "in-progress",
            resources: [
              { kind: "budget", description: t("Vendor change to the loyalty system", "会员积分系统供应商的变更开发"), amount: t("¥60,000", "6 万元"), approved: true },
              { kind: "people", description: t("Database administrators", "数据库管理员"), amount: t("2 people, 20 days each", "2 人，各 20 人天"), approved: true },
            ],
          },
        ],
        evaluation: {
          method: t("Retention reports reviewed with the DPO each month; the next compliance audit samples the systems", "每月与个人信息保护负责人审阅保存期限报告；下次合规审计对系统进行抽查"),
          successCriteria: t(
            "No record kept past its retention period, and deletion automated in every system holding personal information",
            "没有超期保存的记录，且所有存有个人信息的系统均已实现自动删除",
          ),
          evaluator: DPO,
          date: EVALUATED,
        },
        approval: approved(CIO),
      },
      reviews: [
        review("2026-08-28", CIO, t("Retention periods agreed for all 15 systems; deletion automated in six.", "15 个系统的保存期限均已确定；6 个系统已实现自动删除。"), "2026-11-27"),
        review("2026-11-27", CIO, t("On track: 200,000 records left past retention, nearly all in the loyalty system.", "符合进度：超期记录剩余 20 万条，几乎都在会员积分系统中。")),
      ],
      revisions: ({ kpis }) => [
        { number: 1, at: CREATED },
        {
          number: 2,
          at: "2026-07-15T11:00:00Z",
          reason: "audit-finding",
          note: t(
            "The compliance audit found customer records kept for years after accounts were closed: the deletion target moves from December 2027 to May 2027.",
            "合规审计发现账户注销多年后仍保留客户记录：删除目标日期由 2027 年 12 月提前至 2027 年 5 月。",
          ),
          approvedBy: CIO,
          changes: [{ field: `kpis[${kpis[0].id}].targetDate`, old: '"2027-12-31"', new: '"2027-05-31"' }],
        },
      ],
      updated: "2026-07-15T11:00:00Z",
      created: CREATED,
    },
    {
      code: "O1",
      level: "operational",
      parent: "T2",
      parentLink: t(
        "Staff who know the rules spot and pass on incidents quickly, which T2 depends on (PIPL-51: regular training).",
        "了解规则的员工能快速发现并上报事件，这是实现 T2 的基础（PIPL-51：定期培训）。",
      ),
      title: t("Train everyone who handles personal information", "培训所有处理个人信息的人员"),
      description: t(
        "Service desk agents and store support staff complete the data-protection course every year and know how to report an incident.",
        "服务台坐席和门店支持人员每年完成个人信息保护课程，并知道如何报告事件。",
      ),
      function: SERVICE_DESK,
      owner: DESK,
      approval: approved(CIO),
      policy: ["P2"],
      requirements: ["PIPL-51"],
      kpis: [
        {
          name: t("Staff trained in the last 12 months", "近 12 个月内完成培训的人员占比"),
          unit: t("% of staff who handle personal information", "%（占处理个人信息的人员）"),
          baseline: 35,
          target: 100,
          direction: "higher-is-better",
          dataSource: t("Learning platform records", "学习平台记录"),
          method: t("Staff with a course completed in the last 12 months ÷ staff on the access list", "近 12 个月内完成课程的人数 ÷ 访问清单上的人数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [45, 55, 65, 72, 78, 84],
        },
      ],
      monitoring: monthly(DESK),
      communication: communication(DESK, [t("Store managers", "门店经理")], [t("Store newsletter", "门店通讯")]),
      updating,
      plan: {
        actions: [
          {
            what: t("Make a 30-minute online course with a short test, in the learning platform", "在学习平台上制作 30 分钟的线上课程并附简短测试"),
            responsible: DESK,
            start: "2026-06-08",
            due: "2026-07-31",
            status: "done",
            resources: [{ kind: "budget", description: t("Course production", "课程制作"), amount: t("¥25,000", "2.5 万元"), approved: true }],
          },
          {
            what: t("Remind those not trained every month, and withdraw access after 60 days overdue", "每月提醒未完成培训的人员，逾期 60 天收回访问权限"),
            responsible: DESK,
            start: "2026-08-03",
            due: TARGET,
            status: "in-progress",
            resources: [{ kind: "time", description: t("Service desk team lead", "服务台组长"), amount: t("2 hours a month", "每月 2 小时"), approved: true }],
          },
        ],
        evaluation: {
          method: t("Learning platform report compared with the access list each month", "每月将学习平台报告与访问清单比对"),
          successCriteria: t("Everyone on the access list trained within the last 12 months", "访问清单上所有人员均在近 12 个月内完成培训"),
          evaluator: SECURITY,
          date: EVALUATED,
        },
        approval: approved(SECURITY),
      },
      reviews: [
        review("2026-08-28", SECURITY, t("Course live since July; 65 % trained.", "课程 7 月上线；65 % 的人员已完成培训。"), "2026-11-27"),
        review("2026-11-27", SECURITY, t("On track at 78 %; the access-withdrawal rule starts in December.", "符合进度，为 78 %；收回权限的规定将于 12 月起执行。")),
      ],
      revisions: ({ kpis }) => [
        { number: 1, at: CREATED },
        {
          number: 2,
          at: "2026-09-03T09:00:00Z",
          reason: "review-decision",
          note: t(
            "August review, at the DPO's request: everyone who handles personal information is trained, so the target rises from 90 % to 100 %.",
            "8 月评审应个人信息保护负责人要求：所有处理个人信息的人员都须培训，目标由 90 % 提高到 100 %。",
          ),
          approvedBy: CIO,
          changes: [{ field: `kpis[${kpis[0].id}].target`, old: "90.0", new: "100.0" }],
        },
      ],
      updated: "2026-09-03T09:00:00Z",
      created: CREATED,
    },
    {
      code: "O2",
      level: "operational",
      parent: "T2",
      parentLink: t(
        "Fewer people with access, and no leavers' accounts, means fewer ways for an incident to start (T2; PIPL-51, MLPS-3).",
        "有访问权限的人越少、离职人员账户清理越及时，引发事件的途径就越少（T2；PIPL-51，MLPS-3）。",
      ),
      title: t("Review access to personal information every quarter", "每季度审查个人信息的访问权限"),
      description: t(
        "Business owners confirm who may access each system holding personal information every quarter, and leavers lose access within a working day.",
        "业务负责人每季度确认每个存有个人信息的系统的访问人员，离职人员的权限在一个工作日内收回。",
      ),
      function: IT_SECURITY,
      owner: ANALYST,
      approval: approved(SECURITY),
      policy: ["P2", "P3"],
      requirements: ["PIPL-51", "MLPS-3", "AUD-2026"],
      kpis: [
        {
          name: t("Systems with this quarter's access review done", "本季度已完成访问权限审查的系统占比"),
          unit: t("% of systems holding personal information", "%（占存有个人信息的系统）"),
          baseline: 30,
          target: 100,
          direction: "higher-is-better",
          dataSource: t("Access review records in the identity management tool", "身份管理工具中的权限审查记录"),
          method: t("Systems whose owner signed off the quarter's review ÷ systems holding personal information", "业务负责人已签认本季度审查的系统数 ÷ 存有个人信息的系统数"),
          frequency: "quarterly",
          targetDate: TARGET,
          dates: QUARTERS,
          values: [50, 80],
        },
        {
          name: t("Leavers' accounts removed within one working day", "一个工作日内删除的离职人员账户占比"),
          unit: "%",
          baseline: 70,
          target: 99,
          direction: "higher-is-better",
          dataSource: t("HR leaver list matched with the identity management tool", "人力资源离职名单与身份管理工具比对"),
          method: t("Accounts removed by the next working day ÷ leavers in the month", "次一工作日前删除的账户数 ÷ 当月离职人数"),
          frequency: "monthly",
          targetDate: TARGET,
          dates: MONTHS,
          values: [74, 80, 85, 88, 91, 93],
        },
      ],
      monitoring: monthly(ANALYST),
      communication: communication(ANALYST, [t("Owners of the business systems", "各业务系统负责人")], [t("Email to system owners", "致系统负责人的邮件")]),
      updating,
      plan: {
        actions: [
          {
            what: t("Send each system owner a list of accounts to confirm every quarter, with reminders", "每季度向各系统负责人发送待确认的账户清单，并发送提醒"),
            responsible: ANALYST,
            start: "2026-06-15",
            due: TARGET,
            status: "in-progress",
            resources: [{ kind: "tool", description: t("Access review campaign in the identity management tool", "身份管理工具中的权限审查任务"), amount: t("Within the existing licence", "使用现有许可"), approved: true }],
          },
          {
            what: t("Remove leavers' accounts automatically from the HR leaver list", "根据人力资源离职名单自动删除账户"),
            responsible: ANALYST,
            start: "2026-07-01",
            due: "2026-12-18",
            status: "in-progress",
            resources: [
              { kind: "people", description: t("Identity management engineer", "身份管理工程师"), amount: t("15 days", "15 人天"), approved: true },
              { kind: "other", description: t("HR system interface agreed with HR", "与人力资源部门商定的人事系统接口"), amount: t("One interface", "1 个接口"), approved: true },
            ],
          },
        ],
        evaluation: {
          method: t("Identity management reports reviewed each month; the auditors sample accounts", "每月审阅身份管理报告；审计人员抽查账户"),
          successCriteria: t(
            "Every system reviewed each quarter, and 99 % of leavers' accounts removed within a working day for three months",
            "每季度所有系统均完成审查，且连续三个月 99 % 的离职人员账户在一个工作日内删除",
          ),
          evaluator: SECURITY,
          date: EVALUATED,
        },
        approval: approved(SECURITY),
      },
      reviews: [
        review("2026-08-28", SECURITY, t("First quarterly review done for half of the systems; owners need reminders.", "首次季度审查已覆盖一半系统；业务负责人需要提醒。"), "2026-11-27"),
        review("2026-11-27", SECURITY, t("On track: 80 % reviewed, leavers at 91 %; the HR interface goes live in December.", "符合进度：80 % 的系统已审查，离职账户删除率 91 %；人事系统接口 12 月上线。")),
      ],
      created: CREATED,
    },
  ],
  communications: [
    {
      date: "2026-06-10",
      objectives: "all",
      audience: t("IT staff", "IT 部门全体员工"),
      channel: t("IT all-staff meeting", "IT 部门全员会"),
      byWhom: CIO,
      summary: t(
        "Launched the department's personal-information objectives: what the law asks, what each team does and how progress is reported.",
        "发布部门的个人信息保护目标：法律有哪些要求、各团队做什么、如何报告进展。",
      ),
    },
    {
      date: "2026-06-17",
      objectives: ["S1", "T1", "T2", "T3"],
      audience: DPO,
      channel: t("Monthly data-protection meeting", "每月个人信息保护例会"),
      byWhom: CIO,
      summary: t(
        "Agreed the objectives, their measures and the monthly KPI report with the DPO.",
        "与个人信息保护负责人商定目标、衡量指标和每月 KPI 报告。",
      ),
      acknowledgedOn: "2026-06-19",
    },
    {
      date: "2026-07-20",
      objectives: ["T3"],
      audience: t("Owners of the business systems", "各业务系统负责人"),
      channel: t("Email to system owners", "致系统负责人的邮件"),
      byWhom: INFRA,
      summary: t(
        "The agreed retention periods, and the earlier deletion date after the compliance audit.",
        "通知已确定的保存期限，以及合规审计后提前的删除日期。",
      ),
    },
    {
      date: "2026-09-10",
      objectives: "all",
      audience: t("IT staff", "IT 部门全体员工"),
      channel: t("IT all-staff meeting", "IT 部门全员会"),
      byWhom: CIO,
      summary: t(
        "Quarter results: request workflow live, export alerts live, retention agreed; training target raised to 100 %.",
        "季度成果：请求处理流程和导出告警均已上线，保存期限已确定；培训目标提高到 100 %。",
      ),
    },
    {
      date: "2026-10-15",
      objectives: ["S1"],
      audience: t("Group executive board", "集团管理委员会"),
      channel: t("Quarterly management report", "季度管理报告"),
      byWhom: CIO,
      summary: t(
        "Audit findings closed so far, impact assessments done, and the budget for the loyalty system's deletion.",
        "汇报已关闭的审计发现、已完成的影响评估，以及会员积分系统删除功能的预算。",
      ),
      acknowledgedOn: "2026-10-22",
    },
    {
      date: "2026-11-30",
      objectives: "all",
      audience: t("IT staff", "IT 部门全体员工"),
      channel: t("IT all-staff meeting", "IT 部门全员会"),
      byWhom: CIO,
      summary: t(
        "Half-year results: every objective on track; the loyalty system and the HR interface are the next steps.",
        "半年成果：所有目标均符合进度；下一步是会员积分系统和人事系统接口。",
      ),
    },
  ],
};
