<?php
/**
 * The shortcode and the block: both print the widget's div form, which every role's content
 * filters keep, with a link inside that shows if the loader cannot run (the widget hides it).
 *
 * @package LeadershipSelfCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * [leadership_self_check view="self-check" mode="full" …]: any option of options.json, by its
 * name or its element attribute (heading_level or heading-level).
 *
 * @param array<string, string>|string $atts The shortcode's attributes ('' when none).
 */
function ldrchk_shortcode( $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		$given[ str_replace( '-', '_', (string) $name ) ] = (string) $value;
	}
	return ldrchk_render( $given, 'shortcode' );
}

/**
 * The block's output, rendered on the server from its saved attributes.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 */
function ldrchk_render_block( $attributes ) {
	$given = array();
	foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
		if ( is_scalar( $value ) ) {
			$given[ $name ] = (string) $value;
		}
	}
	return ldrchk_render( $given, 'block' );
}

/** Whether this is the block editor's preview (ServerSideRender), not a visitor's page. */
function ldrchk_in_editor() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read only, to choose what to show.
	return defined( 'REST_REQUEST' ) && REST_REQUEST && isset( $_GET['context'] ) && 'edit' === $_GET['context'];
}

/**
 * The widget's element. A value the widget does not allow is passed on as given, so that the
 * widget reports it (console warning and lsc:error) and uses its default, as it does on any
 * page; the editor's preview names it.
 *
 * @param array<string, string> $given Option name => value; empty values mean the default.
 * @param string                $kind  'shortcode' or 'block'.
 */
function ldrchk_render( array $given, string $kind ) {
	$settings = ldrchk_settings();
	if ( '' === ( $given['fallback_href'] ?? '' ) && '' !== $settings['fallback_href'] ) {
		$given['fallback_href'] = $settings['fallback_href'];
	}
	$attributes = ' data-leadership-self-check';
	$problems   = array();
	foreach ( ldrchk_options() as $option ) {
		$value = $given[ $option['name'] ] ?? '';
		if ( '' === $value ) {
			continue;
		}
		$attributes .= sprintf( ' data-%s="%s"', $option['attribute'], esc_attr( $value ) );
		$problem     = ldrchk_value_problem( $option, $value );
		if ( null !== $problem ) {
			$problems[] = $problem;
		}
	}
	if ( 'block' === $kind ) {
		$attributes .= ' ' . get_block_wrapper_attributes();
	}

	$href    = $given['fallback_href'] ?? '';
	$title   = __( 'Leadership for empowered and healthy communities: a self-check', 'leadership-self-check' );
	$inside  = ldrchk_is_web_link( $href )
		? sprintf( '<a href="%s">%s</a>', esc_url( $href ), esc_html__( 'Read the framework “Leadership for empowered and healthy communities”', 'leadership-self-check' ) )
		: esc_html( $title );
	$element = sprintf( '<div%s><p>%s</p></div>', $attributes, $inside );

	if ( ldrchk_in_editor() ) {
		$notes = '';
		foreach ( $problems as $problem ) {
			$notes .= '<p class="ldrchk-editor-problem">' . esc_html( $problem ) . '</p>';
		}
		return $notes . $element;
	}
	ldrchk_enqueue();
	return $element;
}

add_action( 'enqueue_block_editor_assets', 'ldrchk_editor_options' );

/** The options (names, allowed values, defaults) for the block's sidebar, from options.json. */
function ldrchk_editor_options() {
	$handle = generate_block_asset_handle( 'leadership-self-check/widget', 'editorScript' );
	wp_add_inline_script( $handle, 'window.ldrchkOptions = ' . wp_json_encode( ldrchk_options() ) . ';', 'before' );
}
