stub: upstream file of 32480 bytes
