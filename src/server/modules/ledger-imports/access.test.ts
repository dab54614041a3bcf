import { runAccessCases } from '../../../../test/support/access.ts';
import cases from './access.cases.ts';

runAccessCases('ledger-imports', cases);
