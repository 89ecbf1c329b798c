import type { ReactNode } from 'react';
import {
  ArrowDownUpIcon,
  GraduationCapIcon,
  PlusIcon,
  PresentationIcon,
  Redo2Icon,
  Undo2Icon,
  UploadIcon,
} from 'lucide-react';
import type { CommandId } from '../../editor/commands/command-ids';
import type { CommandContext } from '../../editor/commands/command-registry';
import type { EditorRegistry } from '../../editor/commands/editor-commands';
import { useEditor } from '../../editor/use-editor';
import { ExportMenu } from '../export/export-menu';
import { ToolButton } from './tool-button';
import { RoleSearch } from './role-search';
import { VIEW_NAMES } from '../../theme/view-names';
import { OutlineToggle } from '../outline/outline-toggle';

/** A button for one registry command: its label, shortcut and enabled state come from the registry. */
export function CommandButton({
  id,
  registry,
  context,
  icon,
  primary,
  hideLabel,
  keepLabel,
}: {
  id: CommandId;
  registry: EditorRegistry;
  context: CommandContext;
  icon?: ReactNode;
  primary?: boolean;
  hideLabel?: boolean;
  keepLabel?: boolean;
}) {
  const enabled = useEditor((state) => registry.isEnabled(id, state));
  const command = registry.get(id);
  return (
    <ToolButton
      label={command.label}
      icon={icon}
      primary={primary}
      hideLabel={hideLabel}
      keepLabel={keepLabel}
      disabled={!enabled}
      shortcut={registry.shortcutLabel(id)}
      onClick={() => registry.run(id, context)}
    />
  );
}

function Divider() {
  return <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden="true" />;
}

/** The header: brand, chart name and the actions, all from the command registry. */
export function Toolbar({
  registry,
  context,
  chartMenu,
  scenarioActions,
  liveActions,
}: {
  registry: EditorRegistry;
  context: CommandContext;
  /** The chart switcher, when the app provides one. */
  chartMenu?: ReactNode;
  /** "New scenario" and "Compare", when the app provides them. */
  scenarioActions?: ReactNode;
  /** "Share" and the live status, when the app provides them. */
  liveActions?: ReactNode;
}) {
  const name = useEditor((state) => state.chart.name);
  const view = useEditor((state) => state.view);
  const props = { registry, context };
  return (
    <header className="relative z-30 flex h-14 shrink-0 items-center gap-2 border-b border-slate-200 bg-white/90 px-4 backdrop-blur">
      <div className="flex items-center gap-2">
        <img src="/upturn.svg" alt="" className="h-7 w-7" />
        <h1 className="text-[15px] font-bold tracking-tight text-ink">Upturn</h1>
      </div>
      <Divider />
      <div className="min-w-0 shrink overflow-hidden">
        {chartMenu ?? <p className="truncate text-sm font-medium text-ink-soft">{name}</p>}
      </div>
      <div className="ml-auto w-64 min-w-28 shrink">
        <RoleSearch context={context} shortcut={registry.shortcutLabel('search')} />
      </div>
      <nav aria-label="Chart actions" className="flex shrink-0 items-center gap-0.5">
        <CommandButton id="add-role" icon={<PlusIcon size={15} />} keepLabel {...props} />
        <CommandButton id="add-customer" icon={<PlusIcon size={15} />} keepLabel {...props} />
        <Divider />
        <CommandButton id="undo" icon={<Undo2Icon size={15} />} hideLabel {...props} />
        <CommandButton id="redo" icon={<Redo2Icon size={15} />} hideLabel {...props} />
        <Divider />
        <CommandButton id="import" icon={<UploadIcon size={15} />} {...props} />
        <ExportMenu {...props} />
        <CommandButton id="present" icon={<PresentationIcon size={15} />} {...props} />
        <CommandButton id="teach" icon={<GraduationCapIcon size={15} />} {...props} />
        <OutlineToggle />
        {scenarioActions && (
          <>
            <Divider />
            {scenarioActions}
          </>
        )}
        {liveActions && (
          <>
            <Divider />
            {liveActions}
          </>
        )}
        <Divider />
        {/* The view shows on the canvas's view switch; this line says it to a screen reader as it changes. */}
        <span className="sr-only" aria-live="polite">
          {view === 'traditional' ? 'Traditional pyramid' : VIEW_NAMES[view]}
        </span>
        <CommandButton id="flip" icon={<ArrowDownUpIcon size={15} />} primary {...props} />
      </nav>
    </header>
  );
}
