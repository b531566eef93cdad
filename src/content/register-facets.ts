import type { FacetDefinition } from '../lib/facets';
import type { RegisterFacetKey } from '../lib/paths';
import type { DocumentStatus } from '../schemas/values';
import { STATUS_LABELS } from '../ui/strings';
import type { DocumentEntry } from './store';

/** The facets of the document register, in the order the register shows them (their keys: REGISTER_FACET_KEYS). */
export const REGISTER_FACETS: (FacetDefinition<DocumentEntry> & { key: RegisterFacetKey })[] = [
  { key: 'loai', label: 'Loại văn bản', value: (d) => d.data.type },
  { key: 'noi-ban-hanh', label: 'Cơ quan ban hành', value: (d) => d.data.issuer },
  {
    key: 'hieu-luc',
    label: 'Hiệu lực',
    value: (d) => d.data.status,
    display: (v) => (Object.hasOwn(STATUS_LABELS, v) ? STATUS_LABELS[v as DocumentStatus] : v),
  },
];
