<?php
/**
 * Pasted pair addresses: a pair page's address on its own line
 * (`https://role-compare.github.io/role-compare/compare/<a>-vs-<b>.html`, or
 * the configured host's; a frame page's, `embed/<a>-vs-<b>.html?theme=dark`,
 * too) becomes the pair's card, rendered by the plugin
 * like the shortcode: no discovery, no request to the other site, and the
 * same for every author (the post keeps only the address).
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The pattern of a pair page's or frame page's address on the hosted site and
 * on the configured host: `…/compare/<a>-vs-<b>.html` or `…/embed/…`, ids as
 * match groups `a` and `b` (checked when the card renders), then any query.
 */
function role_compare_embed_pattern() {
	$sites = array( ROLE_COMPARE_HOSTED_SITE );
	$host  = role_compare_configured_host();
	if ( '' !== $host ) {
		$sites[] = $host;
	}
	$sites = array_map(
		function ( $site ) {
			// Either scheme: an address may be pasted as http or https.
			return preg_quote( preg_replace( '#^https?://#i', '', $site ), '#' );
		},
		array_unique( $sites )
	);
	return '#^https?://(?:' . implode( '|', $sites ) . ')(?:compare|embed)/(?P<a>[a-z0-9-]+?)-vs-(?P<b>[a-z0-9-]+)\.html(?:[?\#].*)?$#i';
}

/** Registers the pair pages' addresses as an embed handler. */
function role_compare_register_embed() {
	wp_embed_register_handler( 'role-compare', role_compare_embed_pattern(), 'role_compare_embed' );
}
add_action( 'init', 'role_compare_register_embed' );

/**
 * The theme an address asks for (`?theme=light` or `dark`, as a frame page
 * takes it), or null.
 *
 * @param string $url A pasted address.
 */
function role_compare_embed_theme( $url ) {
	$query = wp_parse_url( $url, PHP_URL_QUERY );
	if ( ! is_string( $query ) ) {
		return null;
	}
	wp_parse_str( $query, $args );
	$theme = $args['theme'] ?? null;
	return is_string( $theme ) && in_array( $theme, ROLE_COMPARE_THEMES, true ) ? $theme : null;
}

/**
 * A pasted pair address, in a post: the shortcode of its pair, so the card
 * goes into the page after wpautop and wptexturize (like every shortcode),
 * which would otherwise break its markup in a post without blocks.
 *
 * @param array  $matches The address's match groups.
 * @param array  $attr    The embed's attributes (unused).
 * @param string $url     The address.
 * @return string
 */
function role_compare_embed( $matches, $attr, $url ) {
	$theme = role_compare_embed_theme( $url );
	return sprintf(
		'[role-compare a="%s" b="%s"%s]',
		esc_attr( strtolower( $matches['a'] ) ),
		esc_attr( strtolower( $matches['b'] ) ),
		null === $theme ? '' : ' theme="' . esc_attr( $theme ) . '"'
	);
}

/**
 * The editor's preview of a pasted pair address: the oEmbed proxy answers
 * with the card rendered here, before WordPress tries to discover the
 * other site's oEmbed file (a request the plugin makes unnecessary).
 *
 * @param mixed           $result  The response so far (null: none yet).
 * @param WP_REST_Request $request The request.
 * @return mixed
 */
function role_compare_embed_preview( $result, $request ) {
	if ( null !== $result || '/oembed/1.0/proxy' !== $request->get_route() ) {
		return $result;
	}
	$url = (string) $request->get_param( 'url' );
	if ( ! preg_match( role_compare_embed_pattern(), $url, $matches ) ) {
		return $result;
	}
	$html = role_compare_render( strtolower( $matches['a'] ), strtolower( $matches['b'] ), role_compare_embed_theme( $url ), 'class="role-compare-embed"' );
	return array(
		'version'       => '1.0',
		'type'          => 'rich',
		'provider_name' => 'role-compare',
		'provider_url'  => role_compare_pages_url(),
		'html'          => $html,
	);
}
add_filter( 'rest_dispatch_request', 'role_compare_embed_preview', 10, 2 );
