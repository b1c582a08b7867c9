import type { ReactNode } from "react";
import { getSignedInUser } from "@/lib/server/request-context";

// Full-screen pages for the meeting room: signed-in people only, no navigation frame.
export const dynamic = "force-dynamic";

export default async function PresentLayout({ children }: { children: ReactNode }) {
  await getSignedInUser();
  return <main id="main">{children}</main>;
}
