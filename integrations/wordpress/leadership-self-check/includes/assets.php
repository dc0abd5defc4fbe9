<?php
/**
 * Where the widget's files come from (bundled, or a CDN holding the same release), the loader's
 * script tag, and the site-wide colours and font.
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

const LDRCHK_HANDLE       = 'leadership-self-check';
const LDRCHK_THEME_HANDLE = 'leadership-self-check-theme';

/**
 * The release's manifest.json (the loader's file name and integrity hash), shipped in assets/.
 *
 * @return array<string, mixed>|null
 */
function ldrchk_manifest() {
	static $manifest = false;
	if ( false === $manifest ) {
		$json     = @file_get_contents( dirname( LDRCHK_PLUGIN_FILE ) . '/assets/manifest.json' ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a missing file is reported below.
		$doc      = is_string( $json ) ? json_decode( $json, true ) : null;
		$manifest = is_array( $doc ) && isset( $doc['embed']['file'], $doc['embed']['integrity'] ) ? $doc : null;
	}
	return $manifest;
}

/** The folder the widget's files are served from, with its final slash. */
function ldrchk_files_base() {
	$settings = ldrchk_settings();
	if ( 'cdn' === $settings['source'] && '' !== $settings['cdn_base'] ) {
		return trailingslashit( $settings['cdn_base'] );
	}
	return plugins_url( 'assets/', LDRCHK_PLUGIN_FILE );
}

/** Registers the loader (printed only on pages whose content uses the widget) and the site's colours. */
function ldrchk_register_assets() {
	$manifest = ldrchk_manifest();
	if ( $manifest ) {
		// No ?ver= query: the file name changes with its content, and the integrity hash is of this file.
		wp_register_script( LDRCHK_HANDLE, ldrchk_files_base() . $manifest['embed']['file'], array(), null, true );
	}
	wp_register_style( LDRCHK_THEME_HANDLE, false, array(), LDRCHK_VERSION );
	$css = ldrchk_theme_css();
	if ( '' !== $css ) {
		wp_add_inline_style( LDRCHK_THEME_HANDLE, $css );
	}
}

/** Called when the page's content uses the widget. */
function ldrchk_enqueue() {
	wp_enqueue_script( LDRCHK_HANDLE );
	if ( '' !== ldrchk_theme_css() ) {
		wp_enqueue_style( LDRCHK_THEME_HANDLE );
	}
}

add_filter( 'script_loader_tag', 'ldrchk_script_tag', 10, 2 );

/**
 * The loader's tag: deferred, checked against the release's hash, fetched with CORS (which SRI
 * needs on another origin). The attributes are added to the tag WordPress wrote, so that what
 * others put in it stays: a nonce from another script_loader_tag filter, and the inline scripts
 * of wp_add_inline_script() printed with it.
 *
 * @param string $tag    The tag WordPress wrote, with any inline scripts before and after it.
 * @param string $handle The script's handle.
 */
function ldrchk_script_tag( $tag, $handle ) {
	$manifest = ldrchk_manifest();
	if ( LDRCHK_HANDLE !== $handle || ! $manifest ) {
		return $tag;
	}
	$id = preg_quote( LDRCHK_HANDLE . '-js', '/' );
	return preg_replace_callback(
		'/<script\b[^>]*\sid=([\'"])' . $id . '\1[^>]*>/',
		function ( $match ) use ( $manifest ) {
			$open  = $match[0];
			$added = array(
				'defer'       => null,
				'integrity'   => $manifest['embed']['integrity'],
				'crossorigin' => 'anonymous',
			);
			$extra = '';
			foreach ( $added as $name => $value ) {
				if ( ! preg_match( '/\s' . $name . '(?:[\s=>]|$)/', $open ) ) {
					$extra .= ' ' . $name . ( null === $value ? '' : '="' . esc_attr( $value ) . '"' );
				}
			}
			return substr( $open, 0, -1 ) . $extra . '>';
		},
		$tag,
		1
	);
}

/**
 * The site-wide custom properties, as a rule for the widget's element; empty when none are set.
 * Printed into a style element: ldrchk_settings() has checked each value again as it read it.
 */
function ldrchk_theme_css() {
	$settings = ldrchk_settings();
	$props    = array();
	if ( '' !== $settings['accent'] ) {
		$props[] = '--lsc-accent:' . $settings['accent'];
		$props[] = '--lsc-on-accent:' . ldrchk_on_accent( $settings['accent'] );
	}
	if ( '' !== $settings['background'] ) {
		$props[] = '--lsc-background:' . $settings['background'];
	}
	if ( '' !== $settings['font'] ) {
		$props[] = '--lsc-font-family:' . $settings['font'];
	}
	return $props ? '[data-leadership-self-check]{' . implode( ';', $props ) . '}' : '';
}

/**
 * WCAG relative luminance of a #rrggbb colour.
 *
 * @param string $hex The colour.
 */
function ldrchk_luminance( string $hex ) {
	$sum = 0.0;
	foreach ( array( 0.2126, 0.7152, 0.0722 ) as $i => $weight ) {
		$v    = hexdec( substr( $hex, 1 + 2 * $i, 2 ) ) / 255;
		$sum += $weight * ( $v <= 0.04045 ? $v / 12.92 : pow( ( $v + 0.055 ) / 1.055, 2.4 ) );
	}
	return $sum;
}

/**
 * WCAG contrast ratio of two #rrggbb colours.
 *
 * @param string $a One colour.
 * @param string $b The other.
 */
function ldrchk_contrast( string $a, string $b ) {
	$la = ldrchk_luminance( $a );
	$lb = ldrchk_luminance( $b );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/**
 * The buttons' text on the accent: white or near-black, whichever reads better (as the configurator chooses).
 *
 * @param string $accent The accent colour.
 */
function ldrchk_on_accent( string $accent ) {
	return ldrchk_contrast( $accent, '#ffffff' ) >= ldrchk_contrast( $accent, '#0b0c0c' ) ? '#ffffff' : '#0b0c0c';
}
