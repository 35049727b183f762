stub: upstream file of 2178 bytes
