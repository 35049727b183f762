stub: upstream file of 40287 bytes
