#!/usr/bin/env node
// Where the wasm bytes go: reads the function names (the "name" section) and code sizes of
// cargo's release artefact (target/wasm32-unknown-unknown/release/sixtwo.wasm, left by
// `cargo xtask dist`; wasm-opt later drops the names and shrinks every function by a similar
// share) and prints the bytes per crate and per SixTwo module, the largest functions and the
// data segments. No tool beyond Node is needed (twiggy does the same with more detail).
//
//   node tests/e2e/bench/wasm-sizes.mjs [--wasm FILE] [--top N] [--depth N] [--strings] [--families] [--match TEXT]
//
// --strings also lists the longest runs of text in the data segments (messages, tables).
// --families also lists the largest families of monomorphised functions: Rust's legacy symbol
// names spell a generic function with its parameters' names (`Map<I,F>`), not the types they
// were instantiated with, so every instantiation of one generic function has the same name once
// the hash is dropped; the bytes of each name are summed and its instantiations counted.
// --match TEXT lists every function whose name contains TEXT, largest first.
// --callers TEXT lists, for the functions whose name contains TEXT, who calls them directly
// (`call`, not through the table), and their callers in turn, --depth levels up: which code
// keeps a function in the module.
// --compiled TRACE reads a timeline trace of a page load (`profile.mjs --trace-load` writes
// target/trace-load-<route>-<size>.json) of the build whose main module is --wasm (a
// `SIXTWO_KEEP_NAMES=1` dist's `sixtwo-<hash>_bg.wasm`: its function numbers are the served
// module's) and lists the functions V8 compiled lazily on the main thread before the view was
// usable (`wasm.CompileLazy`, which names the function's number), by crate and module: how many,
// their code bytes and the compile time the trace gives them.

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..", "..");
const options = { wasm: join(repoRoot, "target", "wasm32-unknown-unknown", "release", "sixtwo.wasm"), top: 40, depth: 3, strings: false, families: false, match: null, callers: null, compiled: null };
const args = process.argv.slice(2);
while (args.length) {
  const arg = args.shift();
  if (arg === "--wasm") options.wasm = resolve(args.shift());
  else if (arg === "--top") options.top = Number(args.shift());
  else if (arg === "--depth") options.depth = Number(args.shift());
  else if (arg === "--strings") options.strings = true;
  else if (arg === "--families") options.families = true;
  else if (arg === "--match") options.match = args.shift();
  else if (arg === "--callers") options.callers = args.shift();
  else if (arg === "--compiled") options.compiled = resolve(args.shift());
  else {
    console.log("Usage: wasm-sizes.mjs [--wasm FILE] [--top N] [--depth N] [--strings] [--families] [--match TEXT] [--callers TEXT] [--compiled TRACE]");
    process.exit(arg === "--help" ? 0 : 2);
  }
}

const bytes = readFileSync(options.wasm);
let at = 8;
function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return result;
  }
}
function name() {
  const length = leb();
  const text = bytes.toString("utf8", at, at + length);
  at += length;
  return text;
}

let importedFunctions = 0;
const bodies = [];
const names = new Map();
const sections = [];
let dataBytes = 0;
const dataSegments = [];
// Table slot → function, from active element segments with a constant offset (flags 0, or 2
// with a table index: what rustc and wasm-split write): a function pointer in Rust is its slot number.
const tableSlots = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const start = at;
  const end = start + size;
  if (id === 0) {
    const custom = name();
    sections.push({ name: `custom "${custom}"`, size });
    if (custom === "name") {
      while (at < end) {
        const sub = bytes[at++];
        const subSize = leb();
        const subEnd = at + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i += 1) {
            const index = leb();
            names.set(index, name());
          }
        }
        at = subEnd;
      }
    }
  } else {
    sections.push({ name: ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "data count"][id] ?? `#${id}`, size });
    if (id === 2) {
      const count = leb();
      for (let i = 0; i < count; i += 1) {
        name();
        name();
        const kind = bytes[at++];
        if (kind === 0) {
          leb();
          importedFunctions += 1;
        } else if (kind === 1) {
          at += 1;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) {
          at += 2;
        }
      }
    } else if (id === 10) {
      const count = leb();
      for (let i = 0; i < count; i += 1) {
        const bodySize = leb();
        bodies.push({ index: importedFunctions + i, size: bodySize, start: at });
        at += bodySize;
      }
    } else if (id === 9) {
      const count = leb();
      for (let i = 0; i < count && at < end; i += 1) {
        const flags = leb();
        if (flags === 2) leb();
        if ((flags !== 0 && flags !== 2) || bytes[at] !== 0x41) break;
        at += 1;
        const offset = slebValue();
        at += flags === 2 ? 2 : 1;
        const length = leb();
        for (let j = 0; j < length; j += 1) tableSlots.set(offset + j, leb());
      }
    } else if (id === 11) {
      dataBytes = size;
      const count = leb();
      for (let i = 0; i < count; i += 1) {
        const flags = leb();
        if (flags === 0) {
          // i32.const offset end
          at += 1;
          leb();
          at += 1;
        } else if (flags === 2) {
          leb();
          at += 1;
          leb();
          at += 1;
        }
        const length = leb();
        dataSegments.push({ length, start: at });
        at += length;
      }
    }
  }
  at = end;
}

