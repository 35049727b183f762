stub: upstream file of 29212 bytes
