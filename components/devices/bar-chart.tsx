// A horizontal bar chart that is a table: every bar has its numbers as text next to it, so screen
// readers and printouts get the same figures (no canvas, no chart library).
export interface BarRow {
  label: string;
  devices: number;
  refused: number;
  href?: string;
}

export function BarChart({ title, rows, refusedLabel, readyLabel, countHeader, format }: { title: string; rows: BarRow[]; refusedLabel: string; readyLabel: string; countHeader: string; format: (n: number) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.devices));
  const shown = rows.filter((r) => r.devices > 0);
  return (
    <figure className="min-w-0">
      <figcaption className="mb-2 text-sm font-medium text-ink-2">{title}</figcaption>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{refusedLabel}</th>
            <th scope="col">{countHeader}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.label} className="align-middle">
              <th scope="row" className="w-32 py-1 pr-2 text-left font-normal text-ink-2">{r.href ? <a className="hover:underline" href={r.href}>{r.label}</a> : r.label}</th>
              <td className="py-1">
                <div className="flex h-4 overflow-hidden rounded bg-surface-2" style={{ width: `${Math.max(2, (r.devices / max) * 100)}%` }} aria-hidden="true">
                  <div className="h-full bg-critical" style={{ width: `${(r.refused / Math.max(1, r.devices)) * 100}%` }} />
                  <div className="h-full flex-1 bg-ok/50" />
                </div>
              </td>
              <td className="w-36 py-1 pl-2 text-right tabular-nums text-ink-2">
                <span className="font-medium text-critical">{format(r.refused)}</span> / {format(r.devices)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 flex gap-4 text-xs text-ink-3" aria-hidden="true">
        <span className="inline-flex items-center gap-1"><span className="inline-block size-2.5 rounded-sm bg-critical" />{refusedLabel}</span>
        <span className="inline-flex items-center gap-1"><span className="inline-block size-2.5 rounded-sm bg-ok/50" />{readyLabel}</span>
      </p>
    </figure>
  );
}
