"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SecretOnce } from "@/components/ui/secret-once";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { createCalendarFeedAction, createTenantCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/actions/calendar";

export interface FeedRow {
  id: string;
  scope: string;
  createdBy: string;
  created: string;
  revoked: string | null;
}

const ALL = "__all__";

/** Create a subscription URL (shown once) and revoke existing ones. */
export function FeedManager({ tenants, feeds }: { tenants: { id: string; name: string }[]; feeds: FeedRow[] }) {
  const t = useTranslations("calendar.feeds");
  const describe = useDescribeError();
  const one = useAction(createTenantCalendarFeedAction);
  const all = useAction(createCalendarFeedAction);
  const [created, setCreated] = useState<{ scope: string; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get("scope") ?? ALL);
    setError(null);
    const r = value === ALL ? await all.executeAsync({}) : await one.executeAsync({ tenantId: value });
    if (r?.data) setCreated({ scope: value === ALL ? t("allTenants") : (tenants.find((x) => x.id === value)?.name ?? value), url: r.data.url });
    else setError(describe(r?.serverError) ?? describe({ code: "validation", message: "" }));
  }

  return (
    <div className="space-y-4">
      {created ? (
        <SecretOnce label={t("created", { scope: created.scope })} value={created.url} onDone={() => setCreated(null)} />
      ) : (
        <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[minmax(0,20rem)_auto] md:items-end">
          <SelectField label={t("scope")} name="scope" defaultValue={ALL}>
            <option value={ALL}>{t("allTenants")}</option>
            {tenants.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </SelectField>
          <Button type="submit" busy={one.isPending || all.isPending}>
            {one.isPending || all.isPending ? t("creating") : t("create")}
          </Button>
        </form>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {feeds.length === 0 ? (
        <p className="text-sm text-ink-3">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-sm" data-testid="feed-table">
            <thead className="border-b border-line text-xs uppercase tracking-wide text-ink-3">
              <tr>
                {(["scope", "createdBy", "created", "status", "actions"] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-medium">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {feeds.map((f) => (
                <tr key={f.id}>
                  <td className="px-3 py-2 font-medium text-ink">{f.scope}</td>
                  <td className="px-3 py-2 text-ink-2">{f.createdBy}</td>
                  <td className="px-3 py-2 text-ink-2">{f.created}</td>
                  <td className="px-3 py-2 text-ink-2">{f.revoked ? t("revoked", { date: f.revoked }) : t("active")}</td>
                  <td className="px-3 py-2">{f.revoked ? null : <RevokeFeed id={f.id} scope={f.scope} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function RevokeFeed({ id, scope }: { id: string; scope: string }) {
  const t = useTranslations("calendar.feeds");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(revokeCalendarFeedAction);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant="danger"
        busy={isPending}
        aria-label={t("revokeLabel", { scope })}
        onClick={async () => {
          const r = await executeAsync({ id });
          setError(r?.data ? null : describe(r?.serverError));
        }}
      >
        {isPending ? t("revoking") : t("revoke")}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-critical">
          {error}
        </span>
      ) : null}
    </span>
  );
}
