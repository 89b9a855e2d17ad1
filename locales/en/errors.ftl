## Why stored data or a file cannot be read

decode-empty = The stored text is empty.
decode-compact-header = Its first line is not the header of stored SixTwo data this version understands.
decode-compact-unit = The compressed data was changed or cut: character { $position } after the first line cannot be part of it.
decode-compact-truncated = The compressed data was cut short: { $expected } bytes were expected, { $found } found.
decode-compact-damaged = The compressed data is damaged and cannot be unpacked.
decode-compact-length = Unpacked, it is { $found } bytes long where its first line says { $expected }.
decode-compact-not-text = Unpacked, it is not text (UTF-8).
decode-syntax = It is not valid JSON: { $message } (line { $line }, column { $column }).
decode-not-six-two = It is not a SixTwo workspace.
decode-not-six-two-found = It is a "{ $format }" document, not a SixTwo workspace.
decode-bad-version = Its schema version is missing or is not a whole number.
decode-header-revision = Its field { $field } must be a whole number of 0 or more, but it is { $found }.
decode-header-time = Its field { $field } must be a time such as 2026-11-24T09:30:00Z, but it is { $found }.
decode-too-deep = It nests lists and objects deeper than { $limit } levels, at { $path } (line { $line }, column { $column }).
decode-too-new = It was saved by a newer version of SixTwo (schema version { $version }); this version reads schema version { $current }. Open it with the newer SixTwo.
decode-migration = It could not be converted from schema version { $version }: { $message }
decode-field = The field { $path } is invalid: { $message }
decode-inconsistent = Its records contradict each other (problems found: { $total }):
problem-duplicate-id = { $path }: the id { $id } is used more than once
problem-duplicate-code = { $path }: the code { $code } is used more than once
problem-bad-code = { $path }: invalid code. { $reason }
problem-unknown-parent = { $path }: the parent { $id } does not exist
problem-own-parent = { $path }: the objective is its own parent
problem-cycle = { $path }: the parent links form a loop
problem-level-above-parent = { $path }: a { $level } objective cannot sit below a { $parent_level } objective
problem-unknown-contribution = { $path }: the objective { $id } it contributes to does not exist
problem-own-contribution = { $path }: the objective is linked as contributing to itself
problem-contribution-to-parent = { $path }: the link names the parent, to which the objective contributes already
problem-duplicate-contribution = { $path }: the same objective is linked twice
problem-level-above-contribution = { $path }: the objective is { $level } and cannot contribute to one that is { $target_level }
problem-contribution-cycle = { $path }: parent and "contributes to" links form a loop
problem-unknown-policy = { $path }: links to policy statement { $id }, which does not exist
problem-unknown-requirement = { $path }: links to requirement { $id }, which does not exist
problem-field = { $path }: { $reason }
problems-more = …and { $count } more.

## What is wrong in JSON text (the reader's own words, in decode-syntax and decode-field)

json-end-of-text = the text ends before the value does
json-expected-value = a value was expected here
json-invalid-literal = only true, false or null can be written here
json-expected-colon = a colon (:) must follow the key
json-expected-comma-or-end = a comma, or the end of the list or object, was expected
json-key-must-be-string = a key must be a string in double quotes
json-trailing-comma = a comma stands just before the end of a list or object
json-trailing-text = more text follows the end of the document
json-invalid-number = the number is not written as JSON writes numbers
json-invalid-escape = a backslash starts an escape that JSON does not know
json-control-character = a string holds a control character (such as a line break) that must be escaped
json-lone-surrogate = a \u escape holds half of a surrogate pair without its other half
json-too-deep = lists and objects nest too deeply
json-wrong-type = expected { $expected }, found { $found }
json-missing-field = the field { $field } is missing
json-duplicate-field = the field { $field } is given twice
json-unknown-name = "{ $found }" is none of { $expected }
json-out-of-range = the number is out of range
json-invalid-value = "{ $found }" is not { $expected }
json-type-null = null
json-type-bool = a boolean
json-type-number = a number
json-type-string = a string
json-type-array = a list
json-type-object = an object
json-expect-bool = true or false
json-expect-number = a number
json-expect-whole-number = a whole number of 0 or more
json-expect-string = a string
json-expect-array = a list
json-expect-object = an object
json-expect-null = null
json-expect-name = a name
json-expect-uuid = an id (a UUID)
json-expect-date = a date such as 2026-11-24
json-expect-pair = a list of two values
json-expect-time = a time such as 2026-11-24T09:30:00Z
json-expect-value = a value

## Refused changes

err-objective-not-found = That objective no longer exists.
err-policy-not-found = That policy statement no longer exists.
err-requirement-not-found = That requirement no longer exists.
err-kpi-not-found = That KPI no longer exists.
err-action-not-found = That action is no longer in the plan.
err-parent-not-found = The chosen parent objective no longer exists.
err-duplicate-id = That record already exists.
err-code-empty = Enter a code, such as S1 or T1.2.
err-code-too-long = A code has at most { $max } characters.
err-code-whitespace = A code cannot contain spaces.
err-code-control = A code cannot contain control characters such as tabs or line breaks (it contains { $code_point }).
err-code-taken = The code { $code } is already used by another objective.
err-title-empty = Enter a title.
err-kpi-name-empty = Enter a name for the KPI.
err-text-empty = Enter a text here, or remove the row.
err-dates-inverted = The start date is after the due date.
err-too-long = Use at most { $max } characters.
err-level-above-parent = A { $level } objective cannot sit below { $parent_code }, which is { $parent_level }. Choose another parent first.
err-child-above-level = { $child_code } below it is { $child_level }, which a { $level } objective cannot have as a child. Move { $child_code } first.
err-cycle = An objective cannot be moved below itself or one of its own children.
err-contribution-not-found = The objective it should also contribute to no longer exists.
err-contribution-to-self = An objective cannot contribute to itself.
err-contribution-to-parent = { $code } is the parent: the objective contributes to it already. Remove the link to { $code } first.
err-contribution-duplicate = { $code } is linked twice.
err-level-above-contribution = The objective is { $level } and cannot contribute to { $target_code }, which is { $target_level }.
err-contributor-above-level = { $contributor_code } contributes to this objective and is { $contributor_level }: it cannot contribute to an objective that is { $level }. Remove that link first.
err-contribution-cycle = { $code } already contributes to this objective, through its parents or links: the link would form a loop.
err-not-relevant-reason-empty = Say why the function or level is not relevant.
err-range-inverted = The low end of the range must not be above the high end.
err-not-finite = Enter a finite number.
err-number-too-large = Enter a number between -{ $max } and { $max }.
err-date-out-of-range = Enter a date between the years { $first } and { $last }.
err-inconsistent = The workspace was not loaded: problems found: { $count }.
err-nothing-to-do = There was nothing to change.
err-not-a-number = Enter a number such as 15 or 99.9.
err-not-a-date = Enter a date as YYYY-MM-DD.
# The title of a form's error summary.
form-problems =
    { $count ->
        [one] Nothing was saved: { $count } field needs attention.
       *[other] Nothing was saved: { $count } fields need attention.
    }
