stub: upstream file of 56471 bytes
