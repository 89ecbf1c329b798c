/**
 * The toolbar's "Outline" toggle: opens the chart as a tree grid under the
 * canvas (a pressed button while it is open).
 */
import { ListTree } from 'lucide-react';
import { ToggleButton } from 'react-aria-components';
import { useOutlineOpen } from './outline-open';
import { COLLAPSIBLE_LABEL } from '../toolbar/tool-button';

export function OutlineToggle() {
  const open = useOutlineOpen((state) => state.open);
  const toggle = useOutlineOpen((state) => state.toggle);
  return (
    <ToggleButton
      isSelected={open}
      aria-label="Outline"
      onChange={toggle}
      className="inline-flex h-9 items-center gap-1.5 rounded-lg px-3 text-sm font-medium text-ink-soft transition outline-none hover:bg-slate-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand data-[selected]:bg-brand-soft data-[selected]:text-brand"
    >
      <ListTree size={15} aria-hidden="true" />
      <span className={COLLAPSIBLE_LABEL}>Outline</span>
    </ToggleButton>
  );
}
