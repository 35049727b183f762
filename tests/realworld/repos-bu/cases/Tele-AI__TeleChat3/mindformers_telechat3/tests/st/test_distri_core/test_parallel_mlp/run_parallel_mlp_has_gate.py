stub: upstream file of 7399 bytes
