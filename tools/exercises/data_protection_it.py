#!/usr/bin/env python3
"""Writes the data-protection IT department exercise from its model answer.

Reads examples/data-protection-it.<lang>.json and writes
examples/data-protection-it-exercise.<lang>.json: the same workspace with the nonconformities
of examples/data-protection-it-exercise.key.json planted in it (the model answer has no gaps).
Run from the repository root after the model answer changes:

    python3 tools/exercises/data_protection_it.py

and then `cargo test --test exercises`, which checks that the key and the file agree.
"""

from common import by_code, unapproved_revision, write_exercise

TEXT = {
    "en": {
        "pipl_38": "PIPL Art. 38 and 39: personal information provided outside China only after a security assessment, a certification or the standard contract, and with the individual's separate consent; the loyalty app's usage analytics run on a service hosted abroad",
        "o2_revision_note": "The level-3 assessment found leavers' accounts left active for days: target raised from 95 % to 99 %.",
        "o2_approver": "Information security manager",
    },
    "zh-Hans": {
        "pipl_38": "《个人信息保护法》第三十八条、第三十九条：向境外提供个人信息须通过安全评估、认证或订立标准合同，并取得个人的单独同意；会员应用的使用分析运行在境外托管的服务上",
        "o2_revision_note": "等级保护第三级测评发现离职人员账户数日后仍可使用：目标由 95 % 提高到 99 %。",
        "o2_approver": "信息安全经理",
    },
}

PIPL_38_ID = "00000003-0000-4000-8000-000000000d0a"


def plant(workspace, words):
    objectives = by_code(workspace)

    # F1: a legal requirement that applies to the department and that no objective takes into
    # account.
    workspace["requirements"].append(
        {
            "id": PIPL_38_ID,
            "reference": "PIPL-38",
            "source": "legal-regulatory",
            "title": words["pipl_38"],
        }
    )

    # F2: the training objective no longer names the law that requires the training.
    o1 = objectives["O1"]
    o1["requirementLinks"] = []

    # F3: a KPI with no target and no target date.
    t3 = objectives["T3"]
    automated = t3["kpis"][1]
    automated.pop("target", None)
    automated.pop("targetDate", None)

    # F4: a monthly KPI not measured since August.
    o2 = objectives["O2"]
    leavers = o2["kpis"][1]
    leavers["measurements"] = [m for m in leavers["measurements"] if m["date"] <= "2026-08-31"]

    # F5: a target lowered with no recorded reason or approval.
    t1 = objectives["T1"]
    answered = t1["kpis"][0]
    unapproved_revision(
        t1,
        "2026-10-19T09:00:00Z",
        [{"field": f"kpis[{answered['id']}].target", "old": "98.0", "new": "90.0"}],
    )
    answered["target"] = 90.0

    # F6: a plan whose actions name no resources.
    t2 = objectives["T2"]
    for action in t2["plan"]["actions"]:
        action.pop("resources", None)

    # F7: an action due after the objective's target date (31 May 2027).
    t3["plan"]["actions"][1]["due"] = "2027-09-30"

    # F8: an objective changed (approved) after it was last communicated.
    for record in workspace["communications"]:
        if record["date"] == "2026-11-30" and o2["id"] in record["objectives"]:
            record["objectives"].remove(o2["id"])
    o2["revisions"].append(
        {
            "number": len(o2["revisions"]) + 1,
            "at": "2026-11-05T10:00:00Z",
            "reason": "review-decision",
            "note": words["o2_revision_note"],
            "approvedBy": words["o2_approver"],
            "changes": [{"field": f"kpis[{leavers['id']}].target", "old": "95.0", "new": "99.0"}],
        }
    )
    o2["updated"] = "2026-11-05T10:00:00Z"


if __name__ == "__main__":
    write_exercise("data-protection-it", "data-protection-it-exercise", TEXT, plant)
