import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext } from "@/lib/server/request-context";
import { parseAuditFilter } from "@/lib/services/audit/filter";
import { listAuditEvents } from "@/lib/services/audit/list";
import { listAuditActions } from "@/lib/services/audit/list-actions";
import { listTenants } from "@/lib/services/tenants/list";

type Search = Record<string, string | string[] | undefined>;

const cursor = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,19}$/.test(v) ? BigInt(v) : undefined);

function withParams(base: string, filter: Record<string, string | undefined>, extra: Record<string, string> = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const [t, ta, format, page, actions, tenants] = await Promise.all([
    getTranslations("pages.audit"),
    getTranslations("admin.audit"),
    getFormatter(),
    listAuditEvents({ ctx, filter, before: cursor(params.before), after: cursor(params.after) }),
    listAuditActions({ ctx }),
    listTenants({ ctx }),
  ]);
  const tenantName = new Map(tenants.map((x) => [x.id, x.name]));
  const filterParams = filter as Record<string, string | undefined>;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<VerifyChainButton />} />
      <AuditFilters filter={filter} actions={actions} tenants={tenants.map((x) => ({ id: x.id, name: x.name }))} exportHref={withParams("/api/audit/export", filterParams)} />
      <SimpleTable
        headers={[ta("when"), t("actor"), t("action"), ta("tenantColumn"), ta("target"), t("outcome"), ta("details"), ta("source")]}
        empty={ta("none")}
        rows={page.events.map((e) => [
          <span key="w" className="whitespace-nowrap tabular-nums">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</span>,
          e.actorLabel,
          <code key="a" className="font-mono text-xs">{e.action}</code>,
          e.tenantId ? (tenantName.get(e.tenantId) ?? e.tenantId) : "—",
          [e.targetType, e.targetId].filter(Boolean).join(" ") || "—",
          ta.has(`outcomes.${e.outcome}`) ? ta(`outcomes.${e.outcome}`) : e.outcome,
          e.summary === null ? "—" : <code key="s" className="block max-w-xs truncate font-mono text-xs" title={JSON.stringify(e.summary)}>{JSON.stringify(e.summary)}</code>,
          e.sourceIp ?? "—",
        ])}
      />
      <nav aria-label={ta("paging")} className="mt-4 flex gap-3 text-sm">
        {page.newerCursor ? (
          <>
            <Link className="text-accent hover:underline" href={withParams("/audit", filterParams)}>{ta("newest")}</Link>
            <Link className="text-accent hover:underline" href={withParams("/audit", filterParams, { after: String(page.newerCursor) })}>{ta("newer")}</Link>
          </>
        ) : null}
        {page.olderCursor ? <Link className="text-accent hover:underline" href={withParams("/audit", filterParams, { before: String(page.olderCursor) })}>{ta("older")}</Link> : null}
      </nav>
    </>
  );
}
