## Team sync while its code is fetched (release builds fetch it when a workspace with sync opens)

sync-status-loading = Starting team sync…
sync-status-code-unavailable = Team sync could not start: its part of SixTwo could not be loaded. It tries again in a moment and when the connection is back. Your data is not affected.
