/**
 * The cursor of the item at `offset`: a page's `endCursor`; given as `after`, the next page starts
 * at offset + 1. Its own module (no decorators) so test setup can use it without reflect-metadata.
 */
export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
