stub: upstream file of 38627 bytes
