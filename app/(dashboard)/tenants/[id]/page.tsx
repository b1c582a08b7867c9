import { Icon } from "@/components/ui/server-icon";
import Link from "@/components/ui/link";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { StateBadge } from "@/components/ui/state-badge";
import { SyncButton } from "@/components/tenant/run-button";
import { atLeast } from "@/lib/auth/roles";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { getTenantDetail } from "@/lib/services/tenants/detail";
import { BlackoutSection, HistorySection, MdmSection, ReadinessSection, RotationSection, ThresholdsSection, TokensSection } from "./sections";

// The title and the page read the same tenant: one lookup per request, not two.
const loadTenant = cache(async (id: string) => getTenantDetail({ ctx: await getRequestContext(), tenantId: id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const tenant = await loadTenant(id).catch(() => null);
  return { title: tenant?.name ?? "—" };
}

/** One tenant: tokens and their countdowns, history, MDM drift, readiness, rotation, thresholds, blackout days. */
export default async function TenantPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [ctx, tenant, t, format] = await Promise.all([getRequestContext(), orNotFound(loadTenant(id)), getTranslations("tenant"), getFormatter()]);
  const operator = atLeast(tenant.role, "OPERATOR");
  const now = new Date();
  const meta: [string, string][] = [
    [t("meta.region"), tenant.region ?? "—"],
    [t("meta.timeZone"), tenant.timeZone],
    [t("meta.addonHost"), tenant.addonHost],
    [t("meta.owner"), tenant.owner ?? "—"],
    [t("meta.lastSynced"), tenant.lastSyncedAt ? format.dateTime(tenant.lastSyncedAt, { dateStyle: "medium", timeStyle: "short", timeZone: tenant.timeZone }) : t("meta.never")],
  ];
  return (
    <>
      <Link href="/tenants" className="mb-3 inline-flex items-center gap-1 text-sm text-ink-3 hover:text-ink">
        <Icon name="ChevronLeft" aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{tenant.name}</h1>
            <StateBadge state={tenant.seState} />
            {tenant.multiToken ? <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent">{t("multiToken")}</span> : null}
          </div>
          <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {meta.map(([k, v]) => (
              <div key={k} className="flex gap-1.5">
                <dt className="text-ink-3">{k}</dt>
                <dd className="text-ink-2">{v}</dd>
              </div>
            ))}
          </dl>
        </div>
        {operator ? <SyncButton tenantId={tenant.id} /> : null}
      </div>
      {!operator ? <p className="mb-4 rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-ink-2">{t("viewerNote")}</p> : null}
      <div className="space-y-6">
        <TokensSection tenant={tenant} operator={operator} now={now} />
        <div className="grid gap-6 lg:grid-cols-2">
          <ReadinessSection tenant={tenant} />
          <RotationSection tenant={tenant} operator={operator} />
        </div>
        <MdmSection tenant={tenant} operator={operator} />
        <HistorySection tenant={tenant} />
        <div className="grid gap-6 lg:grid-cols-2">
          <ThresholdsSection tenant={tenant} operator={operator} />
          <BlackoutSection tenant={tenant} operator={operator} isAdmin={ctx.actor.role === "ADMIN"} />
        </div>
      </div>
    </>
  );
}
