stub: upstream file of 22490 bytes
