import { describe, expect, it } from "vitest";
import { parseTarget, targetHint } from "./target";

describe("parseTarget", () => {
  it.each([
    ["EMAIL", "ops@example.com, sec@example.com", { ok: true, value: "ops@example.com, sec@example.com" }],
    ["EMAIL", "ops@example.com;sec@example.com", { ok: true, value: "ops@example.com, sec@example.com" }],
    ["EMAIL", "not-an-address", { ok: false }],
    ["EMAIL", "", { ok: false }],
    ["SLACK", "https://hooks.slack.com/services/T000/B000/XXXXXXXX", { ok: true }],
    ["TEAMS", "http://hooks.example.com/x", { ok: false }],
    ["WEBHOOK", "http://127.0.0.1:3999/hook", { ok: true }],
    ["WEBHOOK", "https://user:pw@example.com/hook", { ok: false }],
    ["WEBHOOK", "ftp://example.com/x", { ok: false }],
    ["WEBHOOK", "hooks.slack.com/services", { ok: false }],
  ] as const)("%s %s", (kind, raw, expected) => {
    expect(parseTarget(kind, raw)).toMatchObject(expected);
  });
});

describe("targetHint reveals nothing usable", () => {
  it("masks a webhook URL to its host and 4 characters", () => {
    const url = "https://hooks.slack.com/services/T0AAA/B0BBB/abcdefghijklmnopqrstx7Q2";
    const hint = targetHint("SLACK", url);
    expect(hint).toBe("hooks.slack.com/…/x7Q2");
    expect(hint).not.toContain("abcdefgh");
  });
  it("masks e-mail addresses", () => {
    expect(targetHint("EMAIL", "ops@example.com, sec@example.com")).toBe("o••@example.com (+1)");
  });
});
