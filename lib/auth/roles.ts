// Who may do what, as pure rules. A user's role (User.role) is their ceiling everywhere; admins see
// and manage every tenant, everyone else only the tenants they are assigned to (TenantMember), with
// the lower of their own role and the assignment's role. API keys act on every tenant with the
// role of their scope and never as admins.
export const ROLES = ["VIEWER", "OPERATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

export const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);

/** True when `role` includes everything `min` may do. */
export function atLeast(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

/** The roles that may NOT do what `min` may (for the authorization tests and error messages). */
export function rolesBelow(min: Role): Role[] {
  return ROLES.filter((r) => RANK[r] < RANK[min]);
}

/** The lower of two roles. */
export function minRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

/** A user's role on one tenant: null when they may not see it at all. */
export function effectiveTenantRole(userRole: Role, membership: Role | null | undefined): Role | null {
  if (userRole === "ADMIN") return "ADMIN";
  if (!membership) return null;
  return minRole(userRole, membership);
}

export type ApiKeyScope = "READ" | "OPERATOR";

/** The role an API key acts with. */
export function apiKeyRole(scope: ApiKeyScope): Role {
  return scope === "OPERATOR" ? "OPERATOR" : "VIEWER";
}
