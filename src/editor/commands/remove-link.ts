/**
 * Removing one link, as a domain command: a reporting line is removed by
 * taking the role's manager away (it becomes a top leader), a service link by
 * removing it. The Delete command and the selected link's bar both use this.
 */
import type { Chart } from '../../domain/chart';
import type { Command } from '../../domain/commands/apply-command';
import type { LinkRef } from '../../theme/link-kinds';
import { titleOf } from '../../theme/words';

/** The command, and its history label (none for a service link: the domain words it, "Unlink…"). */
export function removeLink(chart: Chart, link: LinkRef): { command: Command; label?: string } {
  if (link.kind === 'reporting') {
    return {
      command: { type: 'setManager', id: link.from, managerId: null },
      label: `Remove ${titleOf(chart, link.from)}'s manager`,
    };
  }
  return { command: { type: 'removeServiceLink', from: link.from, to: link.to } };
}
