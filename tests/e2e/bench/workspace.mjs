// Deterministic, seeded generator of realistic SixTwo workspaces for the benchmark, the
// compact serialiser that writes them exactly as the app stores them (serde field order,
// defaults and empty values omitted, f64 numbers written the way serde_json writes them),
// a checker that mirrors src/domain/validate.rs, and the trimming used when a workspace is
// too large for the origin's storage quota.

import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";

/** The schema version the app writes: `SCHEMA_VERSION` in src/io/envelope.rs, the one place it
 * is kept, read from there so that a new version never leaves the generated envelopes behind. */
export const SCHEMA_VERSION = readSchemaVersion();

function readSchemaVersion() {
  const source = readFileSync(new URL("../../../src/io/envelope.rs", import.meta.url), "utf8");
  const match = source.match(/pub const SCHEMA_VERSION: u32 = (\d+);/);
  if (!match) throw new Error("src/io/envelope.rs: `pub const SCHEMA_VERSION: u32 = N;` not found");
  return Number(match[1]);
}

/** The localStorage key the app reads (src/storage/mod.rs). */
export const WORKSPACE_KEY = "sixtwo.workspace";
/** Chromium's Web Storage quota in UTF-16 code units, key and value together. */
export const QUOTA_UTF16_UNITS = 5 * 1024 * 1024;

const MAX_SHORT_TEXT = 300;
const MAX_LONG_TEXT = 20_000;
const MAX_CODE_CHARS = 20;

// ----- seeded randomness -----

/** mulberry32: small, fast and good enough for test data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** An integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** `count` distinct items of `list`, in random order. */
  sample(list, count) {
    const copy = [...list];
    const out = [];
    while (out.length < count && copy.length > 0) {
      out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    }
    return out;
  }
  /** One of `choices`, an array of [value, weight]. */
  weighted(choices) {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [value, weight] of choices) {
      at -= weight;
      if (at < 0) return value;
    }
    return choices[choices.length - 1][0];
  }
  /** A version-4 UUID made from this generator, so ids are reproducible. */
  uuid() {
    const bytes = Array.from({ length: 16 }, () => Math.floor(this.next() * 256));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

// ----- dates -----

const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 6, 8, 0, 0); // first records: January 2025

