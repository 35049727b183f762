stub: upstream file of 7351 bytes
