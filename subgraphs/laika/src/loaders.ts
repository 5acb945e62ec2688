import { loadByKey, loadGroupedBy, type RequestContext } from '@kendari/kit';
import { LetterType } from './entities/letter-type.entity';
import { LetterTimelineEntry } from './entities/letter-request.entity';

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  letterType: loadByKey(ctx, LetterType),
  timelineOfRequest: loadGroupedBy(ctx, LetterTimelineEntry, 'requestId', { at: 'asc', id: 'asc' }),
});
