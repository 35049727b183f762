stub: upstream file of 19155 bytes
