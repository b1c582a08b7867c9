import { describe, expect, it } from "vitest";
import { apiKeyRole, atLeast, effectiveTenantRole, isRole, minRole, rolesBelow } from "./roles";

describe("roles", () => {
  it.each([
    ["VIEWER", "VIEWER", true],
    ["VIEWER", "OPERATOR", false],
    ["VIEWER", "ADMIN", false],
    ["OPERATOR", "VIEWER", true],
    ["OPERATOR", "OPERATOR", true],
    ["OPERATOR", "ADMIN", false],
    ["ADMIN", "VIEWER", true],
    ["ADMIN", "OPERATOR", true],
    ["ADMIN", "ADMIN", true],
  ] as const)("%s at least %s: %s", (role, min, expected) => expect(atLeast(role, min)).toBe(expected));

  it("lists the roles below a requirement", () => {
    expect(rolesBelow("VIEWER")).toEqual([]);
    expect(rolesBelow("OPERATOR")).toEqual(["VIEWER"]);
    expect(rolesBelow("ADMIN")).toEqual(["VIEWER", "OPERATOR"]);
  });

  it.each([
    // user role, membership, effective
    ["ADMIN", null, "ADMIN"],
    ["ADMIN", "VIEWER", "ADMIN"],
    ["OPERATOR", null, null],
    ["OPERATOR", "VIEWER", "VIEWER"],
    ["OPERATOR", "OPERATOR", "OPERATOR"],
    ["VIEWER", "OPERATOR", "VIEWER"],
    ["VIEWER", null, null],
  ] as const)("a %s assigned as %s acts as %s on the tenant", (role, member, expected) => expect(effectiveTenantRole(role, member)).toBe(expected));

  it("API keys are never admins", () => {
    expect(apiKeyRole("READ")).toBe("VIEWER");
    expect(apiKeyRole("OPERATOR")).toBe("OPERATOR");
  });

  it("helpers", () => {
    expect(minRole("ADMIN", "VIEWER")).toBe("VIEWER");
    expect(isRole("OPERATOR")).toBe(true);
    expect(isRole("ROOT")).toBe(false);
  });
});
