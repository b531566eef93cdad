/**
 * Where content lives. A different folder can be given (QCDC_CONTENT_DIR) so
 * that tests build small fixture sites with the real pipeline.
 */
export const contentDir = process.env.QCDC_CONTENT_DIR ?? './content';
