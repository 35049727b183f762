stub: upstream file of 31530 bytes
