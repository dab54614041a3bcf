// What the process is still preparing after it started serving: npm start loads the 620k villages in the background,
// so the login page answers within seconds; /api/health and the web app say when the villages are ready.
export type VillageState = 'ready' | 'loading' | 'failed';

export const readiness: { villages: VillageState } = { villages: 'ready' };
