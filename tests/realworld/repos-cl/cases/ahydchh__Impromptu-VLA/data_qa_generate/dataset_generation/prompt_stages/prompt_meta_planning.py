stub: upstream file of 14468 bytes
