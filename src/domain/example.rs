//! The example organisation from the source guide: three strategic, three tactical and three
//! operational objectives with their indicators as KPIs and their linkage sentences, plus a
//! plausible policy and requirements register, in English or Simplified Chinese.
//!
//! The guide's table stops in the middle of the ninth objective ("优化资…"); it is completed
//! here as "Optimise resource allocation" under the operational-efficiency objective.

use super::ids::{IdSource, KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use super::model::{
    Action, CommunicationPlan, Direction, DocumentControl, Evaluation, Frequency, Kpi, Level,
    Monitoring, Objective, Organisation, Plan, PolicyStatement, Requirement, RequirementSource,
    Resource, ResourceKind, Status, Timestamp, UpdatePolicy, UpdateTrigger, Workspace,
};
use chrono::{Datelike, Days, NaiveDate};

/// The languages the example is written in (the interface language picks one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExampleLanguage {
    English,
    SimplifiedChinese,
}

impl ExampleLanguage {
    pub const ALL: [ExampleLanguage; 2] =
        [ExampleLanguage::English, ExampleLanguage::SimplifiedChinese];
}

/// A text in both languages.
type Text = (&'static str, &'static str);

fn pick(lang: ExampleLanguage, text: Text) -> String {
    match lang {
        ExampleLanguage::English => text.0,
        ExampleLanguage::SimplifiedChinese => text.1,
    }
    .to_string()
}

struct KpiSpec {
    name: Text,
    unit: Text,
    direction: Direction,
    baseline: f64,
    target: f64,
    /// High end of a range target.
    upper: Option<f64>,
    source: Text,
    frequency: Frequency,
}

struct ObjectiveSpec {
    code: &'static str,
    level: Level,
    parent: Option<&'static str>,
    title: Text,
    description: Text,
    link: Text,
    function: Text,
    owner: Text,
    policy: &'static [usize],
    requirements: &'static [usize],
    kpis: &'static [KpiSpec],
}

const ORGANISATION: Text = ("Example IT Services Ltd.", "示例信息技术服务有限公司");
const SCOPE: Text = (
    "Managed IT services (service desk, infrastructure operations and cloud hosting) for business customers.",
    "面向企业客户的托管IT服务（服务台、基础设施运维和云托管）。",
);
const DOCUMENT_TITLE: Text = (
    "Service management objectives and plans",
    "服务管理目标及实现策划",
);
const FUNCTIONS: [Text; 6] = [
    ("Executive management", "管理层"),
    ("Finance", "财务部"),
    ("Product and innovation", "产品与创新部"),
    ("Service delivery", "服务交付部"),
    ("Operations", "运维部"),
    ("Service desk", "服务台"),
];

const POLICY: [(&str, Text); 5] = [
    (
        "P1",
        (
            "Meet the service levels we agree and the needs of our customers.",
            "满足约定的服务级别和客户需求。",
        ),
    ),
    (
        "P2",
        (
            "Keep improving the efficiency and cost-effectiveness of our services.",
            "持续提升服务的效率和成本效益。",
        ),
    ),
    (
        "P3",
        (
            "Innovate to create new value for our customers.",
            "通过创新为客户创造新的价值。",
        ),
    ),
    (
        "P4",
        (
            "Comply with the legal, regulatory and contractual requirements that apply to us.",
            "遵守适用的法律法规和合同要求。",
        ),
    ),
    (
        "P5",
        (
            "Manage the risks to the availability and continuity of our services.",
            "管理影响服务可用性和连续性的风险。",
        ),
    ),
];

