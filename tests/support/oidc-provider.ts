/**
 * A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1 at a random port, with one
 * confidential client that must use PKCE, its development login and consent pages, and accounts
 * whose `email` claim the test gives. `signInAt` plays the browser's part at the provider with
 * fetch, carrying the provider's cookies by hand: from the authorization URL through the login form
 * (any login, any password) and the consent form to the redirect back to the client.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Follows the provider's pages as `login` and answers the URL it sends the browser back to. */
  signInAt(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startTestProvider(options: {
  redirectUri: string;
  /** login → the account's e-mail claim */
  emails: Record<string, string>;
}): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'fora-test';
  const clientSecret = 'en-hemmelighed-kun-til-test';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, email: options.emails[id], email_verified: true }),
    }),
  });
  server.on('request', provider.callback());

  async function signInAt(authorizationUrl: string, login: string): Promise<URL> {
    const jar = new Map<string, string>();
    const go = async (url: URL, init: RequestInit = {}): Promise<Response> => {
      const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie } });
      for (const c of res.headers.getSetCookie()) {
        const [pair = ''] = c.split(';');
        const eq = pair.indexOf('=');
        const value = pair.slice(eq + 1);
        if (value === '') jar.delete(pair.slice(0, eq));
        else jar.set(pair.slice(0, eq), value);
      }
      return res;
    };
    const submit = async (page: Response, form: Record<string, string>): Promise<Response> => {
      const html = await page.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form on the provider's page: ${html.slice(0, 500)}`);
      return go(new URL(action.replaceAll('&amp;', '&'), issuer), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
    };
    let res = await go(new URL(authorizationUrl));
    // Redirects within the provider, its two forms, until it sends the browser elsewhere.
    for (let step = 0; step < 12; step++) {
      if (res.status === 200) {
        const html = await res.clone().text();
        if (html.includes('name="login"'))
          res = await submit(res, { prompt: 'login', login, password: 'any' });
        else if (html.includes('value="consent"')) res = await submit(res, { prompt: 'consent' });
        else throw new Error(`unexpected page at the provider: ${html.slice(0, 500)}`);
        continue;
      }
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location)
        throw new Error(`provider answered ${res.status}: ${await res.text()}`);
      const next = new URL(location, issuer);
      if (next.origin !== issuer) return next;
      res = await go(next);
    }
    throw new Error('the provider did not send the browser back');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    signInAt,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
