stub: upstream file of 23750 bytes
