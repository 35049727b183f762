stub: upstream file of 8470 bytes
