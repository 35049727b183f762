stub: upstream file of 3224 bytes
