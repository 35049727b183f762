stub: upstream file of 10455 bytes
