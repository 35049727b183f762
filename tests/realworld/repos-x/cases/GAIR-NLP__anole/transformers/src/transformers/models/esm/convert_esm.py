stub: upstream file of 18469 bytes
