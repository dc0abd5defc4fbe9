<?php
/**
 * Where the widget's files come from (bundled, or a CDN holding the same release), the loader's
 * script tag, and the site-wide colours and font.
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

const LSC_HANDLE       = 'leadership-self-check';
const LSC_THEME_HANDLE = 'leadership-self-check-theme';

/**
 * The settings, with defaults for any not saved.
 *
 * @return array{source: string, cdn_base: string, accent: string, background: string, font: string, fallback_href: string}
 */
function lsc_settings() {
	$saved = get_option( 'lsc_settings', array() );
	return array_merge(
		array(
			'source'        => 'bundled',
			'cdn_base'      => '',
			'accent'        => '',
			'background'    => '',
			'font'          => '',
			'fallback_href' => '',
		),
		is_array( $saved ) ? $saved : array()
	);
}

/**
 * The release's manifest.json (the loader's file name and integrity hash), shipped in assets/.
 *
 * @return array<string, mixed>|null
 */
function lsc_manifest() {
	static $manifest = false;
	if ( false === $manifest ) {
		$json     = @file_get_contents( dirname( LSC_PLUGIN_FILE ) . '/assets/manifest.json' ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a missing file is reported below.
		$doc      = is_string( $json ) ? json_decode( $json, true ) : null;
		$manifest = is_array( $doc ) && isset( $doc['embed']['file'], $doc['embed']['integrity'] ) ? $doc : null;
	}
	return $manifest;
}

/** The folder the widget's files are served from, with its final slash. */
function lsc_files_base() {
	$settings = lsc_settings();
	if ( 'cdn' === $settings['source'] && '' !== $settings['cdn_base'] ) {
		return trailingslashit( $settings['cdn_base'] );
	}
	return plugins_url( 'assets/', LSC_PLUGIN_FILE );
}

/** Registers the loader (printed only on pages whose content uses the widget) and the site's colours. */
function lsc_register_assets() {
	$manifest = lsc_manifest();
	if ( $manifest ) {
		// No ?ver= query: the file name changes with its content, and the integrity hash is of this file.
		wp_register_script( LSC_HANDLE, lsc_files_base() . $manifest['embed']['file'], array(), null, true );
	}
	wp_register_style( LSC_THEME_HANDLE, false, array(), LSC_VERSION );
	$css = lsc_theme_css();
	if ( '' !== $css ) {
		wp_add_inline_style( LSC_THEME_HANDLE, $css );
	}
}

/** Called when the page's content uses the widget. */
function lsc_enqueue() {
	wp_enqueue_script( LSC_HANDLE );
	if ( '' !== lsc_theme_css() ) {
		wp_enqueue_style( LSC_THEME_HANDLE );
	}
}

add_filter( 'script_loader_tag', 'lsc_script_tag', 10, 3 );

/**
 * The loader's tag: deferred, checked against the release's hash, fetched with CORS (which SRI
 * needs on another origin).
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    Its address.
 */
function lsc_script_tag( $tag, $handle, $src ) {
	$manifest = lsc_manifest();
	if ( LSC_HANDLE !== $handle || ! $manifest ) {
		return $tag;
	}
	return sprintf(
		'<script src="%s" id="%s-js" defer integrity="%s" crossorigin="anonymous"></script>' . "\n",
		esc_url( $src ),
		esc_attr( $handle ),
		esc_attr( $manifest['embed']['integrity'] )
	);
}

/** The site-wide custom properties, as a rule for the widget's element; empty when none are set. */
function lsc_theme_css() {
	$settings = lsc_settings();
	$props    = array();
	if ( '' !== $settings['accent'] ) {
		$props[] = '--lsc-accent:' . $settings['accent'];
		$props[] = '--lsc-on-accent:' . lsc_on_accent( $settings['accent'] );
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
function lsc_luminance( string $hex ) {
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
function lsc_contrast( string $a, string $b ) {
	$la = lsc_luminance( $a );
	$lb = lsc_luminance( $b );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/**
 * The buttons' text on the accent: white or near-black, whichever reads better (as the configurator chooses).
 *
 * @param string $accent The accent colour.
 */
function lsc_on_accent( string $accent ) {
	return lsc_contrast( $accent, '#ffffff' ) >= lsc_contrast( $accent, '#0b0c0c' ) ? '#ffffff' : '#0b0c0c';
}
