/*
 * The block in the editor: a placeholder naming the widget and its chosen options, the options
 * in the block's sidebar (their values from options.json, given by the plugin as ldrchkOptions), and
 * the server's rendering below, which names any value the widget would not accept. Saved as a
 * comment with its attributes (save returns null), so no content filter can strip it.
 * Plain JavaScript over WordPress's globals: no build step.
 */
(function (wp, options) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  // One control per option: a list of its allowed values, or a text field for an address.
  function control(option, attributes, setAttributes) {
    var value = attributes[option.name] || '';
    var set = function (v) {
      var change = {};
      change[option.name] = v;
      setAttributes(change);
    };
    var label = option.attribute;
    if (option.values) {
      /* translators: %s: the option's default value */
      var choices = [{ label: sprintf(__('Default (%s)', 'leadership-self-check'), option.default), value: '' }];
      option.values.forEach(function (v) { choices.push({ label: v, value: v }); });
      // A value typed into the code editor that the widget does not allow stays visible here.
      if (value && option.values.indexOf(value) < 0) {
        /* translators: %s: a value typed into the code editor that the widget does not allow */
        choices.push({ label: sprintf(__('%s (not allowed)', 'leadership-self-check'), value), value: value });
      }
      return el(components.SelectControl, { key: option.name, label: label, help: option.description, value: value, options: choices, onChange: set });
    }
    return el(components.TextControl, { key: option.name, label: label, help: option.description, type: 'url', value: value, onChange: set });
  }

  function summary(attributes) {
    var chosen = options.filter(function (o) { return attributes[o.name]; })
      .map(function (o) { return o.attribute + ': ' + attributes[o.name]; });
    return chosen.length ? chosen.join(' · ') : __('The widget\'s defaults.', 'leadership-self-check');
  }

  wp.blocks.registerBlockType('leadership-self-check/widget', {
    edit: function (props) {
      return el('div', useBlockProps(),
        el(InspectorControls, null,
          el(components.PanelBody, { title: __('Widget options', 'leadership-self-check') },
            options.map(function (o) { return control(o, props.attributes, props.setAttributes); }))),
        el(components.Placeholder, {
          icon: 'clipboard',
          label: __('Leadership self-check', 'leadership-self-check'),
          instructions: __('The framework and its self-check appear here on the published page. Choose the options in the block\'s sidebar.', 'leadership-self-check'),
        }, el('p', null, summary(props.attributes))),
        // Keyed by the attributes, so that each change mounts a new preview that fetches at once:
        // WordPress 6.1's ServerSideRender drops its debounced fetch when it renders again within
        // half a second of a change (seen as a preview that never caught up).
        el(ServerSideRender, { key: JSON.stringify(props.attributes), block: 'leadership-self-check/widget', attributes: props.attributes }));
    },
    save: function () { return null; },
  });
})(window.wp, window.ldrchkOptions || []);
