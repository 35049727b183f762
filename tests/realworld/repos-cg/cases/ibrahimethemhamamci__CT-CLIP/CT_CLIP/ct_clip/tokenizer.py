stub: upstream file of 5564 bytes
