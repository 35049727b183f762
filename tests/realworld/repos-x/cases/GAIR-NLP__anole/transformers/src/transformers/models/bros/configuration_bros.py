stub: upstream file of 6391 bytes
