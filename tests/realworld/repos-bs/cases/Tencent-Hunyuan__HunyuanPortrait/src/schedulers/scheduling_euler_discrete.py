stub: upstream file of 12327 bytes
