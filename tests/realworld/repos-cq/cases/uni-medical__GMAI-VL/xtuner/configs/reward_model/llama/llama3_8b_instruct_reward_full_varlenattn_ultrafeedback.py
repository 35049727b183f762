stub: upstream file of 6485 bytes
