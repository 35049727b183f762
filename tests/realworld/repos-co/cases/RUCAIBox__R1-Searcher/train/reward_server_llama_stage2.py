stub: upstream file of 10322 bytes
