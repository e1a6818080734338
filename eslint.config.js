import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/**
 * The layers, lowest first: model ← analysis ← graph ← io and state ←
 * components. A module may import from its own layer and those below it;
 * these patterns name what lies above each layer, so an upward import fails lint.
 */
const above = {
  model: ['analysis', 'graph', 'io', 'state', 'components', 'data'],
  analysis: ['graph', 'io', 'state', 'components', 'data'],
  graph: ['io', 'state', 'components', 'data'],
  io: ['state', 'components'],
  state: ['components'],
};

const layerRules = Object.entries(above).map(([layer, forbidden]) => ({
  files: [`src/lib/${layer}/**/*.{ts,svelte}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.flatMap((name) => [
              `**/lib/${name}/**`,
              `../${name}/**`,
              `../../${name}/**`,
            ]),
            message: `src/lib/${layer} sits below ${forbidden.join(', ')}: imports run down the layers only (model ← analysis ← graph ← io, state ← components).`,
          },
          ...(layer === 'model'
            ? [
                {
                  group: ['cytoscape', 'cytoscape-*', 'svelte', 'svelte/*', 'jspdf', 'svg2pdf.js'],
                  message: 'The model imports nothing of the app or its view libraries.',
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'screenshots/',
      'bench/results/',
      '.scratch/',
      'src/lib/model/generated/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Data never reaches the DOM as markup.
      'svelte/no-at-html-tags': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write data as markup.' },
        { property: 'outerHTML', message: 'Never write data as markup.' },
      ],
    },
  },
  {
    // Playwright serialises whatever a page callback returns; returning a page
    // object (the Cytoscape core, say) cost 17–70 s per call. `evaluate` in
    // tests/browser/evaluate.ts checks the result is plain data instead.
    files: ['tests/browser/**/*.ts'],
    ignores: ['tests/browser/evaluate.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > MemberExpression.callee[property.name=/^(evaluate|evaluateHandle|evaluateAll|\\$eval|\\$\\$eval)$/]',
          message:
            'Use evaluate(page, fn, arg) from tests/browser/support: it returns plain data only.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    files: ['**/*.js'],
    ...ts.configs.disableTypeChecked,
  },
  {
    // Vitest's asymmetric matchers (`expect.stringMatching`, …) are typed `any`,
    // and mocks stand in for async functions without awaiting anything.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  ...layerRules,
);
