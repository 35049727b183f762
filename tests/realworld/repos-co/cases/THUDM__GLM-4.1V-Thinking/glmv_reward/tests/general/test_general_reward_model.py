stub: upstream file of 2572 bytes
