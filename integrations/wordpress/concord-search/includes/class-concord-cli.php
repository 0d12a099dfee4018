<?php
/**
 * WP-CLI commands: `wp concord status` and `wp concord reindex`.
 *
 * @package ConcordSearch
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Concord_CLI {

	/**
	 * Shows whether the concord server answers and how many documents it holds.
	 *
	 * ## EXAMPLES
	 *
	 *     wp concord status
	 */
	public function status( $args, $assoc_args ) {
		$result = Concord_Sync::client()->get( 'health' );
		if ( ! $result['ok'] ) {
			WP_CLI::error( $result['error'] );
		}
		$documents = isset( $result['data']['documents'] ) ? (int) $result['data']['documents'] : 0;
		WP_CLI::success( sprintf( '%s answers: %d documents.', Concord_Settings::get( 'url' ), $documents ) );
	}

	/**
	 * Sends every published post and page to concord (after installing the plugin, or
	 * to repair the index). Documents that did not change are reported "unchanged".
	 *
	 * ## OPTIONS
	 *
	 * [--batch=<n>]
	 * : Posts read per query.
	 * ---
	 * default: 100
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp concord reindex
	 */
	public function reindex( $args, $assoc_args ) {
		if ( '' === Concord_Settings::get( 'url' ) ) {
			WP_CLI::error( 'No concord server URL: set it under Settings → Concord Search or CONCORD_SEARCH_URL.' );
		}
		$batch  = max( 1, (int) WP_CLI\Utils\get_flag_value( $assoc_args, 'batch', 100 ) );
		$client = Concord_Sync::client( 10.0 );
		$counts = array();
		$failed = 0;
		for ( $page = 1; ; $page++ ) {
			$ids = get_posts(
				array(
					'post_type'        => (array) apply_filters( 'concord_search_post_types', array( 'post', 'page' ) ),
					'post_status'      => 'publish',
					'has_password'     => false,
					'fields'           => 'ids',
					'posts_per_page'   => $batch,
					'paged'            => $page,
					'orderby'          => 'ID',
					'order'            => 'ASC',
					'suppress_filters' => true,
				)
			);
			if ( ! $ids ) {
				break;
			}
			foreach ( $ids as $id ) {
				$result = Concord_Sync::push( $id, $client );
				if ( $result['ok'] ) {
					$kind            = isset( $result['data']['result'] ) ? $result['data']['result'] : 'sent';
					$counts[ $kind ] = ( isset( $counts[ $kind ] ) ? $counts[ $kind ] : 0 ) + 1;
				} else {
					$failed++;
					WP_CLI::warning( $result['error'] );
				}
			}
			if ( function_exists( 'wp_cache_flush_runtime' ) ) {
				wp_cache_flush_runtime();
			}
		}
		$summary = array();
		foreach ( $counts as $kind => $n ) {
			$summary[] = "$n $kind";
		}
		$line = ( $summary ? implode( ', ', $summary ) : 'nothing sent' ) . ( $failed ? ", $failed failed" : '' );
		if ( $failed ) {
			WP_CLI::error( $line );
		}
		WP_CLI::success( $line );
	}
}
