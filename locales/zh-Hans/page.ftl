# index.html 在应用运行之前显示的文字（打开期间，以及没有 JavaScript 时）。
page-opening = 正在打开工作区…
page-opening-late = 仍在打开？如果页面一直没有变化，请重新加载。SixTwo 需要能运行 WebAssembly 的浏览器，例如新版 Chrome、Edge、Firefox 或 Safari。
page-noscript = SixTwo 需要启用 JavaScript 和 WebAssembly 才能运行。
