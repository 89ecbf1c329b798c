/**
 * The toolbar's scenario actions: "New scenario" copies the open chart into
 * a scenario of it and opens it; "Compare" opens the compare view (the
 * scenario against its base, or, on a plain chart, against another chart).
 */
import { GitBranchPlus, GitCompare } from 'lucide-react';
import { ToolButton } from '../toolbar/tool-button';

export function ScenarioActions({
  canStore,
  canCompare,
  onNewScenario,
  onCompare,
}: {
  /** False when this browser keeps no charts. */
  canStore: boolean;
  /** True when there is something to compare with (a base, or another chart). */
  canCompare: boolean;
  onNewScenario: () => void;
  onCompare: () => void;
}) {
  return (
    <>
      <ToolButton
        label="New scenario"
        icon={<GitBranchPlus size={15} aria-hidden="true" />}
        onClick={onNewScenario}
        disabled={!canStore}
      />
      <ToolButton
        label="Compare"
        icon={<GitCompare size={15} aria-hidden="true" />}
        onClick={onCompare}
        disabled={!canCompare}
      />
    </>
  );
}
