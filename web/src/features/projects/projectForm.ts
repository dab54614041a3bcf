// The project form's values and what they become for the server. Money is typed in 元 and sent in fen, read digit by
// digit (never through a float); the budget's sources must add up to the total, which the form shows as it is typed.
// An edit sends only what changed, and once the project is signed only what the area did not sign for.
import { renameErrorFields } from '../../api/forms.ts';
import type {
  CreateProjectBody,
  FundingSource,
  PairingDetail,
  ProjectDetail,
  UpdateProjectBody,
} from '../../api/projects.ts';
import { FIELDS_EDITABLE_AFTER_SIGNING } from '../../../../src/server/modules/projects/states.ts';
import { parseYuan, yuanInput, yuanText } from '../needs/format.ts';

export interface BudgetLineValues {
  source?: FundingSource;
  /** As typed, in 元. */
  amountYuan?: string;
}

export interface PersonValues {
  name?: string;
  post?: string;
  phone?: string;
}

export interface ProjectFormValues {
  name?: string;
  summary?: string;
  fieldCodes?: string[];
  places?: string[];
  programId?: number | null;
  fairId?: number | null;
  targetPersons?: number | null;
  targetHouseholds?: number | null;
  keyPopulationCodes?: string[];
  /** As typed, in 元. */
  budgetYuan?: string;
  budgetLines?: BudgetLineValues[];
  /** YYYY-MM-DD. */
  plannedStart?: string;
  plannedEnd?: string;
  responsible?: PersonValues[];
  naming?: string;
}

/** Where a new project comes from: fixed by the page, not a field of the form. */
export interface ProjectOrigin {
  pairingId?: number;
  claimId?: number;
}

/** The form items the server's field errors may name (after `formFieldOf`). */
export const PROJECT_FORM_FIELDS = [
  'name',
  'summary',
  'fieldCodes',
  'places',
  'programId',
  'fairId',
  'targetPersons',
  'targetHouseholds',
  'keyPopulationCodes',
  'budgetYuan',
  'budgetLines',
  'plannedStart',
  'plannedEnd',
  'responsible',
  'naming',
] as const satisfies readonly (keyof ProjectFormValues)[];

/** The form items that stay open once the project is signed (states.ts names the server's fields). */
export function editableAfterSigning(field: keyof ProjectFormValues): boolean {
  return (FIELDS_EDITABLE_AFTER_SIGNING as readonly string[]).includes(field);
}

const blank = (s: string | undefined | null) => (s ?? '').trim();
const phone = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');

export interface BudgetSummary {
  /** The total in fen, or null while it is not an amount. */
  totalFen: number | null;
  /** The sum of the lines that are amounts. */
  linesFen: number;
  /** Lines with an amount that cannot be read. */
  unreadable: number;
  /** Total minus the lines; null while the total is not an amount. */
  differenceFen: number | null;
}

/** The running sum of the sources and its difference from the total, as the form shows them while typing. */
export function budgetSummary(budgetYuan: string | undefined, lines: readonly (BudgetLineValues | undefined)[] | undefined): BudgetSummary {
  const totalFen = blank(budgetYuan) === '' ? null : parseYuan(budgetYuan ?? '');
  let linesFen = 0;
  let unreadable = 0;
  for (const line of lines ?? []) {
    const text = blank(line?.amountYuan);
    if (text === '') continue;
    const fen = parseYuan(text);
    if (fen === null) unreadable += 1;
    else linesFen += fen;
  }
  return { totalFen, linesFen, unreadable, differenceFen: totalFen === null ? null : totalFen - linesFen };
}

/** The budget lines' problem as the server words it (Chinese), or undefined when they add up. */
export function budgetLinesProblem(budgetYuan: string | undefined, lines: readonly (BudgetLineValues | undefined)[] | undefined): string | undefined {
  const s = budgetSummary(budgetYuan, lines);
  if (s.totalFen === null || s.unreadable > 0) return undefined;
  const filled = (lines ?? []).filter((l) => blank(l?.amountYuan) !== '' || l?.source);
  if (s.totalFen > 0 && filled.length === 0) return '预算来源：预算总额大于 0 时请填写预算来源';
  if (s.differenceFen !== 0) return `预算来源：各来源合计 ${yuanText(s.linesFen)} 元，与预算总额 ${yuanText(s.totalFen)} 元不一致`;
  const sources = filled.map((l) => l?.source).filter((x): x is FundingSource => x !== undefined);
  if (new Set(sources).size !== sources.length) return '预算来源：每个来源只填一行';
  return undefined;
}

function count(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
}

type ProjectFields = Omit<CreateProjectBody, 'pairingId' | 'claimId'>;

/** The fields the values describe (amounts in fen); the form's rules have checked them already. */
export function toProjectFields(values: ProjectFormValues): ProjectFields {
  const naming = blank(values.naming);
  return {
    name: blank(values.name),
    summary: blank(values.summary),
    fieldCodes: [...new Set(values.fieldCodes ?? [])],
    places: [...new Set(values.places ?? [])],
    programId: values.programId ?? null,
    fairId: values.fairId ?? null,
    targetPersons: count(values.targetPersons),
    targetHouseholds: count(values.targetHouseholds),
    keyPopulationCodes: [...new Set(values.keyPopulationCodes ?? [])],
    budgetFen: parseYuan(values.budgetYuan ?? '') ?? 0,
    budgetLines: (values.budgetLines ?? [])
      .filter((l) => l.source !== undefined || blank(l.amountYuan) !== '')
      .map((l) => ({ source: l.source ?? 'own_funds', amountFen: parseYuan(l.amountYuan ?? '') ?? 0 })),
    plannedStart: values.plannedStart ?? '',
    plannedEnd: values.plannedEnd ?? '',
    responsible: (values.responsible ?? [])
      .filter((p) => blank(p.name) || blank(p.phone) || blank(p.post))
      .map((p) => ({ name: blank(p.name), post: blank(p.post), phone: phone(p.phone) })),
    naming: naming === '' ? null : naming,
  };
}