const REQUIREMENTS: [(&str, RequirementSource, Text); 8] = [
    (
        "MSA §4",
        RequirementSource::Contract,
        (
            "Master services agreement: 99.99 % monthly service availability",
            "主服务协议：月度服务可用性99.99%",
        ),
    ),
    (
        "SLA-B",
        RequirementSource::Contract,
        (
            "SLA schedule B: incident response and resolution times",
            "SLA附件B：事件响应和解决时限",
        ),
    ),
    (
        "CR-2025",
        RequirementSource::InterestedParty,
        (
            "Key customers ask for faster answers and a named contact (account reviews)",
            "重点客户要求更快的答复和专属联系人（客户回顾会议）",
        ),
    ),
    (
        "PIPL",
        RequirementSource::LegalRegulatory,
        (
            "Personal information protection law: handling of customer data",
            "个人信息保护法：客户数据的处理",
        ),
    ),
    (
        "RK-07",
        RequirementSource::RiskOpportunity,
        (
            "Risk register: not enough engineers in the peak season",
            "风险登记册：业务高峰期工程师人手不足",
        ),
    ),
    (
        "BUD-01",
        RequirementSource::Internal,
        (
            "Budget guideline: lower the unit cost of each service",
            "预算指引：降低各项服务的单位成本",
        ),
    ),
    (
        "STR-3Y",
        RequirementSource::Internal,
        (
            "Three-year strategy: become a top-3 provider in our target markets",
            "三年战略：在目标市场中进入前三名",
        ),
    ),
    (
        "CAT-01",
        RequirementSource::ServiceRequirement,
        (
            "Service catalogue: launch new cloud services every year",
            "服务目录：每年推出新的云服务",
        ),
    ),
];

const PERCENT: Text = ("%", "%");

