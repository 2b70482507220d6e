/**
 * Where a procedure sits in the congress year. Kept apart from the schemas so the sidebar,
 * which astro.config.mjs loads before the content layer exists, can group by it.
 */
export const PHASES = ['会前准备', '会议期间', '闭会期间', '换届', '随时'] as const;
