import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'screenshots/', 'bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
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
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
