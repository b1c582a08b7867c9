import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ConnectionReportDto } from "@/lib/connections/report";
import { ConnectionReport } from "./connection-report";

/** The last test of the stored settings, as kept on the row. */
export function StoredTest({ report }: { report: ConnectionReportDto | null }) {
  const t = useTranslations("connections");
  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("storedTest.title")}</h2>
      <div className="mt-3">{report ? <ConnectionReport report={report} /> : <p className="text-sm text-ink-3">{t("storedTest.none")}</p>}</div>
    </Card>
  );
}
