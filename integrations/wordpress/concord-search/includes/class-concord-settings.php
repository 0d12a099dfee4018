<?php
/**
 * Settings → Concord Search: server URL, token, public URL, site key and whether the
 * theme's search form is replaced by the widget. Stored in one option through the
 * Settings API. CONCORD_SEARCH_URL and CONCORD_SEARCH_TOKEN in wp-config.php take
 * precedence over the stored values (keeps the token out of the database).
 *
 * @package ConcordSearch
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Concord_Settings {

	const OPTION = 'concord_search_options';
	const GROUP  = 'concord_search';
	const PAGE   = 'concord-search';

	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( CONCORD_SEARCH_FILE ), array( __CLASS__, 'action_links' ) );
	}

	public static function defaults() {
		return array(
			'url'          => '',
			'public_url'   => '',
			'token'        => '',
			'site_key'     => '',
			'replace_form' => false,
		);
	}

	/** One setting, or all of them, with the wp-config.php constants applied. */
	public static function get( $key = null ) {
		$stored  = get_option( self::OPTION, array() );
		$options = array_merge( self::defaults(), is_array( $stored ) ? $stored : array() );
		if ( defined( 'CONCORD_SEARCH_URL' ) ) {
			$options['url'] = (string) CONCORD_SEARCH_URL;
		}
		if ( defined( 'CONCORD_SEARCH_TOKEN' ) ) {
			$options['token'] = (string) CONCORD_SEARCH_TOKEN;
		}
		if ( '' === $options['public_url'] ) {
			$options['public_url'] = $options['url'];
		}
		return null === $key ? $options : $options[ $key ];
	}

	public static function add_page() {
		add_options_page(
			__( 'Concord Search', 'concord-search' ),
			__( 'Concord Search', 'concord-search' ),
			'manage_options',
			self::PAGE,
			array( __CLASS__, 'render_page' )
		);
	}

	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'concord-search' ) . '</a>' );
		return $links;
	}

	public static function register() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
			)
		);
		add_settings_section( 'concord_server', __( 'Server', 'concord-search' ), '__return_false', self::PAGE );
		add_settings_section( 'concord_widget', __( 'Search on this site', 'concord-search' ), '__return_false', self::PAGE );

		self::field( 'url', __( 'Concord server URL', 'concord-search' ), 'concord_server', 'url',
			__( 'Where WordPress sends posts, e.g. http://127.0.0.1:8080 (concord-serve).', 'concord-search' ), 'CONCORD_SEARCH_URL' );
		self::field( 'token', __( 'Access token', 'concord-search' ), 'concord_server', 'password',
			__( 'The token in the server\'s --token-file. Leave blank to keep the saved one.', 'concord-search' ), 'CONCORD_SEARCH_TOKEN' );
		self::field( 'site_key', __( 'Site key', 'concord-search' ), 'concord_server', 'text',
			__( 'Document ids are wp-{site key}-{post id}. Default: the blog id. Set a distinct key for each site that shares one concord index.', 'concord-search' ) );
		self::field( 'public_url', __( 'Public search URL', 'concord-search' ), 'concord_widget', 'url',
			__( 'Where visitors\' browsers reach concord (it serves the widget and /api). Default: the server URL. Another origin needs CORS on the server.', 'concord-search' ) );
		self::field( 'replace_form', __( 'Replace the search form', 'concord-search' ), 'concord_widget', 'checkbox',
			__( 'Show the concord widget wherever the theme shows its search form. The [concord_search] shortcode works either way.', 'concord-search' ) );
	}

	private static function field( $key, $label, $section, $type, $help, $constant = null ) {
		add_settings_field(
			'concord_' . $key,
			$label,
			array( __CLASS__, 'render_field' ),
			self::PAGE,
			$section,
			array(
				'key'       => $key,
				'type'      => $type,
				'help'      => $help,
				'constant'  => $constant,
				'label_for' => 'checkbox' === $type ? null : 'concord_' . $key,
			)
		);
	}

	public static function render_field( $args ) {
		$stored = array_merge( self::defaults(), (array) get_option( self::OPTION, array() ) );
		$key    = $args['key'];
		$name   = self::OPTION . '[' . $key . ']';
		$locked = $args['constant'] && defined( $args['constant'] );

		if ( 'checkbox' === $args['type'] ) {
			printf(
				'<label><input type="checkbox" id="concord_%1$s" name="%2$s" value="1" %3$s> %4$s</label>',
				esc_attr( $key ),
				esc_attr( $name ),
				checked( ! empty( $stored[ $key ] ), true, false ),
				esc_html( $args['help'] )
			);
			return;
		}
		$value       = 'password' === $args['type'] ? '' : (string) $stored[ $key ];
		$placeholder = ( 'password' === $args['type'] && '' !== $stored['token'] ) ? __( '(saved)', 'concord-search' ) : '';
		printf(
			'<input type="%1$s" class="regular-text" id="concord_%2$s" name="%3$s" value="%4$s" placeholder="%5$s" autocomplete="off" %6$s>',
			esc_attr( $args['type'] ),
			esc_attr( $key ),
			esc_attr( $name ),
			esc_attr( $value ),
			esc_attr( $placeholder ),
			disabled( $locked, true, false )
		);
		$help = $locked
			/* translators: %s: constant name */
			? sprintf( __( 'Set by %s in wp-config.php.', 'concord-search' ), $args['constant'] )
			: $args['help'];
		echo '<p class="description">' . esc_html( $help ) . '</p>';
	}

	public static function sanitize( $input ) {
		$input = is_array( $input ) ? $input : array();
		$old   = array_merge( self::defaults(), (array) get_option( self::OPTION, array() ) );
		$token = isset( $input['token'] ) ? trim( (string) $input['token'] ) : '';
		return array(
			'url'          => isset( $input['url'] ) ? esc_url_raw( trim( $input['url'] ), array( 'http', 'https' ) ) : $old['url'],
			'public_url'   => isset( $input['public_url'] ) ? esc_url_raw( trim( $input['public_url'] ), array( 'http', 'https' ) ) : $old['public_url'],
			'token'        => '' === $token ? $old['token'] : sanitize_text_field( $token ),
			'site_key'     => isset( $input['site_key'] ) ? preg_replace( '/[^A-Za-z0-9._-]/', '', (string) $input['site_key'] ) : $old['site_key'],
			'replace_form' => ! empty( $input['replace_form'] ),
		);
	}

	public static function render_page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		self::render_health();
		echo '<form action="options.php" method="post">';
		settings_fields( self::GROUP );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form>';
		echo '<p>' . esc_html__( 'Published posts and pages are sent when they are published or updated and removed when they are unpublished, trashed or deleted. To send the posts that already exist, run: wp concord reindex', 'concord-search' ) . '</p>';
		echo '</div>';
	}

	private static function render_health() {
		if ( '' === self::get( 'url' ) ) {
			echo '<div class="notice notice-warning inline"><p>' . esc_html__( 'No server URL yet: nothing is sent.', 'concord-search' ) . '</p></div>';
			return;
		}
		$result = Concord_Sync::client( 2.0 )->get( 'health' );
		if ( $result['ok'] && isset( $result['data']['documents'] ) ) {
			/* translators: %s: number of documents */
			$text = sprintf( __( 'Connected: the index holds %s documents.', 'concord-search' ), number_format_i18n( (int) $result['data']['documents'] ) );
			echo '<div class="notice notice-success inline"><p>' . esc_html( $text ) . '</p></div>';
		} else {
			echo '<div class="notice notice-error inline"><p>' . esc_html( $result['error'] ? $result['error'] : __( 'The server did not answer as expected.', 'concord-search' ) ) . '</p></div>';
		}
	}
}
