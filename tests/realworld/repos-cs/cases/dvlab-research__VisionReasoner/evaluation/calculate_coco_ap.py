stub: upstream file of 3551 bytes
