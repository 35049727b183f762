stub: upstream file of 2396 bytes
