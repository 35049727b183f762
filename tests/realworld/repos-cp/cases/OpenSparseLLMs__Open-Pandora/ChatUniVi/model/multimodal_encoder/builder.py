stub: upstream file of 593 bytes
