<?php
// Router for PHP's built-in server (tests/hosts/wordpress.sh): Debian's
// WordPress from /usr/share/wordpress (the document root), its content from
// the test's own WP_CONTENT_DIR, every other address (pretty permalinks, the
// REST API) to WordPress's front controller.

// Debian's wp-config.php then loads /etc/wordpress/config-role-compare-tests.php.
$_SERVER['WORDPRESS_CONFIG'] = 'role-compare-tests';
const RC_ROOT = '/usr/share/wordpress';
const RC_TYPES = [
    'css' => 'text/css', 'js' => 'text/javascript', 'json' => 'application/json', 'svg' => 'image/svg+xml',
    'png' => 'image/png', 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'gif' => 'image/gif', 'webp' => 'image/webp',
    'wasm' => 'application/wasm', 'woff' => 'font/woff', 'woff2' => 'font/woff2', 'ttf' => 'font/ttf', 'txt' => 'text/plain', 'html' => 'text/html',
];

$rc_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?: '/');
if (str_contains($rc_path, '..')) {
    http_response_code(400);
    return true;
}

$rc_content = getenv('ROLE_COMPARE_WP_DIR') . '/wp-content';
$rc_file = str_starts_with($rc_path, '/wp-content/') ? $rc_content . substr($rc_path, strlen('/wp-content')) : RC_ROOT . $rc_path;
if (is_dir($rc_file) && is_file(rtrim($rc_file, '/') . '/index.php')) {
    $rc_file = rtrim($rc_file, '/') . '/index.php';
    $rc_path = rtrim($rc_path, '/') . '/index.php';
}
$rc_extension = strtolower(pathinfo($rc_file, PATHINFO_EXTENSION));
if (is_file($rc_file) && $rc_extension !== 'php') {
    header('Content-Type: ' . (RC_TYPES[$rc_extension] ?? 'application/octet-stream'));
    header('Content-Length: ' . filesize($rc_file));
    readfile($rc_file);
    return true;
}
if (!is_file($rc_file)) {
    [$rc_file, $rc_path] = [RC_ROOT . '/index.php', '/index.php'];
}
// The script runs in the global scope, as WordPress expects.
$_SERVER['SCRIPT_FILENAME'] = $rc_file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $rc_path;
chdir(dirname($rc_file));
unset($rc_content, $rc_extension, $rc_path);
require $rc_file;
return true;
