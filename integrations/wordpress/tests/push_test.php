<?php
/**
 * Black-box test of the WordPress plugin's push logic against a running concord-serve.
 *
 *   php push_test.php http://127.0.0.1:PORT TOKEN       (TOKEN or @path/to/token-file)
 *
 * Checks Concord_Client on its own first (no server needed), then publishes a post
 * through it, finds it with GET /api/search, updates it, unpublishes it (→ DELETE) and
 * checks that it is gone. Prints one line per check and "N passed, M failed"; exits 1
 * when a check failed, 2 on bad usage. CONCORD_TEST_TRANSPORT=stream uses PHP streams
 * instead of curl.
 */

require __DIR__ . '/../concord-search/includes/class-concord-client.php';

$passed = 0;
$failed = 0;

function check( $name, $condition, $detail = '' ) {
	global $passed, $failed;
	if ( $condition ) {
		$passed++;
		echo "ok - $name\n";
	} else {
		$failed++;
		echo "FAIL - $name" . ( '' !== $detail ? ": $detail" : '' ) . "\n";
	}
	return (bool) $condition;
}

function finish() {
	global $passed, $failed;
	echo "$passed passed, $failed failed\n";
	exit( $failed > 0 ? 1 : 0 );
}

function show( $value ) {
	return is_string( $value ) ? $value : json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
}

// ---- transports ---------------------------------------------------------------------

function curl_transport( array $request ) {
	$headers = array( 'Expect:' );  // no "100-continue" round trip for larger bodies
	foreach ( $request['headers'] as $name => $value ) {
		$headers[] = "$name: $value";
	}
	$handle = curl_init( $request['url'] );
	curl_setopt_array(
		$handle,
		array(
			CURLOPT_CUSTOMREQUEST  => $request['method'],
			CURLOPT_RETURNTRANSFER => true,
			CURLOPT_HTTPHEADER     => $headers,
			CURLOPT_TIMEOUT_MS     => (int) ( $request['timeout'] * 1000 ),
			CURLOPT_FOLLOWLOCATION => false,
		)
	);
	if ( null !== $request['body'] ) {
		curl_setopt( $handle, CURLOPT_POSTFIELDS, $request['body'] );
	}
	$body = curl_exec( $handle );
	if ( false === $body ) {
		$error = curl_error( $handle );
		curl_close( $handle );
		throw new RuntimeException( $error );
	}
	$status = (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE );
	curl_close( $handle );
	return array( 'status' => $status, 'body' => $body );
}

function stream_transport( array $request ) {
	$headers = array( 'Connection: close' );
	foreach ( $request['headers'] as $name => $value ) {
		$headers[] = "$name: $value";
	}
	$context = stream_context_create(
		array(
			'http' => array(
				'method'          => $request['method'],
				'header'          => implode( "\r\n", $headers ),
				'content'         => null === $request['body'] ? '' : $request['body'],
				'timeout'         => $request['timeout'],
				'ignore_errors'   => true,
				'follow_location' => 0,
			),
		)
	);
	$body = @file_get_contents( $request['url'], false, $context );
	if ( false === $body ) {
		$last = error_get_last();
		throw new RuntimeException( $last ? $last['message'] : 'request failed' );
	}
	$status = 0;
	foreach ( isset( $http_response_header ) ? $http_response_header : array() as $line ) {
		if ( preg_match( '#^HTTP/\S+\s+(\d{3})#', $line, $m ) ) {
			$status = (int) $m[1];  // the last status line wins
		}
	}
	return array( 'status' => $status, 'body' => $body );
}

// ---- arguments ------------------------------------------------------------------------

