import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { getDevice } from "@/lib/services/devices/get";

export default async function DevicePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  const { id } = await params;
  const [t, td, tc, format, { device, readiness, tokenIsCurrent }] = await Promise.all([
    getTranslations("devices"),
    getTranslations("domain"),
    getTranslations("common"),
    getFormatter(),
    orNotFound(getDevice({ ctx, input: { id } })),
  ]);
  const when = (d: Date | null) => (d ? `${format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC` : "—");
  const yesNo = (b: boolean) => (b ? t("table.yes") : t("table.no"));
  const fp = device.tokenFingerprint?.slice(0, 8);
  const facts: [string, string][] = [
    [t("detail.deviceUid"), device.nsDeviceUid ?? "—"],
    [t("detail.serial"), device.serialNumber ?? "—"],
    [t("detail.os"), `${tc(`os.${device.os}`)}${device.osVersion ? ` ${device.osVersion}` : ""}`],
    [t("detail.client"), device.clientVersion ?? "—"],
    [t("detail.installMode"), t(`mode.${device.installMode}`)],
    [t("detail.multiUser"), yesNo(device.multiUser)],
    [t("detail.npaPrelogon"), yesNo(device.npaPrelogon)],
    [t("detail.protect"), yesNo(device.protectClientConfig)],
    [t("detail.classification"), tc(`classification.${device.classification}`)],
    [t("detail.sources"), device.sources.map((s) => t(`sync.source.${s}`)).join(", ") || "—"],
    [t("detail.intune"), device.intuneDeviceId ?? "—"],
    [t("detail.jamf"), device.jamfComputerId ?? "—"],
    [t("detail.lastSeen"), when(device.lastSeenAt)],
    [
      t("detail.token"),
      fp ? `${tokenIsCurrent ? t("detail.tokenCurrent", { fp }) : t("detail.tokenOld", { fp })}${device.tokenGivenAt ? ` · ${t("detail.givenAt", { date: when(device.tokenGivenAt) })}` : ""}` : t("detail.tokenNone"),
    ],
  ];
  return (
    <>
      <p className="mb-2 text-sm"><Link className="text-accent hover:underline" href={`/devices?tenantId=${device.tenantId}`}>← {t("detail.back")}</Link></p>
      <PageHeader title={device.hostname ?? device.serialNumber ?? device.deviceKey} description={device.tenant.name} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="p-4">
          <h2 className="mb-2 font-semibold">{t("detail.identity")}</h2>
          <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm">
            {facts.map(([k, v]) => (
              <div key={k} className="contents"><dt className="text-ink-3">{k}</dt><dd className="break-all">{v}</dd></div>
            ))}
          </dl>
        </Card>
        <Card className="p-4">
          <h2 className="mb-2 font-semibold">{t("detail.readiness")}</h2>
          <ul className="grid gap-3">
            {readiness.map((r) => (
              <li key={r.change} className="rounded-md border border-line p-3 text-sm">
                <p className="font-medium">{td(`change.${r.change}`)}: <span className={r.refused ? "text-critical" : "text-ok"}>{r.refused ? t("detail.refusedFrom", { step: td.has(`step.${r.step}.title`) ? td(`step.${r.step}.title`) : String(r.step) }) : t("detail.notRefused")}</span></p>
                <p className="mt-1 text-ink-2"><span className="text-ink-3">{t("detail.reasons")}: </span>{r.reasons.map((x) => (td.has(`reason.${x.code}`) ? td(`reason.${x.code}`) : x.message)).join(" ")}</p>
                <p className="mt-1 text-ink-2"><span className="text-ink-3">{t("detail.remediations")}: </span>{r.remediations.map((x) => td(`remediation.${x}.label`)).join(" → ")}</p>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <Card className="mt-4 p-4">
        <h2 className="mb-2 font-semibold">{t("detail.users", { count: device.users.length })}</h2>
        <SimpleTable headers={[t("detail.username"), t("detail.lastEvent")]} empty={t("detail.noUsers")} rows={device.users.map((u) => [u.username, when(u.lastEventAt)])} />
      </Card>
    </>
  );
}
