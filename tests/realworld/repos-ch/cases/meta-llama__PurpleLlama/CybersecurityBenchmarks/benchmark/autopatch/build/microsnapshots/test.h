stub: upstream file of 1576 bytes
