// A clock the tests move, the same in every engine (an init script, which the WebKit adapter
// runs too): `setDay(page, '2026-03-03')` makes the page's `Date` that day at noon, onwards.

/** Give to `open(…, { setup: controlledClock })`. */
export function controlledClock(page) {
  return page.addInitScript(() => {
    const Real = Date;
    let offset = 0;
    window.__lscSetDay = (iso) => {
      offset = new Real(`${iso}T12:00:00`).getTime() - Real.now();
    };
    class Controlled extends Real {
      constructor(...args) {
        super(...(args.length ? args : [Real.now() + offset]));
      }
      static now() {
        return Real.now() + offset;
      }
    }
    window.Date = Controlled;
  });
}

export const setDay = (page, iso) => page.evaluate((d) => window.__lscSetDay(d), iso);
