// Builds a SixTwo export (schema version 2) from a compact example definition, once per
// language. A definition writes every text as T(english, chinese); objectives, policy
// statements and requirements are referred to by their code or reference; ids are derived from
// the example's number and a running count, so a file is the same every time it is generated.

/** A text in both languages. */
export class T {
  constructor(en, zh) {
    this.en = en;
    this.zh = zh;
  }
}
export const t = (en, zh) => new T(en, zh);

export const LANGUAGES = { en: "en", "zh-Hans": "zh" };

/** Picks `lang` ("en" or "zh") in every text of `value`. */
function words(value, lang) {
  if (value instanceof T) return value[lang];
  if (Array.isArray(value)) return value.map((item) => words(item, lang));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, words(v, lang)]));
  }
  return value;
}

/** The object with its keys sorted at every depth (the order SixTwo's exports use). */
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => value[key] !== undefined)
        .map((key) => [key, sorted(value[key])]),
    );
  }
  return value;
}

const KIND = {
  objective: 1,
  policy: 2,
  requirement: 3,
  kpi: 4,
  measurement: 5,
  review: 6,
  action: 7,
  communication: 8,
};

/** Ids like the existing example's: kind, example number, running count. */
function idMaker(example) {
  let count = 0;
  const hex = (n, width) => n.toString(16).padStart(width, "0");
  return (kind) => {
    count += 1;
    return `${hex(KIND[kind], 8)}-${hex(example, 4)}-4000-8000-${hex(count, 12)}`;
  };
}

/** Dates. */
const day = (text) => new Date(`${text}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
export function addDays(text, days) {
  const date = day(text);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}
/** The last day of each month from `from` (YYYY-MM) for `count` months. */
export function monthEnds(from, count) {
  const [year, month] = from.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => iso(new Date(Date.UTC(year, month + i, 0))));
}
/** Every seventh day from `first` up to `last`. */
export function weeks(first, last) {
  const dates = [];
  for (let date = first; date <= last; date = addDays(date, 7)) dates.push(date);
  return dates;
}

/**
 * `count` values from `start` to `end`, rounded to `decimals`, with a small repeatable wiggle
 * of at most `wiggle` (never past `end`'s side of the line).
 */
export function ramp(start, end, count, decimals = 1, wiggle = 0) {
  const scale = 10 ** decimals;
  return Array.from({ length: count }, (_, i) => {
    const line = start + ((end - start) * i) / Math.max(1, count - 1);
    const noise = i === 0 || i === count - 1 ? 0 : wiggle * Math.sin(i * 2.3);
    return Math.round((line + noise) * scale) / scale;
  });
}

/**
 * Builds the export in `lang` from `definition` (see the example files in this folder).
 */
export function build(definition, lang) {
  const id = idMaker(definition.number);
  const policyIds = {};
  const policy = definition.policy.map(([reference, text]) => {
    policyIds[reference] = id("policy");
    return { id: policyIds[reference], reference, text };
  });
  const requirementIds = {};
  const requirements = definition.requirements.map((r) => {
    requirementIds[r.reference] = id("requirement");
    return { id: requirementIds[r.reference], reference: r.reference, source: r.source, title: r.title, notes: r.notes };
  });
  const objectiveIds = {};
  for (const o of definition.objectives) objectiveIds[o.code] = id("objective");
  const ref = (table, key, what) => {
    if (!(key in table)) throw new Error(`${definition.id}: unknown ${what} ${key}`);
    return table[key];
  };
  const objectives = definition.objectives.map((o) => {
    const kpis = o.kpis.map((k) => {
      if (k.dates.length !== k.values.length) {
        throw new Error(`${definition.id} ${o.code} ${k.name.en}: ${k.dates.length} dates, ${k.values.length} values`);
      }
      const kpiId = id("kpi");
      return {
        id: kpiId,
        name: k.name,
        unit: k.unit,
        baseline: k.baseline,
        target: k.target,
        targetUpper: k.targetUpper,
        direction: k.direction,
        dataSource: k.dataSource,
        method: k.method,
        frequency: k.frequency,
        targetDate: k.targetDate,
        measurements: k.dates.map((date, i) => ({
          id: id("measurement"),
          date,
          value: k.values[i],
          note: k.notes?.[date],
        })),
      };
    });
    const reviews = o.reviews.map((r) => ({ id: id("review"), ...r }));
    let plan;
    if (o.plan === "children") {
      plan = { throughChildren: true, approval: o.planApproval };
    } else {
      plan = {
        actions: o.plan.actions.map((a) => ({ id: id("action"), ...a })),
        evaluation: o.plan.evaluation,
        approval: o.plan.approval,
      };
    }
    return {
      id: objectiveIds[o.code],
      code: o.code,
      title: o.title,
      description: o.description,
      level: o.level,
      parent: o.parent ? ref(objectiveIds, o.parent, "objective") : undefined,
      parentLink: o.parentLink,
      contributesTo: o.contributesTo?.map((code) => ({ objective: ref(objectiveIds, code, "objective") })),
      function: o.function,
      owner: o.owner,
      status: "active",
      approval: o.approval,
      policyLinks: o.policy.map((p) => ref(policyIds, p, "policy statement")),
      requirementLinks: o.requirements.map((r) => ref(requirementIds, r, "requirement")),
      kpis,
      monitoring: o.monitoring,
      communication: o.communication,
      updating: o.updating,
      plan,
      reviews,
      revisions: o.revisions
        ? o.revisions({ objectives: objectiveIds, kpis, requirements: requirementIds, actions: plan.actions })
        : [{ number: 1, at: o.created }],
      created: o.created,
      updated: o.updated ?? o.created,
    };
  });
  const communications = definition.communications.map((c) => ({
    id: id("communication"),
    date: c.date,
    objectives: (c.objectives === "all" ? definition.objectives.map((o) => o.code) : c.objectives).map((code) =>
      ref(objectiveIds, code, "objective"),
    ),
    audience: c.audience,
    channel: c.channel,
    byWhom: c.byWhom,
    summary: c.summary,
    acknowledgedOn: c.acknowledgedOn,
  }));
  const file = {
    appVersion: "0.1.0",
    exportedAt: definition.exportedAt,
    format: "sixtwo-workspace",
    schemaVersion: 3,
    workspace: {
      organisation: definition.organisation,
      policy,
      requirements,
      objectives,
      communications,
    },
  };
  const resolved = words(file, lang);
  // A recorded change holds its old and new values as JSON texts: a record (an added action)
  // is written as an object in the definition and becomes text once its words are chosen.
  for (const objective of resolved.workspace.objectives) {
    for (const revision of objective.revisions) {
      for (const change of revision.changes ?? []) {
        for (const side of ["old", "new"]) {
          if (typeof change[side] === "object") change[side] = JSON.stringify(sorted(change[side]));
        }
      }
    }
  }
  return sorted(resolved);
}