export function toCreateBody(values: ProjectFormValues, origin: ProjectOrigin): CreateProjectBody {
  return {
    ...toProjectFields(values),
    ...(origin.pairingId !== undefined ? { pairingId: origin.pairingId } : {}),
    ...(origin.claimId !== undefined ? { claimId: origin.claimId } : {}),
  };
}

export function formValuesOf(project: ProjectDetail): ProjectFormValues {
  return {
    name: project.name,
    summary: project.summary,
    fieldCodes: project.fieldCodes,
    places: project.places.map((p) => p.code),
    programId: project.program?.id ?? null,
    fairId: project.fair?.id ?? null,
    targetPersons: project.targetPersons,
    targetHouseholds: project.targetHouseholds,
    keyPopulationCodes: project.keyPopulationCodes,
    budgetYuan: yuanInput(project.budgetFen),
    budgetLines: project.budgetLines.map((l) => ({ source: l.source, amountYuan: yuanInput(l.amountFen) })),
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    responsible: project.responsible.map((p) => ({ ...p })),
    naming: project.naming ?? '',
  };
}

/** A new project of a pairing: its places, fields, program and fair. */
export function valuesFromPairing(pairing: PairingDetail): ProjectFormValues {
  return {
    places: pairing.places.map((p) => p.code),
    fieldCodes: pairing.fieldCodes,
    programId: pairing.program.id,
    fairId: pairing.fair?.id ?? null,
  };
}

/** A new project of a confirmed claim: the need's title, place, field and populations, and money claimed as budget. */
export function valuesFromClaim(claim: {
  quantity: number;
  need: { title: string; region: { code: string }; kind: string };
}, need: { keyFieldCode: string; keyPopulationCodes: string[] } | null): ProjectFormValues {
  return {
    name: claim.need.title.slice(0, 80),
    places: [claim.need.region.code],
    ...(need ? { fieldCodes: [need.keyFieldCode], keyPopulationCodes: need.keyPopulationCodes } : {}),
    ...(claim.need.kind === 'money' ? { budgetYuan: yuanInput(claim.quantity) } : {}),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}
const lineKey = (lines: readonly { source: string; amountFen: number }[]) =>
  lines.map((l) => `${l.source}:${l.amountFen}`).sort().join('|');
const peopleKey = (people: readonly { name: string; post: string; phone: string }[]) =>
  JSON.stringify(people.map((p) => [p.name, p.post, p.phone]));

/**
 * Only what changed; once signed (`locked`), only the fields the area did not sign for, so that an untouched field is
 * never refused. The budget goes as a whole (total with its lines) when either changed.
 */
export function projectChanges(project: ProjectDetail, values: ProjectFormValues, locked: boolean): UpdateProjectBody {
  const next = toProjectFields(values);
  const all: UpdateProjectBody = {};
  if (next.name !== project.name) all.name = next.name;
  if (next.summary !== project.summary) all.summary = next.summary;
  if (!sameSet(next.fieldCodes, project.fieldCodes)) all.fieldCodes = next.fieldCodes;
  if (!sameList([...next.places].sort(), project.places.map((p) => p.code).sort())) all.places = next.places;
  if ((next.programId ?? null) !== (project.program?.id ?? null)) all.programId = next.programId ?? null;
  if ((next.fairId ?? null) !== (project.fair?.id ?? null)) all.fairId = next.fairId ?? null;
  if (next.targetPersons !== project.targetPersons) all.targetPersons = next.targetPersons;
  if (next.targetHouseholds !== project.targetHouseholds) all.targetHouseholds = next.targetHouseholds;
  if (!sameSet(next.keyPopulationCodes, project.keyPopulationCodes)) all.keyPopulationCodes = next.keyPopulationCodes;
  if (next.budgetFen !== project.budgetFen || lineKey(next.budgetLines) !== lineKey(project.budgetLines)) {
    all.budgetFen = next.budgetFen;
    all.budgetLines = next.budgetLines;
  }
  if (next.plannedStart !== project.plannedStart) all.plannedStart = next.plannedStart;
  if (next.plannedEnd !== project.plannedEnd) all.plannedEnd = next.plannedEnd;
  if (peopleKey(next.responsible) !== peopleKey(project.responsible)) all.responsible = next.responsible;
  if ((next.naming ?? null) !== (project.naming ?? null)) all.naming = next.naming ?? null;
  return locked ? pick(all, FIELDS_EDITABLE_AFTER_SIGNING) : all;
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (key in from) out[key] = from[key];
  return out;
}

/**
 * The form item a server field error belongs to: amounts are typed in 元 in items of their own; a place, field or
 * population (places.2) is one value of a multiple choice, and a whole budget line or person (budgetLines.1) has no
 * item of its own, so those errors go to the list.
 */
export function formFieldOf(field: string): string {
  if (field === 'budgetFen') return 'budgetYuan';
  const list = /^(places|fieldCodes|keyPopulationCodes)\.\d+$/.exec(field) ?? /^(budgetLines|responsible)\.\d+$/.exec(field);
  if (list?.[1]) return list[1];
  return field.replace(/^(budgetLines\.\d+)\.amountFen$/, '$1.amountYuan');
}

/** The same error with its fields renamed to the form's items (for applyServerErrors). */
export function withFormFields(error: unknown): unknown {
  return renameErrorFields(error, formFieldOf);
}
