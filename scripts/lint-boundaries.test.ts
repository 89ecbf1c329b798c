/**
 * The layer rules of eslint.config.js, tried on code that breaks them: an
 * upward import must fail lint from any depth of subfolder, a test package in
 * production code must fail, and the same imports in the right place pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `filePath`. */
async function restrictions(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/domain/analysis/probe.ts', "import { x } from '../../ui/toolbar/toolbar';", 'src/ui'],
    ['src/domain/probe.ts', "import { x } from '../editor/store';", 'src/editor'],
    ['src/layout/tree/probe.ts', "import { x } from '../../files/csv/csv-import';", 'src/files'],
    ['src/files/image/probe.ts', "import { x } from '../../canvas/nodes/role-node';", 'src/canvas'],
    ['src/canvas/big-chart/probe.ts', "import { x } from '../../app/App';", 'src/app'],
    ['src/theme/probe.ts', "import { x } from '../domain/chart';", 'src/domain'],
  ])('%s may not import upward (%s)', async (filePath, code, layer) => {
    const messages = await restrictions(code, filePath);
    expect(messages.join('\n')).toContain(`may not import ${layer}`);
  });

  it('keeps React out of the pure layers at any depth', async () => {
    const messages = await restrictions(
      "import { memo } from 'react';",
      'src/layout/tree/probe.ts',
    );
    expect(messages.join('\n')).toContain('pure TypeScript');
  });

  it('keeps test packages out of production files', async () => {
    const messages = await restrictions("import fc from 'fast-check';", 'src/domain/probe.ts');
    expect(messages.join('\n')).toContain('Test helpers');
  });

  it('lets tests and fixtures use test packages, and downward imports pass', async () => {
    expect(
      await restrictions("import fc from 'fast-check';", 'src/domain/__fixtures__/probe.ts'),
    ).toEqual([]);
    expect(await restrictions("import { it } from 'vitest';", 'src/layout/probe.test.ts')).toEqual(
      [],
    );
    expect(
      await restrictions("import { x } from '../../domain/chart';", 'src/canvas/nodes/probe.ts'),
    ).toEqual([]);
  });

  it('still refuses an upward import in a test file', async () => {
    const messages = await restrictions(
      "import { x } from '../ui/toolbar/toolbar';",
      'src/domain/probe.test.ts',
    );
    expect(messages.join('\n')).toContain('may not import src/ui');
  });
});
