stub: upstream file of 4516 bytes
