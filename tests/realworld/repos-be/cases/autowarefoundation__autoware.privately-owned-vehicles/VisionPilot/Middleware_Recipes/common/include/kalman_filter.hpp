stub: upstream file of 2271 bytes
