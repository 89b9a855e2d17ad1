// A real CouchDB-protocol peer for the team sync specs: pouchdb-server (from npm, in memory,
// on the loopback address and a port derived from PORT), with helpers to create databases,
// read documents as the server holds them, and set sync up on the Team sync page.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "./app.js";

const require = createRequire(import.meta.url);

/** The status the Team sync page shows once it is up to date. */
export const UP_TO_DATE = "Up to date. Changes from the team arrive as they are made.";

/** `Authorization` header value for basic authentication. */
export function basic(name, password) {
  return `Basic ${Buffer.from(`${name}:${password}`).toString("base64")}`;
}

/**
 * Starts pouchdb-server on `port`. With `admin` ({ name, password }) the server leaves "admin
 * party": only that admin may create databases and users, and a database's `_security` object
 * decides who may read and write it.
 */
export async function startCouch(port, { admin } = {}) {
  const url = `http://127.0.0.1:${port}`;
  // pouchdb-server writes its config and log into its working folder: a temporary one.
  const dir = await mkdtemp(join(tmpdir(), "sixtwo-couch-"));
  const bin = require.resolve("pouchdb-server/bin/pouchdb-server");
  const child = spawn(process.execPath, [bin, "--in-memory", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: dir,
    stdio: "ignore",
  });
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      if (tries > 300) throw new Error(`pouchdb-server did not start on ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const couch = { url, child, dir, headers: {} };
  if (admin) {
    const made = await fetch(`${url}/_config/admins/${admin.name}`, {
      method: "PUT",
      body: JSON.stringify(admin.password),
    });
    expect(made.ok).toBe(true);
    couch.headers = { Authorization: basic(admin.name, admin.password) };
  }
  return couch;
}

export async function stopCouch(couch) {
  if (!couch) return;
  couch.child.kill();
  if (couch.child.exitCode === null) await once(couch.child, "exit");
  await rm(couch.dir, { recursive: true, force: true });
}

/** A request to the server as its admin (or anyone, on an open server); the JSON answer. */
export async function couchFetch(couch, path, { method = "GET", body } = {}) {
  const response = await fetch(`${couch.url}${path}`, {
    method,
    headers: { ...couch.headers, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

let databases = 0;

/** A new, empty database on the server; with `members`, only they (and the admin) may use it. */
export async function newDatabase(couch, { members } = {}) {
  databases += 1;
  const name = `team-${databases}-${Date.now()}`;
  expect((await couchFetch(couch, `/${name}`, { method: "PUT" })).status).toBe(201);
  if (members) {
    const security = { admins: { names: [], roles: [] }, members: { names: members, roles: [] } };
    expect((await couchFetch(couch, `/${name}/_security`, { method: "PUT", body: security })).status).toBe(200);
  }
  return name;
}

/** Creates the user `name` with `password` in `_users`. */
export async function newUser(couch, name, password) {
  const user = { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: "user" };
  const made = await couchFetch(couch, `/_users/${encodeURIComponent(user._id)}`, { method: "PUT", body: user });
  expect(made.status).toBe(201);
}

/**
 * Fills the Team sync page's form and starts syncing. `auth` is "none", "session" or "basic";
 * `waitFor` the status to wait for (none when null).
 */
export async function fillSyncForm(app, couch, database, { auth = "none", user, password, waitFor = UP_TO_DATE } = {}) {
  const page = app.page;
  await app.open("#/sync");
  await expect(app.heading).toHaveText("Team sync");
  await page.getByLabel("Server address").fill(couch.url);
  await page.getByLabel("Database", { exact: true }).fill(database);
  const choice = {
    none: "None: the database is open to anyone who can reach it",
    session: "Name and password, kept as a session cookie (CouchDB)",
    basic: "Name and password sent with every request (basic authentication)",
  }[auth];
  await page.getByLabel(choice).check();
  if (auth !== "none") {
    await page.getByLabel("User name").fill(user);
    await page.getByLabel("Password", { exact: true }).fill(password);
  }
  await page.getByRole("button", { name: "Start syncing" }).click();
  if (waitFor) await expect(page.getByTestId("sync-status")).toHaveText(waitFor, { timeout: 30_000 });
}

/**
 * Starts watching the requests `page` makes to `couch`, other than the long-poll for changes
 * (which stays open until the server has a change). Give the result to `endSession`.
 */
export function watchCouchRequests(page, couch) {
  const watch = { open: new Set(), lastActivity: Date.now() };
  const watched = (request) => request.url().startsWith(couch.url) && !request.url().includes("feed=longpoll");
  const settle = (request) => {
    if (watch.open.delete(request)) watch.lastActivity = Date.now();
  };
  page.on("request", (request) => {
    if (!watched(request)) return;
    watch.open.add(request);
    watch.lastActivity = Date.now();
  });
  page.on("requestfinished", settle);
  page.on("requestfailed", settle);
  return watch;
}

/**
 * Ends the browser's CouchDB session by deleting its cookies, once the replicator's round is
 * over (no request but the long-poll under way for half a second). The server sends a fresh
 * session cookie with every answer, so cookies deleted while a request is under way come back
 * with its answer, and the session would go on.
 */
export async function endSession(app, watch) {
  await expect
    .poll(() => watch.open.size === 0 && Date.now() - watch.lastActivity >= 500, { timeout: 30_000 })
    .toBe(true);
  await app.page.context().clearCookies();
}

/** The id of the stored objective with `code`. */
export async function objectiveId(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code).id;
}

/** Retitles objective `code` on its page, waits until it is stored, and returns. */
export async function retitle(app, code, title) {
  await app.open(`#/objectives/${await objectiveId(app, code)}`);
  // The wording is folded behind its "Edit" disclosure on the objective page.
  const wording = app.page.getByTestId("identity-fold");
  if ((await wording.getAttribute("open")) === null) await wording.locator("summary").click();
  await app.page.getByRole("textbox", { name: "Title" }).fill(title);
  await app.waitForSaved();
}

/** Waits until browser `app` has stored `title` for objective `code`. */
export async function expectTitle(app, code, title) {
  await expect.poll(async () => (await app.storedObjectives())[code]?.title, { timeout: 40_000 }).toBe(title);
}
