import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { AddUserForm } from "@/components/users/add-user-form";
import { getRequestContext } from "@/lib/server/request-context";
import { listUsers } from "@/lib/services/users/list";

export default async function UsersPage() {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const [t, ta, format, users] = await Promise.all([getTranslations("admin.users"), getTranslations("auth.roles"), getFormatter(), listUsers({ ctx })]);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav />
      <div className="space-y-6">
        <SimpleTable
          headers={[t("name"), t("role"), t("tenants"), t("methods"), t("status"), ""]}
          empty={t("none")}
          rows={users.map((u) => [
            <span key="n">
              <span className="block font-medium text-ink">{u.name}</span>
              <span className="block text-xs text-ink-3">{u.email}</span>
            </span>,
            ta(u.role),
            u.role === "ADMIN" ? t("allTenants") : u.memberships.length ? u.memberships.map((m) => `${m.tenant.name} (${ta(m.role)})`).join(", ") : t("noTenants"),
            u.methods.map((m) => t(`method.${m}`)).join(", ") || "—",
            u.disabledAt ? t("disabled") : u.lockedUntil && u.lockedUntil > now ? `${t("locked")} · ${format.dateTime(u.lockedUntil, { timeStyle: "short" })}` : t("active"),
            <Link key="e" href={`/settings/users/${encodeURIComponent(u.id)}`} className="font-medium text-accent hover:underline" aria-label={t("editUser", { name: u.name || u.email })}>
              {t("edit")}
            </Link>,
          ])}
        />
        <AddUserForm />
      </div>
    </>
  );
}
