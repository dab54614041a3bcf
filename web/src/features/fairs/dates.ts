// Dates in the fair form travel as YYYY-MM-DD strings; the date pickers work on dayjs values.
import dayjs, { type Dayjs } from 'dayjs';

/** Spread on a Form.Item holding a DatePicker whose value is stored as "YYYY-MM-DD". */
export const dateItemProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};
