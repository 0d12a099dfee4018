<?php
/**
 * The search widget on the site: the [concord_search] shortcode and, when the setting
 * is on, in place of the theme's search form (classic get_search_form() and the
 * core/search block). The widget's script and stylesheet come from the concord server
 * (the public URL), so they always match its API. The theme's own form stays inside
 * the widget's container and works until the script has loaded, or without it.
 *
 * @package ConcordSearch
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Concord_Frontend {

	const HANDLE = 'concord-widget';

	public static function init() {
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'register_assets' ) );
		add_shortcode( 'concord_search', array( __CLASS__, 'shortcode' ) );
		if ( Concord_Settings::get( 'replace_form' ) && '' !== Concord_Settings::get( 'public_url' ) ) {
			add_filter( 'get_search_form', array( __CLASS__, 'replace_form' ), 20 );
			add_filter( 'render_block_core/search', array( __CLASS__, 'replace_form' ), 20 );
		}
	}

	private static function base_url() {
		return untrailingslashit( (string) Concord_Settings::get( 'public_url' ) );
	}

	public static function register_assets() {
		$base = self::base_url();
		if ( '' === $base ) {
			return;
		}
		// No version query: the files belong to the server, which decides when they change.
		wp_register_style( self::HANDLE, $base . '/concord-widget.css', array(), null );
		wp_register_script( self::HANDLE, $base . '/concord-widget.js', array(), null, array( 'in_footer' => true, 'strategy' => 'defer' ) );
	}

	/**
	 * [concord_search facets="author,year,entity" limit="10" placeholder="…" lang="en"]
	 */
	public static function shortcode( $atts ) {
		$atts = shortcode_atts(
			array(
				'facets'      => 'author,year,entity',
				'limit'       => '10',
				'placeholder' => '',
				'lang'        => '',
			),
			$atts,
			'concord_search'
		);
		return self::widget_html( $atts );
	}

	/** Filter for get_search_form and render_block_core/search. */
	public static function replace_form( $form ) {
		if ( is_admin() || '' === self::base_url() ) {
			return $form;
		}
		return self::widget_html( array( 'facets' => 'author,year,entity' ), (string) $form );
	}

	/**
	 * The widget container; $fallback is shown until the script replaces it.
	 */
	public static function widget_html( array $atts, $fallback = '' ) {
		if ( '' === self::base_url() ) {
			return $fallback;
		}
		if ( ! wp_script_is( self::HANDLE, 'registered' ) ) {
			self::register_assets();
		}
		wp_enqueue_style( self::HANDLE );
		wp_enqueue_script( self::HANDLE );

		$data = array(
			'data-endpoint'    => self::base_url() . '/api',
			'data-facets'      => isset( $atts['facets'] ) ? $atts['facets'] : 'author,year,entity',
			'data-limit'       => isset( $atts['limit'] ) ? absint( $atts['limit'] ) : '',
			'data-placeholder' => isset( $atts['placeholder'] ) ? $atts['placeholder'] : '',
			'data-lang'        => isset( $atts['lang'] ) ? $atts['lang'] : '',
			'data-query'       => is_search() ? get_search_query( false ) : '',
		);
		$html = '<div class="concord-search-wp" data-concord-search';
		foreach ( $data as $name => $value ) {
			if ( '' !== (string) $value && 0 !== $value ) {
				$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
		}
		return $html . '>' . $fallback . '</div>';
	}
}
