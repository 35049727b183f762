stub: upstream file of 5474 bytes
