stub: upstream file of 2124 bytes
