/** The module catalogue the build emits. A copy is kept so the builder still opens offline. */
import { CATALOG_VERSION, type Catalog } from '../../lib/plan-catalog';
import { CATALOG_PATH } from '../../lib/paths';

const CACHE_KEY = 'qcdc.hoc-phan';

/** The catalogue could not be fetched and no usable copy is kept: a network problem, not a bug. */
export class CatalogUnavailable extends Error {}

export async function loadCatalog(): Promise<Catalog> {
  try {
    const response = await fetch(CATALOG_PATH, { cache: 'no-cache' });
    if (!response.ok) throw new CatalogUnavailable(`${CATALOG_PATH}: HTTP ${response.status}`);
    const catalog = (await response.json()) as Catalog;
    if (catalog.version !== CATALOG_VERSION) throw new CatalogUnavailable(`${CATALOG_PATH}: phiên bản ${String(catalog.version)}, cần ${CATALOG_VERSION}`);
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify(catalog));
    } catch {
      /* Offline copy is a convenience. */
    }
    return catalog;
  } catch (error) {
    const cached = readCache();
    if (cached) return cached;
    throw error instanceof CatalogUnavailable ? error : new CatalogUnavailable(String(error), { cause: error });
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
