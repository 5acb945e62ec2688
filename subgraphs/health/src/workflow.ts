import { Workflow } from '@kendari/kit';
import { AppointmentStatus as S } from './entities/queue.entity';

/** BOOKED -> CALLED -> SERVED | NO_SHOW; BOOKED -> CANCELLED (resident, or the facility closing the session). */
export const appointmentWorkflow = new Workflow<S>('Queue number', {
  [S.BOOKED]: [S.CALLED, S.CANCELLED],
  [S.CALLED]: [S.SERVED, S.NO_SHOW],
  [S.SERVED]: [],
  [S.NO_SHOW]: [],
  [S.CANCELLED]: [],
});

/** Statuses that hold a place (and a number) in a session. */
export const LIVE_STATUSES = [S.BOOKED, S.CALLED, S.SERVED, S.NO_SHOW];
