stub: upstream file of 13449 bytes
