// The codes of the ledger (issue 8), shared by the server's schemas and the web app. Plain arrays and labels only:
// the web app imports this file, so it must not pull in typebox or anything of the server.

type Labels = { zh: string; en: string };

/** What kind of help one aid record is (seed 000: activities, funds, materials, consumption assistance...). */
export const AID_KINDS = ['activity', 'funds', 'materials', 'purchase', 'service', 'employment'] as const;
export type AidKind = (typeof AID_KINDS)[number];
export const AID_KIND_LABELS: Record<AidKind, Labels> = {
  activity: { zh: '帮扶活动', en: 'Activity' },
  funds: { zh: '捐赠资金', en: 'Funds donated' },
  materials: { zh: '捐赠物资', en: 'Materials donated' },
  purchase: { zh: '消费帮扶（采购）', en: 'Consumption assistance (purchase)' },
  service: { zh: '志愿 / 专业服务', en: 'Service' },
  employment: { zh: '就业帮扶', en: 'Employment arranged' },
};

/** Common activity types; free text is accepted too (the list is what the form offers). */
export const ACTIVITY_TYPES = ['free_clinic', 'training', 'donation_visit', 'education_aid', 'cultural_event', 'survey_visit', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, Labels> = {
  free_clinic: { zh: '义诊', en: 'Free clinic' },
  training: { zh: '技能培训', en: 'Training' },
  donation_visit: { zh: '走访慰问', en: 'Donation visit' },
  education_aid: { zh: '助学', en: 'Education aid' },
  cultural_event: { zh: '文化活动', en: 'Cultural event' },
  survey_visit: { zh: '调研走访', en: 'Survey visit' },
  other: { zh: '其他', en: 'Other' },
};

/** Sales channels of consumption assistance (seed 000: 电商、展销、结对采购、旅游、消费扶贫集市、以购代捐、劳务). */
export const PURCHASE_CHANNELS = ['online', 'market', 'paired_sale', 'tourism', 'fair', 'labour'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];
export const PURCHASE_CHANNEL_LABELS: Record<PurchaseChannel, Labels> = {
  online: { zh: '电商网购', en: 'Online' },
  market: { zh: '商超市场', en: 'Market' },
  paired_sale: { zh: '结对采购 / 以购代捐', en: 'Paired purchase' },
  tourism: { zh: '乡村旅游', en: 'Tourism' },
  fair: { zh: '展销会 / 集市', en: 'Fair' },
  labour: { zh: '劳务协作', en: 'Labour' },
};

/** The giver's form: an organization's form when the record was written, or a caring individual. */
export const GIVER_FORMS = ['association', 'foundation', 'service_agency', 'individual'] as const;
export type GiverForm = (typeof GIVER_FORMS)[number];
export const GIVER_FORM_LABELS: Record<GiverForm, Labels> = {
  association: { zh: '社会团体', en: 'Association' },
  foundation: { zh: '基金会', en: 'Foundation' },
  service_agency: { zh: '社会服务机构', en: 'Social service agency' },
  individual: { zh: '爱心人士', en: 'Caring individual' },
};

/** Receipt confirmation by the liaison of the place (or the household through its liaison). */
export const AID_CONFIRMATIONS = ['unconfirmed', 'confirmed', 'disputed'] as const;
export type AidConfirmation = (typeof AID_CONFIRMATIONS)[number];
export const AID_CONFIRMATION_LABELS: Record<AidConfirmation, Labels> = {
  unconfirmed: { zh: '待确认', en: 'Unconfirmed' },
  confirmed: { zh: '已收悉确认', en: 'Confirmed' },
  disputed: { zh: '有异议', en: 'Disputed' },
};

/** A record's standing in the append-only ledger. */
export const AID_RECORD_STANDINGS = ['standing', 'reversed', 'reversal'] as const;
export type AidRecordStanding = (typeof AID_RECORD_STANDINGS)[number];
export const AID_RECORD_STANDING_LABELS: Record<AidRecordStanding, Labels> = {
  standing: { zh: '有效', en: 'Standing' },
  reversed: { zh: '已冲销', en: 'Reversed' },
  reversal: { zh: '冲销记录', en: 'Reversal' },
};

/** Two records of the same giver with this content within this many days are taken for one entered twice. */
export const DUPLICATE_ENTRY_DAYS = 1;
/** The same household helped for the same field by several givers within this many days: a possible duplication. */
export const DUPLICATION_WINDOW_DAYS = 90;
/** The most records one import may carry. */
export const MAX_IMPORT_ROWS = 200_000;

/** The genesis "previous hash" of every chain. */
export const CHAIN_GENESIS = '0'.repeat(64);

/** Statistics cover months: `from` and `to` are 'YYYY-MM', both included. */
export const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
