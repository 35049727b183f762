stub: upstream file of 3085 bytes
