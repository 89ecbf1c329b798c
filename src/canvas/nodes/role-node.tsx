import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { titleFit, titleLevelPx } from './card-detail';
import { titleMeasure } from './measure-title';
import { BranchToggle } from './branch-toggle';
import { HANDLES, type RoleFlowNode } from '../flow/flow-model';
import { RouteIcon, TriangleAlertIcon, UserIcon, UsersIcon } from 'lucide-react';
import { RenameField, useRenaming } from './rename-field';
import { FLAG_WORDS } from '../../theme/flags';

/** Four handles, so edges can leave and enter at the top and the bottom in either view. */
export function NodeHandles() {
  return (
    <>
      <Handle type="target" id={HANDLES.topIn} position={Position.Top} className="upturn-handle" />
      <Handle
        type="target"
        id={HANDLES.bottomIn}
        position={Position.Bottom}
        className="upturn-handle"
      />
      {/* Sources last, so they take the pointer: a connection always starts at a source. */}
      <Handle type="source" id={HANDLES.topOut} position={Position.Top} className="upturn-handle" />
      <Handle
        type="source"
        id={HANDLES.bottomOut}
        position={Position.Bottom}
        className="upturn-handle"
      />
    </>
  );
}

/** A role on the canvas: title, holder, team, headcount and its flags (text and icon, never colour alone). */
function RoleNodeView({ id, data, selected }: NodeProps<RoleFlowNode>) {
  const renaming = useRenaming(id);
  const noPath = data.flags.includes('no-path');
  const far = data.flags.includes('far');
  const spanFlags = data.flags.filter((flag) => flag === 'span-one' || flag === 'wide-span');
  const tone = noPath
    ? 'border-flag-line bg-white shadow-[0_0_0_3px_rgba(248,113,113,0.18)]'
    : 'border-slate-200 bg-white';
  return (
    <>
      <div
        className={`upturn-node group relative flex h-full w-full flex-col overflow-hidden rounded-xl border ${tone} ${
          selected ? 'ring-2 ring-brand ring-offset-2' : ''
        } shadow-sm transition-shadow hover:shadow-md`}
        title={data.flagMessage || undefined}
      >
        <div className={`h-1 w-full ${noPath ? 'bg-flag-line' : 'bg-customer-line/70'}`} />
        <div className="upturn-node-body flex min-h-0 flex-1 flex-col gap-0.5 px-3 pt-2 pb-1.5">
          <div className="flex items-start gap-2">
            {renaming ? (
              <RenameField id={id} kind="role" value={data.title} className="text-[14px]" />
            ) : (
              <div
                className="upturn-node-title line-clamp-2 flex-1 text-[14px] leading-tight font-semibold text-ink"
                style={
                  {
                    '--title-fit': titleFit(data.title),
                    '--title-px': `${titleLevelPx(data.title, noPath || far, titleMeasure())}px`,
                  } as CSSProperties
                }
              >
                {data.title}
              </div>
            )}
            {/* The flag as an icon alone, for the cards that drop the flag words (card-detail.ts). */}
            {(noPath || far) && (
              <span
                className={`upturn-node-mark hidden shrink-0 ${noPath ? 'text-flag' : 'text-warn'}`}
                aria-hidden="true"
              >
                <TriangleAlertIcon size={22} />
              </span>
            )}
            {data.headcount > 1 && (
              <span
                className="upturn-node-count inline-flex shrink-0 items-center gap-0.5 rounded-full bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-ink-soft"
                title={`${data.headcount} people in this role`}
              >
                <UsersIcon size={11} />
                {data.headcount}
              </span>
            )}
          </div>
          <div className="upturn-node-person flex min-w-0 items-center gap-1.5 text-[12px] text-ink-soft">
            {data.person ? (
              <>
                <UserIcon size={11} className="shrink-0 text-ink-faint" />
                <span className="truncate">{data.person}</span>
              </>
            ) : (
              <span className="truncate text-ink-faint italic">Vacant or unnamed</span>
            )}
            {data.team && (
              <span className="upturn-node-team ml-auto max-w-[45%] shrink-0 truncate rounded bg-slate-50 px-1.5 text-[11px] text-ink-faint">
                {data.team}
              </span>
            )}
          </div>
          {/* Each flag whole: a span flag next to "No path to customer" wraps below it if need be. */}
          <div className="upturn-node-footer mt-auto flex min-w-0 flex-wrap items-center gap-x-1.5 text-[11px] leading-[15px] whitespace-nowrap">
            {noPath ? (
              <span
                className="inline-flex shrink-0 items-center gap-1 font-semibold text-flag"
                data-flag="no-path"
              >
                <TriangleAlertIcon size={12} />
                {FLAG_WORDS['no-path']}
              </span>
            ) : (
              <span
                className={`inline-flex items-center gap-1 ${far ? 'font-semibold text-warn' : 'text-customer'}`}
                data-flag={far ? 'far' : undefined}
              >
                {far ? <TriangleAlertIcon size={12} /> : <RouteIcon size={12} />}
                {far ? FLAG_WORDS.far : `${data.distance ?? '?'} from customer`}
              </span>
            )}
            {spanFlags.map((flag) => (
              <span
                key={flag}
                className="rounded bg-warn-soft px-1 text-[10px] leading-[14px] text-warn"
                data-flag={flag}
              >
                {FLAG_WORDS[flag]}
              </span>
            ))}
          </div>
        </div>
      </div>
      {/* After the card, and outside it: its overflow-hidden would clip the half of each
          handle that sits over the edge, and drawn later they take the pointer over it. */}
      <NodeHandles />
      {data.branch && (
        <BranchToggle id={id} title={data.title} branch={data.branch} view={data.view} />
      )}
    </>
  );
}

export const RoleNode = memo(RoleNodeView);
