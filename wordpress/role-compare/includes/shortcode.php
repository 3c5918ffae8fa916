<?php
/**
 * The shortcode: `[role-compare a="operations-manager" b="procurement-manager" theme="light"]`.
 * Every attribute is optional (the default pair, the automatic theme).
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The shortcode's card.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function role_compare_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'a'     => '',
			'b'     => '',
			'theme' => '',
		),
		is_array( $atts ) ? $atts : array(),
		'role-compare'
	);
	return role_compare_render( $atts['a'], $atts['b'], $atts['theme'], 'class="role-compare-shortcode"' );
}
add_shortcode( 'role-compare', 'role_compare_shortcode' );
