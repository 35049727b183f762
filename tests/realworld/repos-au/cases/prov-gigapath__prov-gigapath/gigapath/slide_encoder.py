stub: upstream file of 9591 bytes
