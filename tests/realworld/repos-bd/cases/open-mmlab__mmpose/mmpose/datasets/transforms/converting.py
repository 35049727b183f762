stub: upstream file of 9172 bytes
