stub: upstream file of 32627 bytes
