stub: upstream file of 3986 bytes
