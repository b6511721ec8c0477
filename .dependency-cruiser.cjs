/**
 * The layers of src/, enforced by `npm run check` (dependency-cruiser). From
 * the bottom up; each may import only from the layers below it:
 *
 *   vocab/      pure data: units, statuses. Imports nothing.
 *   schema/     zod schemas of the content. vocab only.
 *   lib/        pure logic, safe in the browser and on the server: formatting,
 *               keyframes, the content check, MDX scanning. vocab, and schema
 *               for types only (zod must not reach the browser). No node: modules.
 *   scenes/registry.ts  scene names and states: data shared with the browser, imports nothing.
 *   scenes/stats.ts     the statistics each scene draws: data for the server.
 *   server/     server-only: loading the story, cards, datasets, the boot script.
 *               May read files. Never imported by the browser.
 *   client/     one custom element per behaviour, in the browser: lib, vocab,
 *               the scene registry. Never server, schema or components.
 *   scenes/*.astro, components/, layouts/, pages/: render on the server; they
 *               may import all of the above (not checked here: .astro files
 *               are not parsed by the checker).
 *
 * And no cycles anywhere. tests/unit/layers.test.ts proves each rule fails
 * on a fixture that breaks it.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes load order matter and hides which module owns an idea.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'vocab-is-data',
      comment: 'A vocabulary is plain data that every layer may share; it imports nothing of ours.',
      severity: 'error',
      from: { path: '^src/vocab/' },
      to: { path: '^src/(?!vocab/)' },
    },
    {
      name: 'schema-is-below-lib',
      comment: 'Schemas describe content; logic builds on them, not the other way round.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^src/(lib|server|client|scenes|components|layouts|pages|integrations)/' },
    },
    {
      name: 'lib-is-pure',
      comment: 'lib/ runs in the browser too: no server code, no UI, no node: modules.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(server|client|scenes|components|layouts|pages|integrations)/' },
    },
    {
      name: 'lib-has-no-node',
      comment: 'lib/ runs in the browser too.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'lib-takes-only-types-from-schema',
      comment: 'zod must not reach the browser: lib/ may use the schemas\' types, not their code.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/schema/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'registry-is-data',
      comment: 'The scene registry is shared with the browser; the components that draw scenes are in catalog.ts.',
      severity: 'error',
      from: { path: '^src/scenes/registry\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'server-is-below-ui',
      comment: 'Server code loads and prepares; it does not import what renders or runs in the browser.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(client|components|layouts|pages)/|^src/scenes/(?!(registry|stats)\\.ts$)' },
    },
    {
      name: 'client-is-browser-only',
      comment: 'The browser gets lib/, vocab/ and the scene registry; never server code, schemas or components.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/(server|schema|components|layouts|pages|integrations)/|^src/scenes/(?!registry\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count (and are labelled), so the schema rule can tell them apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.astro$' },
  },
};
