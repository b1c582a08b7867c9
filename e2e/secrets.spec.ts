// Secrets never leak. The demo's own secrets (the tenants' Netskope API tokens, the enrollment token
// values, the org keys, the Intune and Jamf client secrets) are read from the simulator scenario the
// demo was seeded from, not from the database; the spec adds an API key (created in the UI, then used
// on the JSON API) and a webhook URL (a notification channel, encrypted as the app stores it). Then it
// searches for each value — as is, base64 and URL-encoded — in:
//   - the HTML, the RSC payloads and every other same-origin response of EVERY page (app/**/page.tsx,
//     found on disk; a dynamic segment gets the id of a demo row), signed in as the admin;
//   - every file of the client bundles (.next/static/**);
//   - a pg_dump of the database (where each one must be present only as ciphertext: the spec decrypts
//     the stored ciphertexts to prove the values it looks for are the ones stored);
//   - the server's log (everything the e2e server printed, at debug level: e2e/support/serve.ts).
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { decryptSecret, encryptSecret, secretKey } from "../lib/crypto/secret-box";
import { demoScenario } from "../simulators/scenarios/demo";
import { OIDC_CLIENT_SECRET } from "./support/oidc-config";
import { e2eState, sql } from "./support/state";

const ROOT = path.resolve(import.meta.dirname, "..");
const DEMO_SEED = 20251123; // prisma/demo/seed-scenario.ts (checked against the stored demo setting below)

/** A dynamic segment the table heuristic below cannot resolve: `<page route>` → SQL returning one id. */
const DYNAMIC_IDS: Record<string, string> = {};

interface Secret {
  kind: string;
  value: string;
}

function demoSecrets(now: string): Secret[] {
  const s = demoScenario(DEMO_SEED, now);
  const out: Secret[] = [];
  for (const t of s.netskope.tenants) {
    for (const a of t.apiTokens) out.push({ kind: `Netskope API token (${t.slug})`, value: a.token });
    if (t.v1Token) out.push({ kind: `Netskope v1 API token (${t.slug})`, value: t.v1Token });
    out.push({ kind: `org key (${t.slug})`, value: t.orgKey });
    for (const ts of t.tokenSets) {
      out.push({ kind: `enrollment auth token (${t.slug} #${ts.tsid})`, value: ts.authToken });
      if (ts.encryptToken) out.push({ kind: `enrollment encryption token (${t.slug} #${ts.tsid})`, value: ts.encryptToken });
    }
    // Devices also hold older and retired tokens (the app keeps only their fingerprints).
    for (const d of t.devices)
      for (const v of [d.heldAuthToken, d.heldEncryptToken]) if (v && !out.some((o) => o.value === v)) out.push({ kind: `token held by a device (${t.slug})`, value: v });
  }
  for (const it of s.intune.tenants) for (const app of it.apps) out.push({ kind: "Intune client secret", value: app.clientSecret });
  for (const ji of s.jamf.instances) for (const c of ji.clients) out.push({ kind: "Jamf client secret", value: c.clientSecret });
  return out;
}

/** The forms a value could leak in: as is, base64 (e.g. a Basic header), URL-encoded. */
function forms(value: string): string[] {
  return [...new Set([value, Buffer.from(value).toString("base64").replace(/=+$/, ""), encodeURIComponent(value)])];
}

function hits(haystack: string, secrets: Secret[], where: string): string[] {
  const found: string[] = [];
  for (const s of secrets) for (const f of forms(s.value)) if (haystack.includes(f)) found.push(`${s.kind} in ${where}`);
  return found;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

/** Every page's URL, with a demo row's id for each dynamic segment. */
async function pageUrls(): Promise<string[]> {
  const files = (await walk(path.join(ROOT, "app"))).filter((f) => /\/page\.tsx?$/.test(f));
  const tables = (await sql<{ t: string }>("SELECT DISTINCT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'")).map((r) => r.t);
  const urls: string[] = [];
  for (const file of files) {
    const route = ("/" + path.relative(path.join(ROOT, "app"), path.dirname(file))).replace(/\/\([^)]+\)/g, "").replace(/^\/\.$/, "/") || "/";
    const segments = route.split("/").filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]!;
      const m = /^\[(\.\.\.)?([^\]]+)\]$/.exec(seg);
      if (!m) {
        out.push(seg);
        continue;
      }
      const override = DYNAMIC_IDS[route];
      let id: string | undefined;
      if (override) id = (await sql<{ id: string }>(override))[0]?.id;
      else {
        const param = m[2]!.replace(/Id$/, "").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
        const parent = (segments[i - 1] ?? "").replace(/-/g, "_");
        const singular = parent.replace(/ies$/, "y").replace(/s$/, "");
        const exact = [param !== "id" ? param : "", singular, parent, `${singular}_run`, `${param}_run`].filter((c) => c && tables.includes(c));
        const candidates = [...exact, ...tables.filter((t) => t.startsWith(`${singular}_`)).sort()];
        expect(candidates.length, `${route}: which table holds ${seg}? add the page to DYNAMIC_IDS in e2e/secrets.spec.ts`).toBeGreaterThan(0);
        for (const table of candidates) {
          id = (await sql<{ id: string }>(`SELECT id::text AS id FROM "${table}" ORDER BY id LIMIT 1`))[0]?.id;
          if (id) break;
        }
      }
      // No such row in the demo (e.g. no rotation run yet): the page's "not found" answer is still searched.
      if (!id) console.log(`secrets scan: ${route} has no demo row for ${seg}; searching its "not found" page`);
      out.push(encodeURIComponent(id ?? "none"));
    }
    urls.push("/" + out.join("/"));
  }
  return [...new Set(urls)].sort();
}

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

