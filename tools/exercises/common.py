"""Shared by the exercise scripts: reads a model answer, plants findings, writes the exercise.

Each script gives the model's name, the exercise's name, its words per language and a
function that plants the findings in a workspace; `write_exercise` does the rest.
"""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def new_id(kind, number):
    """An id in the examples' scheme: `kind` is the record type, `number` unique in the file."""
    return f"0000000{kind}-0000-4000-8000-{number:012x}"


def by_code(workspace):
    return {o["code"]: o for o in workspace["objectives"]}


def unapproved_revision(objective, at, changes):
    """Records a change with no reason, note or approval, as the planted findings need."""
    objective["revisions"].append(
        {
            "number": len(objective["revisions"]) + 1,
            "at": at,
            "reason": "unstated",
            "changes": changes,
        }
    )
    objective["updated"] = at


def write_exercise(model, exercise, text, plant):
    for lang, words in text.items():
        source = EXAMPLES / f"{model}.{lang}.json"
        document = json.loads(source.read_text(encoding="utf-8"))
        plant(document["workspace"], words)
        target = EXAMPLES / f"{exercise}.{lang}.json"
        out = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        target.write_text(out, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
