/**
 * Every action of the editor, as data. The toolbar, the shortcuts and the
 * menus all read from this list (through the registry), so a label or a key
 * is defined once.
 */
import { indexChart, labelOf } from '../../domain/chart-rules';
import type { Chart, Role } from '../../domain/chart';
import { newId, type Command } from '../../domain/commands/apply-command';
import { scopedPrefix } from '../live/client-tag';
import { counted } from '../../theme/words';
import { copyFragment, pasteCommands } from '../clipboard';
import type { CommandId } from './command-ids';
import { createRegistry, type CommandRegistry, type EditorCommand } from './command-registry';
import { removeLink } from './remove-link';
import type { EditorState } from '../store';

const hasSelection = (state: EditorState) => state.selection.length > 0;
const isEditing = (state: EditorState) => state.mode === 'editing' && !state.live?.readOnly;

/**
 * The commands that delete the selection, and what to tell the user about
 * moved reports. Linear in the chart: one pass groups the reports by manager,
 * and ids are looked up in an index.
 */
export function deleteSelection(
  chart: Chart,
  selection: readonly string[],
): { commands: Command[]; message: string } {
  const chosen = new Set(selection);
  const index = indexChart(chart);
  // The reports that stay, by manager: each role is visited once.
  const staying = new Map<string, number>();
  for (const role of chart.roles) {
    if (role.reportsTo && chosen.has(role.reportsTo) && !chosen.has(role.id)) {
      staying.set(role.reportsTo, (staying.get(role.reportsTo) ?? 0) + 1);
    }
  }
  const managerOf = (id: string): string | null => {
    const entry = index.get(id);
    return entry?.kind === 'role' ? entry.role.reportsTo : null;
  };
  // The manager who takes a deleted role's reports, past deleted managers; memoised per role.
  const heirs = new Map<string, string | null>();
  const heirOf = (role: Role): string | null => {
    const path: string[] = [];
    let heir = role.reportsTo;
    while (heir && chosen.has(heir) && !heirs.has(heir)) {
      path.push(heir);
      heir = managerOf(heir);
    }
    if (heir && chosen.has(heir)) heir = heirs.get(heir) ?? null;
    for (const id of path) heirs.set(id, heir);
    heirs.set(role.id, heir);
    return heir;
  };
  const commands: Command[] = [];
  const moved: string[] = [];
  for (const role of chart.roles) {
    if (!chosen.has(role.id)) continue;
    commands.push({ type: 'deleteRole', id: role.id });
    const reports = staying.get(role.id) ?? 0;
    if (reports > 0) {
      const heir = heirOf(role);
      const where = heir ? `now report to ${labelOf(index, heir)}` : 'are now top leaders';
      moved.push(`${counted(reports, 'report')} of ${role.title} ${where}`);
    }
  }
  for (const customer of chart.customers) {
    if (chosen.has(customer.id)) commands.push({ type: 'deleteCustomer', id: customer.id });
  }
  const what =
    selection.length === 1 ? labelOf(index, selection[0]!) : counted(selection.length, 'item');
  const message = `Deleted ${what}.${moved.length > 0 ? ` ${moved.join('; ')}.` : ''}`;
  return { commands, message };
}

