import { Workflow } from '@kendari/kit';
import { JariStatus } from './entities/jari-report.entity';

const { RECEIVED, VERIFIED, INVESTIGATING, CONCLUDED, REJECTED } = JariStatus;

/** RECEIVED -> VERIFIED -> INVESTIGATING -> CONCLUDED; RECEIVED|VERIFIED -> REJECTED. */
export const reportWorkflow = new Workflow<JariStatus>('JARI report', {
  [RECEIVED]: [VERIFIED, REJECTED],
  [VERIFIED]: [INVESTIGATING, REJECTED],
  [INVESTIGATING]: [CONCLUDED],
  [CONCLUDED]: [],
  [REJECTED]: [],
});

export const OPEN_STATUSES = [RECEIVED, VERIFIED, INVESTIGATING];

/** Working days the Inspectorate has to follow a report up (verify or reject): SP4N-LAPOR! standard. */
export const FOLLOW_UP_WORKING_DAYS = 5;
