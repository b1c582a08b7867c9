// Form controls shared by the what-if page and the install-command builder: a radio group in a
// fieldset with a legend (so screen readers announce the question with each choice) and a labelled
// checkbox. Native inputs keep keyboard behaviour; focus rings are made clearly visible.
import { useId, type ReactNode } from "react";

const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  const hintId = useId();
  return (
    <fieldset aria-describedby={hint ? hintId : undefined}>
      <legend className="text-sm font-medium text-ink-2">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-3 py-1.5 text-sm text-ink has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className={`accent-accent ${focusRing}`} />
            {o.label}
          </label>
        ))}
      </div>
      {hint ? <p id={hintId} className="mt-1 text-xs text-ink-3">{hint}</p> : null}
    </fieldset>
  );
}

export function Checkbox({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`mt-0.5 size-4 accent-accent ${focusRing}`}
      />
      <div>
        <label htmlFor={id} className="text-sm text-ink">
          {label}
        </label>
        {hint ? <p id={`${id}-hint`} className="text-xs text-ink-3">{hint}</p> : null}
      </div>
    </div>
  );
}

/** A titled group of controls: a fieldset whose legend is the group's heading. */
export function ControlGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-line bg-surface p-4">
      <legend className="px-1 text-base font-semibold text-ink">{legend}</legend>
      <div className="grid gap-4">{children}</div>
    </fieldset>
  );
}
