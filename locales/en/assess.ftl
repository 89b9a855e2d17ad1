# The clause 6.2 self-assessment and the clause-at-a-glance page.

assess-nav = Self-assessment
assess-title = Self-assessment (clause 6.2)
assess-intro = Rate how far each item of clause 6.2 is in place: not in place, partly, largely or fully, or not applicable with the reason. Where this workspace already holds evidence, the question shows it and proposes an answer; you decide. Every answer below "fully" becomes an improvement action that can be added to an objective's plan.
assess-start = Start a self-assessment
assess-new-title = New self-assessment
assess-date = Date of the assessment
assess-assessor = Assessed by
assess-question-legend = { $number }. { $clause } { $question }
assess-kind-required = Required by clause 6.2
assess-kind-practice = Good practice (not required by clause 6.2)
assess-look-for = Evidence to look for
assess-in-workspace = In this workspace
assess-no-evidence = This workspace holds no evidence for this question: answer from what you know.
assess-proposal = Proposed answer: { $level }
assess-use-proposal = Use the proposed answer
assess-level-not-in-place = Not in place
assess-level-partly = Partly
assess-level-largely = Largely
assess-level-fully = Fully
assess-level-not-applicable = Not applicable
assess-level-unanswered = Not answered
assess-note = Note (optional)
assess-reason = Why it does not apply (required)
assess-action-heading = Improvement action
assess-action-what = What will be done
assess-action-who = Who
assess-action-when = By when
assess-save = Save the assessment
assess-saved = Self-assessment of { $date } saved.
assess-form-problems = The assessment was not saved: answer "not applicable" only with the reason.
err-not-applicable-reason-empty = Say why the question does not apply.
err-assessment-not-found = That self-assessment no longer exists.
change-assessment-added = save a self-assessment
change-assessment-edited = edit a self-assessment
change-assessment-removed = delete a self-assessment
conflict-record-assessment = self-assessment of { $date }

assess-q-levels = Are objectives set at each relevant function and level (strategic, tactical, operational), not only at the top?
assess-e-levels = A register that shows objectives per level and per function or unit; levels and functions without objectives marked not relevant, with the reason.
assess-a-levels = Set objectives at the levels and functions that have none, or record why they are not relevant.
assess-q-policy = Can each objective be traced to a commitment of the service management policy?
assess-e-policy = A link from every objective to the policy statement it supports; no policy commitment without an objective.
assess-a-policy = Link each objective to the policy statement it supports, and set objectives for commitments that have none.
assess-q-measurable = Is each objective measurable: a KPI with a unit, a target and a target date, or a yes/no milestone with a date?
assess-e-measurable = KPI definitions with unit, target and target date; a baseline and a method or data source make them easier to trust.
assess-a-measurable = Give every objective a KPI with a unit, a target and a target date.
assess-q-requirements = Does each objective take account of the requirements that apply to it: service requirements, SLAs and contracts, legal duties, risks and opportunities (6.1)?
assess-e-requirements = A recorded link from each objective to the requirements it answers, or a statement that none applies and why.
assess-a-requirements = Record which requirements each objective takes into account, or why none applies.
assess-q-monitored = Are the objectives monitored: each KPI measured at its planned frequency and progress reviewed as planned?
assess-e-monitored = Measured values over time with no unexplained gaps against each KPI's frequency; dated review records with their decisions.
assess-a-monitored = Measure each KPI at its planned frequency and hold the planned progress reviews.
assess-q-communicated = Have the objectives, and each change to them, been communicated to the people who need to know?
assess-e-communicated = A communication record for each objective (what, to whom, how, when) dated after its latest change; staff who can name the objectives of their work.
assess-a-communicated = Communicate the objectives and their latest changes to the people concerned, and keep the record.
assess-q-updated = Are the objectives reviewed and updated as appropriate, with the reason of each change recorded?
assess-e-updated = A review cadence that is kept; update triggers such as service, contract or risk changes; a revision log with the date, reason and approver of each change.
assess-a-updated = Set a review cadence for each objective, keep it, and record the reason of every change.
assess-q-documented = Are the objectives kept as documented information, approved and with their revision history?
assess-e-documented = An approved objectives register (who and when); each objective in force and approved, with its revisions; changes after the approval approved too.
assess-a-documented = Approve the objectives register and each objective, and keep their revision history.
assess-q-actions = Is it planned, for each objective, what will be done to achieve it?
assess-e-actions = A plan for each objective with its actions, initiatives or projects, each traceable to the objective (or child objectives that carry the plan).
assess-a-actions = Write a plan of actions for each objective that has none.
assess-q-resources = Does each plan say what resources it needs (people, budget, tools, suppliers, time)?
assess-e-resources = The resources named for each planned action, with the amount where known.
assess-a-resources = Name the resources each planned action needs.
assess-q-responsible = Is someone responsible for each objective and for each planned action?
assess-e-responsible = A named owner for each objective and a responsible person for each action.
assess-a-responsible = Name an owner for each objective and someone responsible for each action.
assess-q-timing = Does each plan say when it will be completed?
assess-e-timing = A due date for each action, on or before the objective's target date; milestones for longer work.
assess-a-timing = Give each planned action a due date.
assess-q-evaluation = Does each plan say how its results will be evaluated, with success criteria set in advance?
assess-e-evaluation = An evaluation method and success criteria for each plan; who evaluates and when; the recorded result once evaluated.
assess-a-evaluation = Define for each plan how its results will be evaluated and what counts as success.
assess-q-resources-approved = Have the resources the plans need been approved or provided?
assess-e-resources-approved = Budget approvals, capacity allocations or purchase records for the planned resources.
assess-a-resources-approved = Get the planned resources approved and record the approval.
assess-q-management-review = Does management review consider how far the objectives are achieved, and decide what to do?
assess-e-management-review = Management review minutes that cover the achievement of objectives, with decisions and actions (clause 9.3).
assess-a-management-review = Put the achievement of objectives on the management review agenda and record the decisions.

