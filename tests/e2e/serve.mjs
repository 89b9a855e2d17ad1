// Serves the built app (support/static-server.js: SIXTWO_DIST, else dist/) at the root of
// 127.0.0.1:$PORT for the end-to-end tests and the benchmark. Paths that are not files get
// index.html, as many hosts are configured to do.
import { DIST, startStaticServer } from "./support/static-server.js";

const port = Number(process.env.PORT ?? 8089);
const server = await startStaticServer({ root: DIST, port, fallback: true });
console.log(`serving ${DIST} on ${server.url}`);
