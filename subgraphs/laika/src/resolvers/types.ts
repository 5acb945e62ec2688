import { ObjectType } from 'type-graphql';
import { Connection } from '@kendari/kit';
import { LetterRequest } from '../entities/letter-request.entity';

// GraphQL types that several resolvers return

@ObjectType()
export class LetterRequestConnection extends Connection(LetterRequest) {}
