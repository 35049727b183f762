stub: upstream file of 12389 bytes
