/**
 * Sign-in through an OpenID Connect provider in a real browser: a real provider (oidc-provider on
 * 127.0.0.1, its development login and consent pages) and Fora configured for it. The sign-in page
 * shows the provider's button below the password form (axe, screenshots); the person clicks it,
 * signs in and consents at the provider, and lands signed in on Fora's home.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/organisation.ts';
import {
  checkView,
  danishContext,
  type ListeningServer,
  launchChromium,
  listeningServer,
  requireBuiltApp,
} from '../support/browser.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { orgFactory, personFactory } from '../support/factories.ts';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.ts';

const LABEL = 'Log ind med Albertslund-konto';

let t: TestDatabase;
let server: ListeningServer;
let provider: TestProvider;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let anna: Person;

beforeAll(async () => {
  requireBuiltApp();
  t = await testDatabase();
  const org = await orgFactory(t.ctx);
  anna = await personFactory(t.ctx, org, { name: 'Anna Ørsted', email: 'anna.orsted@example.dk' });
  // Fora listens first: the provider must know its callback address, which has Fora's port.
  server = await listeningServer(t);
  provider = await startTestProvider({
    redirectUri: `${server.url}/auth/oidc/callback`,
    emails: { anna: 'anna.orsted@example.dk' },
  });
  t.ctx.settings.publicUrl = server.url;
  t.ctx.settings.oidc = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    label: LABEL,
    emailClaim: 'email',
    org: org.slug,
  };
  browser = await launchChromium();
  context = await danishContext(browser);
  // The provider's development pages import a web font; the tests run without the internet.
  await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.app.close();
  await provider?.close();
  await t?.close();
});

describe('signing in through the organisation’s identity provider', () => {
  it('shows the provider’s button below the password form, leading to the provider with returnTo', async () => {
    await page.goto(`${server.url}/`);
    const button = page.getByRole('link', { name: LABEL });
    await checkView(page, 'sign-in-oidc', () => button.waitFor());
    await expect(button.getAttribute('href')).resolves.toBe('/auth/oidc/start?returnTo=%2F');
    await expect(page.locator('.sign-in-or').textContent()).resolves.toBe('eller');
    // The password form is still there, above the divider and the button.
    await page.getByRole('button', { name: 'Log ind' }).waitFor();
  });

  it('signs in and consents at the provider, and lands signed in on home', async () => {
    await page.getByRole('link', { name: LABEL }).click();
    // The provider's own development pages, in the browser.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill('anna');
    await page.locator('input[name="password"]').fill('hvad-som-helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: `Velkommen, ${anna.name}` }).waitFor();
    const url = new URL(page.url());
    expect(url.origin).toBe(server.url);
    expect(url.pathname).toBe('/');
    await expect(page.getByRole('banner').getByText(anna.name).count()).resolves.toBe(1);
  });
});
