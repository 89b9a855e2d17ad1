## Workspaces: the list of named workspaces, switching, creating, renaming, copying, deleting

nav-workspaces = Workspaces
workspaces-title = Workspaces
workspaces-intro = Each workspace is a separate set of objectives kept in this browser: a model answer, an exercise, your own organisation. Opening another workspace reloads this tab; undo steps, unfinished wizards and team sync stay with their own workspace.
workspaces-default-name = My workspace
workspaces-switch-label = Workspace
workspaces-list-caption = Workspaces in this browser
workspaces-col-name = Name
workspaces-col-objectives = Objectives
workspaces-col-saved = Last saved
workspaces-col-size = Storage used
workspaces-col-actions = Actions
workspaces-current = open in this tab
workspaces-objective-count =
    { $count ->
        [one] { $count } objective
       *[other] { $count } objectives
    }
workspaces-never-saved = Not saved yet
workspaces-unreadable = Cannot be read: kept exactly as stored. Download it, or open it to see what is wrong.
workspaces-size = { $units } units ({ $percent } % of the quota)
workspaces-open = Open
workspaces-open-label = Open { $name }
workspaces-rename = Rename
workspaces-rename-label = Rename { $name }
workspaces-rename-field = New name for { $name }
workspaces-rename-save = Save the name
workspaces-duplicate = Duplicate
workspaces-duplicate-label = Duplicate { $name }
workspaces-copy-name = { $name } (copy)
workspaces-delete = Delete…
workspaces-delete-label = Delete { $name }
workspaces-download = Download
workspaces-download-label = Download a backup of { $name }
workspaces-cancel = Cancel
workspaces-create-title = New workspace
workspaces-create-name = Name of the new workspace
workspaces-create-start = Start with
workspaces-start-empty = Nothing: an empty workspace
workspaces-start-example = An example organisation
workspaces-start-file = A file exported from SixTwo (JSON)
workspaces-example-label = Example
workspaces-file-label = File to start from
workspaces-create = Create and open
workspaces-create-fetching = Fetching the example…
workspaces-example-catalog-missing = The list of examples could not be fetched. Check the connection and try again.
workspaces-file-missing = Choose a file first.
workspaces-delete-title = Delete { $name }?
workspaces-delete-body = Its objectives, records, unfinished wizards and team sync settings are removed from this browser. Download a backup first: Undo is offered only until the notice closes or the page is left.
workspaces-delete-backup = Download a backup
workspaces-delete-confirm = Delete it
workspaces-deleted-notice = Deleted the workspace { $name }.
workspaces-restored-notice = The workspace { $name } is back.
workspaces-restore-failed = The workspace could not be put back: { $detail }
workspaces-duplicated-notice = Copied to { $name }.
workspaces-renamed-notice = Renamed to { $name }.
workspaces-switch-blocked = This tab still holds changes that could not be stored, so it stays on this workspace. Follow the message at the top of the page first.
workspaces-gone-notice = This workspace was deleted in another tab.
workspaces-gone-title = This workspace was deleted in another tab
workspaces-gone-body = What you see is kept in this tab only and is no longer saved. Keep it to store it again, download it, or open another workspace.
workspaces-gone-keep = Keep this workspace
workspaces-gone-download = Download it
workspaces-missing-link = The address names a workspace ({ $id }) that this browser does not hold: it was deleted, or the link comes from another browser. Showing { $name } instead.
workspaces-registry-title = The list of workspaces cannot be read
workspaces-registry-body = It is kept exactly as stored and is never overwritten. The first workspace works as usual; other workspaces cannot be opened, created or changed until the list is repaired. Download the list to keep it or to have it repaired.
workspaces-registry-download = Download the stored list
workspaces-bad-entries =
    { $count ->
        [one] { $count } entry of the list cannot be read. It is kept as stored and not shown; its data is not touched.
       *[other] { $count } entries of the list cannot be read. They are kept as stored and not shown; their data is not touched.
    }
workspaces-error-unreadable = The list of workspaces cannot be read, so it is not changed.
workspaces-error-empty-name = Give the workspace a name.
workspaces-error-name-too-long = The name is too long: at most { $max } characters.
workspaces-error-name-taken = Another workspace is already called { $name }.
workspaces-error-too-many = This browser already holds { $max } workspaces, the most SixTwo keeps. Delete one first.
workspaces-error-not-found = That workspace no longer exists (another tab may have deleted it).
workspaces-error-last-one = The only workspace cannot be deleted. Empty it on the Data page instead.
workspaces-error-no-free-id = No new id could be made. Try again.
workspaces-error-full = The browser's storage is full, so nothing was created. Export and delete a workspace you no longer need first.
workspaces-error-store = The browser refused to store it: { $detail }
workspaces-usage-this = Of which this workspace: { $used } UTF-16 units ({ $percent } % of the quota); the Workspaces page lists every workspace.
