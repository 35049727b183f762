stub: upstream file of 14605 bytes
