import type { Program } from '../../api/programs.ts';
import type { I18n } from '../../i18n/index.tsx';

/** "2020 年", "2021–2025 年", "2021 年起". */
export function programYears(program: Pick<Program, 'startYear' | 'endYear'>, t: I18n['t']): string {
  if (program.endYear === null) return t('programs.yearsFrom', { start: program.startYear });
  if (program.endYear === program.startYear) return t('programs.yearsOne', { year: program.startYear });
  return t('programs.yearsRange', { start: program.startYear, end: program.endYear });
}
