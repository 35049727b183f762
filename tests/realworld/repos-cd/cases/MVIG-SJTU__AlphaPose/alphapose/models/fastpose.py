stub: upstream file of 2593 bytes
