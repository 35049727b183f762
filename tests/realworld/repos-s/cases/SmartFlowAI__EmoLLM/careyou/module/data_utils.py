stub: upstream file of 12654 bytes
