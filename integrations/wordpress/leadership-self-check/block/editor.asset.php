<?php
/**
 * The editor script's dependencies: WordPress's own editor globals (the script has no build step).
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => LDRCHK_VERSION,
);
