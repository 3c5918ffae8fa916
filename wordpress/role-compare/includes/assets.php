<?php
/**
 * The widget's script, `role-compare.js`: a module that defines the
 * `<role-compare>` element and loads the card's core when a reader reaches
 * for a card. Enqueued only on pages that show a card, and in the editor
 * (so its preview comes alive too).
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The script's handle. */
const ROLE_COMPARE_SCRIPT = 'role-compare';

/**
 * Registers `role-compare.js` from the widget's address (the plugin's own
 * copy, or the host the setting names), printed in the footer.
 */
function role_compare_register_widget() {
	if ( wp_script_is( ROLE_COMPARE_SCRIPT, 'registered' ) ) {
		return;
	}
	$own   = '' === role_compare_configured_host();
	$build = role_compare_build();
	// The plugin's copy changes with each build; another host's files are its own business.
	$version = $own ? ROLE_COMPARE_VERSION . '-' . ( $build['assets'] ?? 'source' ) : null;
	wp_register_script( ROLE_COMPARE_SCRIPT, role_compare_widget_url() . 'role-compare.js', array(), $version, true );
}
add_action( 'init', 'role_compare_register_widget' );

/** Enqueues `role-compare.js` (a card is on the page). */
function role_compare_enqueue_widget() {
	role_compare_register_widget();
	wp_enqueue_script( ROLE_COMPARE_SCRIPT );
}

/**
 * Prints `role-compare.js` as a module script: it uses `import.meta.url` to
 * find the core beside it. (WordPress 6.1 has no script-module API; this
 * filter works on every version since.)
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 */
function role_compare_module_tag( $tag, $handle, $src ) {
	if ( ROLE_COMPARE_SCRIPT !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( ROLE_COMPARE_SCRIPT ) . '-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'role_compare_module_tag', 10, 3 );

/**
 * In the editor, the widget's script too: the block's preview is the
 * pre-rendered card, which it takes over when the author reaches for it.
 * (`enqueue_block_assets` also reaches an editor that runs in a frame.)
 */
function role_compare_editor_widget() {
	if ( is_admin() ) {
		role_compare_enqueue_widget();
	}
}
add_action( 'enqueue_block_editor_assets', 'role_compare_editor_widget' );
add_action( 'enqueue_block_assets', 'role_compare_editor_widget' );

/**
 * Keeps wptexturize() out of the card: its texts stay exactly as the core
 * draws them (straight quotes, no curly ones), so taking it over changes
 * nothing a reader sees.
 *
 * @param string[] $tags Elements whose text wptexturize() leaves alone.
 */
function role_compare_no_texturize( $tags ) {
	$tags[] = 'role-compare';
	return $tags;
}
add_filter( 'no_texturize_tags', 'role_compare_no_texturize' );
