// SixTwo's service worker: keeps this build's files so the app opens without a network, and
// hands over to a newer build only when the page asks (after it has saved the user's work).
//
// Trunk copies this file unchanged; in release builds `cargo xtask finish-dist` (Trunk's
// post_build hook) replaces the BUILD line below with the build's version and every file
// it contains. A new build therefore changes this file, which is how browsers notice it.
"use strict";

const BUILD = { version: "development", files: [] };

// Caches are shared by every app on the origin (say two sites on one GitHub Pages account):
// names carry this worker's scope so that only this copy's own old caches are removed.
const CACHE_PREFIX = `sixtwo:${self.registration.scope}:`;
const CACHE_NAME = `${CACHE_PREFIX}${BUILD.version}`;
const INDEX_URL = new URL("index.html", self.registration.scope).href;
const SCOPE_PATH = new URL(self.registration.scope).pathname;

self.addEventListener("install", (event) => {
  // All or nothing: if any file fails to load, this worker is discarded and the current one
  // stays. `cache: "no-cache"` revalidates with the server: the HTTP cache may hold an older
  // index.html (GitHub Pages lets browsers keep every file for ten minutes).
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      cache.addAll(
        BUILD.files.map((file) => new Request(new URL(file, self.location).href, { cache: "no-cache" })),
      ),
    ),
  );
  // No skipWaiting here: an open page keeps the build it started with until it reloads.
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      );
      // The first visit is controlled at once, so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  // Sent by the page after it has saved, when the user chose to reload into the new build.
  if (event.data && event.data.type === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigation(request, url));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

/** The app's page: the build this worker holds, the network if the cache is gone. */
async function navigation(request, url) {
  const cache = await caches.open(CACHE_NAME);
  const isAppPage = url.pathname === SCOPE_PATH || url.pathname === `${SCOPE_PATH}index.html`;
  if (isAppPage) {
    const cached = await cache.match(INDEX_URL);
    if (cached) return cached;
  }
  try {
    return await fetch(request);
  } catch (error) {
    // Offline: any page inside the scope opens the app (views live in the fragment).
    const cached = await cache.match(INDEX_URL);
    if (cached) return cached;
    throw error;
  }
}

/** This build's files never change under their names: the cached copy is the right one. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(request, { ignoreSearch: true });
  return cached ?? fetch(request);
}