test("seeded secrets appear nowhere: pages, client bundles, database dump, server log", async ({ page, baseURL }) => {
  const state = e2eState();
  const key = secretKey(state.encryptionKey);

  // The demo's secrets, from the scenario it was seeded from; the stored ciphertexts prove they are the ones stored.
  const demo = (await sql<{ value: { seed?: number; now?: string } }>("SELECT value FROM app_setting WHERE key = 'demo'"))[0]?.value;
  expect(demo?.seed, "the demo was seeded from DEMO_SEED").toBe(DEMO_SEED);
  const secrets = demoSecrets(demo!.now!);
  // The rows the demo seeded (other specs add their own tokens and connections before this one runs,
  // some with placeholder values that are never decrypted).
  const stored = await sql<{ c: string }>(
    `SELECT encrypted_api_token AS c FROM tenant WHERE encrypted_api_token IS NOT NULL AND slug IN ('acme', 'globex', 'initech')
     UNION ALL SELECT encrypted_org_key FROM tenant WHERE encrypted_org_key IS NOT NULL AND slug IN ('acme', 'globex', 'initech')
     UNION ALL SELECT encrypted_value FROM token WHERE source = 'DEMO'
     UNION ALL SELECT encrypted_client_secret FROM mdm_connection WHERE created_at <= (SELECT min(created_at) + interval '1 minute' FROM mdm_connection)`,
  );
  const decrypted = new Set(stored.map((r) => decryptSecret(key, r.c)));
  const demoStored = secrets.filter((s) => decrypted.has(s.value));
  // Every demo ciphertext is one of the scenario's secrets, and the scan covers each kind.
  expect([...decrypted].filter((v) => !secrets.some((s) => s.value === v))).toEqual([]);
  for (const kind of ["Netskope API token", "enrollment auth token", "org key", "Intune client secret", "Jamf client secret"])
    expect(demoStored.some((s) => s.kind.startsWith(kind)), `the demo stores a ${kind}`).toBe(true);

  // An API key, created where an admin creates one, then used on the JSON API.
  await page.goto("/settings/api-keys");
  await page.getByLabel("Name").fill(`secrets-scan-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create key" }).click();
  const apiKey = await page.getByTestId("secret-once").inputValue();
  expect(apiKey).toMatch(/^ehk_/);
  await page.getByRole("button", { name: "Done" }).click();
  const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await api.get("/api/v1/tenants", { headers: { authorization: `Bearer ${apiKey}` } })).status()).toBe(200);
  await api.dispose();

  // A webhook URL, stored the way the app stores one (ciphertext plus a hint that reveals nothing).
  const webhook = `https://hooks.example.com/services/T0${randomBytes(4).toString("hex")}/B0${randomBytes(4).toString("hex")}/${randomBytes(12).toString("base64url")}`;
  await sql(
    `INSERT INTO notification_channel (id, tenant_id, kind, name, encrypted_target, target_hint, updated_at) VALUES ($1, NULL, 'WEBHOOK', 'Secrets scan webhook', $2, 'hooks.example.com/…', now())`,
    [`secrets_${randomBytes(6).toString("hex")}`, encryptSecret(key, webhook)],
  );

  // The OIDC client secret the e2e server was started with, too.
  const all: Secret[] = [...secrets, { kind: "API key", value: apiKey }, { kind: "webhook URL", value: webhook }, { kind: "OIDC client secret", value: OIDC_CLIENT_SECRET }];
  const found: string[] = [];

  // 1. Every page, signed in as the admin: the document, RSC payloads, every same-origin response.
  const urls = await pageUrls();
  expect(urls).toEqual(expect.arrayContaining(["/", "/tenants", "/devices", "/settings/api-keys"]));
  const origin = new URL(baseURL!).origin;
  const bodies: Promise<void>[] = [];
  page.on("response", (res) => {
    if (new URL(res.url()).origin !== origin) return;
    bodies.push(
      res.body().then(
        (b) => void found.push(...hits(b.toString("utf8"), all, `response ${res.url()}`)),
        () => undefined,
      ),
    );
  });
  for (const url of urls) {
    const res = await page.goto(url, { waitUntil: "networkidle" });
    expect(res?.status(), url).toBeLessThan(500);
    if (!/^\/(sign-in|setup)/.test(url)) expect(new URL(page.url()).pathname, `${url} sent the admin to sign in`).not.toBe("/sign-in");
    found.push(...hits(await page.content(), all, `page ${url}`));
  }
  await Promise.all(bodies);
  console.log(`secrets scan: ${all.length} secrets, ${urls.length} pages (${urls.join(" ")}), ${bodies.length} responses`);

  // 2. Every file of the client bundles.
  const staticFiles = await walk(path.join(ROOT, ".next", "static"));
  expect(staticFiles.length).toBeGreaterThan(0);
  for (const f of staticFiles) found.push(...hits(await readFile(f, "latin1"), all, path.relative(ROOT, f)));

  // 3. A dump of the database: ciphertext only.
  const pgDump = process.env.PG_DUMP ?? "/usr/bin/pg_dump";
  const { stdout: dump } = await promisify(execFile)(pgDump, ["--no-owner", "--dbname", state.databaseUrl], { maxBuffer: 1 << 30 });
  expect(dump).toContain("COPY public.tenant");
  found.push(...hits(dump, all, "pg_dump"));

  // 4. The server's log.
  const log = await readFile(state.logFile, "utf8");
  expect(log.length, "the server log is captured").toBeGreaterThan(0);
  found.push(...hits(log, all, "server log"));

  console.log(`secrets scan: ${staticFiles.length} bundle files, ${(dump.length / 1e6).toFixed(1)} MB dump, ${(log.length / 1e3).toFixed(0)} kB log`);
  expect([...new Set(found)]).toEqual([]);
});
