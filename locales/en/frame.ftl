## The app and its frame

app-name = SixTwo
app-tagline = Clause 6.2 objectives planner
skip-to-content = Skip to main content
main-navigation = Main
nav-home = Overview
nav-register = Register
nav-tree = Level tree
nav-policy = Policy
nav-requirements = Requirements
nav-data = Data
language-label = Language
undo = Undo
redo = Redo
undo-what = Undo: { $what }
redo-what = Redo: { $what }
nothing-to-undo = Nothing to undo
nothing-to-redo = Nothing to redo
undone = Undone: { $what }
redone = Redone: { $what }
close = Close
cancel = Cancel
no-script = SixTwo needs JavaScript and WebAssembly to run.

## Save status

save-status-label = Save status
save-fresh = Nothing to save yet
save-saved = Saved in this browser at { $time }
save-pending = Saving…
save-announced = All changes are saved in this browser.
save-not-saved = Not saved: { $reason }
save-read-only = Read-only: stored data needs your decision
save-memory-only = Memory only: not stored in this browser
reason-storage-full = browser storage is full
reason-conflict = changed in another tab
reason-failed = the browser refused to store it ({ $detail })

## Banners about storage

memory-only-title = Your work is not being stored
memory-only-body = This browser does not let SixTwo use its storage (a private window or blocked site data). Everything you do stays in this tab and is lost when you close it. Download your data to keep it.
storage-full-title = Browser storage is full
storage-full-body = Your latest changes are kept in this tab but could not be stored. Download your data now; then remove objectives or records you no longer need so that saving can resume.
download-data = Download data (JSON)
conflict-title = Changed in another tab
conflict-body = Another tab saved changes to records that this tab has changed too: { $records }. Choose whose version of these records to keep; every other change made in either tab is kept.
conflict-whole-body = Another tab saved a version that cannot be combined with the changes in this tab: together they would break a rule of the workspace ({ $problem }). Choose which version to keep; the other is replaced.
conflict-record-objective = objective { $code }
conflict-record-policy = policy statement { $reference }
conflict-record-requirement = requirement { $reference }
conflict-record-communication = communication of { $date }
conflict-record-organisation = the organisation's details
conflict-record-settings = the progress thresholds
conflict-unreadable-body = Another tab stored data that this version of SixTwo cannot read. This tab will not overwrite it unless you choose to.
conflict-use-theirs = Use the other tab's version
conflict-keep-mine = Keep this tab's version
conflict-download-mine = Download this tab's version
external-reloaded = Updated with changes saved in another tab.
external-merged = Changes saved in another tab were combined with the changes in this tab.
external-removed = The stored workspace was removed outside this tab. This tab keeps its copy and stores it again with your next change.

## Recovery screen

recovery-title = Stored data could not be read
recovery-intro = SixTwo found data in this browser that it cannot read. It has not changed or deleted that data, and it will write nothing until you decide what to do.
recovery-problem = What is wrong
recovery-download = Download the stored data
recovery-download-help = Keep a copy first: it can be repaired by hand or opened with a newer SixTwo.
recovery-start-empty = Start an empty workspace…
recovery-confirm-title = Replace the unreadable data?
recovery-confirm-body = The unreadable data will be overwritten the first time you change something. If you have not downloaded it yet, do that first.
recovery-confirm-yes = Start empty

## Not found

not-found-title = Page not found
not-found-body = There is nothing at this address.
go-home = Go to the overview

## A newer build of the app, installed by the service worker and waiting for a reload

update-available = A new version of SixTwo is available
update-body = Reload to start it. Your work is saved first; if it cannot be saved, SixTwo does not reload and tells you why.
update-reload = Reload
update-blocked-storage-full = Not reloaded: the browser's storage is full, so your latest changes are only in this tab and a reload would lose them. Download your data or free some space, then try again.
update-blocked-conflict = Not reloaded: another tab has saved changes to this workspace too. Choose which version to keep first, then try again.
update-blocked-memory-only = Not reloaded: this browser does not let SixTwo store data, so your work exists only in this tab and a reload would lose it. Download your data first.
update-blocked-failed = Not reloaded: your latest changes could not be stored ({ $detail }), and a reload would lose them. Download your data, then try again.
