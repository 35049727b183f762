stub: upstream file of 16287 bytes