function isoSeconds(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// ----- text pools (English and Simplified Chinese) -----

const SERVICES_EN = [
  "the payment gateway", "the customer portal", "cloud hosting", "managed backup",
  "email and collaboration", "the ERP platform", "remote access (VPN)", "the data warehouse",
  "identity and access management", "the mobile banking app", "the core network",
  "managed Kubernetes", "the contact-centre platform", "end-user devices", "the HR system",
  "managed databases", "the e-commerce storefront", "the logistics tracking service",
  "the field-service app", "video conferencing", "object storage", "the API gateway",
];
const SERVICES_ZH = [
  "支付网关", "客户门户", "云托管服务", "托管备份服务", "邮件与协同办公", "ERP平台",
  "远程接入（VPN）", "数据仓库", "身份与访问管理", "手机银行应用", "核心网络", "托管Kubernetes",
  "呼叫中心平台", "终端设备", "人力资源系统", "托管数据库", "电商平台", "物流跟踪服务",
];
const TEAMS_EN = [
  "the service desk", "second-line support", "the network operations centre",
  "the cloud platform team", "the database team", "field engineering", "the security operations centre",
  "the change advisory board", "the release team", "supplier management", "capacity management",
];
const TEAMS_ZH = [
  "服务台", "二线支持团队", "网络运维中心", "云平台团队", "数据库团队", "现场工程师团队",
  "安全运营中心", "变更咨询委员会", "发布管理团队", "供应商管理组", "容量管理组",
];
const REGIONS_EN = [
  "in the Asia-Pacific region", "for key accounts", "for public-sector customers",
  "in the Shanghai and Shenzhen data centres", "across all production services",
  "for the retail banking segment", "without adding headcount", "by the end of FY2027",
  "before the next surveillance audit", "for customers on premium SLAs", "",
  "", "",
];
const SEGMENTS_EN = [
  "mid-sized manufacturers", "regional banks", "public-sector agencies", "healthcare providers",
  "retail chains", "logistics companies", "insurance groups", "universities",
];
const SEGMENTS_ZH = ["中型制造企业", "区域性银行", "政府机构", "医疗机构", "零售连锁企业", "物流企业", "保险集团", "高等院校"];

const STRATEGIC_TITLES_EN = [
  (s) => `Become the preferred managed-services partner for ${s}`,
  (s) => `Grow recurring revenue from ${s} through higher-value services`,
  (s) => `Deliver resilient digital services that ${s} can rely on every day`,
  (s) => `Lower the total cost of service for ${s} while keeping quality`,
  (s) => `Lead the market in secure, compliant cloud services for ${s}`,
  (s) => `Build long-term partnerships with ${s} based on measurable value`,
];
const STRATEGIC_TITLES_ZH = [
  (s) => `成为${s}首选的托管服务合作伙伴`,
  (s) => `通过高价值服务提升来自${s}的经常性收入`,
  (s) => `为${s}提供稳定可靠的数字化服务`,
  (s) => `在保证质量的前提下降低${s}的总体服务成本`,
  (s) => `在面向${s}的安全合规云服务领域保持领先`,
];
const TACTICAL_TITLES_EN = [
  (v, t) => `Improve service availability of ${v} ${t}`,
  (v, t) => `Raise customer satisfaction with ${v} ${t}`,
  (v, t) => `Standardise change and release management for ${v} ${t}`,
  (v, t) => `Reduce the unit cost of running ${v} ${t}`,
  (v, t) => `Strengthen information security controls for ${v} ${t}`,
  (v, t) => `Consolidate monitoring and event management of ${v} ${t}`,
  (v, t) => `Modernise capacity planning for ${v} ${t}`,
  (v, t) => `Cut repeat incidents on ${v} through problem management ${t}`,
];
const TACTICAL_TITLES_ZH = [
  (v) => `提升${v}的服务可用性`,
  (v) => `提高客户对${v}的满意度`,
  (v) => `规范${v}的变更与发布管理`,
  (v) => `降低${v}的单位运行成本`,
  (v) => `加强${v}的信息安全控制`,
  (v) => `整合${v}的监控与事件管理`,
];
const OPERATIONAL_TITLES_EN = [
  (v, team) => `Shorten the mean time to restore ${v}`,
  (v, team) => `Raise the first-contact resolution rate at ${team}`,
  (v, team) => `Keep patch compliance for ${v} above target every month`,
  (v, team) => `Answer priority-1 incidents on ${v} within five minutes`,
  (v, team) => `Clear the backlog of open problem records owned by ${team}`,
  (v, team) => `Automate routine service requests handled by ${team}`,
  (v, team) => `Test the disaster-recovery plan for ${v} twice a year`,
  (v, team) => `Reduce failed changes to ${v} caused by missing test evidence`,
  (v, team) => `Publish a monthly service report on ${v} to key customers`,
  (v, team) => `Keep storage headroom on ${v} above the agreed threshold`,
];
const OPERATIONAL_TITLES_ZH = [
  (v, team) => `缩短${v}的平均故障恢复时间`,
  (v, team) => `提高${team}的首次解决率`,
  (v, team) => `确保${v}每月补丁合规率达标`,
  (v, team) => `${v}一级事件五分钟内响应`,
  (v, team) => `清理${team}名下积压的问题记录`,
  (v, team) => `实现${team}常规服务请求的自动化处理`,
  (v, team) => `每年两次演练${v}的灾难恢复计划`,
];

const DESCRIPTION_SENTENCES_EN = [
  (v) => `Customers on ${v} reported slow recovery after outages in the last two quarters, and the contract review highlighted it as a renewal risk.`,
  (v) => `The objective covers every production instance of ${v}, including the standby sites, and excludes development and test environments.`,
  () => `Progress is tracked in the monthly service review and reported to the management review each quarter.`,
  () => `Baseline values come from the last twelve months of records in the ITSM tool; targets were agreed with the service owners and account managers.`,
  () => `Achieving it depends on the automation budget approved in the annual plan and on two additional engineers joining in the second quarter.`,
  (v) => `Incidents caused by third-party suppliers of ${v} are included, because customers do not distinguish between our failures and theirs.`,
  () => `The target follows the benchmark published by the industry association and the commitments in the master services agreement.`,
  () => `Results that fall below the at-risk threshold for two consecutive months trigger a review of the plan and, if needed, of the target itself.`,
  (v) => `Work on ${v} is coordinated with the change calendar so that improvement actions do not collide with customer peak periods.`,
  () => `Lessons from the last major incident review showed that runbooks were out of date; updating them is part of the plan.`,
];
const DESCRIPTION_SENTENCES_ZH = [
  (v) => `过去两个季度，客户反映${v}故障后恢复缓慢，合同回顾会议将其列为续约风险。`,
  (v) => `本目标覆盖${v}的全部生产实例（含备用站点），不含开发和测试环境。`,
  () => `进展在每月服务回顾会议中跟踪，并每季度向管理评审报告。`,
  () => `基准值取自ITSM系统近十二个月的记录；目标值已与服务负责人和客户经理商定。`,
  () => `目标的实现依赖年度计划中批准的自动化预算，以及第二季度新增的两名工程师。`,
  () => `连续两个月低于风险阈值时，将触发对计划乃至目标本身的评审。`,
];
const PARENT_LINKS_EN = [
  (p) => `Supports ${p} by removing the most frequent causes of customer-visible outages.`,
  (p) => `Contributes to ${p}: faster restoration is what key customers measure us on.`,
  (p) => `Carries ${p} into day-to-day operations of the teams that run the service.`,
  (p) => `Provides the evidence ${p} needs for the customer and management reviews.`,
  (p) => `Frees effort and budget for ${p} by automating routine work.`,
];
const PARENT_LINKS_ZH = [
  (p) => `通过消除客户可感知故障的主要原因，支撑${p}。`,
  (p) => `更快的恢复是重点客户考核我们的依据，直接服务于${p}。`,
  (p) => `将${p}落实到运行服务团队的日常工作中。`,
  (p) => `通过自动化常规工作，为${p}释放人力和预算。`,
];

const FUNCTIONS = [
  ["Executive management", "管理层"], ["Finance", "财务部"], ["Product and innovation", "产品与创新部"],
  ["Service delivery", "服务交付部"], ["Operations", "运维部"], ["Service desk", "服务台"],
  ["Information security", "信息安全部"], ["Cloud platform", "云平台部"], ["Network services", "网络服务部"],
  ["Customer success", "客户成功部"], ["Supplier management", "供应商管理部"], ["Quality and compliance", "质量与合规部"],
];
const OWNER_ROLES = [
  ["Chief executive officer", "首席执行官"], ["Chief financial officer", "首席财务官"],
  ["Chief technology officer", "首席技术官"], ["Head of operations", "运维负责人"],
  ["Service delivery manager", "服务交付经理"], ["Service desk lead", "服务台主管"],
  ["Problem manager", "问题经理"], ["Change manager", "变更经理"], ["Capacity manager", "容量经理"],
  ["Information security officer", "信息安全官"], ["Network operations lead", "网络运维主管"],
  ["Cloud platform owner", "云平台负责人"], ["Account director", "客户总监"], ["Quality manager", "质量经理"],
];
const PEOPLE = [
  "Li Wei", "Wang Fang", "Zhang Min", "Liu Yang", "Chen Jing", "Anna Schmidt", "James O'Brien",
  "Priya Nair", "Tom Baker", "Zhao Lei", "Huang Xin", "Maria Rossi", "Kenji Sato", "Sun Li",
];

/** KPI templates: [name en, name zh, unit en, unit zh, direction, baseline, target, source en, source zh, frequency]. */
const KPIS = [
  ["Mean time to restore service (MTTR)", "平均故障恢复时间（MTTR）", "minutes", "分钟", "lower-is-better", 42, 20, "Incident records in the ITSM tool", "ITSM系统中的事件记录", "monthly"],
  ["Availability SLA achievement", "服务可用性SLA达成率", "%", "%", "higher-is-better", 99.9, 99.95, "Monitoring system availability report", "监控系统可用性报告", "monthly"],
  ["First-contact resolution rate", "首次解决率", "%", "%", "higher-is-better", 62, 75, "Service desk ticket data", "服务台工单数据", "monthly"],
  ["Customer satisfaction score", "客户满意度评分", "points of 100", "分（满分100）", "higher-is-better", 81, 88, "Quarterly customer survey", "季度客户调查", "quarterly"],
  ["First response time for priority-1 incidents", "一级事件首次响应时间", "minutes", "分钟", "lower-is-better", 12, 5, "Service desk tool ticket timestamps", "服务台系统工单时间戳", "weekly"],
  ["Change success rate", "变更成功率", "%", "%", "higher-is-better", 91, 97, "Change records", "变更记录", "monthly"],
  ["Patch compliance", "补丁合规率", "%", "%", "higher-is-better", 84, 98, "Vulnerability scanner report", "漏洞扫描报告", "monthly"],
  ["Open problem records older than 90 days", "超过90天的未关闭问题记录", "records", "条", "lower-is-better", 37, 10, "Problem records in the ITSM tool", "ITSM系统中的问题记录", "monthly"],
  ["Cost per resolved ticket", "每张已解决工单成本", "CNY", "元", "lower-is-better", 118, 95, "Cost accounting report", "成本核算报告", "quarterly"],
  ["Storage capacity utilisation", "存储容量利用率", "%", "%", "range", 88, 60, "Capacity management report", "容量管理报告", "weekly"],
  ["Repeat incidents within 30 days", "30天内重复事件数", "incidents", "起", "lower-is-better", 24, 8, "Incident records in the ITSM tool", "ITSM系统中的事件记录", "monthly"],
  ["Requests fulfilled automatically", "自动化完成的服务请求占比", "%", "%", "higher-is-better", 18, 45, "Automation platform run statistics", "自动化平台运行统计", "monthly"],
  ["Disaster-recovery tests passed", "灾难恢复演练通过次数", "tests", "次", "higher-is-better", 1, 2, "DR test reports", "灾备演练报告", "half-yearly"],
  ["Net promoter score of key accounts", "重点客户净推荐值", "points", "分", "higher-is-better", 21, 35, "Account review survey", "客户回顾调查", "half-yearly"],
  ["Security incidents with customer impact", "影响客户的安全事件", "incidents", "起", "lower-is-better", 4, 0, "Security incident register", "安全事件登记册", "quarterly"],
  ["Monthly service reports delivered on time", "按时交付的月度服务报告", "%", "%", "higher-is-better", 75, 100, "Report distribution log", "报告分发记录", "monthly"],
];

const POLICY_EN = [
  "Meet the service levels we agree and the needs of our customers.",
  "Keep improving the efficiency and cost-effectiveness of our services.",
  "Innovate to create new value for our customers.",
  "Comply with the legal, regulatory and contractual requirements that apply to us.",
  "Manage the risks to the availability and continuity of our services.",
  "Protect the confidentiality, integrity and availability of customer information.",
  "Develop the competence of our people and the suppliers we depend on.",
  "满足约定的服务级别，并持续改进服务管理体系的有效性。",
];
const REQUIREMENTS = [
  ["MSA §4", "contract", "Master services agreement: 99.95 % monthly service availability"],
  ["SLA-B", "contract", "SLA schedule B: incident response and resolution times"],
  ["SLA-C", "contract", "SLA schedule C: service request fulfilment times"],
  ["CR-2025", "interested-party", "Key customers ask for faster answers and a named contact"],
  ["PIPL", "legal-regulatory", "Personal information protection law: handling of customer data"],
  ["MLPS 2.0", "legal-regulatory", "网络安全等级保护2.0：三级系统的安全要求"],
  ["CSL", "legal-regulatory", "Cybersecurity law: incident reporting duties"],
  ["RK-07", "risk-opportunity", "Risk register: not enough engineers in the peak season"],
  ["RK-12", "risk-opportunity", "Risk register: single supplier for data-centre power"],
  ["OP-03", "risk-opportunity", "Opportunity: automation of routine requests"],
  ["BUD-01", "internal", "Budget guideline: lower the unit cost of each service"],
  ["STR-3Y", "internal", "Three-year strategy: become a top-3 provider in our target markets"],
  ["CAT-01", "service-requirement", "Service catalogue: launch new cloud services every year"],
  ["CAT-02", "service-requirement", "Service catalogue: 24×7 support for premium services"],
  ["AUD-24", "internal", "Internal audit 2024: objectives lacked measurable KPIs"],
  ["ISO-9.3", "internal", "Management review: report objective status every quarter"],
  ["SUP-05", "contract", "Underpinning contract with the network carrier: 4-hour repair"],
  ["IP-HR", "interested-party", "Employees ask for predictable on-call rotas"],
  ["IP-REG", "interested-party", "监管机构要求按季度报送重大事件统计"],
  ["CR-2026", "interested-party", "Public-sector customers require data residency in China"],
];

const REVIEW_FINDINGS_EN = [
  "On track; the new runbooks cut restore times on the two largest services.",
  "Behind plan: the monitoring migration slipped by six weeks because of supplier delays.",
  "Target reached in two of three months; the outlier was a single carrier outage.",
  "At risk: staffing gaps in the night shift; recruitment approved.",
];

// ----- the generator -----

function sentenceWords(rng, pool, service, count) {
  return rng.sample(pool, count).map((make) => make(service)).join(" ");
}

function makeKpi(rng, chinese, when) {
  const [nameEn, nameZh, unitEn, unitZh, direction, baseline, target, sourceEn, sourceZh, frequency] = rng.pick(KPIS);
  const kpi = { id: rng.uuid(), name: chinese ? nameZh : nameEn, unit: chinese ? unitZh : unitEn };
  const wiggle = (value) => Math.round(value * (0.9 + rng.next() * 0.2) * 100) / 100;
  if (direction === "range") {
    kpi.baseline = wiggle(baseline);
    kpi.target = target;
    kpi.targetUpper = target + 20;
  } else {
    kpi.baseline = wiggle(baseline);
    kpi.target = target;
  }
  if (direction !== "higher-is-better") kpi.direction = direction; // the default is not stored
  kpi.dataSource = chinese ? sourceZh : sourceEn;
  kpi.frequency = frequency;
  if (rng.chance(0.4)) kpi.targetDate = isoDate(when + rng.int(180, 540) * DAY);
  if (rng.chance(0.2)) kpi.weight = rng.pick([0.5, 1.5, 2]);
  if (rng.chance(0.25)) {
    const count = rng.int(1, 6);
    kpi.measurements = Array.from({ length: count }, (_, i) => {
      const measured = { id: rng.uuid(), date: isoDate(when + (i + 1) * 30 * DAY) };
      measured.value = wiggle(kpi.baseline + ((kpi.target - kpi.baseline) * (i + 1)) / (count + 2));
      if (rng.chance(0.2)) measured.note = chinese ? "含一次计划外维护。" : "Includes one unplanned maintenance window.";
      return measured;
    });
  }
  return kpi;
}

/**
 * A realistic workspace with `count` objectives: ~10 % strategic, ~30 % tactical, ~60 %
 * operational; every tactical objective under a strategic one, every operational one under
 * a tactical one (or, for a tenth of them, under another operational one); 1–3 KPIs each;
 * about a fifth written in Chinese; a policy of 8 statements and 20 requirements, linked.
 */
export function generateWorkspace(count, seed = 20261124) {
  const rng = new Random(seed ^ Math.imul(count, 2654435761));
  const policy = POLICY_EN.map((text, i) => ({ id: rng.uuid(), reference: `P${i + 1}`, text }));
  const requirements = REQUIREMENTS.map(([reference, source, title], i) => {
    const requirement = { id: rng.uuid(), reference, title };
    if (source !== "service-requirement") requirement.source = source;
    if (i % 3 === 0) requirement.notes = "Reviewed at the annual requirements review; owner: quality manager.";
    return requirement;
  });

  const strategicCount = Math.max(1, Math.round(count * 0.1));
  const tacticalCount = Math.max(0, Math.round(count * 0.3));
  const operationalCount = count - strategicCount - tacticalCount;
  const objectives = [];
  const childCounter = new Map(); // code → children numbered so far

  const nextChildCode = (prefix, parentCode) => {
    const n = (childCounter.get(parentCode) ?? 0) + 1;
    childCounter.set(parentCode, n);
    // "S12" → "T12.3"; "T12.3" → "O12.3.1"; "O12.3.1" → "O12.3.1.2".
    return `${prefix}${parentCode.slice(1)}.${n}`;
  };

  const makeObjective = (level, code, parent) => {
    const chinese = rng.chance(0.2);
    const created = EPOCH + rng.int(0, 540) * DAY + rng.int(0, 36_000) * 1000;
    const updated = created + rng.int(0, 120) * DAY + rng.int(0, 36_000) * 1000;
    const service = chinese ? rng.pick(SERVICES_ZH) : rng.pick(SERVICES_EN);
    const team = chinese ? rng.pick(TEAMS_ZH) : rng.pick(TEAMS_EN);
    let title;
    if (level === "strategic") {
      const segment = chinese ? rng.pick(SEGMENTS_ZH) : rng.pick(SEGMENTS_EN);
      title = rng.pick(chinese ? STRATEGIC_TITLES_ZH : STRATEGIC_TITLES_EN)(segment);
    } else if (level === "tactical") {
      title = chinese
        ? rng.pick(TACTICAL_TITLES_ZH)(service)
        : rng.pick(TACTICAL_TITLES_EN)(service, rng.pick(REGIONS_EN)).trim();
    } else {
      title = rng.pick(chinese ? OPERATIONAL_TITLES_ZH : OPERATIONAL_TITLES_EN)(service, team);
    }
    const description = chinese
      ? sentenceWords(rng, DESCRIPTION_SENTENCES_ZH, service, rng.int(1, 3)).replace(/ /g, "")
      : sentenceWords(rng, DESCRIPTION_SENTENCES_EN, service, rng.int(1, 3));
    const [functionEn, functionZh] = rng.pick(FUNCTIONS);
    const [roleEn, roleZh] = rng.pick(OWNER_ROLES);
    const owner = chinese ? roleZh : rng.chance(0.5) ? `${roleEn} (${rng.pick(PEOPLE)})` : roleEn;
    const objective = { id: rng.uuid(), code, title, description, level };
    if (parent) {
      objective.parent = parent.id;
      objective.parentLink = rng.pick(chinese ? PARENT_LINKS_ZH : PARENT_LINKS_EN)(parent.code);
    }
    objective.function = chinese ? functionZh : functionEn;
    objective.owner = owner;
    const status = rng.weighted([["active", 55], ["draft", 20], ["achieved", 12], ["not-achieved", 4], ["cancelled", 4], ["superseded", 5]]);
    if (status !== "draft") objective.status = status;
    objective.policyLinks = rng.sample(policy, rng.weighted([[1, 60], [2, 35], [3, 5]])).map((p) => p.id);
    if (rng.chance(0.06)) {
      objective.noRequirementsReason = chinese ? "内部改进目标，无外部要求适用。" : "Internal improvement; no external requirement applies.";
    } else {
      objective.requirementLinks = rng.sample(requirements, rng.weighted([[1, 45], [2, 40], [3, 15]])).map((r) => r.id);
    }
    objective.kpis = Array.from({ length: rng.weighted([[1, 30], [2, 45], [3, 25]]) }, () => makeKpi(rng, chinese, created));
    if (rng.chance(0.6)) {
      objective.monitoring = {
        frequency: rng.pick(["weekly", "monthly", "quarterly"]),
        method: chinese ? "月度服务回顾会议" : "Monthly service review with the KPI dashboard",
        responsible: chinese ? roleZh : roleEn,
        nextReview: isoDate(updated + rng.int(10, 90) * DAY),
      };
    }
    if (rng.chance(0.3)) {
      objective.communication = {
        audiences: chinese ? ["管理层", "服务团队"] : ["Management team", "Service teams"],
        channels: chinese ? ["月度报告"] : ["Monthly report", "Intranet dashboard"],
        when: chinese ? "每月第一周" : "First week of each month",
      };
    }
    if (rng.chance(0.4)) {
      objective.updating = {
        reviewCadence: rng.pick(["quarterly", "half-yearly", "yearly"]),
        triggers: rng.sample(["service-change", "contract-change", "risk-change", "audit-finding", "missed-target"], rng.int(1, 3)),
      };
    }
    if (rng.chance(0.2)) {
      const actions = Array.from({ length: rng.int(1, 3) }, (_, i) => {
        const action = {
          id: rng.uuid(),
          what: chinese ? "更新运行手册并组织培训" : `Update the runbooks for ${service} and train the on-call engineers`,
          responsible: chinese ? roleZh : roleEn,
          start: isoDate(created + i * 30 * DAY),
          due: isoDate(created + (i + 2) * 45 * DAY),
        };
        if (rng.chance(0.5)) action.resources = [{ kind: "budget", description: "Automation licences", amount: "CNY 50,000", approved: true }];
        const actionStatus = rng.pick(["planned", "in-progress", "done"]);
        if (actionStatus !== "planned") action.status = actionStatus;
        return action;
      });
      objective.plan = { actions, evaluation: { method: "Compare the KPI trend with the baseline", successCriteria: "Target met for three consecutive months" } };
    }
    if (rng.chance(0.15)) {
      objective.reviews = [{
        id: rng.uuid(),
        date: isoDate(updated),
        reviewer: rng.pick(PEOPLE),
        result: rng.pick(["at-risk", "off-track", "on-track"]),
        findings: rng.pick(REVIEW_FINDINGS_EN),
        nextReview: isoDate(updated + 90 * DAY),
      }];
      if (objective.reviews[0].result === "on-track") delete objective.reviews[0].result;
    }
    objective.created = isoSeconds(created);
    objective.updated = isoSeconds(updated);
    return objective;
  };

  const strategic = [];
  for (let i = 1; i <= strategicCount; i += 1) {
    const objective = makeObjective("strategic", `S${i}`, null);
    strategic.push(objective);
    objectives.push(objective);
  }
  const tactical = [];
  for (let i = 0; i < tacticalCount; i += 1) {
    // Round-robin with jitter: every strategic objective gets about three tactical ones.
    const parent = rng.chance(0.8) ? strategic[i % strategic.length] : rng.pick(strategic);
    const objective = makeObjective("tactical", nextChildCode("T", parent.code), parent);
    tactical.push(objective);
    objectives.push(objective);
  }
  const operational = [];
  const underTactical = []; // operational objectives that may take an operational child
  for (let i = 0; i < operationalCount; i += 1) {
    let parent;
    if (tactical.length === 0) parent = rng.pick(strategic);
    else if (underTactical.length > 10 && rng.chance(0.1)) parent = rng.pick(underTactical);
    else parent = rng.chance(0.8) ? tactical[i % tactical.length] : rng.pick(tactical);
    const objective = makeObjective("operational", nextChildCode("O", parent.code), parent);
    operational.push(objective);
    if (parent.level === "tactical") underTactical.push(objective);
    objectives.push(objective);
  }

  const communications = Array.from({ length: Math.min(40, Math.ceil(count / 50)) }, (_, i) => ({
    id: rng.uuid(),
    date: isoDate(EPOCH + (i + 1) * 14 * DAY),
    objectives: rng.sample(strategic, Math.min(3, strategic.length)).map((o) => o.id),
    audience: "All staff",
    channel: "Town hall and intranet",
    byWhom: "Chief executive officer",
    summary: "Quarterly update on the service management objectives and what changes for the teams.",
  }));

  return {
    organisation: {
      name: "Example IT Services Ltd.",
      scope: "Managed IT services (service desk, infrastructure operations and cloud hosting) for business customers in China and the Asia-Pacific region.",
      functions: FUNCTIONS.map(([en]) => en),
      document: { title: "Service management objectives and plans", version: "3.2", owner: "Quality manager", approvedBy: "Chief executive officer", approvedOn: "2026-01-15" },
    },
    policy,
    requirements,
    objectives,
    communications,
  };
}

// ----- trimming for storage -----

/**
 * Progressively leaner versions of a workspace, for sizes whose realistic form does not fit
 * the quota. Level 0 is the workspace itself; each level drops more optional detail but keeps
 * every objective, its id, code, title, level and parent (so the tree and register are the same).
 */
export const TRIM_LEVELS = [
  "full",
  "without reviews, plans, KPI measurements, communication and update settings",
  "also without descriptions, parent links and monitoring",
  "also with 1 KPI each (name, unit, baseline, target, direction only)",
  "also without policy and requirement links, function and owner",
];

/** Everything a trim level leaves out, in one phrase. */
export function trimSummary(level) {
  return TRIM_LEVELS.slice(1, level + 1).map((text) => text.replace(/^(also )?(without|with) /, "$2 ")).join("; ");
}

export function trimWorkspace(workspace, level) {
  if (level === 0) return workspace;
  const objectives = workspace.objectives.map((objective) => {
    const o = { ...objective };
    delete o.reviews;
    delete o.plan;
    delete o.communication;
    delete o.updating;
    o.kpis = o.kpis.map(({ measurements, ...kpi }) => kpi);
    if (level >= 2) {
      delete o.description;
      delete o.parentLink;
      delete o.monitoring;
    }
    if (level >= 3) {
      const { id, name, unit, baseline, target, targetUpper, direction } = o.kpis[0];
      o.kpis = [{ id, name, unit, baseline, target, targetUpper, direction }];
    }
    if (level >= 4) {
      delete o.policyLinks;
      delete o.requirementLinks;
      delete o.noRequirementsReason;
      delete o.function;
      delete o.owner;
    }
    return o;
  });
  return { ...workspace, objectives, communications: level >= 2 ? [] : workspace.communications };
}

// ----- serialisation exactly as the app stores it -----

/** serde_json writes every f64 with a fractional part: 15.0, 99.95. */
function f64(value) {
  if (!Number.isFinite(value)) throw new Error(`not finite: ${value}`);
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`;
  return String(value);
}

function isEmpty(value) {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)
    || (typeof value === "object" && !Array.isArray(value) && Object.keys(value).every((k) => isEmpty(value[k])));
}

/** Compact JSON like the app's serde structs: empty strings, lists and objects are omitted. */
function compact(value) {
  if (typeof value === "number") return f64(value);
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(compact).join(",")}]`;
  const parts = [];
  for (const [key, field] of Object.entries(value)) {
    // Fields serde always writes even when empty.
    const required = key === "id" || key === "code" || key === "title" || key === "name" || key === "reference"
      || key === "text" || key === "what" || key === "date" || key === "value";
    if (field === undefined || (!required && isEmpty(field))) continue;
    parts.push(`${JSON.stringify(key)}:${compact(field)}`);
  }
  return `{${parts.join(",")}}`;
}

/** The stored envelope text, as `encode_stored` writes it. */
export function encodeStored(workspace, { appVersion, rev = 1, savedAt = "2026-11-24T09:30:00Z" }) {
  return `{"format":"sixtwo-workspace","schemaVersion":${SCHEMA_VERSION},"appVersion":${JSON.stringify(appVersion)},"rev":${rev},"savedAt":${JSON.stringify(savedAt)},"workspace":${compact(workspace)}}`;
}

/** What `text` under the workspace key costs against the quota (key plus value). */
export function utf16Units(text) {
  return WORKSPACE_KEY.length + text.length;
}

// ----- the invariants of src/domain/validate.rs -----

const chars = (text) => [...(text ?? "")].length;

/** Every broken invariant, as "path: problem" strings; empty means the app will load it. */
export function validateWorkspace(workspace) {
  const problems = [];
  const seen = new Set();
  const unique = (id, path) => {
    if (seen.has(id)) problems.push(`${path}: duplicate id ${id}`);
    seen.add(id);
  };
  workspace.policy.forEach((p, i) => unique(p.id, `policy[${i}].id`));
  workspace.requirements.forEach((r, i) => unique(r.id, `requirements[${i}].id`));
  workspace.objectives.forEach((o, i) => {
    unique(o.id, `objectives[${i}].id`);
    o.kpis.forEach((k, j) => unique(k.id, `objectives[${i}].kpis[${j}].id`));
  });
  const byId = new Map(workspace.objectives.map((o) => [o.id, o]));
  const policy = new Set(workspace.policy.map((p) => p.id));
  const requirements = new Set(workspace.requirements.map((r) => r.id));
  const codes = new Set();
  const rank = { strategic: 0, tactical: 1, operational: 2 };
  workspace.objectives.forEach((o, i) => {
    const at = `objectives[${i}]`;
    const code = o.code.trim();
    if (!code || chars(code) > MAX_CODE_CHARS || /\s/.test(code)) problems.push(`${at}.code: bad code ${o.code}`);
    if (codes.has(code.toLowerCase())) problems.push(`${at}.code: duplicate ${o.code}`);
    codes.add(code.toLowerCase());
    if (!(o.level in rank)) problems.push(`${at}.level: ${o.level}`);
    if (o.parent !== undefined) {
      const parent = byId.get(o.parent);
      if (o.parent === o.id) problems.push(`${at}.parent: own parent`);
      else if (!parent) problems.push(`${at}.parent: unknown ${o.parent}`);
      else if (rank[o.level] < rank[parent.level]) problems.push(`${at}.parent: ${o.level} below ${parent.level}`);
    }
    (o.policyLinks ?? []).forEach((id, k) => policy.has(id) || problems.push(`${at}.policyLinks[${k}]: unknown`));
    (o.requirementLinks ?? []).forEach((id, k) => requirements.has(id) || problems.push(`${at}.requirementLinks[${k}]: unknown`));
    o.kpis.forEach((k, j) => {
      for (const field of ["baseline", "target", "targetUpper", "weight"]) {
        if (k[field] !== undefined && !Number.isFinite(k[field])) problems.push(`${at}.kpis[${j}].${field}: not finite`);
      }
      if (k.direction === "range" && k.target !== undefined && k.targetUpper !== undefined && k.target > k.targetUpper) {
        problems.push(`${at}.kpis[${j}].targetUpper: range inverted`);
      }
      if (chars(k.name) > MAX_SHORT_TEXT || chars(k.unit) > MAX_SHORT_TEXT) problems.push(`${at}.kpis[${j}]: too long`);
      if (!k.name.trim()) problems.push(`${at}.kpis[${j}].name: empty`);
    });
    if (!o.title.trim()) problems.push(`${at}.title: empty`);
    for (const [field, max] of [["title", MAX_SHORT_TEXT], ["description", MAX_LONG_TEXT], ["parentLink", MAX_LONG_TEXT], ["function", MAX_SHORT_TEXT], ["owner", MAX_SHORT_TEXT]]) {
      if (chars(o[field]) > max) problems.push(`${at}.${field}: longer than ${max}`);
    }
    for (const field of ["created", "updated"]) {
      if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(o[field] ?? "")) problems.push(`${at}.${field}: not RFC 3339`);
    }
  });
  // Cycles: walk up from every objective.
  const finished = new Set();
  for (const o of workspace.objectives) {
    const walk = new Set();
    let current = o;
    while (current && !finished.has(current.id)) {
      if (walk.has(current.id)) {
        problems.push(`objective ${current.code}: cycle`);
        break;
      }
      walk.add(current.id);
      current = current.parent ? byId.get(current.parent) : undefined;
    }
    walk.forEach((id) => finished.add(id));
  }
  return problems;
}

