stub: upstream file of 3474 bytes
