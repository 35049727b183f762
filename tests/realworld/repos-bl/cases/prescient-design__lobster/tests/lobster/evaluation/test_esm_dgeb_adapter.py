stub: upstream file of 7918 bytes
