import { BILL_TODAY_FIELDS, type BillToday } from '@/components/jakpa/labels';

export type MyPayment = { id: string; amount: number; paidAt: string; reference: string; channel: { id: string; name: string } };
export type MyBill = { id: string; year: number; njop: number; amount: number; dueDate: string; today: BillToday; payments: { nodes: MyPayment[] } };
export type MyObject = {
  id: string;
  address: string;
  ownerName: string;
  landArea: number;
  buildingArea: number;
  nop: { digits: string; formatted: string; kelurahan: { name: string }; kecamatan: { name: string } };
  bills: { nodes: MyBill[] };
};

/** The citizen's objects with their bills and payments: one operation (the graph batches it). */
export const MY_TAXES = `query MyTaxes { me { id taxObjects(first: 20) { totalCount nodes { id address ownerName landArea buildingArea
  nop { digits formatted kelurahan { id name } kecamatan { id name } }
  bills(first: 6) { nodes { id year njop amount dueDate today { ${BILL_TODAY_FIELDS} }
    payments(first: 5) { nodes { id amount paidAt reference channel { id name } } } } } } } } }`;

export type MyTaxesData = { me: { id: string; taxObjects: { totalCount: number; nodes: MyObject[] } | null } };
