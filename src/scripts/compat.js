// Keeps every page working on the browser floor (package.json "browserslist": Chromium 86,
// as in 360安全浏览器 13 and 奇安信; old Android WebViews). Inlined into every page's <head>
// by astro.config.mjs, before any module script runs. On current browsers it does nothing.
(() => {
  // Starlight's table of contents marks the section being read with a :has() selector,
  // which Chromium before 105 rejects with an error. Without :has() its links still work;
  // only the marking is switched off, quietly.
  const hasSelector = window.CSS && CSS.supports && CSS.supports('selector(:has(a))');
  if (!hasSelector && window.customElements) {
    const define = customElements.define.bind(customElements);
    customElements.define = (name, element, options) => {
      if (name === 'starlight-toc' || name === 'mobile-starlight-toc') {
        element = class extends element {
          constructor() {
            super();
            const init = this.init;
            if (typeof init !== 'function') return;
            this.init = () => {
              try {
                init();
              } catch {
                // No section marking on this browser.
              }
            };
          }
        };
      }
      return define(name, element, options);
    };
  }

  // The phone menu opens as a popover (Chromium 114+). Without popovers the menu button
  // toggles an `is-open` class instead; handbook.css hides the closed menu and shows the
  // right icon (`@supports not selector(:popover-open)`).
  if (!('popover' in HTMLElement.prototype)) {
    const toggle = (button, open) => {
      const pane = document.getElementById(button.getAttribute('popovertarget'));
      if (!pane) return;
      pane.classList.toggle('is-open', open);
      button.setAttribute('aria-expanded', String(open));
      document.documentElement.classList.toggle('menu-open', open);
    };
    const menuButton = () => document.querySelector('button[popovertarget]');
    document.addEventListener('click', (event) => {
      const button = event.target instanceof Element && event.target.closest('button[popovertarget]');
      if (button) toggle(button, button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', (event) => {
      const button = menuButton();
      if (event.key === 'Escape' && button && button.getAttribute('aria-expanded') === 'true') {
        toggle(button, false);
        button.focus();
      }
    });
  }
})();
