stub: upstream file of 7137 bytes
