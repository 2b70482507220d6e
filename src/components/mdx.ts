/**
 * The components available inside MDX bodies. Handbook entry pages pass them to <Content />,
 * so entries need no imports; guides (rendered by Starlight) import them from here:
 *   import { Citation, LawQuote, Aside } from '../../src/components/mdx.ts';
 */
export { default as Citation } from './Citation/Citation.astro';
export { default as LawQuote } from './LawQuote/LawQuote.astro';
export { Aside } from '@astrojs/starlight/components';
export { default as OfflineCopy } from './OfflineCopy/OfflineCopy.astro';
