## Objective detail

objective-not-found = This objective does not exist; it may have been deleted.
back-to-register = Back to the register
section-identity = Objective
section-place = Level and place
section-policy = Policy statements it supports (6.2.1 a)
section-requirements = Requirements it takes into account (6.2.1 c)
section-kpis = KPIs: how it is measured (6.2.1 b)
section-record = Record
field-code = Code
field-code-help = A short, unique reference such as S1 or T1.2.
field-title = Title
field-description = Description
field-level = Level
field-parent = Parent objective
field-parent-none = (no parent)
field-parent-link = How it supports the parent
field-function = Function or unit
field-owner = Owner
field-status = Status
field-created = Created
field-updated = Last changed
children-list = Objectives below it
field-contributes-to = Also contributes to
field-contributes-none = (no other objective)
field-contributors = Also supported by
contribution-weight = weight { $weight } in its progress
contribution-unweighted = not counted in its progress
section-approval = Approval
approval-help = Who approved this version of the objective, and when. An approval is a record: it makes no revision.
no-policy-yet = No policy statements recorded yet.
add-policy-statements = Add policy statements
no-requirements-yet = No requirements recorded yet.
add-requirements = Add requirements
none-apply = No requirement applies to this objective
none-apply-reason = Why no requirement applies
kpi-name = Name
kpi-unit = Unit
kpi-baseline = Baseline
kpi-target = Target
kpi-target-low = Target, low end
kpi-target-high = Target, high end
kpi-direction = Direction
kpi-source = Data source
kpi-method = Method
kpi-frequency = Measured
kpi-target-date = Target date
kpi-boundary = Target boundary
kpi-milestone-help = A milestone needs only its target date. Record a measurement of 1 when it is achieved (0 while it is not yet).
kpi-number = KPI { $number }
add-kpi = Add a KPI
remove-kpi = Remove KPI
kpi-removed-notice = Removed KPI { $name }.
new-kpi-name = New KPI
no-kpis = No KPIs yet. An objective has to be measurable: add at least one KPI with a unit, a target and a date (a milestone needs only its date).
delete = Delete…
delete-title = Delete { $code }?
delete-leaf = This removes the objective and its KPIs. You can undo it.
delete-with-children =
    { $count ->
        [one] { $code } has 1 objective directly below it. What should happen to it?
       *[other] { $code } has { $count } objectives directly below it. What should happen to them?
    }
delete-move-up-to =
    { $children ->
        [one] Keep it and attach it to { $parent }
       *[other] Keep them and attach them to { $parent }
    }
delete-move-up-none =
    { $children ->
        [one] Keep it, without a parent
       *[other] Keep them, without a parent
    }
delete-all =
    { $children ->
        [one] Delete it too ({ $total } objectives in all)
       *[other] Delete them too ({ $total } objectives in all)
    }
delete-confirm = Delete
deleted = Deleted { $code }.
move-dialog-title = Move { $code } to…
move-help = Only objectives at the same or a higher level, outside this objective's own branch, can be its parent.
move-dialog-loading = Loading the objectives you can choose from…
move-dialog-load-failed = The list of objectives could not be loaded. Check the connection, then close this dialog and try again. Your data is not affected.
move-no-parent = No parent
move-confirm = Move
moved = Moved { $code }.
parent-candidate = { $code } { $title } ({ $level })
contribution-choose = Choose an objective…
contribution-add-label = It also contributes to
contribution-add = Add the link
contribution-remove = Remove the link
contribution-weight-label = Weight
contribution-weight-help = Its weight in that objective's progress; empty: shown but not counted.
