stub: upstream file of 1475 bytes