/** Rust's legacy mangling (`_ZN3std2io5stdio6_print17h…E`) to its path components. */
function demangle(raw) {
  if (!raw.startsWith("_ZN")) return raw.split("::");
  const parts = [];
  let i = 3;
  while (i < raw.length && raw[i] !== "E") {
    let digits = "";
    while (/[0-9]/.test(raw[i])) digits += raw[i++];
    if (!digits) break;
    const length = Number(digits);
    parts.push(raw.slice(i, i + length));
    i += length;
  }
  return parts.filter((p) => !/^h[0-9a-f]{16}$/.test(p)).map((p) => p.replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$RF\$/g, "&").replace(/\$C\$/g, ",").replace(/\.\./g, "::").replace(/\$u7b\$/g, "{").replace(/\$u7d\$/g, "}"));
}

/** The crate (and SixTwo's module) a function belongs to: for generic code the crate whose
 * type it is instantiated for counts when that is SixTwo, so views land under SixTwo. */
function owner(parts) {
  const path = parts.join("::");
  const first = parts[0].replace(/^_?</, "").replace(/ as .*/, "");
  const crate = first.split("::")[0];
  if (crate === "sixtwo") return parts.slice(0, options.depth).join("::");
  if (/sixtwo::/.test(path)) return `${crate} (generic, for sixtwo)`;
  return crate;
}

