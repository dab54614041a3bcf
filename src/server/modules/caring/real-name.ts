// The real-name check of a caring individual (实名核验): does this name belong to this mobile number? Answered by an
// outside service (a carrier's or a government's) that this deployment does not reach: there is no network at run
// time. The interface is where such a service plugs in; until then the offline verifier answers 'unavailable' and
// the profile stays 'unverified'.

/** 'verified' / 'failed': the service answered; 'unavailable': no answer (no service, offline, timed out). */
export type RealNameAnswer = 'verified' | 'failed' | 'unavailable';

export interface RealNameVerifier {
  /** Never log or keep the arguments: both are personal data. */
  verify(name: string, mobile: string): Promise<RealNameAnswer>;
}

/** The default: no outside service, so never an answer. */
export const offlineVerifier: RealNameVerifier = {
  verify: () => Promise.resolve('unavailable'),
};

/** The status to store after asking: the service's answer when it gave one, else 'unverified'. A failing service is
 * the same as no answer, so registration never fails because the check could not be made. */
export async function realNameStatus(
  verifier: RealNameVerifier,
  name: string,
  mobile: string,
): Promise<'verified' | 'failed' | 'unverified'> {
  let answer: RealNameAnswer;
  try {
    answer = await verifier.verify(name, mobile);
  } catch {
    answer = 'unavailable';
  }
  return answer === 'verified' || answer === 'failed' ? answer : 'unverified';
}
