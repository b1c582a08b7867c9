// The expiry review on a real PostgreSQL: most urgent first, readiness from the latest snapshot per
// change (or "not synced"), the planned rotation, and a CSV whose text cells cannot run as formulas.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as csvRoute } from "@/app/api/report/csv/route";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { getExpiryReview } from "@/lib/services/report/expiry-review";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";
import { addToken } from "@/lib/testing/token-fixtures";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);
let urgent: { id: string }, calm: { id: string }, evil: { id: string };
let cookie: string;
const values: string[] = [];

/** RFC 4180 parse (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

beforeAll(async () => {
  urgent = await createTenant("Urgent");
  calm = await createTenant("Calm");
  evil = await createTenant("Evil");
  await db().tenant.update({ where: { id: evil.id }, data: { name: '=HYPERLINK("http://x.example","click")', owner: "+cmd|' /C calc'!A0" } });
  await db().tenant.update({ where: { id: calm.id }, data: { owner: "@SUM(1+1)", nextRotationAt: new Date("2031-01-15T01:00:00Z") } });
  values.push((await addToken(urgent.id, { expiresAt: inDays(3), tsid: "11" })).value);
  values.push((await addToken(calm.id, { expiresAt: inDays(200), tsid: "22" })).value);
  values.push((await addToken(evil.id, { expiresAt: inDays(-2), tsid: "-1+2" })).value);
  const snap = (change: string, refused: number, takenAt: string) =>
    db().readinessSnapshot.create({ data: { tenantId: urgent.id, change, devices: 10, refused, users: 10, usersRefused: refused, byReason: {}, byRemediation: {}, takenAt: new Date(takenAt) } });
  await snap("enforce", 9, "2030-01-01T00:00:00Z");
  await snap("enforce", 2, "2030-03-01T00:00:00Z");
  await snap("rotate-single-token", 5, "2030-02-01T00:00:00Z");
  cookie = await signIn(await createPerson("ADMIN"));
});

describe("expiry review", () => {
  it("orders by urgency and reads the latest readiness per change, else not synced", async () => {
    const review = await getExpiryReview({ ctx: systemContext("test") });
    const mine = review.tenants.filter((t) => [urgent.id, calm.id, evil.id].includes(t.id));
    expect(mine.map((t) => t.id)).toEqual([evil.id, urgent.id, calm.id]);
    const u = mine.find((t) => t.id === urgent.id)!;
    expect(u.readiness.map((r) => `${r.change} ${r.refused}`)).toEqual(["enforce 2", "rotate-single-token 5"]);
    expect(u.tokens[0]).toMatchObject({ daysLeft: 3, level: "critical", tokenSet: "11" });
    expect(u.rotation?.planned).toBe(false);
    const c = mine.find((t) => t.id === calm.id)!;
    expect(c.readiness).toEqual([]);
    expect(c.rotation).toMatchObject({ planned: true });
    expect(mine[0]!.tokens[0]!.level).toBe("expired");
  });

  it("downloads as CSV with formulas neutralised and no token values", async () => {
    const res = await csvRoute(new Request("http://localhost:3000/api/report/csv", { headers: { cookie, origin: "http://localhost:3000" } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="expiry-review-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM spreadsheet programs need for UTF-8
    const text = new TextDecoder().decode(bytes);
    for (const v of values) expect(text).not.toContain(v);
    const rows = parseCsv(text);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const evilRow = rows.find((r) => r[col("tenant")]!.includes("HYPERLINK"))!;
    expect(evilRow[col("tenant")]).toBe(`'=HYPERLINK("http://x.example","click")`);
    expect(evilRow[col("owner")]).toBe("'+cmd|' /C calc'!A0");
    expect(evilRow[col("token_set")]).toBe("'-1+2");
    expect(evilRow[col("level")]).toBe("expired");
    expect(Number(evilRow[col("days_left")])).toBeLessThan(0);
    const calmRow = rows.find((r) => r[col("tenant")]!.startsWith("Calm"))!;
    expect(calmRow[col("owner")]).toBe("'@SUM(1+1)");
    expect(calmRow[col("readiness")]).toBe("not synced");
    expect(calmRow[col("next_rotation_kind")]).toBe("planned");
    const urgentRow = rows.find((r) => r[col("tenant")]!.startsWith("Urgent"))!;
    expect(urgentRow[col("readiness")]).toMatch(/^8\/10 ready \(enforce, 2030-03-01T00:00:00.000Z\); 5\/10 ready \(rotate-single-token/);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });
});
