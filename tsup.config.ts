import {defineConfig} from 'tsup'
import {writeJsonSchema} from './scripts/build-schema.js'

// Library entries get declarations; the CLI and its worker are programs.
const library = {index: 'src/index.ts', markdown: 'src/markdown.ts', html: 'src/html.ts'}

export default defineConfig({
  entry: {...library, cli: 'src/cli.ts', 'cli/worker': 'src/cli/worker.ts'},
  format: ['esm'],
  target: 'node20',
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
