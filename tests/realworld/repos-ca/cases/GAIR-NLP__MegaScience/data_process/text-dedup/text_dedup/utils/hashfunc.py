stub: upstream file of 6344 bytes
