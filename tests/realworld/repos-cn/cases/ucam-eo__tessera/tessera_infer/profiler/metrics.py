stub: upstream file of 14750 bytes
