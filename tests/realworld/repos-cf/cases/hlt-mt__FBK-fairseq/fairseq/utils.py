stub: upstream file of 23593 bytes
