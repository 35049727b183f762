stub: upstream file of 14744 bytes
