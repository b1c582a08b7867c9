// Every in-app link: a plain anchor. Inside the dashboard frame a plain click on it navigates in the
// page (components/shell/navigation-scope.tsx: one handler for the whole frame, no prefetching); on the
// pages outside it (sign-in, set-up, presentation mode) it loads the page. next/link cost a client
// component, four hooks and three handlers per link on every server render and ~2 kB of JavaScript
// on every route (issue 6); nothing here used what it adds (prefetching was off, no replace/scroll).
import type { AnchorHTMLAttributes } from "react";

export default function Link({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={href} {...props} />;
}
