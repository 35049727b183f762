stub: upstream file of 36730 bytes
