import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getSignedInUser } from "@/lib/server/request-context";

// Full-screen pages for the meeting room: signed-in people only, no navigation frame.
export const dynamic = "force-dynamic";

export default async function PresentLayout({ children }: { children: ReactNode }) {
  await getSignedInUser();
  return (
    <main id="main">
      <ClientMessages keys={["report.present"]}>{children}</ClientMessages>
    </main>
  );
}
