stub: upstream file of 4389 bytes
