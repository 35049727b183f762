stub: upstream file of 12007 bytes
