import { InputCheck } from '@kendari/kit';

/** A message between the Inspectorate and a reporter: 1-2000 characters (BAD_USER_INPUT naming the field otherwise). */
export function checkMessageBody(body: string, field = 'message'): string {
  const v = new InputCheck();
  const text = v.text(field, body, { min: 1, max: 2000, label: 'Pesan' });
  v.done();
  return text!;
}
