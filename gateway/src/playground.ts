import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { discoverSubgraphs } from '@kendari/kit/platform';

const repoRoot = path.resolve(__dirname, '../..');

/** The GraphiQL files are served from node_modules: the playground works with no internet. */
const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'graphiql.min.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'react.production.min.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
};

export function playgroundAsset(name: string): { body: Buffer; type: string; cacheControl?: string } | null {
  // the start script carries the tabs: generated, not cached long (examples change with the subgraphs)
  if (name === 'page.css') return { body: Buffer.from('html,body,#graphiql{height:100%;margin:0}'), type: 'text/css; charset=utf-8' };
  if (name === 'start.js') return { body: Buffer.from(playgroundStartScript('/graphql')), type: 'text/javascript; charset=utf-8', cacheControl: 'no-cache' };
  const asset = ASSETS[name];
  if (!asset) return null;
  const pkg = path.dirname(require.resolve(`${asset.module}/package.json`, { paths: [__dirname] }));
  return { body: readFileSync(path.join(pkg, asset.file)), type: asset.type };
}

/** The title GraphiQL 3 gives a tab (its own expression: the first operation name outside a comment line). */
export function tabTitle(query: string): string | null {
  return /^(?!#).*(query|subscription|mutation)\s+([a-zA-Z0-9_]+)/m.exec(query)?.[2] ?? null;
}

interface ExampleBundle {
  /** The gateway's own examples.graphql (login, the whole graph), or null. */
  gateway: string | null;
  /** Each subgraph's examples.graphql, by name. */
  apps: Array<{ name: string; query: string }>;
}

/** Written by the gateway's build next to the code, so the running gateway needs none of the subgraphs' folders. */
const EXAMPLES_FILE = path.join(__dirname, 'examples.json');

/** Build step (`npm run build -w @kendari/gateway`): the gateway's and every listed subgraph's examples into dist/examples.json. */
export function bundleExamples(root = repoRoot, file = EXAMPLES_FILE): string {
  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : null);
  const apps = discoverSubgraphs(root)
    .map((s) => ({ name: s.name, query: read(path.join(s.dir, 'examples.graphql')) }))
    .filter((a): a is { name: string; query: string } => a.query !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
  const bundle: ExampleBundle = { gateway: read(path.join(root, 'gateway/examples.graphql')), apps };
  writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  return file;
}

let bundled: ExampleBundle | null = null;
function examples(): ExampleBundle {
  if (!bundled) {
    if (!existsSync(EXAMPLES_FILE)) throw new Error(`${EXAMPLES_FILE} is missing: the gateway's build writes it (npm run build -w @kendari/gateway)`);
    bundled = JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as ExampleBundle;
  }
  return bundled;
}

/** Example operations: the gateway's own, then each subgraph's `examples.graphql` (bundled at build). */
export function exampleTabs(): Array<{ query: string; variables?: string }> {
  const { gateway, apps } = examples();
  const tabs: Array<{ query: string; variables?: string }> = [];
  if (gateway !== null) tabs.push({ query: `${introText(apps)}\n${gateway}` });
  for (const app of apps) tabs.push({ query: app.query });
  return tabs;
}

/**
 * The first tab's intro, written from the tabs that are really there (each titled by its first
 * operation, as GraphiQL does), so it never names a tab that does not exist.
 */
function introText(apps: Array<{ name: string; query: string }>): string {
  const loginTab = apps.find((a) => /^\s*mutation\s+Login\b/m.test(a.query));
  const lines = [
    '# Satu Kendari public graph: the public services of Kota Kendari.',
    '# Public queries need no login. To act as a resident or officer:',
    loginTab ? `#   1. run the Login operation in the tab "${tabTitle(loginTab.query)}" (${loginTab.name})` : '#   1. run the login mutation (see Docs)',
    '#   2. open Headers (below) and add',
    '#      { "Authorization": "Bearer <accessToken>" }',
    '#   3. re-fetch the schema (Shift-Ctrl-R): Docs then show the whole graph.',
    '# Without a token, Docs show the public contract: the queries anyone may',
    '# run (other governments with an API key too). Mutations (log in, report)',
    '# work for anyone; example queries outside the contract run as they are,',
    '# edited they need the token.',
    '# Demo resident NIK 7471024506900001; officers petugas.kandai,',
    '# lurah.kandai, camat.kendari, dispatcher.damkar, inspektur,',
    '# petugas.disdukcapil, admin. Password for all: kendari123.',
    '# Tabs, one per application, each named after its first example:',
    ...apps.map((a) => `#   "${tabTitle(a.query) ?? a.name}": ${a.name}`),
    '# Docs (top left) lists the types and fields you may query.',
  ];
  return `${lines.join('\n')}\n`;
}

export function playgroundHtml(): string {
  // no inline script: the page's Content-Security-Policy allows scripts from the gateway only
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Satu Kendari — GraphQL playground</title>
<link rel="stylesheet" href="/playground/graphiql.min.css">
<link rel="stylesheet" href="/playground/page.css">
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.production.min.js"></script>
<script src="/playground/react-dom.production.min.js"></script>
<script src="/playground/graphiql.min.js"></script>
<script src="/playground/start.js"></script>
</body>
</html>`;
}

export function playgroundStartScript(endpoint: string): string {
  const tabs = JSON.stringify(exampleTabs()).replace(/</g, '\\u003c');
  // ?query= (the portal's "try in the playground" links) opens that operation in a tab of its own, first
  return `const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
const shared = new URLSearchParams(location.search).get('query') || undefined;
const tabs = ${tabs};
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  defaultEditorToolsVisibility: true,
  defaultTabs: shared ? [{ query: shared }].concat(tabs) : tabs,
  query: shared,
  shouldPersistHeaders: false,
}));
`;
}
