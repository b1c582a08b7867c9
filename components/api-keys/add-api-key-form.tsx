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
import { createApiKeyAction } from "@/lib/actions/api-keys";

const EXPIRY_DAYS = [30, 90, 180, 365] as const;

/** Creates a key and shows it once. */
export function AddApiKeyForm() {
  const t = useTranslations("admin.apiKeys");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(createApiKeyAction);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const name = String(form.get("name") ?? "");
    const days = Number(form.get("expiry"));
    setError(null);
    const result = await executeAsync({ name, scope: form.get("scope") === "OPERATOR" ? "OPERATOR" : "READ", expiresInDays: days > 0 ? days : null });
    if (result?.data) {
      setCreated({ name, key: result.data.key });
      formEl.reset();
    } else setError(describe(result?.serverError) ?? describe({ code: "validation", message: "" }));
  }

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("add.title")}</h2>
      {created ? (
        <div className="mt-4">
          <SecretOnce label={t("add.created", { name: created.name })} value={created.key} onDone={() => setCreated(null)} />
        </div>
      ) : (
        <form onSubmit={onSubmit} className="mt-4 grid gap-4 md:grid-cols-[1fr_12rem_14rem_auto] md:items-end">
          <TextField label={t("name")} name="name" required maxLength={100} />
          <SelectField label={t("scope")} name="scope" defaultValue="READ">
            <option value="READ">{t("scopes.READ")}</option>
            <option value="OPERATOR">{t("scopes.OPERATOR")}</option>
          </SelectField>
          <SelectField label={t("add.expiry")} name="expiry" defaultValue="90">
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {t("add.days", { count: d })}
              </option>
            ))}
            <option value="0">{t("add.noExpiry")}</option>
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
