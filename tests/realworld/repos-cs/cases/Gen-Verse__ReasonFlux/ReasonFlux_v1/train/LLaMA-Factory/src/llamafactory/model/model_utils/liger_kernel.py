stub: upstream file of 2627 bytes
