stub: upstream file of 8884 bytes
