stub: upstream file of 19469 bytes
