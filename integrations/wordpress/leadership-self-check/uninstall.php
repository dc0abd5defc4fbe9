<?php
/**
 * Deleting the plugin removes its one option, under its name and under its first release's name,
 * from every site of a network; posts keep their shortcodes and blocks as text.
 *
 * @package LeadershipSelfCheck
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// The option's names and how the old one is told from another plugin's (WordPress does not load
// the plugin to uninstall it).
require_once __DIR__ . '/includes/settings.php';

/** The plugin's option, under both names, on the current site. */
function ldrchk_uninstall_site() {
	delete_option( LDRCHK_OPTION );
	if ( ldrchk_is_old_settings( get_option( LDRCHK_OLD_OPTION ) ) ) {
		delete_option( LDRCHK_OLD_OPTION );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields'                 => 'ids',
			'number'                 => 0,
			'update_site_meta_cache' => false,
		)
	) as $ldrchk_site ) {
		switch_to_blog( $ldrchk_site );
		ldrchk_uninstall_site();
		restore_current_blog();
	}
} else {
	ldrchk_uninstall_site();
}
