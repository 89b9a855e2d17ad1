## Clause 6.2 check: items, states, findings

item-policy = Consistent with the policy
item-measurable = Measurable
item-requirements = Applicable requirements
item-monitored = Monitored
item-communicated = Communicated
item-updated = Updated as appropriate
item-documented = Documented information
item-actions = What will be done
item-resources = Resources
item-responsible = Who is responsible
item-timing = When it will be completed
item-evaluation = How results are evaluated
state-met = Met
state-partly = Partly met
state-missing = Missing
list-separator = ,{" "}
list-last-separator = {" "}and{" "}
part-unit = a unit
part-target = a target
part-target-date = a target date
part-measurement-frequency = a measurement frequency for every KPI
part-review-schedule = a review frequency or the next review date
part-monitoring-method = the monitoring method
part-monitor = who monitors
part-audiences = the audiences
part-channels = the channels
part-evaluation-method = a method
part-success-criteria = success criteria
part-evaluator = an evaluator
part-date = an evaluation date
part-approved-by = the approver
part-approved-on = the approval date
find-policy-linked =
    { $count ->
        [one] Supports 1 policy statement.
       *[other] Supports { $count } policy statements.
    }
find-no-policy-link = Not linked to any policy statement.
find-no-kpi = No KPI: the objective cannot be measured yet.
find-kpi-incomplete = No KPI is measurable yet: "{ $kpi }" lacks { $missing }.
find-other-kpi-incomplete = Measurable, but KPI "{ $kpi }" lacks { $missing }.
find-kpis-measurable =
    { $count ->
        [one] 1 KPI, with its target and target date.
       *[other] { $count } KPIs, each with its target and target date.
    }
find-requirements-linked =
    { $count ->
        [one] Takes 1 requirement into account.
       *[other] Takes { $count } requirements into account.
    }
find-none-apply = Marked as having no applicable requirement.
find-no-requirement-link = No requirement taken into account, and none marked as not applying.
find-monitored-on = Measured and reviewed as arranged: last measured on { $measured }, last reviewed on { $reviewed }.
find-reviewed-on = Reviewed as arranged: last reviewed on { $reviewed }.
find-monitoring-incomplete = The monitoring arrangements lack { $missing }.
find-no-monitoring = No monitoring arrangements and no records.
find-no-monitoring-records = No measurement or review was recorded.
find-not-yet-monitored = Monitoring is arranged, but nothing has been measured or reviewed yet.
find-not-measured-yet = KPI "{ $kpi }" has never been measured.
find-no-review-yet = Measurements are recorded, but no review has been held.
find-measurement-overdue = KPI "{ $kpi }" was due to be measured on { $date } and has not been.
find-review-overdue = The review due on { $date } has not happened.
find-communicated-on = Communicated; last on { $date }.
find-not-communicated = Not communicated yet: the communication register has no record of it.
find-changed-since-communicated = Changed on { $changed }, after it was last communicated on { $last }.
find-update-cadence-kept = Reviewed for updates at the set cadence; the next review is due on { $date }.
find-no-update-cadence = Update triggers are set, but no review cadence: nothing makes sure the objective is looked at regularly.
find-no-update-rules = No review cadence and no update triggers.
find-update-overdue = Not reviewed since a review fell due on { $date }.
find-open-revision = Revision { $number } is not recorded yet: state the reason for the change.
find-updates-recorded =
    { $count ->
        [one] 1 revision, recorded with its reason.
       *[other] { $count } revisions, each recorded with its reason.
    }
find-approved = Approved by { $by } on { $date }.
find-still-draft = Still a draft: make it active once it is agreed.
find-no-revision = No revision record.
find-draft-without-revision = A draft without a revision record.
find-not-approved = The objective's approval lacks { $missing }.
find-changed-since-approval = Revision { $number } changed the objective after it was approved, and no one approved the change.
find-no-plan = No plan yet.
find-actions-planned =
    { $count ->
        [one] 1 action planned.
       *[other] { $count } actions planned.
    }
find-no-actions = No actions planned.
find-through-children =
    { $count ->
        [one] Delivered through 1 child objective, which has a plan.
       *[other] Delivered through { $count } child objectives, all with plans.
    }
find-children-not-planned =
    { $count ->
        [one] 1 of the { $total } child objectives that deliver the plan has no plan yet.
       *[other] { $count } of the { $total } child objectives that deliver the plan have no plan yet.
    }
find-no-child-planned =
    { $count ->
        [one] The child objective that delivers the plan has no plan yet.
       *[other] None of the { $count } child objectives that deliver the plan has a plan yet.
    }
