stub: upstream file of 9750 bytes
