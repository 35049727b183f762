stub: upstream file of 4726 bytes
