stub: upstream file of 36283 bytes
