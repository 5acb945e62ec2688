import { Workflow } from '@kendari/kit';
import { EmergencyStatus as S } from './entities/emergency.entity';

/** RECEIVED -> DISPATCHED -> ON_SCENE -> RESOLVED; FALSE_ALARM from any open state. */
export const emergencyWorkflow = new Workflow<S>('Emergency report', {
  [S.RECEIVED]: [S.DISPATCHED, S.FALSE_ALARM],
  [S.DISPATCHED]: [S.ON_SCENE, S.FALSE_ALARM],
  [S.ON_SCENE]: [S.RESOLVED, S.FALSE_ALARM],
  [S.RESOLVED]: [],
  [S.FALSE_ALARM]: [],
});
