stub: upstream file of 1480 bytes
