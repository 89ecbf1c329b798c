// Lint that tolerates nothing (`--max-warnings=0`) and keeps the layers of
// CONVENTIONS.md honest: each folder of src/ may import only the folders
// listed before it (domain < layout < files < editor < canvas < ui < app).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = ['domain', 'layout', 'files', 'editor', 'canvas', 'ui', 'app'];
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

const boundaries = layers.map((layer, index) => {
  const above = layers.slice(index + 1);
  const pure = ['domain', 'layout', 'files'].includes(layer);
  const patterns = above.map((upper) => ({
    group: [`**/${upper}/*`, `../${upper}/*`, `../../${upper}/*`],
    message: `src/${layer} may not import src/${upper}: dependencies flow one way (CONVENTIONS.md).`,
  }));
  if (pure) {
    patterns.push({
      group: uiPackages,
      message: `src/${layer} is pure TypeScript: no React, React Flow or store here.`,
    });
  }
  if (layer === 'domain') {
    patterns.push({
      group: ['@dagrejs/dagre', 'd3-hierarchy'],
      message: 'src/domain has no layout engine.',
    });
  }
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
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
  ...boundaries,
  prettier,
);
