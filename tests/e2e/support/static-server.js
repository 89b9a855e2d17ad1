// A small static file server for the end-to-end tests and the benchmark. It serves a build
// (a directory) under a path prefix on loopback only, the way a static host without rewrite
// rules does (GitHub Pages): a folder's address without its slash is redirected, a folder
// serves its index.html, anything else that is not a file is 404 — unless `fallback` asks for
// index.html instead. Files are read on every request, so replacing them deploys a new build.
import { createServer } from "node:http";
import { cp, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The build under test: `SIXTWO_DIST`, else this checkout's dist/. */
export const DIST = resolve(
  process.env.SIXTWO_DIST ?? join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "..", "dist"),
);

/** The MIME types browsers need: application/wasm for streaming compilation, the manifest's. */
export const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

/** The port given to the test run (`PORT`, as in playwright.config.js). */
export const BASE_PORT = Number(process.env.PORT ?? 8089);

/**
 * A port for a spec's own server, derived from `PORT`: 20000 + 10 × (PORT mod 4000) + `offset`
 * (1…9). Each PORT owns ten ports of its own, far from the 8000s where PORTs are handed out,
 * so runs given other PORTs (PORT 8091 → 20910–20919, 8092 → 20920–20929) never collide.
 * Each spec file uses its own offsets.
 */
export function specPort(offset) {
  if (!Number.isInteger(offset) || offset < 1 || offset > 9) {
    throw new Error(`a spec's port offset is 1…9, not ${offset}`);
  }
  return 20000 + 10 * (BASE_PORT % 4000) + offset;
}

/**
 * Starts serving `root` at `http://127.0.0.1:<port><prefix>`.
 *
 * @param {object} options
 * @param {string} options.root the directory to serve
 * @param {number} options.port the loopback port
 * @param {string} [options.prefix] the folder the site lives in, "/" or "/name/"
 * @param {boolean} [options.fallback] serve index.html for paths that are not files
 * @param {Record<string, string>} [options.headers] extra response headers (say a CSP)
 * @returns {Promise<{origin: string, url: string, requests: {path: string, status: number}[],
 *   close: () => Promise<void>}>} `url` is the site's address; `requests` lists every request
 *   (path and status) in order; `close` stops the server and drops open connections.
 */
export async function startStaticServer({ root, port, prefix = "/", fallback = false, headers = {} }) {
  if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
    throw new Error(`prefix must start and end with "/": ${prefix}`);
  }
  const base = resolve(root);
  const requests = [];

  async function respond(request, response) {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const send = (status, extra = {}, body = undefined) => {
      requests.push({ path, status });
      response.writeHead(status, extra).end(body);
    };
    if (path === prefix.slice(0, -1) && prefix !== "/") {
      send(301, { Location: prefix });
      return;
    }
    if (!path.startsWith(prefix)) {
      send(404);
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      send(403);
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!path.endsWith("/")) {
        send(301, { Location: `${path}/` });
        return;
      }
      file = join(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      if (!fallback) {
        send(404);
        return;
      }
      file = join(base, "index.html");
    }
    const body = await readFile(file);
    send(
      200,
      {
        "Content-Type": MIME_TYPES[extname(file)] ?? "application/octet-stream",
        // Every request reaches this server, so a replaced file is seen at once.
        "Cache-Control": "no-cache",
        ...headers,
      },
      body,
    );
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, "127.0.0.1", resolveListen);
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    requests,
    close() {
      server.closeAllConnections();
      return new Promise((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

/**
 * A copy of the release build in a temporary folder, served from /sixtwo/ on `port`: a fresh
 * origin of its own, which a test may stop (`server.close()`) or change (`root`) freely.
 * `close` stops the server and deletes the copy.
 */
export async function deploySite(port) {
  const root = await mkdtemp(join(tmpdir(), "sixtwo-site-"));
  await cp(DIST, root, { recursive: true });
  const server = await startStaticServer({ root, port, prefix: "/sixtwo/" });
  return {
    root,
    server,
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
