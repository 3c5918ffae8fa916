<?php
/**
 * The plugin's one setting (Settings → Role comparison): another host for the
 * widget's files and the pair pages. Empty by default: the widget's files
 * come from the plugin's own copy on this blog, and cards link to the hosted
 * pair pages.
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The settings page's slug (options-general.php?page=…) and option group. */
const ROLE_COMPARE_SETTINGS_PAGE = 'role-compare';

/** Registers the setting, with its check. */
function role_compare_register_setting() {
	register_setting(
		ROLE_COMPARE_SETTINGS_PAGE,
		ROLE_COMPARE_OPTION,
		array(
			'type'              => 'string',
			'description'       => __( 'Another host for the role comparison widget\'s files (an http or https address); empty for this blog.', 'role-compare' ),
			'sanitize_callback' => 'role_compare_sanitize_host',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'role_compare_register_setting' );

/**
 * The setting as given, if it is empty or an http(s) address; anything else
 * is refused with a message, and the setting keeps its value.
 *
 * @param mixed $value What was submitted.
 * @return string
 */
function role_compare_sanitize_host( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	if ( role_compare_is_http_url( $value ) ) {
		return trailingslashit( $value );
	}
	// WordPress calls this twice when the option is first added: one message is enough.
	$reported = wp_list_pluck( get_settings_errors( ROLE_COMPARE_OPTION ), 'code' );
	if ( ! in_array( 'role_compare_host_refused', $reported, true ) ) {
		add_settings_error(
			ROLE_COMPARE_OPTION,
			'role_compare_host_refused',
			// settings_errors() prints the message as it is: escape it here (it quotes what was submitted).
			esc_html(
				sprintf(
					/* translators: %s: what was submitted. */
					__( '“%s” is not an http:// or https:// address, so the widget host was not changed. Enter an address such as https://role-compare.github.io/role-compare/, or leave the field empty to serve the widget from this blog.', 'role-compare' ),
					$value
				)
			),
			'error'
		);
	}
	$previous = get_option( ROLE_COMPARE_OPTION, '' );
	return is_string( $previous ) ? $previous : '';
}

/** Adds Settings → Role comparison. */
function role_compare_add_settings_page() {
	add_options_page(
		__( 'Role comparison', 'role-compare' ),
		__( 'Role comparison', 'role-compare' ),
		'manage_options',
		ROLE_COMPARE_SETTINGS_PAGE,
		'role_compare_settings_page'
	);
}
add_action( 'admin_menu', 'role_compare_add_settings_page' );

/** The settings page (its messages come from WordPress's options-head.php). */
function role_compare_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$host = get_option( ROLE_COMPARE_OPTION, '' );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php settings_fields( ROLE_COMPARE_SETTINGS_PAGE ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="role-compare-host"><?php esc_html_e( 'Widget host', 'role-compare' ); ?></label></th>
					<td>
						<input name="<?php echo esc_attr( ROLE_COMPARE_OPTION ); ?>" id="role-compare-host" type="text" inputmode="url" spellcheck="false" class="regular-text code" value="<?php echo esc_attr( is_string( $host ) ? $host : '' ); ?>" aria-describedby="role-compare-host-description">
						<p class="description" id="role-compare-host-description">
							<?php
							printf(
								/* translators: %s: the plugin's own address for the widget's files. */
								esc_html__( 'Leave empty to serve the widget\'s files from this blog (%s): no other host, no CORS header, no build. Or enter the address of another copy of the widget (it must send Access-Control-Allow-Origin: * and serve .wasm as application/wasm); cards then also link to that host\'s pair pages.', 'role-compare' ),
								'<code>' . esc_html( plugins_url( 'widget/', ROLE_COMPARE_FILE ) ) . '</code>'
							);
							?>
						</p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * A "Settings" link beside the plugin's name on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function role_compare_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . ROLE_COMPARE_SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'role-compare' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( ROLE_COMPARE_FILE ), 'role_compare_action_links' );

/** A note for administrators when this copy of the plugin lacks its built files. */
function role_compare_unbuilt_notice() {
	if ( null !== role_compare_build() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	echo '<div class="notice notice-warning"><p>'
		. esc_html__( 'Role comparison: this copy of the plugin has no card files. Install it from its built zip file (dist/wordpress/role-compare.zip, made by make build).', 'role-compare' )
		. '</p></div>';
}
add_action( 'admin_notices', 'role_compare_unbuilt_notice' );
