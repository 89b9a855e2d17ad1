// The in-page half of the benchmark. `probe` is installed with `context.addInitScript`, so it
// runs at document start, before the app's scripts, and keeps every timing in the page's own
// clock (`performance.now()`, 0 = navigation start). "Painted" means: the condition held in a
// `requestAnimationFrame` callback and a `setTimeout(0)` queued from it has run, i.e. the frame
// that shows the change has been produced.
//
// Nothing here may close over module scope: Playwright serialises the function's source.

export function probe(config) {
  if (location.origin !== config.origin || window.__bench) return;
  const now = () => performance.now();
  const B = (window.__bench = {
    started: now(),
    marks: {},
    longTasks: [],
    storageReads: [],
    keys: [],
    recordKeys: false,
    failed: null,
  });

  B.nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  // Long tasks (over 50 ms) on the main thread, from document start.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        B.longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch (error) {
    B.longTaskError = String(error);
  }

  // When the app has started: Trunk's loader fires this after `init()` (which runs `main`).
  addEventListener("TrunkApplicationStarted", (event) => {
    B.marks.appStarted = now();
    const memory = event.detail && event.detail.wasm && event.detail.wasm.memory;
    if (memory) B.wasmMemory = memory;
  });

  // How long the app's read of the stored workspace takes on the JavaScript side.
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key) {
    const start = now();
    const value = getItem.call(this, key);
    if (key === config.key) {
      B.storageReads.push({ start: Math.round(start), ms: +(now() - start).toFixed(2), units: value ? value.length : 0 });
    }
    return value;
  };

  // ----- "usable" conditions for the page the URL asks for -----

  const text = (selector) => {
    const element = document.querySelector(selector);
    return element ? element.textContent.trim() : "";
  };
  const conditions = {
    register: () =>
      document.querySelector("table.register [data-row]") !== null &&
      /^Showing [\d,]+ of [\d,]+ objectives\.$/.test(text('[data-testid="register-count"]')),
    tree: () => document.querySelector('[role="treeitem"]') !== null,
    objective: () => {
      const input = document.getElementById("objective-title");
      return input !== null && input.value.length > 0;
    },
    // Every rendered branch is open and the rendered rows reach the third level.
    expanded: () => {
      const items = document.querySelectorAll('[role="treeitem"]');
      let deep = false;
      for (const item of items) {
        if (item.getAttribute("aria-expanded") === "false") return false;
        if (Number(item.getAttribute("aria-level")) >= 3) deep = true;
      }
      return deep;
    },
    // No rendered branch is open (and some closed ones are rendered).
    collapsed: () => {
      let closed = false;
      for (const item of document.querySelectorAll('[role="treeitem"]')) {
        const expanded = item.getAttribute("aria-expanded");
        if (expanded === "true") return false;
        if (expanded === "false") closed = true;
      }
      return closed;
    },
  };
  B.conditions = conditions;

  const hash = location.hash;
  const view = hash.startsWith("#/register") ? "register" : hash.startsWith("#/tree") ? "tree" : hash.startsWith("#/objectives/") ? "objective" : null;
  B.view = view;

  if (view) {
    const check = () => {
      if (B.marks.usableDom !== undefined || B.failed) return true;
      const recovery = document.querySelector('[data-testid="recovery"]');
      if (recovery) {
        B.failed = `the app showed its recovery screen: ${recovery.textContent.trim().slice(0, 500)}`;
        return true;
      }
      if (!conditions[view]()) return false;
      B.marks.usableDom = now();
      B.nextPaint().then(() => {
        B.marks.usable = now();
      });
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    // A field's value set as a property is no mutation: look once a frame too.
    const everyFrame = () => {
      if (!check()) requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  }

  // ----- interaction timing -----

  /**
   * Arms a one-shot measurement: on the next click on a button labelled `label`, time from the
   * click's `event.timeStamp` (and, separately, from when the first listener saw it) to the
   * painted frame in which `conditions[name]()` holds.
   */
  B.armClick = (label, name) => {
    B.marks[name] = undefined;
    const onClick = (event) => {
      const button = event.target instanceof Element ? event.target.closest("button") : null;
      if (!button || button.textContent.trim() !== label) return;
      removeEventListener("click", onClick, true);
      const seen = now();
      const stamp = event.timeStamp > 0 && event.timeStamp <= seen ? event.timeStamp : seen;
      let frames = 0;
      const poll = () => {
        frames += 1;
        if (!conditions[name]()) {
          if (frames > 600) {
            B.failed = `${name}: condition not met within 600 frames`;
            return;
          }
          requestAnimationFrame(poll);
          return;
        }
        const dom = now();
        setTimeout(() => {
          const painted = now();
          B.marks[name] = {
            ms: +(painted - stamp).toFixed(1),
            fromHandlerMs: +(painted - seen).toFixed(1),
            domMs: +(dom - stamp).toFixed(1),
            inputDelayMs: +(seen - stamp).toFixed(1),
            frames,
            clickedAt: Math.round(stamp),
          };
        }, 0);
      };
      requestAnimationFrame(poll);
    };
    addEventListener("click", onClick, true);
  };

  // Keystroke → next painted frame, for every keydown while `recordKeys` is on.
  addEventListener(
    "keydown",
    (event) => {
      if (!B.recordKeys) return;
      const seen = now();
      const stamp = event.timeStamp > 0 && event.timeStamp <= seen ? event.timeStamp : seen;
      requestAnimationFrame(() =>
        setTimeout(() => {
          const painted = now();
          B.keys.push({ at: Math.round(stamp), ms: +(painted - stamp).toFixed(1), inputDelayMs: +(seen - stamp).toFixed(1) });
        }, 0),
      );
    },
    true,
  );
}

/** Runs in the page after a view is usable: what the report needs about the load. */
export function collectLoad() {
  const B = window.__bench;
  const usable = B.marks.usable;
  const wasmEntry = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"));
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    seedStart: B.seedStart,
    seedEnd: B.seedEnd,
    usableDom: B.marks.usableDom,
    usable,
    appStarted: B.marks.appStarted,
    storageReads: B.storageReads,
    wasmFetchEnd: wasmEntry ? wasmEntry.responseEnd : null,
    wasmTransfer: wasmEntry ? wasmEntry.encodedBodySize : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    longTasks: B.longTasks.filter((task) => task.start <= usable),
    rowsRendered: document.querySelectorAll("[data-row]").length,
    countText: (document.querySelector('[data-testid="register-count"]') || { textContent: "" }).textContent.trim(),
  };
}

/** Runs in the page: JS heap (after a forced GC from the driver) and wasm linear memory. */
export function collectMemory() {
  const B = window.__bench;
  const memory = performance.memory;
  return {
    usedJSHeapSize: memory ? memory.usedJSHeapSize : null,
    totalJSHeapSize: memory ? memory.totalJSHeapSize : null,
    wasmMemoryBytes: B.wasmMemory ? B.wasmMemory.buffer.byteLength : null,
  };
}
