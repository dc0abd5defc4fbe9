<?php
/**
 * The test site, driven from the command line (no wp-cli): loads Debian's WordPress with the
 * config that tests/wordpress/run wrote, and prints JSON for the browser tests.
 *
 *   php site.php install          a fresh site (administrator "admin")
 *   php site.php setup            Twenty Twenty-Three, the plugin, users and application passwords
 *   php site.php network          makes the fresh site a multisite network (run before the config
 *                                 defines MULTISITE; tests/wordpress/run adds it afterwards)
 *   php site.php setup            Twenty Twenty-Three, the plugin, users and application passwords;
 *                                 on a network also a second site ($LSC_WP_SITE2_HOST), the plugin
 *                                 network-activated
 *   php site.php insert <role> [review]
 *                                 that role's posts through wp_insert_post, with its content filters
 *                                 (review: the posts of the security review's findings; a
 *                                 Contributor's are published by the administrator)
 *   php site.php settings <json>  saves settings as the settings page does; prints what it saved,
 *                                 its messages and the CSP additions it shows
 *   php site.php raw-option <json>  update_option outside the admin, as a script or an import would
 *   php site.php db-option <json>   the option written straight into the database
 *   php site.php legacy <json>    the option under the plugin's old name, as version 0.2.0 saved it
 *   php site.php get              the option under both names (after this load's init)
 *   php site.php uninstall        deletes the plugin's data as Plugins → Delete does; prints what is
 *                                 left on each site
 * $LSC_WP_HOST chooses the site (on a network, the second site by its host).
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

const LSC_ROLES = array( 'administrator', 'editor', 'author', 'contributor' );

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

/**
 * The posts of the security review: a framework document from another host (shortcode, block and
 * the element written as HTML), ways to write such an address that a check could miss, one from
 * this site, and a fallback link that is a script address.
 */
function lsc_review_posts() {
	$host   = getenv( 'LSC_WP_HOST' );
	$tricks = array(
		'//evil.example/protocol-relative.json',
		'&#x2F;&#x2F;evil.example/entities.json',
		"https://$host@evil.example/credentials.json",
		"https://evil.example?@$host/query-at.json",
		'HTTPS://EVIL.EXAMPLE/upper.json',
		'/\\\\evil.example/backslash.json',
		"https:evil.example/no-slashes.json",
	);
	$shortcodes = '';
	foreach ( $tricks as $url ) {
		$shortcodes .= '[leadership_self_check view="framework" framework_src="' . $url . '"]' . "\n";
	}
	$posts = array(
		'remote'   => '[leadership_self_check view="framework" framework_src="https://evil.example/framework.json"]' . "\n"
			. '<!-- wp:leadership-self-check/widget {"view":"framework","framework_src":"https://evil.example/block.json"} /-->' . "\n"
			. '<div data-leadership-self-check data-view="framework" data-framework-src="https://evil.example/raw.json"></div>',
		'tricks'   => $shortcodes,
		'local'    => '[leadership_self_check view="framework" framework_src="/lsc-content/framework.json"]' . "\n"
			. '[leadership_self_check view="framework" framework_src="http://' . $host . '/lsc-content/absolute.json"]',
		'fallback' => '[leadership_self_check view="framework" fallback_href="java&#x9;script:alert(1)"]' . "\n"
			. '[leadership_self_check view="framework" fallback_href="javascript:alert(2)"]',
	);
	if ( getenv( 'LSC_WP_OTHER_HOST' ) ) {
		// On a network: the other site's address, from this one.
		$posts['sibling'] = '[leadership_self_check view="framework" framework_src="http://' . getenv( 'LSC_WP_OTHER_HOST' ) . '/lsc-content/absolute.json"]';
	}
	return $posts;
}

