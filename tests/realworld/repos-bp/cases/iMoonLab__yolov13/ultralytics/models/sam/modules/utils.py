stub: upstream file of 12343 bytes
