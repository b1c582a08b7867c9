import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const allowed = ["https://eh.example.com", "http://127.0.0.1:3100"];
const check = (method: string, origin: string | null, secFetchSite: string | null = null) => checkSameOrigin({ method, origin, secFetchSite, allowedOrigins: allowed }).ok;

describe("same-origin check (CSRF)", () => {
  it.each([
    ["GET", "https://evil.example", "cross-site", true],
    ["HEAD", null, null, true],
    ["POST", "https://eh.example.com", "same-origin", true],
    ["POST", "http://127.0.0.1:3100", null, true],
    ["POST", null, "same-origin", true],
    ["POST", "https://evil.example", null, false],
    ["POST", "https://eh.example.com", "cross-site", false],
    ["DELETE", "https://eh.example.com.evil.example", null, false],
    ["PUT", null, null, true],
    ["POST", null, "cross-site", false],
    ["PATCH", "null", null, false],
    ["POST", null, "same-site", false],
  ] as const)("%s from %s (%s) → %s", (method, origin, site, ok) => expect(check(method, origin, site)).toBe(ok));
});
