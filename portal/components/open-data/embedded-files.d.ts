// files embedded with `import x from '...' with { type: 'bytes' }` (embedded.ts)
declare module '*.graphql' {
  const bytes: Uint8Array;
  export default bytes;
}
declare module '*.md' {
  const bytes: Uint8Array;
  export default bytes;
}
