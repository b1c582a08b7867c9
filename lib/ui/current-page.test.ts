import { describe, expect, it } from "vitest";
import { isCurrentPage } from "@/lib/ui/current-page";

describe("isCurrentPage", () => {
  it.each([
    ["/tenants", "/tenants", false, true],
    ["/tenants", "/tenants/t1", false, true],
    ["/tenants", "/tenants/t1/devices", false, true],
    ["/tenants", "/tenantsx", false, false], // a sibling whose name starts the same
    ["/tenants", "/", false, false],
    ["/", "/", true, true],
    ["/", "/tenants", true, false], // the overview is exact: not current everywhere
    ["/", "/tenants", false, false], // and "/" has no pages "under" it in this sense
    ["/settings", "/settings", true, true],
    ["/settings", "/settings/users", true, false],
    ["/settings/users", "/settings/users/u1", false, true],
  ] as const)("%s on %s (exact %s) → %s", (href, pathname, exact, expected) => {
    expect(isCurrentPage(href, pathname, exact)).toBe(expected);
  });
});
