stub: upstream file of 20383 bytes
