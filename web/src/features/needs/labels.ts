// The words of the needs pages for the server's codes (statuses, kinds, sorts, key areas, household categories),
// in both languages, kept beside the pages that use them.
import type { Labels } from '../../i18n/index.tsx';
import type { KeyAreaKind, MaskedHousehold, NeedKind, NeedSort, NeedStatus, SearchStatus } from '../../api/needs.ts';

export const NEED_STATUS_LABELS: Record<NeedStatus, Labels> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  partly_claimed: { zh: '部分认领', en: 'Partly claimed' },
  claimed: { zh: '已认领满', en: 'Fully claimed' },
  fulfilled: { zh: '已对接成功', en: 'Matched' },
  closed: { zh: '已关闭', en: 'Closed' },
  expired: { zh: '已过期', en: 'Expired' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  taken_down: { zh: '已被下架', en: 'Taken down' },
};

export const NEED_STATUS_COLORS: Record<NeedStatus, string> = {
  draft: 'default',
  published: 'blue',
  partly_claimed: 'cyan',
  claimed: 'geekblue',
  fulfilled: 'green',
  closed: 'default',
  expired: 'default',
  withdrawn: 'default',
  taken_down: 'red',
};

export const SEARCH_STATUS_LABELS: Record<SearchStatus, Labels> = {
  open: { zh: '可认领', en: 'Open to claim' },
  published: NEED_STATUS_LABELS.published,
  partly_claimed: NEED_STATUS_LABELS.partly_claimed,
  claimed: NEED_STATUS_LABELS.claimed,
  fulfilled: NEED_STATUS_LABELS.fulfilled,
  closed: NEED_STATUS_LABELS.closed,
  expired: NEED_STATUS_LABELS.expired,
};

export const NEED_KIND_LABELS: Record<NeedKind, Labels> = {
  money: { zh: '资金', en: 'Funds' },
  materials: { zh: '物资', en: 'Materials' },
  service: { zh: '服务 / 人员', en: 'Services / people' },
};

export const NEED_SORT_LABELS: Record<NeedSort, Labels> = {
  deadline: { zh: '截止日期', en: 'Deadline' },
  newest: { zh: '最新发布', en: 'Newest' },
  amount: { zh: '金额', en: 'Amount' },
};

export const KEY_AREA_LABELS: Record<KeyAreaKind, Labels> = {
  key_county: { zh: '重点区县', en: 'Key county' },
  national_key_support_county: { zh: '国家乡村振兴重点帮扶县', en: 'National key support county' },
  deep_poverty_township: { zh: '深度贫困乡镇', en: 'Deep-poverty township' },
  designated_village: { zh: '定点攻坚村', en: 'Designated village' },
};

export const KEY_AREA_COLORS: Record<KeyAreaKind, string> = {
  key_county: 'red',
  national_key_support_county: 'blue',
  deep_poverty_township: 'orange',
  designated_village: 'green',
};

export const HOUSEHOLD_CATEGORY_LABELS: Record<MaskedHousehold['category'], Labels> = {
  registered_poor: { zh: '建档立卡贫困户', en: 'Registered poor household' },
  lifted_out: { zh: '脱贫户', en: 'Lifted out of poverty' },
  edge: { zh: '边缘户', en: 'Edge household' },
  monitored: { zh: '监测户', en: 'Monitored household' },
  dibao: { zh: '低保户', en: 'Minimum-allowance household' },
  tekun: { zh: '特困户', en: 'Extreme-hardship household' },
  other: { zh: '其他', en: 'Other' },
};

/**
 * The household situations of seed 001 article 3 in the few words of a summary line (“张某 · 监测户 · 大病慢性病”);
 * the key-population list names them in full sentences, and is the fallback for any other code.
 */
export const SITUATION_SHORT_LABELS: Record<string, Labels> = {
  serious_illness: { zh: '大病慢性病', en: 'Serious or chronic illness' },
  gaokao_family: { zh: '一年内有高考学生', en: 'Gaokao within a year' },
  stagnant_income: { zh: '收入无增长', en: 'No income growth' },
  unstable_income: { zh: '打零工收入不稳定', en: 'Odd jobs, unstable income' },
  unsafe_housing: { zh: '住危房', en: 'Unsafe housing' },
  disaster_or_accident: { zh: '遭受灾害或意外', en: 'Disaster or accident' },
};
