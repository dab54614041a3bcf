// 项目信息: what the project is and where it stands — organization, places, fields, program, fair, origin (pairing or
// claim), beneficiaries, planned dates, signing, landing and completion, and the naming agreed with the area.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Descriptions, Space, Tag, Typography } from 'antd';
import type { ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useReferenceNames } from '../needs/useReferenceNames.ts';
import { CounterpartTag } from './ProjectTags.tsx';
import { fill, W } from './words.ts';

interface Item {
  key: string;
  label: string;
  span?: number;
  children: ReactNode;
}

const dash = '—';

function Value({ testId, children }: { testId: string; children: ReactNode }) {
  return <span data-testid={testId}>{children}</span>;
}

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { l } = useI18n();
  const fieldName = useReferenceNames('key-fields');
  const populationName = useReferenceNames('key-populations');
  const items: Item[] = [
    {
      key: 'organization',
      label: l(W.organization),
      span: 2,
      children: (
        <Space size={6} wrap>
          <Value testId="project-organization">{project.organization.name}</Value>
          <CounterpartTag show={project.isCounterpart} />
        </Space>
      ),
    },
    {
      key: 'places',
      label: l(W.places),
      span: 2,
      children: (
        <Space orientation="vertical" size={0} data-testid="project-places">
          {project.places.map((p) => (
            <span key={p.code}>{p.name}</span>
          ))}
        </Space>
      ),
    },
    {
      key: 'summary',
      label: l(W.summary),
      span: 2,
      children: (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="project-summary">
          {project.summary}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'fields',
      label: l(W.fields),
      children: (
        <Space size={4} wrap>
          {project.fieldCodes.map((c) => (
            <Tag key={c} color="blue" style={{ marginInlineEnd: 0 }}>
              {fieldName(c)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'populations',
      label: l(W.populations),
      children:
        project.keyPopulationCodes.length === 0 ? (
          dash
        ) : (
          <Space size={4} wrap>
            {project.keyPopulationCodes.map((c) => (
              <Tag key={c} style={{ marginInlineEnd: 0 }}>
                {populationName(c)}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      key: 'targets',
      label: l(W.targets),
      children: (
        <Value testId="project-targets">
          {fill(l(W.targetsText), { persons: project.targetPersons, households: project.targetHouseholds })}
        </Value>
      ),
    },
    {
      key: 'planned',
      label: l(W.plannedDates),
      children: (
        <Value testId="project-planned">
          {project.plannedStart} ~ {project.plannedEnd}
        </Value>
      ),
    },
    { key: 'program', label: l(W.program), children: project.program?.name ?? dash },
    {
      key: 'fair',
      label: l(W.fair),
      children: project.fair ? <Link to={`/fairs/${project.fair.id}`}>{project.fair.name}</Link> : dash,
    },
    ...(project.pairing
      ? [
          {
            key: 'pairing',
            label: l(W.pairing),
            children: (
              <Link to={`/pairings/${project.pairing.id}`} data-testid="project-pairing">
                {project.pairing.title}
              </Link>
            ),
          },
        ]
      : []),
    ...(project.claim
      ? [
          {
            key: 'claim',
            label: l(W.claim),
            children: (
              <Link to={`/claims/${project.claim.id}`} data-testid="project-claim">
                {project.claim.needTitle}
              </Link>
            ),
          },
        ]
      : []),
    { key: 'signedOn', label: l(W.signedOn), children: <Value testId="project-signed-on">{project.signedOn ?? dash}</Value> },
    { key: 'signedWith', label: l(W.signedWith), children: <Value testId="project-signed-with">{project.signedWith ?? dash}</Value> },
    { key: 'landingDue', label: l(W.landingDue), children: <Value testId="project-landing-due">{project.landingDue ?? dash}</Value> },
    { key: 'landedOn', label: l(W.landedOn), children: <Value testId="project-landed-on">{project.landedOn ?? dash}</Value> },
    ...(project.completedOn
      ? [{ key: 'completedOn', label: l(W.completedOn), children: <Value testId="project-completed-on">{project.completedOn}</Value> }]
      : []),
    { key: 'naming', label: l(W.naming), children: <Value testId="project-naming">{project.naming ?? dash}</Value> },
  ];
  return <Descriptions data-testid="project-facts" column={{ xs: 1, md: 2 }} size="small" items={items} />;
}
