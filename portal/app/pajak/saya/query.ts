import { graphql } from '@/graphql/generated';
import type { ResultOf } from '@/lib/graphql';

/** The citizen's objects with their bills and payments: one operation (the graph batches it). */
export const MY_TAXES = graphql(`
  query MyTaxes {
    me {
      id
      taxObjects(first: 20) {
        totalCount
        nodes {
          id
          address
          ownerName
          landArea
          buildingArea
          nop {
            digits
            formatted
            kelurahan {
              id
              name
            }
            kecamatan {
              id
              name
            }
          }
          bills(first: 6) {
            nodes {
              id
              year
              njop
              amount
              dueDate
              today {
                ...BillTodayFields
              }
              payments(first: 5) {
                nodes {
                  id
                  amount
                  paidAt
                  reference
                  channel {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export type MyTaxesData = ResultOf<typeof MY_TAXES>;
export type MyObject = NonNullable<MyTaxesData['me']['taxObjects']>['nodes'][number];
export type MyBill = MyObject['bills']['nodes'][number];
export type MyPayment = MyBill['payments']['nodes'][number];
