<?php
/**
 * Plugin Name:       Role comparison
 * Plugin URI:        https://github.com/role-compare/role-compare
 * Description:       Compare two operations and supply-chain job roles side by side: a block and a [role-compare] shortcode whose card is rendered into the page by the plugin, and pasted pair addresses embed without discovery.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            role-compare
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       role-compare
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The plugin's version (the packaging step writes the widget's crate version here). */
define( 'ROLE_COMPARE_VERSION', '0.1.0' );
/** This file, for plugins_url() and the plugin's own paths. */
define( 'ROLE_COMPARE_FILE', __FILE__ );
/** The plugin's folder, with a trailing slash. */
define( 'ROLE_COMPARE_DIR', plugin_dir_path( __FILE__ ) );
/** The one option the plugin stores: another host for the widget's files (empty: this blog). */
define( 'ROLE_COMPARE_OPTION', 'role_compare_host' );
/** Where the pair pages are published when the setting names no other host. */
define( 'ROLE_COMPARE_HOSTED_SITE', 'https://role-compare.github.io/role-compare/' );

require_once ROLE_COMPARE_DIR . 'includes/data.php';
require_once ROLE_COMPARE_DIR . 'includes/render.php';
require_once ROLE_COMPARE_DIR . 'includes/assets.php';
require_once ROLE_COMPARE_DIR . 'includes/block.php';
require_once ROLE_COMPARE_DIR . 'includes/shortcode.php';
require_once ROLE_COMPARE_DIR . 'includes/embed.php';
require_once ROLE_COMPARE_DIR . 'includes/settings.php';
