stub: upstream file of 23258 bytes
