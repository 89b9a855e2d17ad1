## Policy and organisation

policy-title = Organisation and policy
organisation-section = Organisation
org-name = Organisation name
org-scope = Scope of the service management system
org-functions = Functions and units, one per line
not-relevant-section = Functions and levels without objectives
not-relevant-help = Clause 6.2.1 asks for objectives at the relevant functions and levels. Where none is needed, say why here; the checklist then no longer reports it. Leave a field empty when the function or level is relevant.
not-relevant-level = Why no { $level } objectives are needed
not-relevant-function = Why no objective is needed for "{ $function }"
document-section = Document control
doc-title = Document title
doc-version = Version
doc-owner = Document owner
doc-approved-by = Approved by
doc-approved-on = Approved on
policy-section = Service management policy
policy-help = List the commitments of your service management policy. Every objective must be consistent with at least one of them (6.2.1 a).
policy-reference = Number
policy-text = Statement
policy-statement-label = Policy statement { $reference }
add-policy = Add a statement
remove-policy = Remove
move-up = Move up
move-down = Move down
policy-empty = No statements yet.
policy-removed-notice = Removed policy statement { $reference }.
linked-objectives =
    { $count ->
        [one] Supported by 1 objective
       *[other] Supported by { $count } objectives
    }

## Requirements

requirements-title = Applicable requirements
requirements-help = Record the requirements your objectives must take into account (6.2.1 c): service requirements, SLA and contract clauses, legal and regulatory duties, risks and opportunities from clause 6.1, and the needs of interested parties and of your own management.
req-reference = Reference
req-title = Requirement
req-source = Source
req-notes = Notes
requirement-label = Requirement { $reference }
add-requirement = Add a requirement
remove-requirement = Remove
requirements-empty = No requirements yet.
requirement-removed-notice = Removed requirement { $reference }.
considered-by =
    { $count ->
        [one] Taken into account by 1 objective
       *[other] Taken into account by { $count } objectives
    }
