stub: upstream file of 2048 bytes
