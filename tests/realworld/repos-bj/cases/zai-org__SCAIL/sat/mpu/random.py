stub: upstream file of 16750 bytes
