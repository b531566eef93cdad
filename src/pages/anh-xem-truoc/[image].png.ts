import type { APIRoute, GetStaticPaths } from 'astro';
import { PREVIEW_IMAGES, type PreviewImage } from '../../lib/page-kinds';
import { drawPreview } from '../../lib/preview-image';
import { PREVIEW_LABELS, SITE_SHORT_NAME } from '../../ui/strings';

export const getStaticPaths = (() => PREVIEW_IMAGES.map((image) => ({ params: { image } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const labels = PREVIEW_LABELS[params.image as PreviewImage];
  return new Response(new Uint8Array(drawPreview(SITE_SHORT_NAME, labels.heading, labels.line)), { headers: { 'Content-Type': 'image/png' } });
};
