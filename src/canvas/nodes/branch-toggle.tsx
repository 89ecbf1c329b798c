/**
 * The fold control on a manager's node: a "+N" badge when its branch is
 * collapsed (a button that expands it), a small "collapse" button when it is
 * open. Folding is view state (see editor/navigation.ts): it never changes
 * the chart, nor the analysis.
 */
import { memo, type MouseEvent } from 'react';
import type { View } from '../../domain/chart';
import { useEditorStore } from '../../editor/use-editor';
import type { BranchData } from '../flow/flow-model';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * Sits on the node's edge that faces its reports (the top in the customer-first
 * view, where reports are drawn above their manager; the bottom in the
 * pyramid), off centre so it never covers a connection handle.
 */
function BranchToggleView({
  id,
  title,
  branch,
  view,
}: {
  id: string;
  title: string;
  branch: BranchData;
  view: View;
}) {
  const store = useEditorStore();
  const toggle = (event: MouseEvent) => {
    // The press is the button's: it neither selects nor drags the node under it.
    event.stopPropagation();
    store.getState().toggleCollapsed(id);
  };
  const edge = view !== 'traditional' ? '-top-3' : '-bottom-3';
  // nodrag/nopan: React Flow leaves the press alone; nokey: Enter and Space are the button's.
  const base = `nodrag nopan nokey upturn-branch-toggle absolute ${edge} right-3 z-10 inline-flex h-6 items-center rounded-full border text-[11px] font-semibold shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand`;
  if (branch.collapsed) {
    const people = plural(branch.headcount, 'person', 'people');
    return (
      <button
        type="button"
        className={`${base} border-brand/40 bg-brand px-2 text-white hover:bg-indigo-700`}
        onClick={toggle}
        aria-label={`Expand ${title} (${branch.roles.toLocaleString('en')} hidden)`}
        aria-expanded={false}
        title={`${plural(branch.roles, 'role', 'roles')} hidden (${people}). Expand`}
      >
        +{branch.roles.toLocaleString('en')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className={`${base} w-6 justify-center border-slate-300 bg-white text-ink-soft hover:border-brand/50 hover:text-brand`}
      onClick={toggle}
      aria-label={`Collapse ${title}`}
      aria-expanded={true}
      title={`Collapse: hide the ${plural(branch.roles, 'role', 'roles')} below`}
    >
      <span aria-hidden="true" className="text-[14px] leading-none">
        −
      </span>
    </button>
  );
}

export const BranchToggle = memo(BranchToggleView);
