stub: upstream file of 16435 bytes
