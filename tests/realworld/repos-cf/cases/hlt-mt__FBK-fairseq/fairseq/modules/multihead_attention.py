stub: upstream file of 19223 bytes
