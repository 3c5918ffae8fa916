<?php
/**
 * Plugin Name: role-compare tests
 * Description: Test-only settings of the throwaway WordPress in tests/hosts: lets
 * WordPress fetch the widget host on loopback (oEmbed discovery), sends no mail,
 * and loads role-compare.js on pages that use the <div data-role-compare> form.
 */

// The widget host stands in for a public host: stock WordPress fetches only
// from public hosts on standard ports.
$rc_widget = wp_parse_url(ROLE_COMPARE_WIDGET_URL);
add_filter('http_request_host_is_external', fn($external, $host) => $external || $host === $rc_widget['host'], 10, 2);
add_filter('http_allowed_safe_ports', fn($ports) => array_merge($ports, [$rc_widget['port'] ?? 80]));

// No mail server.
add_filter('pre_wp_mail', '__return_false');

// The script loaded site-wide, as a theme or a header plugin would, for the div
// form (which Authors may post); only where a post uses it, so the other forms
// are tested with their own script tags.
add_action('wp_head', function () {
    if (is_singular() && str_contains(get_post()->post_content ?? '', 'data-role-compare')) {
        printf("<script type=\"module\" src=\"%s\"></script>\n", esc_url(ROLE_COMPARE_WIDGET_URL . 'role-compare.js'));
    }
});
