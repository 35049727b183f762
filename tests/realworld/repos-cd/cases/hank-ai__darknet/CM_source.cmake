stub: upstream file of 9406 bytes
