stub: upstream file of 24374 bytes
