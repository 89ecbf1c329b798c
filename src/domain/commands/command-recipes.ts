/**
 * The rules of each command. `planCommand` checks a command against the plain
 * chart (throwing a ChartError to refuse it) and returns the small mutation
 * immer records as patches. Checking before drafting keeps refusals free and
 * keeps lookups on plain objects rather than immer proxies.
 */
import { isReportsLayout, REPORTS_LAYOUTS, type Chart, type Role } from '../chart';
import type { Command, RoleInput } from './apply-command';
import { isTeachStepId } from '../teaching/teach-steps';

/** The longest caption a step takes: a few sentences, legible from the back row. */
const MAX_CAPTION = 400;
import {
  checkManager,
  checkServes,
  customerEntry,
  EDITABLE_ROLE_FIELDS,
  fieldsOf,
  freshId,
  optionalText,
  refuse,
  roleAt,
  roleEntry,
} from './refusals';
import {
  headcountProblem,
  indexChart,
  isBlank,
  isSettingsKey,
  labelOf,
  quoted,
  settingProblem,
  shown,
} from '../chart-rules';

/** Mutates the draft it is given; immer turns that into the next chart and its patches. */
export type Recipe = (draft: Chart) => void;

function planAddRole(chart: Chart, input: RoleInput): Recipe {
  const index = indexChart(chart);
  const fields = fieldsOf(input, 'a new role', []);
  const id = freshId(index, fields.id, 'role');
  if (isBlank(fields.title)) {
    refuse('empty-title', `role ${quoted(id)} needs a title that is not blank.`, [id]);
  }
  const title = (fields.title as string).trim();
  const headcount = fields.headcount ?? 1;
  const problem = headcountProblem(title, headcount);
  if (problem) refuse('invalid-headcount', `${problem}.`, [id]);
  const person = optionalText(fields.person, 'person', title, id);
  const team = optionalText(fields.team, 'team', title, id);
  const reportsTo = fields.reportsTo ?? null;
  // A cycle is only possible here if bad data already names the new id as a manager.
  if (reportsTo !== null) checkManager(index, id, title, reportsTo);
  const serves: string[] = [];
  const wanted = fields.serves ?? [];
  if (!Array.isArray(wanted)) {
    refuse('invalid-field', `what ${quoted(title)} serves must be a list of ids.`, [id]);
  }
  for (const to of wanted as unknown[]) {
    checkServes(index, id, title, to, serves);
    serves.push(to);
  }
  const role: Role = {
    id,
    title,
    ...(person === undefined ? {} : { person }),
    ...(team === undefined ? {} : { team }),
    headcount: headcount as number,
    reportsTo: reportsTo as string | null,
    serves,
  };
  return (draft) => {
    draft.roles.push(role);
  };
}

function planUpdateRole(chart: Chart, id: string, changes: unknown): Recipe {
  const { role, index: position } = roleEntry(indexChart(chart), id);
  const fields = fieldsOf(changes, `the changes to ${quoted(role.title)}`, [id]);
  for (const key of Object.keys(fields)) {
    if (!EDITABLE_ROLE_FIELDS.includes(key)) {
      const allowed = EDITABLE_ROLE_FIELDS.join(', ');
      refuse(
        'invalid-field',
        `${quoted(key)} is not a field of ${quoted(role.title)} that can be edited this way (${allowed}).`,
        [id],
      );
    }
  }
  if (fields.title !== undefined && isBlank(fields.title)) {
    refuse('empty-title', `the title of ${quoted(role.title)} cannot be blank.`, [id]);
  }
  const problem =
    fields.headcount === undefined ? null : headcountProblem(role.title, fields.headcount);
  if (problem) refuse('invalid-headcount', `${problem}.`, [id]);
  const person = optionalText(fields.person, 'person', role.title, id);
  const team = optionalText(fields.team, 'team', role.title, id);
  const hint = fields.reportsLayout;
  if (hint !== undefined && !isReportsLayout(hint)) {
    refuse(
      'invalid-field',
      `${shown(hint)} is not a way to draw the reports of ${quoted(role.title)} (${REPORTS_LAYOUTS.join(', ')}).`,
      [id],
    );
  }
  return (draft) => {
    const target = roleAt(draft, position);
    if (typeof fields.title === 'string') target.title = fields.title.trim();
    if (typeof fields.headcount === 'number') target.headcount = fields.headcount;
    // A present key with nothing in it clears the field; an absent key leaves it alone.
    if ('person' in fields) {
      if (person !== undefined) target.person = person;
      else if ('person' in target) delete target.person;
    }
    if ('team' in fields) {
      if (team !== undefined) target.team = team;
      else if ('team' in target) delete target.team;
    }
    if ('reportsLayout' in fields) {
      if (hint !== undefined && hint !== 'auto') target.reportsLayout = hint;
      else if ('reportsLayout' in target) delete target.reportsLayout;
    }
  };
}

