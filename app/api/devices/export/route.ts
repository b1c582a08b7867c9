// The device table as CSV, streamed batch by batch (the export is audited).
import { csvRow } from "@/lib/audit/csv";
import { parseDeviceQuery } from "@/lib/devices/query";
import { apiRoute } from "@/lib/server/route-handler";
import { DEVICE_CSV_COLUMNS, exportDevices } from "@/lib/services/devices/export";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/devices/export", role: "VIEWER", accepts: "session" }, async ({ req, ctx }) => {
  const query = parseDeviceQuery(new URL(req.url).searchParams);
  const batches = exportDevices({ ctx, input: query });
  // Pull the first batch before answering: a scope or audit failure is an error, not an empty file.
  const first = await batches.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow([...DEVICE_CSV_COLUMNS])));
      if (!first.done) controller.enqueue(encoder.encode(first.value.map(csvRow).join("")));
    },
    async pull(controller) {
      if (first.done) return controller.close();
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="devices-${query.change}-${day}.csv"`, "Cache-Control": "no-store" },
  });
});
