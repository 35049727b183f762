stub: upstream file of 3572 bytes
