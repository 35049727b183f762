stub: upstream file of 2256 bytes
