stub: upstream file of 536 bytes
