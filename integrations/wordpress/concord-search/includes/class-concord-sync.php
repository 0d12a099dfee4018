<?php
/**
 * WordPress glue for Concord_Client: watches posts and sends them to concord.
 *
 * The hooks only note what happened to which post; the requests are sent once, at the
 * end of the request ("shutdown"), when terms and meta are saved too and a post saved
 * several times in one request is sent once. Each request has a short timeout and a
 * failure is logged with error_log(): publishing never waits long and never fails
 * because of concord.
 *
 * Filters: concord_search_post_types (array, default post and page),
 * concord_search_document (array $doc, WP_Post $post), concord_search_document_id
 * (string $id, WP_Post|int $post), concord_search_timeout (float seconds, default 3).
 *
 * @package ConcordSearch
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Concord_Sync {

	/** @var array<int,string> post id => Concord_Client::ACTION_* still to send. */
	private static $pending = array();

	public static function init() {
		add_action( 'transition_post_status', array( __CLASS__, 'on_transition' ), 10, 3 );
		add_action( 'save_post', array( __CLASS__, 'on_save' ), 20, 2 );
		add_action( 'wp_trash_post', array( __CLASS__, 'on_trash' ) );
		add_action( 'before_delete_post', array( __CLASS__, 'on_delete' ) );
		add_action( 'shutdown', array( __CLASS__, 'flush' ) );
	}

	/** A client wired to wp_remote_request and error_log. */
	public static function client( $timeout = null ) {
		$timeout = null === $timeout ? (float) apply_filters( 'concord_search_timeout', 3.0 ) : (float) $timeout;
		return new Concord_Client(
			Concord_Settings::get( 'url' ),
			Concord_Settings::get( 'token' ),
			array( __CLASS__, 'wp_transport' ),
			$timeout,
			function ( $message ) {
				error_log( '[concord-search] ' . $message ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			}
		);
	}

	/** Concord_Client transport over the WordPress HTTP API. */
	public static function wp_transport( array $request ) {
		$args = array(
			'method'      => $request['method'],
			'headers'     => $request['headers'],
			'timeout'     => $request['timeout'],
			'redirection' => 0,
		);
		if ( null !== $request['body'] ) {
			$args['body'] = $request['body'];
		}
		$response = wp_remote_request( $request['url'], $args );
		if ( is_wp_error( $response ) ) {
			throw new RuntimeException( $response->get_error_message() );
		}
		return array(
			'status' => (int) wp_remote_retrieve_response_code( $response ),
			'body'   => (string) wp_remote_retrieve_body( $response ),
		);
	}

	// ---- hooks: note what is to be sent -------------------------------------------------

	public static function on_transition( $new_status, $old_status, $post ) {
		if ( self::watched( $post ) ) {
			$action = Concord_Client::action_for_transition( $old_status, $new_status, '' === $post->post_password );
			if ( null !== $action ) {
				self::$pending[ $post->ID ] = $action;
			}
		}
	}

	/** Catches updates that change no status (and editors that save twice). */
	public static function on_save( $post_id, $post ) {
		if ( self::watched( $post ) && 'publish' === $post->post_status ) {
			self::$pending[ $post->ID ] = Concord_Client::ACTION_PUT;
		}
	}

	public static function on_trash( $post_id ) {
		self::note_delete( get_post( $post_id ) );
	}

	public static function on_delete( $post_id ) {
		self::note_delete( get_post( $post_id ) );
	}

	private static function note_delete( $post ) {
		if ( self::watched( $post ) ) {
			self::$pending[ $post->ID ] = Concord_Client::ACTION_DELETE;
		}
	}

	private static function watched( $post ) {
		if ( ! $post instanceof WP_Post || '' === Concord_Settings::get( 'url' ) ) {
			return false;
		}
		if ( wp_is_post_revision( $post ) || wp_is_post_autosave( $post ) ) {
			return false;
		}
		return in_array( $post->post_type, (array) apply_filters( 'concord_search_post_types', array( 'post', 'page' ) ), true );
	}

	// ---- sending ----------------------------------------------------------------------------

	/** Sends what the hooks noted. A "put" is checked again: the post may have changed since. */
	public static function flush() {
		$pending       = self::$pending;
		self::$pending = array();
		if ( ! $pending ) {
			return;
		}
		$client = self::client();
		foreach ( $pending as $post_id => $action ) {
			if ( Concord_Client::ACTION_PUT === $action ) {
				self::push( $post_id, $client );
			} else {
				$client->delete( self::document_id( $post_id ) );
			}
		}
	}

	/**
	 * Sends one post as it is now: PUT when it is published and public, DELETE otherwise.
	 *
	 * @return array Concord_Client result.
	 */
	public static function push( $post_id, $client = null ) {
		$client = $client ? $client : self::client();
		$post   = get_post( $post_id );
		if ( ! $post instanceof WP_Post || 'publish' !== $post->post_status || '' !== $post->post_password ) {
			return $client->delete( self::document_id( $post_id ) );
		}
		return $client->put( self::document_id( $post ), self::document( $post ) );
	}

	public static function document_id( $post ) {
		$post_id  = $post instanceof WP_Post ? $post->ID : (int) $post;
		$site_key = Concord_Settings::get( 'site_key' );
		$id       = Concord_Client::document_id( '' !== $site_key ? $site_key : get_current_blog_id(), $post_id );
		return (string) apply_filters( 'concord_search_document_id', $id, $post );
	}

	/** The concord document of a published post. */
	public static function document( WP_Post $post ) {
		$document = Concord_Client::build_document(
			array(
				'title'      => $post->post_title,
				'author'     => get_the_author_meta( 'display_name', $post->post_author ),
				'date'       => $post->post_date,
				'url'        => get_permalink( $post ),
				'locale'     => get_locale(),
				'content'    => wp_strip_all_tags( self::rendered_content( $post ) ),
				'categories' => self::term_names( $post, 'category' ),
				'tags'       => self::term_names( $post, 'post_tag' ),
			)
		);
		return (array) apply_filters( 'concord_search_document', $document, $post );
	}

	/** The content as readers see it (blocks, shortcodes and embeds rendered). */
	private static function rendered_content( WP_Post $post ) {
		$previous        = isset( $GLOBALS['post'] ) ? $GLOBALS['post'] : null;
		$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		setup_postdata( $post );
		$html = apply_filters( 'the_content', $post->post_content );
		$GLOBALS['post'] = $previous; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		if ( $previous instanceof WP_Post ) {
			setup_postdata( $previous );
		}
		return (string) $html;
	}

	private static function term_names( WP_Post $post, $taxonomy ) {
		if ( ! is_object_in_taxonomy( $post->post_type, $taxonomy ) ) {
			return array();
		}
		$terms = get_the_terms( $post, $taxonomy );
		return is_array( $terms ) ? wp_list_pluck( $terms, 'name' ) : array();
	}
}
