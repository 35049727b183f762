stub: upstream file of 14313 bytes
