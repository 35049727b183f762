stub: upstream file of 8283 bytes
