// Citations and glossary terms show their text in a pop-up on hover, keyboard focus or a
// first tap (a second tap follows the link). This script places the pop-up so it stays on
// screen: shifted left near the right edge, above the link when there is more room there,
// and as a sheet along the bottom on narrow screens (CSS). Without it the pop-ups still
// open on hover and focus. Inlined into every page by astro.config.mjs.
(() => {
  const LINK = '.citation__link, .term-ref__link';
  const HOLDER = '.citation, .term-ref';
  const POPUP = '.citation__text, .term-ref__def';
  let touch = false;

  const place = (holder) => {
    const popup = holder.querySelector(POPUP);
    if (!popup || window.matchMedia('(max-width: 50rem)').matches) return;
    popup.style.removeProperty('--peek-shift');
    popup.removeAttribute('data-above');
    // A citation can wrap onto a second line; the pop-up hangs from its first line.
    const link = holder.getClientRects()[0] || holder.getBoundingClientRect();
    const width = Math.min(popup.offsetWidth || 384, window.innerWidth - 16);
    const overflow = link.left + width - (window.innerWidth - 8);
    if (overflow > 0) popup.style.setProperty('--peek-shift', `${-Math.min(overflow, link.left - 8)}px`);
    const below = window.innerHeight - link.bottom;
    if (below < Math.min(popup.offsetHeight, 320) && link.top > below) popup.setAttribute('data-above', '');
  };

  document.addEventListener('pointerdown', (event) => { touch = event.pointerType === 'touch'; }, true);
  document.addEventListener('mouseover', (event) => {
    const holder = event.target instanceof Element ? event.target.closest(HOLDER) : null;
    if (holder && !holder.contains(event.relatedTarget)) requestAnimationFrame(() => place(holder));
  });
  document.addEventListener('focusin', (event) => {
    const holder = event.target instanceof Element ? event.target.closest(HOLDER) : null;
    if (holder) requestAnimationFrame(() => place(holder));
  });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest(LINK) : null;
    const open = document.querySelectorAll('[data-peek]');
    if (!link) { open.forEach((el) => el.removeAttribute('data-peek')); return; }
    const holder = link.parentElement;
    // A link without a pop-up (glossary basis lists) is followed on the first tap.
    if (!touch || !holder || !holder.querySelector(POPUP) || holder.hasAttribute('data-peek')) return;
    event.preventDefault();
    open.forEach((el) => el.removeAttribute('data-peek'));
    holder.setAttribute('data-peek', '');
    requestAnimationFrame(() => place(holder));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') document.querySelectorAll('[data-peek]').forEach((el) => el.removeAttribute('data-peek'));
  });
})();
