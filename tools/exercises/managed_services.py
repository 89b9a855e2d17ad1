#!/usr/bin/env python3
"""Writes the managed-service provider exercise from its model answer.

Reads examples/managed-services.<lang>.json and writes
examples/managed-services-exercise.<lang>.json: the same workspace with the nonconformities of
examples/managed-services-exercise.key.json planted in it (the model answer's own gaps stay in
and are in the key too). Run from the repository root after the model answer changes:

    python3 tools/exercises/managed_services.py

and then `cargo test --test exercises`, which checks that the key and the file agree.
"""

import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

TEXT = {
    "en": {
        "t3_title": "Improve efficiency",
        "t3_description": "Work more efficiently across all our processes.",
        "t4_title": "Meet SLA schedule B",
        "t4_description": "The response and resolution times of SLA schedule B, as agreed with our customers.",
        "t4_kpi_response": "Priority 1 incidents responded to within 15 minutes",
        "t4_kpi_resolution": "Priority 1 incidents resolved within 4 hours",
        "t4_source": "Monthly SLA report",
        "t4_review_1": "SLA figures reported to the customers as usual.",
        "t4_review_2": "SLA figures within the agreed levels.",
        "p6": "Develop the skills of our staff so that they can deliver excellent service.",
        "o1_revision_note": "",
    },
    "zh-Hans": {
        "t3_title": "提高效率",
        "t3_description": "在所有流程中更高效地工作。",
        "t4_title": "达到 SLA 附表 B 的要求",
        "t4_description": "与客户约定的 SLA 附表 B 中的响应和解决时间。",
        "t4_kpi_response": "15 分钟内响应的一级事件比例",
        "t4_kpi_resolution": "4 小时内解决的一级事件比例",
        "t4_source": "月度 SLA 报告",
        "t4_review_1": "已按惯例向客户报告 SLA 数据。",
        "t4_review_2": "SLA 数据在约定水平之内。",
        "p6": "培养员工的技能，使其能够提供卓越的服务。",
        "o1_revision_note": "",
    },
}

T4_ID = "00000001-0000-4000-8000-000000000a04"
P6_ID = "00000002-0000-4000-8000-000000000a06"


def new_id(kind, number):
    return f"0000000{kind}-0000-4000-8000-{number:012x}"


def plant(workspace, words):
    objectives = {o["code"]: o for o in workspace["objectives"]}

    # F1: a vague objective with no KPI.
    t3 = objectives["T3"]
    t3["title"] = words["t3_title"]
    t3["description"] = words["t3_description"]
    t3.pop("kpis", None)

    # F2: SLA figures copied in as an objective, with nothing below it (no plan, no children),
    # linked to nothing above it.
    t2 = objectives["T2"]
    t4 = copy.deepcopy(t2)
    t4.update(
        id=T4_ID,
        code="T4",
        title=words["t4_title"],
        description=words["t4_description"],
        policyLinks=[workspace["policy"][0]["id"]],
        requirementLinks=[r["id"] for r in workspace["requirements"] if r["reference"] == "SLA-B"],
        revisions=[t2["revisions"][0]],
        updated=t2["created"],
    )
    # No parent either: a parent planned through its children would count T4 as unplanned.
    for field in ("contributesTo", "plan", "parent", "parentLink"):
        t4.pop(field, None)
    dates = [m["date"] for m in t2["kpis"][0]["measurements"]]
    t4["kpis"] = []
    for number, (name, target, values) in enumerate(
        [
            (words["t4_kpi_response"], 95.0, [93.0, 94.0, 95.0, 94.5, 96.0, 95.5]),
            (words["t4_kpi_resolution"], 90.0, [86.0, 88.0, 87.5, 89.0, 90.5, 90.0]),
        ]
    ):
        kpi = {
            "id": new_id(4, 0xA10 + number),
            "name": name,
            "unit": "%",
            "target": target,
            "frequency": "monthly",
            "targetDate": t2["kpis"][0]["targetDate"],
            "dataSource": words["t4_source"],
            "measurements": [
                {"id": new_id(5, 0xA20 + 8 * number + i), "date": date, "value": value}
                for i, (date, value) in enumerate(zip(dates, values))
            ],
        }
        t4["kpis"].append(kpi)
    t4["reviews"] = [
        {
            "id": new_id(6, 0xA40 + i),
            "date": review["date"],
            "reviewer": review.get("reviewer", ""),
            "findings": words[f"t4_review_{i + 1}"],
            "nextReview": review.get("nextReview"),
        }
        for i, review in enumerate(t2["reviews"])
    ]
    workspace["objectives"].insert(workspace["objectives"].index(t2) + 1, t4)
    for record in workspace["communications"]:
        if t2["id"] in record["objectives"] and record["date"] < "2026-07-01":
            record["objectives"].append(T4_ID)

    # F3: a policy commitment with no objective.
    workspace["policy"].append({"id": P6_ID, "reference": "P6", "text": words["p6"]})

    # F4: a target lowered with no recorded reason or approval.
    o1 = objectives["O1"]
    response = o1["kpis"][0]
    response["target"] = 10.0
    o1["revisions"].append(
        {
            "number": len(o1["revisions"]) + 1,
            "at": "2026-09-01T10:00:00Z",
            "reason": "unstated",
            "changes": [
                {"field": f"kpis[{response['id']}].target", "old": "5.0", "new": "10.0"}
            ],
        }
    )
    o1["updated"] = "2026-09-01T10:00:00Z"

    # F7, F8: a plan without resources or evaluation (the root-cause action already had none).
    o2 = objectives["O2"]
    for action in o2["plan"]["actions"]:
        action.pop("resources", None)
    o2["plan"].pop("evaluation", None)

    # F9: an action due after the objective's target date.
    o1["plan"]["actions"][1]["due"] = "2027-09-30"


def main():
    for lang, words in TEXT.items():
        source = EXAMPLES / f"managed-services.{lang}.json"
        document = json.loads(source.read_text(encoding="utf-8"))
        plant(document["workspace"], words)
        target = EXAMPLES / f"managed-services-exercise.{lang}.json"
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
