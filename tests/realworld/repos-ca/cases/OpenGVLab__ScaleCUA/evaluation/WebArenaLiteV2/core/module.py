stub: upstream file of 547 bytes
