stub: upstream file of 31410 bytes
