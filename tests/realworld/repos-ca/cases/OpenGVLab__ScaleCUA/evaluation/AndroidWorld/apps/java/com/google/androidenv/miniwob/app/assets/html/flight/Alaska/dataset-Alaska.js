stub: upstream file of 112284 bytes
