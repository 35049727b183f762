stub: upstream file of 2635 bytes
