// The "floor" of the benchmark: a plain-JavaScript page, served from the app's origin, that
// reads the same stored text as the app (unpacking SixTwo's compact stored form, src/io/compact.rs,
// with the browser's own DecompressionStream), JSON.parses it and draws the same rows with DOM
// calls: the register's table with its "Showing N of M" line (#/register) or the level tree's
// items (#/tree). It satisfies the same "usable" conditions as the app in probe.mjs, so one probe
// times both. `?rows=N` draws N rows (the number the app itself rendered); a plain text field
// (#floor-input) gives the keystroke floor.
//
// Nothing else: no framework, no checks, no state. Whatever the app spends above this is the
// price of being an app.

export const FLOOR_PATH = "/bench-floor.html";

export function floorHtml(workspaceKey) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SixTwo benchmark floor</title></head>
<body>
<label for="floor-input">Search</label> <input id="floor-input" type="search">
<p data-testid="register-count"></p>
<main id="floor"></main>
<script>
(async () => {
  const raw = localStorage.getItem(${JSON.stringify(workspaceKey)});
  let json = raw;
  if (raw !== null && raw.startsWith('{"format":"sixtwo-stored"')) {
    const newline = raw.indexOf("\\n");
    const header = JSON.parse(raw.slice(0, newline));
    const bytes = new Uint8Array(header.packedBytes);
    let buffer = 0, held = 0, count = 0;
    for (let i = newline + 1; i < raw.length && count < header.packedBytes; i += 1) {
      buffer = (buffer << 15) | (raw.charCodeAt(i) - 0x20);
      held += 15;
      while (held >= 8 && count < header.packedBytes) {
        held -= 8;
        bytes[count++] = (buffer >> held) & 0xff;
      }
      buffer &= (1 << held) - 1;
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    json = await new Response(stream).text();
  }
  const envelope = JSON.parse(json);
  const objectives = envelope.workspace.objectives;
  const limit = Number(new URLSearchParams(location.search).get("rows")) || objectives.length;
  const main = document.getElementById("floor");
  if (location.hash.startsWith("#/tree")) {
    const byParent = new Map();
    for (const o of objectives) {
      const key = o.parent ?? null;
      if (!byParent.has(key)) byParent.set(key, []);
      byParent.get(key).push(o);
    }
    const tree = document.createElement("ul");
    tree.setAttribute("role", "tree");
    let drawn = 0;
    const draw = (parent, level, into) => {
      const children = byParent.get(parent) ?? [];
      children.forEach((o, index) => {
        if (drawn >= limit) return;
        drawn += 1;
        const item = document.createElement("li");
        item.setAttribute("role", "treeitem");
        item.setAttribute("aria-level", String(level));
        item.setAttribute("aria-setsize", String(children.length));
        item.setAttribute("aria-posinset", String(index + 1));
        const hasChildren = byParent.has(o.id);
        if (hasChildren) item.setAttribute("aria-expanded", "true");
        item.textContent = o.code + " " + o.title;
        into.appendChild(item);
        if (hasChildren) {
          const group = document.createElement("ul");
          group.setAttribute("role", "group");
          item.appendChild(group);
          draw(o.id, level + 1, group);
        }
      });
    };
    draw(null, 1, tree);
    main.appendChild(tree);
  } else {
    const table = document.createElement("table");
    table.className = "register";
    const head = table.createTHead().insertRow();
    for (const name of ["Code", "Title", "Level", "Owner", "Status", "Target date"]) {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const o of objectives.slice(0, limit)) {
      const row = body.insertRow();
      row.dataset.row = o.id;
      for (const value of [o.code, o.title, o.level, o.owner ?? "", o.status ?? "", o.targetDate ?? ""]) {
        row.insertCell().textContent = value;
      }
    }
    main.appendChild(table);
    document.querySelector('[data-testid="register-count"]').textContent =
      "Showing " + objectives.length.toLocaleString("en") + " of " + objectives.length.toLocaleString("en") + " objectives.";
  }
})().catch((error) => {
  if (window.__bench) window.__bench.failed = "floor page: " + error;
});
</script>
</body></html>`;
}
