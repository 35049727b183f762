stub: upstream file of 38408 bytes
