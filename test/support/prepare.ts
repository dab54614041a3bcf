// Run once by scripts/test.ts before the test files start in parallel.
import { prepareTemplate } from './database.ts';

await prepareTemplate();
