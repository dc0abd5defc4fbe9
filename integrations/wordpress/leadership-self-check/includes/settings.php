<?php
/**
 * Settings → Leadership self-check: where the files come from, site-wide colours and font, a
 * default fallback link, and the Content-Security-Policy additions for that choice.
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'ldrchk_register_settings' );
add_action( 'admin_menu', 'ldrchk_settings_menu' );

/** The one option that holds every setting. */
function ldrchk_register_settings() {
	register_setting(
		'ldrchk_settings',
		'ldrchk_settings',
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
 * Keeps only values that are safe to print into a script address or a style rule; anything else
 * is dropped with a message saying why.
 *
 * @param mixed $input The submitted settings.
 */
function ldrchk_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = ldrchk_settings();
	$error = function ( $field, $message ) {
		add_settings_error( 'ldrchk_settings', 'ldrchk_' . $field, $message );
	};

	$clean['source'] = ( $input['source'] ?? '' ) === 'cdn' ? 'cdn' : 'bundled';
	$base            = trim( (string) ( $input['cdn_base'] ?? '' ) );
	$clean['cdn_base'] = '';
	if ( '' !== $base ) {
		if ( filter_var( $base, FILTER_VALIDATE_URL ) && 'https' === wp_parse_url( $base, PHP_URL_SCHEME ) && ! preg_match( '/["\'<>\s]/', $base ) ) {
			$clean['cdn_base'] = trailingslashit( esc_url_raw( $base ) );
		} else {
			$error( 'cdn_base', __( 'The CDN base URL must be an https:// address; it was not saved.', 'leadership-self-check' ) );
		}
	}
	if ( 'cdn' === $clean['source'] && '' === $clean['cdn_base'] ) {
		$clean['source'] = 'bundled';
		$error( 'source', __( 'Without a CDN base URL the bundled files are used.', 'leadership-self-check' ) );
	}

	foreach ( array( 'accent', 'background' ) as $field ) {
		$colour          = ldrchk_six_digit_colour( trim( (string) ( $input[ $field ] ?? '' ) ) );
		$clean[ $field ] = $colour ?? '';
		if ( null === $colour && '' !== trim( (string) ( $input[ $field ] ?? '' ) ) ) {
			/* translators: %s: the field's name */
			$error( $field, sprintf( __( 'The %s colour must be written #rrggbb; it was not saved.', 'leadership-self-check' ), $field ) );
		}
	}

	$font          = trim( (string) ( $input['font'] ?? '' ) );
	$clean['font'] = preg_match( '/^[A-Za-z0-9 ,\'"-]{1,200}$/', $font ) ? $font : '';
	if ( '' !== $font && '' === $clean['font'] ) {
		$error( 'font', __( 'The font may hold only letters, digits, spaces, commas, quotes and hyphens; it was not saved.', 'leadership-self-check' ) );
	}

	$href                   = trim( (string) ( $input['fallback_href'] ?? '' ) );
	$clean['fallback_href'] = ldrchk_is_web_link( $href ) ? $href : '';
	if ( '' !== $href && '' === $clean['fallback_href'] ) {
		$error( 'fallback_href', __( 'The fallback link must be an https, http or relative address; it was not saved.', 'leadership-self-check' ) );
	}
	return $clean;
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

/** The origin of a URL (scheme, host, port), or '' when it has none. */
function ldrchk_origin( string $url ) {
	$parts = wp_parse_url( $url );
	if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	return $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

/**
 * What a Content-Security-Policy must allow for the widget as configured, directive => sources.
 * The loader and the Wasm come from the files' origin ('self' when that is the site's own); the
 * Wasm is compiled ('wasm-unsafe-eval'); the site-wide colours are an inline style element, allowed
 * by its hash.
 *
 * @return array<string, string>
 */
function ldrchk_csp_additions() {
	$files  = ldrchk_origin( ldrchk_files_base() );
	$source = ( '' === $files || ldrchk_origin( home_url( '/' ) ) === $files ) ? "'self'" : $files;
	$csp    = array(
		'script-src'  => $source . " 'wasm-unsafe-eval'",
		'connect-src' => $source,
	);
	$css    = ldrchk_theme_css();
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
