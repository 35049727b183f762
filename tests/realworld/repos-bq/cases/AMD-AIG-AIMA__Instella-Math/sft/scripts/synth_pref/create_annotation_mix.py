stub: upstream file of 9485 bytes
