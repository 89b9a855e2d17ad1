#!/usr/bin/env python3
"""Writes the supplier service desk exercise from its model answer.

Reads examples/supplier-service-desk.<lang>.json and writes
examples/supplier-service-desk-exercise.<lang>.json: the same workspace with the
nonconformities of examples/supplier-service-desk-exercise.key.json planted in it (the model
answer has no gaps). Run from the repository root after the model answer changes:

    python3 tools/exercises/supplier_service_desk.py

and then `cargo test --test exercises`, which checks that the key and the file agree.
"""

import copy

from common import by_code, new_id, unapproved_revision, write_exercise

TEXT = {
    "en": {
        "t3_title": "Meet HelpPoint's contract schedule 2",
        "t3_description": "The service levels of schedule 2 of the service desk contract with HelpPoint.",
        "t3_kpi_answered": "Calls answered within 30 seconds (contract)",
        "t3_kpi_resolved": "Calls resolved at first contact (contract)",
        "t3_source": "HelpPoint's monthly service report",
        "t3_review_1": "HelpPoint's report received as usual.",
        "t3_review_2": "HelpPoint's figures close to the contract levels.",
        "p4": "Support the depots' night shifts as well as office hours.",
        "o3_revision_note": "Contract amendment 2: HelpPoint commits to agent turnover below 20 % a year, so our target follows (was 25 %).",
        "o3_approver": "Head of IT services",
    },
    "zh-Hans": {
        "t3_title": "达到帮点公司合同附件 2 的要求",
        "t3_description": "与帮点公司的服务台合同附件 2 中的服务级别。",
        "t3_kpi_answered": "30 秒内接听的来电比例（合同）",
        "t3_kpi_resolved": "首次联系即解决的来电比例（合同）",
        "t3_source": "帮点公司月度服务报告",
        "t3_review_1": "已按惯例收到帮点公司的报告。",
        "t3_review_2": "帮点公司的数据接近合同水平。",
        "p4": "除办公时间外，也为物流中心的夜班提供支持。",
        "o3_revision_note": "合同修订 2：帮点公司承诺坐席年流失率低于 20 %，我们的目标随之调整（原为 25 %）。",
        "o3_approver": "IT 服务主管",
    },
}

T3_ID = "00000001-0000-4000-8000-000000000c03"
P4_ID = "00000002-0000-4000-8000-000000000c04"


def plant(workspace, words):
    objectives = by_code(workspace)

    # F1: the supplier's contract figures copied in as an objective, with nothing below it (no
    # plan, no children) and no parent (a parent planned through its children would count it).
    t2 = objectives["T2"]
    t3 = copy.deepcopy(t2)
    t3.update(
        id=T3_ID,
        code="T3",
        title=words["t3_title"],
        description=words["t3_description"],
        policyLinks=[workspace["policy"][1]["id"]],
        requirementLinks=[r["id"] for r in workspace["requirements"] if r["reference"] == "SDC-S2"],
        revisions=[t2["revisions"][0]],
        updated=t2["created"],
    )
    for field in ("contributesTo", "plan", "parent", "parentLink"):
        t3.pop(field, None)
    dates = [m["date"] for m in t2["kpis"][0]["measurements"]]
    t3["kpis"] = []
    for number, (name, target, values) in enumerate(
        [
            (words["t3_kpi_answered"], 80.0, [74.0, 79.0, 81.0, 80.5, 78.0, 79.5]),
            (words["t3_kpi_resolved"], 70.0, [66.0, 68.0, 69.5, 71.0, 72.0, 72.5]),
        ]
    ):
        t3["kpis"].append(
            {
                "id": new_id(4, 0xC10 + number),
                "name": name,
                "unit": "%",
                "target": target,
                "frequency": "monthly",
                "targetDate": t2["kpis"][0]["targetDate"],
                "dataSource": words["t3_source"],
                "measurements": [
                    {"id": new_id(5, 0xC20 + 8 * number + i), "date": date, "value": value}
                    for i, (date, value) in enumerate(zip(dates, values))
                ],
            }
        )
    t3["reviews"] = [
        {
            "id": new_id(6, 0xC40 + i),
            "date": review["date"],
            "reviewer": review.get("reviewer", ""),
            "findings": words[f"t3_review_{i + 1}"],
            "nextReview": review.get("nextReview"),
        }
        for i, review in enumerate(t2["reviews"])
    ]
    workspace["objectives"].insert(workspace["objectives"].index(t2) + 1, t3)
    for record in workspace["communications"]:
        if t2["id"] in record["objectives"]:
            record["objectives"].append(T3_ID)

    # F2: a supplier action due after the objective's target date (31 May 2027).
    o1 = objectives["O1"]
    o1["plan"]["actions"][2]["due"] = "2027-07-30"

    # F3: a supplier action with nobody responsible for it.
    o3 = objectives["O3"]
    o3["plan"]["actions"][0]["responsible"] = ""

    # F4: a monthly KPI not measured since August.
    o2 = objectives["O2"]
    articles = o2["kpis"][0]
    articles["measurements"] = [m for m in articles["measurements"] if m["date"] <= "2026-08-31"]

    # F5: a plan that does not say how its results are evaluated.
    t2["plan"].pop("evaluation", None)

    # F6: a target lowered with no recorded reason or approval.
    t1 = objectives["T1"]
    resolution = t1["kpis"][0]
    unapproved_revision(
        t1,
        "2026-10-15T09:00:00Z",
        [{"field": f"kpis[{resolution['id']}].target", "old": "75.0", "new": "70.0"}],
    )
    resolution["target"] = 70.0

    # F7: an objective changed (approved) after it was last communicated.
    for record in workspace["communications"]:
        if record["date"] == "2026-11-30" and o3["id"] in record["objectives"]:
            record["objectives"].remove(o3["id"])
    turnover = o3["kpis"][0]
    o3["revisions"].append(
        {
            "number": len(o3["revisions"]) + 1,
            "at": "2026-10-20T10:00:00Z",
            "reason": "contract-change",
            "note": words["o3_revision_note"],
            "approvedBy": words["o3_approver"],
            "changes": [
                {"field": f"kpis[{turnover['id']}].target", "old": "25.0", "new": "20.0"}
            ],
        }
    )
    o3["updated"] = "2026-10-20T10:00:00Z"

    # F8: a policy commitment with no objective.
    workspace["policy"].append({"id": P4_ID, "reference": "P4", "text": words["p4"]})


if __name__ == "__main__":
    write_exercise("supplier-service-desk", "supplier-service-desk-exercise", TEXT, plant)
