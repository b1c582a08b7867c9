"use client";
// CSV import: read the file in the browser, ask the server for a preview (nothing written), show the
// rows that will not be imported with their line, then import the good rows in one go.
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

interface Preview {
  ok: boolean;
  fileError?: string;
  rows: number;
  good: number;
  bad: number;
  existing: number;
  columns: Record<string, string>;
  ignoredColumns: string[];
  errors: { line: number; code: string; column?: string; value?: string }[];
  sample: { line: number; deviceKey: string; hostname: string | null; os: string | null; clientVersion: string | null; installMode: string | null; multiUser: boolean | null; users: string[] }[];
}

export function ImportForm({ tenants, initialTenantId }: { tenants: { id: string; name: string }[]; initialTenantId: string | null }) {
  const t = useTranslations("devices.import");
  const tt = useTranslations("devices");
  const format = useFormatter();
  const [tenantId, setTenantId] = useState(initialTenantId ?? tenants[0]?.id ?? "");
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ imported: number; bad: number } | null>(null);

  async function call(mode: "preview" | "import", text: string) {
    const res = await fetch(`/api/devices/import/${encodeURIComponent(tenantId)}?mode=${mode}`, { method: "POST", headers: { "content-type": "text/csv" }, body: text });
    const body = await res.json();
    if (!res.ok) throw new Error(body?.error?.message ?? String(res.status));
    return body;
  }

  async function onPreview(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    setError(null);
    setDone(null);
    setBusy("preview");
    try {
      const text = await file.text();
      setCsv(text);
      setPreview(await call("preview", text));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  }

  async function onImport() {
    if (!csv) return;
    setBusy("import");
    setError(null);
    try {
      const result = await call("import", csv);
      setDone({ imported: result.imported, bad: result.bad });
      setPreview(null);
      setCsv(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="grid gap-4">
      <Card className="p-4">
        <form onSubmit={onPreview} className="grid gap-4 md:grid-cols-[16rem_1fr_auto] md:items-end">
          <SelectField label={t("tenant")} name="tenant" value={tenantId} onChange={(e) => { setTenantId(e.target.value); setPreview(null); }}>
            {tenants.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </SelectField>
          <label className="grid gap-1 text-sm font-medium">
            {t("file")}
            <input name="file" type="file" accept=".csv,text/csv" required className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm font-normal" onChange={() => { setPreview(null); setDone(null); }} />
          </label>
          <Button type="submit" variant="secondary" busy={busy === "preview"} disabled={busy !== null || !tenantId}>{busy === "preview" ? t("previewing") : t("preview")}</Button>
        </form>
      </Card>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {done ? <Notice tone="success">{t("done", { imported: done.imported, bad: done.bad })}</Notice> : null}
      {preview && !preview.fileError ? (
        <Card className="p-4">
          <p className="text-sm" data-testid="import-summary">{t("summary", { rows: format.number(preview.rows), good: format.number(preview.good), bad: format.number(preview.bad), existing: format.number(preview.existing) })}</p>
          <p className="mt-2 text-xs text-ink-3">{t("columns")}: {Object.values(preview.columns).join(", ")}{preview.ignoredColumns.length > 0 ? ` · ${t("ignored")}: ${preview.ignoredColumns.join(", ")}` : ""}</p>
          {preview.ok ? (
            <div className="mt-3"><Button type="button" onClick={onImport} busy={busy === "import"} disabled={busy !== null}>{busy === "import" ? t("importing") : t("import", { count: preview.good })}</Button></div>
          ) : (
            <div className="mt-3"><Notice tone="error">{t("nothing")}</Notice></div>
          )}
        </Card>
      ) : null}
      {preview?.fileError ? <Notice tone="error">{t(`fileError.${preview.fileError}` as "fileError.empty")}</Notice> : null}
      {preview && preview.errors.length > 0 ? (
        <Card className="p-4">
          <h2 className="mb-2 font-semibold">{t("errors")}</h2>
          <table className="w-full text-left text-sm" data-testid="import-errors">
            <thead className="text-ink-3"><tr><th scope="col" className="py-1 font-medium">{t("line")}</th><th scope="col" className="py-1 font-medium">{t("problem")}</th><th scope="col" className="py-1 font-medium">{t("value")}</th></tr></thead>
            <tbody>
              {preview.errors.map((e, i) => (
                <tr key={`${e.line}-${e.code}-${i}`} className="border-t border-line">
                  <td className="py-1.5 tabular-nums">{e.line}</td>
                  <td className="py-1.5">{t(`rowError.${e.code}` as "rowError.no-key")}</td>
                  <td className="py-1.5 font-mono text-xs">{e.value ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      {preview && preview.sample.length > 0 ? (
        <Card className="p-4">
          <h2 className="mb-2 font-semibold">{t("sample")}</h2>
          <table className="w-full text-left text-sm">
            <thead className="text-ink-3"><tr><th scope="col" className="py-1 font-medium">{t("line")}</th><th scope="col" className="py-1 font-medium">{tt("table.host")}</th><th scope="col" className="py-1 font-medium">{tt("table.os")}</th><th scope="col" className="py-1 font-medium">{tt("table.client")}</th><th scope="col" className="py-1 font-medium">{tt("table.installMode")}</th><th scope="col" className="py-1 font-medium">{tt("table.userCount")}</th></tr></thead>
            <tbody>
              {preview.sample.map((d) => (
                <tr key={d.line} className="border-t border-line">
                  <td className="py-1.5 tabular-nums">{d.line}</td>
                  <td className="py-1.5">{d.hostname ?? d.deviceKey}</td>
                  <td className="py-1.5">{d.os ?? "—"}</td>
                  <td className="py-1.5">{d.clientVersion ?? "—"}</td>
                  <td className="py-1.5">{d.installMode ? tt(`mode.${d.installMode}` as "mode.UPN") : "—"}{d.multiUser ? ` · ${tt("table.multiUser")}` : ""}</td>
                  <td className="py-1.5 tabular-nums">{d.users.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
    </div>
  );
}
