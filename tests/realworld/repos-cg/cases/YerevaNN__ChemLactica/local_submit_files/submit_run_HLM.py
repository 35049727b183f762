stub: upstream file of 4333 bytes
