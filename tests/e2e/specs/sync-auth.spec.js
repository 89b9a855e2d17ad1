// Team sync with sign-in, against pouchdb-server out of "admin party": an admin, a user in
// `_users`, and a database whose `_security` object lets only that user in. Session sign-in
// (`POST /_session`, then the cookie) and basic authentication both sync; the password is
// held in the tab's memory only, so it is in no storage, and after a reload basic
// authentication asks for it again while a session goes on with its cookie.
import { test, expect, App, expectNoAxeViolations } from "../support/app.js";
import { specPort } from "../support/static-server.js";
import {
  UP_TO_DATE,
  couchFetch,
  endSession,
  expectTitle,
  fillSyncForm,
  newDatabase,
  newUser,
  retitle,
  startCouch,
  stopCouch,
  watchCouchRequests,
} from "../support/couch.js";

const USER = "li";
const PASSWORD = "tea-for-two 7";
const SIGN_IN = "The server asks you to sign in. Type your password to go on.";

let couch;

test.beforeAll(async () => {
  couch = await startCouch(specPort(8), { admin: { name: "admin", password: "admin-secret" } });
  await newUser(couch, USER, PASSWORD);
});

test.afterAll(async () => {
  await stopCouch(couch);
});

/** Everything this tab keeps in localStorage and sessionStorage, as one text. */
async function everythingStored(app) {
  return app.page.evaluate(() => {
    const all = [];
    for (const storage of [window.localStorage, window.sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        all.push(key, storage.getItem(key));
      }
    }
    return all.join("\n");
  });
}

/** How many objective documents the server holds (read as its admin). */
async function objectivesOnServer(database) {
  const all = (await couchFetch(couch, `/${database}/_all_docs`)).json;
  return all.rows.filter((row) => row.id.startsWith("objective:")).length;
}

/** The title of objective `code` on the server (read as its admin). */
async function titleOnServer(app, database, code) {
  const envelope = await app.storedEnvelope();
  const id = envelope.workspace.objectives.find((o) => o.code === code).id;
  const doc = (await couchFetch(couch, `/${database}/${encodeURIComponent(`objective:${id}`)}`)).json;
  return doc.record?.title;
}

test("the database is closed to anyone not signed in", async () => {
  const database = await newDatabase(couch, { members: [USER] });
  const response = await fetch(`${couch.url}/${database}/_changes`);
  expect(response.status).toBe(401);
});

test("session sign-in syncs, keeps the password in no storage, and survives a reload", async ({ app, browser }) => {
  const database = await newDatabase(couch, { members: [USER] });
  const couchRequests = watchCouchRequests(app.page, couch);
  await app.loadExample();
  await app.waitForSaved();
  await fillSyncForm(app, couch, database, { auth: "session", user: USER, password: PASSWORD });
  await expect.poll(() => objectivesOnServer(database)).toBe(9);
  expect(await everythingStored(app)).not.toContain(PASSWORD);
  // The session cookie, not a stored password, keeps this browser signed in after a reload.
  await app.reload();
  await retitle(app, "S1", "Written after a reload");
  await expect.poll(() => titleOnServer(app, database, "S1"), { timeout: 40_000 }).toBe("Written after a reload");
  expect(await everythingStored(app)).not.toContain(PASSWORD);
  // The session ends (its cookie gone): the page asks for the password, and the edit waits.
  await endSession(app, couchRequests);
  await retitle(app, "S2", "Written while the session had ended");
  await app.open("#/sync");
  await expect(app.page.getByTestId("sync-status")).toHaveText(SIGN_IN, { timeout: 40_000 });
  await app.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await app.page.getByRole("button", { name: "Sign in" }).click();
  await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE, { timeout: 30_000 });
  await expect
    .poll(() => titleOnServer(app, database, "S2"), { timeout: 40_000 })
    .toBe("Written while the session had ended");

  // A second browser with a wrong password is asked again, and signs in.
  const context = await browser.newContext();
  try {
    const other = new App(await context.newPage());
    await other.open("#/");
    await fillSyncForm(other, couch, database, {
      auth: "session",
      user: USER,
      password: "not the password",
      waitFor: SIGN_IN,
    });
    expect(await other.storedObjectives()).toEqual({});
    await expectNoAxeViolations(other.page, "the sign-in form");
    await other.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await other.page.getByRole("button", { name: "Sign in" }).click();
    await expect(other.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE, { timeout: 30_000 });
    await expectTitle(other, "S1", "Written after a reload");
    expect(await everythingStored(other)).not.toContain(PASSWORD);
  } finally {
    await context.close();
  }
});

test("basic authentication syncs, and after a reload asks for the password again", async ({ app }) => {
  const database = await newDatabase(couch, { members: [USER] });
  await app.loadExample();
  await app.waitForSaved();
  await fillSyncForm(app, couch, database, { auth: "basic", user: USER, password: PASSWORD });
  await expect.poll(() => objectivesOnServer(database)).toBe(9);
  expect(await everythingStored(app)).not.toContain(PASSWORD);
  // The password lived in the tab's memory only: the reloaded tab must be given it again.
  await app.reload();
  await app.open("#/sync");
  await expect(app.page.getByTestId("sync-status")).toHaveText(SIGN_IN, { timeout: 30_000 });
  await retitle(app, "S2", "Written while signed out");
  await app.open("#/sync");
  await app.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await app.page.getByRole("button", { name: "Sign in" }).click();
  await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE, { timeout: 30_000 });
  await expect.poll(() => titleOnServer(app, database, "S2"), { timeout: 40_000 }).toBe("Written while signed out");
  expect(await everythingStored(app)).not.toContain(PASSWORD);
});
