#!/usr/bin/env python3
"""Writes the SaaS team exercise from its model answer.

Reads examples/saas-team.<lang>.json and writes examples/saas-team-exercise.<lang>.json: the
same workspace with the nonconformities of examples/saas-team-exercise.key.json planted in it
(the model answer has no gaps). Run from the repository root after the model answer changes:

    python3 tools/exercises/saas_team.py

and then `cargo test --test exercises`, which checks that the key and the file agree.
"""

from common import by_code, unapproved_revision, write_exercise

TEXT = {
    "en": {
        "s2_title": "Make customers happier",
        "s2_description": "Customers should be happier with our support.",
        "p4": "Make Cloud Ledger usable by everyone, including people who use assistive technology.",
        "o2_review_2": "Restore drills continue; figures to follow.",
        "s1_revision_note": "Target raised from 99.5 % to 99.9 % after the yearly contract review with our largest customers.",
        "s1_approver": "Founder and CEO",
    },
    "zh-Hans": {
        "s2_title": "让客户更满意",
        "s2_description": "客户应该对我们的支持更满意。",
        "p4": "让所有人都能使用云账本，包括使用辅助技术的用户。",
        "o2_review_2": "恢复演练仍在进行，数据随后补充。",
        "s1_revision_note": "与主要客户进行年度合同评审后，目标由 99.5 % 提高到 99.9 %。",
        "s1_approver": "创始人兼首席执行官",
    },
}

P4_ID = "00000002-0000-4000-8000-000000000b04"


def plant(workspace, words):
    objectives = by_code(workspace)

    # F1: a vague objective with no KPI.
    s2 = objectives["S2"]
    s2["title"] = words["s2_title"]
    s2["description"] = words["s2_description"]
    s2.pop("kpis", None)

    # F2: a policy commitment with no objective.
    workspace["policy"].append({"id": P4_ID, "reference": "P4", "text": words["p4"]})

    # F3: a target lowered with no recorded reason or approval.
    o3 = objectives["O3"]
    answered = o3["kpis"][0]
    unapproved_revision(
        o3,
        "2026-10-12T09:00:00Z",
        [{"field": f"kpis[{answered['id']}].target", "old": "95.0", "new": "90.0"}],
    )
    answered["target"] = 90.0

    # F4: a monthly KPI not measured since August (the last review has no figures either).
    o2 = objectives["O2"]
    restore = o2["kpis"][0]
    restore["measurements"] = [m for m in restore["measurements"] if m["date"] <= "2026-08-31"]
    o2["reviews"][1]["findings"] = words["o2_review_2"]

    # F5: a plan whose actions name no resources.
    o1 = objectives["O1"]
    for action in o1["plan"]["actions"]:
        action.pop("resources", None)

    # F6: a plan that does not say how its results are evaluated.
    o2["plan"].pop("evaluation", None)

    # F7: an action due after the objective's target date (31 May 2027).
    o2["plan"]["actions"][1]["due"] = "2027-08-31"

    # F8: an objective changed after it was last communicated.
    s1 = objectives["S1"]
    for record in workspace["communications"]:
        if record["date"] == "2026-11-30" and s1["id"] in record["objectives"]:
            record["objectives"].remove(s1["id"])
    availability = s1["kpis"][0]
    s1["revisions"].append(
        {
            "number": len(s1["revisions"]) + 1,
            "at": "2026-11-02T10:00:00Z",
            "reason": "contract-change",
            "note": words["s1_revision_note"],
            "approvedBy": words["s1_approver"],
            "changes": [
                {"field": f"kpis[{availability['id']}].target", "old": "99.5", "new": "99.9"}
            ],
        }
    )
    s1["updated"] = "2026-11-02T10:00:00Z"


if __name__ == "__main__":
    write_exercise("saas-team", "saas-team-exercise", TEXT, plant)
