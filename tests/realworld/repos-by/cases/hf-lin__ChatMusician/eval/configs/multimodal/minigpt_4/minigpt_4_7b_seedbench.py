stub: upstream file of 2485 bytes
