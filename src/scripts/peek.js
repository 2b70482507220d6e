// Touch screens have no hover: the first tap on a citation or glossary term shows its
// text, a second tap follows the link. Inlined into every page by astro.config.mjs.
(() => {
  let touch = false;
  const selector = '.citation__link, .term-ref__link';
  document.addEventListener('pointerdown', (event) => { touch = event.pointerType === 'touch'; }, true);
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest(selector) : null;
    const open = document.querySelectorAll('[data-peek]');
    if (!link) { open.forEach((el) => el.removeAttribute('data-peek')); return; }
    const holder = link.parentElement;
    if (!touch || !holder || holder.hasAttribute('data-peek')) return;
    event.preventDefault();
    open.forEach((el) => el.removeAttribute('data-peek'));
    holder.setAttribute('data-peek', '');
  });
})();
