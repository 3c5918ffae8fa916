<?php
/**
 * The card in a post: the shipped pre-rendered `<role-compare>` element of the
 * pair (the whole card in declarative shadow DOM, then its plain-HTML
 * fallback), with the addresses and the theme filled in. Every form (the
 * block, the shortcode, a pasted pair address) renders through
 * role_compare_render().
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Where a shipped card names the widget's files (the stylesheet it links). */
const ROLE_COMPARE_WIDGET_PLACEHOLDER = '%%RC_WIDGET%%';
/** Where a shipped card names the pair pages (its links). */
const ROLE_COMPARE_PAGES_PLACEHOLDER = '%%RC_PAGES%%';

/**
 * The host named in the setting, ending in `/`, or '' for none.
 */
function role_compare_configured_host() {
	$host = get_option( ROLE_COMPARE_OPTION, '' );
	return is_string( $host ) && role_compare_is_http_url( $host ) ? trailingslashit( $host ) : '';
}

/**
 * The address of the widget's files (`role-compare.js`, the core, the
 * stylesheet), ending in `/`: the plugin's own copy on this blog, unless the
 * setting names another host.
 */
function role_compare_widget_url() {
	$host = role_compare_configured_host();
	return '' !== $host ? $host : plugins_url( 'widget/', ROLE_COMPARE_FILE );
}

/**
 * The address of the pair pages (`compare/<a>-vs-<b>.html`), ending in `/`:
 * the hosted site, unless the setting names another host.
 */
function role_compare_pages_url() {
	$host = role_compare_configured_host();
	/**
	 * Filters where a card's links to the pair pages point.
	 *
	 * @param string $url The pages' address, ending in `/`.
	 */
	return (string) apply_filters( 'role_compare_pages_url', '' !== $host ? $host : ROLE_COMPARE_HOSTED_SITE );
}

/**
 * The pre-rendered card of a pair (roles in page order) with the addresses
 * and the theme filled in; '' when its file is missing.
 *
 * The file is trusted build output (Leptos rendered it with every text
 * escaped, and the packaging step checked it); what goes into it here is
 * escaped: two addresses through esc_url() and a theme from a fixed list.
 *
 * @param string $a     First role id, in page order.
 * @param string $b     Second role id.
 * @param string $theme One of ROLE_COMPARE_THEMES.
 */
function role_compare_card_html( $a, $b, $theme ) {
	$markup = role_compare_card_markup( $a, $b );
	if ( '' === $markup ) {
		return '';
	}
	$markup = strtr(
		$markup,
		array(
			ROLE_COMPARE_WIDGET_PLACEHOLDER => esc_url( role_compare_widget_url() ),
			ROLE_COMPARE_PAGES_PLACEHOLDER  => esc_url( role_compare_pages_url() ),
		)
	);
	if ( 'auto' !== $theme && in_array( $theme, ROLE_COMPARE_THEMES, true ) ) {
		// The element's attribute (read by the core when it takes over) and the pre-rendered card's.
		$markup = preg_replace( '/^<role-compare /', '<role-compare theme="' . esc_attr( $theme ) . '" ', $markup, 1 );
		$markup = preg_replace( '/ data-theme="auto"/', ' data-theme="' . esc_attr( $theme ) . '"', $markup, 1 );
	}
	return $markup;
}

/**
 * The fallback of a pre-rendered card: the element's light-DOM children (the
 * pair's title linked to its page, its key differences, its bottom line).
 *
 * @param string $card What role_compare_card_html() returned.
 */
function role_compare_fallback_html( $card ) {
	$start = strpos( $card, '</template>' );
	$end   = strrpos( $card, '</role-compare>' );
	if ( false === $start || false === $end || $end < $start ) {
		return '';
	}
	$start += strlen( '</template>' );
	return substr( $card, $start, $end - $start );
}

/**
 * True when the notes about bad input may be shown: to people who may edit
 * the post (or, outside a post, posts), never to readers.
 */
function role_compare_show_notices() {
	$post_id = get_the_ID();
	return $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
}

/**
 * A note for the post's editors listing what was wrong with the input.
 *
 * @param string[] $problems Sentences, not yet escaped.
 */
function role_compare_notice_html( $problems ) {
	if ( ! $problems || ! role_compare_show_notices() ) {
		return '';
	}
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return '<div class="role-compare-notice" role="note" style="border-left:4px solid #d63638;background:#fcf0f1;color:#1e1e1e;padding:8px 12px;margin:0 0 12px">'
		. '<p style="margin:0"><strong>' . esc_html__( 'Role comparison: only people who can edit this post see this note.', 'role-compare' ) . '</strong></p>'
		. '<ul style="margin:4px 0 0">' . $items . '</ul></div>';
}

/**
 * The card for a pair as given by an author, in a wrapper element, ready for
 * the page: the pre-rendered card (and `role-compare.js` enqueued, so it
 * comes alive when the reader reaches for it); for an unknown role, the
 * fallback of the nearest valid pair only; for the post's editors, a note
 * on anything that was wrong. Never warns: whatever it is given, it returns
 * HTML.
 *
 * @param mixed  $role_a  The first role as given.
 * @param mixed  $role_b  The second role as given.
 * @param mixed  $theme   The theme as given.
 * @param string $wrapper The wrapper's attributes, already escaped (e.g. get_block_wrapper_attributes()).
 */
function role_compare_render( $role_a, $role_b, $theme, $wrapper ) {
	$pair   = role_compare_resolve( $role_a, $role_b, $theme );
	$card   = role_compare_card_html( $pair['a'], $pair['b'], $pair['theme'] );
	$notice = role_compare_notice_html( $pair['problems'] );

	if ( '' === $card ) {
		// A copy of the plugin without its built files: a link to the pair's hosted page.
		$roles  = role_compare_roles();
		$title  = isset( $roles[ $pair['a'] ], $roles[ $pair['b'] ] )
			? $roles[ $pair['a'] ]['title'] . ' vs ' . $roles[ $pair['b'] ]['title']
			: __( 'Role comparison', 'role-compare' );
		$notice = role_compare_notice_html( array( __( 'The plugin’s card files are missing: install the plugin from its built zip file.', 'role-compare' ) ) );
		$link   = role_compare_pages_url() . 'compare/' . rawurlencode( $pair['a'] ) . '-vs-' . rawurlencode( $pair['b'] ) . '.html';
		return '<div ' . $wrapper . '>' . $notice . '<p><a href="' . esc_url( $link ) . '">' . esc_html( $title ) . '</a></p></div>';
	}
	if ( ! $pair['roles_ok'] ) {
		// The fallback is part of the trusted card file (see role_compare_card_html()).
		return '<div ' . $wrapper . '>' . $notice . role_compare_fallback_html( $card ) . '</div>';
	}
	role_compare_enqueue_widget();
	// The card is trusted build output with escaped values filled in (see role_compare_card_html()).
	return '<div ' . $wrapper . '>' . $notice . $card . '</div>';
}

/**
 * True for an absolute http(s) address with a host and no query or fragment
 * (the address of a folder of files).
 *
 * @param string $url An address.
 */
function role_compare_is_http_url( $url ) {
	$parts = wp_parse_url( $url );
	return is_array( $parts )
		&& isset( $parts['scheme'], $parts['host'] )
		&& ! isset( $parts['query'] )
		&& ! isset( $parts['fragment'] )
		&& ! isset( $parts['user'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& '' !== $parts['host']
		&& esc_url_raw( $url, array( 'http', 'https' ) ) === $url;
}
