// next/link without prefetching, for every link in the app. Every dashboard route is dynamic and has no
// loading state, so a prefetch makes the server render the route's whole frame (session, countdown
// banner query, navigation) for nothing a click could reuse: the overview alone started ~40 such
// renders per view (its 50 tenant links and the navigation). A click still navigates client-side.
// eslint-disable-next-line no-restricted-imports -- the one place next/link is used
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
