stub: upstream file of 9349 bytes
