stub: upstream file of 9850 bytes
