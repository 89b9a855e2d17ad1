## Register

register-title = Objectives register
filters = Filters
filter-level = Level
filter-status = Status
filter-function = Function or unit
filter-owner = Owner
filter-search = Search
filter-search-hint = Words in the code, title, description, owner, function or KPIs
filter-any = Any
filter-none = (none)
clear-filters = Clear filters
column-code = Code
column-title = Title
column-level = Level
column-status = Status
column-function = Function or unit
column-owner = Owner
column-parent = Parent
column-kpis = KPIs
column-updated = Last changed
sort-ascending = sorted ascending
sort-descending = sorted descending
register-count =
    { $total ->
        [one] Showing { $shown } of { $total } objective.
       *[other] Showing { $shown } of { $total } objectives.
    }
register-empty = No objectives yet.
register-no-match = No objective matches these filters.

## Tree

tree-title = Tree of objective levels
tree-label = Objectives by level
tree-help = Arrow keys move and open branches, Home and End jump to the first and last objective, Enter opens the objective, and typing jumps to a matching code or title.
tree-actions = Actions for the selected objective
tree-selected = Selected: { $name }
tree-nothing-selected = Select an objective in the tree.
expand-all = Expand all
collapse-all = Collapse all
unaligned-group = Not aligned ({ $count })
unaligned-help = Tactical and operational objectives should support an objective above them.
warning = Warning
move-to = Move to…
open-objective = Open
add-child = Add a child objective
tree-empty = No objectives yet.
kpis-at-a-glance = KPIs: { $list }
tree-also-contributes = Also contributes to { $codes }
no-kpis-short = No KPIs

## New objective

new-objective-title = New objective
new-objective-help = Start with the essentials. Links, KPIs and plans are added on the objective's own page.
create-objective = Create objective
created = Created { $code }.
