<?php
/**
 * Settings → Leadership self-check: where the files come from, site-wide colours and font, a
 * default fallback link, and the Content-Security-Policy additions for that choice.
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'ldrchk_register_settings' );
add_action( 'init', 'ldrchk_move_old_settings', 5 );
add_action( 'admin_menu', 'ldrchk_settings_menu' );

const LDRCHK_OPTION = 'ldrchk_settings';
// The option's name in the plugin's first release (0.2.0), moved to LDRCHK_OPTION on upgrade.
const LDRCHK_OLD_OPTION = 'lsc_settings';

/**
 * The one option that holds every setting. Registered on every request, not only in the admin, so
 * that update_option() from anywhere (a script, an import, another plugin) is checked as well.
 */
function ldrchk_register_settings() {
	register_setting(
		LDRCHK_OPTION,
		LDRCHK_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ldrchk_sanitize_settings',
		)
	);
}

/** Settings → Leadership self-check. */
function ldrchk_settings_menu() {
	add_options_page(
		__( 'Leadership self-check', 'leadership-self-check' ),
		__( 'Leadership self-check', 'leadership-self-check' ),
		'manage_options',
		'leadership-self-check',
		'ldrchk_settings_page'
	);
}

/**
 * Sites that saved settings with the plugin's first release keep them: the old option is moved
 * to the new name, once, on the first request after the upgrade (on each site of a network).
 */
function ldrchk_move_old_settings() {
	if ( false !== get_option( LDRCHK_OPTION ) ) {
		return;
	}
	$old = get_option( LDRCHK_OLD_OPTION );
	if ( ldrchk_is_old_settings( $old ) ) {
		add_option( LDRCHK_OPTION, ldrchk_checked_settings( $old ) );
		delete_option( LDRCHK_OLD_OPTION );
	}
}

/**
 * Whether an option under the old name is the plugin's (another plugin may use that name too).
 *
 * @param mixed $value The option's value.
 */
function ldrchk_is_old_settings( $value ) {
	return is_array( $value ) && array_key_exists( 'source', $value ) && array_key_exists( 'fallback_href', $value );
}

/**
 * Each setting: its default, and the check that gives its stored form from a string (or, for a
 * list, an array), null when the value is refused.
 *
 * @return array<string, array{default: mixed, check: callable, list?: bool}>
 */
function ldrchk_setting_fields() {
	return array(
		'source'            => array(
			'default' => 'bundled',
			'check'   => function ( $value ) {
				return in_array( $value, array( 'bundled', 'cdn' ), true ) ? $value : null;
			},
		),
		'cdn_base'          => array(
			'default' => '',
			'check'   => 'ldrchk_checked_cdn_base',
		),
		'accent'            => array(
			'default' => '',
			'check'   => 'ldrchk_checked_colour',
		),
		'background'        => array(
			'default' => '',
			'check'   => 'ldrchk_checked_colour',
		),
		'font'              => array(
			'default' => '',
			'check'   => 'ldrchk_checked_font',
		),
		'fallback_href'     => array(
			'default' => '',
			'check'   => function ( $value ) {
				$href = trim( $value );
				return '' === $href || ldrchk_is_web_link( $href ) ? $href : null;
			},
		),
		'framework_origins' => array(
			'default' => array(),
			'check'   => 'ldrchk_checked_origins',
			'list'    => true,
		),
	);
}

/**
 * Why the settings page did not save a setting.
 *
 * @param string $key The setting.
 */
function ldrchk_refused_message( string $key ) {
	switch ( $key ) {
		case 'source':
			return __( 'The widget\'s files must be bundled or from a CDN; the choice was not saved.', 'leadership-self-check' );
		case 'cdn_base':
			return __( 'The CDN base URL must be an https:// address of a folder, without a user name, password, query or fragment; it was not saved.', 'leadership-self-check' );
		case 'accent':
			return __( 'The accent colour must be written #rrggbb; it was not saved.', 'leadership-self-check' );
		case 'background':
			return __( 'The background colour must be written #rrggbb; it was not saved.', 'leadership-self-check' );
		case 'font':
			return __( 'The font may hold only letters, digits, spaces, commas, quotes and hyphens; it was not saved.', 'leadership-self-check' );
		case 'fallback_href':
			return __( 'The fallback link must be an https, http or relative address; it was not saved.', 'leadership-self-check' );
		case 'framework_origins':
			return __( 'Each site allowed for framework documents must be written as https:// and its host name only, such as https://data.example.org; the list was not saved.', 'leadership-self-check' );
	}
	return '';
}

