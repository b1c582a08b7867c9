// A minimal but real OpenID Connect provider for the SSO tests, on 127.0.0.1: discovery, JWKS,
// authorization (a one-field "who are you" page), token (authorization code + PKCE S256, client
// secret by POST or Basic) and userinfo, with RS256-signed ID tokens carrying the request's nonce.
// Started by Playwright (playwright.config.ts, webServer) before the app. Usage: --port <n>.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { parseArgs } from "node:util";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_PORT } from "./oidc-config";

const { values } = parseArgs({ options: { port: { type: "string", default: String(OIDC_PORT) } } });
const issuer = `http://127.0.0.1:${values.port}`;
const { privateKey, publicKey } = await generateKeyPair("RS256");
const jwk = { ...(await exportJWK(publicKey)), kid: "e2e-1", alg: "RS256", use: "sig" };

interface Grant { clientId: string; redirectUri: string; email: string; nonce?: string; challenge?: string; expires: number }
const codes = new Map<string, Grant>();
const tokens = new Map<string, string>();

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head><body><main>${body}</main></body></html>`;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const subjectOf = (email: string) => createHash("sha256").update(email).digest("hex").slice(0, 24);
const nameOf = (email: string) => email.split("@")[0]!.replace(/[._-]+/g, " ").replace(/\b\w/g, (c) => c.toUpperCase());

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": typeof body === "string" ? "text/html; charset=utf-8" : "application/json", "cache-control": "no-store", ...headers });
  res.end(text);
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

function clientFrom(req: http.IncomingMessage, form: URLSearchParams): { id: string | null; secret: string | null } {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "");
  if (basic) {
    const [id, secret] = Buffer.from(basic[1]!, "base64").toString().split(":").map(decodeURIComponent);
    return { id: id ?? null, secret: secret ?? null };
  }
  return { id: form.get("client_id"), secret: form.get("client_secret") };
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", issuer);
  try {
    if (url.pathname === "/.well-known/openid-configuration")
      return send(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        scopes_supported: ["openid", "email", "profile"],
        token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
        code_challenge_methods_supported: ["S256"],
      });
    if (url.pathname === "/jwks") return send(res, 200, { keys: [jwk] });
    if (url.pathname === "/authorize" && req.method === "GET") {
      const p = url.searchParams;
      if (p.get("client_id") !== OIDC_CLIENT_ID || p.get("response_type") !== "code" || !p.get("redirect_uri")) return send(res, 400, page("<h1>Bad authorization request</h1>"));
      const hidden = ["client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method"].map((k) => `<input type="hidden" name="${k}" value="${esc(p.get(k) ?? "")}">`).join("");
      return send(res, 200, page(`<h1>Test identity provider</h1><form method="post" action="/authorize">${hidden}<label for="email">Email</label> <input id="email" name="email" type="email" required> <button type="submit">Continue</button></form>`));
    }
    if (url.pathname === "/authorize" && req.method === "POST") {
      const f = await readForm(req);
      if (f.get("code_challenge_method") && f.get("code_challenge_method") !== "S256") return send(res, 400, page("<h1>Only S256</h1>"));
      const code = randomBytes(24).toString("base64url");
      codes.set(code, { clientId: f.get("client_id")!, redirectUri: f.get("redirect_uri")!, email: f.get("email")!.trim().toLowerCase(), nonce: f.get("nonce") || undefined, challenge: f.get("code_challenge") || undefined, expires: Date.now() + 60_000 });
      const back = new URL(f.get("redirect_uri")!);
      back.searchParams.set("code", code);
      if (f.get("state")) back.searchParams.set("state", f.get("state")!);
      back.searchParams.set("iss", issuer);
      return send(res, 302, "", { location: back.toString() });
    }
    if (url.pathname === "/token" && req.method === "POST") {
      const f = await readForm(req);
      const client = clientFrom(req, f);
      if (client.id !== OIDC_CLIENT_ID || client.secret !== OIDC_CLIENT_SECRET) return send(res, 401, { error: "invalid_client" });
      const grant = codes.get(f.get("code") ?? "");
      codes.delete(f.get("code") ?? "");
      if (!grant || grant.expires < Date.now() || grant.redirectUri !== f.get("redirect_uri")) return send(res, 400, { error: "invalid_grant" });
      const verifier = f.get("code_verifier") ?? "";
      if (grant.challenge && createHash("sha256").update(verifier).digest("base64url") !== grant.challenge) return send(res, 400, { error: "invalid_grant", error_description: "PKCE" });
      const accessToken = randomBytes(24).toString("base64url");
      tokens.set(accessToken, grant.email);
      const idToken = await new SignJWT({ email: grant.email, email_verified: true, name: nameOf(grant.email), ...(grant.nonce ? { nonce: grant.nonce } : {}) })
        .setProtectedHeader({ alg: "RS256", kid: jwk.kid })
        .setIssuer(issuer)
        .setAudience(OIDC_CLIENT_ID)
        .setSubject(subjectOf(grant.email))
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
      return send(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 300, id_token: idToken, scope: "openid email profile" });
    }
    if (url.pathname === "/userinfo") {
      const email = tokens.get((req.headers.authorization ?? "").replace(/^Bearer\s+/i, ""));
      if (!email) return send(res, 401, { error: "invalid_token" });
      return send(res, 200, { sub: subjectOf(email), email, email_verified: true, name: nameOf(email) });
    }
    send(res, 404, { error: "not_found" });
  } catch (e) {
    send(res, 500, { error: "server_error", error_description: (e as Error).message });
  }
});

server.listen(Number(values.port), "127.0.0.1", () => console.log(`test OIDC provider on ${issuer}`));
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.close(() => process.exit(0)));
