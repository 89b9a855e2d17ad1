## Find-the-nonconformity exercises, comparison with a model answer and the class view

exercise-change-findings = Exercise findings changed
exercise-catalog-no-key = The exercise “{ $id }” names no answer key, or one that is not a .json file inside the examples folder.
exercise-catalog-unknown-model = The exercise “{ $id }” is made from a model answer the list of examples does not have.
exercise-not-in-exercise = The workspace is not an exercise: load one first.
exercise-finding-logged = Finding logged.
exercise-finding-removed = Finding removed.
exercise-left = Left exercise mode; the findings are gone (Undo brings them back).
nav-training = Training
training-title = Training
training-help = Material for a class on clause 6.2: exercises in which trainees find the nonconformities planted in an example organisation, a comparison of any workspace with a model answer, and a class view of the files trainees hand in.
training-exercises-title = Find-the-nonconformity exercises
training-exercises-help = An exercise is a flawed version of an example organisation. While it is loaded, the score and the clause 6.2 check are hidden: look through the register, the objectives and their plans, log each nonconformity you find, then reveal the answers to see what you found, what you missed and why.
training-no-exercises = The list of examples offers no exercise.
training-load-exercise = Load the exercise
training-replace-title = Replace your workspace with the exercise?
training-links-title = Compare and class view
training-compare-link = Compare this workspace with a model answer or a file
training-class-link = Class view: the files of several trainees
exercise-title = Your findings
exercise-current = This workspace is an exercise. The score and the clause 6.2 check are hidden until you reveal the answers.
exercise-current-revealed = This workspace is an exercise; the answers are revealed.
exercise-subject = Objective, policy statement or requirement
exercise-item = Clause item
exercise-severity = Severity
exercise-note = Note: what you saw and where (optional)
exercise-log = Log the finding
exercise-subject-required = Choose what the finding is about.
exercise-findings-none = No findings logged yet.
exercise-findings-count =
    { $count ->
        [one] { $count } finding logged
       *[other] { $count } findings logged
    }
exercise-remove = Remove
severity-major = Major nonconformity
severity-minor = Minor nonconformity
severity-observation = Observation
severity-major-help = A requirement not met at all, or a breakdown that puts the results of the service management system at risk.
severity-minor-help = A single lapse in meeting a requirement; the system still works.
severity-observation-help = Not a nonconformity: a weakness, or good practice not followed, that could become one.
exercise-reveal = Reveal the answers
exercise-hide = Hide the answers again
exercise-key-fetching = Fetching the answer key…
exercise-key-failed = The answer key cannot be used:
exercise-key-unreadable = The answer key { $file } cannot be read: { $reason }
exercise-result-title = Your result
exercise-found =
    { $count ->
        [one] Found { $found } of { $count } nonconformity in the answer key.
       *[other] Found { $found } of { $count } nonconformities in the answer key.
    }
exercise-missed =
    { $count ->
        [one] { $count } missed.
       *[other] { $count } missed.
    }
exercise-false =
    { $count ->
        [one] { $count } false finding (not in the key).
       *[other] { $count } false findings (not in the key).
    }
exercise-decoys =
    { $count ->
        [one] { $count } of them is a decoy: it looks wrong but conforms.
       *[other] { $count } of them are decoys: they look wrong but conform.
    }
exercise-severity-right =
    { $count ->
        [one] Severity right for { $right } of the { $count } found.
       *[other] Severity right for { $right } of the { $count } found.
    }
