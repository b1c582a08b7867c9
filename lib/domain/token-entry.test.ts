import { describe, expect, it } from "vitest";
import { checkExtension, checkTokenDates, checkTokenFormat, driftOf, parseLocalDateTime } from "./token-entry";

const GOOD = "ACMEauthCurrent3Hj8Gb5Vc2Xn7Mq4Pw9Ls1Td";

describe("checkTokenFormat", () => {
  it.each([
    [GOOD, null],
    [`  ${GOOD}\n`, null],
    ["", "empty"],
    ["   ", "empty"],
    [`enrollauthtoken=${GOOD}`, "has-prefix"],
    [`ENROLLENCRYPTIONTOKEN = ${GOOD}`, "has-prefix"],
    [`=${GOOD}`, "leading-equals"],
    [`ACMEauth ${GOOD}`, "whitespace"],
    [`"${GOOD}"`, "quotes"],
    [`${GOOD}“`, "quotes"],
    ["ÄCMEauthCurrent3Hj8Gb5Vc2Xn7", "characters"],
    ["short12345", "too-short"],
    ["a".repeat(513), "too-long"],
    ["a".repeat(16), null],
  ])("%j → %s", (input, problem) => {
    const r = checkTokenFormat(input);
    if (problem === null) expect(r).toEqual({ ok: true, value: input.trim() });
    else expect(r).toEqual({ ok: false, problem });
  });
});

describe("parseLocalDateTime", () => {
  it("reads a wall-clock time in the tenant's zone", () => {
    expect(parseLocalDateTime("2027-02-01T09:30", "Asia/Tokyo")?.toISOString()).toBe("2027-02-01T00:30:00.000Z");
    expect(parseLocalDateTime("2027-07-01", "Europe/Berlin")?.toISOString()).toBe("2027-06-30T22:00:00.000Z");
  });
  it.each(["", "2027-02-30", "2027-13-01T00:00", "2027-01-01T24:00", "01/02/2027", "2027-01-01T9:00"])("rejects %j", (v) => {
    expect(parseLocalDateTime(v, "UTC")).toBeNull();
  });
});

describe("checkTokenDates", () => {
  const now = new Date("2026-11-23T09:00:00Z");
  const d = (days: number) => new Date(now.getTime() + days * 86_400_000);
  it.each([
    ["a fresh 90-day token", d(0), d(90), null],
    ["an old token still valid (created 81 days ago, 9 left)", d(-81), d(9), null],
    ["expiry in the past", d(-100), d(-1), { field: "expiresAt", problem: "expiry-in-past" }],
    ["expiry now", d(-90), now, { field: "expiresAt", problem: "expiry-in-past" }],
    ["less than 90 days of validity", d(0), d(30), { field: "expiresAt", problem: "below-minimum-validity" }],
    ["89 days", d(-1), d(88), { field: "expiresAt", problem: "below-minimum-validity" }],
    ["created tomorrow", d(1), d(120), { field: "createdAt", problem: "created-in-future" }],
  ])("%s", (_n, createdAt, expiresAt, expected) => {
    expect(checkTokenDates({ createdAt, expiresAt, now })).toEqual(expected);
  });
});

describe("checkExtension", () => {
  const now = new Date("2026-11-23T09:00:00Z");
  const d = (days: number) => new Date(now.getTime() + days * 86_400_000);
  it.each([
    [d(9), d(99), null],
    [null, d(30), null],
    [d(9), d(9), "not-later"],
    [d(9), d(5), "not-later"],
    [d(-3), d(-1), "expiry-in-past"],
  ])("%s → %s", (current, next, expected) => {
    expect(checkExtension({ current, next, now })).toBe(expected);
  });
});

describe("driftOf", () => {
  it.each([
    [null, ["a"], "NO_TOKEN"],
    ["a", ["a", "b"], "IN_SYNC"],
    ["b", ["a", "b"], "IN_SYNC"],
    ["old", ["a"], "DRIFTED"],
    ["a", [], "DRIFTED"],
  ] as const)("%s in %j → %s", (carried, current, expected) => {
    expect(driftOf(carried, current)).toBe(expected);
  });
});
