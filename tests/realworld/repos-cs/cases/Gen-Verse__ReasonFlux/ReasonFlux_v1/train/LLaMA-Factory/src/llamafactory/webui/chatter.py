stub: upstream file of 8004 bytes
