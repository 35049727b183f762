stub: upstream file of 33340 bytes
