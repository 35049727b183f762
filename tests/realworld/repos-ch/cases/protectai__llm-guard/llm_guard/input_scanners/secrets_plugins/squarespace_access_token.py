stub: upstream file of 689 bytes
