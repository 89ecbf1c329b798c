// Lint that tolerates nothing (`--max-warnings=0`) and keeps the layers of
// CONVENTIONS.md honest: each folder of src/ may import only the folders
// listed before it (theme < domain < layout < files < editor < canvas < ui < app),
// from any depth of subfolder; test helpers (vitest, fast-check, fake-indexeddb)
// stay in *.test.ts files and __fixtures__ folders.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = ['theme', 'domain', 'layout', 'files', 'editor', 'canvas', 'ui', 'app'];
/** Packages a pure layer must not touch. */
const uiPackages = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@xyflow/react',
  'zustand',
  'zustand/*',
];

/** Packages only tests and their fixtures may import. */
const testPackages = ['vitest', 'vitest/*', 'fast-check', 'fake-indexeddb', 'fake-indexeddb/*'];

const boundaries = layers.map((layer, index) => {
  const above = layers.slice(index + 1);
  const pure = ['theme', 'domain', 'layout', 'files'].includes(layer);
  const patterns = above.map((upper) => ({
    group: [`**/${upper}/*`, `../${upper}/*`, `**/src/${upper}`, `**/src/${upper}/**`],
    message: `src/${layer} may not import src/${upper}: dependencies flow one way (CONVENTIONS.md).`,
  }));
  if (pure) {
    patterns.push({
      group: uiPackages,
      message: `src/${layer} is pure TypeScript: no React, React Flow or store here.`,
    });
  }
  patterns.push({
    group: testPackages,
    message:
      'Test helpers belong in *.test.ts files or __fixtures__ folders, not in production code.',
  });
  if (layer === 'domain' || layer === 'theme') {
    patterns.push({
      group: ['@dagrejs/dagre'],
      message: 'src/domain has no layout engine.',
    });
  }
  const testPatterns = patterns.filter((p) => p.group !== testPackages);
  return [
    {
      files: [`src/${layer}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    },
    {
      // Tests and fixtures keep the layer rules but may use the test packages.
      files: [`src/${layer}/**/*.test.{ts,tsx}`, `src/${layer}/**/__fixtures__/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns: testPatterns }] },
    },
  ];
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from files is text: never dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  ...boundaries.flat(),
  prettier,
);
