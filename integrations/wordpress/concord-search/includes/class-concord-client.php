<?php
/**
 * Concord_Client: pushes documents to a concord server. No WordPress dependency.
 *
 * The HTTP transport is a callable so that WordPress (wp_remote_request), a test script
 * (curl or streams) or anything else can carry the requests:
 *
 *   transport(array $request): array
 *     $request = ['method' => 'PUT', 'url' => '...', 'headers' => ['Name' => 'value'],
 *                 'body' => string|null, 'timeout' => float seconds]
 *     returns ['status' => int, 'body' => string]; throws on a transport failure.
 *
 * Every public call returns a result array and never throws:
 *   ['ok' => bool, 'status' => int (0 when no answer), 'data' => array|null (decoded JSON),
 *    'error' => string|null]
 * Failures are also passed to the logger callable, one line each.
 *
 * @package ConcordSearch
 */

if ( ! class_exists( 'Concord_Client' ) ) {

	final class Concord_Client {

		const ACTION_PUT    = 'put';
		const ACTION_DELETE = 'delete';

		/** @var string Server root without a trailing slash or "/api". */
		private $base_url;
		/** @var string */
		private $token;
		/** @var callable */
		private $transport;
		/** @var float */
		private $timeout;
		/** @var callable|null */
		private $logger;

		/**
		 * @param string        $base_url  e.g. "http://127.0.0.1:8080" ("/api" and "/" are trimmed).
		 * @param string        $token     bearer token of the server's --token-file.
		 * @param callable      $transport see the file comment.
		 * @param float         $timeout   seconds; short, so a slow server never holds up an editor.
		 * @param callable|null $logger    receives one message string per failure.
		 */
		public function __construct( $base_url, $token, $transport, $timeout = 3.0, $logger = null ) {
			$base = rtrim( trim( (string) $base_url ), '/' );
			if ( '/api' === substr( $base, -4 ) ) {
				$base = substr( $base, 0, -4 );
			}
			$this->base_url  = $base;
			$this->token     = (string) $token;
			$this->transport = $transport;
			$this->timeout   = (float) $timeout;
			$this->logger    = $logger;
		}

		/** Stable concord id of a post: "wp-{site}-{post id}". */
		public static function document_id( $site_key, $post_id ) {
			$site = preg_replace( '/[^A-Za-z0-9._-]+/', '-', (string) $site_key );
			return 'wp-' . trim( $site, '-' ) . '-' . (int) $post_id;
		}

		/**
		 * What a status change means for the index: "put" when the post is (still) published
		 * and public, "delete" when it stops being so, null when it was never in the index.
		 *
		 * @param string $old_status  WordPress status before ("new", "draft", "publish", ...).
		 * @param string $new_status  status after.
		 * @param bool   $is_public   false for password-protected posts: never pushed.
		 */
		public static function action_for_transition( $old_status, $new_status, $is_public = true ) {
			if ( 'publish' === $new_status ) {
				return $is_public ? self::ACTION_PUT : self::ACTION_DELETE;
			}
			if ( 'publish' === $old_status ) {
				return self::ACTION_DELETE;
			}
			return null;
		}

		/**
		 * Builds the concord document from plain post data.
		 *
		 * @param array $post keys: title, authors (list) or author (string), date ("Y-m-d",
		 *                    "Y-m-d H:i:s" or a Unix time), url, locale ("en_US") or lang ("en"),
		 *                    content (HTML or text), categories (list), tags (list).
		 * @return array {title, authors, date, url, lang, body, categories, tags}
		 */
		public static function build_document( array $post ) {
			$authors = isset( $post['authors'] ) ? (array) $post['authors'] : array();
			if ( ! $authors && isset( $post['author'] ) ) {
				$authors = array( $post['author'] );
			}
			$lang = isset( $post['lang'] ) ? $post['lang'] : ( isset( $post['locale'] ) ? $post['locale'] : '' );
			return array(
				'title'      => self::plain_text( isset( $post['title'] ) ? $post['title'] : '' ),
				'authors'    => self::clean_list( $authors ),
				'date'       => self::day( isset( $post['date'] ) ? $post['date'] : '' ),
				'url'        => isset( $post['url'] ) ? trim( (string) $post['url'] ) : '',
				'lang'       => self::language( $lang ),
				'body'       => self::plain_text( isset( $post['content'] ) ? $post['content'] : '' ),
				'categories' => self::clean_list( isset( $post['categories'] ) ? (array) $post['categories'] : array() ),
				'tags'       => self::clean_list( isset( $post['tags'] ) ? (array) $post['tags'] : array() ),
			);
		}

		/** The request array for the transport (see the file comment). */
		public function build_request( $method, $path, $body = null ) {
			$headers = array( 'Accept' => 'application/json' );
			if ( 'GET' !== $method && '' !== $this->token ) {
				$headers['Authorization'] = 'Bearer ' . $this->token;
			}
			if ( null !== $body ) {
				$headers['Content-Type'] = 'application/json; charset=utf-8';
			}
			return array(
				'method'  => $method,
				'url'     => $this->base_url . $path,
				'headers' => $headers,
				'body'    => $body,
				'timeout' => $this->timeout,
			);
		}

		/** PUT /api/doc/{id}; ok on 200/201 with data.result "added", "replaced" or "unchanged". */
		public function put( $id, array $document ) {
			$json = json_encode( $document, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE );
			if ( false === $json ) {
				return $this->fail( 'PUT', $id, 0, null, 'could not encode the document as JSON: ' . json_last_error_msg() );
			}
			return $this->send( 'PUT', $id, $this->build_request( 'PUT', self::doc_path( $id ), $json ), array( 200, 201 ) );
		}

		/** DELETE /api/doc/{id}; a 404 is ok too (the post was never indexed or is gone already). */
		public function delete( $id ) {
			return $this->send( 'DELETE', $id, $this->build_request( 'DELETE', self::doc_path( $id ) ), array( 200, 404 ) );
		}

		/** Applies a status transition: PUT, DELETE, or nothing (returns null). */
		public function sync_transition( $old_status, $new_status, $id, array $post, $is_public = true ) {
			$action = self::action_for_transition( $old_status, $new_status, $is_public );
			if ( self::ACTION_PUT === $action ) {
				return $this->put( $id, self::build_document( $post ) );
			}
			return self::ACTION_DELETE === $action ? $this->delete( $id ) : null;
		}

		/** GET /api/{path}?{query}; for health checks and tests. $query may repeat keys via lists. */
		public function get( $path, array $query = array() ) {
			$pairs = array();
			foreach ( $query as $key => $values ) {
				foreach ( (array) $values as $value ) {
					$pairs[] = rawurlencode( $key ) . '=' . rawurlencode( (string) $value );
				}
			}
			$url = '/api/' . ltrim( $path, '/' ) . ( $pairs ? '?' . implode( '&', $pairs ) : '' );
			return $this->send( 'GET', $path, $this->build_request( 'GET', $url ), array( 200 ) );
		}

		// ---- internals ------------------------------------------------------------------

		private static function doc_path( $id ) {
			return '/api/doc/' . rawurlencode( (string) $id );
		}

		private function send( $method, $what, array $request, array $ok_statuses ) {
			if ( '' === $this->base_url ) {
				return $this->fail( $method, $what, 0, null, 'no concord server URL is configured' );
			}
			try {
				$response = call_user_func( $this->transport, $request );
			} catch ( \Throwable $e ) {
				return $this->fail( $method, $what, 0, null, $e->getMessage() );
			}
			$status = isset( $response['status'] ) ? (int) $response['status'] : 0;
			$data   = json_decode( isset( $response['body'] ) ? (string) $response['body'] : '', true );
			$data   = is_array( $data ) ? $data : null;
			if ( ! in_array( $status, $ok_statuses, true ) ) {
				$reason = isset( $data['error'] ) ? (string) $data['error'] : 'unexpected answer';
				if ( 401 === $status || 403 === $status ) {
					$reason .= ' (check the token)';
				}
				return $this->fail( $method, $what, $status, $data, $reason );
			}
			return array( 'ok' => true, 'status' => $status, 'data' => $data, 'error' => null );
		}

		private function fail( $method, $what, $status, $data, $reason ) {
			$message = sprintf( 'concord %s %s failed%s: %s', $method, $what, $status ? " (HTTP $status)" : '', $reason );
			if ( $this->logger ) {
				call_user_func( $this->logger, $message );
			}
			return array( 'ok' => false, 'status' => $status, 'data' => $data, 'error' => $message );
		}

		/** HTML or text → plain text: scripts and styles dropped, tags removed, entities decoded. */
		public static function plain_text( $html ) {
			$text = preg_replace( '@<(script|style)[^>]*?>.*?</\\1>@si', ' ', (string) $html );
			$text = preg_replace( '@<(br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^>]*>@i', "\n", $text );
			$text = html_entity_decode( strip_tags( $text ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			$text = preg_replace( '/[ \t\x{00A0}]+/u', ' ', $text );
			$text = preg_replace( '/\s*\n\s*/u', "\n", $text );
			return trim( (string) $text );
		}

		private static function clean_list( array $values ) {
			$out = array();
			foreach ( $values as $value ) {
				$value = self::plain_text( $value );
				if ( '' !== $value && ! in_array( $value, $out, true ) ) {
					$out[] = $value;
				}
			}
			return $out;
		}

		/** "Y-m-d" of a date string or Unix time; "" when it cannot be read. */
		private static function day( $date ) {
			if ( '' === $date || null === $date || 0 === strpos( (string) $date, '0000-00-00' ) ) {
				return '';  // WordPress's "no date" for drafts.
			}
			if ( is_int( $date ) || ( is_string( $date ) && ctype_digit( $date ) && strlen( $date ) > 8 ) ) {
				return gmdate( 'Y-m-d', (int) $date );
			}
			if ( preg_match( '/^(\d{4})-(\d{2})-(\d{2})/', (string) $date, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ) {
				return $m[0];
			}
			$time = strtotime( (string) $date );
			return false === $time ? '' : gmdate( 'Y-m-d', $time );
		}

		/** "en_US", "ko-KR", "ru" → "en", "ko", "ru"; "" when unknown. */
		private static function language( $locale ) {
			return preg_match( '/^([A-Za-z]{2,3})(?:[_-]|$)/', trim( (string) $locale ), $m ) ? strtolower( $m[1] ) : '';
		}
	}
}
