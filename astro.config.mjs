// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { buildSidebar, draftsInDevSidebar } from './src/lib/sidebar.ts';
import { handbookChecks } from './src/integrations/handbook-checks.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tableLabels } from './src/lib/table-labels.ts';
import { baseLinks } from './src/lib/base-links.ts';
import { siteBase, siteOrigin } from './src/lib/site-base.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/csp.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { formalLawTitle } from './src/lib/citations.ts';
import { LAW_IDS } from './src/lib/statutes/statute-data.ts';
import { esbuildTargets, readBrowserFloor } from './src/lib/browser-support/browser-floor.ts';
import { readLayerOrder } from './src/lib/browser-support/flatten-layers.ts';
import { floorPostcssPlugins, LIGHTNINGCSS_EXCLUDE } from './src/lib/browser-support/css-pipeline.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * A script for every page's <head>, minified (its comments are for maintainers, not for each download).
 * @param {string} file path from this folder
 * @param {string} [prefix] code to put before it
 */
function inlineScript(file, prefix = '') {
  const source = `${prefix}${readFileSync(new URL(file, import.meta.url), 'utf8')}`;
  return transformSync(source, { minify: true, target: browserTargets, charset: 'utf8' }).code;
}

/** The citation pop-up script with the law titles its 复制引用 needs, minified: it is inlined into every page. */
function peekScript() {
  const titles = Object.fromEntries(LAW_IDS.map((id) => [id, formalLawTitle(id)]));
  return inlineScript('./src/scripts/peek.js', `const LAW_TITLES = ${JSON.stringify(titles)};\n`);
}

// Where the handbook will be served: HANDBOOK_BASE=/rdsc/ for a sub-path of a county or
// provincial site, HANDBOOK_SITE=https://rd.example.gov.cn for its full address (used for
// handbook.json URLs, the sitemap and the QR codes on printouts). Neither is needed to build.
// The oldest browsers served (package.json "browserslist", README「浏览器」): scripts and CSS
// are lowered to what they understand, and cascade layers are flattened for those without them.
const browserTargets = esbuildTargets(readBrowserFloor(new URL('./package.json', import.meta.url)));
// Resolved as Node resolves packages (a fixture project under .build/ finds the project's node_modules by walking up).
// (Starlight exports its markdown.css, and declares its layers in layers.css beside it.)
const layerOrder = readLayerOrder(join(dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/style/markdown.css')), 'layers.css'));

const base = siteBase();
const site = siteOrigin();

export default defineConfig({
  base,
  ...(site ? { site } : {}),
  // A strict Content-Security-Policy in every page's <meta>: Astro hashes the scripts and
  // styles it renders; the content-security-policy integration adds the rest (src/lib/csp.ts).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
    },
  },
  trailingSlash: 'always',
  // Component styles scoped with a class (.steps.astro-x) rather than :where(.astro-x), which
  // Chromium 86–87 (the browser floor) reject along with the whole rule.
  scopedStyleStrategy: 'class',
  // No prefetching: fewer requests and less JavaScript on slow township connections.
  prefetch: false,
  // Table cells carry their column's header, so wide tables can stack into cards on phones;
  // links written from the site root get the base path.
  // Sätteri is Astro's default Markdown processor; MDX uses it too, Starlight adds its plugins.
  markdown: { processor: satteri({ hastPlugins: [tableLabels(), baseLinks(base)] }) },
  // No request may leave the site: no telemetry, no prefetch of remote resources.
  vite: {
    css: {
      postcss: { plugins: floorPostcssPlugins({ order: layerOrder, maxIds: 1 }) },
      lightningcss: { exclude: LIGHTNINGCSS_EXCLUDE },
    },
    // Scripts for the pages' browsers, not the build's own server-side code (which runs on Node).
    environments: { client: { build: { target: browserTargets } } },
    build: {
      // Astro takes the pages' CSS from the server-side build, so this one applies to all.
      cssTarget: browserTargets,
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; the bundler's
        // warning about it is noise (one per entry) that hides real problems in the log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: '乡镇人大工作手册',
      description: '乡、民族乡、镇人民代表大会和街道人大工作机构的工作手册：法定职权、会议和闭会期间的工作程序、换届选举、工作清单、案例、培训模块和法律全文。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // Pagefind runs after the Astro build, in its own step (scripts/lib/search-index.ts), so
      // that its memory and Astro's are not held at the same time.
      pagefind: false,
      // Published entries only; `npm run dev` lists drafts too, with a 「草稿」 badge (src/lib/drafts.ts).
      sidebar: buildSidebar(root),
      plugins: [draftsInDevSidebar(root)],
      // Shows the page being read in its sidebar group when a long group leaves it out.
      routeMiddleware: './src/lib/sidebar-current.ts',
      lastUpdated: false,
      // Our own 404 page (src/pages/404.astro) leads back into the handbook.
      disable404Route: true,
      pagination: false,
      customCss: ['./src/styles/handbook.css'],
      // Inlined into every page, so minified: its comments are for maintainers, not for each download.
      // First the fixes for older browsers, which must run before Starlight's scripts.
      head: [
        { tag: 'script', content: inlineScript('./src/scripts/compat.js') },
        { tag: 'script', content: peekScript() },
      ],
      components: {
        // A light search link/dialog instead of Pagefind UI on every page (see the component).
        Search: './src/components/SiteSearch/SiteSearch.astro',
        Footer: './src/components/PageFooter/PageFooter.astro',
      },
    }),
    mdx(),
    // Order matters: terms are linked first, and links are checked after every rewrite. The
    // search index is built after Astro has finished (scripts/build.ts, scripts/lib/search-index.ts).
    glossaryLinks(),
    handbookChecks(),
    // Last: the pages are final only after the steps above have rewritten them.
    contentSecurityPolicy(),
  ],
});