/**
 * The settings, each one checked again as it is read: a stored value that the settings page
 * would refuse (written into the database by an import, say) is replaced by its default, so
 * nothing unchecked reaches a page.
 *
 * @return array{source: string, cdn_base: string, accent: string, background: string, font: string, fallback_href: string, framework_origins: string[]}
 */
function ldrchk_settings() {
	return ldrchk_checked_settings( get_option( LDRCHK_OPTION, array() ) );
}

/**
 * Stored settings with every refused or missing value replaced by its default.
 *
 * @param mixed $stored The option's value.
 */
function ldrchk_checked_settings( $stored ) {
	$stored = is_array( $stored ) ? $stored : array();
	$clean  = array();
	foreach ( ldrchk_setting_fields() as $key => $field ) {
		$value         = array_key_exists( $key, $stored ) ? ldrchk_check_setting( $field, $stored[ $key ] ) : null;
		$clean[ $key ] = $value ?? $field['default'];
	}
	if ( '' === $clean['cdn_base'] ) {
		$clean['source'] = 'bundled';
	}
	return $clean;
}

/**
 * One value through its field's check; null when refused.
 *
 * @param array{check: callable, list?: bool} $field The field.
 * @param mixed                               $value The value.
 */
function ldrchk_check_setting( array $field, $value ) {
	return is_string( $value ) || ( is_array( $value ) && ! empty( $field['list'] ) ) ? call_user_func( $field['check'], $value ) : null;
}

/**
 * The settings page's values, saved: each one the checks accept replaces the saved one; one they
 * refuse leaves the saved one as it was, with a message saying so. An empty field clears its
 * setting. Also the sanitize callback of update_option() wherever it is called.
 *
 * @param mixed $input The submitted settings.
 */
function ldrchk_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = ldrchk_settings();
	foreach ( ldrchk_setting_fields() as $key => $field ) {
		if ( ! array_key_exists( $key, $input ) ) {
			continue;
		}
		$value = ldrchk_check_setting( $field, $input[ $key ] );
		if ( null === $value ) {
			ldrchk_settings_message( $key, ldrchk_refused_message( $key ) );
		} else {
			$clean[ $key ] = $value;
		}
	}
	if ( 'cdn' === $clean['source'] && '' === $clean['cdn_base'] ) {
		$clean['source'] = 'bundled';
		ldrchk_settings_message( 'source', __( 'Without a CDN base URL the bundled files are used.', 'leadership-self-check' ) );
	}
	return $clean;
}

/**
 * A message on the settings page (there is none to show outside the admin).
 *
 * @param string $key     The setting.
 * @param string $message What happened.
 */
function ldrchk_settings_message( string $key, string $message ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( LDRCHK_OPTION, 'ldrchk_' . $key, $message );
	}
}

/**
 * An https:// folder as https://host[:port]/path/ (scheme and host in lower case), '' for an
 * empty value, or null: no user name or password, query, fragment, or characters that would need
 * escaping in a script address.
 *
 * @param string $value The URL given.
 */
function ldrchk_checked_cdn_base( string $value ) {
	$base = trim( $value );
	if ( '' === $base ) {
		return '';
	}
	if ( ! preg_match( '#^https://([a-z0-9.-]+)(:[0-9]{1,5})?(/[a-z0-9._~!$&()*+,;=:@%/-]*)?$#i', $base, $m ) ) {
		return null;
	}
	return trailingslashit( 'https://' . strtolower( $m[1] ) . ( $m[2] ?? '' ) . ( $m[3] ?? '' ) );
}

/**
 * A colour as #rrggbb (lower case), '' for an empty value, or null when it is not a colour.
 *
 * @param string $value #rgb or #rrggbb.
 */
function ldrchk_checked_colour( string $value ) {
	$colour = trim( $value );
	return '' === $colour ? '' : ldrchk_six_digit_colour( $colour );
}

/**
 * A font-family list with nothing that could end the rule it is printed in, '' for an empty
 * value, or null.
 *
 * @param string $value The font.
 */
function ldrchk_checked_font( string $value ) {
	$font = trim( $value );
	return '' === $font || preg_match( '/^[A-Za-z0-9 ,\'"-]{1,200}$/', $font ) ? $font : null;
}

/**
 * The sites an administrator allows framework documents from: https:// origins, one a line (or a
 * list), as https://host[:port]; an empty list for an empty value; null if any one is not an origin.
 *
 * @param string|string[] $value The list.
 */
function ldrchk_checked_origins( $value ) {
	$lines   = is_array( $value ) ? $value : preg_split( '/[\s,]+/', $value );
	$origins = array();
	foreach ( $lines as $line ) {
		$line = trim( (string) $line );
		if ( '' === $line ) {
			continue;
		}
		$origin = preg_match( '#^https://[^/?\#]+/?$#i', $line ) ? ldrchk_origin( rtrim( $line, '/' ) . '/' ) : '';
		if ( '' === $origin ) {
			return null;
		}
		$origins[] = $origin;
	}
	return array_values( array_unique( $origins ) );
}

