// A real OpenID Connect provider for the sign-in tests: npm `oidc-provider` (OpenID Certified) on 127.0.0.1 over TLS.
//
// Usage: node server.mjs CONFIG.json
// CONFIG: { "port": 0, "cert": "cert.pem", "key": "key.pem", "users": {"yamada": {"password": "...", "claims": {...}}},
//           "access_token_ttl": 3600, "introspection_secret": "..." }
// Prints one line `READY {"port": N, "issuer": "..."}` on stdout when it listens.
//
// Issuer: https://127.0.0.1:PORT/oidc (MSAL wants an https authority with a path). Clients:
//   tosei-desk    public native client: auth code + PKCE with a loopback redirect (any port), refresh, device flow
//   mail-gateway  confidential client of the test SMTP/WebDAV servers: token introspection
// Access tokens are JWTs (resource indicators with a default resource) so a server can check them against JWKS.
// The login and consent pages are small HTML forms (no dev interactions): a scripted browser posts them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';

import Provider from 'oidc-provider';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const RESOURCE = 'urn:tosei-desk:api';
const RESOURCE_SCOPES = 'mail dav';
const users = config.users || {};

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' };

function html(title, body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const configuration = {
  clients: [
    {
      client_id: 'tosei-desk',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback', 'http://localhost/callback'],
      grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
      response_types: ['code'],
    },
    {
      client_id: 'mail-gateway',
      client_secret: config.introspection_secret || 'gateway-secret',
      grant_types: [],
      response_types: [],
      redirect_uris: [],
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  scopes: ['openid', 'offline_access', 'profile', 'email', 'mail', 'dav'],
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username', 'department', 'employee_id'],
    email: ['email'],
  },
  features: {
    devInteractions: { enabled: false },
    deviceFlow: { enabled: true },
    introspection: {
      enabled: true,
      allowedPolicy: async (ctx, client) => client.clientId === 'mail-gateway',
    },
    revocation: { enabled: true, allowedPolicy: async (ctx, client, token) => token.clientId === client.clientId },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx) => ({
        scope: RESOURCE_SCOPES,
        audience: RESOURCE,
        accessTokenFormat: 'jwt',
      }),
    },
  },
  ttl: {
    AccessToken: config.access_token_ttl || 3600,
    RefreshToken: 86400, IdToken: 3600, DeviceCode: 600, Interaction: 600, Session: 86400, Grant: 86400 },
  findAccount: async (ctx, id) => {
    const user = users[id];
    if (!user) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...user.claims }) };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = html('Error', `<h1>error</h1><pre id="error">${escapeHtml(JSON.stringify(out))}</pre>`);
  },
};

const port = config.port || 0;
// The issuer needs the port, known only after listen(): listen first, then build the provider.
const server = https.createServer({ cert: fs.readFileSync(config.cert), key: fs.readFileSync(config.key) });
server.listen(port, '127.0.0.1', () => {
  const actualPort = server.address().port;
  const issuer = `https://127.0.0.1:${actualPort}/oidc`;
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  const callback = provider.callback();

  async function readForm(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  }

  async function interaction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const { uid, prompt, params } = details;
    const send = (status, body) => { res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }); res.end(body); };
    if (req.method === 'GET') {
      if (prompt.name === 'login') {
        return send(200, html('Sign in', `<h1>Sign in to ${escapeHtml(params.client_id)}</h1>
          <form id="login" method="post" action="/interaction/${uid}/login">
          <input name="login" autocomplete="username"><input name="password" type="password">
          <button type="submit">Sign in</button></form>`));
      }
      return send(200, html('Consent', `<h1>Allow ${escapeHtml(params.client_id)}: ${escapeHtml(params.scope || '')}</h1>
        <form id="consent" method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>`));
    }
    const form = await readForm(req);
    if (req.url.endsWith('/login')) {
      const login = form.get('login') || '';
      const user = users[login];
      if (!user || user.password !== form.get('password')) {
        return send(401, html('Sign in', `<p id="error">wrong user name or password</p>
          <form id="login" method="post" action="/interaction/${uid}/login">
          <input name="login"><input name="password" type="password"><button type="submit">Sign in</button></form>`));
      }
      return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    }
    const { details: missing } = prompt;
    const grant = details.grantId ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    if (missing.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  server.on('request', (req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(req, res).catch((err) => {
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html('Error', `<p id="error">${escapeHtml(err.message)}</p>`));
      });
    } else if (req.url === '/oidc' || req.url.startsWith('/oidc/') || req.url.startsWith('/oidc?')) {
      req.originalUrl = req.url;
      req.url = req.url.slice('/oidc'.length) || '/';
      callback(req, res);
    } else {
      res.writeHead(404); res.end();
    }
  });
  process.stdout.write(`READY ${JSON.stringify({ port: actualPort, issuer })}\n`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
// The test process holds our stdin: when it ends (even killed), stdin closes and this provider stops too.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
