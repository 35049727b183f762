stub: upstream file of 6283 bytes
