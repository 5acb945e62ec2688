import { heldTable, loadGroupedBy, type RequestContext } from '@kendari/kit';
import { LetterType } from './entities/letter-type.entity';
import { LetterTimelineEntry } from './entities/letter-request.entity';

/** The eleven letter types: reference data nothing in the graph writes, held in memory (kit heldTable). */
export const letterTypes = heldTable(LetterType, { orderBy: { name: 'asc' } });

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  letterType: letterTypes.lookup(ctx),
  timelineOfRequest: loadGroupedBy(ctx, LetterTimelineEntry, 'requestId', { at: 'asc', id: 'asc' }),
});
