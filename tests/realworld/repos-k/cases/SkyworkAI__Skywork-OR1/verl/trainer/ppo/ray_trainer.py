stub: upstream file of 63627 bytes
