<?php
/**
 * Plugin Name:       Concord Search
 * Description:       Sends published posts and pages to a concord search server as they are published, updated, unpublished or deleted, and embeds the concord search widget.
 * Version:           0.1.0
 * Requires at least: 5.5
 * Requires PHP:      7.2
 * Author:            The concord authors
 * License:           GPL-2.0-or-later
 * Text Domain:       concord-search
 *
 * @package ConcordSearch
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CONCORD_SEARCH_VERSION', '0.1.0' );
define( 'CONCORD_SEARCH_FILE', __FILE__ );

require_once __DIR__ . '/includes/class-concord-client.php';
require_once __DIR__ . '/includes/class-concord-settings.php';
require_once __DIR__ . '/includes/class-concord-sync.php';
require_once __DIR__ . '/includes/class-concord-frontend.php';

Concord_Settings::init();
Concord_Sync::init();
Concord_Frontend::init();

if ( defined( 'WP_CLI' ) && WP_CLI ) {
	require_once __DIR__ . '/includes/class-concord-cli.php';
	WP_CLI::add_command( 'concord', 'Concord_CLI' );
}
