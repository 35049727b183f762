stub: upstream file of 18342 bytes
