stub: upstream file of 5248 bytes
