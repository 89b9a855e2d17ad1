# A language whose messages are fetched when chosen could not be shown (the interface is then
# in English, so only the English texts are normally seen).
language-unreachable = The { $language } texts could not be downloaded (offline, or the request was blocked), so SixTwo is shown in English. Choose { $language } in the language menu to try again.
language-status = The { $language } texts could not be downloaded (the server answered { $status }), so SixTwo is shown in English. Choose { $language } in the language menu to try again.
language-other-build = The { $language } texts that arrived belong to another version of SixTwo, so SixTwo is shown in English. Reload the page to get the current version.
