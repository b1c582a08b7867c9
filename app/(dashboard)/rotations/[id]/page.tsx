import { getTranslations } from "next-intl/server";
import { RunPanel } from "@/components/rotations/run-panel";
import { PageHeader } from "@/components/ui/page-header";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { getRunView } from "@/lib/services/rotations/view";
import { getTenantOrThrow } from "@/lib/services/scope";

// Resuming is opening this URL: the server renders the run where it is (the step, what it waits for),
// and the panel picks up from there, also after a server restart in the middle of a step.
export default async function RotationRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  const t = await getTranslations("rotations");
  const view = await orNotFound(getRunView({ ctx, input: { runId: id } }));
  const { role } = await getTenantOrThrow(ctx, view.tenant.id);
  return (
    <>
      <PageHeader title={t("run.title", { plan: t(`plan.${view.plan}`), tenant: view.tenant.name })} />
      <RunPanel initial={JSON.parse(JSON.stringify(view))} canOperate={role !== "VIEWER"} isAdmin={ctx.actor.role === "ADMIN"} userId={ctx.actor.id} />
    </>
  );
}
