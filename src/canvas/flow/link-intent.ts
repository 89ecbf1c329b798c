/**
 * What a connection drawn on the canvas means. The kind of link follows from
 * where it goes: to a customer it is always a service link; to a role, a
 * handle dragged toward the leader (down in customer first, up in the
 * pyramid) sets that role as the manager, and one dragged toward the
 * customers says "serves".
 */
import type { Chart, View } from '../../domain/chart';
import type { Command } from '../../domain/commands/apply-command';
import type { LinkKind } from '../../theme/link-kinds';
import { HANDLES } from './flow-model';

/** The handle that points toward the leader in a view. */
export function leaderwardHandle(view: View): string {
  return view !== 'traditional' ? HANDLES.bottomOut : HANDLES.topOut;
}

/** The command a connection stands for, or null when it means nothing (customer to customer). */
export function linkCommand(
  chart: Chart,
  view: View,
  sourceId: string,
  sourceHandle: string | null | undefined,
  targetId: string,
): Command | null {
  const isCustomer = (id: string) => chart.customers.some((customer) => customer.id === id);
  const sourceIsCustomer = isCustomer(sourceId);
  const targetIsCustomer = isCustomer(targetId);
  if (sourceIsCustomer && targetIsCustomer) return null;
  // Dragged from a customer to a role: that role serves the customer.
  if (sourceIsCustomer) return { type: 'addServiceLink', from: targetId, to: sourceId };
  if (targetIsCustomer) return { type: 'addServiceLink', from: sourceId, to: targetId };
  if (sourceHandle === leaderwardHandle(view)) {
    return { type: 'setManager', id: sourceId, managerId: targetId };
  }
  return { type: 'addServiceLink', from: sourceId, to: targetId };
}

/** The commands that turn an existing link into the other kind. */
export function switchLinkKind(
  chart: Chart,
  kind: LinkKind,
  from: string,
  to: string,
): Command[] | null {
  const role = chart.roles.find((candidate) => candidate.id === from);
  if (!role) return null;
  if (kind === 'reporting') {
    // "from reports to `to`" becomes "from serves `to`"; from becomes a top leader.
    return [
      { type: 'setManager', id: from, managerId: null },
      { type: 'addServiceLink', from, to },
    ];
  }
  if (chart.customers.some((customer) => customer.id === to)) return null;
  return [
    { type: 'removeServiceLink', from, to },
    { type: 'setManager', id: from, managerId: to },
  ];
}
