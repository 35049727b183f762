stub: upstream file of 44689 bytes
