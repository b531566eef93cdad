import type { FacetDefinition } from '../lib/facets';
import { STATUS_LABELS } from '../ui/strings';
import type { DocumentEntry } from './store';

/** The facets of the document register, in the order the register shows them. */
export const REGISTER_FACETS: FacetDefinition<DocumentEntry>[] = [
  { key: 'loai', label: 'Loại văn bản', value: (d) => d.data.type },
  { key: 'noi-ban-hanh', label: 'Cơ quan ban hành', value: (d) => d.data.issuer },
  {
    key: 'hieu-luc',
    label: 'Hiệu lực',
    value: (d) => d.data.status,
    display: (v) => STATUS_LABELS[v as keyof typeof STATUS_LABELS],
  },
];