/**
 * A colour as #rrggbb (lower case), or null when it is not one.
 *
 * @param string $colour #rgb or #rrggbb.
 */
function ldrchk_six_digit_colour( string $colour ) {
	$hex = sanitize_hex_color( $colour );
	if ( ! $hex ) {
		return null;
	}
	$hex = strtolower( $hex );
	return 4 === strlen( $hex ) ? '#' . $hex[1] . $hex[1] . $hex[2] . $hex[2] . $hex[3] . $hex[3] : $hex;
}

/**
 * The origin of an http(s) URL as the browser reads it, https://host[:port] in lower case without
 * the scheme's default port, or '' when it has none: the authority must be a host name or IP
 * address and a port, followed by a path, query, fragment or nothing, so that no user name,
 * password or other trick can make the host that PHP sees differ from the browser's.
 *
 * @param string $url The URL.
 */
function ldrchk_origin( string $url ) {
	if ( ! preg_match( '#^(https?)://([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::([0-9]{1,5}))?(?:[/?\#]|$)#i', $url, $m ) ) {
		return '';
	}
	$scheme = strtolower( $m[1] );
	$port   = $m[3] ?? '';
	if ( ( 'https' === $scheme && '443' === $port ) || ( 'http' === $scheme && '80' === $port ) ) {
		$port = '';
	}
	return $scheme . '://' . strtolower( $m[2] ) . ( '' !== $port ? ':' . $port : '' );
}

/**
 * What a Content-Security-Policy must allow for the widget as configured, directive => sources.
 * The loader and the Wasm come from the files' origin ('self' when that is the site's own); the
 * Wasm is compiled ('wasm-unsafe-eval'); framework documents come from the sites allowed for
 * them; the site-wide colours are an inline style element, allowed by its hash.
 *
 * @return array<string, string>
 */
function ldrchk_csp_additions() {
	$settings = ldrchk_settings();
	$files    = ldrchk_origin( ldrchk_files_base() );
	$source   = ( '' === $files || ldrchk_origin( home_url( '/' ) ) === $files ) ? "'self'" : $files;
	$csp      = array(
		'script-src'  => $source . " 'wasm-unsafe-eval'",
		'connect-src' => implode( ' ', array_unique( array_merge( array( $source ), $settings['framework_origins'] ) ) ),
	);
	$css = ldrchk_theme_css();
	if ( '' !== $css ) {
		// WordPress prints the inline style with a line break either side of the rule.
		$csp['style-src'] = "'sha256-" . base64_encode( hash( 'sha256', "\n" . $css . "\n", true ) ) . "'";
	}
	return $csp;
}

