stub: upstream file of 12544 bytes
