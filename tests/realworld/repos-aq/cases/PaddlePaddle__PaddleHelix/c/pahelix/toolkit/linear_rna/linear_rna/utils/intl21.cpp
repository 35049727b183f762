stub: upstream file of 77519 bytes
