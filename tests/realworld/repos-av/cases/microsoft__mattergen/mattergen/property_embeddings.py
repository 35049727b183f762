stub: upstream file of 26236 bytes
