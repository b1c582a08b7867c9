// The tenant page's services on a real PostgreSQL and the real simulator: manual entry refuses a
// malformed value, a past expiry, less than 90 days of validity and a previous token (with field
// codes the form translates); sync upserts token sets idempotently; reveal and copy are audited before
// the value leaves; drift is recomputed from the MDM objects by fingerprint.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "@/lib/server/context";
import { encrypt, fingerprint } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { sessionContext } from "@/lib/server/session";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";
import type { RunningSimulator } from "@/simulators";
import { startTestSimulator, TEST } from "@/simulators/testing";
import { checkDrift } from "./drift";
import { extendTokenExpiry } from "./extend";
import { enterToken } from "./manual-entry";
import { getOverview } from "./overview";
import { revealToken } from "./reveal";
import { syncTokenSets } from "./sync";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  const caFile = path.join(mkdtempSync(path.join(os.tmpdir(), "eh-ca-")), "ca.pem");
  writeFileSync(caFile, sim.caCertificate);
  process.env.VENDOR_CA_FILE = caFile;
});
afterAll(async () => {
  await sim.close();
});

const ctx = () => systemContext("tenants-test");
const NOW = new Date("2026-02-01T09:00:00Z");
const local = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString().slice(0, 16);
const token = (tag: string) => `TEST${tag}${Math.random().toString(36).slice(2, 12)}xxxxxxxxxxxx`;

async function fieldError(p: Promise<unknown>): Promise<Record<string, string[]>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fieldErrors;
}

describe("manual entry", () => {
  it("refuses a pasted parameter, a past expiry and less than 90 days of validity, each on its field", async () => {
    const t = await createTenant("Manual");
    const base = { tenantId: t.id, kind: "AUTH" as const, tokenSetId: "new" };
    expect(await fieldError(enterToken({ ctx: ctx(), now: NOW, input: { ...base, value: `enrollauthtoken=${token("a")}`, expiresAt: local(120) } }))).toEqual({ value: ["has-prefix"] });
    expect(await fieldError(enterToken({ ctx: ctx(), now: NOW, input: { ...base, value: token("a"), expiresAt: local(-1) } }))).toEqual({ expiresAt: ["expiry-in-past"] });
    expect(await fieldError(enterToken({ ctx: ctx(), now: NOW, input: { ...base, value: token("a"), expiresAt: local(30) } }))).toEqual({ expiresAt: ["below-minimum-validity"] });
    expect(await fieldError(enterToken({ ctx: ctx(), now: NOW, input: { ...base, value: token("a"), expiresAt: "2026-02-30" } }))).toEqual({ expiresAt: ["malformed-date"] });
    expect(await db().token.count({ where: { tenantId: t.id } })).toBe(0);
  });

  it("accepts an old token still valid, replaces the set's current one, and refuses the previous token", async () => {
    const t = await createTenant("Replace");
    const a = token("a");
    const b = token("b");
    const first = await enterToken({ ctx: ctx(), now: NOW, input: { tenantId: t.id, kind: "AUTH", tokenSetId: "new", value: a, createdAt: local(-81), expiresAt: local(9) } });
    await enterToken({ ctx: ctx(), now: NOW, input: { tenantId: t.id, kind: "AUTH", tokenSetId: first.tokenSetId, value: b, expiresAt: local(90) } });
    const stages = await db().token.findMany({ where: { tenantId: t.id }, select: { fingerprint: true, stage: true, source: true, encryptedValue: true } });
    expect(stages.find((s) => s.fingerprint === fingerprint(a))?.stage).toBe("PREVIOUS");
    expect(stages.find((s) => s.fingerprint === fingerprint(b))).toMatchObject({ stage: "CURRENT", source: "MANUAL" });
    expect(stages.every((s) => !s.encryptedValue.includes(a) && !s.encryptedValue.includes(b))).toBe(true);
    expect(await fieldError(enterToken({ ctx: ctx(), now: NOW, input: { tenantId: t.id, kind: "AUTH", tokenSetId: "new", value: a, expiresAt: local(100) } }))).toEqual({ value: ["previous-token"] });
    expect(await fieldError(enterToken({ ctx: ctx(), now: NOW, input: { tenantId: t.id, kind: "AUTH", tokenSetId: "new", value: b, expiresAt: local(100) } }))).toEqual({ value: ["already-current"] });
    // The same value is fine for another tenant, and as the other kind.
    const other = await createTenant("Other");
    await expect(enterToken({ ctx: ctx(), now: NOW, input: { tenantId: other.id, kind: "AUTH", tokenSetId: "new", value: a, expiresAt: local(95) } })).resolves.toBeTruthy();
    const events = await db().auditEvent.findMany({ where: { tenantId: t.id, action: "token.enter" } });
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events.map((e) => e.summary))).not.toContain(a);
    expect((await db().tenant.findUniqueOrThrow({ where: { id: t.id } })).seState).toBe("NOT_ENFORCED");
  });

  it("records an extension only when it is later than the current expiry", async () => {
    const t = await createTenant("Extend");
    const { tokenId } = await enterToken({ ctx: ctx(), now: NOW, input: { tenantId: t.id, kind: "AUTH", tokenSetId: "new", value: token("e"), expiresAt: local(90) } });
    expect(await fieldError(extendTokenExpiry({ ctx: ctx(), now: NOW, input: { tenantId: t.id, tokenId, expiresAt: local(80) } }))).toEqual({ expiresAt: ["not-later"] });
    await extendTokenExpiry({ ctx: ctx(), now: NOW, input: { tenantId: t.id, tokenId, expiresAt: local(180), note: "extended in the console" } });
    const changes = await db().tokenExpiryChange.findMany({ where: { tokenId } });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.toExpiry.getTime() - changes[0]!.fromExpiry!.getTime()).toBe(90 * 86_400_000);
  });
});

