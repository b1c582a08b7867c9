"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SecretOnce } from "@/components/ui/secret-once";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { createUserAction } from "@/lib/actions/users";
import { ROLES, isRole } from "@/lib/auth/roles";

/** Creates a local user and shows the initial password once. */
export function AddUserForm() {
  const t = useTranslations("admin.users");
  const tr = useTranslations("auth.roles");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(createUserAction);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const role = String(form.get("role"));
    setError(null);
    const result = await executeAsync({ name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), role: isRole(role) ? role : "VIEWER" });
    if (result?.data) {
      setCreated({ email: result.data.email, password: result.data.password });
      formEl.reset();
    } else setError(describe(result?.serverError) ?? describe({ code: "validation", message: "" }));
  }

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("add.title")}</h2>
      <p className="mt-1 text-sm text-ink-3">{t("add.description")}</p>
      {created ? (
        <div className="mt-4">
          <SecretOnce label={t("add.created", { email: created.email })} value={created.password} onDone={() => setCreated(null)} />
        </div>
      ) : (
        <form onSubmit={onSubmit} className="mt-4 grid gap-4 md:grid-cols-[1fr_1fr_12rem_auto] md:items-end">
          <TextField label={t("name")} name="name" required maxLength={100} />
          <TextField label={t("email")} name="email" type="email" required />
          <SelectField label={t("role")} name="role" defaultValue="VIEWER">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" busy={isPending}>
            {isPending ? t("add.submitting") : t("add.submit")}
          </Button>
        </form>
      )}
      {error ? <div className="mt-4"><Notice tone="error">{error}</Notice></div> : null}
    </Card>
  );
}
