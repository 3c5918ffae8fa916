<?php
/**
 * The "Role comparison" block (`role-compare/card`): dynamic, rendered on the
 * server like the shortcode, so any author may insert it (the post stores
 * only the block's comment with its attributes, which kses keeps).
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the block from its block.json, with the editor's list of roles. */
function role_compare_register_block() {
	register_block_type(
		ROLE_COMPARE_DIR . 'block',
		array( 'render_callback' => 'role_compare_render_block' )
	);
	$roles = array();
	foreach ( role_compare_roles() as $id => $role ) {
		$roles[] = array(
			'id'     => $id,
			'title'  => $role['title'],
			'family' => $role['family'],
		);
	}
	$editor = array(
		'roles'   => $roles,
		'default' => role_compare_default_pair(),
		'built'   => null !== role_compare_build(),
	);
	wp_add_inline_script(
		generate_block_asset_handle( 'role-compare/card', 'editorScript' ),
		'window.roleCompareEditor = ' . wp_json_encode( $editor ) . ';',
		'before'
	);
}
add_action( 'init', 'role_compare_register_block' );

/**
 * The block on the page (and in the editor's preview, through the
 * block-renderer endpoint).
 *
 * @param array $attributes The block's attributes (roleA, roleB, theme).
 * @return string
 */
function role_compare_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	return role_compare_render(
		$attributes['roleA'] ?? null,
		$attributes['roleB'] ?? null,
		$attributes['theme'] ?? null,
		get_block_wrapper_attributes()
	);
}
