// The ordered list of migrations. Append only: a landed migration is never edited.
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_reference_data.ts';
import * as m0003 from './0003_region_search.ts';
import * as m0004 from './0004_programs.ts';
import * as m0005 from './0005_key_area_imports.ts';
import * as m0006 from './0006_organizations.ts';
import * as m0007 from './0007_organization_sorts.ts';
import * as m0008 from './0008_needs.ts';
import * as m0009 from './0009_need_status_sorts.ts';
import * as m0010 from './0010_pairings_projects.ts';
import * as m0011 from './0011_ledger.ts';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_reference_data': m0002,
  '0003_region_search': m0003,
  '0004_programs': m0004,
  '0005_key_area_imports': m0005,
  '0006_organizations': m0006,
  '0007_organization_sorts': m0007,
  '0008_needs': m0008,
  '0009_need_status_sorts': m0009,
  '0010_pairings_projects': m0010,
  '0011_ledger': m0011,
};
