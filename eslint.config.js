// Lint every regex of the library: a regex that backtracks super-linearly turns
// one odd scraped line into minutes of work. `flat/recommended` holds
// `no-super-linear-backtracking`; `no-super-linear-move` (a regex that is
// quadratic when tried at every start, as `exec`, `test` and `/g` do) is not in
// it, so it is switched on by hand.
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'coverage/**']
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {ecmaVersion: 'latest', sourceType: 'module'}
    }
  },
  {
    files: ['src/**/*.ts'],
    ...regexp.configs['flat/recommended'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error'
    }
  }
)
