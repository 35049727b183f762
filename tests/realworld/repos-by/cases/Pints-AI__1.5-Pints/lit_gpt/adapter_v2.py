stub: upstream file of 13337 bytes
