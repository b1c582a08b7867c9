"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { setUserRoleAction } from "@/lib/actions/users";
import { ROLES, isRole, type Role } from "@/lib/auth/roles";

export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("auth.roles");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(setUserRoleAction);
  const [value, setValue] = useState<Role>(role);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("roleForm.title")}</h2>
      <p className="mt-1 text-sm text-ink-3">{t("roleForm.description")}</p>
      <div className="mt-4 flex items-end gap-3">
        <div className="w-48">
          <SelectField label={t("role")} name="role" value={value} onChange={(e) => isRole(e.target.value) && setValue(e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </SelectField>
        </div>
        <Button
          busy={isPending}
          onClick={async () => {
            const result = await executeAsync({ userId, role: value });
            setMessage(result?.data ? { tone: "success", text: t("roleForm.saved") } : { tone: "error", text: describe(result?.serverError) ?? "" });
          }}
        >
          {t("roleForm.save")}
        </Button>
      </div>
      {message ? <div className="mt-4"><Notice tone={message.tone}>{message.text}</Notice></div> : null}
    </Card>
  );
}
