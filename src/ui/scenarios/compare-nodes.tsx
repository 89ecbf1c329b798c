/**
 * The read-only nodes of the compare view: a role card (title, holder,
 * headcount) with its overlay marks, each an icon and a sentence (an icon and
 * a word, larger, when the card is small on screen: the canvas's
 * `data-detail`, as in the editor), and a customer group. Handles come from the canvas layer so the edges meet them.
 */
import type { Node, NodeProps } from '@xyflow/react';
import {
  ArrowRightLeft,
  Ghost,
  Link,
  PenLine,
  Plus,
  Unlink,
  UserRound,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { memo } from 'react';
import { NodeHandles } from '../../canvas/nodes/role-node';
import { HeartHandshakeIcon } from 'lucide-react';
import { CHANGE_GROUPS } from '../../domain/scenarios/change-list';
import type { MarkKind, RoleMark } from './compare-model';

export type CompareRoleData = {
  title: string;
  person?: string;
  headcount: number;
  marks: readonly RoleMark[];
  ghost: boolean;
  focused: boolean;
};
export type CompareCustomerData = { name: string; ghost: boolean };
export type CompareRoleNode = Node<CompareRoleData, 'compareRole'>;
export type CompareCustomerNode = Node<CompareCustomerData, 'compareCustomer'>;
export type CompareNode = CompareRoleNode | CompareCustomerNode;

const MARK_ICON: Record<MarkKind, LucideIcon> = {
  added: Plus,
  removed: Ghost,
  moved: ArrowRightLeft,
  retitled: PenLine,
  person: UserRound,
  team: Users,
  headcount: Users,
  'serves-added': Link,
  'serves-removed': Unlink,
};

/** A mark in a word, for a card small on screen: the change list's group names. */
const MARK_WORD = Object.fromEntries(
  CHANGE_GROUPS.map((group) => [group.key, group.label]),
) as Record<MarkKind, string>;

function CompareRoleView({ data }: NodeProps<CompareRoleNode>) {
  const added = data.marks.some((mark) => mark.kind === 'added');
  const border = data.ghost
    ? 'border-dashed border-slate-400 bg-slate-50/80 opacity-80'
    : added
      ? 'border-2 border-emerald-600 bg-white'
      : data.marks.length > 0
        ? 'border-2 border-amber-500 bg-white'
        : 'border-slate-200 bg-white';
  return (
    <>
      <div
        className={`flex h-full w-full flex-col gap-0.5 overflow-hidden rounded-xl border px-3 py-2 shadow-sm ${border} ${
          data.focused ? 'ring-4 ring-brand ring-offset-2' : ''
        }`}
        data-compare-role={data.title}
        data-focused={data.focused ? 'true' : undefined}
      >
        <div className="flex items-start gap-2">
          <div
            className={`upturn-compare-title line-clamp-2 flex-1 text-[14px] leading-tight font-semibold ${data.ghost ? 'text-ink-soft line-through' : 'text-ink'}`}
          >
            {data.title}
          </div>
          {data.headcount > 1 && (
            <span className="upturn-compare-count inline-flex shrink-0 items-center gap-0.5 rounded-full bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-ink-soft">
              <Users size={11} aria-hidden="true" />
              {data.headcount}
            </span>
          )}
        </div>
        <div className="upturn-compare-person truncate text-[12px] text-ink-soft">
          {data.person ?? 'Vacant or unnamed'}
        </div>
        {data.marks.length > 0 && (
          <ul className="mt-auto flex flex-col gap-0.5" aria-label={`Changes to ${data.title}`}>
            {data.marks.slice(0, 3).map((mark, i) => {
              const MarkIcon = MARK_ICON[mark.kind];
              return (
                <li
                  key={i}
                  data-mark={mark.kind}
                  className="upturn-compare-mark flex min-w-0 items-center gap-1 text-[11px] leading-[14px] font-medium text-ink"
                >
                  <MarkIcon aria-hidden="true" className="size-3 shrink-0" />
                  <span className="upturn-compare-mark-text truncate" title={mark.text}>
                    {mark.text}
                  </span>
                  {/* Drawn instead of the sentence when the card is small on screen (index.css). */}
                  <span className="upturn-compare-mark-word hidden truncate" aria-hidden="true">
                    {MARK_WORD[mark.kind]}
                  </span>
                </li>
              );
            })}
            {data.marks.length > 3 && (
              <li className="upturn-compare-more text-[11px] text-ink-soft">
                and {data.marks.length - 3} more
              </li>
            )}
          </ul>
        )}
      </div>
      <NodeHandles />
    </>
  );
}

function CompareCustomerView({ data }: NodeProps<CompareCustomerNode>) {
  return (
    <div
      className={`flex h-full w-full items-center gap-2 rounded-full border-2 bg-customer-soft px-3 text-ink shadow-sm ${
        data.ghost ? 'border-dashed border-slate-400' : 'border-customer-line'
      }`}
    >
      <NodeHandles />
      <HeartHandshakeIcon size={16} />
      <span className="min-w-0 flex-1">
        <span className="block text-[10px] font-semibold tracking-wider uppercase">
          {data.ghost ? 'Customer, removed' : 'Customer'}
        </span>
        <span className="line-clamp-2 text-[13px] leading-tight font-semibold">{data.name}</span>
      </span>
    </div>
  );
}

export const compareNodeTypes = {
  compareRole: memo(CompareRoleView),
  compareCustomer: memo(CompareCustomerView),
};
