stub: upstream file of 253 bytes
