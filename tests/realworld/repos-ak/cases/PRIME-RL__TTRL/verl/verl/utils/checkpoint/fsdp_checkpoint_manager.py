stub: upstream file of 8159 bytes
