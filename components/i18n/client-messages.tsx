import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/pick";

/**
 * Gives the client components below it the messages they translate with, and only those: each key is a
 * namespace as passed to `useTranslations` in them ("tenant", "auth.errors"). Without it every page
 * would carry all the messages (~80 kB of JSON) in its HTML (issue 6). Placed in the layout of the
 * route that needs them (or, for an index route with sub-routes, around the client island);
 * lib/i18n/client-messages.test.ts checks that every page's client components are covered.
 */
export async function ClientMessages({ keys, children }: { keys: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, keys)}>{children}</NextIntlClientProvider>;
}
