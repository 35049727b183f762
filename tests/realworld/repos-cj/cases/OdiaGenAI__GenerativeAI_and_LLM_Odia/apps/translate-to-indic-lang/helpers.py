stub: upstream file of 1485 bytes