function planDeleteRole(chart: Chart, id: string): Recipe {
  const index = indexChart(chart);
  const doomed = roleEntry(index, id);
  const up = doomed.role.reportsTo;
  // Reports move up to the deleted role's manager, or become top leaders.
  const newManager = up !== null && up !== id && index.get(up)?.kind === 'role' ? up : null;
  // One new array rather than draft.roles.splice: a splice in a 10,000-role
  // draft costs a patch per shifted role; a replacement is one patch either way.
  const roles: Role[] = [];
  chart.roles.forEach((role, position) => {
    if (position === doomed.index) return;
    let next = role;
    if (role.reportsTo === id) next = { ...next, reportsTo: newManager };
    if (role.serves.includes(id)) next = { ...next, serves: role.serves.filter((to) => to !== id) };
    roles.push(next);
  });
  return (draft) => {
    draft.roles = roles;
  };
}

function planDeleteCustomer(chart: Chart, id: string): Recipe {
  const doomed = customerEntry(indexChart(chart), id);
  const customers = chart.customers.filter((_, position) => position !== doomed.index);
  // As in planDeleteRole: thousands of roles may serve one customer, and one
  // replaced array is far cheaper (and a smaller undo step) than a draft edit each.
  const unlinks = chart.roles.some((role) => role.serves.includes(id));
  const roles = unlinks
    ? chart.roles.map((role) =>
        role.serves.includes(id)
          ? { ...role, serves: role.serves.filter((to) => to !== id) }
          : role,
      )
    : null;
  return (draft) => {
    if (roles) draft.roles = roles;
    draft.customers = customers;
  };
}

