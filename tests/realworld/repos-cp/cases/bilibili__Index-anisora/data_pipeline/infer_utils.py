stub: upstream file of 4536 bytes
