stub: upstream file of 1551 bytes
