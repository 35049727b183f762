stub: upstream file of 2278 bytes
