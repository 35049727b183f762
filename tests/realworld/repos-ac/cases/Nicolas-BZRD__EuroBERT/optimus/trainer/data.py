stub: upstream file of 14004 bytes
