stub: upstream file of 5540 bytes
