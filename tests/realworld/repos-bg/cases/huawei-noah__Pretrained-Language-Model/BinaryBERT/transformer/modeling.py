stub: upstream file of 61337 bytes
