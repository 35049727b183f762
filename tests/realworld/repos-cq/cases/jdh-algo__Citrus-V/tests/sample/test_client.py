stub: upstream file of 1202 bytes
