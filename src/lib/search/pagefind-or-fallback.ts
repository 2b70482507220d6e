/**
 * Which engine answers: Pagefind where it can run, otherwise the simpler engine of
 * fallback-engine.ts over /search-fallback.js.
 *
 * Pagefind's WebAssembly needs reference types (Chromium 96+), and the site's policy allows
 * compiling it with 'wasm-unsafe-eval', which browsers before Chromium 97 do not know (so
 * they block it). There Pagefind fails inside its worker and the search page would wait for
 * ever. So before loading Pagefind a tiny module that needs the same features is compiled;
 * and until Pagefind has answered once, a search it fails or keeps waiting for more than a
 * few seconds is answered by the fallback, which then answers every later search too (one
 * engine per page, so results never mix).
 *
 * Runs in old browsers: nothing newer than Chromium 86.
 */
import type { Pagefind } from './pagefind-engine.ts';

/** Why the simpler search answers: the browser cannot run Pagefind, or Pagefind failed to start or answer. */
export type SimplerReason = 'old-browser' | 'failed';

/**
 * A WebAssembly module with two tables: valid only with reference types, which Pagefind's
 * module uses (「table count of 2 exceeds internal limit of 1」 before Chromium 96).
 */
const REFERENCE_TYPES_PROBE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x04, 0x07, 0x02, 0x70, 0x00, 0x00, 0x70, 0x00, 0x00]);

/** Whether this browser may compile Pagefind's WebAssembly: it has reference types, and the page's policy lets it compile (instantiate fails where it does not). */
export async function webAssemblyUsable(): Promise<boolean> {
  try {
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(REFERENCE_TYPES_PROBE)) return false;
    await WebAssembly.instantiate(REFERENCE_TYPES_PROBE);
    return true;
  } catch {
    return false;
  }
}

/** The engine search talks to, and why the simpler one answers (undefined while Pagefind does or has not been tried). */
export interface ChosenEngine {
  pagefind: Pagefind;
  simpler(): Promise<SimplerReason | undefined>;
}

export interface EngineChoice {
  /** Whether Pagefind can run here at all (webAssemblyUsable, or false when a test forces the fallback). */
  usable: () => Promise<boolean>;
  /** Loads Pagefind and sets its options. */
  start: () => Promise<Pagefind>;
  /** Loads the fallback engine. */
  fallback: () => Promise<Pagefind>;
  /** How long the first search waits for Pagefind before the fallback answers. */
  patienceMs: number;
}

type SearchAnswer = Awaited<ReturnType<Pagefind['search']>>;

/**
 * One engine for a page's searches, chosen as the module comment says. Pagefind starts loading
 * at once (beside the search data); the first search decides, and the others wait for it.
 * Should Pagefind still answer after the wait but before the fallback has loaded, it keeps the job.
 */
export function pagefindOrFallback({ usable, start, fallback, patienceMs }: EngineChoice): ChosenEngine {
  let reason: SimplerReason | undefined;
  let fallbackEngine: Promise<Pagefind> | undefined;
  /** The fallback once loaded, to tell its errors from Pagefind's. */
  let loadedFallback: Pagefind | undefined;
  const loadFallback = () => {
    if (!fallbackEngine) {
      const loading = fallback();
      fallbackEngine = loading;
      loading.then((engine) => (loadedFallback = engine), () => undefined);
      // A script that could not be loaded (the connection dropped) is asked for again by the next search.
      loading.catch(() => {
        if (fallbackEngine === loading) fallbackEngine = undefined;
      });
    }
    return fallbackEngine;
  };
  const canRun = usable().catch(() => false);
  const started = canRun.then((ok) => (ok ? start() : Promise.reject(new Error('WebAssembly is not usable here'))));
  // Its failure is handled where a search awaits it; this keeps it from counting as unhandled meanwhile.
  started.catch(() => undefined);
  /** The engine every search uses once the first search has decided. */
  let decided: Promise<Pagefind> | undefined;

  /** Answers the first search, and chooses the engine for the rest. */
  function firstSearch(term: string, options: Parameters<Pagefind['search']>[1]): Promise<{ engine: Pagefind; answer: SearchAnswer }> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (engine: Pagefind, answer: SearchAnswer, why?: SimplerReason) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (why) reason = why;
        resolve({ engine, answer });
      };
      const useFallback = (why: SimplerReason, problem?: unknown) => {
        if (settled) return;
        if (problem !== undefined) console.warn('Search: Pagefind did not start; the simpler search answers.', problem);
        loadFallback()
          .then((engine) => engine.search(term, options).then((answer) => settle(engine, answer, why)))
          .catch((error: unknown) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            reject(error);
          });
      };
      const timer = setTimeout(() => useFallback('failed', new Error(`no answer within ${patienceMs} ms`)), patienceMs);
      void canRun.then((ok) => {
        if (!ok) {
          clearTimeout(timer);
          useFallback('old-browser');
          return;
        }
        started.then((engine) => engine.search(term, options).then((answer) => settle(engine, answer))).catch((error: unknown) => useFallback('failed', error));
      });
    });
  }

  async function search(term: string, options?: Parameters<Pagefind['search']>[1]): Promise<SearchAnswer> {
    if (!decided) {
      const first = firstSearch(term, options);
      const choice = first.then(({ engine }) => engine);
      decided = choice;
      // Neither engine answered (the fallback could not load either): the next search tries again.
      choice.catch(() => {
        if (decided === choice) decided = undefined;
      });
      return (await first).answer;
    }
    const engine = await decided;
    try {
      return await engine.search(term, options);
    } catch (error) {
      // The fallback failing is an error to show; Pagefind failing after all hands over to it.
      if (engine === loadedFallback) throw error;
      if (!reason) {
        console.warn('Search: Pagefind failed; the simpler search answers.', error);
        reason = 'failed';
        decided = loadFallback();
      }
      return (await loadFallback()).search(term, options);
    }
  }

  return {
    pagefind: { options: async () => undefined, search },
    async simpler() {
      // Known as soon as the check has run, before any search (an article look-up searches nothing).
      if (!(await canRun)) return 'old-browser';
      return reason;
    },
  };
}
