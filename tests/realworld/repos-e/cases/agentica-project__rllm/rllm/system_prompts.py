stub: upstream file of 44461 bytes
