import { describe, expect, it } from "vitest";
import { canonicalJson, createChainVerifier, GENESIS_HASH, hashEvent, normalizeSummary, type ChainedEvent } from "./chain";

function chain(n: number): ChainedEvent[] {
  const out: ChainedEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields = {
      id: BigInt(i),
      at: new Date(Date.UTC(2026, 10, 23, 12, 0, i)),
      actorType: "USER",
      actorId: "u1",
      actorLabel: "ada@example.com",
      tenantId: i % 2 ? "t1" : null,
      action: "token.reveal",
      targetType: "token",
      targetId: `tok${i}`,
      summary: { kind: "AUTH", nested: { b: 2, a: 1 } },
      outcome: "success",
      requestId: `req${i}`,
      sourceIp: "192.0.2.1",
      prevHash: prev,
    };
    const hash = hashEvent(fields);
    out.push({ ...fields, hash });
    prev = hash;
  }
  return out;
}

function verify(events: ChainedEvent[]) {
  const v = createChainVerifier();
  for (const e of events) {
    const p = v.push(e);
    if (p) return p;
  }
  return { ok: v.checked };
}

describe("audit hash chain", () => {
  it("accepts an intact chain", () => expect(verify(chain(5))).toEqual({ ok: 5 }));

  it("names an event whose content changed", () => {
    const events = chain(5);
    events[2] = { ...events[2]!, summary: { kind: "ENCRYPTION", nested: { a: 1, b: 2 } } };
    expect(verify(events)).toMatchObject({ id: "3", kind: "content-changed" });
  });

  it("names the event after a removed one", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(verify(events)).toMatchObject({ id: "3", kind: "link-broken" });
  });

  it("detects a changed timestamp, actor and outcome", () => {
    for (const change of [{ at: new Date(0) }, { actorLabel: "mallory" }, { outcome: "failure" }]) {
      const events = chain(3);
      events[0] = { ...events[0]!, ...change };
      expect(verify(events)).toMatchObject({ id: "1", kind: "content-changed" });
    }
  });

  it("does not depend on key order (jsonb reorders keys)", () => {
    const [e] = chain(1);
    expect(hashEvent({ ...e!, summary: { nested: { a: 1, b: 2 }, kind: "AUTH" } })).toBe(e!.hash);
  });

  it("canonical JSON sorts keys and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: "x" }], e: null })).toBe('{"a":[{"c":"x"}],"b":1,"e":null}');
  });

  it("summaries lose secrets, NULs and undefined before they are hashed and stored", () => {
    expect(normalizeSummary({ apiToken: "s3cret", note: "a\u0000b", gone: undefined, at: new Date(0) })).toEqual({
      apiToken: "[redacted]",
      note: "ab",
      at: "1970-01-01T00:00:00.000Z",
    });
    expect(normalizeSummary(undefined)).toBeNull();
    expect(normalizeSummary("install token=abc")).toBe("install token=[redacted]");
  });
});
