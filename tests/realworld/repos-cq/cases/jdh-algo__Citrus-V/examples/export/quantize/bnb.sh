stub: upstream file of 245 bytes
