stub: upstream file of 1540 bytes
