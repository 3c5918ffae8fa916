<?php
/**
 * What the block's editor script needs (written by hand: the script uses the
 * wp.* globals and has no build step).
 *
 * @package RoleCompare
 */

return array(
	'dependencies' => array( 'wp-api-fetch', 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n', 'wp-url' ),
	'version'      => '0.1.0',
);
