stub: upstream file of 12593 bytes
