/**
 * "Reports: side by side / stacked / automatic": how a manager's reports that
 * have no reports of their own are drawn. Kept in the chart as a layout hint
 * (Role.reportsLayout), never as positions; one command, one undo step.
 */
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { isReportsLayout, type Chart, type ReportsLayout, type Role } from '../../domain/chart';
import { useEditorStore } from '../../editor/use-editor';
import { labelClass } from './inspector-fields';

const CHOICES: readonly { value: ReportsLayout; label: string }[] = [
  { value: 'side-by-side', label: 'Side by side' },
  { value: 'stacked', label: 'Stacked' },
  { value: 'auto', label: 'Automatic' },
];

/** How many of a role's direct reports have no reports of their own (what the hint arranges). */
function leafReportsOf(chart: Chart, roleId: string): number {
  const managers = new Set<string>();
  for (const role of chart.roles) if (role.reportsTo !== null) managers.add(role.reportsTo);
  let count = 0;
  for (const role of chart.roles) {
    if (role.reportsTo === roleId && !managers.has(role.id)) count += 1;
  }
  return count;
}

export function ReportsLayoutPicker({ chart, role }: { chart: Chart; role: Role }) {
  const store = useEditorStore();
  const leaves = leafReportsOf(chart, role.id);
  if (leaves < 2) return null;
  const current = role.reportsLayout ?? 'auto';
  return (
    <RadioGroup
      value={current}
      orientation="horizontal"
      aria-describedby="inspector-reports-detail"
      onChange={(value) => {
        if (!isReportsLayout(value) || value === current) return;
        const label = CHOICES.find((choice) => choice.value === value)!.label;
        store
          .getState()
          .run(
            { type: 'updateRole', id: role.id, changes: { reportsLayout: value } },
            `Reports of ${role.title}: ${label.toLowerCase()}`,
          );
      }}
    >
      <Label className={labelClass}>Reports</Label>
      <div className="grid grid-cols-3 rounded-lg border border-slate-300 bg-slate-50 p-0.5">
        {CHOICES.map((choice) => (
          <Radio
            key={choice.value}
            value={choice.value}
            className={({ isSelected, isFocusVisible }) =>
              [
                'cursor-pointer rounded-md px-2 py-1.5 text-center text-xs font-medium transition',
                isSelected ? 'bg-white text-ink shadow-xs' : 'text-ink-soft hover:text-ink',
                isFocusVisible ? 'outline-2 outline-offset-1 outline-brand' : '',
              ].join(' ')
            }
          >
            {choice.label}
          </Radio>
        ))}
      </div>
      <p id="inspector-reports-detail" className="mt-1 text-xs text-ink-faint">
        {`${leaves} reports with no reports of their own; automatic shapes the chart like the window.`}
      </p>
    </RadioGroup>
  );
}
