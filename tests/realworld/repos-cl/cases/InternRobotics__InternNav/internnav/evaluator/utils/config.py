stub: upstream file of 1495 bytes