/** Checks `command` against `chart` and returns the mutation that applies it; throws a ChartError to refuse. */
export function planCommand(chart: Chart, command: Command): Recipe {
  switch (command.type) {
    case 'addRole':
      return planAddRole(chart, command.role);
    case 'updateRole':
      return planUpdateRole(chart, command.id, command.changes);
    case 'deleteRole':
      return planDeleteRole(chart, command.id);
    case 'addCustomer': {
      const index = indexChart(chart);
      const fields = fieldsOf(command.customer, 'a new customer', []);
      const id = freshId(index, fields.id, 'customer');
      if (isBlank(fields.name)) {
        refuse('empty-title', `customer ${quoted(id)} needs a name that is not blank.`, [id]);
      }
      const customer = { id, name: (fields.name as string).trim() };
      return (draft) => {
        draft.customers.push(customer);
      };
    }
    case 'updateCustomer': {
      const { customer, index: position } = customerEntry(indexChart(chart), command.id);
      const fields = fieldsOf(command.changes, `the changes to ${quoted(customer.name)}`, [
        command.id,
      ]);
      const unknown = Object.keys(fields).find((key) => key !== 'name');
      if (unknown !== undefined) {
        refuse(
          'invalid-field',
          `${quoted(unknown)} is not a field of customer ${quoted(customer.name)} (name).`,
          [command.id],
        );
      }
      if (fields.name === undefined) return () => {};
      if (isBlank(fields.name)) {
        const message = `the name of ${quoted(customer.name)} cannot be blank.`;
        refuse('empty-title', message, [command.id]);
      }
      const name = (fields.name as string).trim();
      return (draft) => {
        const target = draft.customers[position];
        if (target) target.name = name;
      };
    }
    case 'deleteCustomer':
      return planDeleteCustomer(chart, command.id);
    case 'setManager': {
      const index = indexChart(chart);
      const { role, index: position } = roleEntry(index, command.id);
      const managerId = command.managerId;
      if (managerId !== null) checkManager(index, command.id, role.title, managerId);
      return (draft) => {
        roleAt(draft, position).reportsTo = managerId;
      };
    }
    case 'addServiceLink': {
      const index = indexChart(chart);
      const { role, index: position } = roleEntry(index, command.from);
      const to = command.to;
      checkServes(index, command.from, role.title, to, role.serves);
      return (draft) => {
        roleAt(draft, position).serves.push(to);
      };
    }
    case 'removeServiceLink': {
      const index = indexChart(chart);
      const { role, index: position } = roleEntry(index, command.from);
      const at = role.serves.indexOf(command.to);
      if (at === -1) {
        const target = quoted(labelOf(index, command.to));
        refuse('unknown-id', `${quoted(role.title)} has no service link to ${target}.`, [
          command.from,
          command.to,
        ]);
      }
      return (draft) => {
        roleAt(draft, position).serves.splice(at, 1);
      };
    }
    case 'renameChart': {
      if (isBlank(command.name)) refuse('empty-title', 'a chart needs a name that is not blank.');
      const name = command.name.trim();
      return (draft) => {
        draft.name = name;
      };
    }
    case 'updateSettings': {
      const fields = fieldsOf(command.changes, 'the settings changes', []);
      const changes: [keyof Chart['settings'], number][] = [];
      for (const [key, value] of Object.entries(fields)) {
        if (!isSettingsKey(key)) {
          refuse(
            'invalid-field',
            `${quoted(key)} is not a chart setting (farThreshold, spanThreshold).`,
          );
        }
        if (value === undefined) continue;
        const problem = settingProblem(key, value);
        if (problem) refuse('invalid-field', `${problem}.`);
        changes.push([key, value as number]);
      }
      return (draft) => {
        for (const [key, value] of changes) draft.settings[key] = value;
      };
    }
    case 'dismissChartNote': {
      const key = command.key;
      if (typeof key !== 'string' || chart.extra?.[key] === undefined) {
        refuse('invalid-field', `the chart has no note ${shown(key)}.`);
      }
      return (draft) => {
        if (draft.extra) delete draft.extra[key];
      };
    }
    case 'setTeachCaption': {
      const { step, caption } = command;
      if (typeof step !== 'string' || !isTeachStepId(step)) {
        refuse('invalid-field', `${shown(step)} is not a step of Teach.`);
      }
      if (typeof caption !== 'string') refuse('invalid-field', 'a caption must be text.');
      if (caption.length > MAX_CAPTION) {
        refuse('invalid-field', `a caption is at most ${MAX_CAPTION} characters.`);
      }
      const text = caption.trim();
      return (draft) => {
        if (text === '') {
          if (draft.teachCaptions) delete draft.teachCaptions[step];
          if (draft.teachCaptions && Object.keys(draft.teachCaptions).length === 0) {
            delete draft.teachCaptions;
          }
        } else {
          draft.teachCaptions ??= {};
          draft.teachCaptions[step] = text;
        }
      };
    }
    default: {
      const type = (command as { type?: unknown }).type;
      return refuse('invalid-field', `${shown(type)} is not a chart command.`);
    }
  }
}
