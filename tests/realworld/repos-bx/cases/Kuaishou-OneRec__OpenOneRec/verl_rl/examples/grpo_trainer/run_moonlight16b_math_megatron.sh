stub: upstream file of 2657 bytes
