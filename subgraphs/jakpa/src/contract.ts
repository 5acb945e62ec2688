import { CACHE, cacheTypes, publicFields, publicType } from '@kendari/kit';
import { LookupResolver } from './resolvers/lookup.resolver';
import { KecamatanTaxCollectionResolver, TaxCollectionStatsResolver } from './resolvers/stats.resolver';
import { TaxCollectionMonth, TaxCollectionTrendResolver } from './resolvers/tax-trend.resolver';
import { BillAmounts, NopParts, PaymentChannelType, PenaltyRuleType, PublicTaxBill, TaxCollectionStats } from './resolvers/types';

// The public part of JAKPA (issue 17): the bill lookup by NOP (owner name masked), channels, penalty rules and
// collection statistics; tax objects, payments and owners stay out.
publicType(PublicTaxBill, '*');
publicType(NopParts, '*');
publicType(BillAmounts, '*');
publicType(PaymentChannelType, '*');
publicType(PenaltyRuleType, '*');
publicType(TaxCollectionStats, '*');
publicFields(LookupResolver, ['taxBill', 'paymentChannels', 'taxPenaltyRules']);
publicFields(TaxCollectionStatsResolver, ['taxCollectionStats', 'kecamatan']);
publicFields(KecamatanTaxCollectionResolver, ['taxCollection']);
publicType(TaxCollectionMonth, '*');
publicFields(TaxCollectionTrendResolver, ['taxCollectionTrend', 'kecamatan']);

// How long an anonymous answer may be reused (issue 13.5; kit cache-hints.ts); a bill is not cached (it changes when paid).
cacheTypes([PaymentChannelType, PenaltyRuleType], CACHE.reference);
cacheTypes([TaxCollectionStats, TaxCollectionMonth], CACHE.statistics);
