## Global search: the header's button, `/` and Ctrl+K open a dialog that finds objectives, KPIs,
## policy statements, requirements and communications

search-open = Search
search-open-hint = Search the workspace (/ or Ctrl+K)
search-title = Search
search-label = Find objectives, KPIs, policy statements, requirements and communications
search-help = Up and down arrows choose a result, Enter opens it, Escape closes the search.
search-results = Results
search-kind-objective = Objectives
search-kind-kpi = KPIs
search-kind-policy = Policy statements
search-kind-requirement = Requirements
search-kind-communication = Communications
search-field-code = Code
search-field-title = Title
search-field-description = Description
search-field-owner = Owner
search-field-function = Function
search-field-unit = Unit
search-field-data-source = Data source
search-field-method = Method
search-field-notes = Notes
search-field-audience = Audience
search-field-channel = Channel
search-field-by-whom = By whom
search-count =
    { $count ->
        [one] One result.
       *[other] { $count } results.
    }
search-count-capped =
    { $count ->
        [one] One result.
       *[other] The first { $shown } of { $count } results: type more to narrow them down.
    }
search-none = Nothing matches “{ $query }”.
search-close = Close
