## Team sync: the page, its form, status and conflicts

nav-sync = Team sync
sync-title = Team sync
sync-intro = Share this workspace with your team through a server that speaks the CouchDB replication protocol (Apache CouchDB, IBM Cloudant, PouchDB Server). Each browser keeps its own copy and works offline; changes go both ways whenever the server can be reached.
sync-server = Server address
sync-server-help = Such as https://couch.example.org. HTTPS is required, except for a server on this computer.
sync-database = Database
sync-database-help = One database per workspace. Lowercase letters first, then lowercase letters, digits and _ $ ( ) + - /.
sync-auth = Sign-in
sync-auth-session = Name and password, kept as a session cookie (CouchDB)
sync-auth-basic = Name and password sent with every request (basic authentication)
sync-auth-none = None: the database is open to anyone who can reach it
sync-user = User name
sync-password = Password
sync-password-help = Used only while this tab is open; never stored.
sync-start = Start syncing
sync-problem-empty = Fill this in.
sync-problem-not-address = Type an address that starts with https://.
sync-problem-not-https = Use https://. With http:// the password and the data would travel unencrypted; only a server on this computer (localhost) may use http://.
sync-problem-credentials = Leave the name and password out of the address and type them below.
sync-problem-query = Leave out anything after ? or #.
sync-problem-database = Use lowercase letters first, then lowercase letters, digits and _ $ ( ) + - / (at most 238 characters).
sync-problem-no-user = Type your user name on the server.
sync-with = Syncing with the database { $database } on { $server }.
sync-status-off = Team sync is off: this workspace is kept in this browser only.
sync-status-unreadable = The stored sync settings cannot be read. They are left untouched; stop syncing to remove them, then set sync up again.
sync-status-paused = Paused. Changes made here wait until you resume.
sync-status-syncing = Syncing…
sync-status-watching = Up to date. Changes from the team arrive as they are made.
sync-status-offline =
    { $count ->
        [one] The server cannot be reached. Changes made here are kept and go out when it is back; trying again in { $count } second.
       *[other] The server cannot be reached. Changes made here are kept and go out when it is back; trying again in { $count } seconds.
    }
sync-status-sign-in = The server asks you to sign in. Type your password to go on.
sync-status-no-database = The database does not exist on the server. Ask the server's administrator to create it.
sync-status-forbidden = The server does not let this user read or write the database: { $reason }
sync-status-server = The server answered with an error ({ $status } { $error }): { $reason }
sync-status-not-stored = This browser could not store the workspace or the sync data, so sync has stopped. Nothing was lost. Free some storage, then resume.
sync-last = Last synced: { $time }.
sync-never = Not synced yet.
sync-pending =
    { $count ->
        [one] { $count } change made here is not on the server yet.
       *[other] { $count } changes made here are not on the server yet.
    }
sync-pause = Pause
sync-resume = Resume
sync-stop = Stop syncing…
sync-stop-title = Stop syncing?
sync-stop-body = This browser stops syncing and forgets the server's settings. The workspace stays here as it is, and nothing is removed from the server.
sync-stop-confirm = Stop syncing
sync-sign-in = Sign in
sync-conflicts-title = Conflicts
sync-conflicts-intro = These records were changed here and by someone else since the last sync. Choose which version to keep: nothing is picked for you.
sync-field = Field
sync-mine = This browser
sync-theirs = The server
sync-keep-mine = Keep mine
sync-take-theirs = Take theirs
sync-take-failed = The server's version would break a rule here, so it was held aside instead.
sync-held-title = Held aside
sync-held-intro = These records from the server were not taken in because they would break a rule here. They are tried again with every sync: once the cause is fixed, on either side, they come in.
sync-held-unreadable = It is not a record SixTwo can read.
sync-held-too-new = It was written by a newer version of SixTwo (schema { $version }). Update SixTwo in this browser.
sync-held-orphan = Its objective or KPI is not in this workspace.
sync-held-unexplained = The workspace could not be read with it.
sync-refused = The server refused { $id }: { $reason }
sync-kind-workspace = Organisation and settings
sync-kind-policy = Policy statement
sync-kind-requirement = Requirement
sync-kind-objective = Objective
sync-kind-measurement = Measurement
sync-kind-review = Review
sync-kind-communication = Communication
sync-resolve = Resolve
sync-choose-first = Choose “Keep mine” or “Take theirs” first.
sync-status-other-tab = Another tab of this browser is syncing this workspace; its conflicts and errors are shown there. This tab shows when it last synced and takes over when that tab is closed.
