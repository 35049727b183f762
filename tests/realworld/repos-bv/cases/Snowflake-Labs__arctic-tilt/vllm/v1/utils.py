stub: upstream file of 6543 bytes
