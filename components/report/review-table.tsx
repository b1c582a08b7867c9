import { getTranslations } from "next-intl/server";
import { StateBadge } from "@/components/ui/state-badge";
import { LEVEL_BADGE, type TenantView } from "./view-model";

/** One table, a row group per tenant (the tenant's cells span its token rows). */
export async function ReviewTable({ tenants }: { tenants: TenantView[] }) {
  const t = await getTranslations("report");
  const cols = ["tenant", "token", "expires", "daysLeft", "readiness", "rotation", "owner"] as const;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface shadow-sm print:overflow-visible print:shadow-none" tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid="review-table">
        <thead className="border-b border-line text-xs uppercase tracking-wide text-ink-3">
          <tr>
            {cols.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        {tenants.map((x) => {
          const rows = Math.max(1, x.tokens.length);
          const shared = (
            <>
              <td rowSpan={rows} className="px-3 py-2 align-top text-ink-2">
                <ul>
                  {x.readiness.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </td>
              <td rowSpan={rows} className="px-3 py-2 align-top text-ink-2">{x.rotation}</td>
              <td rowSpan={rows} className="px-3 py-2 align-top text-ink-2">{x.owner}</td>
            </>
          );
          return (
            <tbody key={x.id} className="print-break-avoid border-b border-line last:border-b-0" data-testid="review-tenant">
              {(x.tokens.length ? x.tokens : [null]).map((k, i) => (
                <tr key={k?.id ?? "none"}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={rows} className="px-3 py-2 align-top font-medium text-ink">
                      <span className="block">{x.name}</span>
                      <span className="mt-1 block">
                        <StateBadge state={x.state} />
                      </span>
                      <span className="mt-1 block text-xs font-normal text-ink-3">{x.timeZone}</span>
                    </th>
                  ) : null}
                  {k ? (
                    <>
                      <td className="px-3 py-2 align-top">
                        <span className="block text-ink">{k.label}</span>
                        <span className="block text-xs text-ink-3">{k.detail}</span>
                      </td>
                      <td className="px-3 py-2 align-top text-ink-2">{k.expires}</td>
                      <td className="px-3 py-2 align-top">
                        <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${LEVEL_BADGE[k.level]}`}>{k.days}</span>
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} className="px-3 py-2 align-top text-ink-3">
                      {t("noToken")}
                    </td>
                  )}
                  {i === 0 ? shared : null}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
