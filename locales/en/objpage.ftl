# The objective page: its summary, the in-page section links and the plan, monitoring,
# communication and revision sections.

objpage-summary-title = Summary
objpage-summary-status = Status
objpage-summary-progress = Progress
objpage-summary-next-due = Next due
objpage-summary-score = Clause 6.2 score
objpage-summary-gaps =
    { $count ->
        [one] 1 gap
       *[other] { $count } gaps
    }
objpage-summary-no-gaps = No gaps
objpage-summary-see-check = See the check
objpage-next-action = Action “{ $what }”
objpage-next-measurement = Measurement of “{ $kpi }”
objpage-next-review = Review
objpage-next-due-line = { $what }: { $date } ({ $timing })
objpage-nothing-due-closed = Nothing: the objective is closed.
objpage-nothing-due = Nothing dated yet: no action due date, KPI frequency or next review is set.
objpage-nav-title = On this page
objpage-section-kpis = KPIs and charts (6.2.1 b)
objpage-section-plan = Plan (6.2.2)
objpage-section-monitoring = Monitoring (6.2.1 d)
objpage-section-communication = Communication (6.2.1 e)
objpage-section-revisions = Revisions
objpage-nav-kpis = KPIs and charts
objpage-nav-plan = Plan
objpage-nav-monitoring = Monitoring
objpage-nav-communication = Communication
objpage-nav-reviews = Reviews
objpage-nav-revisions = Revisions
objpage-nav-check = Clause 6.2 check
objpage-nav-details = Wording, place, policy and requirements
objpage-edit-plan = Edit the plan in the 6.2.2 wizard
objpage-edit-monitoring = Edit monitoring in the 6.2.1 wizard
objpage-edit-communication = Edit the communication plan in the 6.2.1 wizard
objpage-plan-none = No plan yet: what will be done, the resources, who is responsible, when it will be completed and how the results are evaluated are not recorded.
objpage-plan-start = Plan it in the 6.2.2 wizard (step a: actions)
objpage-plan-through-children = Achieved through its child objectives: each child's plan says what will be done, with what, by whom, when and how it is evaluated.
objpage-actions-title = What will be done
objpage-actions-caption = Actions of { $code }
objpage-actions-none = No action is recorded.
objpage-actions-add = Add actions (step a)
objpage-resources-none = None recorded
objpage-corrective = corrective
objpage-missing-resources =
    { $count ->
        [one] 1 open action has no resources.
       *[other] { $count } open actions have no resources.
    }
objpage-missing-responsible =
    { $count ->
        [one] 1 open action has nobody responsible.
       *[other] { $count } open actions have nobody responsible.
    }
objpage-missing-due =
    { $count ->
        [one] 1 open action has no due date.
       *[other] { $count } open actions have no due date.
    }
objpage-fix-resources = Add resources (step b)
objpage-fix-responsible = Name who is responsible (step c)
objpage-fix-dates = Set the dates (step d)
objpage-evaluation-title = How the results are evaluated
objpage-evaluation-none = How the results will be evaluated is not recorded.
objpage-evaluation-add = Record how results are evaluated (step e)
objpage-evaluation-result = Result
objpage-plan-approved = Plan approved
objpage-monitoring-none = How progress is monitored is not recorded: how often, the method or data source, and who monitors it.
objpage-monitoring-add = Record monitoring in the 6.2.1 wizard (step d)
objpage-kpi-sources = KPI data sources
objpage-kpi-sources-none = No KPI names a data source.
objpage-reported-through = Reported through
objpage-reported-through-text = the reviews recorded on this page (result, findings, decision and next review).
objpage-comm-plan-title = Communication plan
objpage-comm-plan-none = No communication plan: the audiences, the means, when and by whom are not recorded.
objpage-comm-plan-add = Plan communication in the 6.2.1 wizard (step e)
objpage-comm-means = Means
objpage-comm-caption = Communications about { $code }
objpage-comm-edit = Edit
objpage-comm-records-none = Nothing has been recorded as communicated about this objective.
objpage-show-all =
    { $count ->
        [one] Show all 1
       *[other] Show all { $count }
    }
objpage-show-latest =
    { $count ->
        [one] Show only the latest 1
       *[other] Show only the latest { $count }
    }
objpage-revisions-none = No revision is recorded yet.
objpage-revisions-list = Latest revisions
objpage-revision-changes =
    { $count ->
        [one] 1 change
       *[other] { $count } changes
    }
objpage-revisions-full = All revisions and what each changed
objpage-edit-kpi = Edit KPI
objpage-edit-details = Edit
objpage-kpi-goal = { $baseline } → { $target } by { $date }
objpage-kpi-milestone-goal = Milestone by { $date }
objpage-kpi-unit = Unit: { $unit }
objpage-kpi-source = Data source: { $source }
objpage-show-check = Show every item of the check
objpage-kpi-frequency = Measured: { $frequency }
objpage-place-reading = Function or unit: { $function } · Owner: { $owner }