const OBJECTIVES: [ObjectiveSpec; 9] = [
    ObjectiveSpec {
        code: "S1",
        level: Level::Strategic,
        parent: None,
        title: ("Raise global market competitiveness", "提升全球市场竞争力"),
        description: (
            "Strengthen our position in the markets we serve. Sets the direction for the tactical objectives: growing market share drives new-customer acquisition.",
            "巩固我们在所服务市场中的地位。为战术性目标指明方向：市场份额的增长带动新客户获取。",
        ),
        link: ("", ""),
        function: FUNCTIONS[0],
        owner: ("Chief executive officer", "首席执行官"),
        policy: &[0, 2],
        requirements: &[6, 2],
        kpis: &[
            KpiSpec {
                name: ("Market share rank in the industry", "行业市场份额排名"),
                unit: ("rank", "名"),
                direction: Direction::LowerIsBetter,
                baseline: 6.0,
                target: 3.0,
                upper: None,
                source: ("Annual industry market report", "年度行业市场报告"),
                frequency: Frequency::Yearly,
            },
            KpiSpec {
                name: ("Yearly growth in new customers", "新客户获取率年增长"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 8.0,
                target: 20.0,
                upper: None,
                source: ("CRM: new accounts signed", "CRM系统：新签约客户"),
                frequency: Frequency::Quarterly,
            },
            KpiSpec {
                name: ("Brand awareness among target customers", "目标客户品牌知名度"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 70.0,
                target: 90.0,
                upper: None,
                source: ("Yearly brand survey", "年度品牌调研"),
                frequency: Frequency::Yearly,
            },
        ],
    },
    ObjectiveSpec {
        code: "S2",
        level: Level::Strategic,
        parent: None,
        title: ("Optimise the cost structure", "优化成本结构"),
        description: (
            "Lower the cost of delivering our services through automation and smarter tools; the savings are the basis for the tactical efficiency objectives.",
            "通过自动化和智能化手段降低服务交付成本；节约的成本为战术性效率目标奠定基础。",
        ),
        link: ("", ""),
        function: FUNCTIONS[1],
        owner: ("Chief financial officer", "首席财务官"),
        policy: &[1],
        requirements: &[5],
        kpis: &[
            KpiSpec {
                name: ("Service cost reduction against the base year", "服务成本较基准年降幅"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 0.0,
                target: 20.0,
                upper: None,
                source: ("Cost accounting report", "成本核算报告"),
                frequency: Frequency::Quarterly,
            },
            KpiSpec {
                name: ("Processes covered by automation", "自动化流程覆盖率"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 45.0,
                target: 80.0,
                upper: None,
                source: ("Process inventory", "流程清单"),
                frequency: Frequency::Quarterly,
            },
            KpiSpec {
                name: ("Cost-efficiency index against industry benchmark", "成本效率指数（对标行业基准）"),
                unit: ("percentile", "百分位"),
                direction: Direction::HigherIsBetter,
                baseline: 60.0,
                target: 90.0,
                upper: None,
                source: ("Industry benchmarking study", "行业对标研究"),
                frequency: Frequency::Yearly,
            },
        ],
    },
    ObjectiveSpec {
        code: "S3",
        level: Level::Strategic,
        parent: None,
        title: ("Lead in service innovation", "实现服务创新领导地位"),
        description: (
            "Keep bringing new services to market; higher customer satisfaction and innovation revenue secure our market position.",
            "持续推出新服务；以更高的客户满意度和创新收入巩固市场地位。",
        ),
        link: ("", ""),
        function: FUNCTIONS[2],
        owner: ("Chief technology officer", "首席技术官"),
        policy: &[2, 0],
        requirements: &[7],
        kpis: &[
            KpiSpec {
                name: ("Yearly growth in new services launched", "新服务推出数量年增长"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 5.0,
                target: 10.0,
                upper: None,
                source: ("Service catalogue changes", "服务目录变更记录"),
                frequency: Frequency::Yearly,
            },
            KpiSpec {
                name: ("Customer satisfaction", "客户满意度"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 88.0,
                target: 95.0,
                upper: None,
                source: ("Customer satisfaction survey", "客户满意度调查"),
                frequency: Frequency::Quarterly,
            },
            KpiSpec {
                name: ("Innovation revenue as a share of total revenue", "服务创新收入占总收入比例"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 12.0,
                target: 30.0,
                upper: None,
                source: ("Finance revenue report", "财务收入报告"),
                frequency: Frequency::Quarterly,
            },
        ],
    },
    ObjectiveSpec {
        code: "T1",
        level: Level::Tactical,
        parent: Some("S1"),
        title: ("Raise customer satisfaction", "提升客户满意度"),
        description: (
            "Improve how we serve customers at every contact.",
            "改进与客户每一次接触中的服务方式。",
        ),
        link: (
            "Carries the competitiveness objective directly by improving our customer service processes.",
            "通过优化客户服务流程，直接支撑提升市场竞争力的战略目标。",
        ),
        function: FUNCTIONS[3],
        owner: ("Service delivery manager", "服务交付经理"),
        policy: &[0],
        requirements: &[2, 1],
        kpis: &[
            KpiSpec {
                name: ("Customer satisfaction survey score", "客户满意度调查评分"),
                unit: ("points of 100", "分（满分100）"),
                direction: Direction::HigherIsBetter,
                baseline: 82.0,
                target: 90.0,
                upper: None,
                source: ("Quarterly customer survey", "季度客户调查"),
                frequency: Frequency::Quarterly,
            },
            KpiSpec {
                name: ("Time to handle a complaint", "客户投诉处理时间"),
                unit: ("hours", "小时"),
                direction: Direction::LowerIsBetter,
                baseline: 48.0,
                target: 24.0,
                upper: None,
                source: ("Complaint log in the service desk tool", "服务台系统中的投诉记录"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Customer retention rate", "客户留存率"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 78.0,
                target: 85.0,
                upper: None,
                source: ("CRM: contracts renewed", "CRM系统：续约合同"),
                frequency: Frequency::Quarterly,
            },
        ],
    },
    ObjectiveSpec {
        code: "T2",
        level: Level::Tactical,
        parent: Some("S3"),
        title: ("Improve service availability", "增强服务可用性"),
        description: (
            "Keep the services customers rely on running, and restore them fast when they fail.",
            "保障客户依赖的服务稳定运行，出现故障时快速恢复。",
        ),
        link: (
            "Highly available services are what new services and our competitive position are built on.",
            "确保服务高可用，为服务创新和市场竞争力提供支撑。",
        ),
        function: FUNCTIONS[4],
        owner: ("Head of operations", "运维负责人"),
        policy: &[0, 4],
        requirements: &[0, 4],
        kpis: &[
            KpiSpec {
                name: ("Availability SLA achievement", "服务可用性SLA达成率"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 99.9,
                target: 99.99,
                upper: None,
                source: ("Monitoring system availability report", "监控系统可用性报告"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Mean time to restore service (MTTR)", "平均故障恢复时间（MTTR）"),
                unit: ("minutes", "分钟"),
                direction: Direction::LowerIsBetter,
                baseline: 40.0,
                target: 15.0,
                upper: None,
                source: ("Incident records in the ITSM tool", "ITSM系统中的事件记录"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Unplanned downtime", "计划外停机时间比例"),
                unit: ("% of service hours", "占服务时间的%"),
                direction: Direction::LowerIsBetter,
                baseline: 0.05,
                target: 0.01,
                upper: None,
                source: ("Monitoring system availability report", "监控系统可用性报告"),
                frequency: Frequency::Monthly,
            },
        ],
    },
    ObjectiveSpec {
        code: "T3",
        level: Level::Tactical,
        parent: Some("S2"),
        title: ("Improve operational efficiency", "提高运营效率"),
        description: (
            "Run our internal processes with less effort and waste.",
            "以更少的投入和浪费运行内部流程。",
        ),
        link: (
            "Streamlining internal processes and resource use supports the strategic cost objective.",
            "通过优化内部流程、提高资源使用效率，支持优化成本结构的战略目标。",
        ),
        function: FUNCTIONS[4],
        owner: ("Operations director", "运营总监"),
        policy: &[1],
        requirements: &[5],
        kpis: &[
            KpiSpec {
                name: ("Efficiency gain of automated processes", "自动化流程执行效率提升"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 0.0,
                target: 30.0,
                upper: None,
                source: ("Automation platform run statistics", "自动化平台运行统计"),
                frequency: Frequency::Quarterly,
            },
            KpiSpec {
                name: ("Infrastructure resource utilisation", "基础设施资源利用率"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 72.0,
                target: 90.0,
                upper: None,
                source: ("Capacity management report", "容量管理报告"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Reduction in process cycle time", "流程周期时间缩短"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 0.0,
                target: 20.0,
                upper: None,
                source: ("Process mining of ticket timestamps", "基于工单时间戳的流程分析"),
                frequency: Frequency::Quarterly,
            },
        ],
    },
    ObjectiveSpec {
        code: "O1",
        level: Level::Operational,
        parent: Some("T1"),
        title: ("Shorten service response time", "缩短服务响应时间"),
        description: (
            "Answer every customer contact quickly and get complex problems solved within a day.",
            "快速响应每一次客户联系，并在一天内解决复杂问题。",
        ),
        link: (
            "Response speed drives customer satisfaction and is the key measure for the tactical satisfaction objective.",
            "响应速度直接影响客户满意度，是实现战术性客户满意度目标的关键指标。",
        ),
        function: FUNCTIONS[5],
        owner: ("Service desk lead", "服务台主管"),
        policy: &[0],
        requirements: &[1],
        kpis: &[
            KpiSpec {
                name: ("First response time", "首次响应时间"),
                unit: ("minutes", "分钟"),
                direction: Direction::LowerIsBetter,
                baseline: 15.0,
                target: 5.0,
                upper: None,
                source: ("Service desk tool ticket timestamps", "服务台系统工单时间戳"),
                frequency: Frequency::Weekly,
            },
            KpiSpec {
                name: ("Time to resolve complex problems", "复杂问题解决时间"),
                unit: ("hours", "小时"),
                direction: Direction::LowerIsBetter,
                baseline: 48.0,
                target: 24.0,
                upper: None,
                source: ("Problem records in the ITSM tool", "ITSM系统中的问题记录"),
                frequency: Frequency::Monthly,
            },
        ],
    },
    ObjectiveSpec {
        code: "O2",
        level: Level::Operational,
        parent: Some("T2"),
        title: ("Raise the problem resolution rate", "提高问题解决率"),
        description: (
            "Fix issues right the first time and remove the causes of repeat incidents.",
            "一次性解决问题，消除重复事件的根本原因。",
        ),
        link: (
            "Solving problems faster and for good supports both the availability and the satisfaction objectives.",
            "通过提高问题解决效率，支持服务可用性和客户满意度等战术性目标的达成。",
        ),
        function: FUNCTIONS[4],
        owner: ("Problem manager", "问题经理"),
        policy: &[0, 4],
        requirements: &[0],
        kpis: &[
            KpiSpec {
                name: ("First-time fix rate", "问题一次性解决率"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 75.0,
                target: 90.0,
                upper: None,
                source: ("Incident records in the ITSM tool", "ITSM系统中的事件记录"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Repeat incident rate", "重复事件率"),
                unit: PERCENT,
                direction: Direction::LowerIsBetter,
                baseline: 12.0,
                target: 5.0,
                upper: None,
                source: ("Incident records linked to known problems", "关联已知问题的事件记录"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Reduction in average resolution time", "问题平均解决时间缩短"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 0.0,
                target: 30.0,
                upper: None,
                source: ("Problem records in the ITSM tool", "ITSM系统中的问题记录"),
                frequency: Frequency::Quarterly,
            },
        ],
    },
    ObjectiveSpec {
        code: "O3",
        level: Level::Operational,
        parent: Some("T3"),
        title: ("Optimise resource allocation", "优化资源配置"),
        description: (
            "Match engineers, shifts and tools to the demand we actually see, including the peak season.",
            "使工程师、班次和工具与实际需求（包括业务高峰期）相匹配。",
        ),
        link: (
            "Matching people and tools to demand raises utilisation and shortens cycle times for the efficiency objective.",
            "使人员和工具与需求相匹配，提高资源利用率、缩短流程周期，支撑提高运营效率的目标。",
        ),
        function: FUNCTIONS[4],
        owner: ("Resource planning manager", "资源计划经理"),
        policy: &[1, 4],
        requirements: &[4],
        kpis: &[
            KpiSpec {
                name: ("Engineer utilisation", "工程师利用率"),
                unit: PERCENT,
                direction: Direction::Range,
                baseline: 92.0,
                target: 75.0,
                upper: Some(85.0),
                source: ("Time recording system", "工时记录系统"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Tickets reassigned more than once", "多次转派的工单比例"),
                unit: PERCENT,
                direction: Direction::LowerIsBetter,
                baseline: 18.0,
                target: 8.0,
                upper: None,
                source: ("Service desk tool assignment history", "服务台系统转派记录"),
                frequency: Frequency::Monthly,
            },
            KpiSpec {
                name: ("Peak-season shifts staffed as planned", "高峰期班次按计划到岗率"),
                unit: PERCENT,
                direction: Direction::HigherIsBetter,
                baseline: 85.0,
                target: 98.0,
                upper: None,
                source: ("Shift roster", "排班表"),
                frequency: Frequency::Monthly,
            },
        ],
    },
];

fn year_end(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 12, 31)
}

fn target_date(level: Level, today: NaiveDate) -> Option<NaiveDate> {
    match level {
        Level::Strategic => year_end(today.year() + 2),
        Level::Tactical => year_end(today.year() + 1),
        Level::Operational => NaiveDate::from_ymd_opt(today.year() + 1, 6, 30),
    }
}

fn monitoring(level: Level, owner: String, today: NaiveDate, lang: ExampleLanguage) -> Monitoring {
    let (frequency, method, days) = match level {
        Level::Strategic => (
            Frequency::Quarterly,
            (
                "Management review of the KPI dashboard",
                "管理评审中审阅KPI看板",
            ),
            60,
        ),
        Level::Tactical => (
            Frequency::Monthly,
            (
                "Monthly service review with the KPI dashboard",
                "月度服务评审会审阅KPI看板",
            ),
            30,
        ),
        Level::Operational => (
            Frequency::Monthly,
            (
                "Team meeting with reports from the ITSM tool",
                "团队例会审阅ITSM系统报表",
            ),
            14,
        ),
    };
    Monitoring {
        frequency: Some(frequency),
        method: pick(lang, method),
        responsible: owner,
        next_review: today.checked_add_days(Days::new(days)),
    }
}

fn communication(level: Level, lang: ExampleLanguage) -> CommunicationPlan {
    let (audiences, channels, when): (&[Text], &[Text], Text) = match level {
        Level::Strategic => (
            &[("All staff", "全体员工"), ("Key customers", "重点客户")],
            &[("Town hall meeting", "全员大会"), ("Intranet", "内部网站")],
            (
                "Each quarter, after the management review",
                "每季度管理评审之后",
            ),
        ),
        Level::Tactical | Level::Operational => (
            &[("Service teams", "服务团队")],
            &[("Team meeting", "团队例会"), ("KPI dashboard", "KPI看板")],
            ("Each month", "每月"),
        ),
    };
    CommunicationPlan {
        audiences: audiences.iter().map(|t| pick(lang, *t)).collect(),
        channels: channels.iter().map(|t| pick(lang, *t)).collect(),
        when: pick(lang, when),
        by_whom: String::new(),
    }
}

/// A plan for O1, so the example also shows clause 6.2.2 at work.
fn response_time_plan(today: NaiveDate, lang: ExampleLanguage, ids: &mut dyn IdSource) -> Plan {
    let in_days = |days| today.checked_add_days(Days::new(days));
    Plan {
        through_children: false,
        approval: Default::default(),
        actions: vec![
            Action {
                id: RecordId::new(ids),
                what: pick(
                    lang,
                    (
                        "Introduce chat and automatic ticket routing at the service desk",
                        "在服务台引入在线聊天和工单自动分派",
                    ),
                ),
                responsible: pick(lang, ("Service desk lead", "服务台主管")),
                start: in_days(14),
                due: in_days(120),
                resources: vec![
                    Resource {
                        kind: ResourceKind::Tool,
                        description: pick(
                            lang,
                            ("Chat module of the ITSM tool", "ITSM系统聊天模块"),
                        ),
                        amount: pick(lang, ("Licence for 20 agents", "20个坐席许可")),
                        approved: true,
                    },
                    Resource {
                        kind: ResourceKind::People,
                        description: pick(lang, ("Tool administrator", "系统管理员")),
                        amount: pick(lang, ("15 days", "15人天")),
                        approved: false,
                    },
                ],
                status: Default::default(),
                corrective: false,
            },
            Action {
                id: RecordId::new(ids),
                what: pick(
                    lang,
                    (
                        "Publish a knowledge base of answers to the 50 most common questions",
                        "发布50个最常见问题的知识库解答",
                    ),
                ),
                responsible: pick(lang, ("Knowledge manager", "知识经理")),
                start: in_days(30),
                due: in_days(150),
                resources: vec![Resource {
                    kind: ResourceKind::Time,
                    description: pick(lang, ("Senior agents' time", "资深坐席时间")),
                    amount: pick(lang, ("4 hours a week", "每周4小时")),
                    approved: true,
                }],
                status: Default::default(),
                corrective: false,
            },
        ],
        evaluation: Evaluation {
            method: pick(
                lang,
                (
                    "Compare weekly first-response times with the baseline",
                    "将每周首次响应时间与基准值比较",
                ),
            ),
            success_criteria: pick(
                lang,
                (
                    "First response within 5 minutes for 3 months in a row",
                    "连续3个月首次响应时间不超过5分钟",
                ),
            ),
            evaluator: pick(lang, ("Service delivery manager", "服务交付经理")),
            date: target_date(Level::Operational, today),
            result: None,
        },
    }
}

/// Builds the example workspace in `lang`, with fresh ids and dates relative to `today`.
pub fn example_workspace(
    lang: ExampleLanguage,
    today: NaiveDate,
    now: Timestamp,
    ids: &mut dyn IdSource,
) -> Workspace {
    let policy: Vec<PolicyStatement> = POLICY
        .iter()
        .map(|(reference, text)| PolicyStatement {
            id: PolicyId::new(ids),
            reference: reference.to_string(),
            text: pick(lang, *text),
        })
        .collect();
    let requirements: Vec<Requirement> = REQUIREMENTS
        .iter()
        .map(|(reference, source, title)| Requirement {
            id: RequirementId::new(ids),
            reference: reference.to_string(),
            title: pick(lang, *title),
            source: *source,
            notes: String::new(),
        })
        .collect();

    let mut objectives: Vec<Objective> = Vec::with_capacity(OBJECTIVES.len());
    for spec in &OBJECTIVES {
        let id = ObjectiveId::new(ids);
        let mut objective = Objective::new(id, spec.code, pick(lang, spec.title), spec.level, now);
        objective.description = pick(lang, spec.description);
        objective.parent = spec
            .parent
            .and_then(|code| objectives.iter().find(|o| o.code == code).map(|o| o.id));
        objective.parent_link = pick(lang, spec.link);
        objective.function = pick(lang, spec.function);
        objective.owner = pick(lang, spec.owner);
        objective.status = Status::Active;
        objective.policy_links = spec
            .policy
            .iter()
            .filter_map(|&i| policy.get(i))
            .map(|p| p.id)
            .collect();
        objective.requirement_links = spec
            .requirements
            .iter()
            .filter_map(|&i| requirements.get(i))
            .map(|r| r.id)
            .collect();
        objective.kpis = spec
            .kpis
            .iter()
            .map(|k| Kpi {
                unit: pick(lang, k.unit),
                direction: k.direction,
                baseline: Some(k.baseline),
                target: Some(k.target),
                target_upper: k.upper,
                data_source: pick(lang, k.source),
                frequency: Some(k.frequency),
                target_date: target_date(spec.level, today),
                ..Kpi::named(KpiId::new(ids), pick(lang, k.name))
            })
            .collect();
        objective.monitoring = monitoring(spec.level, objective.owner.clone(), today, lang);
        objective.communication = communication(spec.level, lang);
        objective.updating = UpdatePolicy {
            review_cadence: Some(match spec.level {
                Level::Strategic => Frequency::Yearly,
                _ => Frequency::Quarterly,
            }),
            triggers: vec![
                UpdateTrigger::ServiceChange,
                UpdateTrigger::ContractChange,
                UpdateTrigger::MissedTarget,
            ],
            last_reviewed: None,
        };
        if spec.code == "O1" {
            objective.plan = Some(response_time_plan(today, lang, ids));
        }
        objective
            .revisions
            .push(super::command::first_revision(now));
        objectives.push(objective);
    }

    Workspace {
        organisation: Organisation {
            name: pick(lang, ORGANISATION),
            scope: pick(lang, SCOPE),
            functions: FUNCTIONS.iter().map(|f| pick(lang, *f)).collect(),
            functions_not_relevant: Vec::new(),
            levels_not_relevant: Vec::new(),
            document: DocumentControl {
                title: pick(lang, DOCUMENT_TITLE),
                version: "1.0".to_string(),
                owner: pick(lang, ("Service management office", "服务管理办公室")),
                approved_by: String::new(),
                approved_on: None,
            },
        },
        policy,
        requirements,
        objectives,
        ..Workspace::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::validate::validate;

    fn build(lang: ExampleLanguage) -> Workspace {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        example_workspace(
            lang,
            today,
            Timestamp::from_unix_seconds(0),
            &mut SequentialIds::default(),
        )
    }

    #[test]
    fn example_has_three_objectives_at_each_level_and_is_consistent() {
        for lang in ExampleLanguage::ALL {
            let workspace = build(lang);
            assert!(
                validate(&workspace).is_empty(),
                "{:?}",
                validate(&workspace)
            );
            for level in Level::ALL {
                let count = workspace
                    .objectives
                    .iter()
                    .filter(|o| o.level == level)
                    .count();
                assert_eq!(count, 3, "{level:?} in {lang:?}");
            }
            let aligned = workspace
                .objectives
                .iter()
                .filter(|o| o.level != Level::Strategic)
                .all(|o| o.parent.is_some() && !o.parent_link.is_empty());
            assert!(
                aligned,
                "every tactical and operational objective has a parent and a link"
            );
            assert!(workspace.objectives.iter().all(|o| !o.kpis.is_empty()));
        }
    }

    #[test]
    fn example_speaks_the_chosen_language() {
        let english = build(ExampleLanguage::English);
        let chinese = build(ExampleLanguage::SimplifiedChinese);
        assert_eq!(
            english.objectives[0].title,
            "Raise global market competitiveness"
        );
        assert_eq!(chinese.objectives[0].title, "提升全球市场竞争力");
        assert_eq!(chinese.objectives[8].title, "优化资源配置");
        let same_shape = english
            .objectives
            .iter()
            .zip(&chinese.objectives)
            .all(|(e, c)| e.code == c.code && e.kpis.len() == c.kpis.len());
        assert!(same_shape);
    }

    #[test]
    fn the_completed_ninth_objective_uses_a_range_target() {
        let workspace = build(ExampleLanguage::English);
        let o3 = &workspace.objectives[8];
        assert_eq!(o3.code, "O3");
        assert_eq!(o3.kpis[0].direction, Direction::Range);
        assert_eq!(
            (o3.kpis[0].target, o3.kpis[0].target_upper),
            (Some(75.0), Some(85.0))
        );
    }
}
