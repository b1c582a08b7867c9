import { getFormatter, getTranslations } from "next-intl/server";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { AccessPanel } from "@/components/users/access-panel";
import { RoleForm } from "@/components/users/role-form";
import { TenantsForm } from "@/components/users/tenants-form";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { listTenants } from "@/lib/services/tenants/list";
import { getUserOrThrow } from "@/lib/services/users/get";

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const { id } = await params;
  const [user, tenants, t, format] = await Promise.all([orNotFound(getUserOrThrow({ ctx, id })), listTenants({ ctx }), getTranslations("admin.users"), getFormatter()]);
  const lockedUntil = user.lockedUntil && user.lockedUntil > new Date() ? format.dateTime(user.lockedUntil, { dateStyle: "medium", timeStyle: "short" }) : null;
  return (
    <>
      <PageHeader title={t("editUser", { name: user.name || user.email })} description={user.email} />
      <SettingsNav />
      <div className="grid gap-6 lg:grid-cols-2">
        <RoleForm userId={user.id} role={user.role} />
        <AccessPanel userId={user.id} email={user.email} disabled={Boolean(user.disabledAt)} lockedUntil={lockedUntil} />
        <div className="lg:col-span-2">
          <TenantsForm userId={user.id} isAdmin={user.role === "ADMIN"} tenants={tenants.map((x) => ({ id: x.id, name: x.name, slug: x.slug }))} assignments={user.memberships} />
        </div>
      </div>
    </>
  );
}
