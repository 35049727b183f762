stub: upstream file of 23449 bytes
