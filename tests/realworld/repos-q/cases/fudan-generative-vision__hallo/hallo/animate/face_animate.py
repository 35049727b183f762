stub: upstream file of 19303 bytes
