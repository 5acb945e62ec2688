import { publicFields, publicType } from '@kendari/kit';
import { LookupResolver } from './resolvers/lookup.resolver';
import { KecamatanTaxCollectionResolver, TaxCollectionStatsResolver } from './resolvers/stats.resolver';
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
