// The search forms of the officials' list and of the public directory, as the query the server takes: empty
// choices left out, the text trimmed, "yes"/"no" as booleans.
import type {
  DirectoryFilters,
  Grade,
  OrganizationFilters,
  OrganizationForm,
  OrganizationSort,
  OrganizationStatus,
} from '../../api/organizations.ts';

export type YesNo = 'yes' | 'no';

export interface DirectoryFilterValues {
  q?: string;
  form?: OrganizationForm | null;
  field?: string | null;
  grade?: Grade | null;
  region?: string | null;
  charity?: YesNo | null;
}

export interface OrganizationFilterValues extends DirectoryFilterValues {
  status?: OrganizationStatus | null;
  pendingChange?: boolean;
  sort?: OrganizationSort;
}

function yesNo(value: YesNo | null | undefined): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

export function toDirectoryFilters(values: DirectoryFilterValues): DirectoryFilters {
  const q = values.q?.trim().slice(0, 50);
  const charity = yesNo(values.charity);
  return {
    ...(q ? { q } : {}),
    ...(values.form ? { form: values.form } : {}),
    ...(values.field ? { field: values.field } : {}),
    ...(values.grade ? { grade: values.grade } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(charity !== undefined ? { charity } : {}),
  };
}

export function toOrganizationFilters(values: OrganizationFilterValues): OrganizationFilters {
  return {
    ...toDirectoryFilters(values),
    ...(values.status ? { status: values.status } : {}),
    ...(values.pendingChange ? { pendingChange: true } : {}),
    ...(values.sort && values.sort !== 'newest' ? { sort: values.sort } : {}),
  };
}
