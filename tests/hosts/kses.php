<?php
// Prints what the test WordPress's wp_kses_post() (the filter an Author's or
// Contributor's post passes on save) leaves of the HTML on standard input.
// Run with ROLE_COMPARE_WP_DIR set (tests/hosts/wordpress.sh's DIR/env).
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$url = getenv('WP_URL');
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['WORDPRESS_CONFIG'] = 'role-compare-tests';
require '/usr/share/wordpress/wp-load.php';
echo wp_kses_post(stream_get_contents(STDIN));
