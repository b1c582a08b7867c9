import { describe, expect, it } from "vitest";
import { queryHasNul, urlHasNul } from "@/lib/security/nul-url";

describe("urlHasNul", () => {
  it.each([
    ["http://h/audit?action=%00", true],
    ["http://h/audit?action=a%00b", true],
    ["http://h/tenants/%00", true],
    ["http://h/tenants/x%00y/devices", true],
    ["http://h/devices?q=%00", true],
    ["http://h/x?\u0000=1", true],
    ["http://h/audit?action=user.", false],
    ["http://h/devices?q=%2500", false], // the text "%00", not a NUL
    ["http://h/devices?q=100%25", false],
    ["http://h/tenants/t1?month=2026-12", false],
  ])("%s → %s", (url, expected) => {
    expect(urlHasNul(url)).toBe(expected);
  });
});

describe("queryHasNul", () => {
  it.each([
    ["http://h/api/audit/export?action=%00", true],
    ["http://h/api/audit/export?actor=&action=a%00", true],
    ["http://h/api/v1/tenants/%00", false], // the path: route-handler.ts answers 404 for such an id
    ["http://h/api/v1/tenants/t1", false],
    ["http://h/api/devices?q=host#%00", false], // a fragment is not sent to the server
    ["http://h/api/devices?q=%2500", false],
  ])("%s → %s", (url, expected) => {
    expect(queryHasNul(url)).toBe(expected);
  });
});
