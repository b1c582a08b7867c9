import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A plain, accessible data table for server-rendered lists. */
export function SimpleTable({ headers, rows, empty }: { headers: string[]; rows: ReactNode[][]; empty: string }) {
  return (
    // Focusable, so keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <Card className="overflow-x-auto" tabIndex={0}>
      {rows.length === 0 ? (
        <p className="p-6 text-sm text-ink-3">{empty}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-line text-xs uppercase tracking-wide text-ink-3">
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col" className="px-4 py-3 font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((cells, i) => (
              <tr key={i}>
                {cells.map((c, j) => (
                  <td key={j} className="px-4 py-3 text-ink-2">{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