assess-fact-item =
    { $count ->
        [one] Of the { $count } objective checked, { $met } meets { $clause } fully and { $partly } partly.
       *[other] Of the { $count } objectives checked, { $met } meet { $clause } fully and { $partly } partly.
    }
assess-fact-levels =
    { $count ->
        [one] { $covered } of { $count } relevant level has an open objective.
       *[other] { $covered } of { $count } relevant levels have an open objective.
    }
assess-fact-functions =
    { $count ->
        [one] { $covered } of { $count } relevant function has an open objective.
       *[other] { $covered } of { $count } relevant functions have an open objective.
    }
assess-fact-register-approved = The objectives register is approved.
assess-fact-register-not-approved = The objectives register is not approved: who approved it and when are not both recorded.
assess-fact-kpis =
    { $count ->
        [one] { $done } of { $count } KPI of active objectives was measured at its frequency throughout the last six months.
       *[other] { $done } of { $count } KPIs of active objectives were measured at their frequency throughout the last six months.
    }
assess-fact-plans =
    { $count ->
        [one] { $done } of { $count } objective has a plan that meets all five items of 6.2.2.
       *[other] { $done } of { $count } objectives have a plan that meets all five items of 6.2.2.
    }
assess-fact-resources =
    { $count ->
        [one] { $done } of { $count } planned resource is approved or provided.
       *[other] { $done } of { $count } planned resources are approved or provided.
    }

assess-result-title = Self-assessment of { $date }
assess-result-by = Assessed by { $name }.
assess-score =
    { $count ->
        [one] Required questions: { $percent } % ({ $points } of { $count } point).
       *[other] Required questions: { $percent } % ({ $points } of { $count } points).
    }
assess-unanswered-count =
    { $count ->
        [one] { $count } required question not answered.
       *[other] { $count } required questions not answered.
    }
assess-not-applicable-count =
    { $count ->
        [one] { $count } required question not applicable.
       *[other] { $count } required questions not applicable.
    }
assess-practice-count =
    { $count ->
        [one] Good practice: { $fully } of { $count } question answered "fully" (not in the score).
       *[other] Good practice: { $fully } of { $count } questions answered "fully" (not in the score).
    }
assess-scale-note = Points per required question: not in place 0, partly 1, largely 2, fully 3. Questions not applicable or not answered are left out; good-practice questions are counted apart.
assess-answers-heading = Answers
assess-col-question = Question
assess-col-answer = Answer
assess-col-note = Note
assess-actions-heading = Improvement actions
assess-no-actions = No answer is below "fully": there is no improvement action.
assess-action-what-missing = What will be done is not written yet.
assess-action-who-when = Who: { $who }. By: { $when }.
assess-not-set = not set
assess-add-to-plan = Add to plan
assess-plan-objective = Objective whose plan takes the action
assess-choose-objective = Choose an objective
assess-added-to = In the plan of { $code }.
assess-added = Action added to the plan of { $code }.
assess-print = Print or save as PDF
assess-delete = Delete this assessment
assess-deleted = Self-assessment deleted.
assess-open = Open the self-assessment of { $date }
assess-back = All self-assessments
assess-history-heading = Assessments
assess-none = No self-assessment yet.
assess-col-date = Date
assess-col-by = Assessed by
assess-col-score = Score
assess-trend-heading = Trend
assess-trend-needs-two = Take a second self-assessment to see the trend.
assess-trend-caption = Answers per question, oldest assessment first; the last column compares the two latest assessments.
assess-col-change = Change
assess-movement-up = ▲ better
assess-movement-down = ▼ worse
assess-movement-same = = unchanged
assess-overall = Score of required questions
assess-chart-label = Score of each self-assessment, in percent, oldest first
assess-chart-bar = { $date }: { $percent } %

