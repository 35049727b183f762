stub: upstream file of 55445 bytes