/** The settings page. */
function ldrchk_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$s        = ldrchk_settings();
	$field    = function ( $name ) {
		return 'ldrchk_settings[' . $name . ']';
	};
	$manifest = ldrchk_manifest();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Leadership self-check', 'leadership-self-check' ); ?></h1>
		<?php if ( ! $manifest ) : ?>
			<div class="notice notice-error"><p><?php esc_html_e( 'The widget\'s files (assets/manifest.json) are missing from the plugin: install the plugin from its release zip.', 'leadership-self-check' ); ?></p></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'Add the widget with the Leadership self-check block, or the shortcode [leadership_self_check], to any post or page. The script is added only to pages that use it.', 'leadership-self-check' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'ldrchk_settings' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Widget files', 'leadership-self-check' ); ?></th>
					<td><fieldset>
						<legend class="screen-reader-text"><?php esc_html_e( 'Widget files', 'leadership-self-check' ); ?></legend>
						<label><input type="radio" name="<?php echo esc_attr( $field( 'source' ) ); ?>" value="bundled" <?php checked( $s['source'], 'bundled' ); ?>> <?php esc_html_e( 'Bundled in this plugin (no third-party requests)', 'leadership-self-check' ); ?></label><br>
						<label><input type="radio" name="<?php echo esc_attr( $field( 'source' ) ); ?>" value="cdn" <?php checked( $s['source'], 'cdn' ); ?>> <?php esc_html_e( 'A CDN holding the same release', 'leadership-self-check' ); ?></label>
					</fieldset></td>
				</tr>
				<tr>
					<th scope="row"><label for="ldrchk-cdn-base"><?php esc_html_e( 'CDN base URL', 'leadership-self-check' ); ?></label></th>
					<td><input type="url" class="regular-text" id="ldrchk-cdn-base" name="<?php echo esc_attr( $field( 'cdn_base' ) ); ?>" value="<?php echo esc_attr( $s['cdn_base'] ); ?>" aria-describedby="ldrchk-cdn-base-help">
					<p class="description" id="ldrchk-cdn-base-help"><?php
						/* translators: %s: the loader's file name */
						echo esc_html( sprintf( __( 'The https:// folder holding this release\'s files (%s and the .wasm), served with Access-Control-Allow-Origin.', 'leadership-self-check' ), $manifest ? $manifest['embed']['file'] : 'embed.<hash>.js' ) );
					?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="ldrchk-accent"><?php esc_html_e( 'Accent colour', 'leadership-self-check' ); ?></label></th>
					<td><input type="text" id="ldrchk-accent" name="<?php echo esc_attr( $field( 'accent' ) ); ?>" value="<?php echo esc_attr( $s['accent'] ); ?>" placeholder="#1d70b8" aria-describedby="ldrchk-colours-help"></td>
				</tr>
				<tr>
					<th scope="row"><label for="ldrchk-background"><?php esc_html_e( 'Background', 'leadership-self-check' ); ?></label></th>
					<td><input type="text" id="ldrchk-background" name="<?php echo esc_attr( $field( 'background' ) ); ?>" value="<?php echo esc_attr( $s['background'] ); ?>" placeholder="#ffffff" aria-describedby="ldrchk-colours-help">
					<p class="description" id="ldrchk-colours-help"><?php esc_html_e( 'As #rrggbb; empty for the widget\'s own (which meet WCAG 2.2 AA). Text needs at least 4.5:1 against them.', 'leadership-self-check' ); ?></p>
					<?php if ( '' !== $s['accent'] && ldrchk_contrast( $s['accent'], '' !== $s['background'] ? $s['background'] : '#ffffff' ) < 4.5 ) : ?>
						<p class="notice notice-warning inline"><?php
							/* translators: %s: a contrast ratio such as 3.2 */
							echo esc_html( sprintf( __( 'The accent colour has a contrast of only %s:1 against the background; links need 4.5:1.', 'leadership-self-check' ), number_format( ldrchk_contrast( $s['accent'], '' !== $s['background'] ? $s['background'] : '#ffffff' ), 1 ) ) );
						?></p>
					<?php endif; ?></td>
				</tr>
				<tr>
					<th scope="row"><label for="ldrchk-font"><?php esc_html_e( 'Font', 'leadership-self-check' ); ?></label></th>
					<td><input type="text" class="regular-text" id="ldrchk-font" name="<?php echo esc_attr( $field( 'font' ) ); ?>" value="<?php echo esc_attr( $s['font'] ); ?>" placeholder="Arial, sans-serif"></td>
				</tr>
				<tr>
					<th scope="row"><label for="ldrchk-fallback"><?php esc_html_e( 'Fallback link', 'leadership-self-check' ); ?></label></th>
					<td><input type="text" class="regular-text" id="ldrchk-fallback" name="<?php echo esc_attr( $field( 'fallback_href' ) ); ?>" value="<?php echo esc_attr( $s['fallback_href'] ); ?>" aria-describedby="ldrchk-fallback-help">
					<p class="description" id="ldrchk-fallback-help"><?php esc_html_e( 'A page of your site about the framework, linked in place of the widget if it cannot load (a shortcode or block may give its own).', 'leadership-self-check' ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="ldrchk-framework-origins"><?php esc_html_e( 'Sites allowed for framework documents', 'leadership-self-check' ); ?></label></th>
					<td><textarea class="regular-text code" rows="3" id="ldrchk-framework-origins" name="<?php echo esc_attr( $field( 'framework_origins' ) ); ?>" aria-describedby="ldrchk-framework-origins-help"><?php echo esc_textarea( implode( "\n", $s['framework_origins'] ) ); ?></textarea>
					<p class="description" id="ldrchk-framework-origins-help"><?php esc_html_e( 'Authors, Contributors and others without the unfiltered_html capability may give a framework document (framework_src) only from this site or from the sites listed here, one a line, such as https://data.example.org. Those with it (a single site\'s administrators, a network\'s super admins) may give any address.', 'leadership-self-check' ); ?></p></td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Content-Security-Policy', 'leadership-self-check' ); ?></h2>
		<p><?php esc_html_e( 'If your site sends a Content-Security-Policy, add these sources to its directives (for the settings saved above):', 'leadership-self-check' ); ?></p>
		<pre id="ldrchk-csp"><?php
		foreach ( ldrchk_csp_additions() as $directive => $sources ) {
			echo esc_html( $directive . ' ' . $sources ) . "\n";
		}
		?></pre>
	</div>
	<?php
}
