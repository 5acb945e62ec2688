import { ObjectType } from 'type-graphql';
import { Connection } from '@kendari/kit';
import { JariReport } from '../entities/jari-report.entity';

// GraphQL types that several resolvers return

@ObjectType()
export class JariReportConnection extends Connection(JariReport) {}
