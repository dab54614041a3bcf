// What a program is: its kind, region, publishing department, years and description.
import { Descriptions, Tag } from 'antd';
import type { Program } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ProgramKindTag } from './DesignationKindTag.tsx';
import { programYears } from './years.ts';

export function ProgramFacts({ program, showStatus }: { program: Program; showStatus?: boolean }) {
  const { t } = useI18n();
  return (
    <Descriptions
      data-testid="program-facts"
      column={{ xs: 1, sm: 2, lg: 4 }}
      items={[
        { key: 'kind', label: t('programs.kind'), children: <ProgramKindTag kind={program.kind} /> },
        { key: 'region', label: t('programs.region'), children: program.regionName ?? program.regionCode },
        { key: 'department', label: t('programs.department'), children: program.departmentName },
        { key: 'years', label: t('programs.years'), children: programYears(program, t) },
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
