"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { setUserTenantsAction } from "@/lib/actions/users";

type TenantRole = "VIEWER" | "OPERATOR";

/** Which tenants a person works on, and as what. */
export function TenantsForm({ userId, isAdmin, tenants, assignments }: { userId: string; isAdmin: boolean; tenants: { id: string; name: string; slug: string }[]; assignments: { tenantId: string; role: string }[] }) {
  const t = useTranslations("admin.users.tenantForm");
  const tr = useTranslations("auth.roles");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(setUserTenantsAction);
  const [chosen, setChosen] = useState<Record<string, TenantRole | undefined>>(() =>
    Object.fromEntries(assignments.map((a) => [a.tenantId, a.role === "OPERATOR" ? "OPERATOR" : "VIEWER"])),
  );
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-ink-3">{isAdmin ? t("adminNote") : t("description")}</p>
      {isAdmin ? null : tenants.length === 0 ? (
        <p className="mt-4 text-sm text-ink-3">{t("none")}</p>
      ) : (
        <>
          <table className="mt-4 w-full text-left text-sm">
            <thead className="border-b border-line text-xs uppercase tracking-wide text-ink-3">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{t("assigned")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{tr("OPERATOR")} / {tr("VIEWER")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {tenants.map((tenant) => {
                const role = chosen[tenant.id];
                return (
                  <tr key={tenant.id}>
                    <td className="py-2 pr-4">
                      <label className="flex items-center gap-2">
                        <input type="checkbox" checked={Boolean(role)} onChange={(e) => setChosen((c) => ({ ...c, [tenant.id]: e.target.checked ? "VIEWER" : undefined }))} />
                        <span>{tenant.name}</span>
                        <span className="text-xs text-ink-3">{tenant.slug}</span>
                      </label>
                    </td>
                    <td className="py-2 pr-4">
                      <select
                        aria-label={`${tenant.name}: ${tr("OPERATOR")} / ${tr("VIEWER")}`}
                        disabled={!role}
                        value={role ?? "VIEWER"}
                        onChange={(e) => setChosen((c) => ({ ...c, [tenant.id]: e.target.value === "OPERATOR" ? "OPERATOR" : "VIEWER" }))}
                        className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink disabled:opacity-50"
                      >
                        <option value="VIEWER">{tr("VIEWER")}</option>
                        <option value="OPERATOR">{tr("OPERATOR")}</option>
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Button
            className="mt-4"
            busy={isPending}
            onClick={async () => {
              const list = Object.entries(chosen).flatMap(([tenantId, role]) => (role ? [{ tenantId, role }] : []));
              const result = await executeAsync({ userId, assignments: list });
              setMessage(result?.data ? { tone: "success", text: t("saved") } : { tone: "error", text: describe(result?.serverError) ?? "" });
            }}
          >
            {t("save")}
          </Button>
        </>
      )}
      {message ? <div className="mt-4"><Notice tone={message.tone}>{message.text}</Notice></div> : null}
    </Card>
  );
}
