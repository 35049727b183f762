stub: upstream file of 12358 bytes
