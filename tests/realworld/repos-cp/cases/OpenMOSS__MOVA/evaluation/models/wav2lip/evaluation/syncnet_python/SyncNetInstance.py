stub: upstream file of 6660 bytes
