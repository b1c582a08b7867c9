import { Icon } from "@/components/ui/server-icon";
import Link from "@/components/ui/link";
import { StartRunButton } from "@/components/rotations/start-run-button";
import { getFormatter, getTranslations } from "next-intl/server";
import { CheckDriftButton } from "@/components/tenant/run-button";
import { AddBlackoutForm, RemoveBlackoutButton, ThresholdsForm } from "@/components/tenant/settings-forms";
import { MASK } from "@/lib/domain/install-command";
import type { TenantDetail } from "@/lib/services/tenants/detail";
import { Section, SectionTable, td } from "./section";

export { TokensSection } from "./tokens-section";

type Props = { tenant: TenantDetail; operator: boolean };

const DRIFT = {
  IN_SYNC: { cls: "bg-ok-soft text-ok", icon: "CheckCircle2" },
  DRIFTED: { cls: "bg-critical-soft text-critical", icon: "AlertTriangle" },
  NO_TOKEN: { cls: "bg-warning-soft text-warning", icon: "CircleSlash" },
  UNKNOWN: { cls: "bg-surface-2 text-ink-2", icon: "CircleHelp" },
} as const;

export async function MdmSection({ tenant, operator }: Props) {
  const [t, format] = await Promise.all([getTranslations("tenant.mdm"), getFormatter()]);
  return (
    <Section id="mdm-heading" title={t("heading")} description={t("description")} actions={operator && tenant.mdmTargets.length > 0 ? <CheckDriftButton tenantId={tenant.id} /> : undefined}>
      {tenant.mdmTargets.length === 0 ? (
        <p className="px-4 py-6 text-sm text-ink-3">{t("none")}</p>
      ) : (
        <SectionTable labelledBy="mdm-heading" testId="mdm-table" headers={[t("name"), t("connection"), t("drift"), t("carries"), t("lint"), t("lastChecked")]}>
              {tenant.mdmTargets.map((m) => {
                const { cls, icon } = DRIFT[m.drift];
                const errors = m.lint.filter((l) => l.severity === "error").length;
                return (
                  <tr key={m.id} data-testid="mdm-row" data-drift={m.drift}>
                    <th scope="row" className={`${td} text-left font-normal`}>
                      <div className="font-medium text-ink">{m.name}</div>
                      <div className="text-xs text-ink-3">{t(`kinds.${m.kind}`)} · {m.platform === "macos" ? "macOS" : "Windows"}</div>
                    </th>
                    <td className={td}>{m.connection.name}</td>
                    <td className={td}>
                      <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ${cls}`}>
                        <Icon name={icon} aria-hidden className="size-3.5" />
                        {t(`status.${m.drift}`)}
                      </span>
                    </td>
                    <td className={`${td} font-mono text-xs`}>{m.carriedFingerprintPrefix ? (m.carriesKnownToken ? m.carriedFingerprintPrefix : `${m.carriedFingerprintPrefix} (${t("unknownToken")})`) : "—"}</td>
                    <td className={td}>
                      {m.lint.length === 0 ? <span className="text-ok">{t("ok")}</span> : <span className={errors > 0 ? "text-critical" : "text-warning"}>{t("problems", { count: m.lint.length })}</span>}
                    </td>
                    <td className={`${td} text-xs tabular-nums`}>{m.lastCheckedAt ? format.dateTime(m.lastCheckedAt, { dateStyle: "medium", timeStyle: "short", timeZone: tenant.timeZone }) : "—"}</td>
                  </tr>
                );
              })}
        </SectionTable>
      )}
    </Section>
  );
}

export async function HistorySection({ tenant }: { tenant: TenantDetail }) {
  const [t, format] = await Promise.all([getTranslations("tenant"), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: tenant.timeZone }) : "—");
  const changes = [...tenant.tokenSets.flatMap((s) => s.tokens), ...tenant.history]
    .flatMap((tok) => tok.expiryChanges.map((c) => ({ ...c, kind: tok.kind, fp: tok.fingerprintPrefix })))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return (
    <Section id="history-heading" title={t("history.heading")}>
      {tenant.history.length === 0 ? (
        <p className="px-4 py-4 text-sm text-ink-3">{t("history.none")}</p>
      ) : (
        <SectionTable labelledBy="history-heading" testId="history-table" headers={[t("tokens.kind"), t("tokens.value"), t("tokens.fingerprint"), t("tokens.created"), t("tokens.expires"), t("history.retired"), t("history.source")]}>
              {tenant.history.map((tok) => (
                <tr key={tok.id}>
                  <th scope="row" className={`${td} text-left font-normal text-ink`}>{t(`kind.${tok.kind}`)} <span className="text-xs text-ink-3">· {t(`stage.${tok.stage}`)}</span></th>
                  <td className={`${td} font-mono text-xs`}>{`${MASK}${tok.suffix ?? ""}`}</td>
                  <td className={`${td} font-mono text-xs`}>{tok.fingerprintPrefix}</td>
                  <td className={`${td} tabular-nums`}>{when(tok.vendorCreatedAt ?? tok.createdAt)}</td>
                  <td className={`${td} tabular-nums`}>{when(tok.expiresAt)}</td>
                  <td className={`${td} tabular-nums`}>{when(tok.retiredAt)}</td>
                  <td className={td}>{t(`source.${tok.source}`)}</td>
                </tr>
              ))}
        </SectionTable>
      )}
      <div className="border-t border-line px-4 py-3">
        <h3 className="text-sm font-semibold text-ink">{t("history.changes")}</h3>
        {changes.length === 0 ? (
          <p className="mt-1 text-sm text-ink-3">{t("history.noChanges")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm text-ink-2" data-testid="expiry-changes">
            {changes.map((c) => (
              <li key={c.id} className="tabular-nums">
                <span className="font-medium text-ink">{t(`kind.${c.kind}`)}</span> <span className="font-mono text-xs">{c.fp}</span>: {t("history.change", { from: when(c.fromExpiry), to: when(c.toExpiry) })}{" "}
                <span className="text-ink-3">· {when(c.createdAt)} · {c.actor ? t("history.by", { name: c.actor.name || c.actor.email }) : t("history.syncNote")}{c.note && c.note !== "sync" ? ` · ${c.note}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}

export async function ReadinessSection({ tenant }: { tenant: TenantDetail }) {
  const [t, to, format] = await Promise.all([getTranslations("tenant.readiness"), getTranslations("overview.readiness"), getFormatter()]);
  const r = tenant.readiness;
  return (
    // Readiness summary slot: the devices engineer's summary component replaces the body of this section.
    <Section id="readiness-heading" title={t("heading")}>
      <div className="px-4 py-4 text-sm" data-testid="readiness-summary">
        {r ? (
          <div className="space-y-1">
            <p className="text-lg font-semibold tabular-nums text-ink">{t("summary", { ready: r.devices - r.refused, devices: r.devices, change: to(`change.${r.change}`) })}</p>
            <p className={r.usersRefused > 0 ? "text-critical" : "text-ink-2"}>{t("users", { users: r.users, usersRefused: r.usersRefused })}</p>
            <p className="text-xs text-ink-3">{t("taken", { when: format.dateTime(new Date(r.takenAt), { dateStyle: "medium", timeStyle: "short", timeZone: tenant.timeZone }) })}</p>
          </div>
        ) : (
          <p className="text-ink-3">{t("notSynced")}</p>
        )}
        <Link href={`/devices?tenant=${tenant.id}`} className="mt-3 inline-block text-sm font-medium text-accent hover:underline">{t("devicesLink")}</Link>
      </div>
    </Section>
  );
}

export async function RotationSection({ tenant, operator }: Props) {
  const [t, format] = await Promise.all([getTranslations("tenant.rotation"), getFormatter()]);
  return (
    <Section id="rotation-heading" title={t("heading")}>
      <div className="space-y-3 px-4 py-4 text-sm text-ink-2" data-testid="rotation-slot">
        {tenant.activeRotation ? (
          <p>
            {t("active", { step: tenant.activeRotation.step })}{" "}
            <Link href={`/rotations/${tenant.activeRotation.id}`} className="font-medium text-accent hover:underline">{t("openRun")}</Link>
          </p>
        ) : tenant.nextRotationAt ? (
          <p>{t("next", { date: format.dateTime(tenant.nextRotationAt, { dateStyle: "full", timeZone: tenant.timeZone }) })}</p>
        ) : (
          <p className="text-ink-3">{t("notPlanned")}</p>
        )}
        {operator && !tenant.activeRotation ? <StartRunButton tenantId={tenant.id} seState={tenant.seState} /> : null}
      </div>
    </Section>
  );
}

export async function ThresholdsSection({ tenant, operator }: Props) {
  const t = await getTranslations("tenant.thresholds");
  return (
    <Section id="thresholds-heading" title={t("heading")} description={t("description")}>
      <div className="px-4 py-4">
        {operator ? <ThresholdsForm tenantId={tenant.id} days={tenant.thresholdsDays} /> : <p className="text-sm tabular-nums text-ink-2">{tenant.thresholdsDays.join(", ")}</p>}
      </div>
    </Section>
  );
}

export async function BlackoutSection({ tenant, operator, isAdmin }: Props & { isAdmin: boolean }) {
  const [t, format] = await Promise.all([getTranslations("tenant.blackout"), getFormatter()]);
  return (
    <Section id="blackout-heading" title={t("heading")} description={t("description")}>
      {tenant.blackoutDays.length === 0 ? (
        <p className="px-4 py-4 text-sm text-ink-3">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="blackout-list">
          {tenant.blackoutDays.map((b) => (
            <li key={b.id} className="flex items-center justify-between gap-3 px-4 py-2 text-sm">
              <span>
                <span className="font-medium tabular-nums text-ink">{format.dateTime(new Date(`${b.day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</span>
                <span className="ml-2 text-ink-2">{b.reason}</span>
                <span className="ml-2 text-xs text-ink-3">{b.tenantId ? t("thisTenant") : t("global")}</span>
              </span>
              {operator && (b.tenantId || isAdmin) ? <RemoveBlackoutButton tenantId={tenant.id} blackoutDayId={b.id} day={b.day} /> : null}
            </li>
          ))}
        </ul>
      )}
      {operator ? (
        <div className="border-t border-line px-4 py-4">
          <AddBlackoutForm tenantId={tenant.id} isAdmin={isAdmin} />
        </div>
      ) : null}
    </Section>
  );
}
