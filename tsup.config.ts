import {defineConfig} from 'tsup'
import {writeJsonSchema} from './scripts/build-schema.js'

// Library entries get declarations; the CLI and its worker are programs.
const library = {index: 'src/index.ts', markdown: 'src/markdown.ts', html: 'src/html.ts'}

export default defineConfig({
  entry: {...library, cli: 'src/cli.ts', 'cli/worker': 'src/cli/worker.ts'},
  format: ['esm'],
  // ES2022, not `node20`: for `node20` esbuild rewrites every regex literal with a Unicode
  // property escape (`/\p{Lu}/u`) into `new RegExp(…)`, built again at each call; Node 20 runs
  // ES2022 as written.
  target: 'es2022',
  platform: 'node',
  dts: {entry: library},
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  // The JSON Schema is generated from the zod schemas on every build.
  async onSuccess() {
    writeJsonSchema('dist/schema.json')
  }
})
