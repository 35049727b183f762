stub: upstream file of 96607 bytes