if ( $argc < 3 || ! preg_match( '#^https?://#', $argv[1] ) ) {
	fwrite( STDERR, "usage: php push_test.php http://127.0.0.1:PORT TOKEN|@TOKEN_FILE\n" );
	exit( 2 );
}
$base  = $argv[1];
$token = $argv[2];
if ( '@' === substr( $token, 0, 1 ) ) {
	$token = trim( (string) @file_get_contents( substr( $token, 1 ) ) );
	if ( '' === $token ) {
		fwrite( STDERR, 'cannot read a token from ' . substr( $argv[2], 1 ) . "\n" );
		exit( 2 );
	}
}
$use_curl  = function_exists( 'curl_init' ) && 'stream' !== getenv( 'CONCORD_TEST_TRANSPORT' );
$transport = $use_curl ? 'curl_transport' : 'stream_transport';
echo '# transport: ' . ( $use_curl ? 'curl' : 'streams' ) . "\n";

// ---- Concord_Client on its own -----------------------------------------------------------

check( 'document id', 'wp-1-42' === Concord_Client::document_id( 1, 42 ) );
check( 'document id from a host', 'wp-news.example.org-7' === Concord_Client::document_id( 'news.example.org', '7' ) );

$transitions = array(
	array( 'new', 'publish', true, 'put' ),
	array( 'draft', 'publish', true, 'put' ),
	array( 'future', 'publish', true, 'put' ),
	array( 'publish', 'publish', true, 'put' ),
	array( 'publish', 'draft', true, 'delete' ),
	array( 'publish', 'private', true, 'delete' ),
	array( 'publish', 'trash', true, 'delete' ),
	array( 'draft', 'publish', false, 'delete' ),
	array( 'auto-draft', 'draft', true, null ),
	array( 'draft', 'trash', true, null ),
	array( 'draft', 'future', true, null ),
);
foreach ( $transitions as $t ) {
	$got = Concord_Client::action_for_transition( $t[0], $t[1], $t[2] );
	check( "transition {$t[0]} → {$t[1]}" . ( $t[2] ? '' : ' (password)' ) . ' is ' . show( $t[3] ), $got === $t[3], show( $got ) );
}

$doc = Concord_Client::build_document(
	array(
		'title'      => 'Choe &amp; Kim &#8217;s visit',
		'author'     => 'John Grisafi',
		'date'       => '2014-11-15 09:30:00',
		'url'        => 'https://news.example.org/2014/11/choe/',
		'locale'     => 'ko_KR',
		'content'    => "<p>Choe Ryong-hae went to <b>Moscow</b>.</p><script>alert(1)</script>\n<p>최룡해 &lt;3</p>",
		'categories' => array( 'Diplomacy', 'Diplomacy', '' ),
		'tags'       => array( 'Russia', 'Choe Ryong-hae' ),
	)
);
check( 'document title decoded', 'Choe & Kim ’s visit' === $doc['title'], show( $doc['title'] ) );
check( 'document authors', array( 'John Grisafi' ) === $doc['authors'], show( $doc['authors'] ) );
check( 'document date', '2014-11-15' === $doc['date'], show( $doc['date'] ) );
check( 'document lang from locale', 'ko' === $doc['lang'], show( $doc['lang'] ) );
check( 'document body is plain text', "Choe Ryong-hae went to Moscow.\n최룡해 <3" === $doc['body'], show( $doc['body'] ) );
check( 'document categories deduplicated', array( 'Diplomacy' ) === $doc['categories'], show( $doc['categories'] ) );
check( 'document tags', array( 'Russia', 'Choe Ryong-hae' ) === $doc['tags'], show( $doc['tags'] ) );
check( 'document without a date', '' === Concord_Client::build_document( array( 'date' => '0000-00-00 00:00:00' ) )['date'] );

$offline = new Concord_Client( 'http://concord.invalid:8080/api/', 's3cret', $transport );
$request = $offline->build_request( 'PUT', '/api/doc/' . rawurlencode( 'wp-1/2' ), '{}' );
check( 'request url (base trimmed, id encoded)', 'http://concord.invalid:8080/api/doc/wp-1%2F2' === $request['url'], $request['url'] );
check( 'request bearer token', 'Bearer s3cret' === $request['headers']['Authorization'] );
check( 'request content type', 0 === strpos( $request['headers']['Content-Type'], 'application/json' ) );

