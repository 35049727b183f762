stub: upstream file of 98600 bytes
