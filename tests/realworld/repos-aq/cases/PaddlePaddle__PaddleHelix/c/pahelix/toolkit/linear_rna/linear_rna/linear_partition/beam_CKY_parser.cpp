stub: upstream file of 30258 bytes
