## Undo labels

change-organisation = change organisation details
change-policy-added = add a policy statement
change-policy-edited = edit a policy statement
change-policy-removed = remove a policy statement
change-policy-moved = reorder policy statements
change-requirement-added = add a requirement
change-requirement-edited = edit a requirement
change-requirement-removed = remove a requirement
change-objective-created = create { $code }
change-objective-edited = edit { $code }
change-objective-moved = move { $code }
change-objective-deleted = delete { $code }
change-objectives-deleted = delete { $code } and { $more } below it
change-kpi-added = add a KPI to { $code }
change-kpi-edited = edit a KPI of { $code }
change-kpi-removed = remove a KPI of { $code }
change-workspace-replaced = replace the workspace
change-plan-action-added = add an action to the plan of { $code }
change-plan-action-edited = edit an action of the plan of { $code }
change-plan-action-removed = remove an action from the plan of { $code }