describe("reveal and copy", () => {
  it("returns the value to an operator of the tenant after an audit event; viewers and outsiders get nothing", async () => {
    const t = await createTenant("Reveal");
    const outside = await createTenant("Outside");
    const value = token("r");
    const { tokenId } = await enterToken({ ctx: ctx(), now: NOW, input: { tenantId: t.id, kind: "AUTH", tokenSetId: "new", value, expiresAt: local(90) } });
    const operator = await createPerson("OPERATOR", [t.id]);
    const viewer = await createPerson("VIEWER", [t.id]);
    const as = async (p: { email: string; password: string }) => (await sessionContext(new Headers({ cookie: await signIn(p) })))!.ctx;

    const opCtx = await as(operator);
    expect(await revealToken({ ctx: opCtx, input: { tenantId: t.id, tokenId, purpose: "reveal" } })).toEqual({ value });
    expect(await revealToken({ ctx: opCtx, input: { tenantId: t.id, tokenId, purpose: "copy" } })).toEqual({ value });
    const events = await db().auditEvent.findMany({ where: { targetId: tokenId, action: { in: ["token.reveal", "token.copy"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.tenantId])).toEqual([
      ["token.reveal", operator.id, t.id],
      ["token.copy", operator.id, t.id],
    ]);
    expect(JSON.stringify(events.map((e) => e.summary))).not.toContain(value);

    await expect(revealToken({ ctx: await as(viewer), input: { tenantId: t.id, tokenId, purpose: "reveal" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revealToken({ ctx: opCtx, input: { tenantId: outside.id, tokenId, purpose: "reveal" } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().auditEvent.count({ where: { targetId: tokenId, action: { in: ["token.reveal", "token.copy"] } } })).toBe(2);
  });
});

describe("sync from Netskope (simulator)", () => {
  it("upserts token sets and tokens, and a second sync changes nothing", async () => {
    const t = await createTenant("Synced");
    await db().tenant.update({ where: { id: t.id }, data: { apiBaseUrl: sim.netskopeBaseUrl(TEST.acme.slug), encryptedApiToken: encrypt(TEST.acme.rwToken) } });
    const first = await syncTokenSets({ ctx: ctx(), input: { tenantId: t.id } });
    expect(first).toMatchObject({ tokenSets: 1, created: 1, retired: 0 });
    const snapshot = async () =>
      db().token.findMany({ where: { tenantId: t.id }, orderBy: { id: "asc" }, select: { id: true, fingerprint: true, stage: true, expiresAt: true, updatedAt: true, tokenSet: { select: { vendorTokenSetId: true, enforceStatus: true, updatedAt: true } } } });
    const before = await snapshot();
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ fingerprint: fingerprint(TEST.acme.currentToken), stage: "CURRENT", tokenSet: { vendorTokenSetId: "1", enforceStatus: "ENFORCED" } });
    expect((await db().tenant.findUniqueOrThrow({ where: { id: t.id } })).seState).toBe("ENFORCED");

    const second = await syncTokenSets({ ctx: ctx(), input: { tenantId: t.id } });
    expect(second).toEqual({ tokenSets: 1, created: 0, updated: 0, retired: 0, withoutValues: 0 });
    expect(await snapshot()).toEqual(before);
    expect(await db().tokenSet.count({ where: { tenantId: t.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { tenantId: t.id, action: "token-set.sync" } })).toBe(2);

    // The overview shows it without the value.
    const overview = await getOverview({ ctx: ctx(), now: NOW });
    const row = overview.tenants.find((x) => x.id === t.id)!;
    expect(row.tokens).toHaveLength(1);
    expect(JSON.stringify(overview)).not.toContain(TEST.acme.currentToken);
  });
});

describe("drift check (simulator)", () => {
  it("finds the Intune kiosk app still carrying the previous token", async () => {
    const t = await createTenant("Drift");
    await db().tenant.update({ where: { id: t.id }, data: { addonHost: "addon-acme.eu.goskope.com", apiBaseUrl: sim.netskopeBaseUrl(TEST.acme.slug), encryptedApiToken: encrypt(TEST.acme.rwToken) } });
    await syncTokenSets({ ctx: ctx(), input: { tenantId: t.id } });
    const connection = await db().mdmConnection.create({
      data: { kind: "INTUNE", name: `Entra ${t.id}`, baseUrl: sim.graphBaseUrl, authorityUrl: sim.httpsUrl, directoryId: TEST.intune.tenantId, clientId: TEST.intune.clientId, encryptedClientSecret: encrypt(TEST.intune.clientSecret) },
    });
    const kiosk = await db().mdmTarget.create({ data: { tenantId: t.id, connectionId: connection.id, kind: "INTUNE_WIN32_APP", externalId: "app-kiosk", name: "Netskope Client (kiosk)", platform: "windows" } });
    const result = await checkDrift({ ctx: ctx(), input: { tenantId: t.id } });
    expect(result).toMatchObject({ checked: 1, drifted: 1, failed: 0 });
    const row = await db().mdmTarget.findUniqueOrThrow({ where: { id: kiosk.id } });
    expect(row.drift).toBe("DRIFTED");
    expect(row.carriedFingerprint).not.toBe(fingerprint(TEST.acme.currentToken));
    expect(row.carriedFingerprint).toMatch(/^[0-9a-f]{64}$/);

    // The overview counts it as an open item; alerts count while unresolved and not snoozed now.
    const tokenId = (await db().token.findFirstOrThrow({ where: { tenantId: t.id } })).id;
    const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
    await db().alert.createMany({
      data: [
        { tenantId: t.id, tokenId, thresholdDays: 30, level: "NOTICE" },
        { tenantId: t.id, tokenId, thresholdDays: 14, level: "WARNING", snoozedUntil: later(-1) },
        { tenantId: t.id, tokenId, thresholdDays: 7, level: "WARNING", snoozedUntil: later(1) },
        { tenantId: t.id, tokenId, thresholdDays: 1, level: "CRITICAL", resolvedAt: later(-2) },
      ],
    });
    const overview = await getOverview({ ctx: ctx(), now: NOW });
    expect(overview.tenants.find((x) => x.id === t.id)).toMatchObject({ openAlerts: 2, driftedTargets: 1 });
  });
});

describe("overview tokens", () => {
  it("lists a tenant's current tokens by kind, then id, whatever order they were stored in; previous tokens stay out", async () => {
    const t = await createTenant("Token order");
    const set = await db().tokenSet.create({ data: { tenantId: t.id, vendorTokenSetId: "9" } });
    const add = (id: string, kind: "AUTH" | "ENCRYPTION", stage: "CURRENT" | "PREVIOUS" = "CURRENT") => {
      const value = token(id);
      return db().token.create({ data: { id: `${t.id}-${id}`, tenantId: t.id, tokenSetId: set.id, kind, stage, encryptedValue: encrypt(value), fingerprint: fingerprint(value), expiresAt: new Date(NOW.getTime() + 40 * 86_400_000) } });
    };
    for (const [id, kind, stage] of [["d", "ENCRYPTION"], ["c", "AUTH"], ["a", "ENCRYPTION"], ["b", "AUTH"], ["0", "AUTH", "PREVIOUS"]] as const) await add(id, kind, stage);
    const row = (await getOverview({ ctx: ctx(), now: NOW })).tenants.find((x) => x.id === t.id)!;
    expect(row.tokens.map((k) => [k.kind, k.id.slice(t.id.length + 1)])).toEqual([["AUTH", "b"], ["AUTH", "c"], ["ENCRYPTION", "a"], ["ENCRYPTION", "d"]]);
  });
});

describe("overview in a person's scope", () => {
  it("counts and readiness come only for the tenants the person sees, each from its relevant change", async () => {
    const mine = await createTenant("Scoped mine");
    const theirs = await createTenant("Scoped theirs");
    await db().tenant.update({ where: { id: mine.id }, data: { seState: "ENFORCED", multiToken: false } });
    const at = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
    const snapshot = (tenantId: string, change: string, takenAt: Date, refused: number) => ({ tenantId, change, takenAt, devices: 100, refused, users: 50, usersRefused: refused, byReason: {}, byRemediation: {} });
    await db().readinessSnapshot.createMany({
      data: [
        snapshot(mine.id, "rotate-single-token", at(30), 9),
        snapshot(mine.id, "rotate-single-token", at(20), 4),
        snapshot(mine.id, "rotate-single-token", at(10), 6),
        // Not this tenant's relevant change (it is enforced, single-token): ignored.
        snapshot(mine.id, "enforce", at(1), 99),
        snapshot(theirs.id, "enforce", at(5), 1),
      ],
    });
    const tokenId = (await enterToken({ ctx: ctx(), now: NOW, input: { tenantId: theirs.id, kind: "AUTH", tokenSetId: "new", value: token("s"), expiresAt: local(90) } })).tokenId;
    await db().alert.create({ data: { tenantId: theirs.id, tokenId, thresholdDays: 30, level: "NOTICE" } });

    const viewer = await createPerson("VIEWER", [mine.id]);
    const viewerCtx = (await sessionContext(new Headers({ cookie: await signIn(viewer) })))!.ctx;
    const overview = await getOverview({ ctx: viewerCtx, now: NOW });
    expect(overview.tenants.map((x) => x.id)).toEqual([mine.id]);
    expect(overview.tenants[0]).toMatchObject({ openAlerts: 0, driftedTargets: 0, readiness: { change: "rotate-single-token", devices: 100, refused: 6, refusedChange: 2 } });

    // The system sees both; the other tenant's open alert and its "enforce" readiness.
    const all = await getOverview({ ctx: ctx(), now: NOW });
    expect(all.tenants.find((x) => x.id === theirs.id)).toMatchObject({ openAlerts: 1, readiness: { change: "enforce", refused: 1, refusedChange: null } });
    // Expiries come as Date.toISOString() writes them (PostgreSQL formats them).
    const stored = await db().token.findUniqueOrThrow({ where: { id: tokenId } });
    expect(all.tenants.find((x) => x.id === theirs.id)!.tokens).toEqual([{ id: tokenId, kind: "AUTH", expiresAt: stored.expiresAt!.toISOString() }]);
  });
});
