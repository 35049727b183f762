stub: upstream file of 64226 bytes
