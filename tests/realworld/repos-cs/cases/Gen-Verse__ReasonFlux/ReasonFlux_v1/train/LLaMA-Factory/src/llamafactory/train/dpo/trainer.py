stub: upstream file of 13663 bytes
