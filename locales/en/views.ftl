## Views loaded when first opened (release builds fetch their code then)

view-loading = Opening this view…
view-load-failed-title = This view could not be opened
view-load-failed-body = Its part of SixTwo could not be loaded. Check the connection, then try again. Your data is not affected.
view-load-retry = Try again
view-text-missing = (text not loaded)
