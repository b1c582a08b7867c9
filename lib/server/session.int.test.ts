// The session lookup of every page and route (sessionContext) reads Better Auth's signed cookie
// itself instead of going through Better Auth's get-session endpoint: here, on a real PostgreSQL,
// both must give the same answer for every kind of cookie, good and bad.
import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auth } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getIP } from "better-auth/api";
import { requiredEnv } from "@/lib/server/env";
import { CLIENT_IP_CACHE_MAX } from "@/lib/server/client-ip";
import { requestFacts, sessionContext, verifiedSessionToken } from "@/lib/server/session";
import { createPerson, signIn, type Person } from "@/lib/testing/people";

const betterAuthUserId = async (cookie: string) => (await auth().api.getSession({ headers: new Headers({ cookie }) }))?.user.id ?? null;
const oursUserId = async (cookie: string) => (await sessionContext(new Headers({ cookie })))?.user.id ?? null;

let person: Person;
let cookie: string; // eh.session_token=<token>.<signature>, URL-encoded as the browser sends it
let token: string;
let secret: string;
const sessionCookie = async (p: Person) => (await signIn(p)).split("; ").find((c) => c.startsWith("eh.session_token="))!;
const tokenOf = (c: string) => decodeURIComponent(c.slice(c.indexOf("=") + 1)).split(".")[0]!;
const sign = (value: string, key = secret) => encodeURIComponent(`${value}.${createHmac("sha256", key).update(value).digest("base64")}`);

beforeAll(async () => {
  person = await createPerson("OPERATOR");
  cookie = await sessionCookie(person);
  secret = (await auth().$context).secret;
  token = tokenOf(cookie);
});

describe("sessionContext agrees with Better Auth's getSession", () => {
  const cases: [string, () => string][] = [
    ["the cookie sign-in set", () => cookie],
    ["the same cookie among others", () => `theme=dark; ${cookie}; eh-locale=ja`],
    ["no cookie at all", () => ""],
    ["another cookie only", () => "theme=dark"],
    ["a signature of the wrong length", () => `eh.session_token=${encodeURIComponent(`${token}.abc=`)}`],
    ["a signature made with another secret", () => `eh.session_token=${sign(token, "not-the-secret-not-the-secret-123")}`],
    ["a token altered after signing", () => `eh.session_token=${encodeURIComponent(`${token}x.${decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1)).split(".").pop()}`)}`],
    ["a well-signed token that is not a session", () => `eh.session_token=${sign("no-such-session-token-0123456789")}`],
    ["the value without a signature", () => `eh.session_token=${token}`],
    ["a malformed percent-encoding", () => `eh.session_token=%E0%A4%A.${token}`],
    ["the cookie under another name", () => cookie.replace("eh.session_token", "eh.session_tokens")],
    ["the cookie twice, a forged one first", () => `eh.session_token=${sign("forged-session-token-0123456789", "x".repeat(32))}; ${cookie}`],
  ];
  it.each(cases)("%s", async (_name, make) => {
    const c = make();
    const expected = await betterAuthUserId(c);
    expect(await oursUserId(c)).toBe(expected);
  });

  it("the good cookie is a session, every forged one is not", async () => {
    expect(await oursUserId(cookie)).toBe(person.id);
    for (const [name, make] of cases.slice(2)) expect(await oursUserId(make()), name).toBeNull();
  });

  it("a disabled person and an expired session have no context; the expired session is removed", async () => {
    const other = await createPerson("VIEWER");
    const otherCookie = await sessionCookie(other);
    expect(await oursUserId(otherCookie)).toBe(other.id);
    await db().user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await oursUserId(otherCookie)).toBeNull();

    const third = await createPerson("VIEWER");
    const thirdCookie = await sessionCookie(third);
    const thirdToken = tokenOf(thirdCookie);
    await db().session.update({ where: { token: thirdToken }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await oursUserId(thirdCookie)).toBeNull();
    expect(await db().session.count({ where: { token: thirdToken } })).toBe(0);
    expect(await betterAuthUserId(thirdCookie)).toBeNull();
  });

  it("a signed-out session is gone at once", async () => {
    const other = await createPerson("VIEWER");
    const otherCookie = await sessionCookie(other);
    const otherToken = tokenOf(otherCookie);
    await db().session.delete({ where: { token: otherToken } });
    expect(await oursUserId(otherCookie)).toBeNull();
    expect(await betterAuthUserId(otherCookie)).toBeNull();
  });
});

describe("verifiedSessionToken", () => {
  it("returns the token of a well-signed cookie and null otherwise", () => {
    const h = (c: string) => new Headers({ cookie: c });
    expect(verifiedSessionToken(h(cookie), "eh.session_token", secret)).toBe(token);
    expect(verifiedSessionToken(h(cookie), "eh.session_token", "another-secret-another-secret-12")).toBeNull();
    expect(verifiedSessionToken(h(cookie), "__Secure-eh.session_token", secret)).toBeNull();
    expect(verifiedSessionToken(h(`__Secure-${cookie}`), "__Secure-eh.session_token", secret)).toBe(token);
    expect(verifiedSessionToken(new Headers(), "eh.session_token", secret)).toBeNull();
  });
});

describe("requestFacts' client address", () => {
  const betterAuthIp = (headers: Headers) =>
    getIP(headers, { advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: requiredEnv().TRUSTED_PROXIES } } }) ?? undefined;
  const forwarded = [undefined, "", "203.0.113.7", " 203.0.113.7 ", "2001:db8::1", "::ffff:198.51.100.2", "203.0.113.7, 198.51.100.9", "not an address", "999.1.1.1", "10.0.0.1,"];

  it("is Better Auth's getIP answer for every X-Forwarded-For value, asked once or many times", () => {
    for (let round = 0; round < 3; round++) {
      for (const value of forwarded) {
        const headers = new Headers(value === undefined ? {} : { "x-forwarded-for": value });
        expect(requestFacts(headers).sourceIp, `x-forwarded-for: ${value}`).toBe(betterAuthIp(headers));
      }
    }
  });

  it("stays right past its bound (it starts afresh)", () => {
    for (let i = 0; i <= CLIENT_IP_CACHE_MAX + 5; i++) {
      const headers = new Headers({ "x-forwarded-for": `198.51.${Math.floor(i / 256)}.${i % 256}` });
      expect(requestFacts(headers).sourceIp).toBe(betterAuthIp(headers));
    }
    expect(requestFacts(new Headers({ "x-forwarded-for": "203.0.113.7" })).sourceIp).toBe("203.0.113.7");
  });
});
