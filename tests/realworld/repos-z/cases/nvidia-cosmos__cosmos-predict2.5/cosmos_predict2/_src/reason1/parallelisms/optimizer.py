stub: upstream file of 13880 bytes
