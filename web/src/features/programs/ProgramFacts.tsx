// What a program is: its kind, region, publishing department, years, whether pairings and projects must stay inside
// the organizations' service regions, and its description.
import { Descriptions, Tag, Tooltip } from 'antd';
import type { Program } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ProgramKindTag } from './DesignationKindTag.tsx';
import { programYears } from './years.ts';

/** Whether the program limits pairings and projects to the organizations' service regions. */
export function restrictsPlaces(program: Program): boolean {
  return program.restrictPlaces;
}

export const RESTRICT_PLACES_WORDS = {
  label: { zh: '限定在服务地区内', en: 'Within service regions only' },
  help: {
    zh: '开启后，本计划下的结对协议须在社会组织登记的服务地区之内，帮扶项目须在其服务地区或已确认结对的地区之内。',
    en: 'When on, pairings under the program must lie inside the organization’s service regions, and projects inside its service regions or its confirmed pairings’ places.',
  },
  on: { zh: '是', en: 'Yes' },
  off: { zh: '否（不限）', en: 'No' },
} as const;

export function ProgramFacts({ program, showStatus }: { program: Program; showStatus?: boolean }) {
  const { t, l } = useI18n();
  const restricted = restrictsPlaces(program);
  return (
    <Descriptions
      data-testid="program-facts"
      column={{ xs: 1, sm: 2, lg: 4 }}
      items={[
        { key: 'kind', label: t('programs.kind'), children: <ProgramKindTag kind={program.kind} /> },
        { key: 'region', label: t('programs.region'), children: program.regionName ?? program.regionCode },
        { key: 'department', label: t('programs.department'), children: program.departmentName },
        { key: 'years', label: t('programs.years'), children: programYears(program, t) },
        {
          key: 'restrictPlaces',
          label: <Tooltip title={l(RESTRICT_PLACES_WORDS.help)}>{l(RESTRICT_PLACES_WORDS.label)}</Tooltip>,
          children: (
            <Tag color={restricted ? 'blue' : 'default'} data-testid="program-restrict-places" data-value={String(restricted)}>
              {l(restricted ? RESTRICT_PLACES_WORDS.on : RESTRICT_PLACES_WORDS.off)}
            </Tag>
          ),
        },
        ...(showStatus
          ? [
              {
                key: 'status',
                label: t('programs.status'),
                children:
                  program.status === 'active' ? (
                    <Tag color="success">{t('programs.active')}</Tag>
                  ) : (
                    <Tag>{t('programs.retired')}</Tag>
                  ),
              },
            ]
          : []),
        ...(program.description
          ? [{ key: 'description', label: t('programs.description'), span: 'filled' as const, children: program.description }]
          : []),
      ]}
    />
  );
}
