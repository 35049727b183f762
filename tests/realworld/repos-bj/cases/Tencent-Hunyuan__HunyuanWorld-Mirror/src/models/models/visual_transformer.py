stub: upstream file of 17273 bytes
