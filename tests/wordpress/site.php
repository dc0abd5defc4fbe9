<?php
/**
 * The test site, driven from the command line (no wp-cli): loads Debian's WordPress with the
 * config that tests/wordpress/run wrote, and prints JSON for the browser tests.
 *
 *   php site.php install          a fresh site (administrator "admin")
 *   php site.php setup            Twenty Twenty-Three, the plugin, users and application passwords
 *   php site.php insert <role>    that role's posts through wp_insert_post, with its content filters
 *   php site.php settings <json>  saves settings as the settings page does; prints what it saved,
 *                                 its messages and the CSP additions it shows
 */

$command = $argv[1] ?? '';
$_SERVER['HTTP_HOST']        = getenv( 'LSC_WP_HOST' );
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'LSC_WP_CONFIG' );
$_SERVER['REQUEST_URI']      = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
add_filter( 'pre_wp_mail', '__return_true' ); // no mail from the test site (and no sendmail here)

const LSC_ROLES = array( 'administrator', 'editor', 'author' );

/** The posts each role writes: each form of the widget, a bad value, and a page without it. */
function lsc_test_posts() {
	// A script element too, to show the role's content filters at work (kept only with unfiltered_html).
	$script = "\n<script>window.lscRawScript = true;</script>";
	return array(
		'shortcode' => '[leadership_self_check view="framework" heading_level="3" fallback_href="/about/"]' . $script,
		'block'     => '<!-- wp:leadership-self-check/widget {"view":"self-check","mode":"full"} /-->' . $script,
		'bad'       => '[leadership_self_check view="sideways" mode="full"]',
		'plain'     => '<!-- wp:paragraph --><p>A post without the widget.</p><!-- /wp:paragraph -->',
	);
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_install( 'Leadership self-check test', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
		break;

	case 'setup':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		switch_theme( 'twentytwentythree' );
		$activated = activate_plugin( 'leadership-self-check/leadership-self-check.php' );
		if ( is_wp_error( $activated ) ) {
			fwrite( STDERR, $activated->get_error_message() . "\n" );
			exit( 1 );
		}
		$users = array();
		foreach ( LSC_ROLES as $role ) {
			$login = 'administrator' === $role ? 'admin' : $role;
			$id    = username_exists( $login );
			if ( ! $id ) {
				$id = wp_insert_user(
					array(
						'user_login' => $login,
						'user_pass'  => wp_generate_password( 24 ),
						'user_email' => $login . '@example.org',
						'role'       => $role,
					)
				);
			}
			// One password to log in with (the editor, the settings page), one for the REST API.
			$login_password = wp_generate_password( 24, false );
			wp_set_password( $login_password, $id );
			list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
			$users[ $role ]   = array(
				'login'          => $login,
				'password'       => $password,
				'login_password' => $login_password,
			);
		}
		echo wp_json_encode(
			array(
				'users'   => $users,
				'posts'   => lsc_test_posts(),
				'csp'     => ldrchk_csp_additions(),
				'version' => LDRCHK_VERSION,
			)
		);
		break;

	case 'insert':
		$role = $argv[2] ?? '';
		$user = get_user_by( 'login', 'administrator' === $role ? 'admin' : $role );
		if ( ! $user ) {
			fwrite( STDERR, "no user for $role\n" );
			exit( 1 );
		}
		// As in the editor: the current user's capabilities choose the content filters.
		wp_set_current_user( $user->ID );
		$disallow = defined( 'DISALLOW_UNFILTERED_HTML' ) && DISALLOW_UNFILTERED_HTML;
		$posts    = array();
		foreach ( lsc_test_posts() as $kind => $content ) {
			$id = wp_insert_post(
				wp_slash(
					array(
						'post_title'   => "$kind by $role" . ( $disallow ? ' (DISALLOW_UNFILTERED_HTML)' : '' ) . ' via wp_insert_post',
						'post_content' => $content,
						'post_status'  => 'publish',
					)
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
			$posts[] = array(
				'id'          => $id,
				'kind'        => $kind,
				'role'        => $role,
				'disallow'    => $disallow,
				'via'         => 'wp_insert_post',
				'unfiltered'  => current_user_can( 'unfiltered_html' ),
				'kept_script' => false !== strpos( get_post( $id )->post_content, '<script' ),
			);
		}
		echo wp_json_encode( $posts );
		break;

	case 'settings':
		require_once ABSPATH . 'wp-admin/includes/template.php';
		update_option( 'ldrchk_settings', ldrchk_sanitize_settings( json_decode( $argv[2] ?? '{}', true ) ) );
		echo wp_json_encode(
			array(
				'saved'    => get_option( 'ldrchk_settings' ),
				'messages' => wp_list_pluck( get_settings_errors( 'ldrchk_settings' ), 'message' ),
				'csp'      => ldrchk_csp_additions(),
			)
		);
		break;

	default:
		fwrite( STDERR, "usage: php site.php install|setup|insert <role>|settings <json>\n" );
		exit( 2 );
}
