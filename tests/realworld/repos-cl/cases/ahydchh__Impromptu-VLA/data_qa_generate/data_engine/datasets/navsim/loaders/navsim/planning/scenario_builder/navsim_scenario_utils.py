stub: upstream file of 6998 bytes