/** Prints the plugin's option under its name and its old one, on every site. */
function lsc_print_options() {
	$sites = array();
	foreach ( is_multisite() ? get_sites( array( 'fields' => 'ids' ) ) : array( get_current_blog_id() ) as $id ) {
		$sites[ $id ] = is_multisite() ? array(
			'ldrchk_settings' => get_blog_option( $id, 'ldrchk_settings', null ),
			'lsc_settings'    => get_blog_option( $id, 'lsc_settings', null ),
		) : array(
			'ldrchk_settings' => get_option( 'ldrchk_settings', null ),
			'lsc_settings'    => get_option( 'lsc_settings', null ),
		);
	}
	echo wp_json_encode( $sites );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_install( 'Leadership self-check test', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
		break;

	case 'network':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
			$wpdb->$table = $prefixed;
		}
		install_network();
		$result = populate_network( 1, getenv( 'LSC_WP_HOST' ), 'admin@example.org', 'Leadership self-check network', '/', false );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, $result->get_error_message() . "\n" );
			exit( 1 );
		}
		break;

	case 'setup':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		switch_theme( 'twentytwentythree' );
		$site2 = null;
		if ( is_multisite() ) {
			// Plain links (?p=…): a network's first site gets /blog/ links, which need mod_rewrite.
			update_option( 'permalink_structure', '' );
			$site2 = wp_insert_site(
				array(
					'domain'  => getenv( 'LSC_WP_SITE2_HOST' ),
					'path'    => '/',
					'title'   => 'Second site',
					'user_id' => 1,
				)
			);
			if ( is_wp_error( $site2 ) ) {
				fwrite( STDERR, $site2->get_error_message() . "\n" );
				exit( 1 );
			}
			// wp_insert_site() drops the port from the host name (sanitize_user): put it back.
			$wpdb->update( $wpdb->blogs, array( 'domain' => getenv( 'LSC_WP_SITE2_HOST' ) ), array( 'blog_id' => $site2 ) );
			clean_blog_cache( $site2 );
			switch_to_blog( $site2 );
			update_option( 'home', 'http://' . getenv( 'LSC_WP_SITE2_HOST' ) );
			update_option( 'siteurl', 'http://' . getenv( 'LSC_WP_SITE2_HOST' ) );
			update_option( 'permalink_structure', '' );
			switch_theme( 'twentytwentythree' );
			restore_current_blog();
		}
		$activated = activate_plugin( 'leadership-self-check/leadership-self-check.php', '', is_multisite() );
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
			if ( $site2 ) {
				add_user_to_blog( $site2, $id, $role );
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
				'site2'   => $site2,
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
		$review   = 'review' === ( $argv[3] ?? '' );
		$posts    = array();
		foreach ( $review ? lsc_review_posts() : lsc_test_posts() as $kind => $content ) {
			$id = wp_insert_post(
				wp_slash(
					array(
						'post_title'   => "$kind by $role" . ( $disallow ? ' (DISALLOW_UNFILTERED_HTML)' : '' ) . ' via wp_insert_post',
						'post_content' => $content,
						'post_status'  => current_user_can( 'publish_posts' ) ? 'publish' : 'pending',
					)
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
			if ( 'pending' === get_post_status( $id ) ) {
				// Approved as it stands by the administrator, as an Editor would publish it.
				$author = get_current_user_id();
				wp_set_current_user( 1 );
				wp_update_post(
					array(
						'ID'          => $id,
						'post_status' => 'publish',
					)
				);
				wp_set_current_user( $author );
			}
			$posts[] = array(
				'id'          => $id,
				'kind'        => $kind,
				'role'        => $role,
				'disallow'    => $disallow,
				'via'         => 'wp_insert_post',
				'unfiltered'  => current_user_can( 'unfiltered_html' ),
				'kept_script' => false !== strpos( get_post( $id )->post_content, '<script' ),
				'content'     => get_post( $id )->post_content,
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

	case 'raw-option':
		update_option( 'ldrchk_settings', json_decode( $argv[2] ?? '{}', true ) );
		echo wp_json_encode( get_option( 'ldrchk_settings' ) );
		break;

	case 'db-option':
		$wpdb->replace(
			$wpdb->options,
			array(
				'option_name'  => 'ldrchk_settings',
				'option_value' => serialize( json_decode( $argv[2] ?? '{}', true ) ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- as WordPress stores it.
				'autoload'     => 'yes',
			)
		);
		break;

	case 'legacy':
		delete_option( 'ldrchk_settings' );
		update_option( 'lsc_settings', json_decode( $argv[2] ?? '{}', true ) );
		break;

	case 'get':
		lsc_print_options();
		break;

	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		deactivate_plugins( 'leadership-self-check/leadership-self-check.php', true, is_multisite() );
		uninstall_plugin( 'leadership-self-check/leadership-self-check.php' );
		lsc_print_options();
		break;

	default:
		fwrite( STDERR, "usage: php site.php install|network|setup|insert <role> [review]|settings <json>|raw-option <json>|db-option <json>|legacy <json>|get|uninstall\n" );
		exit( 2 );
}
