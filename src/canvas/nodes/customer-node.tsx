import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CustomerFlowNode } from '../flow/flow-model';
import { HeartHandshakeIcon } from 'lucide-react';
import { RenameField, useRenaming } from './rename-field';
import { NodeHandles } from './role-node';

/** A customer group: rounder and teal, so it never reads as a role. */
function CustomerNodeView({ id, data, selected }: NodeProps<CustomerFlowNode>) {
  const renaming = useRenaming(id);
  return (
    <div
      className={`upturn-node flex h-full w-full items-center gap-2.5 rounded-full border-2 border-customer-line bg-customer-soft pr-4 pl-3 text-customer shadow-sm ${
        selected ? 'ring-2 ring-brand ring-offset-2' : ''
      }`}
    >
      <NodeHandles />
      <span className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-white text-customer shadow-inner">
        <HeartHandshakeIcon size={18} />
      </span>
      <span className="min-w-0 flex-1">
        <span className="block text-[10px] font-semibold tracking-wider text-customer uppercase">
          Customer
        </span>
        {renaming ? (
          <RenameField id={id} kind="customer" value={data.name} className="text-[14px]" />
        ) : (
          // Two lines before an ellipsis: a customer group's name is short, but must be read whole.
          <span className="upturn-node-title line-clamp-2 text-[14px] leading-tight font-semibold break-words text-ink">
            {data.name}
          </span>
        )}
      </span>
    </div>
  );
}

export const CustomerNode = memo(CustomerNodeView);
