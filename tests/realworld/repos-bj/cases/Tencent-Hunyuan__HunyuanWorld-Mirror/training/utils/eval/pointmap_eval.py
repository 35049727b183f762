stub: upstream file of 3226 bytes
