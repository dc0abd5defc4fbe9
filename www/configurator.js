/*
 * The configurator (embed.html): the web team's choices become the preview widget's attributes
 * and custom properties, and the snippet to copy. The release's file name and integrity hash come
 * from manifest.json, written by scripts/package.mjs.
 */
(function () {
  'use strict';

  var form = document.getElementById('options');
  var preview = document.getElementById('preview');
  var field = function (id) { return document.getElementById(id); };
  var folder = new URL('.', document.baseURI);
  var manifest = null;

  // options:start Generated from option-table.json by scripts/generate-options.mjs: edit the table, then run `node scripts/generate-options.mjs`.
  // The widget's default for each option with a list of values, in the table's order.
  var DEFAULTS = { view: 'both', mode: 'quick', persist: 'local', 'heading-level': '2', 'color-scheme': 'light', loading: 'eager' };
  // options:end

  function value(name) {
    var el = form.elements[name];
    return el ? el.value : '';
  }

  // The attributes whose value differs from the widget's default, in the table's order; options
  // without a control here are left to their default.
  function attributes() {
    var a = [];
    Object.keys(DEFAULTS).forEach(function (name) {
      if (!form.elements[name]) return;
      var chosen = value(name);
      // With their own colours, native controls (radios, lists) follow their background.
      if (name === 'color-scheme' && field('custom').checked) chosen = palette().dark ? 'dark' : 'light';
      if (chosen !== DEFAULTS[name]) a.push([name, chosen]);
    });
    var fallback = field('fallback').value.trim();
    if (fallback) a.push(['fallback-href', fallback]);
    return a;
  }

  // WCAG relative luminance and contrast ratio of two #rrggbb colours.
  function luminance(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var la = luminance(a);
    var lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // The buttons' text colour: white or near-black, whichever reads better on the accent.
  function onAccent(accent) {
    return contrast(accent, '#ffffff') >= contrast(accent, '#0b0c0c') ? '#ffffff' : '#0b0c0c';
  }

  // `a` moved a share `t` of the way to `b`, as #rrggbb.
  function mix(a, b, t) {
    return '#' + [1, 3, 5].map(function (i) {
      var x = parseInt(a.substr(i, 2), 16);
      var y = parseInt(b.substr(i, 2), 16);
      return ('0' + Math.round(x + (y - x) * t).toString(16)).slice(-2);
    }).join('');
  }

  // The whole palette from the three colours chosen, so that no default of the light or dark
  // palette is left to clash with them: panels a shade off the background, secondary text and
  // borders between text and background, the error colour of the matching default palette.
  function palette() {
    var text = field('text').value;
    var background = field('background').value;
    var accent = field('accent').value;
    var dark = luminance(background) < 0.18;
    return {
      accent: accent,
      'on-accent': onAccent(accent),
      text: text,
      muted: mix(text, background, 0.25),
      background: background,
      panel: mix(background, text, 0.06),
      border: mix(text, background, 0.45),
      error: dark ? '#f47738' : '#d4351c',
      dark: dark,
    };
  }

  // The custom properties chosen, as [name, value] pairs.
  function properties() {
    var p = [];
    if (field('custom').checked) {
      var colours = palette();
      ['accent', 'on-accent', 'text', 'muted', 'background', 'panel', 'border', 'error'].forEach(function (name) {
        p.push(['--lsc-' + name, colours[name]]);
      });
    }
    // Nothing that could end the declaration or open a comment in the partner's stylesheet.
    var font = field('font').value.trim().replace(/[;{}<>/*\\]/g, '');
    if (font) p.push(['--lsc-font-family', font]);
    if (value('radius')) p.push(['--lsc-radius', value('radius')]);
    return p;
  }

  // Every pair of colours the widget draws, checked against WCAG AA (4.5:1 for text); those
  // below are named, so the team can choose again.
  function contrastWarning() {
    if (!field('custom').checked) return '';
    var c = palette();
    var pairs = [
      ['text on the background', c.text, c.background],
      ['text on panels', c.text, c.panel],
      ['secondary text', c.muted, c.background],
      ['secondary text on panels', c.muted, c.panel],
      ['links on the background', c.accent, c.background],
      ['links on panels', c.accent, c.panel],
      ['error messages', c.error, c.background],
      ['button text on the buttons', c['on-accent'], c.accent],
    ];
    var problems = pairs.filter(function (p) { return contrast(p[1], p[2]) < 4.5; }).map(function (p) { return p[0]; });
    return problems.length
      ? 'Warning: the contrast of ' + problems.join(', ') + ' is below 4.5:1, the minimum for WCAG 2.2 AA. Choose colours further apart.'
      : '';
  }

  function escapeAttr(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function snippet() {
    var div = value('form') === 'div';
    var attrs = attributes().map(function (a) {
      return ' ' + (div ? 'data-' : '') + a[0] + '="' + escapeAttr(a[1]) + '"';
    }).join('');
    var script = manifest
      ? '<script src="' + new URL(manifest.embed.file, folder).href + '" integrity="' + manifest.embed.integrity +
        '" crossorigin="anonymous" defer></script>'
      : '<script src="' + new URL('embed.js', folder).href + '" defer></script>';
    // Shown only where the loader cannot run (blocked by the page's CSP, scripts off); hidden
    // as soon as it does.
    var fallback = field('fallback').value.trim();
    var inside = fallback
      ? '\n  <a href="' + escapeAttr(fallback) + '">Read the framework: Leadership for empowered and healthy communities</a>\n'
      : '';
    var element = div
      ? '<div data-leadership-self-check' + attrs + '>' + inside + '</div>'
      : '<leadership-self-check' + attrs + '>' + inside + '</leadership-self-check>';
    return script + '\n' + element;
  }

  function css() {
    var p = properties();
    if (!p.length) return '';
    var selector = value('form') === 'div' ? '[data-leadership-self-check]' : 'leadership-self-check';
    return selector + ' {\n' + p.map(function (d) { return '  ' + d[0] + ': ' + d[1] + ';'; }).join('\n') + '\n}';
  }

  // A new preview element for every change: the same markup a partner page will have.
  function render() {
    field('custom-colours').hidden = !field('custom').checked;
    var div = value('form') === 'div';
    var el = document.createElement(div ? 'div' : 'leadership-self-check');
    if (div) el.setAttribute('data-leadership-self-check', '');
    attributes().forEach(function (a) { el.setAttribute((div ? 'data-' : '') + a[0], a[1]); });
    // CSSOM, not a style attribute: allowed by a strict style-src.
    properties().forEach(function (d) { el.style.setProperty(d[0], d[1]); });
    preview.replaceChildren(el);
    showCode();
  }

  function showCode() {
    field('snippet').value = snippet();
    field('css').value = css();
    field('css-block').hidden = !css();
    say('contrast', contrastWarning());
    say('fallback-warning', fallbackWarning());
    say('copied', '');
  }

  // Live regions are written only when their message changes, so that dragging a colour picker
  // does not announce the same warning over and over.
  function say(id, message) {
    if (field(id).textContent !== message) field(id).textContent = message;
  }

  // An address without a scheme ("www.example.org/…") would be read as a path on the site.
  function fallbackWarning() {
    var href = field('fallback').value.trim();
    if (!href || /^(https?:\/\/|\/|\.\.?\/)/i.test(href)) return '';
    return 'Warning: this link does not start with https:// or /, so it would be read as a page inside the current folder of your site.';
  }

  function copy(button) {
    var area = field(button.getAttribute('data-copy'));
    var done = function (ok) {
      field('copied').textContent = ok ? 'Copied to the clipboard.' : 'Select the text and copy it with your keyboard or menu.';
      if (!ok) { area.focus(); area.select(); }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(area.value).then(function () { done(true); }, function () { done(false); });
    } else {
      done(false);
    }
  }

  // Each choice starts at the widget's default.
  Object.keys(DEFAULTS).forEach(function (name) {
    if (form.elements[name]) form.elements[name].value = DEFAULTS[name];
  });
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.querySelectorAll('[data-copy]').forEach(function (b) {
    b.addEventListener('click', function () { copy(b); });
  });
  // The files' origin (the CDN's, when this page is served from it), which the partner's page
  // must allow; 'self' does the same when the files are on the partner's own site.
  field('csp').value = 'script-src ' + folder.origin + " 'wasm-unsafe-eval'; connect-src " + folder.origin;

  fetch(new URL('manifest.json', folder)).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.json();
  }).then(function (m) {
    manifest = m;
    showCode();
  }, function () {
    showCode();
    field('copied').textContent = 'The release manifest could not be read, so the code below has no integrity hash.';
  });
  render();
})();
