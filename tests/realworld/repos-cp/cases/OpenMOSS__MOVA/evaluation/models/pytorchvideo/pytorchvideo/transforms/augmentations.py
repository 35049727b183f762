stub: upstream file of 23485 bytes
