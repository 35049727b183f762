stub: upstream file of 82463 bytes
