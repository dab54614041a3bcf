// Placeholder until the routes land.
import type { AccessCases } from '../../../../test/support/access.ts';

const cases: AccessCases = async () => [];

export default cases;
