<?php
/**
 * The roles the plugin knows and the files it ships: `data/build.json` (written
 * by the packaging step from the widget's dataset) and one pre-rendered card
 * per pair in `cards/`.
 *
 * @package RoleCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The themes a card takes; `auto` follows the reader's system. */
const ROLE_COMPARE_THEMES = array( 'auto', 'light', 'dark' );

/**
 * What the packaging step wrote: the roles in the dataset's order, their
 * families, the default pair and a hash of the widget's files. Null when this
 * copy of the plugin was not built (a source checkout).
 *
 * @return array|null
 */
function role_compare_build() {
	static $build = false;
	if ( false === $build ) {
		$build = null;
		$file  = ROLE_COMPARE_DIR . 'data/build.json';
		if ( is_readable( $file ) ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file the plugin ships.
			$decoded = json_decode( (string) file_get_contents( $file ), true );
			if ( is_array( $decoded ) && isset( $decoded['roles'], $decoded['default'] ) && is_array( $decoded['roles'] ) ) {
				$build = $decoded;
			}
		}
	}
	return $build;
}

/**
 * Every role, by id, in the dataset's order: `title`, `family` (a label) and
 * `index` (its place, which names each pair's file).
 *
 * @return array<string, array{title: string, family: string, index: int}>
 */
function role_compare_roles() {
	static $roles = null;
	if ( null === $roles ) {
		$roles    = array();
		$build    = role_compare_build();
		$families = array();
		foreach ( (array) ( $build['families'] ?? array() ) as $family ) {
			$families[ $family['id'] ] = $family['label'];
		}
		foreach ( (array) ( $build['roles'] ?? array() ) as $index => $role ) {
			$roles[ $role['id'] ] = array(
				'title'  => $role['title'],
				'family' => $families[ $role['family'] ?? '' ] ?? '',
				'index'  => $index,
			);
		}
	}
	return $roles;
}

/**
 * The pair a card shows when none is given.
 *
 * @return string[] Two role ids.
 */
function role_compare_default_pair() {
	$build = role_compare_build();
	return isset( $build['default'][0], $build['default'][1] )
		? array( (string) $build['default'][0], (string) $build['default'][1] )
		: array( 'operations-manager', 'procurement-manager' );
}

/**
 * True for the id of a built-in role.
 *
 * @param mixed $id Anything.
 */
function role_compare_is_role( $id ) {
	return is_string( $id ) && isset( role_compare_roles()[ $id ] );
}

/**
 * Two different roles in the order of their pair's page (the dataset's
 * order): each unordered pair has one page and one card file.
 *
 * @param string $a A role id.
 * @param string $b Another role id.
 * @return string[]
 */
function role_compare_page_order( $a, $b ) {
	$roles = role_compare_roles();
	return $roles[ $a ]['index'] <= $roles[ $b ]['index'] ? array( $a, $b ) : array( $b, $a );
}

/**
 * The role nearest to what was written: the id whose spelling is closest
 * (after the usual slug clean-up: case, spaces), when it is close enough to
 * be a slip; otherwise the first of the default pair that is not `$other`.
 *
 * @param mixed  $given What the author wrote.
 * @param string $other The other role of the pair (never returned).
 * @return string A role id.
 */
function role_compare_nearest_role( $given, $other ) {
	$written = is_scalar( $given ) ? sanitize_title( substr( (string) $given, 0, 100 ) ) : '';
	$best    = '';
	$nearest = PHP_INT_MAX;
	if ( '' !== $written ) {
		foreach ( array_keys( role_compare_roles() ) as $id ) {
			if ( $id === $other ) {
				continue;
			}
			$distance = levenshtein( $written, $id );
			if ( $distance < $nearest ) {
				$nearest = $distance;
				$best    = $id;
			}
		}
	}
	if ( '' !== $best && $nearest <= max( 2, intdiv( strlen( $best ), 4 ) ) ) {
		return $best;
	}
	foreach ( array_merge( role_compare_default_pair(), array_keys( role_compare_roles() ) ) as $id ) {
		if ( $id !== $other && role_compare_is_role( $id ) ) {
			return $id;
		}
	}
	return $best;
}

