import { getFormatter, getTranslations } from "next-intl/server";
import { CountdownBadge } from "@/components/tokens/countdown-badge";
import { ExtendForm } from "@/components/tenant/extend-form";
import { TokenEntryForm } from "@/components/tenant/token-entry-form";
import { TokenValue } from "@/components/tenant/token-value";
import { computeCountdown } from "@/lib/domain/countdown";
import { MASK } from "@/lib/domain/install-command";
import { tenantThresholds } from "@/lib/domain/urgency";
import type { TenantDetail } from "@/lib/services/tenants/detail";
import { Section, SectionTable, td } from "./section";

const ENFORCE = { ENFORCED: "bg-ok-soft text-ok", NOT_ENFORCED: "bg-warning-soft text-warning" } as const;

export async function TokensSection({ tenant, operator, now }: { tenant: TenantDetail; operator: boolean; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("tenant"), getFormatter()]);
  const thresholds = tenantThresholds(tenant.thresholdsDays);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: tenant.timeZone }) : "—");
  const setLabel = (s: TenantDetail["tokenSets"][number]) => (s.vendorTokenSetId ? t("tokens.set", { id: `#${s.vendorTokenSetId}` }) : t("tokens.manualSet"));
  const rows = tenant.tokenSets.flatMap((s) => s.tokens.map((tok) => ({ set: s, tok })));
  return (
    <Section id="tokens-heading" title={t("tokens.heading")} description={t("tokens.description")}>
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-ink-3">{t("tokens.none")}</p>
      ) : (
        <SectionTable labelledBy="tokens-heading" testId="tokens-table" headers={[t("tokens.kind"), t("tokens.value"), t("tokens.fingerprint"), t("tokens.created"), t("tokens.expires"), t("tokens.enforce"), t("tokens.stage")]}>
              {rows.map(({ set, tok }) => {
                const countdown = tok.expiresAt ? computeCountdown({ expiresAt: tok.expiresAt, now, timeZone: tenant.timeZone, thresholds }) : null;
                const kindLabel = t(`kind.${tok.kind}`);
                return (
                  <tr key={tok.id} data-testid="token-row" data-kind={tok.kind}>
                    <th scope="row" className={`${td} text-left font-normal`}>
                      <div className="font-medium text-ink">{kindLabel}</div>
                      <div className="text-xs text-ink-3">{setLabel(set)} · {t(`source.${tok.source}`)}</div>
                    </th>
                    <td className={td}>
                      <TokenValue tenantId={tenant.id} tokenId={tok.id} masked={`${MASK}${tok.suffix ?? ""}`} kindLabel={kindLabel} canReveal={operator} />
                    </td>
                    <td className={`${td} font-mono text-xs`}>{tok.fingerprintPrefix}</td>
                    <td className={`${td} tabular-nums`}>{when(tok.vendorCreatedAt ?? tok.createdAt)}</td>
                    <td className={td}>
                      <div className="space-y-1">
                        {countdown ? <CountdownBadge countdown={countdown} /> : <span className="text-ink-3">{t("tokens.noExpiry")}</span>}
                        <div className="text-xs tabular-nums text-ink-3">{when(tok.expiresAt)}</div>
                        {operator ? <ExtendForm tenantId={tenant.id} tokenId={tok.id} kindLabel={kindLabel} /> : null}
                      </div>
                    </td>
                    <td className={td}>
                      <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${ENFORCE[set.enforceStatus]}`}>{t(`enforce.${set.enforceStatus}`)}</span>
                    </td>
                    <td className={td}>{t(`stage.${tok.stage}`)}</td>
                  </tr>
                );
              })}
        </SectionTable>
      )}
      {operator ? (
        <details className="group border-t border-line px-4 py-3" data-testid="token-entry">
          <summary className="cursor-pointer text-sm font-medium text-accent">{t("entry.heading")}</summary>
          <div className="mt-3 max-w-3xl">
            <TokenEntryForm tenantId={tenant.id} timeZone={tenant.timeZone} sets={tenant.tokenSets.map((s) => ({ id: s.id, label: t("entry.existingSet", { id: s.vendorTokenSetId ? `#${s.vendorTokenSetId}` : "—" }) }))} />
          </div>
        </details>
      ) : null}
    </Section>
  );
}