const commands: EditorCommand<CommandId>[] = [
  {
    id: 'add-role',
    label: 'Add role',
    keys: ['r'],
    enabled: isEditing,
    run({ store, ui }) {
      const { chart, selection } = store.getState();
      const manager = chart.roles.find((role) => role.id === selection[0])?.id ?? null;
      const id = newId(chart, scopedPrefix('role', store.getState().live?.tag ?? null));
      const ok = store
        .getState()
        .run({ type: 'addRole', role: { id, title: 'New role', reportsTo: manager } }, 'Add role');
      if (ok) {
        // Under a folded manager, the new role would be drawn nowhere: unfold it.
        store.getState().reveal([id]);
        store.getState().select([id]);
        ui.centreOn?.(id);
        ui.focusInspector?.('title');
      }
    },
  },
  {
    id: 'add-customer',
    label: 'Add customer',
    keys: ['c'],
    enabled: isEditing,
    run({ store, ui }) {
      const { chart } = store.getState();
      const id = newId(chart, scopedPrefix('customer', store.getState().live?.tag ?? null));
      const ok = store
        .getState()
        .run({ type: 'addCustomer', customer: { id, name: 'New customer' } }, 'Add customer');
      if (ok) {
        store.getState().select([id]);
        ui.centreOn?.(id);
        ui.focusInspector?.('name');
      }
    },
  },
  {
    id: 'undo',
    label: 'Undo',
    keys: ['mod+z'],
    enabled: (state) => state.past.length > 0,
    run: ({ store }) => store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: ['mod+shift+z', 'mod+y'],
    enabled: (state) => state.future.length > 0,
    run: ({ store }) => store.getState().redo(),
  },
  {
    id: 'flip',
    label: 'Flip',
    keys: ['f'],
    run: ({ store }) => store.getState().flip(),
  },
  {
    id: 'delete',
    label: 'Delete',
    keys: ['delete', 'backspace'],
    // The selected roles and customers, or else the selected link.
    enabled: (state) => (hasSelection(state) || state.selectedLink !== null) && isEditing(state),
    run({ store }) {
      const { chart, selection, selectedLink } = store.getState();
      if (selection.length === 0 && selectedLink) {
        const { command, label } = removeLink(chart, selectedLink);
        if (store.getState().run(command, label)) store.getState().selectLink(null);
        return;
      }
      const { commands: list, message } = deleteSelection(chart, selection);
      if (store.getState().run(list, message.replace(/\.$/, ''))) {
        store.getState().select([]);
        store.getState().notify(message, 'info');
      }
    },
  },
  {
    id: 'copy',
    label: 'Copy',
    keys: ['mod+c'],
    enabled: hasSelection,
    run({ store }) {
      const { chart, selection } = store.getState();
      const fragment = copyFragment(chart, selection);
      if (fragment) {
        store.getState().setClipboard(fragment);
        const count = fragment.roles.length + fragment.customers.length;
        store.getState().notify(`Copied ${counted(count, 'item')}.`, 'info');
      }
    },
  },
  {
    id: 'paste',
    label: 'Paste',
    keys: ['mod+v'],
    enabled: (state) => state.clipboard !== null && isEditing(state),
    run({ store }) {
      const { chart, selection, clipboard } = store.getState();
      if (!clipboard) return;
      const parent = chart.roles.find((role) => role.id === selection[0])?.id ?? null;
      const { commands: list, ids } = pasteCommands(
        chart,
        clipboard,
        parent,
        store.getState().live?.tag ?? null,
      );
      if (store.getState().run(list, `Paste ${counted(ids.length, 'item')}`)) {
        store.getState().reveal(ids);
        store.getState().select(ids);
      }
    },
  },
  {
    id: 'select-all',
    label: 'Select all',
    keys: ['mod+a'],
    // Presenting shows the chart, not a selection (entering it clears the selection).
    enabled: isEditing,
    run({ store }) {
      const { chart } = store.getState();
      store
        .getState()
        .select([...chart.customers.map((c) => c.id), ...chart.roles.map((r) => r.id)]);
    },
  },
  {
    id: 'rename',
    label: 'Rename',
    keys: ['f2'],
    enabled: (state) => state.selection.length === 1 && isEditing(state),
    run({ store, ui }) {
      const id = store.getState().selection[0];
      if (id) ui.renameInPlace?.(id);
    },
  },
  {
    id: 'change-manager',
    label: 'Change manager…',
    keys: ['m'],
    enabled: (state) =>
      state.selection.length === 1 && state.chart.roles.some((r) => r.id === state.selection[0]),
    run: ({ ui }) => ui.focusInspector?.('manager'),
  },
  {
    id: 'serves',
    label: 'Serves…',
    keys: ['s'],
    enabled: (state) =>
      state.selection.length === 1 && state.chart.roles.some((r) => r.id === state.selection[0]),
    run: ({ ui }) => ui.focusInspector?.('serves'),
  },
  {
    id: 'fit-view',
    label: 'Fit view',
    keys: ['shift+1'],
    run: ({ ui }) => ui.fitView?.(),
  },
  {
    id: 'present',
    label: 'Present',
    keys: ['p'],
    enabled: isEditing,
    run: ({ ui }) => ui.present?.(),
  },
  {
    id: 'exit-present',
    label: 'Exit presentation',
    // Escape is bound to 'escape' below, which leaves the presentation first.
    enabled: (state) => state.mode === 'presenting',
    run: ({ ui }) => ui.exitPresent?.(),
  },
  {
    id: 'teach',
    label: 'Teach',
    keys: ['t'],
    enabled: isEditing,
    run: ({ ui }) => ui.teach?.(),
  },
  {
    id: 'show-path',
    label: 'Show path to customer',
    enabled: (state) =>
      state.selection.length === 1 && state.chart.roles.some((r) => r.id === state.selection[0]),
    run({ store }) {
      const id = store.getState().selection[0];
      if (id) store.getState().showPath(id);
    },
  },
  {
    id: 'clear-highlight',
    label: 'Clear highlight',
    enabled: (state) => state.highlight !== null,
    run: ({ store }) => store.getState().clearHighlight(),
  },
  {
    // One key, one command (the registry refuses two): Escape leaves the
    // outermost state first, the presentation, then a highlighted path.
    id: 'escape',
    label: 'Leave presentation or highlight',
    keys: ['escape'],
    enabled: (state) => state.mode === 'presenting' || state.highlight !== null,
    run({ store, ui }) {
      if (store.getState().mode === 'presenting') ui.exitPresent?.();
      else store.getState().clearHighlight();
    },
  },
  {
    id: 'search',
    label: 'Search roles',
    keys: ['mod+f'],
    enabled: isEditing,
    run: ({ ui }) => ui.openSearch?.(),
  },
  {
    id: 'import',
    label: 'Import',
    keys: ['mod+o'],
    enabled: isEditing,
    run: ({ ui }) => ui.openImport?.(),
  },
  {
    id: 'export',
    label: 'Export',
    keys: ['mod+e'],
    run: ({ ui }) => ui.openExport?.(),
  },
];

/** The editor's registry, keyed by the typed ids. */
export type EditorRegistry = CommandRegistry<CommandId>;

/** The editor's one registry. Building it throws if a shortcut is bound twice. */
export const editorRegistry: EditorRegistry = createRegistry(commands);