find-through-children-without-children = The plan is to be delivered through child objectives, but there are none.
find-resources-named = Every action names the resources it needs.
find-actions-without-resources =
    { $count ->
        [one] 1 action has no resources.
       *[other] { $count } actions have no resources.
    }
find-no-resources = No resources determined.
find-responsible-complete = The objective and every action have someone responsible.
find-owner-responsible = The objective's owner is responsible; there are no actions to assign yet.
find-no-objective-owner = The objective has no owner.
find-actions-without-responsible =
    { $count ->
        [one] 1 action has no one responsible.
       *[other] { $count } actions have no one responsible.
    }
find-no-responsible = No one is responsible yet.
find-timing-complete = Every action has a due date.
find-actions-without-due-date =
    { $count ->
        [one] 1 action has no due date.
       *[other] { $count } actions have no due date.
    }
find-no-due-dates = No due dates.
find-evaluation-defined = The evaluation method and the success criteria are set.
find-evaluation-incomplete = The evaluation lacks { $missing }.
find-no-evaluation = How results will be evaluated is not decided yet.
practice-line = Good practice: { $advice }.
practice-no-baseline = record a baseline for KPI "{ $kpi }", so that progress can be shown
practice-no-measurement-method = say how KPI "{ $kpi }" is measured (a method or a data source)
practice-none-apply-without-reason = say why no requirement applies
practice-monitoring-details = add { $missing } to the monitoring arrangements
practice-no-communication-plan = plan the communication (it lacks { $missing })
practice-no-update-triggers = name the events that call for an update, such as changes to services, contracts or risks
practice-plan-not-approved = record the plan's approval (it lacks { $missing })
practice-no-corrective-action = plan a corrective action, because the objective is off track
practice-resources-without-amount =
    { $count ->
        [one] give the amount of 1 resource
       *[other] give the amounts of { $count } resources
    }
practice-resources-not-approved =
    { $count ->
        [one] record that 1 resource is approved or provided
       *[other] record that { $count } resources are approved or provided
    }
practice-actions-after-target =
    { $count ->
        [one] bring 1 action forward: it is due after the target date ({ $date })
       *[other] bring { $count } actions forward: they are due after the target date ({ $date })
    }
practice-evaluation-details = add { $missing } to the evaluation
practice-no-evaluation-result = record the result of the evaluation against the success criteria
basis-required = Required by clause 6.2
basis-required-note = Only required items are scored. Good practice is listed beside them and never counted.
basis-practice = Good practice
finding-empty-level = No { $level } objectives, and the level is not marked as not relevant.
finding-function-without = No objective is set for "{ $function }", and it is not marked as not relevant.
finding-register-not-approved = The approval of the objectives register lacks { $missing }.
finding-unaligned = { $code } is not linked to an objective above it.
findings-clear = Objectives exist at every relevant level and for every relevant function, the register is approved, and every objective is linked to one above it.
findings-required-clear = Objectives exist at every relevant level and for every relevant function, and the register is approved.
findings-practice-clear = Every objective below the strategic level is linked to one above it.
score-text = { $met } of { $total } required items met ({ $percent } %); { $partly } partly met.
practice-count =
    { $count ->
        [one] Good practice: 1 suggestion.
       *[other] Good practice: { $count } suggestions.
    }
practice-none = Good practice: nothing to add.
score-label = Items met
check-panel-title = Clause 6.2 check
check-establish = 6.2.1 Establishing the objective
check-plan = 6.2.2 Planning to achieve it
fix-link = Complete in the wizard: { $step }
fix-open-revision = Record the reason in the revision history
checklist-title = Clause 6.2 checklist
checklist-intro = Where each objective stands against clause 6.2. Every gap links to the wizard step where it is completed.
checklist-only-gaps = Show only objectives with gaps
checklist-register = The register as a whole
checklist-overall = Overall
checklist-objective = Objective
checklist-score = Score
checklist-empty = No objectives to check yet.
checklist-no-gaps = No objective has a gap.
checklist-caption = Clause 6.2 items for each objective
nav-checklist = Checklist

## Checklist

checklist-fix-short = Complete
checklist-fix-name = Complete in the wizard: { $item } ({ $code })
checklist-row-practice =
    { $count ->
        [one] 1 good-practice suggestion
       *[other] { $count } good-practice suggestions
    }
checklist-mark-not-relevant = Mark as not relevant
checklist-record-approval = Record the approval
checklist-row-score = { $met } of { $total }
checklist-not-checked = Cancelled and superseded objectives are left out of the clause 6.2 checklist.
column-check = Clause 6.2 met
check-not-checked = Not checked
finding-unaligned-more =
    { $count ->
        [one] 1 more objective is not linked to an objective above it.
       *[other] { $count } more objectives are not linked to an objective above them.
    }
