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
 * name or its element attribute (heading_level or heading-level). The attributes are text of the
 * post's HTML, so their character references are decoded once here: every check below sees the
 * value that the browser will read from the element, and the element holds exactly that value.
 *
 * @param array<string, string>|string $atts The shortcode's attributes ('' when none).
 */
function ldrchk_shortcode( $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		$given[ str_replace( '-', '_', (string) $name ) ] = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	return ldrchk_render( $given, 'shortcode' );
}

/**
 * The block's output, rendered on the server from its saved attributes (plain strings).
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
	return defined( 'REST_REQUEST' ) && REST_REQUEST && isset( $_GET['context'] ) && 'edit' === sanitize_key( wp_unslash( $_GET['context'] ) );
}

/**
 * Whether the content being rendered may name any address for the widget to fetch: its author
 * has unfiltered_html (a single site's administrators and editors, a network's super admins,
 * nobody under DISALLOW_UNFILTERED_HTML). The author of the post, not whoever views it or last
 * approved it; in the editor's preview without a post, the user editing.
 */
function ldrchk_content_trusted() {
	$post = get_post();
	if ( $post ) {
		return user_can( (int) $post->post_author, 'unfiltered_html' );
	}
	return ldrchk_in_editor() && current_user_can( 'unfiltered_html' );
}

/**
 * Whether the browser, fetching this address from a page of the site, would ask this site or a
 * site an administrator allowed in the settings: a path, or an http(s) address of this site's
 * origin or an allowed one. Addresses with white space, control characters or backslashes
 * (which browsers drop or read as slashes) are refused.
 *
 * @param string $url The address, as the element will hold it.
 */
function ldrchk_is_allowed_fetch( string $url ) {
	if ( preg_match( '/[\x00-\x20\x7f\\\\]/', $url ) ) {
		return false;
	}
	if ( str_starts_with( $url, '//' ) ) {
		$url = wp_parse_url( home_url(), PHP_URL_SCHEME ) . ':' . $url;
	} elseif ( ! preg_match( '/^[a-z][a-z0-9+.-]*:/i', $url ) ) {
		return true; // A path on this site.
	}
	$origin  = ldrchk_origin( $url );
	$allowed = array_merge(
		array( ldrchk_origin( home_url( '/' ) ), ldrchk_origin( site_url( '/' ) ) ),
		ldrchk_settings()['framework_origins']
	);
	return '' !== $origin && in_array( $origin, $allowed, true );
}

add_filter( 'wp_kses_allowed_html', 'ldrchk_kses_allowed_html' );

/**
 * HTML saved by roles without unfiltered_html keeps data-* attributes, so the widget's element
 * written by hand could name a document to fetch with no check. From such HTML the attributes of
 * the options that are addresses to fetch (data-framework-src) are dropped when it is saved: the
 * shortcode and the block give them, checked.
 *
 * @param array<string, mixed> $tags The elements and attributes allowed.
 */
function ldrchk_kses_allowed_html( $tags ) {
	if ( ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( ldrchk_options() as $option ) {
		if ( 'url' !== ( $option['format'] ?? '' ) ) {
			continue;
		}
		foreach ( $tags as $name => $attributes ) {
			if ( is_array( $attributes ) && ! empty( $attributes['data-*'] ) ) {
				// A rule of its own replaces data-*'s; it keeps only an empty value.
				$tags[ $name ][ 'data-' . $option['attribute'] ] = array( 'maxlen' => 0 );
			}
		}
	}
	return $tags;
}

/**
 * The widget's element. A value the widget does not allow is passed on as given, so that the
 * widget reports it (console warning and lsc:error) and uses its default, as it does on any
 * page; the editor's preview names it. An address for the widget to fetch that the content's
 * author may not give is left out (the widget uses its own framework), and the preview says why.
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
		if ( 'url' === ( $option['format'] ?? '' ) && ! ldrchk_content_trusted() && ! ldrchk_is_allowed_fetch( $value ) ) {
			$problems[] = sprintf(
				/* translators: 1: attribute name, 2: the value given */
				__( '%1$s="%2$s" is not allowed: without the unfiltered_html capability, a document must come from this site or from a site allowed in Settings → Leadership self-check. The widget will use its own framework.', 'leadership-self-check' ),
				$option['name'],
				$value
			);
			continue;
		}
		// Escaped in full (no character reference left as it was): the element holds $value.
		$attributes .= sprintf( ' data-%s="%s"', $option['attribute'], htmlspecialchars( $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', true ) );
		$problem     = ldrchk_value_problem( $option, $value );
		if ( null !== $problem ) {
			$problems[] = $problem;
		}
	}
	if ( 'block' === $kind ) {
		$attributes .= ' ' . get_block_wrapper_attributes();
	}

	$href   = $given['fallback_href'] ?? '';
	$url    = esc_url( $href );
	$title  = __( 'Leadership for empowered and healthy communities: a self-check', 'leadership-self-check' );
	// Both the address given and the one printed must be web links: esc_url() drops characters
	// and protocols it does not allow, and what is left must still be a link to a web page.
	$inside  = ldrchk_is_web_link( $href ) && '' !== $url && ldrchk_is_web_link( html_entity_decode( $url, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) )
		? sprintf( '<a href="%s">%s</a>', $url, esc_html__( 'Read the framework “Leadership for empowered and healthy communities”', 'leadership-self-check' ) )
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
