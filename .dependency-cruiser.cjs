/** Layer rules of the architecture in README.md; `npm run lint` fails on any violation. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'domain/ holds pure rules: it imports only domain/ and pure date libraries (no Slack, no database, no node: modules).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/(rrule|chrono-node|date-fns|@date-fns/tz)/'] },
    },
    {
      name: 'usecases-see-ports-not-adapters',
      comment: 'Use cases depend on domain/ and ports.ts, never on the store, Slack or the scheduler.',
      severity: 'error',
      from: { path: '^src/usecases/' },
      to: { path: '^src/(store|slack|scheduler)/|^node_modules/(kysely|pg|@slack)' },
    },
    {
      name: 'listeners-never-touch-the-store',
      comment: 'A listener parses, calls a use case and renders; the database is behind the use cases.',
      severity: 'error',
      from: { path: '^src/slack/listeners/' },
      to: { path: '^src/store/|^node_modules/(kysely|pg)/' },
    },
    {
      name: 'views-are-pure',
      comment: 'Block Kit builders are functions of state: no use cases, no store, no Web API.',
      severity: 'error',
      from: { path: '^src/slack/views/' },
      to: { path: '^src/(usecases|store|scheduler)/|^src/slack/listeners/|^node_modules/@slack/(bolt|web-api)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
