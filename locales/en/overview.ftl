## Overview

home-title = Overview
home-intro = SixTwo helps you set service management objectives at the right functions and levels and plan how to achieve them, as clause 6.2 of ISO/IEC 20000-1:2018 asks. Everything stays in this browser: there is no server and no account.
home-start-title = Start here
home-start-body = Your workspace is empty. Load the example organisation to see how strategic, tactical and operational objectives fit together, or begin with your own policy and objectives.
home-levels-title = Objectives by level
home-level-count =
    { $count ->
        [one] { $count } objective
       *[other] { $count } objectives
    }
home-unaligned =
    { $count ->
        [one] 1 tactical or operational objective is not aligned to an objective above it.
       *[other] { $count } tactical or operational objectives are not aligned to an objective above them.
    }
home-organisation = Organisation
home-no-organisation = No organisation recorded yet.
home-policy-count =
    { $count ->
        [one] 1 policy statement
       *[other] { $count } policy statements
    }
home-requirement-count =
    { $count ->
        [one] 1 applicable requirement
       *[other] { $count } applicable requirements
    }
load-example = Load the example
new-objective = New objective
record-policy = Record your policy
example-loaded = The example organisation was loaded.
replace-with-example-title = Replace your workspace with the example?
replace-with-example-body =
    { $count ->
        [one] Your workspace is not empty (1 objective). Loading the example replaces all of it. You can undo this.
       *[other] Your workspace is not empty ({ $count } objectives). Loading the example replaces all of it. You can undo this.
    }
replace = Replace
example-fetching = Fetching the example…
example-catalog-fetching = Fetching the list of examples…
example-offline = { $file } could not be fetched: this browser is offline and has not kept a copy yet. SixTwo keeps the examples for offline use once it has been opened with a connection; connect and try again.
example-status = { $file } could not be fetched: the server answered with error { $status }.
example-not-listed = The list of examples has no example called “{ $id }”.
example-file-unreadable = The example file { $file } cannot be read:
example-refused = The example could not replace your workspace: { $reason }
example-catalog-syntax = The list of examples cannot be read: { $message } (line { $line }, column { $column }).
example-catalog-not-catalog = The list of examples is not in SixTwo's format.
example-catalog-too-new = The list of examples was written for a newer SixTwo (catalogue version { $version }); reload to get the newest version of the app.
example-catalog-duplicate-id = The list of examples names the example “{ $id }” twice.
example-catalog-bad-id = The list of examples has an entry whose id (“{ $id }”) is not made of letters, digits and hyphens.
example-catalog-no-english = The example “{ $id }” has no English file, which every example needs.
example-catalog-bad-file = The example “{ $id }” names a file that is not a .json file inside the examples folder.
example-try-again = Try again
example-about = About this example
example-gaps = Gaps left in on purpose
example-in-english = This example is not written in your language; it is loaded in English.
example-hide-note = Hide this note

## The overview's agenda and dashboard

dash-intro = What is overdue and what falls due in the next 30 days, worked out from your dates each time SixTwo opens. Nothing is sent anywhere: open SixTwo to see your reminders.
dash-overdue-title = Overdue
dash-upcoming-title = Due in the next 30 days
dash-overdue-count = { $count } overdue, oldest first.
dash-upcoming-count = { $count } due, soonest first.
dash-nothing-overdue = Nothing overdue.
dash-nothing-upcoming = Nothing due in the next 30 days.
dash-column-when = When
dash-column-what = What to do
dash-column-objective = Objective
dash-showing = Showing { $shown } of { $total }.
dash-show-more = Show { $count } more
dash-days-overdue =
    { $days ->
        [one] 1 day overdue
       *[other] { $days } days overdue
    }
dash-due-today = Due today
dash-due-tomorrow = Due tomorrow
dash-due-in-days = Due in { $days } days
# The same inside a sentence, e.g. the objective page's "Review: 2026-12-18 (due in 12 days)".
dash-due-today-inline = due today
dash-due-tomorrow-inline = due tomorrow
dash-due-in-days-inline = due in { $days } days
dash-do-measure = Measure { $kpi }
dash-do-measure-unnamed = Measure a KPI
dash-do-review = Review the objective
dash-do-action = Complete the action: { $action }
dash-do-action-unnamed = Complete an action
dash-do-evaluation = Evaluate the results
dash-do-communicate-never = Communicate it (never communicated)
dash-do-communicate-change = Communicate the latest change
dash-attention-title = Off track or at risk
dash-attention-count = { $off } off track, { $risk } at risk.
dash-nothing-off-track = No active objective is off track or at risk.
dash-track-on-track = On track
dash-track-at-risk = At risk
dash-track-off-track = Off track
dash-track-not-measured = Not measured yet
dash-track-no-target = No target
dash-score-title = Clause 6.2 conformity
dash-score-percent = { $percent } % of required items met
dash-open-checklist = Open the clause 6.2 checklist
dash-counts-title = Objectives by level and status
dash-tracks-title = Active objectives by progress
dash-column-level = Level
dash-column-total = Total
dash-row-total = All levels