const total = bodies.reduce((sum, b) => sum + b.size, 0);
const groups = new Map();
const functions = bodies.map((body) => {
  const raw = names.get(body.index) ?? `function[${body.index}]`;
  const parts = demangle(raw);
  const group = owner(parts);
  groups.set(group, (groups.get(group) ?? 0) + body.size);
  return { name: parts.join("::"), size: body.size, group };
});
const gzipOf = (slices) => gzipSync(Buffer.concat(slices), { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1).padStart(8)} KB`;

console.log(`${options.wasm}: ${bytes.length.toLocaleString("en")} bytes, gzip -9 ${gzipOf([bytes]).toLocaleString("en")}`);
console.log(`code ${total.toLocaleString("en")} bytes in ${bodies.length} functions; data ${dataBytes.toLocaleString("en")} bytes in ${dataSegments.length} segments (gzip ${gzipOf(dataSegments.map((s) => bytes.subarray(s.start, s.start + s.length))).toLocaleString("en")})`);
console.log("\n== sections");
for (const section of sections) console.log(`${kb(section.size)}  ${section.name}`);
console.log("\n== code by crate (SixTwo by module); gzip of the group's bodies alone");
const bodyBytes = (group) => bodies.filter((_, i) => functions[i].group === group).map((b) => bytes.subarray(b.start, b.start + b.size));
for (const [group, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, options.top)) {
  console.log(`${kb(size)}  gzip ${kb(gzipOf(bodyBytes(group)))}  ${group}`);
}
console.log("\n== largest functions");
for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, options.top)) console.log(`${kb(f.size)}  ${f.name.slice(0, 160)}`);

if (options.families) {
  console.log("\n== largest families of instantiations (same generic function, summed); gzip of the family's bodies alone");
  const families = new Map();
  functions.forEach((f, i) => {
    const family = families.get(f.name) ?? { size: 0, count: 0, indexes: [] };
    family.size += f.size;
    family.count += 1;
    family.indexes.push(i);
    families.set(f.name, family);
  });
  const ranked = [...families].filter(([, family]) => family.count > 1).sort((a, b) => b[1].size - a[1].size).slice(0, options.top);
  for (const [familyName, family] of ranked) {
    const gzip = gzipOf(family.indexes.map((i) => bytes.subarray(bodies[i].start, bodies[i].start + bodies[i].size)));
    console.log(`${kb(family.size)}  gzip ${kb(gzip)}  ${String(family.count).padStart(5)}×  ${familyName.slice(0, 150)}`);
  }
}

if (options.match !== null) {
  const matching = functions.filter((f) => f.name.includes(options.match)).sort((a, b) => b.size - a.size);
  const sum = matching.reduce((total, f) => total + f.size, 0);
  console.log(`\n== functions whose name contains ${JSON.stringify(options.match)}: ${matching.length}, ${sum.toLocaleString("en")} bytes`);
  for (const f of matching.slice(0, options.top)) console.log(`${kb(f.size)}  ${f.name.slice(0, 160)}`);
}

/** The functions `body` calls directly: its instructions decoded (MVP, sign extension,
 * saturating conversions, bulk memory and reference types; no SIMD, which Rust's wasm32 default
 * target does not emit). */
function callees(body, constants) {
  at = body.start;
  const end = body.start + body.size;
  const found = new Set();
  const groupsOfLocals = leb();
  for (let i = 0; i < groupsOfLocals; i += 1) {
    leb();
    at += 1;
  }
  while (at < end) {
    const op = bytes[at++];
    if (op === 0x02 || op === 0x03 || op === 0x04) {
      const type = bytes[at];
      if (type === 0x40 || type >= 0x6f) at += 1;
      else sleb();
    } else if (op === 0x0c || op === 0x0d || (op >= 0x20 && op <= 0x26) || op === 0xd2) leb();
    else if (op === 0x0e) {
      const count = leb();
      for (let i = 0; i <= count; i += 1) leb();
    } else if (op === 0x10) found.add(leb());
    else if (op === 0x11) {
      leb();
      leb();
    } else if (op >= 0x28 && op <= 0x3e) {
      leb();
      leb();
    } else if (op === 0x3f || op === 0x40 || op === 0xd0) at += 1;
    else if (op === 0x41) constants.add(slebValue());
    else if (op === 0x42) sleb();
    else if (op === 0x43) at += 4;
    else if (op === 0x44) at += 8;
    else if (op === 0x1c) {
      const count = leb();
      at += count;
    } else if (op === 0xfc) {
      const sub = leb();
      if (sub === 8) {
        leb();
        at += 1;
      } else if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) leb();
      else if (sub === 10) at += 2;
      else if (sub === 11) at += 1;
      else if (sub === 12 || sub === 14) {
        leb();
        leb();
      }
    } else if (op === 0xfd || op === 0xfe) throw new Error(`function ${body.index}: SIMD or atomics not decoded`);
  }
  return found;
}
function sleb() {
  let byte;
  do byte = bytes[at++];
  while (byte & 0x80);
}
function slebValue() {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return byte & 0x40 ? result - 2 ** shift : result;
}

if (options.callers !== null) {
  // A function in the table is reached through its slot number: a function that loads that
  // number as a constant probably takes its address (`format!` does so for each argument's
  // `Display::fmt`), shown as "&" below; a constant can also be an unrelated number.
  const slotsOf = new Map();
  for (const [slot, index] of tableSlots) {
    if (!slotsOf.has(index)) slotsOf.set(index, []);
    slotsOf.get(index).push(slot);
  }
  const callersOf = new Map();
  const takersOf = new Map();
  for (const body of bodies) {
    const constants = new Set();
    for (const callee of callees(body, constants)) {
      if (!callersOf.has(callee)) callersOf.set(callee, new Set());
      callersOf.get(callee).add(body.index);
    }
    for (const constant of constants) {
      const index = tableSlots.get(constant);
      if (index === undefined) continue;
      if (!takersOf.has(index)) takersOf.set(index, new Set());
      takersOf.get(index).add(body.index);
    }
  }
  const nameOf = (index) => functions[index - importedFunctions]?.name ?? `import[${index}]`;
  const sizeOf = (index) => functions[index - importedFunctions]?.size ?? 0;
  const targets = bodies.filter((b) => functions[b.index - importedFunctions].name.includes(options.callers));
  console.log(`\n== who calls the ${targets.length} functions whose name contains ${JSON.stringify(options.callers)} (${options.depth} levels up)`);
  const shown = new Set();
  const walk = (index, level, how) => {
    const indent = "  ".repeat(level);
    const callers = [...(callersOf.get(index) ?? [])];
    const takers = [...(takersOf.get(index) ?? [])];
    const again = shown.has(index);
    const inTable = slotsOf.has(index) ? "  [in the table]" : "";
    console.log(`${indent}${how}${kb(sizeOf(index))}  ${nameOf(index).slice(0, 150)}${inTable}${again ? "  (above)" : ""}`);
    if (again || level >= options.depth) return;
    shown.add(index);
    for (const caller of callers) walk(caller, level + 1, "");
    for (const taker of takers) walk(taker, level + 1, "& ");
  };
  for (const target of targets) walk(target.index, 0, "");
}

if (options.strings) {
  console.log("\n== longest text runs in the data segments");
  const runs = [];
  for (const segment of dataSegments) {
    let start = -1;
    for (let i = segment.start; i <= segment.start + segment.length; i += 1) {
      const c = i < segment.start + segment.length ? bytes[i] : 0;
      if (c >= 0x20 || c === 9 || c === 10) {
        if (start < 0) start = i;
      } else {
        if (start >= 0 && i - start >= 64) runs.push({ start, length: i - start });
        start = -1;
      }
    }
  }
  const inRuns = runs.reduce((sum, r) => sum + r.length, 0);
  console.log(`${runs.length} runs of 64+ bytes hold ${inRuns.toLocaleString("en")} bytes`);
  for (const run of runs.sort((a, b) => b.length - a.length).slice(0, options.top)) {
    console.log(`${kb(run.length)}  ${JSON.stringify(bytes.toString("utf8", run.start, run.start + 100))}`);
  }
}

if (options.compiled !== null) {
  const trace = JSON.parse(readFileSync(options.compiled, "utf8"));
  const events = trace.traceEvents ?? trace;
  const usable = events.filter((e) => e.name === "view-usable").map((e) => e.ts).sort((a, b) => a - b)[0] ?? Infinity;
  const mainThreads = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const compiled = events.filter((e) => e.name === "wasm.CompileLazy" && e.ts < usable && mainThreads.has(`${e.pid}:${e.tid}`) && e.args?.func_index !== undefined);
  const byIndex = new Map(bodies.map((body, i) => [body.index, i]));
  const compiledGroups = new Map();
  const rows = [];
  let unknown = 0;
  for (const event of compiled) {
    const i = byIndex.get(event.args.func_index);
    if (i === undefined) {
      unknown += 1;
      continue;
    }
    const f = functions[i];
    const ms = (event.tdur ?? event.dur ?? 0) / 1000;
    const group = compiledGroups.get(f.group) ?? { count: 0, size: 0, ms: 0 };
    group.count += 1;
    group.size += f.size;
    group.ms += ms;
    compiledGroups.set(f.group, group);
    rows.push({ ...f, ms });
  }
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  console.log(`\n== compiled lazily on the main thread before the view was usable: ${rows.length} functions, ${sum("size").toLocaleString("en")} bytes, ${sum("ms").toFixed(1)} ms (thread time)${unknown ? `; ${unknown} numbers not in this module: another build's trace?` : ""}`);
  for (const [group, g] of [...compiledGroups].sort((a, b) => b[1].size - a[1].size).slice(0, options.top)) {
    console.log(`${kb(g.size)}  ${String(g.count).padStart(5)} fns  ${g.ms.toFixed(1).padStart(7)} ms  ${group}`);
  }
  console.log("\n== the largest of them");
  for (const row of rows.sort((a, b) => b.size - a.size).slice(0, options.top)) console.log(`${kb(row.size)}  ${row.ms.toFixed(1).padStart(6)} ms  ${row.name.slice(0, 150)}`);
}
