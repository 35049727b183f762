stub: upstream file of 15284 bytes
