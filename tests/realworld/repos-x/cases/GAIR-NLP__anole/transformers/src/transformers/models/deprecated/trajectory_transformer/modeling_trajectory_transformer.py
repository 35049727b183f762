stub: upstream file of 25593 bytes
