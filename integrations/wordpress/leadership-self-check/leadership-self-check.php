<?php
/**
 * Plugin Name:       Leadership self-check
 * Plugin URI:        https://github.com/leadership-self-check/leadership-self-check
 * Description:       The framework "Leadership for empowered and healthy communities" and a self-check against it, as a shortcode and a block. Runs in the visitor's browser; nothing is sent anywhere.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            Leadership self-check contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       leadership-self-check
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

// The widget's version: the plugin ships that release's files (tests/package/release.test.mjs checks it).
const LDRCHK_VERSION = '0.2.0';
const LDRCHK_PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'ldrchk_register' );

/** The loader, the shortcode and the block. */
function ldrchk_register() {
	ldrchk_register_assets();
	add_shortcode( 'leadership_self_check', 'ldrchk_shortcode' );
	register_block_type(
		__DIR__ . '/block',
		array(
			'attributes'      => ldrchk_block_attributes(),
			'render_callback' => 'ldrchk_render_block',
		)
	);
}
