stub: upstream file of 16251 bytes