$logged  = array();
$broken  = new Concord_Client(
	'http://127.0.0.1:9',
	'x',
	function () {
		throw new RuntimeException( 'connection refused' );
	},
	1.0,
	function ( $message ) use ( &$logged ) {
		$logged[] = $message;
	}
);
$result = $broken->put( 'wp-1-1', $doc );
check( 'transport failure is a result, not an exception', false === $result['ok'] && 0 === $result['status'] );
check( 'transport failure is logged', 1 === count( $logged ) && false !== strpos( $logged[0], 'connection refused' ), show( $logged ) );

// ---- against the server ------------------------------------------------------------------

$client = new Concord_Client( $base, $token, $transport, 5.0, function ( $m ) {
	echo "# log: $m\n";
} );

$quiet  = new Concord_Client( $base, $token, $transport, 5.0 );  // for answers that should be errors

$health = $client->get( 'health' );
if ( ! check( 'GET /api/health', $health['ok'] && isset( $health['data']['status'] ) && 'ok' === $health['data']['status'], show( $health ) ) ) {
	finish();
}

/** A word no real text holds: no vowels, so no stemmer or name rule touches it. */
function random_word() {
	$word = 'xq';
	for ( $i = 0; $i < 10; $i++ ) {
		$word .= 'bcdfghjkmnpqrtvwxz'[ random_int( 0, 17 ) ];
	}
	return $word;
}

$marker  = random_word();
$marker2 = random_word();
$id       = Concord_Client::document_id( 'pushtest', random_int( 100000, 999999 ) );
$stranger = $id . '-unauthorised';
$post     = array(
	'title'      => "Rason trade zone reopens $marker",
	'author'     => 'Push Test Author',
	'date'       => '2015-04-02 10:00:00',
	'url'        => "https://news.example.org/2015/04/$marker/",
	'locale'     => 'en_GB',
	'content'    => "<p>The <em>Rajin</em> port handled coal for Russia again; $marker marks this test post.</p><p>Чхве Рён Хэ, 최룡해.</p>",
	'categories' => array( 'Economy' ),
	'tags'       => array( 'Rason', 'Russia' ),
);

/** Searches until $want(list of result ids) holds or ~5 s pass: the index may commit late. */
function search_until( $client, array $query, $want ) {
	for ( $try = 0; $try < 20; $try++ ) {
		$result = $client->get( 'search', $query );
		$ids    = array();
		foreach ( isset( $result['data']['results'] ) ? $result['data']['results'] : array() as $hit ) {
			$ids[] = isset( $hit['id'] ) ? $hit['id'] : null;
		}
		if ( $result['ok'] && $want( $ids ) ) {
			return array( true, $result );
		}
		usleep( 250000 );
	}
	return array( false, $result );
}

