<?php
/**
 * Deleting the plugin removes what it stored: its one option (on every site
 * of a network). Posts keep what authors wrote: without the plugin its
 * blocks show nothing and its shortcodes show as text, as with any plugin
 * removed.
 *
 * @package RoleCompare
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $role_compare_site ) {
		switch_to_blog( $role_compare_site );
		delete_option( 'role_compare_host' );
		restore_current_blog();
	}
} else {
	delete_option( 'role_compare_host' );
}
