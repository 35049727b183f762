stub: upstream file of 39377 bytes
