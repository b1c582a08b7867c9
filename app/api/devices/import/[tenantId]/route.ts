// CSV import of the console's Devices export: `?mode=preview` answers what would be written (nothing
// is), `?mode=import` writes every good row in one transaction. The body is the CSV text.
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/server/route-handler";
import { ValidationError } from "@/lib/server/errors";
import { importDevices, MAX_IMPORT_BYTES, previewDeviceImport } from "@/lib/services/devices/import";

export const dynamic = "force-dynamic";

const Mode = z.enum(["preview", "import"]);

export const POST = apiRoute<{ tenantId: string }>(
  { name: "POST /api/devices/import/[tenantId]", role: "OPERATOR", accepts: "session", tenantParam: "tenantId" },
  async ({ req, ctx, params }) => {
    const mode = Mode.safeParse(new URL(req.url).searchParams.get("mode"));
    if (!mode.success) throw new ValidationError("mode must be preview or import");
    const length = Number(req.headers.get("content-length") ?? "0");
    if (length > MAX_IMPORT_BYTES) throw new ValidationError("The file is larger than 50 MB");
    const csv = await req.text();
    if (csv.length > MAX_IMPORT_BYTES) throw new ValidationError("The file is larger than 50 MB");
    const input = { tenantId: params.tenantId, csv };
    const result = mode.data === "preview" ? await previewDeviceImport({ ctx, input }) : await importDevices({ ctx, input });
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
  },
);
