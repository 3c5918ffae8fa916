<?php
// Installs the test WordPress (Debian has no wp-cli): wp_install(), pretty
// permalinks, an Administrator and an Author with application passwords, and
// activates every plugin in wp-content/plugins. Prints KEY=value lines for
// DIR/env. Run by tests/hosts/wordpress.sh with ROLE_COMPARE_WP_DIR set;
// argument: the site's address.
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$url = $argv[1];
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['WORDPRESS_CONFIG'] = 'role-compare-tests';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
// No mail server: WordPress mails the new site's owner.
add_filter('pre_wp_mail', '__return_false');

const PASSWORD = 'throwaway-login-password';
$installed = wp_install('role-compare tests', 'admin', 'admin@example.test', true, '', PASSWORD);
if (is_wp_error($installed)) {
    fwrite(STDERR, $installed->get_error_message() . "\n");
    exit(1);
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
$wp_rewrite->flush_rules();

$users = ['ADMIN' => get_user_by('login', 'admin')->ID];
$author = wp_insert_user(['user_login' => 'author', 'user_pass' => PASSWORD, 'user_email' => 'author@example.test',
    'display_name' => 'An Author', 'role' => 'author']);
if (is_wp_error($author)) {
    fwrite(STDERR, $author->get_error_message() . "\n");
    exit(1);
}
$users['AUTHOR'] = $author;

foreach ($users as $key => $id) {
    [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
    $login = get_userdata($id)->user_login;
    echo "WP_{$key}_ID=$id\nWP_{$key}_USER=$login\nWP_{$key}_APP_PASSWORD=$password\n";
}
echo "WP_LOGIN_PASSWORD=" . PASSWORD . "\n";

// The plugin under test, if wordpress.sh unpacked one.
foreach (array_keys(get_plugins()) as $plugin) {
    $activated = activate_plugin($plugin);
    if (is_wp_error($activated)) {
        fwrite(STDERR, "$plugin: " . $activated->get_error_message() . "\n");
        exit(1);
    }
    echo "WP_PLUGIN=$plugin\n";
}
