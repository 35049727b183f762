stub: upstream file of 5636 bytes
