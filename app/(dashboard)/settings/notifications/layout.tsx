import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The messages this route's client components translate with (components/i18n/client-messages.tsx). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages keys={["notifications", "auth.errors"]}>{children}</ClientMessages>;
}
