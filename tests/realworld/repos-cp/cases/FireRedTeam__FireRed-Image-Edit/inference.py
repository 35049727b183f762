stub: upstream file of 4591 bytes
