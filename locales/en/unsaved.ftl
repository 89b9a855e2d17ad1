## Unsaved changes kept in the browser's database while storage is full

unsaved-kept-title = Changes kept in this browser
unsaved-kept = A copy of these changes is kept in this browser's database (IndexedDB, as of { $time }). If the page is closed or reloaded before they can be stored, SixTwo shows them again when it opens.
unsaved-restored-title = Unsaved changes restored
unsaved-restored-body = When this page was last left, the browser's storage was full, so your latest changes (kept at { $time }) were kept in this browser's database instead. They are shown again here. The stored workspace still holds the version before them until saving works again; Undo goes back to it.
unsaved-hide-note = Hide this note
unsaved-offered-title = Unsaved changes from an earlier visit
unsaved-offered-body = Changes kept at { $time } in this browser's database, while the browser's storage was full, were never stored. The workspace has changed since they were made, so restoring them replaces what is shown now (Undo brings it back).
unsaved-restore = Restore them
unsaved-download = Download them (JSON)
unsaved-discard = Discard them
unsaved-unreadable-title = Kept changes cannot be read
unsaved-unreadable-body = Changes kept in this browser's database while storage was full cannot be read: { $error }. They are left untouched. Download them to keep a copy, or discard them.
unsaved-unknown-time = an unknown time
