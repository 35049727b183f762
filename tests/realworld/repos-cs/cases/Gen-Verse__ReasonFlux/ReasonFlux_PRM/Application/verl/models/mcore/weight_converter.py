stub: upstream file of 25413 bytes
