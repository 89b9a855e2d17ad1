# The texts index.html shows before the app runs: while it opens, and without JavaScript. Both
# languages stand side by side in index.html; tests/page_texts.rs keeps them equal to these.
page-opening = Opening your workspace…
page-opening-late = Still opening? If nothing changes, reload the page. SixTwo needs a browser that runs WebAssembly, such as a current Chrome, Edge, Firefox or Safari.
page-noscript = SixTwo needs JavaScript and WebAssembly to run.
