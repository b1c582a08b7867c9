// CSV export of the audit log with the audit page's filters (admins, signed in; the export is audited).
import { apiRoute } from "@/lib/server/route-handler";
import { csvRow } from "@/lib/audit/csv";
import { AUDIT_CSV_COLUMNS, exportAuditEvents } from "@/lib/services/audit/export";
import { parseAuditFilter } from "@/lib/services/audit/filter";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/audit/export", role: "ADMIN", accepts: "session" }, async ({ req, ctx }) => {
  const filter = parseAuditFilter(new URL(req.url).searchParams);
  const rows = exportAuditEvents({ ctx, filter });
  // Pull the first row before answering: an export whose own audit event fails is refused, not empty.
  const first = await rows.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow([...AUDIT_CSV_COLUMNS])));
      if (!first.done) controller.enqueue(encoder.encode(csvRow(AUDIT_CSV_COLUMNS.map((c) => first.value[c]))));
    },
    async pull(controller) {
      if (first.done) return controller.close();
      const next = await rows.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(csvRow(AUDIT_CSV_COLUMNS.map((c) => next.value[c]))));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
