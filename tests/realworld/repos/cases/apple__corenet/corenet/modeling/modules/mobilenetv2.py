stub: upstream file of 8303 bytes
