## Data

data-title = Your data
data-where = Your workspace is kept only in this browser, for this web address. Clearing this site's data removes it, so download a copy from time to time.
data-usage = Stored: { $used } of { $quota } UTF-16 units ({ $percent } % of this browser's quota for the site).
data-usage-unknown = Nothing is stored yet.
data-usage-warning = Warning: storage is more than 80 % full. Export the workspace as JSON now to keep a backup; once storage is full, changes are kept only until this tab is closed or reloaded.
data-persistent-granted = Persistent storage: granted. The browser will not clear SixTwo's data to free disk space; only you can remove it (by clearing site data).
data-persistent-not-granted = Persistent storage: not granted. The browser may clear SixTwo's data when the disk is nearly full, so export the workspace regularly. Browsers grant it more readily to sites that are bookmarked or installed.
data-persistent-unknown = Persistent storage: this browser has not said whether it keeps SixTwo's data when the disk is nearly full. SixTwo asks once the workspace holds data; until then, export the workspace regularly.
data-example-help = The example organisation shows clause 6.2 at work: three levels of objectives with KPIs and links, and about six months of measurements, reviews, communications and revisions, ending today. It is loaded in the language you have chosen (in English when it is not written in it).
data-empty-workspace = Empty the workspace…
data-empty-title = Empty the workspace?
data-empty-body = Everything in the workspace is removed. You can undo this.
data-empty-confirm = Empty it
workspace-emptied = The workspace is empty.

## Export: files, the Data page's export section and the reminder to export

export-title = Export
export-intro = Files to keep, share or open in other programs. Exporting never changes the workspace.
export-workspace-json = Export the whole workspace (JSON)
export-workspace-json-help = Everything in SixTwo's versioned format: a backup, and the file to import into SixTwo in another browser.
export-register-csv = Export the register (CSV)
export-register-csv-help = One row per objective with its KPIs, for Excel or LibreOffice.
export-plan-csv = Export the action plan (CSV)
export-plan-csv-help = One row per action: what, resources, who is responsible, dates and how results are evaluated.
export-calendar = Export the calendar (.ics)
export-calendar-help = Review, measurement, action due and evaluation dates, to import into your own calendar program.
export-done = Exported { $file }.
export-failed = The file could not be exported: { $detail }
export-last-json = Last exported as JSON from this browser: { $time }.
export-never-json = This workspace has not been exported as JSON from this browser yet.
csv-parent-code = Parent code
csv-policy-statements = Policy statements
csv-requirements = Requirements taken into account
csv-objective-code = Objective code
csv-objective-title = Objective
csv-resources = Resources
csv-evaluation-method = Evaluation method
csv-evaluation-date = Evaluation date
csv-approved = approved
csv-not-approved = not approved
ics-calendar-name = { $organisation }: service management objectives
ics-review = Review { $code }: { $title }
ics-measurement = Measure { $name } ({ $code })
ics-action-due = Due: { $name } ({ $code })
ics-evaluation = Evaluate the results of { $code }: { $title }
reminder-title = Export a copy of your workspace
reminder-body = Your workspace is kept only in this browser, and changes made since { $date } are not in any exported file yet.
reminder-export-now = Export now
reminder-not-now = Not now
reminder-snoozed = The reminder to export is hidden for 7 days.

## Import: the Data page's import section, dropping a file, the preview and its three choices

import-title = Import a file
import-help = Import a SixTwo JSON file: one exported from SixTwo, or written by another tool in the same format. Nothing changes until you have seen a preview and chosen how to import it. Files of up to { $limit } MB are accepted.
import-choose-file = Choose a JSON file to import
import-drop-hint = You can also drop the file anywhere in SixTwo.
import-drop-overlay = Drop the file to import it
import-refused-title = The file could not be imported
import-refused-file = File: { $file }
import-nothing-changed = Nothing was changed: your workspace is as it was.
import-too-large = The file has { $size } bytes; SixTwo imports files of up to { $limit } MB ({ $limit_bytes } bytes).
import-not-text = The file is not text encoded as UTF-8: byte { $position } is not valid UTF-8.
import-empty = The file is empty.
import-read-failed = The browser could not read the file ({ $detail }).
import-several-files = Several files were dropped; import one file at a time.
import-preview-title = Import preview
import-no-file = No file is waiting to be imported. A chosen file is kept only in this tab until it is imported or cancelled, and it is forgotten when the page is reloaded: choose it again on the Data page.
import-go-to-data = Go to the Data page
import-contents-title = What the file contains
import-exported-at = Exported
import-not-recorded = not recorded
import-migrated = Written in schema version { $version } of SixTwo's format; migrated to version { $current } for this import.
import-policy-count = Policy statements
import-requirement-count = Applicable requirements
import-objectives-at-level = { $level } objectives
import-plan-count = Objectives with a plan (clause 6.2.2)
import-unknown-title = Fields SixTwo does not know
import-unknown-count =
    { $count ->
        [one] 1 field is not part of SixTwo's format and will not be kept.
       *[other] { $count } fields are not part of SixTwo's format and will not be kept.
    }
import-unknown-show = Show the fields SixTwo does not know
import-unknown-hide = Hide the fields SixTwo does not know
import-unknown-more =
    { $count ->
        [one] …and 1 more field.
       *[other] …and { $count } more fields.
    }
import-objectives-more =
    { $count ->
        [one] …and 1 more objective.
       *[other] …and { $count } more objectives.
    }
import-renamed-more =
    { $count ->
        [one] …and 1 more code.
       *[other] …and { $count } more codes.
    }
import-merge-show = Show the records that differ and the codes that change
import-merge-hide = Hide the records that differ and the codes that change
import-copy-show = Show the codes that will change
import-copy-hide = Hide the codes that will change
import-changes-title = What would change
import-changes-intro = The file's objectives compared by id with this workspace's:
import-added = Only in the file ({ $count }): added by every choice
import-changed = In both, but different ({ $count })
import-removed = Only in this workspace ({ $count }): removed by Replace, kept by Merge and Copy
import-added-show = Show the objectives only in the file
import-added-hide = Hide the objectives only in the file
import-changed-show = Show the objectives that differ
import-changed-hide = Hide the objectives that differ
import-removed-show = Show the objectives only in this workspace
import-removed-hide = Hide the objectives only in this workspace
import-unchanged =
    { $count ->
        [one] The same in both: 1 objective.
       *[other] The same in both: { $count } objectives.
    }
import-choices-title = Choose how to import
import-replace-title = Replace the workspace
import-replace-help = The file becomes your workspace: everything now in this workspace is replaced by the file's contents. Undo brings the current workspace back.
import-backup-first = Download a backup of the current workspace first
import-nothing-to-back-up = This workspace is empty, so there is nothing to back up.
import-replace-button = Replace with this file
import-backup-failed = The backup could not be downloaded ({ $detail }), so nothing was replaced.
import-merge-title = Merge by id
import-merge-help = Records are matched by their id. Records only in the file are added and records only in this workspace are kept. Where a record differs, the newer change is chosen; decide otherwise below if you wish.
import-no-differences = No record differs: merging only adds what is new.
import-differences-title = Records that differ ({ $count })
import-diff-objective = Objective { $label }
import-diff-policy = Policy statement { $label }
import-diff-requirement = Requirement { $label }
import-diff-communication = Communication of { $label }
import-diff-organisation = Organisation and document control
import-keep-mine = Keep mine
import-take-theirs = Take theirs
import-version-detail = { $code } “{ $title }”, changed { $date }
import-newer = { $detail } (newer)
import-choice-detail = { $choice }: { $detail }
import-renamed-title = Codes that will change
import-renamed-help = These codes are already used in this workspace, so the imported objectives get new codes:
import-renamed-item = { $old } becomes { $new }
import-no-renames = No code is used twice: the imported objectives keep their codes.
import-problems-title = Why this cannot be applied
import-problems-help = The result would break these rules; choose differently or import another way:
import-merge-button = Merge into this workspace
import-copy-title = Import as a copy
import-copy-help = Everything in the file is added as new records with new ids, so the same file can be imported again, as trainers do with templates. This workspace's organisation details and settings are kept.
import-copy-button = Add as a copy
import-cancel-title = Cancel
import-cancel-help = Leave the workspace as it is and forget the file.
import-cancel-button = Cancel the import
import-replaced = Imported { $file }: the workspace was replaced.
import-merged = Merged { $file } into the workspace.
import-copied =
    { $count ->
        [one] Added { $file } as a copy (1 objective).
       *[other] Added { $file } as a copy ({ $count } objectives).
    }
import-cancelled = Import cancelled; nothing changed.
import-apply-failed = The import could not be applied: { $reason }
