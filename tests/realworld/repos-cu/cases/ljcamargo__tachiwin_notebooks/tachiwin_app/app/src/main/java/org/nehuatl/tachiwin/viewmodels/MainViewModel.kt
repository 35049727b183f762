stub: upstream file of 16510 bytes
