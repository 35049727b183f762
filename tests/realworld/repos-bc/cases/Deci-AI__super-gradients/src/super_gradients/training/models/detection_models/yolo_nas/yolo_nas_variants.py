stub: upstream file of 9650 bytes
