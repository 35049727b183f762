stub: upstream file of 43279 bytes
