import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";

const USER_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  locale: true,
  disabledAt: true,
  lockedUntil: true,
  createdAt: true,
  accounts: { select: { providerId: true } },
  memberships: { select: { role: true, tenant: { select: { id: true, name: true } } }, orderBy: { tenant: { name: "asc" } } },
} as const;

/** Every user with their sign-in methods and tenant assignments (admins only). */
export async function listUsers({ ctx }: { ctx: ServiceContext }) {
  requireAdmin(ctx);
  const users = await ctx.db.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }], select: USER_SELECT });
  return users.map(({ accounts, ...u }) => ({ ...u, methods: [...new Set(accounts.map((a) => (a.providerId === "credential" ? "password" : "sso")))] }));
}
