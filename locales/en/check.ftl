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
part-unit = unit
part-target = target
part-target-date = target date
part-baseline = baseline
part-method = method or data source
part-frequency = frequency
part-responsible = responsible person
part-next-review = next review date
part-audiences = audiences
part-channels = channels
part-evaluation-method = method
part-success-criteria = success criteria
part-evaluator = evaluator
part-date = date
find-policy-linked = Policy statements supported: { $count }.
find-no-policy-link = Not linked to any policy statement.
find-no-kpi = No KPI: the objective cannot be measured yet.
find-kpi-incomplete = KPI "{ $kpi }" lacks: { $missing }.
find-kpi-without-basis = Measurable, but KPI "{ $kpi }" still lacks: { $missing }.
find-kpis-complete =
    { $count ->
        [one] 1 KPI with unit, target, date, baseline and method.
       *[other] { $count } KPIs with unit, target, date, baseline and method.
    }
find-requirements-linked =
    { $count ->
        [one] Takes 1 requirement into account.
       *[other] Takes { $count } requirements into account.
    }
find-none-apply = No requirement applies, and the reason is recorded.
find-none-apply-without-reason = Marked as having no applicable requirement, but without a reason.
find-no-requirement-link = No requirement taken into account, and none marked as not applying.
find-monitoring-set = Monitored; next review on { $date }.
find-monitoring-incomplete = Monitoring lacks: { $missing }.
find-no-monitoring = No monitoring arrangements.
find-review-overdue = The review due on { $date } has not happened.
find-communicated-on = Communicated; last on { $date }.
find-not-yet-communicated = Audiences and channels are planned, but nothing has been communicated yet.
find-communication-incomplete = The communication plan lacks: { $missing }.
find-no-communication-plan = No communication planned.
find-update-rules-set = A review cadence or update triggers are set.
find-no-update-rules = No review cadence and no update triggers.
find-update-overdue = Not reviewed since a review fell due on { $date }.
find-active-with-revision = In force, with a revision record.
find-still-draft = Still a draft: make it active once it is agreed.
find-no-revision = No revision record.
find-draft-without-revision = A draft without a revision record.
find-no-plan = No plan yet.
find-actions-planned =
    { $count ->
        [one] 1 action planned.
       *[other] { $count } actions planned.
    }
find-no-actions = No actions planned.
find-resources-complete = Every action has approved resources with amounts.
find-actions-without-resources =
    { $count ->
        [one] 1 action has no resources.
       *[other] { $count } actions have no resources.
    }
find-resources-without-amount =
    { $count ->
        [one] 1 resource has no amount.
       *[other] { $count } resources have no amount.
    }
find-resources-not-approved =
    { $count ->
        [one] 1 resource is not approved yet.
       *[other] { $count } resources are not approved yet.
    }
find-no-resources = No resources determined.
find-responsible-complete = The objective and every action have someone responsible.
find-no-objective-owner = The objective has no owner.
find-actions-without-responsible =
    { $count ->
        [one] 1 action has no one responsible.
       *[other] { $count } actions have no one responsible.
    }
find-no-responsible = No one is responsible yet.
find-timing-complete = Every action has a due date within the target date.
find-actions-without-due-date =
    { $count ->
        [one] 1 action has no due date.
       *[other] { $count } actions have no due date.
    }
find-actions-after-target =
    { $count ->
        [one] 1 action is due after the target date ({ $date }).
       *[other] { $count } actions are due after the target date ({ $date }).
    }
find-no-due-dates = No due dates.
find-evaluation-complete = Method, success criteria, evaluator and date are set.
find-evaluation-incomplete = The evaluation lacks: { $missing }.
find-no-evaluation = How results will be evaluated is not decided yet.
finding-empty-level = No { $level } objectives.
finding-function-without = No objective is set for "{ $function }".
finding-unaligned = { $code } is not aligned to an objective above it.
findings-clear = Objectives exist at every level and for every function, and all are aligned.
score-text = { $met } of { $total } items met ({ $percent } %); { $partly } partly met.
score-label = Items met
check-panel-title = Clause 6.2 check
check-establish = 6.2.1 Establishing the objective
check-plan = 6.2.2 Planning to achieve it
fix-link = Complete in the wizard: { $step }
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
checklist-row-score = { $met } of { $total }
checklist-not-checked = Cancelled and superseded objectives are left out of the clause 6.2 checklist.
column-check = Clause 6.2 met
check-not-checked = Not checked
finding-unaligned-more =
    { $count ->
        [one] 1 more objective is not aligned to an objective above it.
       *[other] { $count } more objectives are not aligned to an objective above them.
    }
