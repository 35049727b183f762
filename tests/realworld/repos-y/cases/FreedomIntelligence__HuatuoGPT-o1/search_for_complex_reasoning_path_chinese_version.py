stub: upstream file of 25490 bytes
