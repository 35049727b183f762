stub: upstream file of 26462 bytes
