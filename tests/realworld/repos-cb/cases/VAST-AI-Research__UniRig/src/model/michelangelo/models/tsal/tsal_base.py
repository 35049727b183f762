stub: upstream file of 3918 bytes
