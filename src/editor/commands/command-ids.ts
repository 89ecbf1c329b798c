/**
 * Every editor command's id, as one const list: the registry, the toolbar and
 * the canvas take a `CommandId`, so a misspelt id fails to compile instead of
 * throwing when a user presses the button.
 */
export const COMMAND_IDS = [
  'add-role',
  'add-customer',
  'undo',
  'redo',
  'flip',
  'delete',
  'copy',
  'paste',
  'select-all',
  'rename',
  'change-manager',
  'serves',
  'fit-view',
  'present',
  'exit-present',
  'teach',
  'show-path',
  'clear-highlight',
  'escape',
  'search',
  'import',
  'export',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
