stub: upstream file of 22136 bytes
