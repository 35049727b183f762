stub: upstream file of 14377 bytes