/** Counts and shape of a workspace, for the report. */
export function describeWorkspace(workspace) {
  const levels = { strategic: 0, tactical: 0, operational: 0 };
  let kpis = 0;
  let chinese = 0;
  let titleChars = 0;
  let descriptionChars = 0;
  const byId = new Map(workspace.objectives.map((o) => [o.id, o]));
  let maxDepth = 0;
  for (const o of workspace.objectives) {
    levels[o.level] += 1;
    kpis += o.kpis.length;
    if (/[\u4e00-\u9fff]/.test(o.title)) chinese += 1;
    titleChars += chars(o.title);
    descriptionChars += chars(o.description);
    let depth = 1;
    for (let p = o.parent && byId.get(o.parent); p; p = p.parent && byId.get(p.parent)) depth += 1;
    maxDepth = Math.max(maxDepth, depth);
  }
  const n = workspace.objectives.length;
  return {
    objectives: n,
    levels,
    kpis,
    kpisPerObjective: +(kpis / n).toFixed(2),
    chineseObjectives: chinese,
    meanTitleChars: Math.round(titleChars / n),
    meanDescriptionChars: Math.round(descriptionChars / n),
    maxDepth,
    policyStatements: workspace.policy.length,
    requirements: workspace.requirements.length,
    communications: workspace.communications.length,
  };
}

