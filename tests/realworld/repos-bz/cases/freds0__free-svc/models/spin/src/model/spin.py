stub: upstream file of 11498 bytes
