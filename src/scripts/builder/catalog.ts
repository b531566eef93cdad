/** The module catalogue the build emits. A copy is kept so the builder still opens offline. */
import { CATALOG_VERSION, type Catalog } from '../../lib/plan-catalog';
import { CATALOG_PATH } from './labels';

const CACHE_KEY = 'qcdc.hoc-phan';

export async function loadCatalog(): Promise<Catalog> {
  try {
    const response = await fetch(CATALOG_PATH, { cache: 'no-cache' });
    if (!response.ok) throw new Error(String(response.status));
    const catalog = (await response.json()) as Catalog;
    if (catalog.version !== CATALOG_VERSION) throw new Error('version');
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify(catalog));
    } catch {
      /* Offline copy is a convenience. */
    }
    return catalog;
  } catch (error) {
    const cached = readCache();
    if (cached) return cached;
    throw error;
  }
}

function readCache(): Catalog | undefined {
  try {
    const text = localStorage.getItem(CACHE_KEY);
    const catalog = text ? (JSON.parse(text) as Catalog) : undefined;
    return catalog?.version === CATALOG_VERSION ? catalog : undefined;
  } catch {
    return undefined;
  }
}