/**
 * `json` in SixTwo's compact stored form (src/io/compact.rs): a header line naming the version
 * and the sizes, then the DEFLATE bytes (level 1, like the app) packed 15 bits per UTF-16 unit
 * above U+0020. The app reads it like its own; its own saves may differ by a few units because
 * its DEFLATE implementation is another one.
 */
export function packStored(json, rev = 1) {
  const bytes = deflateRawSync(Buffer.from(json, "utf8"), { level: 1 });
  const header = JSON.stringify({
    format: "sixtwo-stored",
    encoding: "deflate-15",
    rev,
    packedBytes: bytes.length,
    jsonBytes: Buffer.byteLength(json, "utf8"),
  });
  const units = [];
  let buffer = 0;
  let held = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    held += 8;
    if (held >= 15) {
      held -= 15;
      units.push(0x20 + ((buffer >> held) & 0x7fff));
      buffer &= (1 << held) - 1;
    }
  }
  if (held > 0) units.push(0x20 + ((buffer << (15 - held)) & 0x7fff));
  let text = `${header}\n`;
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

/**
 * Three years of a team's weekly measurements (issue 12): the first `objectives` objectives of
 * the realistic workspace, each with exactly `kpis` KPIs (copies of its own with new ids where it
 * has fewer) and `weeks` weekly measurements on each KPI from 2024-01-01, no notes.
 */
export function threeYearsWorkspace({ objectives, kpis, weeks }, seed = 20261124) {
  const workspace = generateWorkspace(objectives, seed);
  // Random-looking version 4 ids, as the app makes them (sequential ones would compress far
  // better than real data does).
  let state = seed >>> 0 || 1;
  const hex = (digits) => {
    let out = "";
    while (out.length < digits) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out += state.toString(16).padStart(8, "0");
    }
    return out.slice(0, digits);
  };
  const id = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Number.parseInt(hex(1), 16) % 4]}${hex(3)}-${hex(12)}`;
  const start = Date.UTC(2024, 0, 1);
  for (const [n, objective] of workspace.objectives.entries()) {
    const own = objective.kpis;
    objective.kpis = Array.from({ length: kpis }, (_, k) => {
      const kpi = { ...own[k % own.length], id: id() };
      if (k >= own.length) kpi.name = `${kpi.name} (${k + 1})`;
      kpi.measurements = Array.from({ length: weeks }, (_, week) => ({
        id: id(),
        date: new Date(start + week * 7 * 86_400_000).toISOString().slice(0, 10),
        value: ((week * 37 + k * 11 + n) % 400) / 10,
      }));
      return kpi;
    });
  }
  return workspace;
}
