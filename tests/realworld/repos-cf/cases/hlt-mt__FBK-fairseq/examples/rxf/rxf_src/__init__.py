stub: upstream file of 258 bytes
