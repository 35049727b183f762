stub: upstream file of 1530 bytes
