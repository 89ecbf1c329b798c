import { Panel } from '@xyflow/react';
import type { Chart } from '../../domain/chart';
import { removeLink } from '../../editor/commands/remove-link';
import type { EditorStore } from '../../editor/store';
import type { LinkRef } from '../../theme/link-kinds';
import { titleOf } from '../../theme/words';
import { switchLinkKind } from './link-intent';

/** The selected link, in words, with its two actions: change its kind, remove it. */
export function EdgeBar({
  link,
  chart,
  store,
  onDone,
}: {
  link: LinkRef;
  chart: Chart;
  store: EditorStore;
  onDone: () => void;
}) {
  const from = titleOf(chart, link.from);
  const to = titleOf(chart, link.to);
  const toCustomer = chart.customers.some((customer) => customer.id === link.to);
  const switched = switchLinkKind(chart, link.kind, link.from, link.to);
  const describe = link.kind === 'reporting' ? `${from} reports to ${to}` : `${from} serves ${to}`;
  const button =
    'rounded-md px-2.5 py-1 text-xs font-medium transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand';
  return (
    <Panel position="top-center">
      <div
        role="toolbar"
        aria-label="Selected link"
        className="mt-14 flex items-center gap-2 rounded-xl border border-slate-200 bg-white px-3 py-1.5 text-sm shadow-lg"
      >
        <span className="font-medium text-ink">{describe}</span>
        {switched && !toCustomer && (
          <button
            type="button"
            className={`${button} text-brand`}
            onClick={() => {
              const label =
                link.kind === 'reporting'
                  ? `Make ${from} serve ${to}`
                  : `Make ${from} report to ${to}`;
              if (store.getState().run(switched, label)) onDone();
            }}
          >
            {link.kind === 'reporting' ? 'Make it a service link' : 'Make it the manager'}
          </button>
        )}
        <button
          type="button"
          className={`${button} text-flag`}
          onClick={() => {
            const { command, label } = removeLink(chart, link);
            if (store.getState().run(command, label)) onDone();
          }}
        >
          Remove link
        </button>
      </div>
    </Panel>
  );
}