exercise-col-id = Key
exercise-col-subject = About
exercise-col-item = Clause item
exercise-col-severity = Severity
exercise-col-note = Note
exercise-col-verdict = Result
exercise-col-explanation = Explanation
exercise-your-findings-title = What became of your findings
exercise-key-title = The answer key
exercise-decoys-title = Looks wrong, but conforms
exercise-verdict-found = Found, severity right
exercise-verdict-found-wrong = Found, severity wrong (the key says: { $severity })
exercise-verdict-duplicate = Already found by an earlier finding
exercise-verdict-decoy = Not a nonconformity: this conforms
exercise-verdict-false = Not in the answer key
exercise-verdict-missed = Missed
exercise-print-worksheet = Worksheet to print
exercise-print-key = Answer key to print
exercise-leave = Leave exercise mode
exercise-check-hidden = The score and the clause 6.2 check are hidden while this exercise is under way.
exercise-check-hidden-link = Reveal the answers on the Training page
worksheet-title = Worksheet: find the nonconformities
worksheet-intro = Look through the organisation's policy, requirements, objectives, KPIs, measurements, reviews, communications, revisions and plans in SixTwo. For each nonconformity, write down what it is about (an objective's code, or a policy statement's or requirement's reference), the clause item it fails, its severity, and what you saw. Some things look wrong but conform.
worksheet-subjects-title = What there is to look at
worksheet-items-title = The items of clause 6.2
worksheet-severities-title = Severities
worksheet-blank-title = Your findings
answer-key-title = Answer key
printable-no-exercise = This workspace is not an exercise. Load one on the Training page first.
printable-back = Back to Training
comparison-title = Compare with a model answer
comparison-help = Objectives are matched by their code, so two copies made separately (whose records have different ids) compare objective by objective: what differs, and how the clause 6.2 check judges each item on either side. Nothing is merged; this workspace is not changed.
comparison-choose-file = Compare with a SixTwo file
comparison-with-model = Compare with the model answer
comparison-choose-workspace = Compare with another workspace of this browser
comparison-workspace-option =
    { $count ->
        [one] { $name } ({ $count } objective)
       *[other] { $name } ({ $count } objectives)
    }
comparison-workspace-unreadable = { $name } (cannot be read)
comparison-with-workspace = Compare with this workspace
comparison-no-other-workspace = This browser holds no other workspace. Create one on the Workspaces page to compare with it.
comparison-fetching = Fetching the model answer…
comparison-file-problem = { $file } cannot be compared:
comparison-this = This workspace
comparison-score = Score of the clause 6.2 check: this workspace { $a } %, “{ $name }” { $b } %; difference { $diff } percentage points.
comparison-differing =
    { $count ->
        [one] { $count } objective differs.
       *[other] { $count } objectives differ.
    }
comparison-only-this = Only in this workspace
comparison-only-other = Only in the other
comparison-col-code = Code
comparison-col-what = What
comparison-col-other = Other
comparison-col-item = Clause item
comparison-none = none
comparison-not-checked = not checked
comparison-no-differences = No differences.
comparison-stop = Stop comparing
comparison-diff-title = Title
comparison-diff-level = Level
comparison-diff-status = Status
comparison-diff-parent = Parent
comparison-diff-owner = Owner
comparison-diff-policy = Policy statements
comparison-diff-requirements = Requirements
comparison-diff-kpi-only = KPI “{ $name }”
comparison-diff-kpi-present = present
comparison-diff-kpi-target = Target of “{ $name }”
comparison-diff-kpi-measurements = Measurements of “{ $name }”
comparison-diff-actions = Planned actions
comparison-objective-score = Score
comparison-items-title = Items judged differently
class-title = Class view
class-help = Choose or drop the files your trainees exported (Data → Export). Each file is read with every check of an import and gets one row: the score of the clause 6.2 check, and for a file made from an exercise, its findings scored against the exercise's answer key. Nothing is merged into this workspace.
class-choose = Trainee files (one or more .json files)
class-drop = Drop trainee files here
class-files =
    { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
class-too-many = The class view takes { $max } files at most; the rest were left out.
class-col-file = File
class-col-organisation = Organisation
class-col-score = Score
class-col-found = Found
class-col-severity = Severity right
class-col-false = False findings
class-col-missed = Missed
class-not-exercise = Not made from an exercise
class-key-waiting = Waiting for the answer key
class-unreadable = Cannot be read
class-clear = Remove all files
class-none = No files yet.
key-problem-syntax = it is not valid JSON or a field is of the wrong kind: { $message } (line { $line }, column { $column }).
key-problem-not-key = it is not an answer key.
key-problem-too-new = it was written for a newer SixTwo (answer key version { $version }); reload to get the newest version of the app.
key-problem-other-exercise = it is the key of another exercise (“{ $found }”).
key-problem-entry-empty-id = its entry { $id } has no id.
key-problem-entry-duplicate-id = the id { $id } is used by two entries.
key-problem-entry-empty-subject = its entry { $id } does not say what it is about (no subject).
key-problem-entry-no-english = its entry { $id } has no English explanation.