glance-nav = Clause 6.2 at a glance
glance-title = Clause 6.2 at a glance
glance-intro = ISO/IEC 20000-1:2018 clause 6.2 in plain words: what each item asks (required), what auditors also look for (good practice, the same split as the check), the evidence that shows it, and how the managed-services example meets it (objective T1 "Raise customer satisfaction").
glance-establish-heading = 6.2.1 Establish service management objectives
glance-establish-lead = Objectives are set at the relevant functions and levels, kept as documented information, and each one meets items a) to f).
glance-plan-heading = 6.2.2 Plan to achieve them
glance-plan-lead = For each objective the organisation decides items a) to e).
glance-col-item = Item
glance-col-asks = What it asks
glance-col-practice = Good practice
glance-col-evidence = What shows it
glance-col-example = In the example
glance-levels-heading = The levels
glance-check-states = The check rates each item met, partly met or missing, from what clause 6.2 requires only; good practice is listed beside it and never counted.
glance-scale = The self-assessment rates each question not in place, partly, largely or fully (or not applicable, with the reason).
glance-open-check = Open the clause 6.2 checklist
glance-open-assess = Take the self-assessment
glance-item-levels = At the relevant functions and levels
glance-ask-levels = Objectives exist where they matter: at each relevant level (strategic, tactical, operational) and function, not only at the top.
glance-gp-levels = Lower objectives linked to the one they support above them.
glance-ex-levels = Nine objectives: three strategic (S1–S3), three tactical (T1–T3), three operational (O1–O3); T1 belongs to service delivery and supports S1.
glance-ask-policy = a) Consistent with the service management policy.
glance-gp-policy = Every policy commitment carried by at least one objective.
glance-ex-policy = T1 supports policy statement P1: meet the service levels we agree and the needs of our customers.
glance-ask-measurable = b) Measurable, where practicable.
glance-gp-measurable = A baseline, and a method or data source for each KPI.
glance-ex-measurable = Customer satisfaction from 82 to at least 90 points of 100, complaints handled in at most 24 hours and 85 % retention, each by its target date.
glance-ask-requirements = c) Takes the applicable requirements into account.
glance-gp-requirements = When none applies, the reason why.
glance-ex-requirements = Linked to SLA schedule B (response and resolution times) and to the key customers' requests from account reviews (CR-2026).
glance-ask-monitored = d) Monitored.
glance-gp-monitored = A monitoring method and someone who monitors.
glance-ex-monitored = Complaint time measured monthly, the survey and renewals quarterly; progress reviewed monthly in the service review.
glance-ask-communicated = e) Communicated.
glance-gp-communicated = A communication plan: audiences and channels.
glance-ex-communicated = Announced at the town hall, discussed in account reviews with key customers, and published on the KPI dashboard.
glance-ask-updated = f) Updated as appropriate.
glance-gp-updated = Update triggers besides the cadence.
glance-ex-updated = Reviewed quarterly, and also after a service, contract or risk change or a missed target; each change in the revision log with its reason.
glance-ask-documented = Kept as documented information (and, by clause 7.5, approved).
glance-gp-documented = A register with document control: owner, version, approval.
glance-ex-documented = Approved by the chief executive officer, with a revision log.
glance-ask-actions = a) What will be done.
glance-gp-actions = The plan approved; a corrective action when the objective is off track.
glance-ex-actions = Account managers for the 20 largest customers, a four-hour answer to every complaint, quarterly service reviews with key customers.
glance-ask-resources = b) What resources will be required.
glance-gp-resources = An amount for each resource, and the resources approved or provided.
glance-ex-resources = Two account managers, five days of tool configuration, team leads' time for complaint reviews, all approved.
glance-ask-responsible = c) Who will be responsible.
glance-gp-responsible = One named person rather than a team.
glance-ex-responsible = Owner: the service delivery manager; each action has its own responsible person.
glance-ask-timing = d) When it will be completed.
glance-gp-timing = Every action due by the objective's target date.
glance-ex-timing = Each action has a start and a due date, the last one by the KPIs' target date.
glance-ask-evaluation = e) How the results will be evaluated.
glance-gp-evaluation = Who evaluates and when; the result recorded.
glance-ex-evaluation = Compare the survey score, complaint times and renewals with the baseline each quarter; success is 90 points, 24 hours and 85 % by the target date.
