<?php
/**
 * The test site's stand-in for what other plugins and site owners do around the widget, copied
 * into wp-content/mu-plugins by tests/wordpress/run. Active only on requests with
 * ?lsc_test_csp=1: a nonce-based Content-Security-Policy (as a security plugin sends it), with
 * the nonce added to every script tag through WordPress's own filters, and another plugin's
 * inline script on the widget's loader (wp_add_inline_script).
 *
 * @package LeadershipSelfCheck
 */

// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a test switch, no action taken.
if ( empty( $_GET['lsc_test_csp'] ) ) {
	return;
}

const LSC_TEST_NONCE = 'lsc-test-nonce-3f9a';

add_filter(
	'script_loader_tag',
	function ( $tag ) {
		return str_replace( '<script ', '<script nonce="' . LSC_TEST_NONCE . '" ', $tag );
	}
);
add_filter(
	'wp_inline_script_attributes',
	function ( $attributes ) {
		return array_merge( $attributes, array( 'nonce' => LSC_TEST_NONCE ) );
	}
);
add_filter(
	'wp_script_attributes',
	function ( $attributes ) {
		return array_merge( $attributes, array( 'nonce' => LSC_TEST_NONCE ) );
	}
);
// WordPress 6.1 prints its emoji loader without the script filters (so without a nonce).
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
add_action(
	'send_headers',
	function () {
		header( "Content-Security-Policy: script-src 'nonce-" . LSC_TEST_NONCE . "' 'wasm-unsafe-eval' 'report-sample'" );
	}
);
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_add_inline_script( 'leadership-self-check', 'window.lscTestInline = "before";', 'before' );
	}
);