/**
 * What a block, shortcode or pasted address asked for, made valid: both
 * roles in their page's order, the theme, and the problems found (in words
 * for the post's editors). A pair with an unknown role, or the same role
 * twice, becomes the nearest valid pair and is shown as its fallback only.
 *
 * @param mixed $role_a What was given as the first role.
 * @param mixed $role_b What was given as the second role.
 * @param mixed $theme  What was given as the theme.
 * @return array{a: string, b: string, theme: string, problems: string[], roles_ok: bool}
 */
function role_compare_resolve( $role_a, $role_b, $theme ) {
	$problems = array();
	$default  = role_compare_default_pair();
	$missing  = function ( $value ) {
		return null === $value || ( is_string( $value ) && '' === trim( $value ) );
	};
	// A role left out is the default pair's, or its other one if the given role is that.
	$a        = $missing( $role_a ) ? ( $default[0] === $role_b ? $default[1] : $default[0] ) : $role_a;
	$b        = $missing( $role_b ) ? ( $default[1] === $a ? $default[0] : $default[1] ) : $role_b;
	$roles_ok = true;

	if ( ! role_compare_is_role( $a ) ) {
		$roles_ok   = false;
		$nearest    = role_compare_nearest_role( $a, role_compare_is_role( $b ) ? $b : '' );
		$problems[] = sprintf(
			/* translators: 1: what the author wrote, 2: the role shown instead. */
			__( '“%1$s” is not one of the roles; showing %2$s instead.', 'role-compare' ),
			is_scalar( $a ) ? (string) $a : gettype( $a ),
			role_compare_roles()[ $nearest ]['title'] ?? $nearest
		);
		$a = $nearest;
	}
	if ( ! role_compare_is_role( $b ) ) {
		$roles_ok   = false;
		$nearest    = role_compare_nearest_role( $b, $a );
		$problems[] = sprintf(
			/* translators: 1: what the author wrote, 2: the role shown instead. */
			__( '“%1$s” is not one of the roles; showing %2$s instead.', 'role-compare' ),
			is_scalar( $b ) ? (string) $b : gettype( $b ),
			role_compare_roles()[ $nearest ]['title'] ?? $nearest
		);
		$b = $nearest;
	} elseif ( $a === $b ) {
		$roles_ok   = false;
		$b          = role_compare_nearest_role( '', $a );
		$problems[] = sprintf(
			/* translators: 1: the role given twice, 2: the role shown beside it. */
			__( 'Both roles are %1$s; showing it beside %2$s instead.', 'role-compare' ),
			role_compare_roles()[ $a ]['title'] ?? $a,
			role_compare_roles()[ $b ]['title'] ?? $b
		);
	}

	$shown_theme = 'auto';
	if ( ! $missing( $theme ) ) {
		if ( is_string( $theme ) && in_array( $theme, ROLE_COMPARE_THEMES, true ) ) {
			$shown_theme = $theme;
		} else {
			$problems[] = sprintf(
				/* translators: %s: what the author wrote. */
				__( 'The theme “%s” is not light, dark or auto; the card follows the reader’s system (auto).', 'role-compare' ),
				is_scalar( $theme ) ? (string) $theme : gettype( $theme )
			);
		}
	}

	if ( role_compare_is_role( $a ) && role_compare_is_role( $b ) && $a !== $b ) {
		list( $a, $b ) = role_compare_page_order( $a, $b );
	}
	return array(
		'a'        => $a,
		'b'        => $b,
		'theme'    => $shown_theme,
		'problems' => $problems,
		'roles_ok' => $roles_ok,
	);
}

/**
 * The shipped pre-rendered card of a pair (roles in page order): the
 * `<role-compare>` element with the card in declarative shadow DOM and its
 * fallback, with placeholders for the widget's and the pair pages' address.
 * Empty when the file is missing.
 *
 * @param string $a First role id, in page order.
 * @param string $b Second role id.
 */
function role_compare_card_markup( $a, $b ) {
	if ( ! role_compare_is_role( $a ) || ! role_compare_is_role( $b ) ) {
		return '';
	}
	// Both ids are built-in roles (checked above), so the path stays inside cards/.
	$file = ROLE_COMPARE_DIR . 'cards/' . $a . '-vs-' . $b . '.html';
	if ( ! is_readable( $file ) ) {
		return '';
	}
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file the plugin ships.
	return (string) file_get_contents( $file );
}
