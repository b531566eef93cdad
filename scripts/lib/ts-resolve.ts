/**
 * Lets scripts run by plain Node (type stripping) import modules from src/,
 * which import each other without extensions as Vite allows ("./fold").
 * Import this first, then import src/ modules dynamically.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return next(`${specifier}.ts`, context);
      throw error;
    }
  },
});
