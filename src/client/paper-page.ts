// Loaded by printable reading pages (Base's `printHeader`): see paper.ts.
import { wirePrinting } from './paper';

wirePrinting();
