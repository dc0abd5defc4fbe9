<?php
/**
 * Deleting the plugin removes its one option; posts keep their shortcodes and blocks as text.
 *
 * @package LeadershipSelfCheck
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ldrchk_settings' );
