stub: upstream file of 18176 bytes
