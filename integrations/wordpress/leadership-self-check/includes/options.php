<?php
/**
 * The widget's options, read from options.json: the file the widget's own build writes from its
 * option table (docs/options.json in its repository), so the plugin never keeps a second list.
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every option: name (the shortcode's and block's attribute), attribute (the element's), default,
 * description, and either values (the words allowed) or format ("url", "web-link").
 *
 * @return array<int, array<string, mixed>>
 */
function ldrchk_options() {
	static $options = null;
	if ( null === $options ) {
		$json    = file_get_contents( dirname( LDRCHK_PLUGIN_FILE ) . '/options.json' );
		$doc     = is_string( $json ) ? json_decode( $json, true ) : null;
		$options = is_array( $doc ) && isset( $doc['options'] ) && is_array( $doc['options'] ) ? $doc['options'] : array();
	}
	return $options;
}

/**
 * Why a value is not one the widget allows, or null when it is.
 *
 * @param array<string, mixed> $option One entry of ldrchk_options().
 * @param string               $value  The value given.
 */
function ldrchk_value_problem( array $option, string $value ) {
	if ( isset( $option['values'] ) ) {
		if ( in_array( trim( $value ), $option['values'], true ) ) {
			return null;
		}
		return sprintf(
			/* translators: 1: attribute name, 2: the value given, 3: the allowed values, 4: the default value */
			__( '%1$s="%2$s" is not one of %3$s; the widget will use the default, %4$s.', 'leadership-self-check' ),
			$option['name'],
			$value,
			implode( ', ', $option['values'] ),
			$option['default']
		);
	}
	if ( 'web-link' === ( $option['format'] ?? '' ) && ! ldrchk_is_web_link( $value ) ) {
		return sprintf(
			/* translators: 1: attribute name, 2: the value given */
			__( '%1$s="%2$s" is not a web address (https, http or relative); the widget will offer no link.', 'leadership-self-check' ),
			$option['name'],
			$value
		);
	}
	return null;
}

/**
 * Whether a link can only lead to a web page: relative, or http(s). As the widget decides.
 *
 * @param string $href The link.
 */
function ldrchk_is_web_link( string $href ) {
	$href = trim( $href );
	if ( '' === $href || preg_match( '/[\s\x00-\x1f\x7f]/u', $href ) ) {
		return false;
	}
	$colon = strpos( $href, ':' );
	if ( false === $colon ) {
		return true;
	}
	$path = strcspn( $href, '/?#' );
	if ( $path < $colon ) {
		return true;
	}
	return in_array( strtolower( substr( $href, 0, $colon ) ), array( 'http', 'https' ), true );
}

/**
 * The block's attributes: one string per option, empty meaning the widget's default.
 *
 * @return array<string, array<string, string>>
 */
function ldrchk_block_attributes() {
	$attributes = array();
	foreach ( ldrchk_options() as $option ) {
		$attributes[ $option['name'] ] = array(
			'type'    => 'string',
			'default' => '',
		);
	}
	return $attributes;
}
