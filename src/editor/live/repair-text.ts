/** What a repair after a merge tells the people involved, in the chart's words. */
import type { Chart } from '../../domain/chart';
import type { Repair } from './repair-managers';

function title(chart: Chart, id: string | null): string {
  if (id === null) return 'no one';
  const role = chart.roles.find((r) => r.id === id);
  return role ? `“${role.title}”` : 'a deleted role';
}

export function repairText(chart: Chart, repair: Repair): string {
  if (repair.kind === 'cycle') {
    return `Two moves at once would have made a reporting cycle, so the later one was undone: ${title(chart, repair.role)} reports to ${title(chart, repair.now)}, not ${title(chart, repair.undone)}.`;
  }
  return `${title(chart, repair.role)} reported to a role deleted by someone else, so it now reports to ${title(chart, repair.now)}.`;
}
