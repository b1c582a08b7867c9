import type { ReactNode } from "react";

/** A titled card of the tenant page. */
export function Section({ id, title, description, actions, children }: { id: string; title: string; description?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-surface shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-line px-4 py-3">
        <div>
          <h2 id={id} className="text-base font-semibold text-ink">{title}</h2>
          {description ? <p className="mt-0.5 max-w-3xl text-sm text-ink-3">{description}</p> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

export const th = "px-4 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-ink-3";
export const td = "px-4 py-3 align-top text-ink-2";

/** A section's table: scrolls sideways on narrow screens (a focusable region named by the section), one header row. */
export function SectionTable({ labelledBy, testId, headers, children }: { labelledBy: string; testId: string; headers: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="border-b border-line bg-surface-2/60">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
}
