/**
 * The browser tests' shared setup on the Albertslund demo: demo people by e-mail, their passwords,
 * a test database with the demo loaded and a browser on Fora's server, signing in and out through
 * the form, a one-paragraph rich text and an item approved by the approver its charter names.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { setPassword } from '../../src/app/set-password.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Item } from '../../src/domain/item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { findPeopleByEmail, findPersonById } from '../../src/store/people.ts';
import {
  danishContext,
  type ListeningServer,
  launchChromium,
  listeningServer,
  requireBuiltApp,
} from './browser.ts';
import { type TestDatabase, testDatabase } from './db.ts';
import { callerFor, operator } from './factories.ts';

/** The demo's organisation. */
export const DEMO_ORG = 'albertslund';

/** The demo person with this e-mail; throws if the demo has none. */
export async function demoPerson(t: TestDatabase, email: string): Promise<Person> {
  const [found] = await findPeopleByEmail(t.db, email);
  if (!found) throw new Error(`demo person ${email} missing`);
  return found;
}

/** The operator sets the same password for each of the demo people. */
export async function giveDemoPasswords(
  t: TestDatabase,
  people: readonly Person[],
  password: string,
): Promise<void> {
  for (const person of people)
    await setPassword(t.ctx, operator(), DEMO_ORG, person.id, { newPassword: password });
}

export interface DemoBrowser {
  t: TestDatabase;
  server: ListeningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the context, the browser, the server and the database. */
  close(): Promise<void>;
}

/**
 * A test database at `now` with the demo loaded, then `prepare` (the test's own data), then the
 * browser on it (openBrowserOn).
 */
export async function openDemoBrowser(
  now: Date,
  prepare?: (t: TestDatabase) => Promise<void>,
): Promise<DemoBrowser> {
  requireBuiltApp();
  const t = await testDatabase();
  t.setNow(now);
  await loadDemo(t.ctx, operator());
  await prepare?.(t);
  return openBrowserOn(t, now);
}

/**
 * Fora's server listening on the prepared test database, chromium with a Danish context and a page
 * whose clock is fixed at `now`. Closing it closes the database too.
 */
export async function openBrowserOn(t: TestDatabase, now: Date): Promise<DemoBrowser> {
  requireBuiltApp();
  const server = await listeningServer(t);
  const browser = await launchChromium();
  const context = await danishContext(browser);
  const page = await context.newPage();
  // The browser's clock is the server's, so "coming meetings" and deadlines agree with the demo.
  await page.clock.setFixedTime(now);
  return {
    t,
    server,
    browser,
    context,
    page,
    async close() {
      await context.close();
      await browser.close();
      await server.app.close();
      await t.close();
    },
  };
}

/** Signs in through the form on the start page and waits for the person's welcome on home. */
export async function signIn(
  page: Page,
  server: ListeningServer,
  person: Person,
  password: string,
): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: `Velkommen, ${person.name}` }).waitFor();
}

/** Signs out with the button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
}

/** A rich-text document of one paragraph. */
export const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

/**
 * An item the proposer creates for the forum and submits, approved by the approver the forum's
 * charter names for the proposer.
 */
export async function approvedItem(
  t: TestDatabase,
  proposer: Person,
  forum: string,
  input: unknown,
): Promise<Item> {
  const caller = await callerFor(t.ctx, proposer);
  const item = await createItem(t.ctx, caller, DEMO_ORG, forum, input);
  const submitted = await submitItem(t.ctx, caller, DEMO_ORG, item.id);
  const approver = await findPersonById(t.db, submitted.approverPersonId ?? '');
  if (!approver) throw new Error(`the charter names no approver for ${proposer.email}`);
  await decideItem(t.ctx, await callerFor(t.ctx, approver), DEMO_ORG, item.id, { decision: 'approve' });
  return item;
}
