stub: upstream file of 16303 bytes
