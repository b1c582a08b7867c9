// Calendar feeds end to end on a real PostgreSQL: created by an operator, fetched through the public
// route with the secret, scoped to what the creator may see, and dead once revoked or once the
// creator is disabled. Only the secret's hash is stored.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/calendar/feeds/[secret]/route";
import type { ServiceContext } from "@/lib/server/context";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { hashFeedSecret } from "@/lib/services/calendar/feed-secret";
import { createCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from "@/lib/services/calendar/feeds";
import { setUserDisabled } from "@/lib/services/users/set-disabled";
import { createPerson, createTenant, type Person } from "@/lib/testing/people";
import { addToken } from "@/lib/testing/token-fixtures";

const asUser = (p: Person): ServiceContext => ({ ...systemContext("test"), actor: { type: "user", id: p.id, label: p.email, role: p.role } });
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

let seen: { id: string }, hidden: { id: string };
let operator: Person;
const tokens: Record<string, Awaited<ReturnType<typeof addToken>>> = {};

async function fetchFeed(secretOrPath: string, ip = "192.0.2.10") {
  const segment = secretOrPath.split("/").pop()!;
  return feedRoute(new Request(`http://localhost:3000/api/calendar/feeds/${segment}`, { headers: { "x-forwarded-for": ip } }), { params: Promise.resolve({ secret: segment }) });
}

beforeAll(async () => {
  seen = await createTenant("Seen");
  hidden = await createTenant("Hidden");
  tokens.seen = await addToken(seen.id, { expiresAt: inDays(20) });
  tokens.seenEnc = await addToken(seen.id, { kind: "ENCRYPTION", expiresAt: inDays(40) });
  tokens.hidden = await addToken(hidden.id, { expiresAt: inDays(10) });
  await db().blackoutDay.create({ data: { tenantId: hidden.id, day: new Date("2030-01-02"), reason: "Hidden freeze" } });
  await db().blackoutDay.create({ data: { tenantId: null, day: new Date("2030-01-01"), reason: "New Year" } });
  operator = await createPerson("OPERATOR", [seen.id]);
});

describe("calendar feeds", () => {
  it("serves the creator's visible tenants only, as iCalendar, with no token value", async () => {
    const feed = await createCalendarFeed({ ctx: asUser(operator), input: { tenantId: null } });
    const res = await fetchFeed(feed.path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("no-store");
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain(`UID:expiry-${tokens.seen!.tokenId}@enrollment-health`);
    expect(text).toContain(`UID:expiry-${tokens.seenEnc!.tokenId}@enrollment-health`);
    expect(text).toContain(`UID:rotation-${seen.id}@enrollment-health`);
    expect(text).toContain("BEGIN:VALARM");
    expect(text).toContain("Blackout day: New Year");
    expect(text).not.toContain(tokens.hidden!.tokenId);
    expect(text).not.toContain(hidden.id);
    expect(text).not.toContain("Hidden freeze");
    for (const t of Object.values(tokens)) {
      expect(text).not.toContain(t.value);
      expect(text).not.toContain(t.fingerprint.slice(0, 8));
    }
    expect(text).not.toContain(feed.secret);
  });

  it("stores only the secret's hash and audits the creation", async () => {
    const feed = await createCalendarFeed({ ctx: asUser(operator), input: { tenantId: seen.id } });
    const row = await db().calendarFeed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(row.secretHash).toBe(hashFeedSecret(feed.secret));
    expect(JSON.stringify(row)).not.toContain(feed.secret);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "calendar-feed.create", targetId: feed.id } });
    expect(JSON.stringify(event.summary)).not.toContain(feed.secret);
    expect(JSON.stringify(await listCalendarFeeds({ ctx: asUser(operator) }))).not.toContain(feed.secret);
  });

  it("a tenant feed holds that tenant only", async () => {
    const other = await createTenant("Other");
    const op2 = await createPerson("OPERATOR", [seen.id, other.id]);
    const otherToken = await addToken(other.id, { expiresAt: inDays(5) });
    const feed = await createCalendarFeed({ ctx: asUser(op2), input: { tenantId: other.id } });
    const text = await (await fetchFeed(feed.path)).text();
    expect(text).toContain(`UID:expiry-${otherToken.tokenId}@`);
    expect(text).not.toContain(tokens.seen!.tokenId);
  });

  it("refuses a tenant feed the creator may not see (not found) and viewers (forbidden)", async () => {
    await expect(createCalendarFeed({ ctx: asUser(operator), input: { tenantId: hidden.id } })).rejects.toBeInstanceOf(NotFoundError);
    const viewer = await createPerson("VIEWER", [seen.id]);
    await expect(createCalendarFeed({ ctx: asUser(viewer), input: { tenantId: null } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers 404 once revoked, and for unknown or malformed secrets", async () => {
    const feed = await createCalendarFeed({ ctx: asUser(operator), input: { tenantId: null } });
    expect((await fetchFeed(feed.path)).status).toBe(200);
    await revokeCalendarFeed({ ctx: asUser(operator), input: { id: feed.id } });
    expect((await fetchFeed(feed.path)).status).toBe(404);
    expect((await fetchFeed(`ehc_${"A".repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed("not-a-secret.ics")).status).toBe(404);
    expect(await db().auditEvent.count({ where: { action: "calendar-feed.revoke", targetId: feed.id } })).toBe(1);
  });

  it("only the creator or an admin may revoke", async () => {
    const feed = await createCalendarFeed({ ctx: asUser(operator), input: { tenantId: null } });
    const stranger = await createPerson("OPERATOR", [seen.id]);
    await expect(revokeCalendarFeed({ ctx: asUser(stranger), input: { id: feed.id } })).rejects.toBeInstanceOf(NotFoundError);
    await revokeCalendarFeed({ ctx: asUser(await createPerson("ADMIN")), input: { id: feed.id } });
    expect((await fetchFeed(feed.path)).status).toBe(404);
  });

  it("dies with its creator's access: disabled creator, or tenant taken away", async () => {
    const op = await createPerson("OPERATOR", [seen.id]);
    const all = await createCalendarFeed({ ctx: asUser(op), input: { tenantId: null } });
    const one = await createCalendarFeed({ ctx: asUser(op), input: { tenantId: seen.id } });
    await db().tenantMember.deleteMany({ where: { userId: op.id } });
    expect((await fetchFeed(one.path)).status).toBe(404);
    const text = await (await fetchFeed(all.path)).text();
    expect(text).not.toContain(tokens.seen!.tokenId);
    await setUserDisabled({ ctx: systemContext("test"), input: { userId: op.id, disabled: true } });
    expect((await fetchFeed(all.path)).status).toBe(404);
  });

  it("rate-limits each client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await fetchFeed("nope.ics", "192.0.2.99")).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});