try {
	$put = $client->sync_transition( 'draft', 'publish', $id, $post );
	check( 'publish → PUT', $put && $put['ok'] && in_array( $put['status'], array( 200, 201 ), true ), show( $put ) );
	check( 'PUT says added', isset( $put['data']['result'] ) && 'added' === $put['data']['result'], show( $put['data'] ) );
	check( 'PUT echoes the id', isset( $put['data']['id'] ) && $id === $put['data']['id'], show( $put['data'] ) );

	$again = $client->sync_transition( 'publish', 'publish', $id, $post );
	check( 'same post again is unchanged', $again['ok'] && isset( $again['data']['result'] ) && 'unchanged' === $again['data']['result'], show( $again['data'] ) );

	$stored = $client->get( 'doc/' . rawurlencode( $id ) );
	check( 'GET /api/doc/{id}', $stored['ok'], show( $stored ) );
	check( 'stored title', isset( $stored['data']['title'] ) && $post['title'] === $stored['data']['title'], show( $stored['data'] ) );

	$found = function ( $ids ) use ( $id ) {
		return in_array( $id, $ids, true );
	};
	list( $ok, $search ) = search_until( $client, array( 'q' => $marker, 'facets' => 'author' ), $found );
	check( 'search finds the pushed post', $ok, show( $search ) );
	$hit = null;
	foreach ( isset( $search['data']['results'] ) ? $search['data']['results'] : array() as $r ) {
		$hit = ( isset( $r['id'] ) && $id === $r['id'] ) ? $r : $hit;
	}
	check( 'result url and authors', $hit && $post['url'] === $hit['url'] && array( 'Push Test Author' ) === $hit['authors'], show( $hit ) );
	check( 'result date', $hit && '2015-04-02' === $hit['date'], show( $hit ) );

	$author_key = null;
	foreach ( isset( $search['data']['facets']['author'] ) ? $search['data']['facets']['author'] : array() as $facet ) {
		if ( isset( $facet['value'] ) && 'Push Test Author' === $facet['value'] ) {
			$author_key = isset( $facet['key'] ) ? $facet['key'] : $facet['value'];
		}
	}
	check( 'author facet lists the post\'s author', null !== $author_key, show( $search['data'] ) );
	if ( null !== $author_key ) {
		list( $ok, $filtered ) = search_until( $client, array( 'q' => $marker, 'author' => $author_key ), $found );
		check( 'author filter keeps the post', $ok, show( $filtered ) );
	}

	$post['title'] = "Rason trade zone closes $marker";
	$post['content'] .= "<p>Update: the zone closed for the winter, said $marker2.</p>";
	$update = $client->sync_transition( 'publish', 'publish', $id, $post );
	check( 'update says replaced', $update['ok'] && isset( $update['data']['result'] ) && 'replaced' === $update['data']['result'], show( $update ) );
	list( $ok, $search ) = search_until( $client, array( 'q' => $marker2 ), $found );
	check( 'search finds the updated text', $ok, show( $search ) );

	$intruder = new Concord_Client( $base, $token . '-wrong', $transport, 5.0 );
	$denied   = $intruder->put( $stranger, Concord_Client::build_document( $post ) );
	check( 'PUT with a wrong token is refused', ! $denied['ok'] && in_array( $denied['status'], array( 401, 403 ), true ), show( $denied ) );
	$absent = $quiet->get( 'doc/' . rawurlencode( $stranger ) );
	check( 'refused document was not stored', 404 === $absent['status'], show( $absent ) );
	$denied = $intruder->delete( $id );
	check( 'DELETE with a wrong token is refused', ! $denied['ok'] && in_array( $denied['status'], array( 401, 403 ), true ), show( $denied ) );

	$delete = $client->sync_transition( 'publish', 'draft', $id, $post );
	check( 'unpublish → DELETE', $delete && $delete['ok'] && 200 === $delete['status'], show( $delete ) );
	check( 'DELETE says deleted', isset( $delete['data']['deleted'] ) && true === $delete['data']['deleted'], show( $delete['data'] ) );
	list( $ok, $search ) = search_until(
		$client,
		array( 'q' => $marker ),
		function ( $ids ) use ( $id ) {
			return ! in_array( $id, $ids, true );
		}
	);
	check( 'search no longer finds it', $ok, show( $search ) );
	$gone = $quiet->get( 'doc/' . rawurlencode( $id ) );
	check( 'GET /api/doc/{id} is 404', 404 === $gone['status'], show( $gone ) );
	$twice = $client->delete( $id );
	check( 'DELETE of a missing post is 404 and not a failure', $twice['ok'] && 404 === $twice['status'], show( $twice ) );
	check( 'draft → draft sends nothing', null === $client->sync_transition( 'draft', 'draft', $id, $post ) );
} finally {
	$quiet->delete( $id );
	$quiet->delete( $stranger );
}

finish();
