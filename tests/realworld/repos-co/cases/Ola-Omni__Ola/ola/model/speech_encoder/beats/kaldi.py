stub: upstream file of 36668 bytes
