import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

/** The GraphiQL files are served from node_modules: the playground works with no internet. */
const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'graphiql.min.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'react.production.min.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
};

export function playgroundAsset(name: string): { body: Buffer; type: string } | null {
  const asset = ASSETS[name];
  if (!asset) return null;
  const pkg = path.dirname(require.resolve(`${asset.module}/package.json`, { paths: [__dirname] }));
  return { body: readFileSync(path.join(pkg, asset.file)), type: asset.type };
}

/** Example operations: the gateway's own, then each subgraph's `examples.graphql`. */
export function exampleTabs(): Array<{ query: string; variables?: string }> {
  const tabs: Array<{ query: string; variables?: string }> = [];
  const own = path.join(__dirname, '../examples.graphql');
  if (existsSync(own)) tabs.push({ query: readFileSync(own, 'utf8') });
  const dir = path.join(repoRoot, 'subgraphs');
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const file = path.join(dir, name, 'examples.graphql');
    if (existsSync(file)) tabs.push({ query: readFileSync(file, 'utf8') });
  }
  return tabs;
}

export function playgroundHtml(endpoint: string): string {
  const tabs = JSON.stringify(exampleTabs()).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Satu Kendari — GraphQL playground</title>
<link rel="stylesheet" href="/playground/graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.production.min.js"></script>
<script src="/playground/react-dom.production.min.js"></script>
<script src="/playground/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: ${tabs},
    shouldPersistHeaders: false,
  }));
</script>
</body>
</html>`;
}
