stub: upstream file of 263 bytes
