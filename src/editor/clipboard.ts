/**
 * Copy and paste of roles and customers. A copied fragment is plain data; a
 * paste turns it into add commands with fresh ids, keeping every line inside
 * the fragment (a pasted subtree keeps its internal reporting lines and service
 * links) and every link to something still in the chart.
 */
import type { Chart, Customer, Role } from '../domain/chart';
import { newId, type Command } from '../domain/commands/apply-command';

export interface Fragment {
  roles: Role[];
  customers: Customer[];
}

/** The selected roles and customers, as data. */
export function copyFragment(chart: Chart, ids: readonly string[]): Fragment | null {
  const wanted = new Set(ids);
  const roles = chart.roles.filter((role) => wanted.has(role.id));
  const customers = chart.customers.filter((customer) => wanted.has(customer.id));
  if (roles.length === 0 && customers.length === 0) return null;
  return structuredClone({ roles, customers });
}

/**
 * Commands that paste `fragment` into `chart`. Roles whose manager is not in
 * the fragment go under `parentId` (the selected role) when given, else under
 * their old manager if it still exists, else become top leaders.
 * Returns the commands and the new ids (to select them).
 */
export function pasteCommands(
  chart: Chart,
  fragment: Fragment,
  parentId: string | null,
  /** Prefix part for new ids: a live room's peer tag, so two people's pastes never collide. */
  tag: string | null = null,
): { commands: Command[]; ids: string[] } {
  const existing = new Set<string>();
  for (const role of chart.roles) existing.add(role.id);
  for (const customer of chart.customers) existing.add(customer.id);

  // Fresh ids, reserved one by one so they never collide with each other.
  const reserved: Chart = { ...chart, roles: [...chart.roles], customers: [...chart.customers] };
  const rename = new Map<string, string>();
  for (const customer of fragment.customers) {
    const id = newId(reserved, tag ? `customer-${tag}` : 'customer');
    rename.set(customer.id, id);
    reserved.customers.push({ id, name: customer.name });
  }
  for (const role of fragment.roles) {
    const id = newId(reserved, tag ? `role-${tag}` : 'role');
    rename.set(role.id, id);
    reserved.roles.push({ ...role, id });
  }

  const commands: Command[] = [];
  const ids: string[] = [];
  for (const customer of fragment.customers) {
    const id = rename.get(customer.id) as string;
    commands.push({ type: 'addCustomer', customer: { id, name: customer.name } });
    ids.push(id);
  }
  // Roles are added managers-first, so every reportsTo names a role already added.
  const ordered = orderManagersFirst(fragment.roles);
  for (const role of ordered) {
    const id = rename.get(role.id) as string;
    let reportsTo: string | null = null;
    if (role.reportsTo && rename.has(role.reportsTo)) reportsTo = rename.get(role.reportsTo)!;
    else if (parentId && existing.has(parentId)) reportsTo = parentId;
    else if (role.reportsTo && existing.has(role.reportsTo)) reportsTo = role.reportsTo;
    commands.push({
      type: 'addRole',
      role: {
        id,
        title: role.title,
        person: role.person,
        team: role.team,
        headcount: role.headcount,
        reportsTo,
        serves: [],
      },
    });
    ids.push(id);
  }
  // Service links last: their targets may be roles pasted after the source.
  for (const role of ordered) {
    const from = rename.get(role.id) as string;
    for (const target of role.serves) {
      const to = rename.get(target) ?? (existing.has(target) ? target : null);
      if (to && to !== from) commands.push({ type: 'addServiceLink', from, to });
    }
  }
  return { commands, ids };
}

function orderManagersFirst(roles: readonly Role[]): Role[] {
  const inFragment = new Map(roles.map((role) => [role.id, role]));
  const done = new Set<string>();
  const out: Role[] = [];
  const visit = (role: Role, trail: Set<string>) => {
    if (done.has(role.id) || trail.has(role.id)) return;
    trail.add(role.id);
    const manager = role.reportsTo ? inFragment.get(role.reportsTo) : undefined;
    if (manager) visit(manager, trail);
    done.add(role.id);
    out.push(role);
  };
  for (const role of roles) visit(role, new Set());
  return out;
}
