import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safe redirect after sign-in", () => {
  it.each([
    ["/audit?actor=ada", "/audit?actor=ada"],
    ["/settings/users", "/settings/users"],
    [null, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/sign-in", "/"],
    ["/ok\u0000", "/"],
  ])("%j → %s", (input, expected) => expect(safeNextPath(input)).toBe(expected));
});
