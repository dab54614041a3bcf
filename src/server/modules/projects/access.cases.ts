// The projects module's access cases: the core routes' and the life-cycle and checklist routes', kept in two files.
import type { AccessCases } from '../../../../test/support/access.ts';
import coreCases from './core-access.cases.ts';
import trackingCases from './tracking-access.cases.ts';

const cases: AccessCases = async (t) => [...(await coreCases(t)), ...(await trackingCases(t))];

export default cases;
